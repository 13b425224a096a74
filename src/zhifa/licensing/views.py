"""Workbench pages of the licensing app: the register of applications (and of licences), an application with
its history, deadlines and the steps the user may take now as forms, 申请登记, and a licence with its life.
Views parse input, call one service and render (house style R2)."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.core.forms import call_service
from zhifa.core.views_support import workbench_view

from . import selectors
from .facts import APPLICATION_FACTS, LICENCE_FACTS
from .forms import matter_choices, step_form
from .serialise import application_detail_out, licence_detail_out
from .services import licence_application_step, licence_step
from .workflow import APPLICATION, LICENCE, ApplicationState, LicenceState

PAGE_SIZE = 50


def _body(actor):
    org = actor.organisation
    return org.body if org is not None and org.body_id else org


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@workbench_view(Perm.ACT_VIEW)
def application_list(request: HttpRequest) -> HttpResponse:
    """许可申请: the applications the actor may see, filtered by state, matter and date of receipt."""
    actor, g = request.actor, request.GET
    filters = {"q": g.get("q", "").strip(), "state": g.get("state", ""),
               "matter_id": int(g["matter"]) if g.get("matter", "").isdigit() else None,
               "received_from": _day(g.get("from", "")), "received_to": _day(g.get("to", ""))}  # fmt: skip
    page = Paginator(selectors.application_list(actor=actor, **filters), PAGE_SIZE).get_page(g.get("page"))
    body = _body(actor)
    context = {"page": page, "f": filters, "states": ApplicationState.choices[1:], "today": timezone.localdate(),
               "matters": matter_choices(body) if body else [], "raw": g,
               "can_handle": Perm.ACT_HANDLE in actor.permissions}  # fmt: skip
    return render(request, "licensing/list.html", context)


@workbench_view(Perm.ACT_VIEW)
def licence_list(request: HttpRequest) -> HttpResponse:
    actor, g = request.actor, request.GET
    qs = selectors.licence_list(actor=actor, q=g.get("q", "").strip(), state=g.get("state", ""))
    page = Paginator(qs, PAGE_SIZE).get_page(g.get("page"))
    context = {
        "page": page,
        "q": g.get("q", ""),
        "state": g.get("state", ""),
        "states": LicenceState.choices[1:],
    }
    return render(request, "licensing/licences.html", context)


def _initial(app, action: str) -> dict:
    if action == "supplement":
        return {"materials": "\n".join(app.missing_materials)}
    return {}


def _application_page(request, app, bound=None, status: int = 200) -> HttpResponse:
    actor, today = request.actor, timezone.localdate()
    forms = []
    for step in selectors.application_steps(app, actor):
        mine = bound is not None and bound.prefix == step.action
        form = bound if mine else step_form(APPLICATION_FACTS, step.action, app.organisation,
                                            initial=_initial(app, step.action))  # fmt: skip
        forms.append({"step": step, "form": form, "open": mine,
                      "url": reverse("licensing:step", args=[app.pk, step.action])})  # fmt: skip
    context = {"app": app, "d": application_detail_out(app, actor, today), "forms": forms, "today": today}
    return render(request, "licensing/detail.html", context, status=status)


@workbench_view(Perm.ACT_VIEW)
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _application_page(request, selectors.application_for(request.actor, pk))


@workbench_view(Perm.ACT_VIEW)
def application_step(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """POST one step's form; a refusal is shown in that form with its rule code and citation."""
    actor = request.actor
    app = selectors.application_for(actor, pk)
    if request.method != "POST" or action not in {s.action for s in selectors.application_steps(app, actor)}:
        return redirect("licensing:detail", pk=pk)
    form = step_form(APPLICATION_FACTS, action, app.organisation, request.POST)
    if form.is_valid() and call_service(
        form, lambda: licence_application_step(application=app, action=action, facts=form.facts, by=actor)
    ):
        messages.success(request, f"已完成：{APPLICATION.step(action).label}")
        return redirect("licensing:detail", pk=pk)
    return _application_page(request, app, bound=form, status=422)


@workbench_view(Perm.ACT_HANDLE)
def application_new(request: HttpRequest) -> HttpResponse:
    """申请登记: receive an application (the applicant, the matter, what is applied for, the materials)."""
    actor = request.actor
    body = _body(actor)
    form = step_form(APPLICATION_FACTS, "receive", body, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        app = call_service(
            form,
            lambda: licence_application_step(application=None, action="receive", facts=form.facts, by=actor),
        )
        if app is not None:
            messages.success(request, f"已登记许可申请 {app.number}")
            return redirect("licensing:detail", pk=app.pk)
    return render(request, "licensing/new.html", {"form": form}, status=422 if form.is_bound else 200)


def _licence_page(request, licence, bound=None, status: int = 200) -> HttpResponse:
    actor, today = request.actor, timezone.localdate()
    forms = []
    for step in selectors.licence_steps(licence, actor):
        mine = bound is not None and bound.prefix == step.action
        form = bound if mine else step_form(LICENCE_FACTS, step.action, licence.organisation)
        forms.append({"step": step, "form": form, "open": mine,
                      "url": reverse("licensing:licence_step", args=[licence.pk, step.action])})  # fmt: skip
    context = {
        "licence": licence,
        "d": licence_detail_out(licence, actor, today),
        "forms": forms,
        "today": today,
    }
    return render(request, "licensing/licence.html", context, status=status)


@workbench_view(Perm.ACT_VIEW)
def licence_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _licence_page(request, selectors.licence_for(request.actor, pk))


@workbench_view(Perm.ACT_VIEW)
def licence_take_step(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    actor = request.actor
    licence = selectors.licence_for(actor, pk)
    if request.method != "POST" or action not in {s.action for s in selectors.licence_steps(licence, actor)}:
        return redirect("licensing:licence", pk=pk)
    form = step_form(LICENCE_FACTS, action, licence.organisation, request.POST)
    if form.is_valid() and call_service(
        form, lambda: licence_step(licence=licence, action=action, facts=form.facts, by=actor)
    ):
        messages.success(request, f"已完成：{LICENCE.step(action).label}")
        return redirect("licensing:licence", pk=pk)
    return _licence_page(request, licence, bound=form, status=422)
