"""断点续传: large evidence files (a shift of body-camera video) arrive in parts over unreliable mobile links.

The client starts an upload with the file's name and size, then sends parts at the offset the server has reached;
after a broken connection it asks for that offset and goes on. The last part completes the upload: the assembled
file is checked by its bytes, digested (SHA-256) and stored content-addressed, and can then be registered as
evidence with ``upload_id``. Only the account that started an upload may continue or use it.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require
from zhifa.cases.models import Case
from zhifa.cases.scope import out_of_scope, require_case_scope
from zhifa.core.core_rules import FILE_TYPE
from zhifa.core.exceptions import DomainError
from zhifa.core.storage import AV_TYPES, DOCUMENT_TYPES, IMAGE_TYPES, sniff_type, store_path, type_labels

from . import rules
from .models import EvidenceItem, EvidenceUpload, UploadStatus
from .services import CLOSED_STATES

UPLOADABLE = AV_TYPES | DOCUMENT_TYPES | IMAGE_TYPES
PIECE = 1024 * 1024


def part_path(upload: EvidenceUpload) -> Path:
    return Path(settings.MEDIA_ROOT) / "uploads" / f"{upload.token}.part"


def upload_start(*, case: Case, filename: str, size: int, by) -> EvidenceUpload:
    require(by, Perm.CASE_HANDLE)
    limit = settings.EVIDENCE_UPLOAD_MAX_BYTES
    with transaction.atomic():
        require_case_scope(by, case)
        if case.state in CLOSED_STATES:
            raise DomainError.from_rule(
                rules.CASE_OPEN, detail=f"案件“{case.number}”已{case.state_label}，不再上传证据。"
            )
        if size <= 0 or size > limit:
            raise DomainError.from_rule(
                rules.UPLOAD_SIZE,
                detail=f"文件大小须大于 0 且不超过 {limit // (1024 * 1024)} MB（现为 {size} 字节）。",
            )
        upload = EvidenceUpload.objects.create(
            case=case, user_id=by.user_id, filename=filename[:255], size=size
        )
    path = part_path(upload)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    return upload


def upload_for(by, token: uuid.UUID | str) -> EvidenceUpload:
    upload = (
        EvidenceUpload.objects.filter(token=token, user_id=by.user_id)
        .select_related("case", "stored")
        .first()
    )
    if upload is None:
        raise out_of_scope()
    return upload


def upload_append(*, token, offset: int, stream: BinaryIO, length: int, by) -> EvidenceUpload:
    """Write ``length`` bytes from ``stream`` at ``offset``, which must be what has arrived so far; the last part
    completes the upload (type checked by its bytes, SHA-256, content-addressed store)."""
    require(by, Perm.CASE_HANDLE)
    with transaction.atomic():
        upload = EvidenceUpload.objects.select_for_update().get(pk=upload_for(by, token).pk)
        if upload.status != UploadStatus.OPEN:
            raise DomainError.from_rule(rules.UPLOAD_STATE, detail=_closed(upload))
        if offset != upload.received:
            raise DomainError.from_rule(rules.UPLOAD_OFFSET, offset=offset, received=upload.received)
        if length <= 0 or upload.received + length > upload.size:
            raise DomainError.from_rule(
                rules.UPLOAD_SIZE, detail=f"本段 {length} 字节将超出声明的文件大小 {upload.size} 字节。"
            )
        head = b""
        if offset == 0:  # the first part shows what the file is: refuse a wrong type before storing anything
            head = stream.read(min(16, length))
            if sniff_type(head) not in UPLOADABLE:
                raise DomainError.from_rule(FILE_TYPE, name=upload.filename, labels=type_labels(UPLOADABLE))
        path = part_path(upload)
        written = _append(path, upload.received, head, stream, length)
        upload.received += written
        if upload.received == upload.size:
            upload.stored = store_path(path, name=upload.filename, allowed=UPLOADABLE)
            upload.status = UploadStatus.COMPLETE
        upload.save(update_fields=["received", "status", "stored", "updated_at"])
    return upload


def _append(path: Path, at: int, head: bytes, stream: BinaryIO, length: int) -> int:
    """Write ``head`` then the rest of the part from byte ``at`` (anything beyond it is a broken earlier attempt
    and is overwritten); a connection that breaks mid-part keeps what arrived."""
    written = len(head)
    with path.open("r+b") as fh:
        fh.seek(at)
        fh.truncate()
        fh.write(head)
        while written < length:
            chunk = stream.read(min(PIECE, length - written))
            if not chunk:
                break
            fh.write(chunk)
            written += len(chunk)
    return written


def completed_upload(*, case: Case, token, by) -> EvidenceUpload:
    upload = upload_for(by, token)
    if upload.case_id != case.pk:
        raise DomainError.from_rule(rules.UPLOAD_STATE, detail="该上传不属于本案。")
    if upload.status == UploadStatus.EXPIRED:
        raise DomainError.from_rule(rules.UPLOAD_STATE, detail=_closed(upload))
    if upload.status != UploadStatus.COMPLETE:
        raise DomainError.from_rule(
            rules.UPLOAD_STATE,
            detail=f"该上传尚未完成（已接收 {upload.received}/{upload.size} 字节），请续传后再登记。",
        )
    return upload


def _closed(upload: EvidenceUpload) -> str:
    if upload.status == UploadStatus.EXPIRED:
        hours = settings.SWEEP_GRACE_HOURS
        return f"该上传超过 {hours} 小时未完成或未登记，已被清理，请重新上传。"
    return "该上传已完成，不能再写入。"


def sweep_uploads(cutoff, dry_run: bool) -> tuple[str, int, int]:
    """``zhifa sweep``: uploads left open, or completed but never registered as evidence, since before ``cutoff``
    are closed as expired; their partial file is deleted and their stored file released (the sweep then removes
    it unless a record uses it)."""
    stale = EvidenceUpload.objects.filter(
        updated_at__lt=cutoff, status__in=[UploadStatus.OPEN, UploadStatus.COMPLETE]
    )
    used = EvidenceItem.objects.filter(file_id=OuterRef("stored_id"))
    stale = list(stale.annotate(used=Exists(used)).filter(used=False))
    freed = sum(upload.received for upload in stale if upload.status == UploadStatus.OPEN)
    if not dry_run:
        for upload in stale:
            part_path(upload).unlink(missing_ok=True)
        EvidenceUpload.objects.filter(pk__in=[u.pk for u in stale]).update(
            status=UploadStatus.EXPIRED, stored=None
        )
    return "过期的续传上传", len(stale), freed
