"""Writes of the cases app: parties, and every step of a case through ``case_step`` (house style R2, R5).

``case_step`` is the one door through which a case changes: it locks the case, checks the step against the
procedure table (state, permission, guards), applies the step's effects (``cases.effects``), appends the
``CaseStep`` history row, issues the step's documents with their 文号, starts and meets deadlines, and appends to
the audit chain — all in one transaction, so a refused step changes nothing.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from zhifa.accounts.permissions import require
from zhifa.catalog.models import Matter
from zhifa.catalog.selectors import version_in_force
from zhifa.core.audit import audit
from zhifa.core.calendar import work_calendar
from zhifa.core.exceptions import DomainError
from zhifa.core.hooks import step_taken
from zhifa.core.procedures import PREVIOUS, check_step
from zhifa.personnel.models import Person
from zhifa.utils.validators import birth_date_of, check_resident_id, check_uscc

from . import effects, rules
from .constants import PartyKind
from .facts import PartyInput, StepFacts
from .guards import StepContext, case_certificate
from .models import Case, CaseStep, Document, Party
from .numbering import case_number, document_number
from .scope import require_case_scope
from .subject import case_subject
from .timing import apply_deadlines
from .workflow import CREATING_ACTIONS, PROCEDURES

CASE_FIELDS = ("state", "status", "registered_on", "due_on", "decided_on", "served_on", "closed_on",
               "fine_amount", "paid_amount", "payment_due_on", "decision_outcome")  # fmt: skip


def party_upsert(*, data: PartyInput, by) -> Party:
    """Find the party by its identifier or register it; the identifier must pass its check digit and fit the
    kind (a 居民身份证号 for a natural person, a 统一社会信用代码 otherwise)."""
    identifier = data.identifier.strip().upper()
    check = check_resident_id(identifier) if data.kind == PartyKind.PERSON else check_uscc(identifier)
    if not check.ok:
        what = "居民身份证号码" if data.kind == PartyKind.PERSON else "统一社会信用代码"
        raise DomainError.from_rule(rules.FACTS, detail=f"当事人{data.name}的{what}无效：{check.errors[0]}")
    party = Party.objects.filter(identifier=check.value).first()
    if party is None:
        party = Party(
            kind=data.kind, name=data.name, identifier=check.value, birth_date=birth_date_of(check.value)
        )
    for name in ("legal_representative", "address", "phone"):
        value = getattr(data, name)
        if value:
            setattr(party, name, value)
    if party.name != data.name or party.kind != data.kind:
        before = {"name": party.name, "kind": party.kind}
        party.name, party.kind = data.name, data.kind
        if party.pk:
            audit(
                actor=by,
                action="party.rename",
                obj=party,
                before=before,
                after={"name": data.name, "kind": data.kind},
            )
    party.full_clean()
    party.save()
    return party


def _lock(case_id: int) -> Case:
    # of=("self",): the case's nullable foreign keys must not be locked through an outer join on PostgreSQL.
    qs = Case.objects.select_related(
        "organisation",
        "handled_by",
        "entrustment__entrusting",
        "entrustment__entrusted",
        "matter",
        "matter_version",
        "party",
    )
    return qs.select_for_update(of=("self",)).get(pk=case_id)


def _new_case(action: str, facts: StepFacts, by) -> Case:
    body = (
        by.organisation.body if by.organisation is not None and by.organisation.body_id else by.organisation
    )
    if body is None:
        raise DomainError.from_rule(rules.FACTS, detail="须以执法主体的账号登记案件。")
    matter = Matter.objects.filter(pk=facts.matter_id).first()
    on = facts.on or timezone.localdate()
    version = version_in_force(matter, on) if matter else None
    if version is None:
        raise DomainError.from_rule(
            rules.FACTS, detail=f"事项ID {facts.matter_id} 不存在或在{on}没有施行中的版本。"
        )
    procedure = CREATING_ACTIONS[action]
    subject = case_subject(body, version)
    return Case(organisation=subject.organisation, handled_by=subject.handled_by, entrustment=subject.entrustment,
                matter=matter, matter_version=version, procedure=procedure.code, state=procedure.initial,
                title=facts.title, received_on=on)  # fmt: skip


def case_step(*, case: Case | None, action: str, facts: StepFacts, by) -> Case:
    """Take ``action`` on ``case`` (None for the steps that open a case: 案源登记, 当场处罚)."""
    with transaction.atomic():
        if case is None:
            if action not in CREATING_ACTIONS:
                raise DomainError.from_rule(rules.FACTS, detail=f"“{action}”不能新建案件。")
            case = _new_case(action, facts, by)
        else:
            case = _lock(case.pk)
        require_case_scope(by, case)
        procedure = PROCEDURES[case.procedure]
        step = procedure.step(action)
        if step is not None:
            require(by, step.perm)
        today = timezone.localdate()
        ctx = StepContext(case=case, action=action, facts=facts, by=by, on=facts.on or today, today=today,
                          cal=work_calendar(case.organisation.region_code))  # fmt: skip
        ctx.officers = list(Person.objects.filter(pk__in=getattr(facts, "officer_ids", None) or []))
        effects.prepare(ctx)
        before = {f: str(getattr(case, f)) for f in CASE_FIELDS} if case.pk else {}
        step = check_step(procedure, case.state, action, ctx)
        from_state = case.state
        if not case.pk:
            case.number = case_number(case.organisation, ctx.on.year)
            case.full_clean()
            case.save()
        row = _append_step(ctx, step, from_state)
        _bind_av_records(ctx, row)
        effects.apply(ctx, row)
        case.state = _target(case, step, from_state)
        row.to_state = case.state
        row.save(update_fields=["to_state", "data"])
        issued = _issue_documents(ctx, step, row)
        effects.finish(ctx, row)
        apply_deadlines(ctx, step, row)
        case.full_clean()
        case.save()
        step_taken(case.procedure, action, case, row)
        audit(actor=by, action=f"case.{action}", obj=case, before=before,
              after={"step": row.pk, **{f: str(getattr(case, f)) for f in CASE_FIELDS},
                     "documents": {str(d.pk): d.digest() for d in issued}},
              organisation_id=case.organisation_id)  # fmt: skip
    return case


def _bind_av_records(ctx: StepContext, row: CaseStep) -> None:
    """The audio/video records the step rested on (guard PEN-031) now belong to it: one recording, one step."""
    if ctx.extra.get("av_items"):
        from zhifa.evidence.models import EvidenceItem

        EvidenceItem.objects.filter(pk__in=ctx.extra["av_items"]).update(step=row)


def _target(case: Case, step, from_state: str) -> str:
    if step.target is None:
        return from_state
    if step.target == PREVIOUS:
        return case.state_before_suspension
    return step.target


def _officer_record(ctx: StepContext) -> list[dict]:
    rows = []
    for person in ctx.officers:
        cert, _why = case_certificate(person, ctx.case, ctx.on)
        rows.append({"id": person.pk, "name": person.name, "certificate": cert.number if cert else ""})
    return rows


def _append_step(ctx: StepContext, step, from_state: str) -> CaseStep:
    data = ctx.facts.model_dump(mode="json", exclude={"on", "reason", "officer_ids"})
    return CaseStep.objects.create(
        case=ctx.case, action=step.action, label=step.label, from_state=from_state, to_state=from_state,
        on=ctx.on, officers=_officer_record(ctx), data=data, reason=ctx.facts.reason,
        actor_label=ctx.by.label, actor_id=ctx.by.user_id, at=timezone.now(),
    )  # fmt: skip


def _issue_documents(ctx: StepContext, step, row: CaseStep) -> list[Document]:
    from .documents import document_data

    issued = []
    for produces in step.documents:
        if produces.when is not None and not produces.when(ctx):
            continue
        number = document_number(ctx.case.organisation, ctx.on.year, produces.kind)
        if produces.kind in effects.DECISION_DOCUMENTS:
            # before the data is built: the decision and the 信用修复告知书 served with it both cite the 文号
            ctx.case.decision_number = number
        doc = Document.objects.create(case=ctx.case, step=row, kind=produces.kind, number=number, issued_on=ctx.on,
                                      data=document_data(ctx, produces.kind, row, number))  # fmt: skip
        issued.append(doc)
    return issued


def serve_documents(case: Case, on: date) -> None:
    """Mark the documents that reach the party with the decision (决定书, 信用修复告知书) as served."""
    served = (*effects.DECISION_DOCUMENTS, "credit_repair_notice")
    case.documents.filter(kind__in=served, served_on__isnull=True).update(served_on=on)
