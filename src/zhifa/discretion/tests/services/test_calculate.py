"""The calculator service: which benchmark applies (filed only; the body's own before the superior's; 《行政处罚法》
第三十七条 between versions) and the party's history read from zhifa (首违不罚, repeat offences)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from zhifa.accounts.tests.factories import actor_of
from zhifa.discretion import services
from zhifa.discretion.constants import Circumstance as C
from zhifa.discretion.constants import Outcome, PartyType
from zhifa.discretion.domain.types import Facts
from zhifa.discretion.selectors import calculate
from zhifa.discretion.tests.factories import (
    CITY,
    PARTY_USCC,
    PartyViolationFactory,
    draft_benchmark,
    filed_benchmark,
    penalty_matter,
    registered_superior,
    standard_tiers,
    step,
)

pytestmark = pytest.mark.django_db
ACT = date(2026, 3, 1)
FIRST_TIME = frozenset({C.SLIGHT_HARM, C.CORRECTED_IN_TIME})


@pytest.fixture
def matter(body_a, body_b):
    return penalty_matter(body_a, body_b)


def _facts(*flags: str, act: date = ACT) -> Facts:
    return Facts(party_type=PartyType.ORGANISATION, act_date=act, circumstances=frozenset(flags))


def _calc(matter, body, *flags: str, act: date = ACT, identifier: str = PARTY_USCC):
    return calculate(
        matter=matter, organisation=body, facts=_facts(*flags, act=act), party_identifier=identifier
    )


def _codes(calculation) -> list[str]:
    return [s.rule for s in calculation.recommendation.trace]


# --- which benchmark --------------------------------------------------------------------------------------


def test_it_does_not_use_an_unfiled_benchmark(today, matter, body_a, head_a, supervisor, refused):
    b = draft_benchmark(head_a, matter)
    with refused("DISC-008") as info:
        _calc(matter, body_a)
    assert "没有已备案施行的裁量基准" in info.value.message
    step(head_a, b, "submit")
    with refused("DISC-008"):
        _calc(matter, body_a)
    step(supervisor, b, "file")
    assert _calc(matter, body_a).benchmark.pk == b.pk


def test_it_prefers_the_bodys_own_filed_benchmark_over_the_superiors(
    today, matter, body_a, head_a, supervisor
):
    superior = registered_superior(supervisor, matter)
    own = filed_benchmark(head_a, supervisor, matter, parent=superior)
    assert _calc(matter, body_a).benchmark.pk == own.pk


def test_it_applies_the_superiors_benchmark_to_a_body_without_one(
    today, matter, body_a, body_b, head_a, supervisor
):
    superior = registered_superior(supervisor, matter)
    filed_benchmark(head_a, supervisor, matter, parent=superior)
    result = _calc(matter, body_b)
    assert result.benchmark.pk == superior.pk and result.benchmark.issuer_name == CITY


# --- 第三十七条 -------------------------------------------------------------------------------------------


def _new_version(head, supervisor, b, tiers, valid_from=date(2026, 6, 1)):
    new = services.benchmark_new_version(by=actor_of(head), benchmark=b, valid_from=valid_from)
    new = services.benchmark_update(by=actor_of(head), benchmark=new, data=_data(new), tiers=tiers)
    step(head, new, "submit")
    return step(supervisor, new, "file")


def _data(b):
    from zhifa.discretion.data import BENCHMARK_FIELDS, BenchmarkData

    return BenchmarkData(**{f: getattr(b, f) for f in BENCHMARK_FIELDS})


def test_it_applies_a_newer_lighter_version_to_an_older_act(today, matter, body_a, head_a, supervisor):
    old = filed_benchmark(head_a, supervisor, matter)
    new = _new_version(head_a, supervisor, old, standard_tiers(standard=(10000, 20000)))
    result = _calc(matter, body_a)
    assert result.benchmark.pk == new.pk
    assert (result.recommendation.fine_low, result.recommendation.fine_high) == (
        Decimal(10000),
        Decimal(20000),
    )
    first = result.recommendation.trace[0]
    assert first.rule == "DISC-S37" and "第三十七条" in first.citation and "较行为时基准轻" in first.text


def test_it_keeps_the_version_in_force_at_the_act_when_the_newer_is_heavier(
    today, matter, body_a, head_a, supervisor
):
    old = filed_benchmark(head_a, supervisor, matter)
    _new_version(head_a, supervisor, old, standard_tiers(standard=(20000, 35000)))
    result = _calc(matter, body_a)
    assert result.benchmark.pk == old.pk
    assert result.recommendation.fine_high == Decimal(30000)
    assert "适用违法行为发生时" in result.recommendation.trace[0].text


# --- the party's history ----------------------------------------------------------------------------------


@pytest.fixture
def filed(today, matter, head_a, supervisor):
    return filed_benchmark(head_a, supervisor, matter)


def test_it_applies_the_first_offence_tier_without_an_earlier_decision(filed, matter, body_a):
    result = _calc(matter, body_a, *FIRST_TIME)
    rec = result.recommendation
    assert (rec.outcome, rec.tier_label, result.prior_count) == (Outcome.NO_PENALTY, "首违不罚", 0)
    assert "属初次违法" in "".join(s.text for s in rec.trace)


def test_it_gives_a_penalty_once_the_party_has_an_older_decision(filed, matter, body_a):
    PartyViolationFactory(
        matter=matter, organisation=body_a, decided_on=date(2023, 6, 1), act_date=date(2023, 4, 1)
    )
    result = _calc(matter, body_a, *FIRST_TIME)
    assert (result.recommendation.outcome, result.prior_count) == (Outcome.LENIENT, 1)
    assert "不属初次违法" in "".join(s.text for s in result.recommendation.trace)


def test_it_aggravates_a_repeat_within_two_years(filed, matter, body_a):
    PartyViolationFactory(matter=matter, organisation=body_a, decided_on=date(2025, 5, 1))
    rec = _calc(matter, body_a, *FIRST_TIME).recommendation
    assert (rec.outcome, rec.tier_label) == (Outcome.AGGRAVATED, "两年内再次违法")
    assert (rec.fine_low, rec.fine_high) == (Decimal(30000), Decimal(50000))
    assert "DISC-REPEAT" in [s.rule for s in rec.trace]


def test_it_ignores_a_decision_for_another_matter(filed, matter, body_a):
    other = penalty_matter(body_a, name="对其他违法行为的行政处罚")
    PartyViolationFactory(matter=other, organisation=body_a, decided_on=date(2025, 5, 1))
    assert _calc(matter, body_a, *FIRST_TIME).recommendation.outcome == Outcome.NO_PENALTY


def test_it_ignores_another_partys_decision(filed, matter, body_a):
    PartyViolationFactory(matter=matter, organisation=body_a, identifier="91330000MA2B3C4D5E")
    assert _calc(matter, body_a, *FIRST_TIME).recommendation.outcome == Outcome.NO_PENALTY


def test_it_refuses_a_birth_date_after_the_act_as_facts(filed, matter, body_a, refused):
    facts = Facts(party_type=PartyType.PERSON, act_date=ACT, party_birth_date=date(2026, 5, 1))
    with refused("DISC-012") as info:
        calculate(matter=matter, organisation=body_a, facts=facts)
    assert "出生日期" in info.value.message
