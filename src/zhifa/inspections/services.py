"""Writes of the inspections app: every step of an inspection through ``inspection_step`` (house style R2, R5).

``inspection_step`` is the one door through which an inspection changes: it locks the inspection (or builds a
new one for 检查登记), checks scope, and hands it to ``core.stepping.take_step`` with this app's adapter, which
checks permission, state and guards, appends the ``InspectionStep`` row, applies the effects below, moves the
state, meets and starts the deadlines and appends to the audit chain — all in one transaction, so a refused step
changes nothing. The 立案查处 step opens the penalty case through ``cases.services.case_step`` in the same
transaction.
"""

from __future__ import annotations

from typing import BinaryIO

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from zhifa.accounts.permissions import require_scope
from zhifa.catalog.models import Matter
from zhifa.catalog.selectors import version_in_force
from zhifa.core import stepping
from zhifa.core.exceptions import DomainError
from zhifa.core.parameters import describe_param, get_param
from zhifa.core.storage import AV_TYPES, store_upload
from zhifa.personnel.selectors import officer_record

from . import parameters as P
from . import rules
from .constants import DeadlineKind, InspectionResult
from .domain import deadlines
from .guards import failed_answers
from .models import Inspection, InspectionDeadline, InspectionStep
from .schemas import Register, StepFacts
from .workflow import INSPECTION

FIELDS = ("approval_number", "approved_on", "notified_on", "scanned_at", "scan_location", "failed_items",
          "av_sha256", "result", "result_on", "correction_due", "corrected", "case_id", "published_on")  # fmt: skip


def inspection_step(
    *, inspection: Inspection | None, action: str, facts: StepFacts, by, upload: BinaryIO | None = None,
    filename: str = "",
) -> Inspection:  # fmt: skip
    """Take ``action`` on ``inspection`` (None for 检查登记, which opens one); ``upload`` is the audio/video
    recording of the 现场检查 step."""
    with transaction.atomic():
        if inspection is None:
            if action != "register":
                raise DomainError.from_rule(rules.FACTS, detail=f"“{action}”不能新建检查。")
            inspection = _new_inspection(facts, by)
        else:
            # of=("self",): the nullable foreign keys must not be locked through an outer join on PostgreSQL.
            qs = Inspection.objects.select_related("organisation", "matter_version", "party")
            inspection = qs.select_for_update(of=("self",)).get(pk=inspection.pk)
        require_scope(by, inspection.organisation)
        ctx = stepping.context(inspection, action, facts, by, inspection.organisation.region_code)
        ctx.extra.update(upload=upload, filename=filename)
        record = officer_record(ctx.officers, [inspection.organisation], ctx.on)
        stepping.take_step(procedure=INSPECTION, adapter=ADAPTER, ctx=ctx, officer_record=record)
    return inspection


def _new_inspection(facts: Register, by) -> Inspection:
    from zhifa.cases.services import party_upsert

    org = by.organisation
    body = org.body if org is not None and org.body_id else org
    if body is None:
        raise DomainError.from_rule(rules.FACTS, detail="须以执法主体的账号登记检查。")
    on = facts.on or timezone.localdate()
    matter = Matter.objects.filter(pk=facts.matter_id).first()
    version = version_in_force(matter, on) if matter else None
    if version is None:
        raise DomainError.from_rule(
            rules.MATTER, detail=f"事项ID {facts.matter_id} 不存在或在{on}没有施行中的版本。"
        )
    require_scope(by, body)  # before the party is written: nothing happens outside the actor's scope
    party = party_upsert(data=facts.target, by=by)
    seq = (Inspection.objects.filter(organisation=body, year=on.year).aggregate(m=Max("seq"))["m"] or 0) + 1
    return Inspection(
        organisation=body, year=on.year, seq=seq, number=inspection_number(body, on.year, seq), matter=matter,
        matter_version=version, party=party, place=facts.place, trigger=facts.trigger,
        trigger_reason=facts.trigger_reason, planned_on=facts.planned_on,
    )  # fmt: skip


def inspection_number(body, year: int, seq: int) -> str:
    """检查编号: the body's short name, 检, the year and the sequence (e.g. 区市场监管局检〔2026〕12号)."""
    return f"{body.short_name or body.name}检〔{year}〕{seq}号"


# --- effects of each step ---------------------------------------------------------------------------------------


def _approve(ctx, row) -> None:
    obj = ctx.obj
    obj.approval_number, obj.approved_by, obj.approved_on = ctx.facts.approval_number, ctx.by.label, ctx.on


def _notify(ctx, row) -> None:
    obj, f = ctx.obj, ctx.facts
    obj.notice_method = (f.method or "") if f.notified else ""
    obj.notified_on = ctx.on if f.notified else None
    obj.no_notice_reason = "" if f.notified else f.no_notice_reason


def _check_in(ctx, row) -> None:
    ctx.obj.scanned_at, ctx.obj.scan_location = ctx.facts.scanned_at, ctx.facts.location


