"""The range checks run on 报送备案: a refinement stays inside its superior's range (seed 000 §5), every tier
inside the statutory range, and 减轻处罚 below the statutory minimum."""

from __future__ import annotations

import pytest

from zhifa.discretion.constants import Outcome
from zhifa.discretion.tests.factories import (
    draft_benchmark,
    penalty_matter,
    registered_superior,
    standard_tiers,
    step,
    tier,
)
from zhifa.discretion.workflow import BenchmarkState

pytestmark = pytest.mark.django_db


@pytest.fixture
def matter(body_a):
    return penalty_matter(body_a)


def test_it_refuses_a_local_refinement_outside_its_superiors_range(
    today, matter, head_a, supervisor, refused
):
    superior = registered_superior(supervisor, matter)
    wider = standard_tiers(standard=(10000, 30000))  # inside the statute (5,000–50,000), not the superior
    refinement = draft_benchmark(head_a, matter, parent=superior, tiers=wider)
    with refused("DISC-006", refinement, *refinement.tiers.all()) as info:
        step(head_a, refinement, "submit")
    assert "罚款 10,000–30,000 元超出上级基准同档次范围 15,000–30,000 元" in info.value.message


def test_it_accepts_a_refinement_inside_its_superiors_range(today, matter, head_a, supervisor):
    superior = registered_superior(supervisor, matter)
    narrower = standard_tiers(lenient=(5000, 10000), standard=(18000, 28000), aggravated=(35000, 50000))
    refinement = draft_benchmark(head_a, matter, parent=superior, tiers=narrower)
    assert step(head_a, refinement, "submit").status == BenchmarkState.SUBMITTED


def test_it_refuses_a_tier_above_the_statutory_maximum(today, matter, head_a, refused):
    b = draft_benchmark(head_a, matter, tiers=standard_tiers(aggravated=(30000, 80000)))
    with refused("DISC-007", b) as info:
        step(head_a, b, "submit")
    assert "超出法定幅度 5,000–50,000" in info.value.message


def test_it_refuses_a_tier_below_the_statutory_minimum(today, matter, head_a, refused):
    b = draft_benchmark(head_a, matter, tiers=standard_tiers(lenient=(2000, 8000)))
    with refused("DISC-007", b):
        step(head_a, b, "submit")


def test_it_refuses_a_mitigated_tier_that_reaches_the_statutory_minimum(today, matter, head_a, refused):
    mitigated = tier(Outcome.MITIGATED, "主动消除危害后果", {"key": "eliminated_harm"}, fine=(1000, 5000))
    b = draft_benchmark(head_a, matter, tiers=[mitigated, *standard_tiers()])
    with refused("DISC-007", b) as info:
        step(head_a, b, "submit")
    assert "应低于法定最低限 5,000" in info.value.message


def test_it_accepts_a_mitigated_tier_below_the_statutory_minimum(today, matter, head_a):
    mitigated = tier(Outcome.MITIGATED, "主动消除危害后果", {"key": "eliminated_harm"}, fine=(1000, 4999))
    b = draft_benchmark(head_a, matter, tiers=[mitigated, *standard_tiers()])
    assert step(head_a, b, "submit").status == BenchmarkState.SUBMITTED


def test_it_refuses_a_table_without_a_closing_unconditional_tier(today, matter, head_a, refused):
    b = draft_benchmark(head_a, matter, tiers=standard_tiers()[:-1])
    with refused("DISC-005", b) as info:
        step(head_a, b, "submit")
    assert "兜底档次" in info.value.message
