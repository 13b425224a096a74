"""Input shapes of benchmark writes, and the translation of stored benchmarks into the pure decision table."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .constants import FineMode, PenaltyKind
from .domain.splitting import split_max_only, split_three_bands
from .domain.types import BenchmarkRule, Condition, Fine, TierRule


@dataclass
class TierData:
    """One row of a benchmark table as a user writes it."""

    outcome: str
    label: str
    conditions: list[dict[str, Any]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    fine_mode: str = FineMode.NONE
    fine_low: Decimal | None = None
    fine_high: Decimal | None = None
    basis: str = ""
    note: str = ""


@dataclass
class BenchmarkData:
    """The text of a benchmark (everything but its tiers, identity and filing state)."""

    violation: str
    penalty_basis: str
    clause: str
    violated_basis: str = ""
    document_number: str = ""
    statutory_fine_mode: str = FineMode.NONE
    statutory_fine_low: Decimal | None = None
    statutory_fine_high: Decimal | None = None


BENCHMARK_FIELDS = tuple(BenchmarkData.__dataclass_fields__)
TIER_FIELDS = tuple(TierData.__dataclass_fields__)


def _conditions(raw: list[dict[str, Any]]) -> tuple[Condition, ...]:
    return tuple(
        Condition(c["key"], Decimal(str(c["value"])) if c.get("value") not in (None, "") else None)
        for c in raw
    )


def _fine(mode: str, low, high) -> Fine | None:
    return None if mode in ("", FineMode.NONE) else Fine(mode, low, high)


def tier_rule(tier, order: int | None = None) -> TierRule:
    """A stored ``BenchmarkTier`` (or a ``TierData``) as a row of the pure table."""
    return TierRule(
        tier_id=getattr(tier, "pk", None),
        order=order if order is not None else tier.order,
        outcome=tier.outcome,
        label=tier.label,
        conditions=_conditions(tier.conditions),
        kinds=tuple(tier.kinds),
        fine=_fine(tier.fine_mode, tier.fine_low, tier.fine_high),
        basis=tier.basis,
        note=tier.note,
    )


def benchmark_rule(benchmark, tiers=None) -> BenchmarkRule:
    """A stored ``Benchmark`` as the pure decision table the calculator reads."""
    rows = list(tiers if tiers is not None else benchmark.tiers.all())
    return BenchmarkRule(
        benchmark_id=benchmark.pk,
        title=benchmark.violation,
        citation=benchmark.penalty_basis,
        tiers=tuple(tier_rule(t, order=getattr(t, "order", (i + 1) * 10)) for i, t in enumerate(rows)),
        statutory_fine=_fine(
            benchmark.statutory_fine_mode, benchmark.statutory_fine_low, benchmark.statutory_fine_high
        ),
        version_label=f"{benchmark.issuer_name}（第{benchmark.version}版）",
    )


def split_rows(method: str, mode: str, low, high, kinds=(PenaltyKind.FINE,)) -> list[TierData]:
    """Draft rows from a split helper (从轻, 从重, then the unconditional 一般): ``three_bands`` cuts [low, high],
    ``max_only`` a range given by its maximum. Raises ValueError (in Chinese) for a range it cannot cut."""
    kinds = tuple(kinds)
    if method == "three_bands":
        rules = split_three_bands(low, high, mode=mode, kinds=kinds)
    else:
        rules = split_max_only(high, mode=mode, kinds=kinds)
    return [
        TierData(outcome=r.outcome, label=r.label, kinds=list(r.kinds), fine_mode=r.fine.mode, fine_low=r.fine.low,
                 fine_high=r.fine.high, note=r.note)
        for r in rules
    ]  # fmt: skip
