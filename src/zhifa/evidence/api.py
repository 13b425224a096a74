"""证据 under /api/v1/: add an item with its file to a case, list a case's items, download an item's file; the case
file, archiving, supplements and destruction."""

from __future__ import annotations

from datetime import date, datetime

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Field, File, Form, Router, Schema, Status
from ninja.files import UploadedFile

from zhifa.accounts.constants import Perm
from zhifa.cases.selectors import case_for
from zhifa.core.api_support import acting, responses
from zhifa.core.views_support import blob_response

from . import archive, casefile, selectors, services, uploads
from .schemas import EvidenceInput
from .views import casefile_response

router = Router(tags=["证据与执法全过程记录"])
NO_FILE = File(None)  # the file is optional: 物证、书证 may be registered before they are photographed


class EvidenceOut(Schema):
    id: int
    seq: int
    kind: str
    kind_label: str
    av_step: str
    title: str
    proves: str
    recorded_by: str
    recorded_at: datetime
    place: str
    source: str
    officers: list[str]
    step_id: int | None
    sha256: str
    size: int
    content_type: str
    added_by: str
    added_at: datetime


def evidence_out(item) -> dict:
    f = item.file
    return {
        "id": item.pk, "seq": item.seq, "kind": item.kind, "kind_label": item.get_kind_display(),
        "av_step": item.av_step, "title": item.title, "proves": item.proves, "recorded_by": item.recorded_by.name,
        "recorded_at": item.recorded_at, "place": item.place, "source": item.source,
        "officers": [p.name for p in item.officers.all()], "step_id": item.step_id,
        "sha256": f.sha256 if f else "", "size": f.size if f else 0, "content_type": f.content_type if f else "",
        "added_by": item.added_by, "added_at": item.added_at,
    }  # fmt: skip


@router.get(
    "/cases/{case_id}/evidence", response=responses(200, list[EvidenceOut]), summary="案件的证据与音像记录"
)
def evidence_list(request: HttpRequest, case_id: int):
    actor = acting(request, Perm.CASE_VIEW)
    return [evidence_out(i) for i in selectors.case_evidence(case_for(actor, case_id))]


@router.post("/cases/{case_id}/evidence", response=responses(201, EvidenceOut),
             summary="登记证据（可附文件：照片、扫描件、音视频、电子数据）")  # fmt: skip
def evidence_add(request: HttpRequest, case_id: int, payload: Form[EvidenceInput],
                 file: UploadedFile = NO_FILE):  # fmt: skip
    actor = acting(request, Perm.CASE_HANDLE)
    case = case_for(actor, case_id)
    item = services.evidence_add(case=case, data=payload, upload=file.file if file else None,
                                 filename=file.name if file else "", by=actor)  # fmt: skip
    return Status(201, evidence_out(item))


@router.get("/evidence/{item_id}/file", response=responses(200, None), summary="下载证据文件")
def evidence_file(request: HttpRequest, item_id: int):
    item = selectors.evidence_for(acting(request, Perm.CASE_VIEW), item_id)
    if item.file is None:
        raise Http404
    return blob_response(item.file)


class UploadIn(Schema):
    filename: str = Field(min_length=1, max_length=255, title="文件名")
    size: int = Field(gt=0, title="文件大小（字节）")


class UploadOut(Schema):
    id: str
    filename: str
    size: int
    offset: int
    status: str
    sha256: str


def upload_out(u) -> dict:
    return {"id": str(u.token), "filename": u.filename, "size": u.size, "offset": u.received, "status": u.status,
            "sha256": u.stored.sha256 if u.stored else ""}  # fmt: skip


@router.post("/cases/{case_id}/evidence/uploads", response=responses(201, UploadOut),
             summary="开始断点续传上传（大文件，如执法记录仪视频）")  # fmt: skip
def upload_create(request: HttpRequest, case_id: int, payload: UploadIn):
    actor = acting(request, Perm.CASE_HANDLE)
    case = case_for(actor, case_id)
    return Status(201, upload_out(uploads.upload_start(case=case, filename=payload.filename, size=payload.size,
                                                       by=actor)))  # fmt: skip


