"""Writes of the evidence app: an item is added with its file, never changed (执法全过程记录 "不能删改")."""

from __future__ import annotations

from typing import BinaryIO

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require
from zhifa.cases.models import Case
from zhifa.cases.scope import require_case_scope
from zhifa.core.audit import audit
from zhifa.core.exceptions import DomainError
from zhifa.core.storage import AV_TYPES, DOCUMENT_TYPES, IMAGE_TYPES, store_upload
from zhifa.personnel.models import Person

from . import rules
from .constants import FILE_REQUIRED, EvidenceKind
from .models import EvidenceItem
from .schemas import EvidenceInput

CLOSED_STATES = ("closed", "revoked", "not_filed")
ALLOWED_TYPES = {
    EvidenceKind.AUDIO_VISUAL: AV_TYPES,
    EvidenceKind.ELECTRONIC: AV_TYPES | DOCUMENT_TYPES | IMAGE_TYPES,
}
PAPER_TYPES = DOCUMENT_TYPES | IMAGE_TYPES  # scans and photos of the other kinds


def evidence_add(
    *, case: Case, data: EvidenceInput, upload: BinaryIO | None, filename: str = "", by
) -> EvidenceItem:
    """Check the item's metadata, store its file (SHA-256, content-addressed) and add it to the case; the file's
    digest joins the audit hash chain. A refused item leaves nothing behind in the case."""
    require(by, Perm.CASE_HANDLE)
    with transaction.atomic():
        case = Case.objects.select_for_update(of=("self",)).get(pk=case.pk)
        require_case_scope(by, case)
        _check(case, data, upload)
        people = {p.pk: p for p in Person.objects.filter(pk__in=[data.recorded_by_id, *data.officer_ids])}
        _check_people(data, people)
        stored = None
        if data.upload_id is not None:
            stored = _uploaded(case, data, upload, by)
        elif upload is not None:
            allowed = ALLOWED_TYPES.get(data.kind, PAPER_TYPES)
            stored = store_upload(upload, name=filename or data.title, allowed=allowed,
                                  max_bytes=settings.EVIDENCE_UPLOAD_MAX_BYTES)  # fmt: skip
        seq = (case.evidence.aggregate(m=Max("seq"))["m"] or 0) + 1
        item = EvidenceItem.objects.create(
            case=case, seq=seq, kind=data.kind, av_step=data.av_step or "", title=data.title, proves=data.proves,
            recorded_by=people[data.recorded_by_id], recorded_at=data.recorded_at, place=data.place,
            source=data.source, file=stored, step_id=data.step_id, added_by=by.label,
        )  # fmt: skip
        item.officers.set([people[i] for i in data.officer_ids])
        audit(actor=by, action="evidence.add", obj=item, organisation_id=case.organisation_id, after={
            "case": case.number, "seq": seq, "kind": item.kind, "title": item.title, "av_step": item.av_step,
            "recorded_at": item.recorded_at.isoformat(), "sha256": stored.sha256 if stored else "",
            "size": stored.size if stored else 0,
        })  # fmt: skip
    return item


def _check(case: Case, data: EvidenceInput, upload) -> None:
    if case.state in CLOSED_STATES:
        raise DomainError.from_rule(
            rules.CASE_OPEN, detail=f"案件“{case.number}”已{case.state_label}，卷宗不再增加证据。"
        )
    if data.recorded_at > timezone.now():
        raise DomainError.from_rule(rules.RECORDED_AT, detail="制作/收集时间不能晚于现在。")
    if data.kind in FILE_REQUIRED and upload is None and data.upload_id is None:
        label = EvidenceKind(data.kind).label
        raise DomainError.from_rule(
            rules.FILE_NEEDED, detail=f"{label}须上传其文件（音视频或电子数据本身）。"
        )
    if data.av_step and data.kind != EvidenceKind.AUDIO_VISUAL:
        raise DomainError.from_rule(rules.METADATA, detail="只有视听资料可以标明音像记录环节。")
    if data.step_id is not None and not case.steps.filter(pk=data.step_id).exists():
        raise DomainError.from_rule(rules.METADATA, detail=f"步骤ID {data.step_id} 不是本案的办案步骤。")


def _uploaded(case: Case, data: EvidenceInput, upload, by):
    """The file of a completed resumable upload, checked against the kind like a direct attachment."""
    from zhifa.core.core_rules import FILE_TYPE
    from zhifa.core.storage import type_labels

    from .uploads import completed_upload

    if upload is not None:
        raise DomainError.from_rule(rules.METADATA, detail="附件与断点续传上传只能选一种。")
    stored = completed_upload(case=case, token=data.upload_id, by=by).stored
    allowed = ALLOWED_TYPES.get(data.kind, PAPER_TYPES)
    if stored.content_type not in allowed:
        raise DomainError.from_rule(FILE_TYPE, name=stored.original_name, labels=type_labels(allowed))
    return stored


def _check_people(data: EvidenceInput, people: dict) -> None:
    missing = [i for i in [data.recorded_by_id, *data.officer_ids] if i not in people]
    if missing:
        raise DomainError.from_rule(rules.METADATA, detail=f"人员ID {'、'.join(map(str, missing))} 不存在。")
    auxiliary = [people[i].name for i in data.officer_ids if people[i].is_auxiliary]
    if auxiliary:
        names = "、".join(auxiliary)
        raise DomainError.from_rule(rules.METADATA, detail=f"{names}是辅助人员，不能作为在场执法人员。")
