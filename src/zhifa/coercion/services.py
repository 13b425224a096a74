"""Writes of the coercion app (house style R2, R5): every step of a measure or an execution goes through
``measure_step`` / ``execution_step``, which lock the aggregate, check scope and hand the step to
``core.stepping.take_step`` (permission, state, guards, history row, effects, deadlines, audit) — one transaction,
so a refused step changes nothing. ``recording_store`` keeps an audio/video file for a later step."""

from __future__ import annotations

from typing import BinaryIO

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require, require_scope
from zhifa.cases.models import Case
from zhifa.cases.services import party_upsert
from zhifa.catalog.models import Matter
from zhifa.catalog.selectors import version_in_force
from zhifa.core import stepping
from zhifa.core.audit import audit
from zhifa.core.exceptions import DomainError
from zhifa.core.models import StoredFile
from zhifa.core.storage import AV_TYPES, store_upload
from zhifa.personnel.selectors import officer_record

from . import rules
from .effects import EXECUTION_ADAPTER, MEASURE_ADAPTER
from .guards import local
from .models import CoercionExecution, CoercionMeasure
from .workflow import EXECUTIONS, MEASURES


def recording_store(*, upload: BinaryIO, filename: str, by) -> StoredFile:
    """Keep an audio/video record (checked by its first bytes, digested) for the step that will cite it."""
    require(by, Perm.ACT_HANDLE)
    with transaction.atomic():
        stored = store_upload(upload, name=filename or "音像记录", allowed=AV_TYPES,
                              max_bytes=settings.EVIDENCE_UPLOAD_MAX_BYTES)  # fmt: skip
        audit(actor=by, action="coercion.recording", obj=stored, organisation_id=getattr(by.organisation, "pk", None),
              after={"sha256": stored.sha256, "size": stored.size, "name": stored.original_name})  # fmt: skip
    return stored


def measure_step(*, measure: CoercionMeasure | None, action: str, facts, by, av_upload: BinaryIO | None = None,
                 av_filename: str = "") -> CoercionMeasure:  # fmt: skip
    """Take ``action`` on ``measure`` (None for the steps that open one: 报请批准, 情况紧急当场实施)."""
    with transaction.atomic():
        if measure is None:
            measure = _new_measure(action, facts, by)
        else:
            measure = _lock(CoercionMeasure, measure.pk, ("organisation", "matter_version", "case", "party"))
        require_scope(by, measure.organisation)
        facts = _dated(_with_upload(facts, av_upload, av_filename))
        _take(MEASURES, MEASURE_ADAPTER, measure, action, facts, by)
    return measure


def execution_step(*, execution: CoercionExecution | None, action: str, facts, by,
                   av_upload: BinaryIO | None = None, av_filename: str = "") -> CoercionExecution:  # fmt: skip
    """Take ``action`` on ``execution`` (None for the step that opens one: 书面催告)."""
    with transaction.atomic():
        if execution is None:
            execution = _new_execution(action, facts, by)
        else:
            execution = _lock(CoercionExecution, execution.pk, ("organisation", "case", "party"))
        require_scope(by, execution.organisation)
        facts = _dated(_with_upload(facts, av_upload, av_filename))
        _take(EXECUTIONS, EXECUTION_ADAPTER, execution, action, facts, by)
    return execution


def _take(procedure, adapter, obj, action: str, facts, by) -> None:
    ctx = stepping.context(obj, action, facts, by, obj.organisation.region_code)
    record = officer_record(ctx.officers, [obj.organisation], ctx.on)
    stepping.take_step(procedure=procedure, adapter=adapter, ctx=ctx, officer_record=record)


def _lock(model, pk: int, related: tuple[str, ...]):
    # of=("self",): the nullable foreign keys must not be locked through an outer join on PostgreSQL.
    return model.objects.select_related(*related).select_for_update(of=("self",)).get(pk=pk)


def _with_upload(facts, upload, filename: str):
    """An audio/video file sent with the step is stored first; the step then cites it by its SHA-256."""
    if upload is None:
        return facts
    stored = store_upload(upload, name=filename or "音像记录", allowed=AV_TYPES,
                          max_bytes=settings.EVIDENCE_UPLOAD_MAX_BYTES)  # fmt: skip
    return facts.model_copy(update={"av_sha256": stored.sha256})


def _dated(facts):
    """An on-site step is dated by the moment it took place unless a date is given."""
    moment = next(
        (m for k in ("implemented_at", "executed_at", "reported_at") if (m := getattr(facts, k, None))), None
    )
    if facts.on is None and moment is not None:
        return facts.model_copy(update={"on": local(moment).date()})
    return facts


def _refuse(detail: str):
    return DomainError.from_rule(rules.FACTS, detail=detail)


def _body(by):
    org = by.organisation
    body = org.body if org is not None and org.body_id else org
    if body is None:
        raise _refuse("须以行政机关的账号办理行政强制。")
    return body


def _new_measure(action: str, facts, by) -> CoercionMeasure:
    if action not in ("propose", "implement_emergency"):
        raise _refuse(f"“{action}”不能新建行政强制措施。")
    body = _body(by)
    on = facts.on or (
        local(facts.implemented_at).date() if action == "implement_emergency" else timezone.localdate()
    )
    matter = Matter.objects.filter(pk=facts.matter_id).first()
    version = version_in_force(matter, on) if matter else None
    if version is None:
        raise _refuse(f"事项ID {facts.matter_id} 不存在或在{on}没有施行中的版本。")
    case = _case(facts.case_id, body)
    party = party_upsert(data=facts.party, by=by)
    return CoercionMeasure(organisation=body, matter=matter, matter_version=version, case=case, party=party,
                           kind=facts.kind, grounds=facts.grounds, basis=facts.basis, place=facts.place,
                           state=MEASURES.initial)  # fmt: skip


def _case(case_id: int | None, body) -> Case | None:
    if case_id is None:
        return None
    case = Case.objects.filter(pk=case_id, organisation=body).first()
    if case is None:
        raise _refuse(f"案件ID {case_id} 不存在或不是{body.name}的案件。")
    return case


def _new_execution(action: str, facts, by) -> CoercionExecution:
    if action != "remind":
        raise _refuse(f"“{action}”不能新建行政强制执行。")
    body = _body(by)
    case = _case(facts.case_id, body)
    party = party_upsert(data=facts.party, by=by) if facts.party else (case.party if case else None)
    values = {
        "decision_number": facts.decision_number or (case.decision_number if case else ""),
        "decision_text": facts.decision_text or (case.title if case else ""),
        "decision_served_on": facts.decision_served_on or (case.served_on if case else None),
        "principal": facts.principal if facts.principal is not None else (case.fine_amount if case else None),
    }
    missing = [label for key, label in (("decision_number", "行政决定文号"), ("decision_text", "行政决定内容"),
                                        ("decision_served_on", "行政决定送达日")) if not values[key]]  # fmt: skip
    if party is None:
        missing.insert(0, "当事人")
    if missing:
        raise _refuse(f"缺少{'、'.join(missing)}（可关联已送达决定书的处罚案件）。")
    return CoercionExecution(
        organisation=body, case=case, party=party, obligation=facts.obligation,
        obligation_due_on=facts.obligation_due_on, direct_power=facts.direct_power,
        reminder_served_on=facts.served_on, reminder_deadline=facts.reminder_deadline,
        reminder_manner=facts.reminder_manner, reminder_amount=facts.reminder_amount,
        state=EXECUTIONS.initial, **values,
    )  # fmt: skip
