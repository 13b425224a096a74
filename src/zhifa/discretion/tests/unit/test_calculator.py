"""Discretion calculator: statutory rules of 《行政处罚法》第三十条至第三十三条, derived circumstances, first-match
tables, fines by amount and by multiple. Pure functions; no database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhifa.core.domain.workdays import years_before
from zhifa.discretion.constants import Circumstance as C
from zhifa.discretion.constants import FineMode, Outcome, PartyType, PenaltyKind
from zhifa.discretion.domain.calculator import (
    RULE_AGE,
    RULE_DERIVED,
    RULE_FINE,
    RULE_MITIGATED,
    RULE_NO_EXEMPTION,
    RULE_REPEAT,
    RULE_S30_JUVENILE,
    RULE_S30_UNDER_14,
    RULE_S32,
    RULE_S33_EDUCATE,
    RULE_S33_FIRST,
    RULE_S33_MINOR,
    RULE_S33_NO_FAULT,
    RULE_TABLE,
    RULES,
    WARN_NO_BIRTH_DATE,
    WARN_NO_FAULT,
    WARN_NO_LENIENT_TIER,
    MissingAmount,
    NoApplicableTier,
    age_on,
    explain,
    recommend,
    repeat_within,
)
from zhifa.discretion.domain.types import Fine

from .builders import ACT, FOOD_LAW, amount, benchmark, cond, facts, food_benchmark, tier, times


def codes(rec) -> list[str]:
    return [step.rule for step in rec.trace]


def texts(rec) -> str:
    return "\n".join(step.text for step in rec.trace)


def simple(*extra, statutory=None):
    """A lenient tier (及时改正), an aggravated tier (以未成年人等为主要对象), the unconditional 一般 tier."""
    return benchmark(
        tier(10, Outcome.LENIENT, "情节较轻", cond(C.CORRECTED_IN_TIME), fine=amount(5000, 10000)),
        tier(20, Outcome.AGGRAVATED, "情节严重", cond(C.VULNERABLE_TARGETS), fine=amount(30000, 50000)),
        *extra,
        tier(90, Outcome.STANDARD, "情节一般", fine=amount(10000, 30000)),
        statutory=statutory,
    )


# --- the rules --------------------------------------------------------------------------------------------


def test_rule_codes_are_unique_and_cite_the_law():
    assert len({rule.code for rule in RULES}) == len(RULES)
    assert RULE_S30_UNDER_14.code == "DISC-S30"
    assert RULE_S30_UNDER_14.citation == "《中华人民共和国行政处罚法》第三十条"
    assert RULE_S33_MINOR.citation.endswith("第三十三条第一款")
    assert RULE_S33_NO_FAULT.citation.endswith("第三十三条第二款")
    assert "责令监护人加以管教" in RULE_S30_UNDER_14.text


# --- statutory no penalty ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "birth", "rule"),
    [
        ((), date(2012, 1, 1), RULE_S30_UNDER_14),  # 13 on the act date
        ((), date(2011, 6, 10), RULE_S30_UNDER_14),  # 14th birthday: still 不满十四周岁 (RULE_AGE)
        ((C.NO_FAULT,), date(1990, 1, 1), RULE_S33_NO_FAULT),
        ((C.MINOR, C.CORRECTED_IN_TIME, C.NO_HARM), date(1990, 1, 1), RULE_S33_MINOR),
        ((C.MINOR, C.CORRECTED_IN_TIME, C.NO_HARM, C.VULNERABLE_TARGETS), date(1990, 1, 1), RULE_S33_MINOR),
    ],
)
def test_statutory_no_penalty(flags, birth, rule):
    rec = recommend(simple(), facts(*flags, party_birth_date=birth))
    assert rec.outcome == Outcome.NO_PENALTY
    assert not rec.penalises
    assert rec.kinds == ()
    assert (rec.fine_low, rec.fine_high) == (None, None)
    assert rule.code in codes(rec)
    assert RULE_S33_EDUCATE.code in codes(rec)
    assert RULE_TABLE.code not in codes(rec)
    step = next(s for s in rec.trace if s.rule == rule.code)
    assert step.citation == rule.citation


@pytest.mark.parametrize(
    "flags",
    [
        (C.MINOR, C.CORRECTED_IN_TIME),  # harm not stated
        (C.MINOR, C.NO_HARM),  # not corrected
        (C.CORRECTED_IN_TIME, C.NO_HARM),  # not minor
    ],
)
def test_minor_violation_needs_all_three(flags):
    rec = recommend(simple(), facts(*flags))
    assert rec.outcome != Outcome.NO_PENALTY
    assert RULE_NO_EXEMPTION.code in codes(rec)


def test_no_fault_warns_that_law_may_provide_otherwise():
    rec = recommend(simple(), facts(C.NO_FAULT))
    assert WARN_NO_FAULT in rec.warnings


def test_statutory_no_penalty_uses_the_benchmarks_no_penalty_tier():
    exempt = tier(
        5,
        Outcome.NO_PENALTY,
        "不予处罚（轻微）",
        cond(C.MINOR),
        tier_id=77,
        basis="《行政处罚法》第三十三条第一款",
    )
    rec = recommend(simple(exempt), facts(C.MINOR, C.CORRECTED_IN_TIME, C.NO_HARM))
    assert (rec.tier_id, rec.tier_label) == (77, "不予处罚（轻微）")
    assert rec.benchmark_id == 99


def test_statutory_no_penalty_prefers_the_tier_citing_the_article():
    first = tier(5, Outcome.NO_PENALTY, "首违不罚", cond(C.FIRST_OFFENCE), basis="第三十三条第一款")
    minors = tier(6, Outcome.NO_PENALTY, "未成年人不罚", basis="《行政处罚法》第三十条")
    rec = recommend(simple(first, minors), facts(party_birth_date=date(2013, 1, 1)))
    assert rec.tier_label == "未成年人不罚"


def test_statutory_no_penalty_without_a_no_penalty_tier():
    rec = recommend(simple(), facts(party_birth_date=date(2015, 3, 3)))
    assert rec.tier_id is None
    assert rec.tier_label == "不予处罚"
    assert "基准未设不予处罚档次" in texts(rec)


def test_under_14_is_not_derived_for_organisations():
    rec = recommend(simple(), facts(party_type=PartyType.ORGANISATION, party_birth_date=date(2015, 1, 1)))
    assert rec.outcome == Outcome.STANDARD
    assert RULE_AGE.code not in codes(rec)


# --- derived circumstances --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(2011, 6, 10), date(2025, 6, 10), 13),  # the birthday itself: not yet full
        (date(2011, 6, 10), date(2025, 6, 11), 14),
        (date(2011, 6, 11), date(2025, 6, 10), 13),
        (date(2008, 2, 29), date(2022, 2, 28), 13),  # common year: birthday is 2月28日, full from 3月1日
        (date(2008, 2, 29), date(2022, 3, 1), 14),
        (date(2008, 2, 29), date(2024, 2, 29), 15),
        (date(2008, 2, 29), date(2024, 3, 1), 16),
        (date(2025, 6, 10), date(2025, 6, 10), 0),
    ],
)
def test_age_on(birth, day, age):
    assert age_on(birth, day) == age


def test_birth_after_act_is_refused():
    with pytest.raises(ValueError, match="晚于"):
        age_on(date(2025, 6, 11), date(2025, 6, 10))


def test_person_without_birth_date_warns():
    rec = recommend(simple(), facts(party_birth_date=None))
    assert WARN_NO_BIRTH_DATE in rec.warnings


def test_derived_keys_in_facts_are_ignored():
    table = benchmark(
        tier(10, Outcome.LENIENT, "初次违法", cond(C.FIRST_OFFENCE), fine=amount(1000, 2000)),
        tier(20, Outcome.STANDARD, "一般", fine=amount(2000, 3000)),
    )
    entered = facts(C.FIRST_OFFENCE, C.UNDER_14, C.PARTY_ORGANISATION, prior_decisions=(date(2024, 1, 1),))
    rec = recommend(table, entered)
    assert rec.outcome == Outcome.STANDARD
    ignored = next(s for s in rec.trace if s.rule == RULE_DERIVED.code and "不予采用" in s.text)
    assert "初次违法" in ignored.text
    assert "不满十四周岁" in ignored.text


def test_unknown_circumstance_warns():
    rec = recommend(simple(), facts("made_up"))
    assert "未知的情节代码“made_up”，已忽略" in rec.warnings


def test_party_type_conditions():
    table = benchmark(
        tier(10, Outcome.STANDARD, "单位", cond(C.PARTY_ORGANISATION), fine=amount(10000, 20000)),
        tier(20, Outcome.STANDARD, "个人", fine=amount(1000, 2000)),
    )
    assert recommend(table, facts(party_type=PartyType.ORGANISATION)).tier_label == "单位"
    assert recommend(table, facts()).tier_label == "个人"


@pytest.mark.parametrize(
    ("prior", "first"),
    [
        ((), True),
        ((ACT,), True),  # a decision on the act date is not earlier
        ((date(2026, 1, 1),), True),
        ((date(2025, 6, 9),), False),
        ((date(2001, 1, 1),), False),
    ],
)
def test_first_offence(prior, first):
    table = benchmark(
        tier(10, Outcome.LENIENT, "初次违法", cond(C.FIRST_OFFENCE), fine=amount(1000, 2000)),
        tier(20, Outcome.STANDARD, "一般", fine=amount(2000, 3000)),
    )
    rec = recommend(table, facts(prior_decisions=prior))
    assert (rec.outcome == Outcome.LENIENT) is first


@pytest.mark.parametrize(
    ("act", "prior", "years", "holds"),
    [
        (date(2025, 6, 10), date(2023, 6, 10), 2, True),  # same day N years earlier counts
        (date(2025, 6, 10), date(2023, 6, 9), 2, False),
        (date(2025, 6, 10), date(2025, 6, 9), 2, True),
        (date(2025, 6, 10), date(2025, 6, 10), 2, False),  # not before the act
        (date(2025, 6, 10), date(2025, 6, 11), 2, False),
        (date(2024, 2, 29), date(2023, 2, 28), 1, True),  # no 2月29日 in 2023: 2月28日
        (date(2024, 2, 29), date(2023, 2, 27), 1, False),
        (date(2024, 2, 29), date(2020, 2, 29), 4, True),
        (date(2024, 2, 29), date(2020, 2, 28), 4, False),
        (date(2025, 2, 28), date(2024, 2, 28), 1, True),
        (date(2025, 3, 1), date(2024, 2, 29), 1, False),
        (date(2025, 3, 1), date(2024, 3, 1), 1, True),
    ],
)
def test_repeat_within(act, prior, years, holds):
    assert repeat_within((prior,), act, years) is holds


def test_years_before_feb_29():
    assert years_before(date(2024, 2, 29), 1) == date(2023, 2, 28)
    assert years_before(date(2024, 2, 29), 4) == date(2020, 2, 29)


@pytest.mark.parametrize(
    ("prior", "label"),
    [(date(2023, 6, 10), "货值不足一万元，两年内再犯"), (date(2023, 6, 9), "货值不足一万元")],
)
def test_repeat_tier_in_the_table(prior, label):
    rec = recommend(food_benchmark(), facts(goods_value=5000, prior_decisions=(prior,)))
    assert rec.tier_label == label
    assert RULE_REPEAT.code in codes(rec)


@pytest.mark.parametrize(
    ("goods", "label"),
    [("9999.99", "货值不足一万元"), ("10000", "货值一万元以上"), ("0", "货值不足一万元")],
)
def test_amount_thresholds(goods, label):
    assert recommend(food_benchmark(), facts(goods_value=goods)).tier_label == label


def test_a_table_split_on_an_amount_refuses_until_the_amount_is_given():
    table = benchmark(
        tier(10, Outcome.LENIENT, "违法所得较少", cond(C.GAIN_BELOW, 1000), fine=amount(100, 500)),
        tier(20, Outcome.STANDARD, "一般", fine=amount(500, 1000)),
    )
    with pytest.raises(MissingAmount) as info:
        recommend(table, facts())
    assert info.value.field == "illegal_gain"
    assert "须提供违法所得金额" in str(info.value)
    assert recommend(table, facts(illegal_gain=Decimal(0))).tier_label == "违法所得较少"


# --- the table --------------------------------------------------------------------------------------------


def test_first_match_in_order_not_in_tuple_order():
    table = benchmark(
        tier(90, Outcome.STANDARD, "一般", fine=amount(3000, 6000)),
        tier(20, Outcome.AGGRAVATED, "拒不改正", cond(C.REFUSED_CORRECTION), fine=amount(6000, 10000)),
        tier(10, Outcome.LENIENT, "较轻", cond(C.SLIGHT_HARM), fine=amount(1000, 3000)),
    )
    rec = recommend(table, facts(C.SLIGHT_HARM))
    assert rec.tier_label == "较轻"
    rec = recommend(table, facts(C.REFUSED_CORRECTION))
    assert rec.tier_label == "拒不改正"
    lines = [s.text for s in rec.trace if s.rule == RULE_TABLE.code][1:]
    assert lines == [
        "第1档“较轻”（从轻处罚）：不符合“危害后果轻微”",
        "第2档“拒不改正”（从重处罚）：条件全部满足，适用",
    ]


def test_trace_names_each_tier_and_the_citation():
    rec = recommend(simple(), facts())
    lines = [s for s in rec.trace if s.rule == RULE_TABLE.code]
    assert "处罚依据" + FOOD_LAW in lines[0].text
    assert [s.text for s in lines[1:]] == [
        "第1档“情节较轻”（从轻处罚）：不符合“及时改正”",
        "第2档“情节严重”（从重处罚）：不符合“以未成年人、老年人、病残孕等为主要对象”",
        "第3档“情节一般”（一般处罚）：无附加条件，适用",
    ]
    assert all(s.citation == FOOD_LAW for s in lines[1:])
    assert {RULE_DERIVED.code, RULE_NO_EXEMPTION.code, RULE_FINE.code} <= set(codes(rec))


def test_trace_lists_every_failed_condition_with_its_value():
    rec = recommend(food_benchmark(), facts(goods_value=20000))
    assert "第2档“货值不足一万元，情节较轻”（从轻处罚）：不符合“货值金额低于 10,000 元”、“及时改正”" in texts(
        rec
    )


def test_conflict_warning_names_the_later_tier():
    rec = recommend(simple(), facts(C.CORRECTED_IN_TIME, C.VULNERABLE_TARGETS))
    assert rec.tier_label == "情节较轻"
    assert rec.warnings == (
        "同时符合从重情节“情节严重”，按基准列序适用“情节较轻”；如认为明显不当，须经集体讨论并说明理由",
    )


def test_no_conflict_warning_for_the_unconditional_tier_or_same_outcome():
    extra = tier(30, Outcome.LENIENT, "其他从轻", cond(C.CORRECTED_IN_TIME), fine=amount(5000, 8000))
    rec = recommend(simple(extra), facts(C.CORRECTED_IN_TIME))
    assert rec.warnings == ()


def test_no_applicable_tier():
    table = benchmark(tier(10, Outcome.LENIENT, "较轻", cond(C.SLIGHT_HARM), fine=amount(1, 2)))
    with pytest.raises(NoApplicableTier, match="没有条件全部满足的档次") as info:
        recommend(table, facts())
    assert isinstance(info.value, ValueError)
    assert info.value.trace


# --- mandatory leniency (第三十条、第三十二条) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "birth", "rule"),
    [
        ((C.CONFESSED,), date(1990, 1, 1), RULE_S32),
        ((C.ELIMINATED_HARM,), date(1990, 1, 1), RULE_S32),
        ((C.COERCED,), date(1990, 1, 1), RULE_S32),
        ((C.MERITORIOUS,), date(1990, 1, 1), RULE_S32),
        ((), date(2010, 1, 1), RULE_S30_JUVENILE),  # 15
        ((), date(2007, 6, 10), RULE_S30_JUVENILE),  # 18th birthday: still 不满十八周岁
    ],
)
def test_mandatory_leniency_replaces_a_standard_tier(flags, birth, rule):
    rec = recommend(simple(), facts(*flags, party_birth_date=birth))
    assert rec.outcome == Outcome.LENIENT
    assert rec.tier_label == "情节较轻"
    assert (rec.fine_low, rec.fine_high) == (Decimal("5000.00"), Decimal("10000.00"))
    assert rule.code in codes(rec)
    assert "改按第1档“情节较轻”（从轻处罚）处罚" in texts(rec)


def test_adult_from_the_day_after_the_18th_birthday():
    rec = recommend(simple(), facts(party_birth_date=date(2007, 6, 9)))
    assert rec.outcome == Outcome.STANDARD


def test_mandatory_leniency_over_an_aggravated_tier_warns():
    rec = recommend(simple(), facts(C.CONFESSED, C.VULNERABLE_TARGETS))
    assert rec.outcome == Outcome.LENIENT
    assert any("同时符合从重情节“情节严重”，依法应当从轻或者减轻处罚" in w for w in rec.warnings)


def test_mandatory_leniency_respects_amount_bands():
    rec = recommend(food_benchmark(), facts(C.CONFESSED, goods_value=20000))
    assert rec.tier_label == "货值一万元以上，情节较轻"
    assert (rec.fine_low, rec.fine_high) == (Decimal("200000.00"), Decimal("260000.00"))


def test_mandatory_leniency_keeps_a_lenient_match():
    rec = recommend(simple(), facts(C.CONFESSED, C.CORRECTED_IN_TIME))
    assert rec.tier_label == "情节较轻"
    assert rec.warnings == ()


def test_mandatory_leniency_falls_back_to_mitigated():
    table = benchmark(
        tier(10, Outcome.MITIGATED, "减轻", cond(C.MERITORIOUS), fine=amount(1000, 4000)),
        tier(20, Outcome.STANDARD, "一般", fine=amount(5000, 10000)),
    )
    rec = recommend(table, facts(C.COERCED))
    assert rec.outcome == Outcome.MITIGATED


def test_mandatory_leniency_without_a_lenient_tier_warns():
    table = benchmark(tier(10, Outcome.STANDARD, "一般", fine=amount(5000, 10000)))
    rec = recommend(table, facts(C.CONFESSED))
    assert rec.outcome == Outcome.STANDARD
    assert WARN_NO_LENIENT_TIER in rec.warnings


# --- 首违不罚 (第三十三条第一款后段, discretionary) -------------------------------------------------------


def test_first_offence_no_penalty_applies_through_the_list():
    rec = recommend(food_benchmark(), facts(C.SLIGHT_HARM, C.CORRECTED_IN_TIME, goods_value=500))
    assert rec.outcome == Outcome.NO_PENALTY
    assert rec.tier_label == "首违不罚"
    assert rec.kinds == ()
    assert (rec.fine_low, rec.fine_high) == (None, None)
    assert "本基准列有首违不罚档次" in texts(rec)


def test_first_offence_no_penalty_is_not_forced():
    rec = recommend(simple(), facts(C.SLIGHT_HARM, C.CORRECTED_IN_TIME))
    assert rec.outcome == Outcome.LENIENT
    step = next(s for s in rec.trace if s.rule == RULE_S33_FIRST.code)
    assert "未将该情形列入不予处罚清单" in step.text


def test_first_offence_note_absent_for_a_repeat_offender():
    rec = recommend(simple(), facts(C.SLIGHT_HARM, C.CORRECTED_IN_TIME, prior_decisions=(date(2020, 1, 1),)))
    assert RULE_S33_FIRST.code not in codes(rec)


# --- fines --------------------------------------------------------------------------------------------------


def test_goods_multiple_arithmetic_in_the_trace():
    rec = recommend(food_benchmark(), facts(goods_value=12000))
    assert (rec.fine_low, rec.fine_high) == (Decimal("156000.00"), Decimal("204000.00"))
    table = benchmark(tier(10, Outcome.STANDARD, "一般", fine=times(FineMode.GOODS_MULTIPLE, 10, 20)))
    rec = recommend(table, facts(goods_value=12000))
    assert next(s for s in rec.trace if s.rule == RULE_FINE.code).text == (
        "货值金额 12,000.00 元 × 10–20 倍 = 120,000.00–240,000.00 元"
    )


@pytest.mark.parametrize(
    ("mode", "field", "low", "high", "base", "expected"),
    [
        (FineMode.GAIN_MULTIPLE, "illegal_gain", "1", "5", "1234.565", ("1234.57", "6172.83")),  # half up
        (FineMode.GAIN_MULTIPLE, "illegal_gain", "1.5", "3", "0.333", ("0.50", "1.00")),
        (FineMode.TURNOVER_MULTIPLE, "turnover", "0.5", "2", "33333.33", ("16666.67", "66666.66")),
        (FineMode.FEE_MULTIPLE, "ad_fee", "3", "5", "20000", ("60000.00", "100000.00")),
        (FineMode.GOODS_MULTIPLE, "goods_value", "2", "5", "0", ("0.00", "0.00")),
    ],
)
def test_multiples_and_rounding(mode, field, low, high, base, expected):
    table = benchmark(tier(10, Outcome.STANDARD, "一般", fine=times(mode, low, high)))
    rec = recommend(table, facts(**{field: base}))
    assert (rec.fine_low, rec.fine_high) == tuple(Decimal(v) for v in expected)


def test_amount_fine_is_quantised_and_open_high_kept():
    table = benchmark(tier(10, Outcome.AGGRAVATED, "从重", fine=amount("50000", None)))
    rec = recommend(table, facts())
    assert (rec.fine_low, rec.fine_high) == (Decimal("50000.00"), None)
    assert "罚款 50,000.00 元以上" in texts(rec)


def test_no_fine_tier():
    table = benchmark(tier(10, Outcome.LENIENT, "警告", fine=None, kinds=(PenaltyKind.WARNING,)))
    rec = recommend(table, facts())
    assert rec.kinds == (PenaltyKind.WARNING,)
    assert (rec.fine_low, rec.fine_high) == (None, None)
    assert RULE_FINE.code not in codes(rec)


@pytest.mark.parametrize(
    ("mode", "field", "label"),
    [
        (FineMode.GAIN_MULTIPLE, "illegal_gain", "违法所得金额"),
        (FineMode.GOODS_MULTIPLE, "goods_value", "货值金额"),
        (FineMode.TURNOVER_MULTIPLE, "turnover", "违法经营额"),
        (FineMode.FEE_MULTIPLE, "ad_fee", "广告费用"),
    ],
)
def test_missing_base_amount(mode, field, label):
    table = benchmark(tier(10, Outcome.STANDARD, "一般", fine=times(mode, 1, 3)))
    with pytest.raises(MissingAmount, match=f"须提供{label}") as info:
        recommend(table, facts())
    assert info.value.field == field
    assert isinstance(info.value, ValueError)


def test_negative_amount_is_refused():
    with pytest.raises(ValueError, match="不能为负数"):
        recommend(simple(), facts(illegal_gain="-1"))


# --- the statutory range ----------------------------------------------------------------------------------


def mitigated(low, high):
    return benchmark(
        tier(10, Outcome.MITIGATED, "减轻", cond(C.MERITORIOUS), fine=amount(low, high)),
        tier(20, Outcome.STANDARD, "一般", fine=amount(5000, 50000)),
        statutory=amount(5000, 50000),
    )


def test_mitigated_below_the_statutory_low():
    rec = recommend(mitigated(1000, 4000), facts(C.MERITORIOUS))
    assert (rec.fine_low, rec.fine_high) == (Decimal("1000.00"), Decimal("4000.00"))
    step = next(s for s in rec.trace if s.rule == RULE_MITIGATED.code)
    assert "法定最低限 5,000.00 元" in step.text
    assert step.citation == FOOD_LAW
    assert rec.warnings == ()


@pytest.mark.parametrize(
    ("low", "high", "expected"), [(1000, 5000, ("1000.00", "4999.99")), (6000, 8000, ("4999.99", "4999.99"))]
)
def test_mitigated_reaching_the_statutory_low_is_cut_back(low, high, expected):
    rec = recommend(mitigated(low, high), facts(C.MERITORIOUS))
    assert (rec.fine_low, rec.fine_high) == tuple(Decimal(v) for v in expected)
    assert any("未低于法定最低限 5,000.00 元" in w for w in rec.warnings)


def test_mitigated_multiple_below_statutory_multiple():
    table = benchmark(
        tier(10, Outcome.MITIGATED, "减轻", fine=times(FineMode.GOODS_MULTIPLE, 5, 9)),
        statutory=times(FineMode.GOODS_MULTIPLE, 10, 20),
    )
    rec = recommend(table, facts(goods_value=12000))
    assert (rec.fine_low, rec.fine_high) == (Decimal("60000.00"), Decimal("108000.00"))
    assert "法定最低限 120,000.00 元" in texts(rec)


def test_mitigated_with_no_statutory_minimum_warns():
    table = benchmark(
        tier(10, Outcome.MITIGATED, "减轻", fine=amount(0, 1000)), statutory=amount(None, 10000)
    )
    rec = recommend(table, facts())
    assert any("没有最低限" in w for w in rec.warnings)


@pytest.mark.parametrize(
    ("low", "high", "warned"),
    [(5000, 50000, False), (4000, 20000, True), (20000, 60000, True), (20000, None, True)],
)
def test_outside_the_statutory_range_warns_without_clamping(low, high, warned):
    table = benchmark(
        tier(10, Outcome.STANDARD, "一般", fine=amount(low, high)), statutory=amount(5000, 50000)
    )
    rec = recommend(table, facts())
    assert rec.fine_low == Decimal(low)
    assert any("超出法定罚款幅度 5,000.00–50,000.00 元" in w for w in rec.warnings) is warned


# --- explain and properties -------------------------------------------------------------------------------


def test_explain_numbers_the_trace():
    rec = recommend(simple(), facts(party_birth_date=date(2013, 5, 5)))
    lines = explain(rec)
    assert len(lines) == len(rec.trace)
    assert lines[0] == "1. 当事人为自然人"
    assert any(line.endswith("（依据：《中华人民共和国行政处罚法》第三十条）") for line in lines)


def test_recommend_is_deterministic():
    case = facts(C.CONFESSED, goods_value=20000, prior_decisions=(date(2024, 1, 1),))
    assert recommend(food_benchmark(), case) == recommend(food_benchmark(), case)


money = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
factor = st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False, allow_infinity=False)


@given(base=money, a=factor, b=factor, mode=st.sampled_from(list(FineMode)[2:]))
def test_property_multiple_fines_are_ordered_and_non_negative(base, a, b, mode):
    field = {
        "gain_multiple": "illegal_gain",
        "goods_multiple": "goods_value",
        "turnover_multiple": "turnover",
    }
    table = benchmark(tier(10, Outcome.STANDARD, "一般", fine=times(mode, min(a, b), max(a, b))))
    rec = recommend(table, facts(**{field.get(mode, "ad_fee"): base}))
    assert Decimal(0) <= rec.fine_low <= rec.fine_high
    assert rec.fine_low == rec.fine_low.quantize(Decimal("0.01"))


@given(a=money, b=money, s_low=money, merit=st.booleans())
def test_property_amount_fines_are_ordered_and_non_negative(a, b, s_low, merit):
    table = benchmark(
        tier(10, Outcome.MITIGATED, "减轻", cond(C.MERITORIOUS), fine=amount(min(a, b), max(a, b))),
        tier(20, Outcome.STANDARD, "一般", fine=amount(min(a, b), max(a, b))),
        statutory=Fine(FineMode.AMOUNT, s_low, None),
    )
    rec = recommend(table, facts(*([C.MERITORIOUS] if merit else [])))
    assert Decimal(0) <= rec.fine_low <= rec.fine_high
    if merit and s_low > 0:
        assert rec.fine_high < s_low
