"""Content-addressed local file store: a file is named by its SHA-256 and never overwritten.

Uploads are checked for type (by their first bytes, not by the name the client sent) and size before anything
is written; the digest is computed while the file streams in.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
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
# Audio and video, as body cameras, phones and recorders write them: (test on the first 16 bytes, MIME, label).
MEDIA_SIGNATURES: list[tuple[Callable[[bytes], bool], str, str]] = [
    (lambda h: h[4:8] == b"ftyp", "video/mp4", "MP4/MOV"),
    (lambda h: h.startswith(b"\x1a\x45\xdf\xa3"), "video/webm", "WebM/MKV"),
    (lambda h: h.startswith(b"RIFF") and h[8:12] == b"AVI ", "video/x-msvideo", "AVI"),
    (lambda h: h.startswith(b"RIFF") and h[8:12] == b"WAVE", "audio/wav", "WAV"),
    (lambda h: h.startswith(b"ID3") or h[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"), "audio/mpeg", "MP3"),
    (lambda h: h.startswith(b"#!AMR"), "audio/amr", "AMR"),
]
DOCUMENT_TYPES = {"application/pdf", "image/png", "image/jpeg", "application/zip"}
IMAGE_TYPES = {"image/png", "image/jpeg"}
AV_TYPES = {mime for _, mime, _ in MEDIA_SIGNATURES}


def sniff_type(head: bytes) -> str | None:
    found = next((mime for magic, mime, _ in SIGNATURES if head.startswith(magic)), None)
    return found or next((mime for test, mime, _ in MEDIA_SIGNATURES if test(head)), None)


def type_labels(allowed: set[str]) -> str:
    labels = [label for _, m, label in (*SIGNATURES, *MEDIA_SIGNATURES) if m in allowed]
    return "、".join(dict.fromkeys(labels))


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
        raise DomainError.from_rule(FILE_TYPE, name=name, labels=type_labels(allowed))
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


def store_path(path: Path, *, name: str, allowed: set[str]) -> StoredFile:
    """Check, digest and store a file already on disk (an upload assembled in parts); the file is moved, never
    copied twice, and an identical stored content is reused."""
    with path.open("rb") as fh:
        mime = sniff_type(fh.read(16))
    if mime not in allowed:
        path.unlink(missing_ok=True)
        raise DomainError.from_rule(FILE_TYPE, name=name, labels=type_labels(allowed))
    return _commit_blob(path, file_digest(path), path.stat().st_size, mime, name)


def write_blob(content: bytes) -> str:
    """Store ``content`` by its SHA-256 (never overwriting) and return the digest; for bulk loaders, which create
    the ``StoredFile`` rows themselves."""
    sha256 = hashlib.sha256(content).hexdigest()
    final = blob_path(sha256)
    if not final.exists():
        final.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=final.parent, delete=False) as tmp:
            tmp.write(content)
        os.replace(tmp.name, final)
        final.chmod(0o440)
    return sha256


def open_blob(stored: StoredFile) -> BinaryIO:
    return blob_path(stored.sha256).open("rb")


# --- integrity ------------------------------------------------------------------------------------------------

# Checks other apps register (in their AppConfig.ready) so that ``zhifa verify`` can name what a damaged file or
# record belongs to: each takes the ids of the damaged ``StoredFile`` rows and returns problems in Chinese.
INTEGRITY_CHECKS: list[Callable[[dict[int, str]], list[str]]] = []


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def damaged_files() -> dict[int, str]:
    """``StoredFile`` ids whose blob is missing or no longer matches its SHA-256, with what is wrong."""
    damaged = {}
    for stored in StoredFile.objects.order_by("pk").iterator():
        path = blob_path(stored.sha256)
        if not path.exists():
            damaged[stored.pk] = f"文件“{stored.original_name}”（SHA-256 {stored.sha256[:12]}…）不存在"
        elif file_digest(path) != stored.sha256:
            damaged[stored.pk] = (
                f"文件“{stored.original_name}”的内容与其 SHA-256（{stored.sha256[:12]}…）不符"
            )
    return damaged


def verify_files() -> list[str]:
    """Every stored file against its digest, then the checks the apps registered; an empty list when all is well."""
    damaged = damaged_files()
    problems: list[str] = []
    for check in INTEGRITY_CHECKS:
        problems += check(damaged)
    named = " ".join(problems)
    problems += [why for why in damaged.values() if why not in named]
    return problems
