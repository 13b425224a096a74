"""The demo district's publications (行政执法公示): every decision of the year that the portal publishes — the
general-procedure penalties, the licensing decisions and the recorded acts marked to publish — planned as
``publicity.services.publication_sync`` and ``publication_review`` would leave them, and bulk-inserted.

What a real year leaves: most records were reviewed and published within their deadline (7 or 20 working days);
some late (supervision's timeliness figure is not 100 %); the last days' decisions are still waiting for review,
a few older ones past their deadline (the overdue list); records the masking rules keep off the portal are held;
revoked decisions are withdrawn with their reason; records whose period ended (3 months for small fines) have
expired. The feed holds every public change in the order it happened. Decisions taken through the services while
the demo loads (the demo logins' cases) already have their publications; they are left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from zhifa.core.bulk import insert_rows, reset_sequences
from zhifa.core.calendar import work_calendar
from zhifa.core.domain.workdays import add_working_days
from zhifa.organisations.models import Organisation
from zhifa.publicity.constants import FeedOp, PubState, ReviewMode
from zhifa.publicity.models import FeedEntry, FeedHead, Publication, PublicationEvent, PublicationVersion
from zhifa.publicity.services import mask_draft, public_record, removal_record, search_tokens_of
from zhifa.publicity.sources import Draft, drafts_for, unpublished_sources

from .context import LoadContext

LOADER = "系统（演示数据加载）"
LATE_SHARE = 0.05  # published after the deadline
OVERDUE_SHARE = (
    0.02  # still unpublished past the deadline (of the decisions due in the last OVERDUE_WINDOW days)
)
OVERDUE_WINDOW = (
    45  # older ones were caught up by the body (the overdue list would otherwise reach back a year)
)
WAITING_SHARE = 0.5  # of the decisions whose deadline has not come yet, those still waiting for review
CHUNK = 1000


@dataclass
class Planned:
    pub: Publication
    findings: list
    reviewer: str
    created: datetime
    published: datetime | None = None
    removed: datetime | None = None  # withdrawn or expired


def load_publicity(ctx: LoadContext) -> None:
    orgs = {o.pk: o for o in Organisation.objects.all()}
    cal = work_calendar()
    planned: list[Planned] = []
    for kind, ids in unpublished_sources().items():
        for start in range(0, len(ids), CHUNK):
            for draft in drafts_for(kind, ids[start : start + CHUNK]):
                planned.append(_plan(ctx, draft, orgs[draft.organisation_id], cal))
    _write(planned)
    counts = {state: sum(1 for p in planned if p.pub.state == state) for state in PubState.values}
    ctx.counts.update({f"publications_{k}": v for k, v in counts.items()}, publications=len(planned))


def _at(ctx: LoadContext, day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, ctx.rng.randint(0, 59)), tzinfo=ctx.tz)


def _plan(ctx: LoadContext, draft: Draft, org: Organisation, cal) -> Planned:
    today = ctx.tl.today
    title, content, findings = mask_draft(draft)
    pub = Publication(
        source_kind=draft.source_kind, source_id=draft.source_id, source_ref=draft.source_ref, kind=draft.kind,
        organisation=org, matter_id=draft.matter_id, title=title, party_name=draft.party_name,
        party_is_org=draft.party_is_org, number=draft.number, decided_on=draft.decided_on, due_on=draft.due_on,
        due_basis=draft.due_basis, ends_on=draft.period.ends_on if draft.period else None,
        period_basis=draft.period.basis if draft.period else "", barrier=draft.barrier, content=content,
        state=PubState.HELD if draft.barrier else PubState.PENDING,
    )  # fmt: skip
    pub.search_tokens = search_tokens_of(pub)
    plan = Planned(
        pub, findings, f"{org.short_name or org.name}法制机构审查人员", _at(ctx, draft.decided_on, 17)
    )
    if pub.state == PubState.HELD:
        return plan
    published_on = _published_on(ctx, draft, cal)
    if published_on is None or published_on > today:
        return plan
    pub.state, pub.published_on = PubState.PUBLISHED, published_on
    plan.published = _at(ctx, published_on, 10)
    if draft.revoked_on and draft.revoked_on <= today:
        pub.revoked_on = draft.revoked_on
        pub.withdraw_due_on = add_working_days(draft.revoked_on, 3, cal).due
        withdrawn = min(today, draft.revoked_on + timedelta(days=ctx.rng.randint(0, 2)))
        pub.state, pub.withdrawn_on = PubState.WITHDRAWN, max(withdrawn, published_on)
        pub.withdraw_reason = draft.revoke_reason or "执法决定已被撤销"
        plan.removed = _at(ctx, pub.withdrawn_on, 15)
    elif pub.ends_on and pub.ends_on < today:
        pub.state = PubState.EXPIRED
        plan.removed = _at(ctx, pub.ends_on + timedelta(days=1), 1)
    return plan


def _published_on(ctx: LoadContext, draft: Draft, cal) -> date | None:
    """On time mostly, late sometimes, not yet for the last days' decisions and a few overdue ones."""
    if draft.published_hint:
        return draft.published_hint
    span = max(1, (draft.due_on - draft.decided_on).days)
    if draft.due_on >= ctx.tl.today and ctx.rng.random() < WAITING_SHARE:
        return None
    roll = ctx.rng.random()
    if roll < OVERDUE_SHARE and (ctx.tl.today - draft.due_on).days <= OVERDUE_WINDOW:
        return None
    if roll < OVERDUE_SHARE + LATE_SHARE:
        return draft.due_on + timedelta(days=ctx.rng.randint(1, 12))
    return draft.decided_on + timedelta(days=ctx.rng.randint(1, span))


