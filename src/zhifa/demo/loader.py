"""Load the fictional demo district 清江区 (``zhifa demo``) in bulk.

Why not call the services row by row: a service locks, checks and audits one change at a time, which is
right for a user's step but costs several queries per row, and the demo (later with hundreds of thousands of
cases) must load in about a minute on two cores. The loader instead plans every row in memory, following the
rules the services enforce (the certificate transition table, numbering, exam and training requirements, who
reviews whom), and writes each table with ``bulk_create``. Certificate histories go onto the audit hash chain
in one ``append_many`` call, so ``zhifa verify`` checks them exactly as if the services had written them.

Everything random comes from one ``random.Random(seed)`` and every date from ``today``, so a seed and a day
always give the same district (certificate numbers, ID numbers, histories).

This module is the public interface and the order of the parts; each part is a module of this package with one
``load_<part>(ctx)`` that takes the shared ``LoadContext`` (``context``). To add a part (cases, licences,
inspections), write its module and add it to ``PARTS`` after the parts whose rows it needs and before
``load_audit``; adding it after ``load_assessments`` leaves the district the earlier parts draw unchanged.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils import timezone

from zhifa.core.audit import take_checkpoint
from zhifa.core.exceptions import DomainError
from zhifa.organisations.models import Organisation

from .accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAccount, load_accounts
from .acts import load_acts
from .archive import load_archive
from .assessments import load_assessments
from .audit import load_audit
from .cases import load_cases
from .catalog import load_catalog
from .certificates import load_certificates
from .coercion import load_coercion
from .context import LoadContext
from .district import load_district
from .exams import load_exams
from .inspections import load_inspections
from .licences import load_licences
from .organisations import load_organisations
from .people import load_people
from .publicity import load_publicity
from .training import load_training

__all__ = ["DEMO_ACCOUNTS", "DEMO_PASSWORD", "DemoAccount", "demo_loaded", "load_demo"]

MIN_SCALE = 0.2

# In this order: each part draws from the one random source and reads rows the parts before it made, so
# moving a part changes the district; the audit part goes last (its load event records every count).
PARTS: tuple[Callable[[LoadContext], None], ...] = (
    load_district,
    load_organisations,
    load_people,
    load_accounts,
    load_training,
    load_exams,
    load_certificates,
    load_assessments,
    load_catalog,
    load_cases,
    load_archive,
    load_licences,
    load_inspections,
    load_coercion,
    load_acts,
    load_publicity,
    load_audit,
)


def demo_loaded() -> bool:
    """True when the database already holds organisations (the demo or a real district)."""
    return Organisation.objects.exists()


def load_demo(
    *,
    seed: int = 2026,
    today: date | None = None,
    scale: float = 1.0,
    timings: dict[str, float] | None = None,
    through: str | None = None,
) -> dict[str, int]:
    """Load the demo district into an empty database in one transaction; returns row counts per kind.
    ``timings``, when given, receives each part's wall time in seconds (the load benchmark prints them).
    ``through`` (a part's name, e.g. ``"assessments"``) stops after that part, then writes the audit part: the
    earlier parts draw the same district whatever follows them, so tests of people and certificates need not
    wait for a year of cases, licences and inspections."""
    if scale < MIN_SCALE:
        raise ValueError(f"演示数据规模不能小于 {MIN_SCALE}（实为 {scale}）。")
    if demo_loaded():
        raise DomainError(
            "DEMO-001",
            "数据库中已有机构数据：演示区只能载入空数据库。",
            citation="zhifa 演示数据规则（zhifa/demo/loader.py）",
        )
    with _query_log_off(), transaction.atomic():
        ctx = LoadContext.start(seed=seed, today=today or timezone.localdate(), scale=scale)
        for part in _parts(through):
            start = time.perf_counter()
            part(ctx)
            if timings is not None:
                timings[part.__name__.removeprefix("load_")] = time.perf_counter() - start
        take_checkpoint(ctx.tl.today)  # the day's chain head, as the daily `zhifa checkpoint` would record it
        return ctx.counts


def _parts(through: str | None) -> tuple[Callable[[LoadContext], None], ...]:
    if through is None:
        return PARTS
    names = [p.__name__.removeprefix("load_") for p in PARTS]
    return (*PARTS[: names.index(through) + 1], load_audit)


@contextmanager
def _query_log_off() -> Iterator[None]:
    """Skip Django's query log while loading.

    With DEBUG on (the dev settings ``zhifa demo`` runs under) Django keeps the SQL text of every query; for bulk
    inserts of thousands of rows building and keeping that text costs a quarter of the load time and tens of MiB.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    connection.make_debug_cursor = connection.make_cursor  # an instance attribute shadowing the method
    try:
        yield
    finally:
        del connection.make_debug_cursor
