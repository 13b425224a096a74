"""Workbench pages of penalty cases: the officer's desk (my cases, what is due), the reviewer's and the head's
queues, the case list, a case with its next steps as forms, and the forms that open a case. Views parse input,
call ``case_step`` once and render (house style R2)."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.core.domain.workdays import years_before
from zhifa.core.forms import call_service
from zhifa.core.procedures import all_procedures
from zhifa.core.views_support import workbench_view

from .. import selectors
from ..api.serialise import case_detail_out, party_history_out, procedure_out
from ..forms import step_form
from ..services import case_step
from ..workflow import PROCEDURES, PenaltyState

PAGE_SIZE = 50


@workbench_view(Perm.CASE_VIEW)
def desk(request: HttpRequest) -> HttpResponse:
    """办案工作台: my open cases, deadlines due in 3 days or overdue, legal reviews waiting, cases awaiting the head."""
    actor, today = request.actor, timezone.localdate()
    mine = selectors.case_list(actor=actor, mine=True).exclude(state__in=["closed", "not_filed", "revoked"])
    context = {
        "today": today,
        "mine": mine[:30],
        "due": selectors.running_deadlines(actor=actor, today=today, within_days=3)[:50],
        "reviews": selectors.review_queue(actor)[:50] if Perm.CASE_REVIEW in actor.permissions else [],
        "approvals": selectors.approval_queue(actor)[:50] if Perm.CASE_APPROVE in actor.permissions else [],
        "can_handle": Perm.CASE_HANDLE in actor.permissions,
    }
    return render(request, "cases/desk.html", context)


@workbench_view(Perm.CASE_VIEW)
def case_list(request: HttpRequest) -> HttpResponse:
    actor = request.actor
    q, state = request.GET.get("q", "").strip(), request.GET.get("state", "")
    qs = selectors.case_list(actor=actor, q=q, state=state, procedure=request.GET.get("procedure", ""))
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "q": q,
        "state": state,
        "states": PenaltyState.choices,
        "today": timezone.localdate(),
    }
    return render(request, "cases/list.html", context)


def _detail(request: HttpRequest, case, bound=None, status: int = 200) -> HttpResponse:
    actor, today = request.actor, timezone.localdate()
    detail = case_detail_out(case, actor, today)
    procedure = PROCEDURES.get(case.procedure)
    forms = []
    for step in selectors.available_steps(case, actor):
        form = (
            bound
            if bound is not None and bound.prefix == step.action
            else step_form(step.action, case, actor)
        )
        av = selectors.av_needs(case, step.action, today)
        forms.append({"step": step, "form": form, "open": form is bound, "av": av})
    from .public import case_qr_svg

    context = {"case": case, "d": detail, "forms": forms, "procedure": procedure, "today": today,
               "qr": case_qr_svg(case)}  # fmt: skip
    return render(request, "cases/detail.html", context, status=status)


@workbench_view(Perm.CASE_VIEW)
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, selectors.case_for(request.actor, pk))


@workbench_view(Perm.CASE_VIEW)
def party_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """当事人: who they are, their cases the actor may see, and their violations on the whole platform."""
    actor = request.actor
    party = selectors.party_for(actor, pk)
    cases = selectors.party_cases(actor, party)
    today = timezone.localdate()
    history = party_history_out(party, [], selectors.party_violations(party), today)
    recent = [v for v in history["violations"] if v["decided_on"] > years_before(today, 2)]
    context = {"party": party, "cases": cases, "violations": history["violations"], "recent": len(recent),
               "today": today}  # fmt: skip
    return render(request, "cases/party.html", context)


@workbench_view(Perm.CASE_VIEW)
def case_take_step(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """POST one step's form; a refusal is shown in that form with its rule code and citation."""
    actor = request.actor
    case = selectors.case_for(actor, pk)
    if request.method != "POST" or action not in {s.action for s in selectors.available_steps(case, actor)}:
        return redirect("cases:detail", pk=pk)
    form = step_form(action, case, actor, request.POST)
    if form.is_valid() and call_service(
        form, lambda: case_step(case=case, action=action, facts=form.facts, by=actor)
    ):
        messages.success(request, f"已完成：{PROCEDURES[case.procedure].step(action).label}")
        return redirect("cases:detail", pk=pk)
    return _detail(request, case, bound=form, status=422)


def _open_case(request: HttpRequest, action: str, template: str) -> HttpResponse:
    actor = request.actor
    form = step_form(action, None, actor, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        case = call_service(form, lambda: case_step(case=None, action=action, facts=form.facts, by=actor))
        if case is not None:
            messages.success(request, f"已登记案件 {case.number}")
            return redirect("cases:detail", pk=case.pk)
    return render(request, template, {"form": form}, status=422 if form.is_bound else 200)


@workbench_view(Perm.CASE_HANDLE)
def case_new(request: HttpRequest) -> HttpResponse:
    return _open_case(request, "register_clue", "cases/new.html")


@workbench_view(Perm.CASE_HANDLE)
def case_on_spot(request: HttpRequest) -> HttpResponse:
    return _open_case(request, "decide_on_spot", "cases/on_spot.html")


@workbench_view()
def procedures(request: HttpRequest) -> HttpResponse:
    """程序表: every step with its permission, guards (rule code, citation), documents and deadlines."""
    return render(
        request, "cases/procedures.html", {"procedures": [procedure_out(p) for p in all_procedures()]}
    )
