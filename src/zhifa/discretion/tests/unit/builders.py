"""Small builders for benchmark tables in unit tests (plain dataclasses, no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from zhifa.discretion.constants import Circumstance as C
from zhifa.discretion.constants import FineMode, Outcome, PartyType, PenaltyKind
from zhifa.discretion.domain.types import BenchmarkRule, Condition, Facts, Fine, TierRule

ACT = date(2025, 6, 10)
ADULT = date(1990, 1, 1)
FOOD_LAW = "《中华人民共和国食品安全法》第一百二十二条第一款"


def cond(key: str, value: int | str | None = None) -> Condition:
    return Condition(key, None if value is None else Decimal(value))


def amount(low: int | str | None, high: int | str | None) -> Fine:
    return Fine(FineMode.AMOUNT, _d(low), _d(high))


def times(mode: str, low: int | str | None, high: int | str | None) -> Fine:
    return Fine(mode, _d(low), _d(high))


def _d(value: int | str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def tier(
    order: int,
    outcome: str,
    label: str,
    *conditions: Condition,
    fine: Fine | None = None,
    kinds: tuple[str, ...] | None = None,
    tier_id: int | None = None,
    basis: str = "",
) -> TierRule:
    if kinds is None:
        kinds = (
            () if outcome == Outcome.NO_PENALTY else (PenaltyKind.FINE,) if fine else (PenaltyKind.WARNING,)
        )
    return TierRule(
        tier_id if tier_id is not None else order, order, outcome, label, conditions, kinds, fine, basis
    )


def benchmark(*tiers: TierRule, statutory: Fine | None = None, title: str = "测试事项") -> BenchmarkRule:
    return BenchmarkRule(99, title, FOOD_LAW, tiers, statutory_fine=statutory, version_label="2025版")


def facts(*flags: str, **kwargs) -> Facts:
    kwargs.setdefault("party_type", PartyType.PERSON)
    kwargs.setdefault("act_date", ACT)
    kwargs.setdefault("party_birth_date", ADULT if kwargs["party_type"] == PartyType.PERSON else None)
    for key in ("illegal_gain", "goods_value", "turnover", "ad_fee"):
        if kwargs.get(key) is not None:
            kwargs[key] = Decimal(kwargs[key])
    return Facts(circumstances=frozenset(flags), **kwargs)


def food_benchmark() -> BenchmarkRule:
    """《食品安全法》第一百二十二条第一款: 货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，
    并处货值金额十倍以上二十倍以下罚款 — a realistic table with a 首违不罚 entry, amount bands and multiples."""
    below, at_least = cond(C.GOODS_BELOW, 10000), cond(C.GOODS_AT_LEAST, 10000)
    multiple = FineMode.GOODS_MULTIPLE
    return benchmark(
        tier(
            5,
            Outcome.NO_PENALTY,
            "首违不罚",
            cond(C.FIRST_OFFENCE),
            cond(C.SLIGHT_HARM),
            cond(C.CORRECTED_IN_TIME),
        ),
        tier(
            10,
            Outcome.LENIENT,
            "货值不足一万元，情节较轻",
            below,
            cond(C.CORRECTED_IN_TIME),
            fine=amount(50000, 65000),
        ),
        tier(
            20,
            Outcome.AGGRAVATED,
            "货值不足一万元，两年内再犯",
            below,
            cond(C.REPEAT_WITHIN_YEARS, 2),
            fine=amount(85000, 100000),
        ),
        tier(30, Outcome.STANDARD, "货值不足一万元", below, fine=amount(65000, 85000)),
        tier(
            40,
            Outcome.LENIENT,
            "货值一万元以上，情节较轻",
            at_least,
            cond(C.CORRECTED_IN_TIME),
            fine=times(multiple, 10, 13),
        ),
        tier(
            50,
            Outcome.AGGRAVATED,
            "货值一万元以上，两年内再犯",
            at_least,
            cond(C.REPEAT_WITHIN_YEARS, 2),
            fine=times(multiple, 17, 20),
        ),
        tier(60, Outcome.STANDARD, "货值一万元以上", fine=times(multiple, 13, 17)),
        title="未取得食品经营许可从事食品经营活动",
    )
