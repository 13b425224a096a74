"""Reads of the cases app (house style R9): every query an actor makes is limited by ``cases.scope.case_scope``."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Q, QuerySet

from zhifa.core.procedures import Step

from .constants import DeadlineKind, DeadlineStatus, ProcedureCode
from .guards import av_step_required, outstanding
from .models import Case, CaseDeadline, LegalReview, Party
from .scope import case_scope, out_of_scope
from .workflow import PROCEDURES


def cases_visible_to(actor) -> QuerySet[Case]:
    related = ("organisation", "handled_by", "entrustment", "matter_version", "party")
    return Case.objects.filter(case_scope(actor)).select_related(*related)


def case_for(actor, pk: int) -> Case:
    related = ("organisation", "handled_by", "entrustment", "matter", "matter_version", "party")
    case = Case.objects.filter(case_scope(actor), pk=pk).select_related(*related).first()
    if case is None:
        raise out_of_scope()
    return case


def case_list(
    *, actor, q: str = "", state: str = "", mine: bool = False, procedure: str = ""
) -> QuerySet[Case]:
    qs = cases_visible_to(actor).exclude(procedure=ProcedureCode.REGISTER)
    if q:
        qs = qs.filter(Q(number__icontains=q) | Q(title__icontains=q) | Q(party_name__icontains=q))
    if state:
        qs = qs.filter(state=state)
    if procedure:
        qs = qs.filter(procedure=procedure)
    if mine and actor.person_id:
        qs = qs.filter(officers__person_id=actor.person_id, officers__recused_on__isnull=True)
    return qs.order_by("-id")


def party_for(actor, pk: int) -> Party:
    """A party is shown to those who can see at least one of its cases (parties belong to no body)."""
    party = Party.objects.filter(pk=pk, cases__in=cases_visible_to(actor)).distinct().first()
    if party is None:
        raise out_of_scope()
    return party


def party_cases(actor, party: Party) -> QuerySet[Case]:
    return cases_visible_to(actor).filter(party=party).order_by("-received_on", "-id")


def party_violations(party: Party):
    """The party's established violations on the whole platform, newest first: what the discretion calculator reads
    for 首违不罚 and 两年内再次违法 (``discretion.selectors.prior_decisions``), so the officer sees the same."""
    from zhifa.discretion.models import PartyViolation
    from zhifa.discretion.selectors import party_key

    rows = PartyViolation.objects.filter(party_key=party_key(party.identifier))
    rows = rows.select_related("matter", "organisation").prefetch_related("matter__versions")
    return rows.order_by("-decided_on", "-id")


def available_steps(case: Case, actor) -> list[Step]:
    """The steps the table allows from the case's state that ``actor`` holds the permission for (guards are
    checked when the step is taken, so the form can tell the user exactly which rule refuses)."""
    procedure = PROCEDURES.get(case.procedure)
    if procedure is None:
        return []
    return [s for s in procedure.steps_from(case.state) if s.perm in actor.permissions]


def running_deadlines(*, actor, today: date, within_days: int = 3) -> QuerySet[CaseDeadline]:
    """Deadlines still running, due within ``within_days`` or already past, in the actor's scope."""
    qs = CaseDeadline.objects.filter(
        status=DeadlineStatus.RUNNING, due_on__lte=today + timedelta(days=within_days)
    )
    # a decision deadline whose clock is stopped (中止, 移送) is not due
    qs = qs.exclude(kind=DeadlineKind.DECISION, case__due_on__isnull=True)
    return qs.filter(case_scope(actor, "case__")).select_related("case").order_by("due_on")


def review_queue(actor) -> QuerySet[LegalReview]:
    """Legal reviews waiting for the actor's opinion (or, for a supervisor, every open one in scope)."""
    qs = LegalReview.objects.filter(case_scope(actor, "case__"), opinion="").select_related(
        "case", "reviewer"
    )
    if actor.person_id and "cases.approve" not in actor.permissions:
        qs = qs.filter(reviewer_id=actor.person_id)
    return qs.order_by("due_on")


def approval_queue(actor) -> QuerySet[Case]:
    """Cases waiting for the head: to be filed, decided or closed."""
    states = ["verified", "notified", "heard", "review_agreed", "executed", "transferred"]
    return cases_visible_to(actor).filter(state__in=states).order_by("due_on", "id")


def amount_owed(case: Case, today: date):
    return outstanding(case, today)


def case_by_code(number: str, check_code: str) -> Case | None:
    """The public case page (一案一码): the case number and its check code must both match."""
    related = ("organisation", "handled_by", "entrustment", "matter_version")
    case = Case.objects.select_related(*related).filter(number=number).first()
    if case is None or not check_code or case.check_code != check_code:
        return None
    return case


def av_needs(case: Case, action: str, today: date) -> dict | None:
    """What the 音像记录 rule (PEN-031) asks of ``action`` on ``case`` today, for the step's form: the 环节 to record
    and whether today's recording is already on file (None when the step needs none)."""
    from zhifa.catalog.constants import AVStep
    from zhifa.evidence.models import EvidenceItem

    av_step = av_step_required(case.matter_version, action, "left" if action == "serve" else "")
    if av_step is None:
        return None
    day = case.decided_on if action == "file_record" else today
    recorded = EvidenceItem.objects.filter(case=case, kind="audio_visual", av_step=av_step, step__isnull=True,
                                           recorded_at__date=day).exists()  # fmt: skip
    return {"av_step": av_step, "label": AVStep(av_step).label, "day": day, "recorded": recorded,
            "when": "留置送达时" if action == "serve" else ""}  # fmt: skip
