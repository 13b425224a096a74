"""The 行政区划 table (``core.Region``): loading it from python-stdnum and looking names up.

loc.dat lists some (code, name) pairs twice with different year ranges (e.g. 511401 市辖区 for 1995–1997
and again from 2000); the table keeps one row per pair (a unique constraint) with the widest range, so that a
code's history stays readable without breaking the constraint.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import F

from zhifa.utils.regions import RegionRecord, is_known_region, iter_regions

from .models import Region


def _merge(records: Iterable[RegionRecord]) -> dict[tuple[str, str], Region]:
    """One unsaved ``Region`` per (code, name), spanning every range loc.dat gives that pair."""
    merged: dict[tuple[str, str], Region] = {}
    for rec in records:
        row = merged.get((rec.code, rec.name))
        if row is None:
            merged[(rec.code, rec.name)] = Region(
                code=rec.code, name=rec.name, level=rec.level,
                valid_from_year=rec.valid_from_year, valid_until_year=rec.valid_until_year,
            )  # fmt: skip
            continue
        row.valid_from_year = _earliest(row.valid_from_year, rec.valid_from_year)
        row.valid_until_year = _latest(row.valid_until_year, rec.valid_until_year)
    return merged


def _earliest(a: int | None, b: int | None) -> int | None:
    # None means "not known": an unknown start is as early as it gets.
    return None if a is None or b is None else min(a, b)


def _latest(a: int | None, b: int | None) -> int | None:
    # None means "still in use", which outlasts any year.
    return None if a is None or b is None else max(a, b)


@transaction.atomic
def regions_load() -> int:
    """Add every GB/T 2260 code/name from python-stdnum that the table lacks; returns how many were added.

    Idempotent: rows already present (including locally edited ones) are left as they are.
    """
    existing = set(Region.objects.values_list("code", "name"))
    new = [row for key, row in _merge(iter_regions()).items() if key not in existing]
    Region.objects.bulk_create(new, batch_size=1000)
    return len(new)


def region_name(code: str) -> str:
    """The current name of ``code`` (a row still in use preferred, else the latest); "" when unknown."""
    row = (
        Region.objects.filter(code=code)
        .order_by(F("valid_until_year").desc(nulls_first=True), F("valid_from_year").desc(nulls_last=True))
        .values_list("name", flat=True)
        .first()
    )
    return row or ""


def region_known(code: str) -> bool:
    """True when the table has the code, or (before ``regions_load``) python-stdnum's list does."""
    return Region.objects.filter(code=code).exists() or is_known_region(code)
