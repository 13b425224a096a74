"""Writes of the publicity app (house style R2): every one keyword-only, in one transaction, audited.

* ``publication_sync`` — make a source record's publication match the record (idempotent): create it with its
  deadline and masked first version, record a correction as a new version, withdraw on revocation.
* ``publication_review`` — 保密审查 by a named person: publish (optionally removing more), or hold with a reason.
* ``publication_withdraw`` — withdraw a published record with its reason (《行政处罚法》第四十八条).
* ``publication_end_early`` — credit repair ends the publication period early (令45, 令58).
* ``publications_expire`` — records whose publication period has passed leave the portal (daily).
* ``error_report_submit`` / ``error_report_answer`` — 纠错 from the public and the body's answer.

Every public change appends a ``FeedEntry`` (for the provincial platform), every change a
``PublicationEvent``, every version a ``PublicationVersion``.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date
from functools import lru_cache

from django.db import transaction
from django.utils import timezone

from zhifa.accounts.actors import Actor
from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require, require_scope
from zhifa.core.audit import audit
from zhifa.core.calendar import work_calendar
from zhifa.core.domain.workdays import add_working_days
from zhifa.core.exceptions import DomainError
from zhifa.core.parameters import get_param

from . import rules
from .constants import FeedOp, PublicationKind, PubState, ReportState, ReviewMode, WithdrawGround
from .domain import periods
from .domain.masking import PLACEHOLDERS, Masked, mask_text, names_after_role_words
from .domain.tokens import index_tokens
from .models import ErrorReport, FeedEntry, FeedHead, Publication, PublicationEvent, PublicationVersion
from .sources import Draft

SYSTEM = "系统（公示同步）"
AUTO_RULE = "自动公开规则（参数 publicity.auto_publish_kinds：组织当事人、未发现个人信息）"
MANUAL_PLACEHOLDER = "［已隐去］"
AUDITED = ("state", "version", "published_on", "ends_on", "withdrawn_on", "revoked_on")


# --- masking a draft ---------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _mask_one(text: str, party_names: tuple[str, ...], other_names: tuple[str, ...]) -> Masked:
    return mask_text(text, party_names=party_names, other_names=other_names)


@lru_cache(maxsize=8192)
def _role_names(text: str, party: tuple[str, ...]) -> tuple[str, ...]:
    return names_after_role_words(text, party_names=party)


def _mask_all(texts: dict[str, str], party_names: list[str], other_names: list[str]) -> dict[str, Masked]:
    """``mask_fields`` (a name found after a role word in one field is masked in all), computed field by field
    so that the many records sharing a text are masked once (the demo and ``publications_collect`` write tens of
    thousands): the party's names, which ``mask_fields`` keeps, stand in the cached text as private-use marks
    (“\ue000食品经营许可准予行政许可决定” serves every licensee), and only the other names that occur in a field
    are part of its key."""
    party = tuple(sorted({n for n in party_names if n}, key=len, reverse=True))
    names = {n for n in other_names if n}
    for value in texts.values():
        if value:
            names.update(_role_names(value, tuple(p for p in party if p in value)))
    names -= set(party)
    return {key: _mask_templated(text or "", party, names) for key, text in texts.items()}


_MARKS = tuple(chr(0xE000 + i) for i in range(16))


def _mask_templated(text: str, party: tuple[str, ...], names: set[str]) -> Masked:
    if not names and not any(name in text for name in party):
        return _mask_one(text, (), ())  # most fields: a cached text, nothing to substitute
    template, used = text, []
    for mark, name in zip(_MARKS, party, strict=False):
        if name in template:
            template = template.replace(name, mark)
            used.append((mark, name))
    here = tuple(sorted(n for n in names if n in text or n[1:] in text))
    masked = _mask_one(template, (), here)
    if not used:
        return masked
    restored = masked.text
    for mark, name in used:
        restored = restored.replace(mark, name)
    return Masked(restored, tuple(_shifted(f, template, used) for f in masked.findings))


def _shifted(finding, template: str, used: list[tuple[str, str]]):
    """A finding's start in the original text (each mark before it stood for a whole name)."""
    extra = sum(template.count(mark, 0, finding.start) * (len(name) - 1) for mark, name in used)
    return replace(finding, start=finding.start + extra, end=finding.end + extra) if extra else finding


