"""``zhifa sweep``: remove what was stored but never became part of any record.

A blob is written before the transaction that registers it commits; when that transaction is refused or rolled back
(an item refused for a missing field, a crash), the blob stays on disk with no ``StoredFile`` row. A ``StoredFile``
row that no record of any app points at (its upload was abandoned) and a resumable upload left open for days are
the same kind of leftover. Only what is older than ``ZHIFA_SWEEP_GRACE_HOURS`` goes, so an upload in progress is
never touched; files that belong to a record — evidence, an archived volume, a certificate photo — are never swept,
whatever their age (a lawful destruction goes through ``evidence.archive`` with its approval instead).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import StoredFile
from .storage import blob_store, delete_blob, file_references, iter_blobs, staging_dir


@dataclass
class SweepReport:
    orphan_blobs: list[str] = field(default_factory=list)
    unreferenced_rows: list[str] = field(default_factory=list)
    bytes_freed: int = 0
    other: dict[str, int] = field(default_factory=dict)  # what the apps' sweepers removed, by label


# Apps register their own leftovers (e.g. stale resumable uploads) here, in their AppConfig.ready: each takes the
# cut-off time and dry_run and returns (label, count, bytes).
SWEEPERS: list[Callable[[datetime, bool], tuple[str, int, int]]] = []


def sweep(*, dry_run: bool = False, now: datetime | None = None) -> SweepReport:
    cutoff = (now or timezone.now()) - timedelta(hours=settings.SWEEP_GRACE_HOURS)
    report = SweepReport()
    for sweeper in SWEEPERS:
        label, count, size = sweeper(cutoff, dry_run)
        report.other[label] = count
        report.bytes_freed += size
    _sweep_rows(report, cutoff, dry_run)
    _sweep_blobs(report, cutoff.timestamp(), dry_run)
    return report


def _sweep_rows(report: SweepReport, cutoff: datetime, dry_run: bool) -> None:
    """``StoredFile`` rows no record points at, older than the cut-off: the row and its blob go."""
    old = list(
        StoredFile.objects.filter(created_at__lt=cutoff, disposed_at__isnull=True).values_list(
            "pk", flat=True
        )
    )
    with transaction.atomic():
        unused = StoredFile.objects.filter(pk__in=set(old) - file_references(old)).select_for_update()
        for row in unused:
            report.unreferenced_rows.append(f"{row.original_name}（{row.sha256[:12]}…，{row.size} 字节）")
            report.bytes_freed += row.size
            if not dry_run:
                delete_blob(row.sha256)
                row.delete()


def _sweep_blobs(report: SweepReport, cutoff: float, dry_run: bool) -> None:
    """Names in the store that no ``StoredFile`` row holds, and staged files of interrupted writes."""
    store = blob_store()
    known = set(StoredFile.objects.filter(disposed_at__isnull=True).values_list("sha256", flat=True))
    for name in iter_blobs():
        if name.rsplit("/", 1)[-1] in known or store.get_modified_time(name).timestamp() >= cutoff:
            continue
        report.orphan_blobs.append(name)
        report.bytes_freed += store.size(name)
        if not dry_run:
            store.delete(name)
    for path in staging_dir().iterdir():
        if path.is_file() and path.stat().st_mtime < cutoff:
            report.orphan_blobs.append(f"staging/{path.name}")
            report.bytes_freed += path.stat().st_size
            if not dry_run:
                path.unlink(missing_ok=True)
