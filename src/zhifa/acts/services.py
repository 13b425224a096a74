"""Writes of the recorded acts (house style R2, R5): ``act_record``, ``act_correct``, ``act_revoke``, ``act_publish``.

Every write goes through ``core.stepping.take_step`` on the ``acts.workflow`` table: permission, state and
guards are checked, the history row (``ActStep``) and the audit event (``act.<step>``) are appended, and the
publication deadline is started or met — all in one transaction, so a refused write changes nothing.
"""

from __future__ import annotations

from django.db import transaction

from zhifa.accounts.permissions import require_scope
from zhifa.cases.constants import PartyKind
from zhifa.cases.services import party_upsert
from zhifa.catalog.models import Matter
from zhifa.catalog.selectors import version_in_force
from zhifa.core import stepping
from zhifa.core.exceptions import DomainError
from zhifa.core.models.procedural import DeadlineState
from zhifa.core.parameters import describe_param, get_param
from zhifa.organisations.models import Organisation
from zhifa.personnel.selectors import officer_record

from . import rules
from .domain.deadlines import month_start, publication_due
from .models import ActDeadline, ActRecord, ActStep
from .schemas import ActInput, PublishInput, ReasonInput
from .workflow import ACTS

AUDITED = ("number", "kind", "decided_on", "amount", "party_id", "matter_version_id", "recipients", "version",
           "supersedes_id", "to_publish", "publish_due_on", "published_on", "revoked_on")  # fmt: skip


def act_record(*, data: ActInput, by) -> ActRecord:
    """登记 a decision already taken; returns the 有效 record."""
    with transaction.atomic():
        record = _new_record(data, by, body=_acting_body(data, by))
        _take(record, "record", data, by, on=data.decided_on)
    return record


def act_correct(*, record: ActRecord, data: ActInput, by) -> ActRecord:
    """更正: the record becomes 已更正 and ``data`` is recorded as its next version; returns the new version."""
    with transaction.atomic():
        old = _lock(record.pk)
        require_scope(by, old.organisation)
        _take(old, "correct", ReasonInput(reason=data.reason), by)
        new = _new_record(data, by, body=old.organisation, supersedes=old)
        _take(new, "record_correction", data, by)  # the step's day is the day of the correction
    return new


def act_revoke(*, record: ActRecord, data: ReasonInput, by) -> ActRecord:
    """撤销: the record stays, marked 已撤销 with the day, the reason and who recorded it."""
    with transaction.atomic():
        record = _lock(record.pk)
        require_scope(by, record.organisation)
        _take(record, "revoke", data, by)
    return record


def act_publish(*, record: ActRecord, data: PublishInput, by) -> ActRecord:
    """登记公开: the day the decision was published; meets the publication deadline."""
    with transaction.atomic():
        record = _lock(record.pk)
        require_scope(by, record.organisation)
        _take(record, "publish", data, by)
    return record


# --- building and stepping ---------------------------------------------------------------------------------------


def _lock(pk: int) -> ActRecord:
    # of=("self",): the nullable foreign keys (party, supersedes) must not be locked through an outer join.
    qs = ActRecord.objects.select_related("organisation", "matter", "matter_version", "party")
    return qs.select_for_update(of=("self",)).get(pk=pk)


def _acting_body(data: ActInput, by) -> Organisation:
    if data.organisation_id:
        body = Organisation.objects.filter(pk=data.organisation_id).first()
    else:
        org = by.organisation
        body = org.body if org is not None and org.body_id else org
    if body is None:
        raise DomainError.from_rule(
            rules.COMPETENCE, detail="须指明作出决定的执法主体（或以执法主体的账号登记）。"
        )
    require_scope(by, body)
    return body


def _new_record(data: ActInput, by, *, body: Organisation, supersedes: ActRecord | None = None) -> ActRecord:
    matter = Matter.objects.filter(pk=data.matter_id).first()
    if matter is None:
        raise DomainError.from_rule(rules.COMPETENCE, detail=f"事项ID {data.matter_id} 不存在。")
    party = party_upsert(data=data.party, by=by) if data.party is not None and not data.aggregated else None
    version = version_in_force(matter, data.decided_on)
    record = ActRecord(
        organisation=body, kind=data.kind, matter=matter, matter_version=version,
        party=party, decided_on=data.decided_on, decision=data.decision.strip(), number=data.number.strip(),
        amount=data.amount, aggregated=data.aggregated, recipients=data.recipients if data.aggregated else None,
        period=month_start(data.period) if data.aggregated and data.period else None,
        to_publish=data.publish and not _private(data.kind, party), state=ACTS.initial,
        supersedes=supersedes, version=supersedes.version + 1 if supersedes else 1,
        correction_reason=data.reason.strip() if supersedes else "",
    )  # fmt: skip
    if version is not None:
        record.basis = "；".join(b.citation for b in version.bases.all())
    return record


def _private(kind: str, party) -> bool:
    """A natural person's act of a private kind (默认：行政确认) is never published (《政府信息公开条例》第十五条)."""
    return party is not None and party.kind == PartyKind.PERSON and kind in get_param("acts.private_kinds")


def _take(record: ActRecord, action: str, facts, by, *, on=None) -> ActStep:
    ctx = stepping.context(record, action, facts, by, record.organisation.region_code)
    if on is not None:
        ctx.on = on
    ctx.extra["version"] = record.matter_version if record.matter_version_id else None
    people = ctx.officers  # they acted on the decision day: the history keeps the certificate each held then
    officers = officer_record(people, [record.organisation], record.decided_on) if people else []
    return stepping.take_step(procedure=ACTS, adapter=ADAPTER, ctx=ctx, officer_record=officers)


def _due(ctx, kind: str) -> stepping.DueDate | None:
    obj = ctx.obj
    if not obj.to_publish:
        return None
    days = get_param("acts.publish_working_days")
    return stepping.DueDate(
        publication_due(obj.decided_on, days, ctx.cal), describe_param("acts.publish_working_days")
    )


def _effects(ctx, row: ActStep) -> None:
    obj = ctx.obj
    if ctx.action in ("record", "record_correction"):
        obj.officers = row.officers
        due = _due(ctx, "publish")
        obj.publish_due_on = due.due_on if due else None
    elif ctx.action == "publish":
        obj.published_on = ctx.on
    elif ctx.action == "revoke":
        obj.revoked_on, obj.revoke_reason, obj.revoked_by = ctx.on, ctx.facts.reason.strip(), ctx.by.label
    if ctx.action in ("correct", "revoke"):
        # a superseded or revoked decision is no longer to be published: its running period ends here
        obj.deadlines.filter(status=DeadlineState.RUNNING).update(
            status=DeadlineState.CANCELLED, met_on=ctx.on
        )


ADAPTER = stepping.ActAdapter(history=ActStep, deadlines=ActDeadline, parent="record", due=_due, effects=_effects,
                              fields=AUDITED, audit_prefix="act")  # fmt: skip
