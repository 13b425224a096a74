"""Workbench pages of 行政检查: the scoped list, an inspection with its history, deadlines and the steps the user may
take now (each a form; 现场检查 with the checklist, made for a phone on site), and the form that registers one.
Views parse input, call ``inspection_step`` once and render (house style R2)."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_date

from zhifa.accounts.constants import Perm
from zhifa.catalog.constants import MatterKind
from zhifa.catalog.models import MatterVersion
from zhifa.core.forms import call_service
from zhifa.core.views_support import workbench_view

from . import selectors
from .forms import step_form
from .models import InspectionState
from .services import inspection_step
from .workflow import INSPECTION

PAGE_SIZE = 50


@workbench_view(Perm.ACT_VIEW)
def inspection_list(request: HttpRequest) -> HttpResponse:
    g = request.GET
    matter_id = int(g["matter"]) if g.get("matter", "").isdigit() else None
    qs = selectors.inspection_list(actor=request.actor, state=g.get("state", ""), matter_id=matter_id, q=g.get("q", ""),
                                   date_from=parse_date(g.get("from", "")), date_to=parse_date(g.get("to", "")))  # fmt: skip
    page = Paginator(qs, PAGE_SIZE).get_page(g.get("page"))
    matters = MatterVersion.objects.filter(
        kind=MatterKind.INSPECTION, inspection_item=True, status="published"
    )
    context = {"page": page, "states": InspectionState.choices, "filters": g, "matter_id": matter_id,
               "matters": matters.order_by("name").values_list("matter_id", "name").distinct(),
               "can_register": Perm.ACT_HANDLE in request.actor.permissions}  # fmt: skip
    return render(request, "inspections/list.html", context)


def _detail(request: HttpRequest, inspection, bound=None, status: int = 200) -> HttpResponse:
    actor = request.actor
    forms = []
    for step in selectors.next_steps(inspection, actor):
        form = (
            bound
            if bound is not None and bound.action == step.action
            else step_form(step.action, inspection, actor)
        )
        forms.append({"step": step, "form": form, "open": form is bound or step.action == "record"})
    context = {"i": inspection, "forms": forms, "today": timezone.localdate(), "counts": selectors.year_counts(inspection),
               "steps": inspection.steps.all(), "deadlines": inspection.deadlines.all(),
               "record": inspection.steps.filter(action="record").last()}  # fmt: skip
    return render(request, "inspections/detail.html", context, status=status)


@workbench_view(Perm.ACT_VIEW)
def inspection_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, selectors.inspection_for(request.actor, pk))


@workbench_view(Perm.ACT_HANDLE)
def inspection_take_step(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """POST one step's form; a refusal is shown in that form with its rule code and citation."""
    actor = request.actor
    inspection = selectors.inspection_for(actor, pk)
    if request.method != "POST" or INSPECTION.step(action) is None or action == "register":
        return redirect("inspections:detail", pk=pk)
    form = step_form(action, inspection, actor, request.POST, request.FILES)
    upload = request.FILES.get(f"{action}-recording")
    if form.is_valid() and call_service(form, lambda: inspection_step(
            inspection=inspection, action=action, facts=form.facts, by=actor,
            upload=upload.file if upload else None, filename=upload.name if upload else "")):  # fmt: skip
        messages.success(request, f"已完成：{INSPECTION.step(action).label}")
        return redirect("inspections:detail", pk=pk)
    return _detail(request, inspection, bound=form, status=422)


@workbench_view(Perm.ACT_HANDLE)
def inspection_new(request: HttpRequest) -> HttpResponse:
    actor = request.actor
    form = step_form("register", None, actor, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        inspection = call_service(form, lambda: inspection_step(inspection=None, action="register", facts=form.facts,
                                                                by=actor))  # fmt: skip
        if inspection is not None:
            messages.success(request, f"已登记检查 {inspection.number}，待负责人审批。")
            return redirect("inspections:detail", pk=inspection.pk)
    return render(request, "inspections/new.html", {"form": form}, status=422 if form.is_bound else 200)
