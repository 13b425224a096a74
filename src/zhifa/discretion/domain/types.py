"""Plain data the discretion calculator works on (house style R7: no ORM objects, no database).

A benchmark is a decision table: ``tiers`` are checked in their order and the first tier whose conditions all
hold applies (a lawyer reads it top to bottom, like the printed 裁量基准表). The statutory rules of 《行政处罚法》
第三十条至第三十三条 are applied before the table. Selectors turn ``discretion.Benchmark`` rows into these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Condition:
    """One condition of a tier: a ``Circumstance`` key, with ``value`` where the key takes a number
    (years for ``repeat_within_years``; yuan for the amount thresholds)."""

    key: str
    value: Decimal | None = None


@dataclass(frozen=True)
class Fine:
    """A tier's fine: ``mode`` is a ``FineMode``; for AMOUNT ``low``/``high`` are yuan, for the multiple modes
    they are multiples of the base amount. ``high`` None means no upper bound stated (rare; 从重 above a floor)."""

    mode: str
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(frozen=True)
class TierRule:
    tier_id: int | None
    order: int
    outcome: str  # Outcome
    label: str  # 情节, e.g. "情节轻微"
    conditions: tuple[Condition, ...]
    kinds: tuple[str, ...]  # PenaltyKind values
    fine: Fine | None
    basis: str = ""  # the article this tier rests on, e.g. "《行政处罚法》第三十三条第一款"
    note: str = ""


@dataclass(frozen=True)
class BenchmarkRule:
    benchmark_id: int | None
    title: str  # e.g. "未取得食品经营许可从事食品经营活动"
    citation: str  # 处罚依据, e.g. "《中华人民共和国食品安全法》第一百二十二条第一款"
    tiers: tuple[TierRule, ...]
    statutory_fine: Fine | None = None  # the range the statute itself sets (减轻 goes below ``low``)
    version_label: str = ""


@dataclass(frozen=True)
class Facts:
    """What the calculator is told about a case.

    ``circumstances``: the asserted ``Circumstance`` keys; ``prior_decisions``: dates of earlier penalty
    decisions against the same party for the same matter (read from zhifa by the service, never typed in).
    """

    party_type: str  # PartyType
    act_date: date
    circumstances: frozenset[str] = frozenset()
    illegal_gain: Decimal | None = None
    goods_value: Decimal | None = None
    turnover: Decimal | None = None
    ad_fee: Decimal | None = None
    party_birth_date: date | None = None
    prior_decisions: tuple[date, ...] = ()


@dataclass(frozen=True)
class TraceStep:
    """One line of the explanation: the rule applied (a zhifa rule code or a benchmark tier), what it found,
    and its citation."""

    rule: str
    text: str
    citation: str = ""


@dataclass(frozen=True)
class Recommendation:
    outcome: str
    tier_id: int | None
    tier_label: str
    kinds: tuple[str, ...]
    fine_low: Decimal | None  # yuan, computed (multiples applied)
    fine_high: Decimal | None
    trace: tuple[TraceStep, ...]
    warnings: tuple[str, ...] = field(default=())
    benchmark_id: int | None = None

    @property
    def penalises(self) -> bool:
        return self.outcome != "no_penalty"
