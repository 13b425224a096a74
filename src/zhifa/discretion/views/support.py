"""What the benchmark pages share: badges, how tiers, fines, conditions and events are printed, and who may
author or act on a benchmark."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require_scope
from zhifa.core.exceptions import NotInScope

from .. import selectors
from ..constants import BenchmarkLevel, Outcome, PenaltyKind
from ..domain.formatting import circumstance_label, fine_range
from ..domain.types import Condition, Fine
from ..models import Benchmark, BenchmarkEvent
from ..workflow import BY_ACTION, BenchmarkState, Transition

PAGE_SIZE = 50
STATUS_BADGES = {
    BenchmarkState.DRAFT: "text-bg-secondary",
    BenchmarkState.SUBMITTED: "text-bg-info",
    BenchmarkState.RETURNED: "text-bg-warning",
    BenchmarkState.FILED: "text-bg-success",
    BenchmarkState.REPEALED: "text-bg-dark",
}
OUTCOME_BADGES = {
    Outcome.NO_PENALTY: "text-bg-success",
    Outcome.MITIGATED: "text-bg-info",
    Outcome.LENIENT: "text-bg-primary",
    Outcome.STANDARD: "text-bg-secondary",
    Outcome.AGGRAVATED: "text-bg-danger",
}
EVENT_LABELS = {"create": "起草", **{a: t.label for a, t in BY_ACTION.items()}}


# --- display helpers ----------------------------------------------------------------------------------------


def fine_text(mode: str, low: Decimal | None, high: Decimal | None) -> str:
    """A fine as every page prints it (the same text as the API and the calculator's trace)."""
    return fine_range(Fine(mode, low, high))


def conditions_text(conditions: list[dict]) -> list[str]:
    """Each condition in Chinese with its value and unit (年/元)."""
    return [
        circumstance_label(
            Condition(c["key"], Decimal(str(c["value"])) if c.get("value") not in (None, "") else None)
        )
        for c in conditions
    ]


def kind_labels(kinds) -> list[str]:
    return [str(PenaltyKind(k).label) if k in PenaltyKind.values else k for k in kinds]


@dataclass(frozen=True)
class TierRow:
    position: int
    tier: object
    outcome_label: str
    badge: str
    conditions: list[str]
    kinds: list[str]
    fine: str


def tier_rows(tiers) -> list[TierRow]:
    return [
        TierRow(i, t, str(Outcome(t.outcome).label), OUTCOME_BADGES.get(t.outcome, "text-bg-light"),
                conditions_text(t.conditions), kind_labels(t.kinds), fine_text(t.fine_mode, t.fine_low, t.fine_high))
        for i, t in enumerate(tiers, 1)
    ]  # fmt: skip


def state_label(value: str) -> str:
    return str(BenchmarkState(value).label) if value in BenchmarkState.values else (value or "—")


def event_row(event: BenchmarkEvent) -> dict:
    return {"event": event, "label": EVENT_LABELS.get(event.action, event.action),
            "from_label": state_label(event.from_state), "to_label": state_label(event.to_state)}  # fmt: skip


def split_citations(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", "；").split("；") if part.strip()]


def today_local() -> date:
    return timezone.localdate()


# --- permissions on a benchmark -------------------------------------------------------------------------------


def is_author(actor, b: Benchmark) -> bool:
    """The actor may edit (or start a version of) ``b``: a body's head for its body, the 司法局 for a superior's."""
    perm = Perm.BENCHMARK_MANAGE if b.level == BenchmarkLevel.LOCAL else Perm.BENCHMARK_FILE
    return perm in actor.permissions and is_writable(actor, b)


def is_writable(actor, b: Benchmark) -> bool:
    """A superior department's benchmark has no body; a body's one only inside the actor's scope."""
    if b.organisation_id is None:
        return True
    try:
        require_scope(actor, b.organisation)
    except NotInScope:
        return False
    return True


def benchmark_actions(actor, b: Benchmark) -> list[Transition]:
    if not is_writable(actor, b):
        return []
    return [t for t in selectors.available_transitions(b) if t.perm in actor.permissions]


def actor_body(actor):
    org = actor.organisation
    return org.body if org is not None and org.body_id else org
