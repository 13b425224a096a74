"""文号 and case numbers: one gap-free series per body, year and kind.

The series row is locked (``select_for_update``) inside the caller's transaction, so two officers issuing at the
same moment get consecutive numbers, and a refused step rolls its number back with everything else: numbers are
unique and leave no gaps. On SQLite the project opens every transaction IMMEDIATE (config/settings/base.py),
which serialises writers the same way.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction

from .constants import DOCUMENT_PREFIX
from .models import NumberSeries

CASE_SERIES = "case"


def next_in_series(organisation, year: int, kind: str) -> int:
    series = (
        NumberSeries.objects.select_for_update()
        .filter(organisation=organisation, year=year, kind=kind)
        .first()
    )
    if series is None:
        try:
            # A savepoint: if another transaction created the row first, fall back to locking theirs.
            with transaction.atomic():
                series = NumberSeries.objects.create(organisation=organisation, year=year, kind=kind)
        except IntegrityError:
            series = NumberSeries.objects.select_for_update().get(
                organisation=organisation, year=year, kind=kind
            )
    series.last += 1
    series.save(update_fields=["last"])
    return series.last


def body_word(organisation) -> str:
    return organisation.short_name or organisation.name


def case_number(organisation, year: int) -> str:
    """一案一码: the region code, the body, the year and a serial, e.g. 439901-7-2026-000012."""
    serial = next_in_series(organisation, year, CASE_SERIES)
    return f"{organisation.region_code}-{organisation.pk}-{year}-{serial:06d}"


def document_number(organisation, year: int, kind: str) -> str:
    """The 文号 of a document kind that carries one (e.g. 区市场监管罚〔2026〕12号); '' for records and forms."""
    word = DOCUMENT_PREFIX.get(kind)
    if word is None:
        return ""
    serial = next_in_series(organisation, year, kind)
    return f"{body_word(organisation)}{word}〔{year}〕{serial}号"
