"""Clean-up and delegation reports on the catalog (pure reads; each runs a fixed number of queries).

- ``unused_matters``: matters in force with no case in the last five years — seed 003 三(三)1 "对近五年未发生的
  …行政执法事项…予以取消、调整或者暂停实施".
- ``repeated_matters``: the same matter under two basic codes, or one matter exercised by several departments
  (交叉重复, seed 003 三(三)1).
- ``delegation_report``: for each matter delegated (赋权) or entrusted (委托) to streets, per street, the cases,
  the overdue share and the complaints of the period, flagged "接不住" — seed 000 §8 "对街道普遍接不住、监管跟不上
  的职权事项及时报请研究调整"; seed 003 三(三)2(2).

The delegation thresholds are local management choices, not legal values: ``OVERDUE_SHARE_THRESHOLD`` (0.3, an
overdue share at or above it flags the street) and ``COMPLAINT_THRESHOLD`` (3 complaints in the period). They are
keyword arguments so a page can show and vary them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from zhifa.cases.models import Case
from zhifa.core.domain.workdays import years_before
from zhifa.organisations.constants import STREET_CATEGORIES, Category
from zhifa.supervision.models import Complaint

from .constants import MatterStatus, StreetDelegation
from .excel import normalise_name
from .models import MatterVersion
from .selectors import in_force_on

OVERDUE_SHARE_THRESHOLD = 0.3
COMPLAINT_THRESHOLD = 3


def _in_force(today: date) -> QuerySet[MatterVersion]:
    return (
        MatterVersion.objects.filter(in_force_on(today))
        .select_related("matter", "entrustment__entrusted")
        .prefetch_related("bodies")
        .order_by("matter__basic_code")
    )


# --- 五年未发生 -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnusedRow:
    version: MatterVersion
    last_case_on: date | None
    first_valid_from: date
    listed_recently: bool  # in the catalog for less than the period: noted, not hidden


def unused_matters(*, today: date, years: int = 5) -> list[UnusedRow]:
    """Matters in force ``today`` with no case registered in the last ``years`` years, with their last case."""
    since = years_before(today, years)
    last_case = Case.objects.filter(matter=OuterRef("matter"), registered_on__lte=today).order_by(
        "-registered_on"
    )
    first = MatterVersion.objects.filter(
        matter=OuterRef("matter"), status__in=[MatterStatus.PUBLISHED, MatterStatus.REPEALED]
    ).order_by("valid_from")
    qs = _in_force(today).annotate(
        last_case_on=Subquery(last_case.values("registered_on")[:1]),
        first_valid_from=Subquery(first.values("valid_from")[:1]),
    )
    qs = qs.filter(Q(last_case_on__isnull=True) | Q(last_case_on__lt=since))
    return [UnusedRow(v, v.last_case_on, v.first_valid_from, v.first_valid_from > since) for v in qs]


# --- 交叉重复 ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RepeatedRow:
    version: MatterVersion
    same_name_codes: list[str]
    departments: list
    reasons: list[str]


def repeated_matters(*, today: date) -> list[RepeatedRow]:
    """Matters in force whose name (without spaces and punctuation) appears under another basic code too, or
    that more than one department (a body that is not a street) exercises."""
    versions = list(_in_force(today))
    codes_by_name: dict[str, list[str]] = defaultdict(list)
    for v in versions:
        codes_by_name[normalise_name(v.name)].append(v.matter.basic_code)
    rows = []
    for v in versions:
        row = _repeated_row(v, codes_by_name[normalise_name(v.name)])
        if row.reasons:
            rows.append(row)
    return rows


def _repeated_row(version: MatterVersion, codes: list[str]) -> RepeatedRow:
    others = [c for c in codes if c != version.matter.basic_code]
    departments = [b for b in version.bodies.all() if b.category not in STREET_CATEGORIES]
    reasons = []
    if others:
        reasons.append(f"同名事项另有基本编码：{'、'.join(others)}")
    if len(departments) > 1:
        reasons.append(f"{len(departments)} 个部门共同实施：{'、'.join(b.name for b in departments)}")
    return RepeatedRow(version, others, departments, reasons)


# --- 下放事项评估 -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DelegationRow:
    version: MatterVersion
    street: object  # organisations.Organisation
    cases: int
    overdue: int
    complaints: int
    reasons: list[str]

    @property
    def overdue_share(self) -> float | None:
        return self.overdue / self.cases if self.cases else None

    @property
    def struggling(self) -> bool:
        """接不住: no case at all, too many overdue cases, or too many complaints."""
        return bool(self.reasons)


def _street_key(org) -> int:
    """Cases and complaints of a street's enforcement team count for the street."""
    return org.street_id if org.category == Category.STREET_TEAM and org.street_id else org.pk


