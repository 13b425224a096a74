"""Reads of the recorded acts (house style R9): every query is scoped by ``accounts.permissions.restrict``.

``yearly_counts`` is what the 行政执法统计年报 reads (legal-rules §9: 征收、征用、确认、给付、奖励、裁决 by 件次 and
amount): one row per body × kind × month of the acts in force (有效) decided in the year, an aggregated payment
row counting its recipients.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Coalesce, ExtractMonth

from zhifa.accounts.permissions import restrict
from zhifa.core.exceptions import NotInScope

from .constants import ACT_KINDS, ActState
from .models import ActRecord
from .workflow import ACTS

CENT = Decimal("0.01")
RELATED = ("organisation", "matter", "matter_version", "party")


def acts_visible_to(actor) -> QuerySet[ActRecord]:
    return restrict(ActRecord.objects.select_related(*RELATED), actor)


def act_for(actor, pk: int) -> ActRecord:
    record = acts_visible_to(actor).filter(pk=pk).first()
    if record is None:
        raise NotInScope("SCOPE-404", "对象不存在或不在您的管辖范围内。",
                         citation="zhifa 数据范围规则（accounts/permissions.py）")  # fmt: skip
    return record


def act_list(*, actor, state: str = "", kind: str = "", matter_id: int | None = None, organisation_id: int | None = None,
             date_from: date | None = None, date_to: date | None = None, q: str = "") -> QuerySet[ActRecord]:  # fmt: skip
    qs = acts_visible_to(actor)
    if state:
        qs = qs.filter(state=state)
    if kind:
        qs = qs.filter(kind=kind)
    if matter_id:
        qs = qs.filter(matter_id=matter_id)
    if organisation_id:
        qs = qs.filter(organisation_id=organisation_id)
    if date_from:
        qs = qs.filter(decided_on__gte=date_from)
    if date_to:
        qs = qs.filter(decided_on__lte=date_to)
    if q:
        qs = qs.filter(
            Q(number__icontains=q) | Q(party__name__icontains=q) | Q(matter_version__name__icontains=q)
        )
    return qs.order_by("-decided_on", "-id")


def version_history(record: ActRecord) -> list[ActRecord]:
    """Every version of the decision ``record`` belongs to, first to last (a short chain: one query a link)."""
    first = record
    while first.supersedes_id:
        first = ActRecord.objects.select_related(*RELATED).get(pk=first.supersedes_id)
    chain = [first]
    while (
        nxt := ActRecord.objects.select_related(*RELATED).filter(supersedes=chain[-1]).first()
    ) is not None:
        chain.append(nxt)
    return chain


def steps_allowed(record: ActRecord, actor) -> list:
    """The steps ``actor`` may try on ``record`` now (the guards decide when it is taken)."""
    return [s for s in ACTS.steps_from(record.state) if s.perm in actor.permissions]


def publication_entry(record: ActRecord) -> dict:
    """What the public sees of a decision (legal-rules §2, §12): never an ID number, a phone or an address; a
    natural person's name only where the act is published at all."""
    party = record.party
    return {
        "number": record.number, "body": record.organisation.name, "kind": record.get_kind_display(),
        "matter": record.matter_version.name, "decided_on": record.decided_on, "decision": record.decision,
        "party": "（按月汇总）" if party is None else party.name, "basis": record.basis,
        "amount": record.amount, "recipients": record.recipients,
        "state": record.get_state_display(),
    }  # fmt: skip


# --- the annual statistics -----------------------------------------------------------------------------------------


def _month_of():
    return Coalesce("period", "decided_on")


def yearly_counts(*, actor, year: int, organisation_id: int | None = None) -> list[dict]:
    """Counts (件次) and amounts per body × kind × month of the 有效 acts decided in ``year`` (the statistics issue
    reads this). An aggregated payment counts its recipients; the month of an aggregated row is its period."""
    qs = acts_visible_to(actor).filter(state=ActState.VALID).annotate(day=_month_of())
    qs = qs.filter(day__gte=date(year, 1, 1), day__lte=date(year, 12, 31))
    if organisation_id:
        qs = qs.filter(organisation_id=organisation_id)
    counted = Case(When(aggregated=True, then="recipients"), default=Value(1), output_field=IntegerField())
    rows = (
        qs.annotate(month=ExtractMonth("day"))
        .values("organisation_id", "organisation__name", "kind", "month")
        .annotate(count=Sum(counted), amount=Sum("amount"), rows=Count("id"))
        .order_by("organisation__name", "organisation_id", "kind", "month")
    )
    return [{**r, "amount": Decimal(r["amount"] or 0).quantize(CENT)} for r in rows]


@dataclass
class SummaryLine:
    """One body × kind line of the yearly table: counts and amounts per month and in total."""

    organisation_id: int
    organisation: str
    kind: str
    kind_label: str
    months: list[int] = field(default_factory=lambda: [0] * 12)
    amounts: list[Decimal] = field(default_factory=lambda: [CENT * 0] * 12)

    @property
    def total(self) -> int:
        return sum(self.months)

    @property
    def amount(self) -> Decimal:
        return sum(self.amounts, CENT * 0)


def yearly_summary(*, actor, year: int, organisation_id: int | None = None) -> list[SummaryLine]:
    """``yearly_counts`` as the table a page shows: one line per body and kind, twelve months and the total."""
    labels = {k.value: str(k.label) for k in ACT_KINDS}
    lines: dict[tuple[int, str], SummaryLine] = {}
    for row in yearly_counts(actor=actor, year=year, organisation_id=organisation_id):
        key = (row["organisation_id"], row["kind"])
        line = lines.setdefault(key, SummaryLine(row["organisation_id"], row["organisation__name"], row["kind"],
                                                 labels.get(row["kind"], row["kind"])))  # fmt: skip
        line.months[row["month"] - 1] += row["count"] or 0
        line.amounts[row["month"] - 1] += row["amount"]
    return list(lines.values())


def kind_totals(lines: list[SummaryLine]) -> dict[str, dict]:
    """The district's totals per kind (the 年报's 征收/征用/确认/给付/奖励/裁决 columns)."""
    totals: dict[str, dict] = defaultdict(lambda: {"count": 0, "amount": CENT * 0})
    for line in lines:
        totals[line.kind]["count"] += line.total
        totals[line.kind]["amount"] += line.amount
    return dict(totals)
