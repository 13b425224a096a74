"""Pages: certificate application, every certificate action (one form per transition), the certificate list."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope, require
from zhifa.core.forms import call_service
from zhifa.core.views_support import workbench_view

from .. import selectors, services
from ..forms import (
    CertificateActionForm,
    CertificateApplyForm,
)
from ..models import Certificate
from ..workflow import TRANSITIONS, CertState, allowed_actions
from .support import (
    PAGE_SIZE,
    _person,
    _state_label,
    cert_badge,
)

# --- certificates -------------------------------------------------------------------------------------------


@workbench_view(Perm.CERT_APPLY)
def certificate_apply(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    form = CertificateApplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = partial(services.certificate_apply, by=actor, person=person, **form.cleaned_data)
        if call_service(form, call) is not None:
            messages.success(request, f"已为{person.name}提交执法证申领，待初审。")
            return redirect("personnel:detail", person.pk)
    return render(request, "personnel/certificate_apply.html", {"form": form, "person": person})


@workbench_view(Perm.PERSON_VIEW)
def certificate_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """One page for every step of the certificate table; the service decides and explains refusals."""
    actor = actor_for(request)
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise Http404("没有这种证件操作。")
    require(actor, transition.perm)
    cert = get_in_scope(Certificate.objects.select_related("person", "organisation"), actor, pk=pk)
    form = CertificateActionForm(request.POST or None, action=action, actor=actor)
    if request.method == "POST" and form.is_valid():
        call = partial(services.certificate_transition, by=actor, certificate=cert, action=action,
                       reason=form.cleaned_data["reason"], **form.service_fields())  # fmt: skip
        if call_service(form, call) is not None:
            messages.success(request, f"已对{cert.person.name}的执法证执行“{transition.label}”。")
            return redirect("personnel:detail", cert.person_id)
    context = {
        "cert": cert,
        "person": cert.person,
        "transition": transition,
        "form": form,
        "target_label": _state_label(transition.target),
        "state_allows": cert.state in transition.sources,
        "allowed_labels": "、".join(t.label for t in allowed_actions(cert.state)) or "无（终结状态）",
    }
    return render(request, "personnel/certificate_action.html", context)


@workbench_view(Perm.PERSON_VIEW)
def certificates(request: HttpRequest) -> HttpResponse:
    """执法证: counts per state, the list (filtered by state) and the certificates expiring within 90 days."""
    actor = actor_for(request)
    today = timezone.localdate()
    state = request.GET.get("state", "")
    state = state if state in CertState.values else ""
    counts = selectors.certificate_state_counts(actor=actor)
    qs = selectors.certificate_list(actor=actor, state=state).order_by("-id")
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    expiring = selectors.expiring_certificates(actor=actor, today=today, within_days=90)[:200]
    context = {
        "state": state,
        "counts": [(s.value, s.label, counts[s.value]) for s in CertState],
        "total": sum(counts.values()),
        "page": page,
        "rows": [(c, cert_badge(c, today)) for c in page],
        "expiring": [(c, (c.valid_until - today).days) for c in expiring],
    }
    return render(request, "personnel/certificates.html", context)