def _write(planned: list[Planned]) -> None:
    first = (Publication.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    for i, plan in enumerate(planned):
        plan.pub.pk = first + i
        plan.pub.created_at = plan.pub.updated_at = plan.created
    columns = [f.attname for f in Publication._meta.concrete_fields]
    insert_rows(Publication, columns, ([getattr(p.pub, c) for c in columns] for p in planned))
    insert_rows(PublicationVersion, VERSION_COLUMNS, (_version(p) for p in planned))
    insert_rows(PublicationEvent, EVENT_COLUMNS, (row for p in planned for row in _events(p)))
    _feed(planned)
    reset_sequences(Publication, PublicationVersion, PublicationEvent)


VERSION_COLUMNS = ("publication_id", "number", "title", "content", "findings", "reason", "created_at", "actor_label",
                   "review_mode", "reviewed_by", "reviewed_at")  # fmt: skip
EVENT_COLUMNS = ("publication_id", "action", "label", "from_state", "to_state", "on", "version", "reason",
                 "actor_label", "at")  # fmt: skip


def _version(p: Planned) -> tuple:
    reviewed = p.published is not None
    return (p.pub.pk, 1, p.pub.title, p.pub.content, p.findings, "首次生成（已自动脱敏）", p.created, LOADER,
            ReviewMode.MANUAL if reviewed else "", p.reviewer if reviewed else "", p.published)  # fmt: skip


def _events(p: Planned) -> list[tuple]:
    pub = p.pub
    first_state = PubState.HELD if pub.state == PubState.HELD else PubState.PENDING
    rows = [
        (pub.pk, "create", "生成公示记录", "", first_state, pub.decided_on, 1, pub.barrier, LOADER, p.created)
    ]
    if p.published:
        rows.append((pub.pk, "publish", "保密审查通过并公开", PubState.PENDING, PubState.PUBLISHED, pub.published_on,
                     1, p.reviewer, p.reviewer, p.published))  # fmt: skip
    if pub.state == PubState.WITHDRAWN:
        rows.append((pub.pk, "withdraw", "撤回公开", PubState.PUBLISHED, PubState.WITHDRAWN, pub.withdrawn_on, 1,
                     pub.withdraw_reason, p.reviewer, p.removed))  # fmt: skip
    elif pub.state == PubState.EXPIRED:
        rows.append((pub.pk, "expire", "公示期满", PubState.PUBLISHED, PubState.EXPIRED, p.removed.date(), 1,
                     pub.period_basis, "系统（公示期满）", p.removed))  # fmt: skip
    return rows


def _feed(planned: list[Planned]) -> None:
    """Every public change in the order it happened, numbered after what the services already wrote."""
    changes = []
    for p in planned:
        if p.published:
            changes.append((p.published, p.pub.pk, FeedOp.PUBLISHED, p))
        if p.removed:
            op = FeedOp.WITHDRAWN if p.pub.state == PubState.WITHDRAWN else FeedOp.EXPIRED
            changes.append((p.removed, p.pub.pk, op, p))
    # The entries the services wrote while the demo logins' cases were decided join the sequence in time order.
    earlier = list(FeedEntry.objects.values_list("at", "publication_id", "op", "version", "payload"))
    FeedEntry.objects.all().delete()
    changes += [(at, pk, op, (version, payload)) for at, pk, op, version, payload in earlier]
    changes.sort(key=lambda c: (c[0], c[1]))
    rows = []
    for seq, (at, pk, op, p) in enumerate(changes, start=1):
        rows.append((seq, pk, op, *(p if isinstance(p, tuple) else (1, _payload(p, op))), at))
    insert_rows(FeedEntry, ("seq", "publication_id", "op", "version", "payload", "at"), rows)
    FeedHead.objects.update_or_create(pk=1, defaults={"last": len(rows)})
    reset_sequences(FeedEntry)


def _payload(p: Planned, op: str) -> dict:
    if op != FeedOp.PUBLISHED:
        return removal_record(p.pub)
    payload = public_record(p.pub)
    payload.update(state=PubState.PUBLISHED, withdrawn_on=None, withdraw_reason="")  # as it was then
    return payload