def _masked(draft: Draft, extra_names: list[str] = (), redactions: list[str] = ()) -> tuple[str, list, list]:
    """The draft's title and fields masked (names in ``extra_names`` and exact ``redactions`` removed too)."""
    texts = {"标题": draft.title, **{f"{i}:{label}": value for i, (label, value) in enumerate(draft.fields)}}
    masked = _mask_all(texts, draft.party_names, [*draft.other_names, *extra_names])
    findings = []
    out = {}
    for key, result in masked.items():
        text = result.text
        for phrase in redactions:
            text = text.replace(phrase, MANUAL_PLACEHOLDER)
        out[key] = text
        label = key.split(":", 1)[-1]
        findings += [{"field": label, "kind": f.kind.value, "label": str(f.kind.label), "start": f.start,
                      "length": f.original_length} for f in result.findings]  # fmt: skip
    content = [[label, out[f"{i}:{label}"]] for i, (label, _v) in enumerate(draft.fields)]
    return out["标题"], content, findings


def mask_draft(draft: Draft) -> tuple[str, list, list]:
    """The masked title, content and findings of a draft, as ``publication_sync`` stores them (the demo uses it)."""
    return _masked(draft)


def search_tokens_of(pub: Publication) -> str:
    return _tokens(pub)


@lru_cache(maxsize=16384)
def _text_tokens(text: str) -> str:
    return index_tokens(text)


def _tokens(pub: Publication) -> str:
    """``index_tokens`` of the record's public text; tokens never span two texts, so each text's tokens are
    computed once and joined (most texts recur across records)."""
    texts = (pub.title, pub.party_name, pub.number, *(value for _label, value in pub.content))
    return " ".join(t for t in map(_text_tokens, texts) if t)


# --- history, feed, audit ----------------------------------------------------------------------------------


def _event(pub: Publication, action: str, label: str, from_state: str, on: date, by: Actor, reason: str = ""):
    PublicationEvent.objects.create(
        publication=pub, action=action, label=label, from_state=from_state, to_state=pub.state, on=on,
        version=pub.version, reason=reason, actor_label=by.label, actor_id=by.user_id, at=timezone.now(),
    )  # fmt: skip


def public_record(pub: Publication) -> dict:
    """The record as the public and the provincial platform see it (never more)."""
    return {
        "id": pub.pk, "kind": pub.kind, "kind_label": str(PublicationKind(pub.kind).label), "title": pub.title,
        "organisation": pub.organisation.name, "organisation_uscc": pub.organisation.uscc,
        "party": pub.party_name, "number": pub.number, "decided_on": pub.decided_on.isoformat(),
        "published_on": pub.published_on.isoformat() if pub.published_on else None,
        "ends_on": pub.ends_on.isoformat() if pub.ends_on else None, "version": pub.version,
        "state": pub.state, "content": pub.content,
        "withdrawn_on": pub.withdrawn_on.isoformat() if pub.withdrawn_on else None,
        "withdraw_reason": pub.withdraw_reason,
    }  # fmt: skip


def _feed(pub: Publication, op: str) -> FeedEntry:
    """Append a feed entry; the head row lock makes entries commit in ``seq`` order (see ``FeedEntry``)."""
    FeedHead.objects.get_or_create(pk=1)
    head = FeedHead.objects.select_for_update().get(pk=1)
    head.last += 1
    head.save(update_fields=["last"])
    payload = public_record(pub) if op in (FeedOp.PUBLISHED, FeedOp.UPDATED) else removal_record(pub)
    return FeedEntry.objects.create(
        seq=head.last, publication=pub, op=op, version=pub.version, at=timezone.now(), payload=payload
    )


def removal_record(pub: Publication) -> dict:
    """What the feed says when a record leaves the portal: which, why and when (never its content)."""
    return {"id": pub.pk, "number": pub.number, "state": pub.state, "reason": pub.withdraw_reason,
            "withdrawn_on": pub.withdrawn_on.isoformat() if pub.withdrawn_on else None,
            "ends_on": pub.ends_on.isoformat() if pub.ends_on else None}  # fmt: skip


