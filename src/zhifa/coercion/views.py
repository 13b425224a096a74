"""Workbench pages of 行政强制: the list (measures and executions, filtered by state, matter and date), the detail of
each with its history, deadlines and the steps the user may take now, the step forms, and the printable 清单."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_date

from zhifa.accounts.constants import Perm
from zhifa.core.forms import call_service
from zhifa.core.views_support import workbench_view

from . import selectors, services
from .constants import MeasureKind
from .facts import EXECUTION_FACTS, MEASURE_FACTS
from .forms import matter_choices, step_form
from .workflow import EXECUTIONS, MEASURES

PAGE_SIZE = 50
KINDS = {
    "measure": (MEASURES, MEASURE_FACTS, selectors.measure_for, services.measure_step, "measure"),
    "execution": (EXECUTIONS, EXECUTION_FACTS, selectors.execution_for, services.execution_step, "execution"),
}
OPENING = {"propose": "measure", "implement_emergency": "measure", "remind": "execution"}


@workbench_view(Perm.ACT_VIEW)
def coercion_list(request: HttpRequest) -> HttpResponse:
    actor, g = request.actor, request.GET
    tab = "execution" if g.get("tab") == "execution" else "measure"
    since, until = parse_date(g.get("since") or ""), parse_date(g.get("until") or "")
    state = g.get("state", "")
    if tab == "measure":
        matter = int(g["matter"]) if g.get("matter", "").isdigit() else None
        qs = selectors.measure_list(actor=actor, state=state, matter=matter, kind=g.get("kind", ""), since=since,
                                    until=until)  # fmt: skip
        states = MEASURES.states.choices
    else:
        qs = selectors.execution_list(actor=actor, state=state, since=since, until=until)
        states = EXECUTIONS.states.choices
    page = Paginator(qs, PAGE_SIZE).get_page(g.get("page"))
    procedure = MEASURES if tab == "measure" else EXECUTIONS
    for obj in page:
        obj.state_label = procedure.state_label(obj.state)
    context = {"tab": tab, "page": page, "states": states,
               "kinds": MeasureKind.choices, "matters": matter_choices(actor), "f": g,
               "can_handle": Perm.ACT_HANDLE in actor.permissions, "today": timezone.localdate()}  # fmt: skip
    return render(request, "coercion/list.html", context)


def _detail(request: HttpRequest, kind: str, obj, status: int = 200) -> HttpResponse:
    procedure = KINDS[kind][0]
    context = {"kind": kind, "obj": obj, "procedure": procedure, "state_label": procedure.state_label(obj.state),
               "steps": obj.steps.all(), "deadlines": obj.deadlines.all(), "today": timezone.localdate(),
               "actions": selectors.next_steps(procedure, obj, request.actor)}  # fmt: skip
    return render(request, f"coercion/{kind}_detail.html", context, status=status)


@workbench_view(Perm.ACT_VIEW)
def measure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, "measure", selectors.measure_for(request.actor, pk))


@workbench_view(Perm.ACT_VIEW)
def execution_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, "execution", selectors.execution_for(request.actor, pk))


def _run(request, kind: str, obj, action: str) -> HttpResponse:
    """GET shows the step's form; POST takes the step, a refusal is shown in the form with its rule and citation."""
    procedure, schemas, _for, service, param = KINDS[kind]
    step = procedure.step(action)
    form = step_form(schemas[action], action, request.actor, request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("av_file")
        done = call_service(form, lambda: service(**{param: obj}, action=action, facts=form.facts, by=request.actor,
                                                  av_upload=upload.file if upload else None,
                                                  av_filename=upload.name if upload else ""))  # fmt: skip
        if done is not None:
            messages.success(request, f"已完成：{step.label}")
            return redirect(f"coercion:{kind}", pk=done.pk)
    context = {"kind": kind, "obj": obj, "step": step, "form": form}
    return render(request, "coercion/step.html", context, status=422 if form.errors else 200)


@workbench_view(Perm.ACT_HANDLE)
def open_step(request: HttpRequest, action: str) -> HttpResponse:
    if action not in OPENING:
        return redirect("coercion:list")
    return _run(request, OPENING[action], None, action)


@workbench_view(Perm.ACT_VIEW)
def measure_step(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    measure = selectors.measure_for(request.actor, pk)
    if action not in {s.action for s in selectors.next_steps(MEASURES, measure, request.actor)}:
        return redirect("coercion:measure", pk=pk)
    return _run(request, "measure", measure, action)


@workbench_view(Perm.ACT_VIEW)
def execution_step(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    execution = selectors.execution_for(request.actor, pk)
    if action not in {s.action for s in selectors.next_steps(EXECUTIONS, execution, request.actor)}:
        return redirect("coercion:execution", pk=pk)
    return _run(request, "execution", execution, action)


@workbench_view(Perm.ACT_VIEW)
def inventory(request: HttpRequest, pk: int) -> HttpResponse:
    """查封、扣押清单 (第二十四条), printable: one copy for the party, one for the body."""
    measure = selectors.measure_for(request.actor, pk)
    return render(
        request, "coercion/inventory.html", {"m": measure, "copies": ["当事人存执", "行政机关存档"]}
    )
