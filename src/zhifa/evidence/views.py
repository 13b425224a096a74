"""Workbench pages of evidence: a case's items, and the form to add one from a phone in the field."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from zhifa.accounts.constants import Perm
from zhifa.cases.selectors import case_for
from zhifa.core.forms import call_service
from zhifa.core.views_support import blob_response, workbench_view

from . import casefile, selectors, services
from .forms import EvidenceForm

RESUMABLE_PART = 4 * 1024 * 1024  # the page sends large files in 4 MB parts


@workbench_view(Perm.CASE_VIEW)
def case_evidence(request: HttpRequest, case_id: int) -> HttpResponse:
    actor = request.actor
    case = case_for(actor, case_id)
    can_add = Perm.CASE_HANDLE in actor.permissions
    # a step's "登记音像记录" link preselects the kind and the 环节
    initial = {k: request.GET[k] for k in ("kind", "av_step") if request.GET.get(k)}
    form = (
        EvidenceForm(request.POST or None, request.FILES or None, case=case, actor=actor, initial=initial)
        if can_add
        else None
    )
    if request.method == "POST" and form is not None and form.is_valid():
        upload = form.cleaned_data.get("file")
        item = call_service(form, lambda: services.evidence_add(
            case=case, data=form.data_in, upload=upload.file if upload else None,
            filename=upload.name if upload else "", by=actor))  # fmt: skip
        if item is not None:
            messages.success(request, f"已登记证据{item.seq}：{item.title}")
            return redirect("evidence:case", case_id=case.pk)
    context = {"case": case, "items": selectors.case_evidence(case), "form": form,
               "resumable_min": settings.EVIDENCE_RESUMABLE_MIN_BYTES, "resumable_part": RESUMABLE_PART}  # fmt: skip
    return render(
        request, "evidence/case_evidence.html", context, status=422 if form and form.errors else 200
    )


@workbench_view(Perm.CASE_VIEW)
def evidence_file(request: HttpRequest, pk: int) -> FileResponse:
    item = selectors.evidence_for(request.actor, pk)
    if item.file is None:
        raise Http404
    return blob_response(item.file)


def casefile_response(case) -> HttpResponse:
    pdf = casefile.casefile_pdf(case)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="casefile-{case.number}.pdf"'
    return response


@workbench_view(Perm.CASE_VIEW)
def case_casefile(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for(request.actor, case_id)
    context = {"case": case, "contents": casefile.entries(case), "gaps": casefile.gaps(case)}
    return render(request, "evidence/casefile_page.html", context)


@workbench_view(Perm.CASE_VIEW)
def case_casefile_pdf(request: HttpRequest, case_id: int) -> HttpResponse:
    return casefile_response(case_for(request.actor, case_id))