def _record(ctx, row) -> None:
    obj = ctx.obj
    obj.found = ctx.facts.found
    obj.failed_items = failed_answers(ctx.facts)
    upload = ctx.extra.get("upload")
    if upload is not None:
        obj.av_record = store_upload(upload, name=ctx.extra.get("filename") or f"{obj.number}现场检查音像记录",
                                     allowed=AV_TYPES, max_bytes=settings.EVIDENCE_UPLOAD_MAX_BYTES)  # fmt: skip
        row.data["recording"] = {"sha256": obj.av_record.sha256, "size": obj.av_record.size,
                                 "name": obj.av_record.original_name}  # fmt: skip


def _result(result: str, closes: bool):
    def apply(ctx, row) -> None:
        obj = ctx.obj
        if not obj.result_on:  # the first result is the one published (a later case keeps that date)
            obj.result_on = ctx.on
        obj.result = result
        if closes:
            obj.closed_on = ctx.on

    return apply


def _order_correction(ctx, row) -> None:
    _result(InspectionResult.CORRECTION, closes=False)(ctx, row)
    ctx.obj.correction_due = deadlines.correction_due(ctx.on, ctx.facts.correction_days, ctx.cal)
    row.data["correction_due"] = ctx.obj.correction_due.isoformat()


def _recheck(corrected: bool):
    def apply(ctx, row) -> None:
        ctx.obj.corrected = corrected
        if corrected:
            ctx.obj.closed_on = ctx.on

    return apply


def _open_case(ctx, row) -> None:
    """Register the penalty case (案源登记, 案件来源：监督检查发现) with the inspection's target and record."""
    from zhifa.cases import facts as F
    from zhifa.cases.constants import ClueOrigin
    from zhifa.cases.services import case_step

    obj, f = ctx.obj, ctx.facts
    party = F.PartyInput(kind=obj.party.kind, name=obj.party.name, identifier=obj.party.identifier,
                         legal_representative=obj.party.legal_representative, address=obj.party.address)  # fmt: skip
    clue = f.clue or f"{obj.number}（{obj.matter_version.name}）现场检查发现：{obj.found}"
    case = case_step(case=None, action="register_clue", by=ctx.by, facts=F.RegisterClue(
        on=ctx.on, matter_id=f.penalty_matter_id, title=f.title, origin=ClueOrigin.INSPECTION, clue=clue[:4000],
        party=party))  # fmt: skip
    obj.case = case
    row.data["case"] = {"id": case.pk, "number": case.number}
    _result(InspectionResult.CASE, closes=True)(ctx, row)


def _refer(ctx, row) -> None:
    ctx.obj.referred_to = ctx.facts.authority
    _result(InspectionResult.REFERRED, closes=True)(ctx, row)


def _publish(ctx, row) -> None:
    ctx.obj.published_on = ctx.on


EFFECTS = {
    "approve": _approve, "notify": _notify, "check_in": _check_in, "record": _record,
    "conclude": _result(InspectionResult.NO_PROBLEM, closes=True), "order_correction": _order_correction,
    "recheck_corrected": _recheck(True), "recheck_not_corrected": _recheck(False), "open_case": _open_case,
    "refer": _refer, "record_publicity": _publish,
    "refuse": lambda ctx, row: setattr(ctx.obj, "closed_on", ctx.on),
    "cancel": lambda ctx, row: setattr(ctx.obj, "closed_on", ctx.on),
}  # fmt: skip


def _effects(ctx, row) -> None:
    effect = EFFECTS.get(ctx.action)
    if effect is not None:
        effect(ctx, row)


def _due(ctx, kind: str) -> stepping.DueDate | None:
    obj = ctx.obj
    if kind == DeadlineKind.CORRECTION:
        return stepping.DueDate(obj.correction_due, f"责令改正通知书：{ctx.facts.correction_days}日内改正")
    if kind == DeadlineKind.RECHECK:
        days = int(get_param(P.RECHECK_DAYS))
        due = deadlines.recheck_due(obj.correction_due, days, ctx.cal)
        return stepping.DueDate(due, f"改正期满后{days}个工作日内复查（{describe_param(P.RECHECK_DAYS)}）")
    if kind == DeadlineKind.PUBLICITY:
        if obj.deadlines.filter(kind=kind).exists():  # the result was published (or is due) already
            return None
        days = int(get_param(P.PUBLICITY_DAYS))
        due = deadlines.publicity_due(ctx.on, days, ctx.cal)
        return stepping.DueDate(due, f"检查结果{days}个工作日内公示（{describe_param(P.PUBLICITY_DAYS)}）")
    return None


ADAPTER = stepping.ActAdapter(
    history=InspectionStep, deadlines=InspectionDeadline, parent="inspection", due=_due, effects=_effects,
    fields=FIELDS, audit_prefix="inspection",
)  # fmt: skip
