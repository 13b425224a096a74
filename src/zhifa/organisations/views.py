"""Workbench pages for the organisation tree, bodies and entrustments: parse, call one service, render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope
from zhifa.core.forms import call_service
from zhifa.core.views_support import blob_response, workbench_view
from zhifa.personnel.selectors import person_list

from . import selectors, services
from .constants import Category, EntrustmentStatus
from .forms import (
    AbolishForm,
    EntrustmentForm,
    OrganisationCreateForm,
    OrganisationEditForm,
    TerminateForm,
)
from .models import Entrustment, Organisation

CATEGORY_BADGES = {
    Category.BODY: "text-bg-primary",
    Category.INTERNAL_UNIT: "text-bg-light border",
    Category.STREET: "text-bg-info",
    Category.STREET_TEAM: "text-bg-info",
    Category.JUSTICE_BUREAU: "text-bg-dark",
    Category.JUSTICE_OFFICE: "text-bg-secondary",
}


@dataclass(frozen=True)
class EntrustmentRow:
    """An entrustment as a list shows it: its status today (有效/已过期/已终止) and the days left."""

    entrustment: Entrustment
    label: str
    css: str
    days_left: int | None


def entrustment_row(entrustment: Entrustment, today: date) -> EntrustmentRow:
    if entrustment.status == EntrustmentStatus.TERMINATED:
        return EntrustmentRow(entrustment, "已终止", "text-bg-secondary", None)
    if entrustment.valid_until < today:
        return EntrustmentRow(entrustment, "已过期", "text-bg-danger", None)
    if entrustment.valid_from > today:
        return EntrustmentRow(
            entrustment, "未到起始日", "text-bg-light border", entrustment.days_to_expiry(today)
        )
    return EntrustmentRow(entrustment, "有效", "text-bg-success", entrustment.days_to_expiry(today))


def _rows(entrustments, today: date) -> list[EntrustmentRow]:
    return [entrustment_row(e, today) for e in entrustments]


def _badged(nodes: list[dict]) -> list[dict]:
    """The tree from the selector, each node with the Bootstrap class of its category badge."""
    return [
        {
            **n,
            "badge": CATEGORY_BADGES.get(n["org"].category, "text-bg-light"),
            "children": _badged(n["children"]),
        }
        for n in nodes
    ]


def _change_rows(changes: dict) -> list[tuple[str, object, object]]:
    """(field label, old, new) of a 主体变更 announcement, labelled in Chinese."""
    label = {
        f.name: str(f.verbose_name) for f in Organisation._meta.get_fields() if hasattr(f, "verbose_name")
    }
    return [(label.get(k, k), v.get("旧"), v.get("新")) for k, v in changes.items()]


def _organisation(actor, pk: int) -> Organisation:
    related = Organisation.objects.select_related("parent", "street", "body")
    return get_in_scope(related, actor, via="self", pk=pk)


@workbench_view(Perm.ORG_VIEW)
def tree(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    nodes = _badged(selectors.organisation_tree(actor=actor))
    return render(
        request,
        "organisations/tree.html",
        {"nodes": nodes, "can_manage": Perm.ORG_MANAGE in actor.permissions},
    )


@workbench_view(Perm.ORG_VIEW)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    org = _organisation(actor, pk)
    today = timezone.localdate()
    entrustments = selectors.entrustment_list(actor=actor)
    context = {
        "org": org,
        "badge": CATEGORY_BADGES.get(org.category, "text-bg-light"),
        "units": selectors.organisation_list(actor=actor).filter(parent=org),
        "people_count": person_list(actor=actor, organisation_id=org.pk).count(),
        "announcements": [(a, _change_rows(a.changes)) for a in org.announcements.all()],
        "given": _rows(entrustments.filter(entrusting=org), today),
        "received": _rows(entrustments.filter(entrusted=org), today),
        "can_manage": Perm.ORG_MANAGE in actor.permissions,
    }
    return render(request, "organisations/detail.html", context)


@workbench_view(Perm.ORG_MANAGE)
def create(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    form = OrganisationCreateForm(request.POST or None, actor=actor)
    if request.method == "POST" and form.is_valid():
        org = call_service(form, partial(services.organisation_create, by=actor, **form.cleaned_data))
        if org is not None:
            messages.success(request, f"已登记“{org.name}”。")
            return redirect("organisations:detail", org.pk)
    return render(request, "organisations/form.html", {"form": form, "title": "新增机构"})


@workbench_view(Perm.ORG_MANAGE)
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    org = _organisation(actor, pk)
    initial = {field: getattr(org, field) for field in services.EDITABLE_FIELDS}
    form = OrganisationEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        call = partial(services.organisation_update, by=actor, organisation=org, data=form.cleaned_data)
        if call_service(form, call) is not None:
            messages.success(request, f"已保存“{org.name}”的变更。")
            return redirect("organisations:detail", org.pk)
    return render(
        request, "organisations/form.html", {"form": form, "org": org, "title": f"编辑：{org.name}"}
    )


@workbench_view(Perm.ORG_MANAGE)
def abolish(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    org = _organisation(actor, pk)
    form = AbolishForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = partial(services.organisation_abolish, by=actor, organisation=org, **form.cleaned_data)
        if call_service(form, call) is not None:
            messages.success(request, f"“{org.name}”已撤销，并已发布主体撤销公告。")
            return redirect("organisations:detail", org.pk)
    return render(request, "organisations/abolish.html", {"form": form, "org": org})


@workbench_view(Perm.ORG_VIEW)
def entrustments(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    rows = _rows(selectors.entrustment_list(actor=actor), timezone.localdate())
    context = {"rows": rows, "can_manage": Perm.ORG_MANAGE in actor.permissions}
    return render(request, "organisations/entrustments.html", context)


@workbench_view(Perm.ORG_MANAGE)
def entrustment_create(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    form = EntrustmentForm(request.POST or None, request.FILES or None, actor=actor)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        letter = data.pop("letter")
        call = partial(services.entrustment_create, by=actor, letter=letter, letter_name=letter.name, **data)
        entrustment = call_service(form, call)
        if entrustment is not None:
            messages.success(request, f"已登记委托（{entrustment.letter_number}）。")
            return redirect("organisations:entrustments")
    return render(request, "organisations/entrustment_form.html", {"form": form})


def _entrustment(actor, pk: int) -> Entrustment:
    entrustment = selectors.entrustment_list(actor=actor).filter(pk=pk).first()
    if entrustment is None:
        raise Http404("对象不存在或不在您的管辖范围内。")
    return entrustment


@workbench_view(Perm.ORG_MANAGE)
def entrustment_terminate(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    entrustment = _entrustment(actor, pk)
    form = TerminateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = partial(services.entrustment_terminate, by=actor, entrustment=entrustment, **form.cleaned_data)
        if call_service(form, call) is not None:
            messages.success(request, f"委托（{entrustment.letter_number}）已终止。")
            return redirect("organisations:entrustments")
    row = entrustment_row(entrustment, timezone.localdate())
    return render(request, "organisations/entrustment_terminate.html", {"form": form, "row": row})


@workbench_view(Perm.ORG_VIEW)
def entrustment_letter(request: HttpRequest, pk: int) -> FileResponse:
    """Stream the stored 委托书 to a user who can see the entrustment."""
    stored = _entrustment(actor_for(request), pk).letter
    return blob_response(stored)
