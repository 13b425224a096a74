"""Pages: the officer list (search, filters, htmx), officer page, registration, edit, photo."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.core.forms import call_service
from zhifa.core.views_support import workbench_view

from .. import selectors, services
from ..forms import (
    PersonCreateForm,
    PersonEditForm,
    PersonFilterForm,
    PersonPhotoForm,
)
from ..models import CertificateEvent
from .support import (
    NEWEST_CERTIFICATES,
    PAGE_SIZE,
    _actions,
    _event_row,
    _person,
    _person_row,
    _qr,
    _training_year,
    cert_badge,
)

# --- officers -----------------------------------------------------------------------------------------------


def _list_filters(form: PersonFilterForm) -> dict:
    form.is_valid()  # an invalid filter (e.g. an organisation out of scope) is simply ignored
    data = form.cleaned_data
    org = data.get("organisation")
    return {
        "q": (data.get("q") or "").strip(),
        "organisation_id": org.pk if org else None,
        "staff_type": data.get("staff_type") or "",
        "cert_state": data.get("cert_state") or "",
        "status": data.get("status") or "",
    }


@workbench_view(Perm.PERSON_VIEW)
def people(request: HttpRequest) -> HttpResponse:
    """执法人员列表, with live search: an htmx request gets the table only."""
    actor = actor_for(request)
    form = PersonFilterForm(request.GET, actor=actor)
    qs = selectors.person_list(actor=actor, **_list_filters(form)).prefetch_related(NEWEST_CERTIFICATES)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    context = {
        "form": form,
        "page": page,
        "rows": [_person_row(p, today) for p in page],
        "can_manage": Perm.PERSON_MANAGE in actor.permissions,
    }
    partial_table = request.htmx and not request.htmx.history_restore_request
    template = "personnel/_person_table.html" if partial_table else "personnel/person_list.html"
    response = render(request, template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


@workbench_view(Perm.PERSON_VIEW)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    today = timezone.localdate()
    cert = selectors.current_certificate(person)
    qr_svg, verify_url = _qr(cert)
    events = CertificateEvent.objects.filter(certificate__person=person).select_related("certificate")
    context = {
        "person": person,
        "cert": cert,
        "badge": cert_badge(cert, today),
        "qr_svg": qr_svg,
        "verify_url": verify_url,
        "actions": _actions(cert, actor),
        "events": [_event_row(e) for e in events.order_by("at", "id")],
        "training_years": [_training_year(person, y) for y in (today.year, today.year - 1)],
        "exam_results": person.exam_results.select_related("session").order_by("-session__held_on"),
        "assessments": person.assessments.all(),
        "perms": actor.permissions,
        "can_apply": Perm.CERT_APPLY in actor.permissions and (cert is None or cert.is_terminal),
    }
    return render(request, "personnel/person_detail.html", context)


@workbench_view(Perm.PERSON_MANAGE)
def create(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    form = PersonCreateForm(request.POST or None, actor=actor)
    if request.method == "POST" and form.is_valid():
        person = call_service(form, partial(services.person_create, by=actor, **form.cleaned_data))
        if person is not None:
            messages.success(request, f"已登记执法人员“{person.name}”。")
            return redirect("personnel:detail", person.pk)
    return render(request, "personnel/person_form.html", {"form": form, "title": "登记执法人员"})


@workbench_view(Perm.PERSON_MANAGE)
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    initial = {name: getattr(person, name) for name in PersonEditForm.base_fields}
    form = PersonEditForm(request.POST or None, actor=actor, initial=initial)
    if request.method == "POST" and form.is_valid():
        call = partial(services.person_update, by=actor, person=person, data=form.cleaned_data)
        if call_service(form, call) is not None:
            messages.success(request, f"已保存“{person.name}”的档案。")
            return redirect("personnel:detail", person.pk)
    context = {"form": form, "person": person, "title": f"编辑：{person.name}"}
    return render(request, "personnel/person_form.html", context)


@workbench_view(Perm.PERSON_MANAGE)
def photo(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    form = PersonPhotoForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["photo"]
        call = partial(services.person_photo_set, by=actor, person=person, file=upload, filename=upload.name)
        if call_service(form, call) is not None:
            messages.success(request, f"已更新“{person.name}”的证件照。")
            return redirect("personnel:detail", person.pk)
    return render(
        request, "personnel/person_subform.html", {"form": form, "person": person, "title": "上传证件照"}
    )
