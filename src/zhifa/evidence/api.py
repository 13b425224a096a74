"""证据 under /api/v1/: add an item with its file to a case, list a case's items, download an item's file."""

from __future__ import annotations

from datetime import datetime

from django.http import FileResponse, HttpRequest
from ninja import File, Form, Router, Schema, Status
from ninja.files import UploadedFile

from zhifa.accounts.constants import Perm
from zhifa.cases.selectors import case_for
from zhifa.core.api_support import acting, responses
from zhifa.core.storage import open_blob

from . import selectors, services
from .schemas import EvidenceInput

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
        from django.http import Http404

        raise Http404
    f = item.file
    return FileResponse(open_blob(f), content_type=f.content_type, filename=f.original_name)
