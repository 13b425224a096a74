"""Refining a superior's benchmark (seed 000 §5): the local table must stay within the superior's range."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhifa.discretion.constants import Circumstance as C
from zhifa.discretion.constants import FineMode, Outcome, PenaltyKind
from zhifa.discretion.domain.refinement import RangeProblem, check_refinement
from zhifa.discretion.domain.types import Fine, TierRule

from .builders import amount, benchmark, cond, tier, times

FINE = (PenaltyKind.FINE,)
SUPERIOR = benchmark(
    tier(10, Outcome.LENIENT, "从轻处罚（情节较轻）", cond(C.CORRECTED_IN_TIME), fine=amount(5000, 20000)),
    tier(20, Outcome.AGGRAVATED, "从重处罚", cond(C.REFUSED_CORRECTION), fine=amount(50000, 100000)),
    tier(
        30,
        Outcome.STANDARD,
        "一般处罚",
        fine=amount(20000, 50000),
        kinds=(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAIN),
    ),
)


def test_equal_refinement_passes():
    assert check_refinement(SUPERIOR, SUPERIOR) == []


def test_narrower_refinement_passes():
    local = benchmark(
        tier(10, Outcome.LENIENT, "较轻（及时改正）", cond(C.CORRECTED_IN_TIME), fine=amount(5000, 10000)),
        tier(15, Outcome.LENIENT, "较轻（危害轻微）", cond(C.SLIGHT_HARM), fine=amount(10000, 20000)),
        tier(30, Outcome.STANDARD, "一般", fine=amount(25000, 40000)),
    )
    assert check_refinement(local, SUPERIOR) == []


def test_range_outside_the_superior_is_refused():
    local = benchmark(
        tier(5, Outcome.AGGRAVATED, "从重处罚", cond(C.REFUSED_CORRECTION), fine=amount(50000, 100000)),
        tier(10, Outcome.LENIENT, "从轻处罚（情节较轻）", cond(C.CORRECTED_IN_TIME), fine=amount(3000, 8000)),
        tier(30, Outcome.STANDARD, "一般处罚", fine=amount(20000, 50000)),
    )
    assert check_refinement(local, SUPERIOR) == [
        RangeProblem(
            10,
            "从轻处罚（情节较轻）",
            "第2档“从轻处罚（情节较轻）”罚款 3,000–8,000 元超出上级基准同档次范围 5,000–20,000 元",
        )
    ]


def test_union_of_superior_tiers_of_the_outcome():
    superior = benchmark(
        tier(10, Outcome.LENIENT, "较轻一", cond(C.MINOR), fine=amount(1000, 3000)),
        tier(20, Outcome.LENIENT, "较轻二", cond(C.SLIGHT_HARM), fine=amount(3000, 6000)),
        tier(30, Outcome.STANDARD, "一般", fine=amount(6000, 10000)),
    )
    ok = benchmark(tier(10, Outcome.LENIENT, "较轻", cond(C.MINOR), fine=amount(2000, 6000)))
    assert check_refinement(ok, superior) == []
    high = benchmark(tier(10, Outcome.LENIENT, "较轻", cond(C.MINOR), fine=amount(2000, 6001)))
    assert [p.message for p in check_refinement(high, superior)] == [
        "第1档“较轻”罚款 2,000–6,001 元超出上级基准同档次范围 1,000–6,000 元"
    ]


def test_outcome_missing_in_the_superior():
    local = benchmark(tier(10, Outcome.MITIGATED, "减轻", cond(C.MERITORIOUS), fine=amount(1000, 4000)))
    (problem,) = check_refinement(local, SUPERIOR)
    assert problem.message == "第1档“减轻”的处理结果“减轻处罚”在上级基准中没有对应档次"


def test_fine_mode_must_match():
    local = benchmark(tier(30, Outcome.STANDARD, "一般", fine=times(FineMode.GAIN_MULTIPLE, 1, 2)))
    (problem,) = check_refinement(local, SUPERIOR)
    assert "罚款方式不一致" in problem.message
    assert "上级：20,000–50,000 元" in problem.message


def test_dropping_the_fine_is_a_mode_change():
    local = benchmark(tier(30, Outcome.STANDARD, "一般", kinds=(PenaltyKind.CONFISCATE_GAIN,)))
    (problem,) = check_refinement(local, SUPERIOR)
    assert "不处罚款" in problem.message


def test_kinds_must_be_a_subset():
    kinds = (PenaltyKind.FINE, PenaltyKind.SUSPEND_LICENCE)
    local = benchmark(tier(30, Outcome.STANDARD, "一般", fine=amount(20000, 50000), kinds=kinds))
    (problem,) = check_refinement(local, SUPERIOR)
    assert problem.message == "第1档“一般”的处罚种类“暂扣许可证件”不在上级基准同档次的处罚种类之内"


def test_unbounded_superior_high():
    superior = benchmark(tier(10, Outcome.AGGRAVATED, "从重", fine=amount(50000, None)))
    assert (
        check_refinement(benchmark(tier(10, Outcome.AGGRAVATED, "从重", fine=amount(60000, None))), superior)
        == []
    )
    local = benchmark(tier(10, Outcome.STANDARD, "从重", fine=amount(60000, None)))
    assert check_refinement(local, superior)
    bounded = benchmark(tier(10, Outcome.AGGRAVATED, "从重", fine=amount(50000, 80000)))
    (problem,) = check_refinement(
        benchmark(tier(10, Outcome.AGGRAVATED, "x", fine=amount(60000, None))), bounded
    )
    assert "60,000 元以上超出上级基准同档次范围 50,000–80,000 元" in problem.message


def test_multiple_mode_message():
    superior = benchmark(tier(10, Outcome.STANDARD, "一般", fine=times(FineMode.GOODS_MULTIPLE, 10, 20)))
    local = benchmark(tier(10, Outcome.STANDARD, "一般", fine=times(FineMode.GOODS_MULTIPLE, 5, 15)))
    (problem,) = check_refinement(local, superior)
    assert problem.message == "第1档“一般”罚款 货值金额的 5–15 倍超出上级基准同档次范围 货值金额的 10–20 倍"


outcomes = st.sampled_from(list(Outcome))
bounds = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)
fine_modes = st.sampled_from(list(FineMode))


@st.composite
def tiers(draw):
    a, b = draw(bounds), draw(bounds)
    mode = draw(fine_modes)
    high = None if draw(st.booleans()) else max(a, b)
    fine = None if mode == FineMode.NONE else Fine(mode, min(a, b), high)
    kinds = tuple(draw(st.sets(st.sampled_from(list(PenaltyKind)), max_size=3)))
    return TierRule(None, draw(st.integers(0, 100)), draw(outcomes), "档", (), kinds, fine)


@given(st.lists(tiers(), min_size=1, max_size=6))
def test_property_refinement_equal_to_superior_passes(table):
    rule = benchmark(*table)
    assert check_refinement(rule, rule) == []
