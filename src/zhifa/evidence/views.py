"""Workbench pages of evidence: a case's items, and the form to add one from a phone in the field."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhifa.accounts.constants import Perm
from zhifa.cases.selectors import case_for
from zhifa.core.exceptions import DomainError, NotInScope, PermissionRefused
from zhifa.core.forms import call_service, refusal_text
from zhifa.core.views_support import blob_response, workbench_view

from . import archive, casefile, selectors, services
from .constants import CaseFileStatus
from .forms import DestructionDecisionForm, DestructionProposalForm, EvidenceForm, SupplementForm
from .models import CaseFile

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
    return _casefile_page(request, case)


def _casefile_page(request: HttpRequest, case, supplement_form=None, status: int = 200) -> HttpResponse:
    actor = request.actor
    archived = CaseFile.objects.filter(case=case).select_related("pdf").first()
    context = {
        "case": case, "contents": casefile.entries(case), "gaps": casefile.gaps(case), "archived": archived,
        "supplements": archived.supplements.select_related("file") if archived else [],
        "destructions": archived.destructions.all() if archived else [],
        "can_archive": archived is None and case.state in archive.ARCHIVABLE and Perm.CASE_APPROVE in actor.permissions,
        "archive_due": archive.archive_due(case) if archived is None else None,
        "supplement_form": supplement_form or (SupplementForm() if archived and Perm.CASE_HANDLE in actor.permissions
                                              and archived.status != CaseFileStatus.DESTROYED else None),
        "refusal": getattr(request, "refusal", ""),
    }  # fmt: skip
    return render(request, "evidence/casefile_page.html", context, status=status)


@workbench_view(Perm.CASE_APPROVE)
@require_POST
def casefile_archive(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for(request.actor, case_id)
    try:
        done = archive.casefile_archive(case=case, by=request.actor)
    except (NotInScope, PermissionRefused):
        raise
    except DomainError as exc:
        request.refusal = refusal_text(exc)
        return _casefile_page(request, case, status=409)
    messages.success(request, f"案卷已归档，档号 {done.archive_number}，保管期限{done.retention_label}。")
    return redirect("evidence:casefile", case_id=case.pk)


@workbench_view(Perm.CASE_HANDLE)
@require_POST
def casefile_supplement(request: HttpRequest, case_id: int) -> HttpResponse:
    case = case_for(request.actor, case_id)
    form = SupplementForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data.get("file")
        done = call_service(form, lambda: archive.casefile_supplement(
            case=case, title=form.cleaned_data["title"], reason=form.cleaned_data["reason"],
            upload=upload.file if upload else None, filename=upload.name if upload else "", by=request.actor))  # fmt: skip
        if done is not None:
            messages.success(request, f"已补充归档材料{done.seq}：{done.title}")
            return redirect("evidence:casefile", case_id=case.pk)
    return _casefile_page(request, case, supplement_form=form, status=422)


@workbench_view(Perm.CASE_VIEW)
def casefile_archived_pdf(request: HttpRequest, pk: int) -> FileResponse:
    found = selectors.casefile_for(request.actor, pk)
    if found.pdf is None or found.pdf.disposed_at is not None:
        raise Http404
    return blob_response(found.pdf)


@workbench_view(Perm.CASE_VIEW)
def archive_desk(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    context = {**selectors.archive_overview(request.actor, today), "today": today,
               "can_approve": Perm.CASE_APPROVE in request.actor.permissions,
               "proposal_form": DestructionProposalForm(), "decision_form": DestructionDecisionForm()}  # fmt: skip
    return render(request, "evidence/archive_desk.html", context)


@workbench_view(Perm.CASE_APPROVE)
@require_POST
def casefile_destruction(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.casefile_for(request.actor, pk)
    form = DestructionProposalForm(request.POST)
    done = form.is_valid() and call_service(form, lambda: archive.casefile_destruction_propose(
        casefile=found, appraisal=form.cleaned_data["appraisal"], by=request.actor))  # fmt: skip
    _report(request, form, done and f"已提出销毁案卷{found.archive_number}，待另一名负责人审批。")
    return redirect("evidence:archive")


@workbench_view(Perm.CASE_APPROVE)
@require_POST
def destruction_decide(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = selectors.destruction_for(request.actor, pk)
    form = DestructionDecisionForm(request.POST)
    done = form.is_valid() and call_service(form, lambda: archive.casefile_destruction_decide(
        proposal=proposal, approve=form.cleaned_data["approve"], opinion=form.cleaned_data["opinion"],
        supervisors=form.names(), by=request.actor))  # fmt: skip
    _report(
        request, form, done and f"案卷{proposal.casefile.archive_number}：{done.get_decision_display()}。"
    )
    return redirect("evidence:archive")


def _report(request: HttpRequest, form, success) -> None:
    if success:
        messages.success(request, success)
        return
    for error in form.errors.values():
        for message in error:
            messages.error(request, message)


@workbench_view(Perm.CASE_VIEW)
def case_casefile_pdf(request: HttpRequest, case_id: int) -> HttpResponse:
    return casefile_response(case_for(request.actor, case_id))
