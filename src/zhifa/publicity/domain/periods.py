"""Publication dates (legal-rules §2, §11): when a decision is due on the portal, how long it stays, whether
credit repair may end it early. Pure functions (house style R7): dates and rule values in, dates out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from zhifa.core.domain.workdays import WorkCalendar, add_working_days, shift_months
from zhifa.discretion.constants import PenaltyKind

_DAY = timedelta(days=1)
# Penalties whose publication never ends early (市场监管总局令第45号; legal-rules §11).
NEVER_EARLY = frozenset(
    {
        PenaltyKind.ORDER_SUSPENSION,
        PenaltyKind.RESTRICT_ACTIVITIES,
        PenaltyKind.LOWER_QUALIFICATION,
        PenaltyKind.REVOKE_LICENCE,
    }
)
# Penalties whose publication period is the short one when nothing heavier is imposed.
LIGHT = frozenset({PenaltyKind.WARNING, PenaltyKind.CRITICISM})


@dataclass(frozen=True)
class Period:
    """The publication period: its last day on the portal (``ends_on``) and why."""

    ends_on: date
    basis: str


def publication_due(decided_on: date, working_days: int, cal: WorkCalendar) -> date:
    """The last day to publish: ``working_days`` working days after the decision (the decision day not counted)."""
    return add_working_days(decided_on, working_days, cal).due


def withdrawal_due(revoked_on: date, working_days: int, cal: WorkCalendar) -> date:
    """The last day to withdraw a publication after its decision was revoked (《行政处罚法》第四十八条：三日)."""
    return add_working_days(revoked_on, working_days, cal).due


def penalty_period(
    decided_on: date,
    kinds: Iterable[str],
    fine: Decimal | None,
    *,
    short_months: int,
    long_years: int,
    low_fine: Decimal,
) -> Period:
    """市场监管总局令第45号: 3 months for 通报批评 (or a warning) or a low fine alone, 3 years for the rest.

    The period counts from the decision day; ``ends_on`` is its last day (the day before the same date
    ``short_months`` later), so the record is off the portal from the anniversary on.
    """
    heavy = set(kinds) - LIGHT - {PenaltyKind.FINE}
    low = PenaltyKind.FINE not in set(kinds) or (fine is not None and fine <= low_fine)
    if not heavy and low:
        end = shift_months(decided_on, short_months) - _DAY
        return Period(end, f"通报批评、警告或较低数额罚款，公示期{short_months}个月（市场监管总局令第45号）")
    end = shift_months(decided_on, 12 * long_years) - _DAY
    return Period(end, f"公示期{long_years}年（市场监管总局令第45号）")


def other_period(decided_on: date, years: int) -> Period:
    end = shift_months(decided_on, 12 * years) - _DAY
    return Period(end, f"公示期{years}年（本地配置）")


def early_end_barrier(
    *, kinds: Iterable[str], decided_on: date, on: date, minimum_months: int, fully_performed: bool
) -> str:
    """Why credit repair may not end this penalty's publication on ``on``, or '' when it may.

    Never for 停产停业、限制开展生产经营活动、降低资质等级、吊销许可证件 (令45); not before the minimum period
    (令58: 3 months); only once the penalty is performed (令45: 已经履行行政处罚决定).
    """
    never = sorted(str(PenaltyKind(k).label) for k in set(kinds) & NEVER_EARLY)
    if never:
        return f"处罚种类含{'、'.join(never)}，公示期内不得提前停止公示。"
    earliest = shift_months(decided_on, minimum_months)
    if on < earliest:
        return f"最短公示期{minimum_months}个月，{earliest.isoformat()}前不得提前停止公示。"
    if not fully_performed:
        return "当事人尚未履行完毕行政处罚决定，不得提前停止公示。"
    return ""