@router.get("/evidence/uploads/{upload_id}", response=responses(200, UploadOut), summary="查询续传位置")
def upload_get(request: HttpRequest, upload_id: str):
    return upload_out(uploads.upload_for(acting(request, Perm.CASE_HANDLE), upload_id))


@router.put(
    "/evidence/uploads/{upload_id}", response=responses(200, UploadOut),
    summary="续传一段（请求体为原始字节，offset 为已接收字节数）",
    description="请求体是文件从 offset 起的一段原始字节（Content-Type: application/offset+octet-stream）。"
    "offset 必须等于服务器已接收的字节数，否则返回 409 及应续传的位置；最后一段写完后文件按内容识别类型、计算 SHA-256 并存储。",
)  # fmt: skip
def upload_put(request: HttpRequest, upload_id: str, offset: int):
    actor = acting(request, Perm.CASE_HANDLE)
    length = int(request.headers.get("Content-Length") or 0)
    upload = uploads.upload_append(token=upload_id, offset=offset, stream=request, length=length, by=actor)
    return upload_out(upload)


class CasefileEntryOut(Schema):
    stage: str
    title: str
    number: str
    day: date


class CasefileOut(Schema):
    complete: bool = Field(description="按本案实际办理程序核对，应有文书与音像记录是否齐全")
    gaps: list[str]
    contents: list[CasefileEntryOut]


@router.get("/cases/{case_id}/casefile", response=responses(200, CasefileOut),
            summary="一案一卷：卷内目录与完整性检查")  # fmt: skip
def casefile_get(request: HttpRequest, case_id: int):
    case = case_for(acting(request, Perm.CASE_VIEW), case_id)
    missing = casefile.gaps(case)
    contents = [
        {"stage": e.stage, "title": e.title, "number": e.number, "day": e.day} for e in casefile.entries(case)
    ]
    return {"complete": not missing, "gaps": missing, "contents": contents}


@router.get("/cases/{case_id}/casefile.pdf", response=responses(200, None), summary="一案一卷：整卷 PDF")
def casefile_download(request: HttpRequest, case_id: int):
    case = case_for(acting(request, Perm.CASE_VIEW), case_id)
    return casefile_response(case)


# --- archiving ----------------------------------------------------------------------------------------------------


class CaseFileOut(Schema):
    id: int
    case_id: int
    case_number: str
    archive_number: str = Field(description="档号")
    status: str
    status_label: str
    retention: str = Field(description="保管期限：永久、定期30年、定期10年")
    retain_until: date | None
    archived_on: date
    archived_by: str
    entries: int = Field(description="卷内文书与证据件数")
    manifest_sha256: str = Field(description="卷内清单摘要（已写入审计链）")
    pdf_sha256: str


def casefile_out(cf) -> dict:
    return {
        "id": cf.pk, "case_id": cf.case_id, "case_number": cf.case.number, "archive_number": cf.archive_number,
        "status": cf.status, "status_label": cf.get_status_display(), "retention": cf.retention_label,
        "retain_until": cf.retain_until, "archived_on": cf.archived_on, "archived_by": cf.archived_by,
        "entries": len(cf.manifest), "manifest_sha256": cf.manifest_sha256, "pdf_sha256": cf.pdf.sha256 if cf.pdf else "",
    }  # fmt: skip


class SupplementIn(Schema):
    title: str = Field(title="材料名称", min_length=2, max_length=200)
    reason: str = Field(title="补充理由", min_length=4, max_length=2000)


class SupplementOut(Schema):
    id: int
    seq: int
    title: str
    reason: str
    added_by: str
    added_at: datetime
    sha256: str


class DestructionIn(Schema):
    appraisal: str = Field(title="鉴定意见", min_length=4, max_length=2000)


class DecisionIn(Schema):
    approve: bool = Field(title="是否批准销毁")
    opinion: str = Field(title="审批意见", min_length=2, max_length=2000)
    supervisors: list[str] = Field(default_factory=list, title="监销人", description="批准销毁时须两人以上")