def _snapshot(pub: Publication) -> dict:
    return {f: str(getattr(pub, f)) for f in AUDITED}


def _audit(pub: Publication, action: str, by: Actor, before: dict) -> None:
    audit(actor=by, action=f"publication.{action}", obj=pub, before=before, after=_snapshot(pub),
          organisation_id=pub.organisation_id)  # fmt: skip


def _new_version(pub: Publication, title: str, content: list, findings: list, reason: str, by: Actor,
                 review: tuple[str, str, int | None] | None = None) -> PublicationVersion:  # fmt: skip
    number = (pub.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    mode, reviewer, reviewer_id = review or ("", "", None)
    version = PublicationVersion.objects.create(
        publication=pub, number=number, title=title, content=content, findings=findings, reason=reason,
        created_at=timezone.now(), actor_label=by.label, review_mode=mode, reviewed_by=reviewer,
        reviewed_by_id=reviewer_id, reviewed_at=timezone.now() if review else None,
    )  # fmt: skip
    pub.version, pub.title, pub.content = number, title, content
    pub.search_tokens = _tokens(pub)
    return version


# --- sync from the source record ---------------------------------------------------------------------------


def publication_sync(*, draft: Draft, by: Actor | None = None) -> Publication:
    """Make the publication of ``draft``'s source record match it; safe to call any number of times."""
    by = by or Actor.system(SYSTEM)
    today = timezone.localdate()
    with transaction.atomic():
        pub = (
            Publication.objects.select_for_update()
            .filter(source_kind=draft.source_kind, source_id=draft.source_id)
            .first()
        )
        if pub is None:
            return _create(draft, by, today)
        if draft.revoked_on and pub.revoked_on is None:
            return _revoked(pub, draft, by, today)
        if pub.state in (PubState.PENDING, PubState.PUBLISHED):
            _refresh(pub, draft, by, today)
    return pub


def _create(draft: Draft, by: Actor, today: date) -> Publication:
    title, content, findings = _masked(draft)
    pub = Publication(
        source_kind=draft.source_kind, source_id=draft.source_id, source_ref=draft.source_ref, kind=draft.kind,
        organisation_id=draft.organisation_id, matter_id=draft.matter_id, title=title,
        party_name=draft.party_name, party_is_org=draft.party_is_org, number=draft.number,
        decided_on=draft.decided_on, due_on=draft.due_on, due_basis=draft.due_basis,
        ends_on=draft.period.ends_on if draft.period else None,
        period_basis=draft.period.basis if draft.period else "", barrier=draft.barrier,
        state=PubState.HELD if draft.barrier else PubState.PENDING, content=content,
    )  # fmt: skip
    pub.full_clean(exclude=["organisation", "matter"])
    pub.save()
    _new_version(pub, title, content, findings, "首次生成（已自动脱敏）", by)
    pub.save(update_fields=["version", "title", "content", "search_tokens"])
    _event(pub, "create", "生成公示记录", "", today, by, draft.barrier)
    _audit(pub, "create", by, {})
    if draft.revoked_on:
        return _revoked(pub, draft, by, today)
    if pub.state == PubState.PENDING and _auto_publishable(pub, draft, findings):
        _publish(pub, by, today, (ReviewMode.AUTO, AUTO_RULE, None))
    return pub


def _auto_publishable(pub: Publication, draft: Draft, findings: list) -> bool:
    return pub.kind in get_param("publicity.auto_publish_kinds") and draft.party_is_org and not findings


def _refresh(pub: Publication, draft: Draft, by: Actor, today: date) -> None:
    """The source record changed (a correction): its masked content becomes a new version."""
    title, content, findings = _masked(draft)
    if title == pub.title and content == pub.content and draft.number == pub.number:
        return
    before = _snapshot(pub)
    pub.number, pub.party_name, pub.decided_on = draft.number, draft.party_name, draft.decided_on
    _new_version(pub, title, content, findings, "执法决定更正，公示内容随之更新", by)
    pub.full_clean(exclude=["organisation", "matter"])
    pub.save()
    _event(pub, "update", "更正公示内容", pub.state, today, by)
    if pub.state == PubState.PUBLISHED:
        _feed(pub, FeedOp.UPDATED)
    _audit(pub, "update", by, before)


def _revoked(pub: Publication, draft: Draft, by: Actor, today: date) -> Publication:
    """The decision was revoked, changed or declared void: withdraw now, with its reason (第四十八条)."""
    before = _snapshot(pub)
    cal = work_calendar(pub.organisation.region_code)
    pub.revoked_on = draft.revoked_on
    pub.withdraw_due_on = periods.withdrawal_due(
        draft.revoked_on, get_param("publicity.withdraw_working_days"), cal
    )
    _withdraw(pub, draft.revoke_reason or "执法决定已被撤销", today, by)
    _audit(pub, "withdraw", by, before)
    return pub


def _withdraw(pub: Publication, reason: str, on: date, by: Actor) -> None:
    was = pub.state
    pub.state, pub.withdrawn_on, pub.withdraw_reason = PubState.WITHDRAWN, on, reason
    pub.save()
    _event(pub, "withdraw", "撤回公开", was, on, by, reason)
    if was == PubState.PUBLISHED:
        _feed(pub, FeedOp.WITHDRAWN)


def _publish(pub: Publication, by: Actor, today: date, review: tuple[str, str, int | None]) -> None:
    version = pub.versions.get(number=pub.version)
    version.review_mode, version.reviewed_by, version.reviewed_by_id = review
    version.reviewed_at = timezone.now()
    version.save(update_fields=["review_mode", "reviewed_by", "reviewed_by_id", "reviewed_at"])
    before = _snapshot(pub)
    pub.state, pub.published_on = PubState.PUBLISHED, today
    pub.save(update_fields=["state", "published_on", "updated_at"])
    _event(pub, "publish", "保密审查通过并公开", PubState.PENDING, today, by, review[1])
    _feed(pub, FeedOp.PUBLISHED)
    _audit(pub, "publish", by, before)


# --- staff actions -----------------------------------------------------------------------------------------


def _lock(pk: int) -> Publication:
    return Publication.objects.select_for_update().select_related("organisation").get(pk=pk)


def _require_state(pub: Publication, states: tuple[str, ...], step: str) -> None:
    if pub.state not in states:
        raise DomainError.from_rule(rules.ORDER, state=pub.get_state_display(), step=step)


def publication_review(
    *, publication: Publication, publish: bool, reason: str = "", extra_names: list[str] = (),
    redactions: list[str] = (), by: Actor,
) -> Publication:  # fmt: skip
    """保密审查: the named reviewer publishes what they saw (removing more names or phrases first, if asked),
    or holds the record off the portal with the reason (secret, privacy…)."""
    require(by, Perm.PUBLICITY_REVIEW)
    with transaction.atomic():
        pub = _lock(publication.pk)
        require_scope(by, pub.organisation)
        _require_state(pub, (PubState.PENDING,), "进行保密审查")
        if by.user_id is None:
            raise DomainError.from_rule(
                rules.REVIEWER, detail="保密审查须由具名的审查人员作出，系统或令牌不能代替。"
            )
        today = timezone.localdate()
        if not publish:
            return _hold(pub, reason, by, today)
        if extra_names or redactions:
            _redact(pub, list(extra_names), list(redactions), by)
        _publish(pub, by, today, (ReviewMode.MANUAL, by.label, by.user_id))
    return pub


def _hold(pub: Publication, reason: str, by: Actor, today: date) -> Publication:
    if len(reason.strip()) < 4:
        raise DomainError.from_rule(
            rules.BARRIER, detail="不予公开须写明理由（涉及国家秘密、商业秘密、个人隐私等）。"
        )
    before = _snapshot(pub)
    pub.state, pub.barrier = PubState.HELD, reason.strip()
    pub.save(update_fields=["state", "barrier", "updated_at"])
    _event(pub, "hold", "保密审查：不予公开", PubState.PENDING, today, by, pub.barrier)
    _audit(pub, "hold", by, before)
    return pub


def _redact(pub: Publication, extra_names: list[str], redactions: list[str], by: Actor) -> None:
    """The reviewer removes what the engine missed: more persons' names, or exact phrases. Nothing is added."""
    from .sources import draft_for

    text = " ".join([pub.title, *(v for _l, v in pub.content)])
    missing = [p for p in redactions if p.strip() and p not in text]
    if missing:
        raise DomainError.from_rule(rules.REDACTION, detail=f"公示内容中没有“{missing[0]}”，无法隐去。")
    draft = draft_for(pub.source_kind, pub.source_id)
    title, content, findings = _masked(draft, extra_names, [p for p in redactions if p.strip()])
    manual = [
        {"field": "", "kind": "manual", "label": "人工隐去", "start": 0, "length": len(p)} for p in redactions
    ]
    _new_version(pub, title, content, findings + manual, "保密审查人工隐去", by)
    pub.save(update_fields=["version", "title", "content", "search_tokens", "updated_at"])


def publication_withdraw(
    *, publication: Publication, ground: str, reason: str, on: date | None = None, by: Actor
) -> Publication:
    """撤回: the decision was revoked, changed or declared void elsewhere (复议、诉讼), or the record is wrong."""
    require(by, Perm.PUBLICITY_REVIEW)
    with transaction.atomic():
        pub = _lock(publication.pk)
        require_scope(by, pub.organisation)
        _require_state(pub, (PubState.PENDING, PubState.PUBLISHED), "撤回公开")
        if len(reason.strip()) < 4:
            raise DomainError.from_rule(rules.REASON)
        today = timezone.localdate()
        on = on or today
        if on > today or on < pub.decided_on:
            raise DomainError.from_rule(
                rules.DATE, detail=f"撤销日期须在决定日期（{pub.decided_on}）与今天之间。"
            )
        before = _snapshot(pub)
        pub.revoked_on = on
        pub.withdraw_due_on = periods.withdrawal_due(
            on, get_param("publicity.withdraw_working_days"), work_calendar(pub.organisation.region_code)
        )
        _withdraw(pub, f"{WithdrawGround(ground).label}：{reason.strip()}", today, by)
        _audit(pub, "withdraw", by, before)
    return pub


def publication_end_early(*, publication: Publication, reason: str, by: Actor) -> Publication:
    """信用修复: end a penalty's publication before its period ends, where the rules allow it."""
    from .sources import draft_for, penalty_performed

    require(by, Perm.PUBLICITY_REVIEW)
    with transaction.atomic():
        pub = _lock(publication.pk)
        require_scope(by, pub.organisation)
        _require_state(pub, (PubState.PUBLISHED,), "提前停止公示")
        today = timezone.localdate()
        draft = draft_for(pub.source_kind, pub.source_id)
        barrier = periods.early_end_barrier(
            kinds=draft.penalty_kinds, decided_on=pub.decided_on, on=today,
            minimum_months=get_param("publicity.repair_minimum_months"),
            fully_performed=penalty_performed(pub.source_kind, pub.source_id),
        )  # fmt: skip
        if barrier:
            raise DomainError.from_rule(rules.EARLY_END, detail=barrier)
        if len(reason.strip()) < 4:
            raise DomainError.from_rule(rules.EARLY_END, detail="提前停止公示须写明信用修复的情况。")
        before = _snapshot(pub)
        pub.state, pub.ends_on = PubState.ENDED, today
        pub.save(update_fields=["state", "ends_on", "updated_at"])
        _event(pub, "end_early", "信用修复，提前停止公示", PubState.PUBLISHED, today, by, reason.strip())
        _feed(pub, FeedOp.ENDED)
        _audit(pub, "end_early", by, before)
    return pub


def publications_expire(*, today: date | None = None) -> int:
    """公示期满: published records whose period has ended leave the portal (the portal already hides them;
    this records it and tells the feed). Returns how many."""
    today = today or timezone.localdate()
    by = Actor.system("系统（公示期满）")
    count = 0
    for pk in Publication.objects.filter(state=PubState.PUBLISHED, ends_on__lt=today).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            pub = _lock(pk)
            if pub.state != PubState.PUBLISHED:
                continue
            pub.state = PubState.EXPIRED
            pub.save(update_fields=["state", "updated_at"])
            _event(pub, "expire", "公示期满", PubState.PUBLISHED, today, by, pub.period_basis)
            _feed(pub, FeedOp.EXPIRED)
            count += 1
    return count


def publications_collect() -> int:
    """Create the publication of every decided source record that has none (records written in bulk, imported,
    or decided before publicity was installed). Returns how many were created. Run by ``zhifa daily``."""
    from .sources import drafts_for, unpublished_sources

    created = 0
    for kind, ids in unpublished_sources().items():
        for start in range(0, len(ids), 500):
            for draft in drafts_for(kind, ids[start : start + 500]):
                publication_sync(draft=draft)
                created += 1
    return created


# --- 纠错 --------------------------------------------------------------------------------------------------


def error_report_submit(
    *, publication: Publication, content: str, reporter: str = "", contact: str = ""
) -> ErrorReport:
    """A reader reports an error on a record the portal serves; the body must answer by ``due_on``."""
    from .selectors import served

    content = (content or "").strip()
    if len(content) < 5:
        raise DomainError.from_rule(rules.REPORT, detail="请写明公示内容哪里有误（至少5个字）。")
    with transaction.atomic():
        pub = served().filter(pk=publication.pk).select_related("organisation").first()
        if pub is None:
            raise DomainError.from_rule(rules.REPORT, detail="该公示记录已不在公示期内或已撤回，不能纠错。")
        now = timezone.now()
        days = get_param("publicity.error_reply_working_days")
        due = add_working_days(timezone.localdate(), days, work_calendar(pub.organisation.region_code)).due
        report = ErrorReport.objects.create(
            publication=pub, code=_report_code(), content=content[:4000], reporter=reporter.strip()[:100],
            contact=contact.strip()[:100], received_at=now, due_on=due,
        )  # fmt: skip
        audit(actor=Actor.system("公众（门户纠错）"), action="publication.error_report", obj=report,
              after={"publication": pub.pk, "due_on": str(due)}, organisation_id=pub.organisation_id)  # fmt: skip
    return report


def _report_code() -> str:
    return "JC" + secrets.token_hex(5).upper()


def error_report_answer(*, report: ErrorReport, reply: str, corrected: bool, by: Actor) -> ErrorReport:
    """The body's answer. ``corrected``: the record was corrected — a new version must exist since the report
    (made by correcting the source record, or by withdrawing it)."""
    require(by, Perm.PUBLICITY_REVIEW)
    with transaction.atomic():
        report = (
            ErrorReport.objects.select_for_update()
            .select_related("publication__organisation")
            .get(pk=report.pk)
        )
        pub = report.publication
        require_scope(by, pub.organisation)
        if report.state != ReportState.RECEIVED:
            raise DomainError.from_rule(rules.REPLY, detail=f"该纠错申请已于{report.answered_on}答复。")
        if len(reply.strip()) < 4:
            raise DomainError.from_rule(rules.REPLY, detail="请写明答复内容。")
        changed = (
            pub.versions.filter(created_at__gt=report.received_at).exists() or pub.state == PubState.WITHDRAWN
        )
        if corrected and not changed:
            raise DomainError.from_rule(
                rules.REPLY,
                detail="收到申请后公示内容没有更正，不能答复为“已更正”；请先更正执法决定记录或撤回公开。",
            )
        report.state, report.reply, report.corrected = ReportState.ANSWERED, reply.strip(), corrected
        report.corrected_version = pub.version if corrected else None
        report.answered_on, report.answered_by = timezone.localdate(), by.label
        report.save()
        audit(actor=by, action="publication.error_answer", obj=report,
              after={"corrected": corrected, "version": report.corrected_version},
              organisation_id=pub.organisation_id)  # fmt: skip
    return report


__all__ = [
    "PLACEHOLDERS",
    "error_report_answer",
    "error_report_submit",
    "public_record",
    "publication_end_early",
    "publication_review",
    "publication_sync",
    "publication_withdraw",
    "publications_collect",
    "publications_expire",
    "removal_record",
]