def _streets(version: MatterVersion) -> list:
    found = [b for b in version.bodies.all() if b.category in STREET_CATEGORIES]
    entrusted = version.entrustment.entrusted if version.entrustment else None
    if entrusted is not None and entrusted.category in STREET_CATEGORIES:
        found.append(entrusted)
    unique = {}
    for org in found:
        unique.setdefault(_street_key(org), org)
    return list(unique.values())


def _overdue(today: date) -> Q:
    """``Case.is_overdue`` as a filter: closed after its deadline, or still open past it."""
    closed_late = Q(closed_on__isnull=False, closed_on__gt=F("due_on"))
    open_late = Q(closed_on__isnull=True, due_on__lt=today)
    return Q(due_on__isnull=False) & (closed_late | open_late)


def _counts(qs: QuerySet, date_field: str, since: date, today: date, **extra) -> dict[tuple[int, int], dict]:
    """Rows per (matter, street) in the period, one aggregate query."""
    qs = qs.filter(**{f"{date_field}__gte": since, f"{date_field}__lte": today})
    qs = qs.annotate(street_key=Coalesce("organisation__street_id", "organisation_id"))
    grouped = qs.values("matter_id", "street_key").annotate(n=Count("pk"), **extra).order_by()
    return {(g["matter_id"], g["street_key"]): g for g in grouped}


def delegation_report(
    *, today: date, years: int = 1, overdue_threshold: float = OVERDUE_SHARE_THRESHOLD,
    complaint_threshold: int = COMPLAINT_THRESHOLD,
) -> list[DelegationRow]:  # fmt: skip
    """Per delegated or entrusted matter in force ``today`` and per street: cases of the last ``years`` years,
    their overdue share and the complaints of the period, with the reasons the street "接不住"."""
    delegated = [StreetDelegation.DELEGATED, StreetDelegation.ENTRUSTED]
    versions = list(_in_force(today).filter(street_delegation__in=delegated))
    matter_ids = [v.matter_id for v in versions]
    since = years_before(today, years)
    cases = _counts(Case.objects.filter(matter_id__in=matter_ids), "registered_on", since, today,
                    overdue=Count("pk", filter=_overdue(today)))  # fmt: skip
    complaints = _counts(Complaint.objects.filter(matter_id__in=matter_ids), "received_on", since, today)
    rows = []
    for v in versions:
        for street in _streets(v):
            key = (v.matter_id, _street_key(street))
            found = cases.get(key, {})
            n, overdue = found.get("n", 0), found.get("overdue", 0)
            complained = complaints.get(key, {}).get("n", 0)
            reasons = _reasons(n, overdue, complained, overdue_threshold, complaint_threshold)
            rows.append(DelegationRow(v, street, n, overdue, complained, reasons))
    return rows


def _reasons(
    cases: int, overdue: int, complaints: int, share_limit: float, complaint_limit: int
) -> list[str]:
    reasons = []
    if cases == 0:
        reasons.append("期内无案件")
    elif overdue / cases >= share_limit:
        reasons.append(f"超期率 {overdue / cases:.0%} ≥ {share_limit:.0%}")
    if complaints >= complaint_limit:
        reasons.append(f"投诉 {complaints} 件 ≥ {complaint_limit} 件")
    return reasons
