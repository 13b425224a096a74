"""Authoring helpers: splitting statutory ranges into draft tiers (legal-rules §4 [S]) and checking a table."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhifa.discretion.constants import Circumstance as C
from zhifa.discretion.constants import FineMode, Outcome, PenaltyKind
from zhifa.discretion.domain.splitting import (
    NOTE_AGGRAVATED,
    NOTE_LENIENT,
    split_max_only,
    split_three_bands,
    validate_table,
)
from zhifa.discretion.domain.types import Condition, Fine

from .builders import amount, cond, tier, times


def bands(tiers) -> dict[str, tuple[Decimal, Decimal]]:
    return {t.outcome: (t.fine.low, t.fine.high) for t in tiers}


def d(*values) -> tuple[Decimal, ...]:
    return tuple(Decimal(v) for v in values)


@pytest.mark.parametrize(
    ("low", "high", "mode", "expected", "method"),
    [
        # 《食品安全法》第一百二十二条: 五万元以上十万元以下 — ratio 2, equal thirds
        (50000, 100000, FineMode.AMOUNT, (d(50000, 66667), d(66667, 83333), d(83333, 100000)), "三分法"),
        # 二千元以上二万元以下 — ratio 10, geometric: 2000·10^(1/3) ≈ 4308.87, 2000·10^(2/3) ≈ 9283.18
        (2000, 20000, FineMode.AMOUNT, (d(2000, 4309), d(4309, 9283), d(9283, 20000)), "等比"),
        # ratio exactly 4 is geometric: 1000·4^(1/3) ≈ 1587.40, 1000·4^(2/3) ≈ 2519.84
        (1000, 4000, FineMode.AMOUNT, (d(1000, 1587), d(1587, 2520), d(2520, 4000)), "等比"),
        # ratio just under 4 stays linear
        (1000, 3999, FineMode.AMOUNT, (d(1000, 2000), d(2000, 2999), d(2999, 3999)), "三分法"),
        # 货值金额十倍以上二十倍以下 — multiples to 0.1, always linear
        (10, 20, FineMode.GOODS_MULTIPLE, (d(10, "13.3"), d("13.3", "16.7"), d("16.7", 20)), "三分法"),
        (1, 5, FineMode.GAIN_MULTIPLE, (d(1, "2.3"), d("2.3", "3.7"), d("3.7", 5)), "三分法"),
        # 最低额为零: no ratio, linear
        (0, 3000, FineMode.AMOUNT, (d(0, 1000), d(1000, 2000), d(2000, 3000)), "三分法"),
    ],
)
def test_split_three_bands(low, high, mode, expected, method):
    tiers = split_three_bands(Decimal(low), Decimal(high), mode=mode)
    lenient, standard, aggravated = expected
    assert bands(tiers) == {
        Outcome.LENIENT: lenient,
        Outcome.STANDARD: standard,
        Outcome.AGGRAVATED: aggravated,
    }
    assert all(t.fine.mode == mode for t in tiers)
    assert method in tiers[-1].note


def test_draft_shape():
    tiers = split_three_bands(Decimal(50000), Decimal(100000))
    assert [(t.order, t.outcome) for t in tiers] == [
        (10, Outcome.LENIENT),
        (20, Outcome.AGGRAVATED),
        (30, Outcome.STANDARD),
    ]
    assert [t.note for t in tiers[:2]] == [NOTE_LENIENT, NOTE_AGGRAVATED]
    assert all(t.conditions == () and t.kinds == (PenaltyKind.FINE,) and t.tier_id is None for t in tiers)


def test_kinds_are_passed_through():
    kinds = (PenaltyKind.CONFISCATE_GAIN, PenaltyKind.FINE)
    tiers = split_three_bands(Decimal(1), Decimal(5), mode=FineMode.GAIN_MULTIPLE, kinds=kinds)
    assert all(t.kinds == kinds for t in tiers)


def test_split_max_only_200k():
    # e.g. "处二十万元以下罚款"
    tiers = split_max_only(Decimal(200000))
    assert bands(tiers) == {
        Outcome.LENIENT: d(0, 40000),
        Outcome.STANDARD: d(80000, 120000),
        Outcome.AGGRAVATED: d(120000, 200000),
    }
    assert "40%–60%" in tiers[-1].note


def test_split_max_only_percentages_are_parameters():
    tiers = split_max_only(Decimal(10000), lenient_pct=30, standard_low_pct=30, standard_high_pct=70)
    assert bands(tiers)[Outcome.STANDARD] == d(3000, 7000)
    multiples = split_max_only(Decimal(5), mode=FineMode.GAIN_MULTIPLE)
    assert bands(multiples)[Outcome.LENIENT] == d(0, 1)


@pytest.mark.parametrize(
    "call",
    [
        lambda: split_three_bands(Decimal(10), Decimal(5)),
        lambda: split_three_bands(Decimal(-1), Decimal(5)),
        lambda: split_max_only(Decimal(-5)),
        lambda: split_max_only(Decimal(100), lenient_pct=50, standard_low_pct=40),
        lambda: split_max_only(Decimal(100), standard_high_pct=120),
    ],
)
def test_split_refuses_bad_input(call):
    with pytest.raises(ValueError):
        call()


# --- validate_table -----------------------------------------------------------------------------------------


GOOD = (
    tier(10, Outcome.NO_PENALTY, "首违不罚", cond(C.FIRST_OFFENCE), cond(C.CORRECTED_IN_TIME)),
    tier(20, Outcome.LENIENT, "较轻", cond(C.GAIN_BELOW, 1000), fine=amount(1000, 3000)),
    tier(30, Outcome.STANDARD, "一般", fine=times(FineMode.GAIN_MULTIPLE, 1, 5)),
)


def test_a_good_table_has_no_problems():
    assert validate_table(GOOD) == []


def test_an_unfinished_draft_is_flagged():
    problems = validate_table(split_three_bands(Decimal(2000), Decimal(20000)))
    assert problems == [
        "第2档“情节严重”位于无附加条件的第1档“情节较轻”之后，永远不会适用",
        "第3档“情节一般”位于无附加条件的第1档“情节较轻”之后，永远不会适用",
    ]


@pytest.mark.parametrize(
    ("tiers", "problem"),
    [
        ((), "未设任何档次"),
        (GOOD[:2], "最后一档应为无附加条件的一般档次（兜底档次），否则可能没有可适用的档次"),
        (
            (*GOOD[:2], tier(40, Outcome.STANDARD, "一般", fine=amount(5000, 1000))),
            "第3档“一般”的罚款下限高于上限（5,000–1,000 元）",
        ),
        ((tier(40, Outcome.STANDARD, "一般", fine=amount(-5, 100)),), "第1档“一般”的罚款为负数"),
        (
            (tier(40, Outcome.STANDARD, "一般", fine=times(FineMode.GOODS_MULTIPLE, 5000, 20000)),),
            "提示：第1档“一般”按倍数处罚，但倍数超过 1000，疑似误填为金额",
        ),
        (
            (tier(5, Outcome.NO_PENALTY, "不罚", cond(C.MINOR), kinds=(PenaltyKind.WARNING,)), GOOD[2]),
            "第1档“不罚”为不予处罚，不应设处罚种类或罚款",
        ),
        (
            (tier(5, Outcome.NO_PENALTY, "不罚", cond(C.MINOR), fine=amount(0, 100), kinds=()), GOOD[2]),
            "第1档“不罚”为不予处罚，不应设处罚种类或罚款",
        ),
        (
            (tier(5, Outcome.LENIENT, "较轻", Condition("gain_below"), fine=amount(1, 2)), GOOD[2]),
            "第1档“较轻”的条件“违法所得低于 X 元”未设数值",
        ),
        (
            (tier(5, Outcome.LENIENT, "较轻", Condition("nonsense"), fine=amount(1, 2)), GOOD[2]),
            "第1档“较轻”的条件“nonsense”不是已知情节",
        ),
        (
            (tier(5, Outcome.STANDARD, "一般", kinds=(PenaltyKind.FINE,)),),
            "第1档“一般”的处罚种类含罚款，但未设罚款数额或倍数",
        ),
        (
            (tier(5, Outcome.STANDARD, "一般", fine=amount(1, 2), kinds=(PenaltyKind.WARNING,)),),
            "第1档“一般”设有罚款，但处罚种类未含罚款",
        ),
        ((tier(5, "bogus", "一般", fine=amount(1, 2)),), "第1档“一般”的处理结果“bogus”无效"),
        (
            (
                tier(5, Outcome.LENIENT, "较轻", cond(C.MINOR), fine=amount(1, 2)),
                GOOD[2],
                tier(5, Outcome.STANDARD, "x", fine=amount(1, 2)),
            ),
            "档次序号有重复，列序不确定",
        ),
    ],
)
def test_validate_table_problems(tiers, problem):
    assert problem in validate_table(tiers)


def test_multiple_over_1000_is_only_a_hint():
    table = (tier(40, Outcome.STANDARD, "一般", fine=times(FineMode.GOODS_MULTIPLE, 5000, 20000)),)
    assert all(p.startswith("提示：") for p in validate_table(table))


# --- properties -----------------------------------------------------------------------------------------------


amounts = st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False, allow_infinity=False)
modes = st.sampled_from([FineMode.AMOUNT, FineMode.GAIN_MULTIPLE, FineMode.GOODS_MULTIPLE])


@given(a=amounts, b=amounts, mode=modes)
def test_property_three_bands_cover_without_exceeding(a, b, mode):
    low, high = min(a, b), max(a, b)
    tiers = {t.outcome: t.fine for t in split_three_bands(low, high, mode=mode)}
    lenient, standard, aggravated = tiers[Outcome.LENIENT], tiers[Outcome.STANDARD], tiers[Outcome.AGGRAVATED]
    assert lenient.low == low and aggravated.high == high
    assert lenient.high == standard.low and standard.high == aggravated.low
    assert all(low <= f.low <= f.high <= high for f in (lenient, standard, aggravated))


@given(high=amounts)
def test_property_max_only_within_range(high):
    fines: list[Fine] = [t.fine for t in split_max_only(high)]
    assert all(0 <= f.low <= f.high <= high for f in fines)
