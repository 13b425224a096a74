"""Content-addressed file store: a file is named by its SHA-256 and never overwritten.

Uploads are checked for type (by their first bytes, not by the name the client sent) and size before anything
is written; the digest is computed while the file streams in, into a staging file on the local disk, which then
goes to the store named by ``STORAGES["blobs"]``: the data directory by default, or S3-compatible object storage
(django-storages) when ``ZHIFA_USE_S3`` is on. Everything else reads and writes blobs through the functions here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.db import transaction
from django.utils import timezone

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


def blob_name(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"


def blob_store() -> Storage:
    return storages["blobs"]


def blob_path(sha256: str) -> Path:
    """Where a blob lies on the local disk (the default store only; object storage has no path)."""
    return Path(blob_store().path(blob_name(sha256)))


def staging_dir() -> Path:
    """Local directory for files being received before they go to the store."""
    path = Path(settings.MEDIA_ROOT) / "staging"
    path.mkdir(parents=True, exist_ok=True)
    return path


class _Staged(File):
    """A staged file: the local store moves it into place (one rename, no copy); object storage uploads it."""

    def __init__(self, fh, path: Path) -> None:
        super().__init__(fh, name=path.name)
        self._path = path

    def temporary_file_path(self) -> str:
        return str(self._path)


def _put(sha256: str, path: Path) -> None:
    store, name = blob_store(), blob_name(sha256)
    if not store.exists(name):  # identical content is already stored: never overwrite
        with path.open("rb") as fh:
            store.save(name, _Staged(fh, path))
    path.unlink(missing_ok=True)


def blob_exists(sha256: str) -> bool:
    return blob_store().exists(blob_name(sha256))


def blob_digest(sha256: str) -> str | None:
    """The SHA-256 of what the store now holds under ``sha256`` (None when nothing is there)."""
    store, name = blob_store(), blob_name(sha256)
    if not store.exists(name):
        return None
    digest = hashlib.sha256()
    with store.open(name, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def delete_blob(sha256: str) -> None:
    blob_store().delete(blob_name(sha256))


def iter_blobs(path: str = "") -> Iterator[str]:
    """Every name in the store (for the sweep)."""
    store = blob_store()
    dirs, files = store.listdir(path)
    for name in files:
        yield f"{path}/{name}" if path else name
    for sub in dirs:
        yield from iter_blobs(f"{path}/{sub}" if path else sub)


def local_copy(stored: StoredFile, directory: Path) -> Path:
    """A path on the local disk holding the blob (for WeasyPrint): the blob itself in the local store, a copy in
    ``directory`` when the store is object storage."""
    try:
        return blob_path(stored.sha256)
    except NotImplementedError:
        target = directory / stored.sha256
        with open_blob(stored) as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        return target


def store_upload(
    fileobj: BinaryIO, *, name: str, allowed: set[str], max_bytes: int | None = None
) -> StoredFile:
    """Check, digest and store an upload; return its ``StoredFile`` (an existing one for identical content)."""
    limit = max_bytes or settings.FILE_UPLOAD_MAX_BYTES
    head = fileobj.read(16)
    mime = sniff_type(head)
    if mime not in allowed:
        raise DomainError.from_rule(FILE_TYPE, name=name, labels=type_labels(allowed))
    target_dir = staging_dir()
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
    _put(sha256, tmp)
    with transaction.atomic():
        stored, _ = StoredFile.objects.get_or_create(
            sha256=sha256, defaults={"size": size, "content_type": mime, "original_name": name[:255]}
        )
        _restored(stored)
    return stored


def _restored(stored: StoredFile) -> None:
    """Content destroyed with an archived volume and now uploaded again is stored again: the row is live once more
    (the destroyed volume's own catalogue does not change; its audit events keep what happened)."""
    if stored.disposed_at is not None:
        stored.disposed_at = None
        stored.save(update_fields=["disposed_at"])


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
    if not blob_exists(sha256):
        blob_store().save(blob_name(sha256), ContentFile(content))
    return sha256


def store_bytes(content: bytes, *, name: str, mime: str) -> StoredFile:
    """Store content the platform made itself (an archived volume's PDF) and return its ``StoredFile``."""
    sha256 = write_blob(content)
    stored, _ = StoredFile.objects.get_or_create(
        sha256=sha256, defaults={"size": len(content), "content_type": mime, "original_name": name[:255]}
    )
    _restored(stored)
    return stored


def file_references(ids: Iterable[int], *, exclude: dict | None = None) -> set[int]:
    """The ``StoredFile`` ids among ``ids`` that some row of any app still points at; ``exclude`` maps a model to
    the primary keys of its rows that do not count (the rows of a volume being destroyed)."""
    ids = list(ids)
    found: set[int] = set()
    for rel in StoredFile._meta.get_fields(include_hidden=True):
        if not (rel.is_relation and rel.auto_created and not rel.concrete) or rel.many_to_many:
            continue
        rows = rel.related_model._default_manager.filter(**{f"{rel.field.name}__in": ids})
        if exclude and rel.related_model in exclude:
            rows = rows.exclude(pk__in=exclude[rel.related_model])
        found |= set(rows.values_list(rel.field.attname, flat=True))
    return found


def dispose_files(ids: Iterable[int]) -> list[str]:
    """Mark the files disposed and delete their content once the transaction commits (a rolled-back destruction
    deletes nothing); the rows stay, with their digests, so the record of what existed is kept."""
    rows = list(StoredFile.objects.filter(pk__in=list(ids), disposed_at__isnull=True))
    StoredFile.objects.filter(pk__in=[r.pk for r in rows]).update(disposed_at=timezone.now())
    digests = [r.sha256 for r in rows]
    transaction.on_commit(lambda: [delete_blob(d) for d in digests])
    return [r.sha256 for r in rows]


def open_blob(stored: StoredFile) -> BinaryIO:
    return blob_store().open(blob_name(stored.sha256), "rb")


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
    for stored in StoredFile.objects.filter(disposed_at__isnull=True).order_by("pk").iterator():
        found = blob_digest(stored.sha256)
        if found is None:
            damaged[stored.pk] = f"文件“{stored.original_name}”（SHA-256 {stored.sha256[:12]}…）不存在"
        elif found != stored.sha256:
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
