"""Check a local refinement (细化) of a superior department's benchmark.

seed 000 §5: a body may 依法对上级制定的行政裁量权基准……予以合理细化量化 — refine within the superior's range,
never widen it. For each local tier: the superior has a tier with the same outcome; the local fine uses a fine
mode the superior uses for that outcome and lies inside the union [lowest low, highest high] of those superior
tiers; the local penalty kinds are among the kinds the superior gives for that outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from zhifa.discretion.constants import FineMode
from zhifa.discretion.domain.formatting import fine_range, kind_label, outcome_label, tier_name
from zhifa.discretion.domain.types import BenchmarkRule, Fine, TierRule

__all__ = ["RangeProblem", "check_refinement"]


@dataclass(frozen=True)
class RangeProblem:
    tier_order: int
    tier_label: str
    message: str


def _mode(fine: Fine | None) -> str:
    return FineMode.NONE if fine is None else fine.mode


def _envelope(fines: list[Fine]) -> Fine:
    """The union [lowest low, highest high] of fines of one mode (``high`` None: unbounded)."""
    lows = [Decimal(f.low) if f.low is not None else Decimal(0) for f in fines]
    highs = [f.high for f in fines]
    high = None if any(h is None for h in highs) else max(Decimal(h) for h in highs)
    return Fine(fines[0].mode, min(lows), high)


def _inside(fine: Fine, envelope: Fine) -> bool:
    low = Decimal(fine.low) if fine.low is not None else Decimal(0)
    if low < envelope.low:
        return False
    if envelope.high is None:
        return True
    return fine.high is not None and Decimal(fine.high) <= envelope.high


def _fine_message(name: str, local: TierRule, peers: list[TierRule]) -> str | None:
    mode = _mode(local.fine)
    same_mode = [t.fine for t in peers if _mode(t.fine) == mode]
    if not same_mode:
        modes = "、".join(sorted({fine_range(t.fine) for t in peers}))
        return f"{name}的罚款（{fine_range(local.fine)}）与上级基准同档次的罚款方式不一致（上级：{modes}）"
    if mode == FineMode.NONE:
        return None
    envelope = _envelope(same_mode)
    if _inside(local.fine, envelope):
        return None
    return f"{name}罚款 {fine_range(local.fine)}超出上级基准同档次范围 {fine_range(envelope)}"


def _kinds_message(name: str, local: TierRule, peers: list[TierRule]) -> str | None:
    allowed = {kind for tier in peers for kind in tier.kinds}
    extra = [kind for kind in local.kinds if kind not in allowed]
    if not extra:
        return None
    extras = "、".join(kind_label(kind) for kind in extra)
    return f"{name}的处罚种类“{extras}”不在上级基准同档次的处罚种类之内"


def _tier_problems(position: int, local: TierRule, superior: BenchmarkRule) -> list[RangeProblem]:
    name = tier_name(position, local.label)
    peers = [tier for tier in superior.tiers if tier.outcome == local.outcome]
    if not peers:
        outcome = outcome_label(local.outcome)
        messages = [f"{name}的处理结果“{outcome}”在上级基准中没有对应档次"]
    else:
        messages = [_fine_message(name, local, peers), _kinds_message(name, local, peers)]
    return [RangeProblem(local.order, local.label, m) for m in messages if m]


def check_refinement(local: BenchmarkRule, superior: BenchmarkRule) -> list[RangeProblem]:
    """Problems where ``local`` leaves the range of ``superior`` (Chinese messages); empty list = within range."""
    tiers = sorted(local.tiers, key=lambda tier: tier.order)
    return [
        problem
        for position, tier in enumerate(tiers, 1)
        for problem in _tier_problems(position, tier, superior)
    ]
