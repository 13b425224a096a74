"""Workbench pages of the recorded acts: the list with filters, the record form, a record with its versions,
history, deadline and the steps the user may take, and the yearly table per body and kind. Views parse input,
call one service and render (house style R2)."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.core.forms import call_service
from zhifa.core.views_support import workbench_view

from . import selectors, services
from .constants import ACT_KIND_CHOICES, ActState
from .forms import STEP_FORMS, ActForm, initial_of

PAGE_SIZE = 50


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@workbench_view(Perm.ACT_VIEW)
def act_list(request: HttpRequest) -> HttpResponse:
    g = request.GET
    filters = {"state": g.get("state", ""), "kind": g.get("kind", ""), "q": g.get("q", "").strip(),
               "matter_id": int(g["matter"]) if g.get("matter", "").isdigit() else None,
               "date_from": _date(g.get("date_from", "")), "date_to": _date(g.get("date_to", ""))}  # fmt: skip
    qs = selectors.act_list(actor=request.actor, **filters)
    context = {"page": Paginator(qs, PAGE_SIZE).get_page(g.get("page")), "f": filters, "kinds": ACT_KIND_CHOICES,
               "states": [c for c in ActState.choices if c[0] != ActState.NEW],
               "can_handle": Perm.ACT_HANDLE in request.actor.permissions}  # fmt: skip
    return render(request, "acts/list.html", context)


def _body_of(actor):
    org = actor.organisation
    return org.body if org is not None and org.body_id else org


@workbench_view(Perm.ACT_HANDLE)
def act_new(request: HttpRequest) -> HttpResponse:
    actor = request.actor
    form = ActForm(request.POST or None, actor=actor, body=_body_of(actor), initial={"publish": True})
    if request.method == "POST" and form.is_valid():
        record = call_service(form, lambda: services.act_record(data=form.data_in, by=actor))
        if record is not None:
            messages.success(request, f"已登记{record.get_kind_display()}：{record.number}")
            return redirect("acts:detail", pk=record.pk)
    return render(request, "acts/new.html", {"form": form}, status=422 if form.errors else 200)


def _step_forms(request, record, bound=None) -> list[dict]:
    forms = []
    for step in selectors.steps_allowed(record, request.actor):
        if bound is not None and bound.prefix == step.action:
            form = bound
        elif step.action == "correct":
            form = ActForm(actor=request.actor, body=record.organisation, correcting=True, prefix="correct",
                           initial=initial_of(record))  # fmt: skip
        else:
            form = STEP_FORMS[step.action](prefix=step.action)
        forms.append({"step": step, "form": form, "open": form is bound})
    return forms


def _detail(request, record, bound=None, status: int = 200) -> HttpResponse:
    context = {"r": record, "versions": selectors.version_history(record), "steps": record.steps.all(),
               "deadlines": record.deadlines.all(), "forms": _step_forms(request, record, bound),
               "today": timezone.localdate()}  # fmt: skip
    return render(request, "acts/detail.html", context, status=status)


@workbench_view(Perm.ACT_VIEW)
def act_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, selectors.act_for(request.actor, pk))


@workbench_view(Perm.ACT_VIEW)
def act_step(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    actor = request.actor
    record = selectors.act_for(actor, pk)
    if request.method != "POST" or action not in ("correct", "revoke", "publish"):
        raise Http404
    if action == "correct":
        form = ActForm(request.POST, actor=actor, body=record.organisation, correcting=True, prefix="correct")
    else:
        form = STEP_FORMS[action](request.POST, prefix=action)
    if form.is_valid():
        call = {
            "correct": services.act_correct,
            "revoke": services.act_revoke,
            "publish": services.act_publish,
        }[action]
        result = call_service(form, lambda: call(record=record, data=form.data_in, by=actor))
        if result is not None:
            messages.success(request, "已更正，以下为新版本。" if action == "correct" else "已办理。")
            return redirect("acts:detail", pk=result.pk)
    return _detail(request, record, bound=form, status=422)


@workbench_view(Perm.ACT_VIEW)
def act_summary(request: HttpRequest) -> HttpResponse:
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else timezone.localdate().year
    lines = selectors.yearly_summary(actor=request.actor, year=year)
    totals = selectors.kind_totals(lines)
    rows = [
        {"label": label, **totals.get(kind, {"count": 0, "amount": 0})} for kind, label in ACT_KIND_CHOICES
    ]
    return render(
        request,
        "acts/summary.html",
        {"year": year, "lines": lines, "total_rows": rows, "months": range(1, 13)},
    )
