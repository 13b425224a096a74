"""The calculator on real rows of the demo catalog (``demo/catalog_market.py``, ``demo/catalog_safety.py``).

Each benchmark spec is loaded by its matter code, turned into ``BenchmarkData``/``TierData`` with the demo
loader's own helpers, and filed through the services (so the range checks run on the demo tables too). The
expected figures are read off the statute quoted in each spec's ``clause``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from zhifa.accounts.tests.factories import actor_of
from zhifa.demo.catalog import all_specs, benchmark_text, tier_rows
from zhifa.discretion import services
from zhifa.discretion.constants import BenchmarkLevel, BenchmarkMode, Outcome, PartyType
from zhifa.discretion.constants import Circumstance as C
from zhifa.discretion.data import BenchmarkData, TierData
from zhifa.discretion.domain.types import Facts
from zhifa.discretion.selectors import calculate
from zhifa.discretion.tests.factories import (
    BENCHMARK_START,
    PARTY_USCC,
    PartyViolationFactory,
    draft_benchmark,
    penalty_matter,
    step,
)

pytestmark = pytest.mark.django_db
ACT = date(2026, 3, 1)
FS122 = "02201000100"  # 食品安全法第一百二十二条第一款: the city's benchmark and the district's refinement
FS125 = "02201001300"  # 食品安全法第一百二十五条第一款第（二）项: the district's own, with 首违不罚
EN48 = "02206000300"  # 娱乐场所管理条例第四十八条: multiples of 违法所得
SAFETY_TRAINING = "02202000800"  # 安全生产: only a maximum (二十万元以下), city's + refinement
LITTER = "02204000800"  # 随意倾倒生活垃圾: bands by party type


def _specs(code: str):
    matters, benchmarks = all_specs()
    matter = next(m for m in matters if m.code == code)
    return matter, [b for b in benchmarks if b.matter_code == code]


def spec_data(spec) -> BenchmarkData:
    return BenchmarkData(**benchmark_text(spec))


def spec_tiers(spec) -> list[TierData]:
    return [TierData(**{k: v for k, v in row.items() if k != "order"}) for row in tier_rows(spec.tiers)]


def _file(spec, matter, head, supervisor, superior):
    if spec.superior:
        b = services.benchmark_create(
            by=actor_of(supervisor), matter=matter, level=BenchmarkLevel.CITY, mode=BenchmarkMode.SUPERIOR,
            issuer_name=spec.superior, valid_from=BENCHMARK_START, data=spec_data(spec), tiers=spec_tiers(spec),
        )  # fmt: skip
        return step(supervisor, b, "register")
    parent = superior if spec.refines else None
    b = draft_benchmark(head, matter, tiers=spec_tiers(spec), data=spec_data(spec), parent=parent)
    step(head, b, "submit")
    return step(supervisor, b, "file", "审查通过")


@pytest.fixture
def install(today, body_a, body_b, head_a, supervisor):
    """``install(code)``: the matter (exercised by both bodies) and every benchmark of its demo specs, filed."""

    def _install(code: str):
        matter_spec, specs = _specs(code)
        assert specs, f"演示数据中没有事项 {code} 的基准"
        matter = penalty_matter(body_a, body_b, code=code, name=matter_spec.name)
        superior = None
        for spec in sorted(specs, key=lambda s: not s.superior):  # superiors first: refinements need them
            b = _file(spec, matter, head_a, supervisor, superior)
            superior = b if spec.superior else superior
        return matter

    return _install


def _calc(matter, body, *flags: str, party_type=PartyType.ORGANISATION, **amounts):
    amounts = {k: Decimal(v) for k, v in amounts.items()}
    facts = Facts(party_type=party_type, act_date=ACT, circumstances=frozenset(flags), **amounts)
    return calculate(matter=matter, organisation=body, facts=facts, party_identifier=PARTY_USCC)


def _result(calculation) -> tuple:
    rec = calculation.recommendation
    return rec.outcome, rec.tier_label, rec.fine_low, rec.fine_high


def _assert_traced(calculation, *citations: str) -> None:
    """The trace names the rules applied, the penalty article of the benchmark used, and ``citations``."""
    steps = calculation.recommendation.trace
    codes = [s.rule for s in steps]
    assert codes[0] == "DISC-S37" and "DISC-DERIVED" in codes and "DISC-TABLE" in codes
    assert "《中华人民共和国行政处罚法》第三十七条" in steps[0].citation
    assert calculation.benchmark.penalty_basis in " ".join(s.text for s in steps if s.rule == "DISC-TABLE")
    cited = " ".join(s.citation for s in steps)
    for citation in citations:
        assert citation in cited


def yuan(low, high) -> tuple[Decimal, Decimal]:
    return Decimal(low), Decimal(high)


# --- 食品安全法第一百二十二条：货值金额不足一万元 → 五万元以上十万元以下；一万元以上 → 货值金额十倍以上二十倍以下 ------------


def test_it_fines_goods_below_ten_thousand_within_fifty_to_a_hundred_thousand(install, body_a):
    matter = install(FS122)
    result = _calc(matter, body_a, goods_value="8000")
    assert result.benchmark.level == BenchmarkLevel.LOCAL  # the district's refinement wins over the city's
    assert _result(result) == (Outcome.STANDARD, "情节一般", *yuan(75000, 85000))
    assert (
        Decimal(50000) <= result.recommendation.fine_low <= result.recommendation.fine_high <= Decimal(100000)
    )
    _assert_traced(result, "《中华人民共和国食品安全法》第一百二十二条第一款")


def test_it_fines_goods_of_twenty_thousand_by_multiples(install, body_a):
    matter = install(FS122)
    result = _calc(matter, body_a, goods_value="20000")
    assert _result(result) == (Outcome.STANDARD, "情节一般", *yuan(260000, 340000))  # 13–17 倍
    assert (
        Decimal(200000)
        <= result.recommendation.fine_low
        <= result.recommendation.fine_high
        <= Decimal(400000)
    )
    fine_step = next(s for s in result.recommendation.trace if s.rule == "DISC-FINE")
    assert "货值金额 20,000.00 元 × 13–17 倍 = 260,000.00–340,000.00 元" in fine_step.text
    _assert_traced(result)


def test_it_applies_the_citys_benchmark_to_a_body_without_a_refinement(install, body_b):
    result = _calc(install(FS122), body_b, goods_value="8000")
    assert result.benchmark.issuer_name == "示范市市场监督管理局"
    assert _result(result) == (Outcome.STANDARD, "情节一般", *yuan(65000, 85000))
    _assert_traced(result)


def test_it_aggravates_a_repeat_offence_within_two_years(install, body_a):
    matter = install(FS122)
    PartyViolationFactory(matter=matter, organisation=body_a, decided_on=date(2025, 8, 1))
    result = _calc(matter, body_a, goods_value="8000")
    assert _result(result) == (Outcome.AGGRAVATED, "情节较重", *yuan(85000, 100000))
    assert result.prior_count == 1
    _assert_traced(result, "参照《中华人民共和国民法典》第二百零二条")


# --- 食品安全法第一百二十五条：首违不罚, then 情节较轻 once the party has a decision -----------------------------------------


def test_it_does_not_penalise_a_first_offence(install, body_a):
    result = _calc(install(FS125), body_a, C.SLIGHT_HARM, C.CORRECTED_IN_TIME, goods_value="3000")
    assert _result(result) == (Outcome.NO_PENALTY, "初次违法且危害后果轻微并及时改正", None, None)
    assert result.recommendation.kinds == ()
    _assert_traced(result, "《中华人民共和国行政处罚法》第三十三条第一款")


def test_it_penalises_the_same_facts_after_an_earlier_decision(install, body_a):
    matter = install(FS125)
    PartyViolationFactory(
        matter=matter, organisation=body_a, decided_on=date(2023, 9, 1), act_date=date(2023, 7, 1)
    )
    result = _calc(matter, body_a, C.SLIGHT_HARM, C.CORRECTED_IN_TIME, goods_value="3000")
    assert _result(result) == (Outcome.LENIENT, "情节较轻", *yuan(5000, 20000))
    _assert_traced(result)


# --- 娱乐场所管理条例第四十八条：违法所得1倍以上3倍以下 ------------------------------------------------------------------------


def test_it_fines_a_multiple_of_the_illegal_gain(install, body_a):
    result = _calc(install(EN48), body_a, illegal_gain="50000")
    assert _result(result) == (Outcome.STANDARD, "情节一般", *yuan(80000, 120000))  # 1.6–2.4 倍
    assert (
        Decimal(50000) <= result.recommendation.fine_low <= result.recommendation.fine_high <= Decimal(150000)
    )
    fine_step = next(s for s in result.recommendation.trace if s.rule == "DISC-FINE")
    assert fine_step.text.startswith("违法所得金额 50,000.00 元 × 1.6–2.4 倍")
    _assert_traced(result)


def test_it_fines_in_yuan_without_illegal_gain(install, body_a):
    result = _calc(install(EN48), body_a, C.CORRECTED_IN_TIME, illegal_gain=0)
    assert _result(result) == (Outcome.LENIENT, "情节较轻", *yuan(10000, 16000))
    _assert_traced(result)


def test_it_asks_for_the_illegal_gain_when_the_benchmark_splits_on_it(install, body_a, refused):
    """Left empty, the calculator would fall through to the yuan band and silently assume a small gain."""
    matter = install(EN48)
    with refused("DISC-012") as info:
        _calc(matter, body_a, C.CORRECTED_IN_TIME)
    assert "须提供违法所得金额" in info.value.message


# --- 安全生产（只规定最高额）and 生活垃圾（按当事人类型分档） ----------------------------------------------------------------


def test_it_keeps_a_max_only_lenient_band_under_twenty_percent(install, body_a):
    result = _calc(install(SAFETY_TRAINING), body_a, C.CORRECTED_IN_TIME, C.NO_HARM)
    assert result.benchmark.level == BenchmarkLevel.LOCAL
    assert _result(result) == (Outcome.LENIENT, "情节较轻", *yuan(0, 10000))
    assert result.recommendation.fine_high <= Decimal(200000) * Decimal("0.2")  # 从轻 ≤ 20% of the maximum
    _assert_traced(result)


def test_it_bands_a_person_apart_from_an_organisation(install, body_a):
    matter = install(LITTER)
    person = _calc(matter, body_a, C.CORRECTED_IN_TIME, party_type=PartyType.PERSON)
    assert _result(person)[:2] == (Outcome.LENIENT, "情节较轻（个人）")
    assert (person.recommendation.fine_low, person.recommendation.fine_high) == yuan(100, 200)
    organisation = _calc(matter, body_a, C.CORRECTED_IN_TIME)
    assert organisation.recommendation.tier_label != "情节较轻（个人）"
    _assert_traced(person)
