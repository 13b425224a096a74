"""Chinese wording shared by the calculator, the splitting helpers and the refinement check.

Amounts are yuan; a fine range is shown as the printed 裁量基准表 shows it ("5,000–20,000 元", "违法所得的 1–5 倍").
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from zhifa.discretion.constants import VALUED_CIRCUMSTANCES, Circumstance, FineMode, Outcome, PenaltyKind
from zhifa.discretion.domain.types import Condition, Fine

__all__ = [
    "AMOUNT_LABELS",
    "OUTCOME_SHORT",
    "chinese_date",
    "circumstance_label",
    "fine_range",
    "kind_label",
    "multiple",
    "outcome_label",
    "tier_name",
    "yuan",
    "yuan_compact",
]

# 情节 words used in sentences such as "同时符合从重情节“…”".
OUTCOME_SHORT = {
    Outcome.NO_PENALTY: "不予处罚",
    Outcome.MITIGATED: "减轻",
    Outcome.LENIENT: "从轻",
    Outcome.STANDARD: "一般",
    Outcome.AGGRAVATED: "从重",
}

# ``Facts`` attribute → how documents name the amount.
AMOUNT_LABELS = {
    "illegal_gain": "违法所得金额",
    "goods_value": "货值金额",
    "turnover": "违法经营额",
    "ad_fee": "广告费用",
}

_DERIVED_NOTE = re.compile(r"（derived[^）]*）")


def yuan(amount: Decimal) -> str:
    """Yuan with separators and fen: ``12,000.00``."""
    return f"{amount:,.2f}"


def yuan_compact(amount: Decimal) -> str:
    """Yuan without fen when whole: ``3,000``; ``3,000.50``."""
    return f"{amount:,.0f}" if amount == amount.to_integral_value() else yuan(amount)


def multiple(value: Decimal) -> str:
    """A multiple without trailing zeros: ``10``, ``1.5``."""
    return format(value.normalize(), "f")


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def outcome_label(outcome: str) -> str:
    return str(Outcome(outcome).label) if outcome in Outcome.values else outcome


def kind_label(kind: str) -> str:
    return str(PenaltyKind(kind).label) if kind in PenaltyKind.values else kind


def tier_name(position: int, label: str) -> str:
    """``第2档“从轻处罚（情节较轻）”`` — ``position`` counts from 1 in the table's order."""
    return f"第{position}档“{label}”"


def circumstance_label(condition: Condition) -> str:
    """The circumstance's Chinese label with its value filled in, e.g. "违法所得低于 5,000 元"."""
    if condition.key not in Circumstance.values:
        return condition.key
    label = _DERIVED_NOTE.sub("", str(Circumstance(condition.key).label))
    if condition.key not in VALUED_CIRCUMSTANCES or condition.value is None:
        return label
    if condition.key == Circumstance.REPEAT_WITHIN_YEARS:
        return label.replace("N", multiple(Decimal(condition.value)), 1)
    return label.replace("X", yuan_compact(Decimal(condition.value)), 1)


def _bounds(low: str | None, high: str | None, unit: str) -> str:
    if low is None:
        return f"{high} {unit}以下"
    return f"{low} {unit}以上" if high is None else f"{low}–{high} {unit}"


def fine_range(fine: Fine | None) -> str:
    """A tier's fine as tables, pages and the API print it: "3,000–8,000 元", "20,000 元以下" (only a maximum),
    "违法所得的 1–5 倍", "不处罚款"."""
    if fine is None or fine.mode == FineMode.NONE or (fine.low is None and fine.high is None):
        return "不处罚款"
    low = fine.low if fine.low else None
    if fine.mode == FineMode.AMOUNT:
        high = None if fine.high is None else yuan_compact(fine.high)
        return _bounds(low and yuan_compact(low), high, "元")
    low = fine.low if fine.low is not None else Decimal(0)
    high = None if fine.high is None else multiple(fine.high)
    mode = str(FineMode(fine.mode).label) if fine.mode in FineMode.values else fine.mode
    return f"{mode.removesuffix('倍数')} {_bounds(multiple(low), high, '倍')}"
