"""Content-addressed local file store: a file is named by its SHA-256 and never overwritten.

Uploads are checked for type (by their first bytes, not by the name the client sent) and size before anything
is written; the digest is computed while the file streams in.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.db import transaction

from .core_rules import FILE_SIZE, FILE_TYPE
from .exceptions import DomainError
from .models import StoredFile

# (magic prefix, MIME type, label)
SIGNATURES: list[tuple[bytes, str, str]] = [
    (b"%PDF-", "application/pdf", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "PNG"),
    (b"\xff\xd8\xff", "image/jpeg", "JPEG"),
    (b"PK\x03\x04", "application/zip", "OFD/Office"),
]
DOCUMENT_TYPES = {"application/pdf", "image/png", "image/jpeg", "application/zip"}
IMAGE_TYPES = {"image/png", "image/jpeg"}


def sniff_type(head: bytes) -> str | None:
    return next((mime for magic, mime, _ in SIGNATURES if head.startswith(magic)), None)


def blob_path(sha256: str) -> Path:
    return Path(settings.MEDIA_ROOT) / "blobs" / sha256[:2] / sha256[2:4] / sha256


def store_upload(
    fileobj: BinaryIO, *, name: str, allowed: set[str], max_bytes: int | None = None
) -> StoredFile:
    """Check, digest and store an upload; return its ``StoredFile`` (an existing one for identical content)."""
    limit = max_bytes or settings.FILE_UPLOAD_MAX_BYTES
    head = fileobj.read(16)
    mime = sniff_type(head)
    if mime not in allowed:
        labels = "、".join(label for _, m, label in SIGNATURES if m in allowed)
        raise DomainError.from_rule(FILE_TYPE, name=name, labels=labels)
    target_dir = Path(settings.MEDIA_ROOT) / "blobs"
    target_dir.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(head), len(head)
    with tempfile.NamedTemporaryFile(dir=target_dir, delete=False) as tmp:
        tmp.write(head)
        while chunk := fileobj.read(1024 * 1024):
            size += len(chunk)
            if size > limit:
                tmp.close()
                os.unlink(tmp.name)
                raise DomainError.from_rule(FILE_SIZE, name=name, limit=limit // (1024 * 1024))
            digest.update(chunk)
            tmp.write(chunk)
    return _commit_blob(Path(tmp.name), digest.hexdigest(), size, mime, name)


def _commit_blob(tmp: Path, sha256: str, size: int, mime: str, name: str) -> StoredFile:
    final = blob_path(sha256)
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists():
        tmp.unlink()  # identical content is already stored: never overwrite
    else:
        os.replace(tmp, final)
        final.chmod(0o440)
    with transaction.atomic():
        stored, _ = StoredFile.objects.get_or_create(
            sha256=sha256, defaults={"size": size, "content_type": mime, "original_name": name[:255]}
        )
    return stored


def open_blob(stored: StoredFile) -> BinaryIO:
    return blob_path(stored.sha256).open("rb")
