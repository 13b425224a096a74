"""备案审查 of a benchmark: draft → submit → file, the reasons, the frozen filed version, and the whole transition
table walked (house style R5)."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.accounts.tests.factories import actor_of
from zhifa.core.audit import verify_chain
from zhifa.core.models import AuditEvent
from zhifa.discretion import services
from zhifa.discretion.constants import BenchmarkLevel
from zhifa.discretion.models import BenchmarkEvent
from zhifa.discretion.tests.factories import (
    benchmark_data,
    draft_benchmark,
    filed_benchmark,
    force_state,
    penalty_matter,
    standard_tiers,
    step,
    superior_draft,
)
from zhifa.discretion.workflow import BY_ACTION, TRANSITIONS, BenchmarkState

pytestmark = pytest.mark.django_db


@pytest.fixture
def matter(body_a):
    return penalty_matter(body_a)


def test_it_files_a_submitted_benchmark_with_a_number_events_and_audit(today, matter, head_a, supervisor):
    b = draft_benchmark(head_a, matter)
    step(head_a, b, "submit")
    b = step(supervisor, b, "file", "审查通过")
    assert b.status == BenchmarkState.FILED
    assert b.filing_number == "清司备〔2026〕0001号" and b.filed_by.startswith("司法局监督员")
    assert b.submitted_at is not None and b.filed_at is not None
    events = list(b.events.values_list("action", "from_state", "to_state"))
    assert events == [
        ("create", "", "draft"),
        ("submit", "draft", "submitted"),
        ("file", "submitted", "filed"),
    ]
    actions = AuditEvent.objects.filter(object_id=str(b.pk), object_type="discretion.benchmark")
    assert list(actions.order_by("seq").values_list("action", flat=True)) == [
        "benchmark.create", "benchmark.submit", "benchmark.file",
    ]  # fmt: skip
    assert verify_chain().ok


def test_it_refuses_to_return_without_a_reason(today, matter, head_a, supervisor, refused):
    b = step(head_a, draft_benchmark(head_a, matter), "submit")
    with refused("DISC-003", b) as info:
        step(supervisor, b, "return", "   ")
    assert "退回修改必须写明理由" in info.value.message


def test_it_returns_with_a_reason_and_lets_the_body_edit_again(today, matter, head_a, supervisor):
    b = step(head_a, draft_benchmark(head_a, matter), "submit")
    b = step(supervisor, b, "return", "从轻档次的情节不明确")
    assert b.status == BenchmarkState.RETURNED
    assert b.events.last().reason == "从轻档次的情节不明确"
    services.benchmark_update(by=actor_of(head_a), benchmark=b, data=benchmark_data(violation="改后的违法行为"),
                              tiers=standard_tiers())  # fmt: skip
    b.refresh_from_db()
    assert b.violation == "改后的违法行为"


def test_it_refuses_to_edit_a_filed_benchmark(today, matter, head_a, supervisor, refused):
    b = filed_benchmark(head_a, supervisor, matter)
    with refused("DISC-004", b, *b.tiers.all()):
        services.benchmark_update(by=actor_of(head_a), benchmark=b, data=benchmark_data(violation="改"),
                                  tiers=standard_tiers())  # fmt: skip


def test_it_starts_a_new_version_as_a_draft_copy(today, matter, head_a, supervisor):
    b = filed_benchmark(head_a, supervisor, matter)
    new = services.benchmark_new_version(by=actor_of(head_a), benchmark=b, valid_from=date(2026, 12, 1))
    assert (new.version, new.status, new.tiers.count()) == (2, BenchmarkState.DRAFT, 4)
    step(head_a, new, "submit")
    step(supervisor, new, "file")
    b.refresh_from_db()
    assert b.valid_until == date(2026, 11, 30)


def test_it_keeps_the_earlier_end_when_a_closed_version_is_repealed(today, matter, head_a, supervisor):
    b = filed_benchmark(head_a, supervisor, matter)
    new = services.benchmark_new_version(by=actor_of(head_a), benchmark=b, valid_from=date(2026, 6, 1))
    step(head_a, new, "submit")
    step(supervisor, new, "file")
    b = step(supervisor, b, "repeal", "清理")
    assert b.valid_until == date(2026, 5, 31)


# --- the whole table -------------------------------------------------------------------------------------


UNKNOWN = ["fly", "create"]
ACTIONS = [*BY_ACTION, *UNKNOWN]
LEVELS = [BenchmarkLevel.LOCAL, BenchmarkLevel.CITY]
CASES = [(s, a, lv) for s in BenchmarkState for a in ACTIONS for lv in LEVELS]


def _allowed(state: str, action: str, level: str) -> bool:
    t = BY_ACTION.get(action)
    if t is None or state not in t.sources:
        return False
    return not (
        (t.local_only and level != BenchmarkLevel.LOCAL)
        or (t.superior_only and level == BenchmarkLevel.LOCAL)
    )


@pytest.mark.parametrize(
    ("state", "action", "level"), CASES, ids=[f"{s.value}-{a}-{lv}" for s, a, lv in CASES]
)
def test_it_follows_the_transition_table(today, matter, head_a, supervisor, refused, state, action, level):
    if level == BenchmarkLevel.LOCAL:
        b = draft_benchmark(head_a, matter)
    else:
        b = superior_draft(supervisor, matter)
    b = force_state(b, state)
    t = BY_ACTION.get(action)
    by = head_a if t is not None and t.perm == "benchmarks.manage" else supervisor
    if _allowed(state, action, level):
        events = BenchmarkEvent.objects.count()
        result = step(by, b, action, "按表测试")
        assert result.status == t.target
        assert BenchmarkEvent.objects.count() == events + 1
        assert AuditEvent.objects.filter(action=f"benchmark.{action}", object_id=str(b.pk)).count() == 1
    else:
        with refused("DISC-002", b) as info:
            step(by, b, action, "按表测试")
        assert "不能" in info.value.message


def test_it_walks_every_transition_of_the_table():
    walked = {a for _, a, _ in CASES}
    assert {t.action for t in TRANSITIONS} <= walked
