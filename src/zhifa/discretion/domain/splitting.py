"""Authoring helpers for benchmark tables: split a statutory range into 从轻 / 一般 / 从重 drafts, check a table.

The methods are local practice (legal-rules §4 [S], 浙江/义乌): an amount or multiple range is cut into at
least three tiers, the 一般 tier in the middle; an amount range whose maximum is at least four times its
minimum is cut by multiples (geometrically); a range with only a maximum puts 从轻 at ≤20% and 一般 at 40–60% of
the maximum. The output is always a draft for the author to complete (the 从轻 and 从重 tiers still need their
circumstances), never a benchmark in force.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from zhifa.discretion.constants import VALUED_CIRCUMSTANCES, Circumstance, FineMode, Outcome, PenaltyKind
from zhifa.discretion.domain.formatting import circumstance_label, fine_range, tier_name
from zhifa.discretion.domain.types import Fine, TierRule

__all__ = [
    "GEOMETRIC_RATIO",
    "NOTE_AGGRAVATED",
    "NOTE_LENIENT",
    "split_max_only",
    "split_three_bands",
    "validate_table",
]

GEOMETRIC_RATIO = Decimal(4)  # legal-rules §4 [S]: "if max/min ≥ 4, tier by multiples"
MULTIPLE_SUSPECT = Decimal(1000)  # a multiple above this is probably an amount typed in the wrong mode
NOTE_LENIENT = "请补充从轻情节"
NOTE_AGGRAVATED = "请补充从重情节"
_STEP = {FineMode.AMOUNT: Decimal(1)}  # whole yuan; multiples to 0.1
_MULTIPLE_STEP = Decimal("0.1")
_THIRD = Decimal(1) / Decimal(3)


def _round(value: Decimal, mode: str, low: Decimal, high: Decimal) -> Decimal:
    """Round a cut point (whole yuan, or 0.1 of a multiple) and keep it inside [low, high]."""
    rounded = value.quantize(_STEP.get(mode, _MULTIPLE_STEP), rounding=ROUND_HALF_UP)
    return min(max(rounded, low), high)


def _check_range(low: Decimal, high: Decimal) -> None:
    if low < 0:
        raise ValueError(f"罚款下限不能为负数：{low}")
    if low > high:
        raise ValueError(f"罚款下限 {low} 高于上限 {high}")


def _drafts(
    bands: tuple[tuple[Decimal, Decimal], ...], mode: str, kinds: tuple[str, ...], method: str
) -> tuple[TierRule, ...]:
    """三档草稿: 从轻 (order 10), 从重 (order 20), then the unconditional 一般 tier (order 30)."""
    (lenient, standard, aggravated), kinds = bands, tuple(kinds)
    return (
        TierRule(None, 10, Outcome.LENIENT, "情节较轻", (), kinds, Fine(mode, *lenient), note=NOTE_LENIENT),
        TierRule(
            None, 20, Outcome.AGGRAVATED, "情节严重", (), kinds, Fine(mode, *aggravated), note=NOTE_AGGRAVATED
        ),
        TierRule(None, 30, Outcome.STANDARD, "情节一般", (), kinds, Fine(mode, *standard), note=method),
    )


def _cut_points(low: Decimal, high: Decimal, mode: str) -> tuple[Decimal, Decimal, str]:
    if mode == FineMode.AMOUNT and low > 0 and high / low >= GEOMETRIC_RATIO:
        root = (high / low) ** _THIRD
        method = f"最高额为最低额的 {high / low:.4g} 倍（≥{GEOMETRIC_RATIO}），按倍数（等比）三分"
        return low * root, low * root * root, method
    step = (high - low) / 3
    return low + step, low + 2 * step, "三分法（等差）：一般处罚居中"


def split_three_bands(
    low: Decimal, high: Decimal, *, mode: str = FineMode.AMOUNT, kinds: Iterable[str] = (PenaltyKind.FINE,)
) -> tuple[TierRule, ...]:
    """Split [low, high] into 从轻 [low, a], 一般 [a, b], 从重 [b, high] (legal-rules §4 [S]).

    Equal thirds, except an AMOUNT range with high/low ≥ 4, cut geometrically (a = low·r^(1/3), b = low·r^(2/3),
    r = high/low). Cut points are whole yuan (multiples: 0.1). Returns editable drafts, 一般 last.
    """
    low, high = Decimal(low), Decimal(high)
    _check_range(low, high)
    first, second, method = _cut_points(low, high, mode)
    a, b = _round(first, mode, low, high), _round(second, mode, low, high)
    return _drafts(((low, a), (a, b), (b, high)), mode, tuple(kinds), method)


def split_max_only(
    high: Decimal,
    *,
    lenient_pct: int = 20,
    standard_low_pct: int = 40,
    standard_high_pct: int = 60,
    mode: str = FineMode.AMOUNT,
    kinds: Iterable[str] = (PenaltyKind.FINE,),
) -> tuple[TierRule, ...]:
    """A range stated only by its maximum ("处……以下罚款"): 从轻 [0, 20%], 一般 [40%, 60%], 从重 [60%, 100%].

    The percentages are local practice (legal-rules §4 [S]) and therefore parameters.
    """
    high = Decimal(high)
    _check_range(Decimal(0), high)
    if not 0 <= lenient_pct <= standard_low_pct <= standard_high_pct <= 100:
        raise ValueError("百分比应满足 0 ≤ 从轻上限 ≤ 一般下限 ≤ 一般上限 ≤ 100")
    cut = [
        _round(high * Decimal(p) / 100, mode, Decimal(0), high)
        for p in (lenient_pct, standard_low_pct, standard_high_pct)
    ]
    method = f"仅规定最高额：一般处罚为最高额的 {standard_low_pct}%–{standard_high_pct}%，从轻不超过 {lenient_pct}%"
    return _drafts(((Decimal(0), cut[0]), (cut[1], cut[2]), (cut[2], high)), mode, tuple(kinds), method)


# --- validation ---------------------------------------------------------------------------------------------


def _fine_problems(name: str, fine: Fine) -> list[str]:
    problems = []
    values = [v for v in (fine.low, fine.high) if v is not None]
    if any(Decimal(v) < 0 for v in values):
        problems.append(f"{name}的罚款为负数")
    if fine.low is not None and fine.high is not None and Decimal(fine.low) > Decimal(fine.high):
        problems.append(f"{name}的罚款下限高于上限（{fine_range(fine)}）")
    if fine.mode not in (FineMode.AMOUNT, FineMode.NONE) and any(
        Decimal(v) > MULTIPLE_SUSPECT for v in values
    ):
        problems.append(f"提示：{name}按倍数处罚，但倍数超过 {MULTIPLE_SUSPECT}，疑似误填为金额")
    if fine.mode not in FineMode.values:
        problems.append(f"{name}的罚款方式“{fine.mode}”无效")
    return problems


def _condition_problems(name: str, tier: TierRule) -> list[str]:
    problems = []
    for condition in tier.conditions:
        if condition.key not in Circumstance.values:
            problems.append(f"{name}的条件“{condition.key}”不是已知情节")
        elif condition.key in VALUED_CIRCUMSTANCES and condition.value is None:
            problems.append(f"{name}的条件“{circumstance_label(condition)}”未设数值")
    return problems


def _kind_problems(name: str, tier: TierRule) -> list[str]:
    fines = tier.fine is not None and tier.fine.mode != FineMode.NONE
    if tier.outcome == Outcome.NO_PENALTY:
        return [f"{name}为不予处罚，不应设处罚种类或罚款"] if tier.kinds or fines else []
    if PenaltyKind.FINE in tier.kinds and not fines:
        return [f"{name}的处罚种类含罚款，但未设罚款数额或倍数"]
    if fines and PenaltyKind.FINE not in tier.kinds:
        return [f"{name}设有罚款，但处罚种类未含罚款"]
    return []


def _tier_problems(position: int, tier: TierRule) -> list[str]:
    name = tier_name(position, tier.label)
    problems = _condition_problems(name, tier) + _kind_problems(name, tier)
    if tier.outcome not in Outcome.values:
        problems.append(f"{name}的处理结果“{tier.outcome}”无效")
    return problems + (_fine_problems(name, tier.fine) if tier.fine is not None else [])


def _order_problems(tiers: list[TierRule]) -> list[str]:
    problems = []
    orders = [t.order for t in tiers]
    if len(set(orders)) != len(orders):
        problems.append("档次序号有重复，列序不确定")
    if tiers[-1].conditions:
        problems.append("最后一档应为无附加条件的一般档次（兜底档次），否则可能没有可适用的档次")
    first_open = next((i for i, t in enumerate(tiers) if not t.conditions), None)
    if first_open is not None:
        open_name = tier_name(first_open + 1, tiers[first_open].label)
        for position, tier in enumerate(tiers[first_open + 1 :], first_open + 2):
            problems.append(f"{tier_name(position, tier.label)}位于无附加条件的{open_name}之后，永远不会适用")
    return problems


def validate_table(tiers: Iterable[TierRule]) -> list[str]:
    """Problems of a benchmark table, in Chinese; an empty list means none found. Lines starting "提示：" are
    warnings only (the table may still be right)."""
    ordered = sorted(tiers, key=lambda tier: tier.order)
    if not ordered:
        return ["未设任何档次"]
    problems = _order_problems(ordered)
    for position, tier in enumerate(ordered, 1):
        problems.extend(_tier_problems(position, tier))
    return problems
