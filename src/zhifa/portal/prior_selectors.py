"""Reads for the 事前公开 pages of the portal: what the public may know before any enforcement happens.

seed 001 (一)2: "主要公开行政执法主体、人员、职责、权限、随机抽查事项清单、依据、程序、监督方式和救济渠道等信息".
Only published facts leave these functions: matter versions that are published and in force on the day, and
discretion benchmarks that the 司法局 filed (已备案) and that are in force on the day (《行政处罚法》第三十四条:
裁量基准应当向社会公布). Drafts, versions not yet in force, repealed versions and benchmarks under filing review
never do. Every list query fetches its related rows up front (no N+1; the tests count the queries).
"""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

from zhifa.catalog.models import MatterVersion
from zhifa.catalog.selectors import in_force_on, matter_catalog
from zhifa.discretion import selectors as discretion
from zhifa.discretion.models import Benchmark, BenchmarkTier
from zhifa.discretion.workflow import BenchmarkState
from zhifa.organisations.constants import Category, OrgStatus
from zhifa.organisations.models import Organisation


def matter_list(
    *, day: date, q: str = "", kind: str = "", body_id: int | None = None
) -> QuerySet[MatterVersion]:
    """The catalog of matters in force on ``day`` (one published version per matter), with bodies and bases."""
    return matter_catalog(on=day, q=q, kind=kind, body_id=body_id)


def matter_guide(matter_id: int, day: date) -> MatterVersion | None:
    """The published version of matter ``matter_id`` in force on ``day`` (None: not public)."""
    return matter_catalog(on=day).filter(matter_id=matter_id).first()


def inspection_items(*, day: date, body_id: int | None = None) -> QuerySet[MatterVersion]:
    """随机抽查事项清单: the matters in force on ``day`` listed as random-inspection items."""
    return matter_catalog(on=day, inspection_only=True, body_id=body_id)


def _filed_on(day: date) -> Q:
    return Q(status=BenchmarkState.FILED, valid_from__lte=day) & (
        Q(valid_until__isnull=True) | Q(valid_until__gte=day)
    )


def benchmark_list(*, day: date, q: str = "", body_id: int | None = None) -> QuerySet[Benchmark]:
    """Filed benchmarks in force on ``day``; ``body_id``: those the body applies (its own and its superiors')."""
    qs = Benchmark.objects.filter(_filed_on(day)).select_related("matter", "organisation")
    if q:
        qs = qs.filter(
            Q(violation__icontains=q) | Q(matter__basic_code__startswith=q) | Q(issuer_name__icontains=q)
        )
    if body_id:
        qs = qs.filter(_applied_by(body_id, day))
    return qs.order_by("matter__basic_code", "level", "-version")


def _applied_by(body_id: int, day: date) -> Q:
    """The body's own benchmarks, and superior departments' benchmarks for the matters the body exercises."""
    matters = MatterVersion.objects.filter(in_force_on(day), bodies__pk=body_id).values("matter_id")
    return Q(organisation_id=body_id) | Q(organisation__isnull=True, matter_id__in=matters)


def benchmark_detail(pk: int, day: date) -> Benchmark | None:
    """One filed benchmark in force on ``day``, with its tiers in order."""
    return discretion.with_tiers(Benchmark.objects.filter(_filed_on(day), pk=pk)).first()


def matter_names(matter_ids, day: date) -> dict[int, str]:
    """Each matter's name in its version in force on ``day`` (one query)."""
    return discretion.matter_names(matter_ids, day)


def three_lists(day: date) -> list[BenchmarkTier]:
    """The 不予处罚、减轻处罚、从轻处罚 rows of the benchmarks in force on ``day`` (the 三张清单)."""
    return list(discretion.three_lists(day=day))


def body_matters(body: Organisation, day: date) -> QuerySet[MatterVersion]:
    """The matters ``body`` exercises on ``day``, for its page (names and codes only)."""
    qs = MatterVersion.objects.filter(in_force_on(day), bodies=body).select_related("matter")
    return qs.order_by("kind", "matter__basic_code")


def justice_bureau() -> Organisation | None:
    """The 司法局 (行政执法监督机构) that receives complaints about enforcement."""
    qs = Organisation.objects.filter(category=Category.JUSTICE_BUREAU, status=OrgStatus.ACTIVE)
    return qs.order_by("sort_order", "id").first()