class DestructionOut(Schema):
    id: int
    archive_number: str
    proposed_on: date
    proposed_by: str
    appraisal: str
    decision: str
    decision_label: str
    decided_on: date | None
    decided_by: str
    opinion: str
    supervisors: list[str]


def destruction_out(d) -> dict:
    return {
        "id": d.pk, "archive_number": d.casefile.archive_number, "proposed_on": d.proposed_on,
        "proposed_by": d.proposed_by, "appraisal": d.appraisal, "decision": d.decision,
        "decision_label": d.get_decision_display(), "decided_on": d.decided_on, "decided_by": d.decided_by,
        "opinion": d.opinion, "supervisors": d.supervisors,
    }  # fmt: skip


@router.post("/cases/{case_id}/casefile/archive", response=responses(201, CaseFileOut),
             summary="归档案卷（锁定；不完整时拒绝并列明所缺）")  # fmt: skip
def casefile_archive(request: HttpRequest, case_id: int):
    actor = acting(request, Perm.CASE_APPROVE)
    done = archive.casefile_archive(case=case_for(actor, case_id), by=actor)
    return Status(201, casefile_out(done))


@router.post("/cases/{case_id}/casefile/supplements", response=responses(201, SupplementOut),
             summary="补充归档材料（注明理由）")  # fmt: skip
def casefile_supplement(request: HttpRequest, case_id: int, payload: Form[SupplementIn],
                        file: UploadedFile | None = NO_FILE):  # fmt: skip
    actor = acting(request, Perm.CASE_HANDLE)
    done = archive.casefile_supplement(case=case_for(actor, case_id), title=payload.title, reason=payload.reason,
                                       upload=file.file if file else None, filename=file.name if file else "",
                                       by=actor)  # fmt: skip
    return Status(201, {"id": done.pk, "seq": done.seq, "title": done.title, "reason": done.reason,
                        "added_by": done.added_by, "added_at": done.added_at,
                        "sha256": done.file.sha256 if done.file else ""})  # fmt: skip


@router.get("/casefiles", response=responses(200, list[CaseFileOut]), summary="归档案卷列表")
def casefile_list(request: HttpRequest, status: str = "", expired: bool = False):
    actor = acting(request, Perm.CASE_VIEW)
    found = selectors.archive_overview(actor, timezone.localdate())
    files = found["expired"] if expired else found["archived"]
    return [casefile_out(cf) for cf in files if not status or cf.status == status]


@router.get("/casefiles/{casefile_id}/pdf", response=responses(200, None), summary="下载归档时的整卷 PDF")
def casefile_archived_pdf(request: HttpRequest, casefile_id: int):
    found = selectors.casefile_for(acting(request, Perm.CASE_VIEW), casefile_id)
    if found.pdf is None or found.pdf.disposed_at is not None:
        raise Http404
    return blob_response(found.pdf)


@router.post("/casefiles/{casefile_id}/destructions", response=responses(201, DestructionOut),
             summary="提出销毁保管期满的案卷（附鉴定意见）")  # fmt: skip
def casefile_destruction(request: HttpRequest, casefile_id: int, payload: DestructionIn):
    actor = acting(request, Perm.CASE_APPROVE)
    found = selectors.casefile_for(actor, casefile_id)
    return Status(201, destruction_out(archive.casefile_destruction_propose(
        casefile=found, appraisal=payload.appraisal, by=actor)))  # fmt: skip


@router.post("/casefile-destructions/{destruction_id}/decision", response=responses(200, DestructionOut),
             summary="审批销毁（非提出人；批准须两名以上监销人）")  # fmt: skip
def destruction_decide(request: HttpRequest, destruction_id: int, payload: DecisionIn):
    actor = acting(request, Perm.CASE_APPROVE)
    proposal = selectors.destruction_for(actor, destruction_id)
    return destruction_out(archive.casefile_destruction_decide(
        proposal=proposal, approve=payload.approve, opinion=payload.opinion, supervisors=payload.supervisors,
        by=actor))  # fmt: skip
