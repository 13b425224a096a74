"""The penalty procedure's periods, as pure functions (house style R7: dates in, dates out, no database).

Day counting follows ``core.domain.workdays``: the day an event happens is not counted, and a period whose last
day is a 法定休假日 ends on the next working day (《民事诉讼法》第八十五条). Periods written "二日、三日、五日、七日"
in 《行政处罚法》 are working days (第八十五条); 15 and 90 days and the years of 第三十六条 are calendar periods.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from zhifa.core.domain.workdays import (
    WorkCalendar,
    add_calendar_days,
    add_months,
    add_working_days,
    years_after,
)

DECISION_DAYS = 90  # 《行政处罚法》第六十条
SERVICE_WORKING_DAYS = 7  # 第六十一条 (当事人不在场的，七日内送达)
PAYMENT_DAYS = 15  # 第六十七条第三款
HEARING_REQUEST_WORKING_DAYS = 5  # 第六十四条第（一）项
HEARING_NOTICE_WORKING_DAYS = 7  # 第六十四条第（二）项
PRESERVATION_WORKING_DAYS = 7  # 第五十六条
SURCHARGE_RATE = Decimal("0.03")  # 第七十二条第一款第（一）项
LIMITATION_YEARS = 2  # 第三十六条第一款
LIMITATION_YEARS_SAFETY = 5


@dataclass(frozen=True)
class Interval:
    """A suspension (中止): from the day it was ordered to the day the case resumed (None: still suspended)."""

    start: date
    end: date | None


# Steps that stop the decision clock and the steps that restart it: 中止 / 恢复, and the time a case spends with the
# police from the approved transfer until the body takes it back after a refusal (国务院令310 第十条).
PAUSING = ("suspend", "transfer")
RESUMING = ("resume", "resume_administrative")


def pause_intervals(steps: Iterable[tuple[str, date]]) -> list[Interval]:
    """The intervals that do not count against the decision deadline, from the case's (action, day) history."""
    intervals: list[Interval] = []
    start = None
    for action, on in steps:
        if action in PAUSING and start is None:
            start = on
        elif action in RESUMING and start is not None:
            intervals.append(Interval(start, on))
            start = None
    if start is not None:
        intervals.append(Interval(start, None))
    return intervals


def decision_due(
    filed_on: date, suspensions: list[Interval], extension_days: int, cal: WorkCalendar
) -> date | None:
    """Last day to decide (《行政处罚法》第六十条): 90 days from 立案, plus the days the case was suspended and the
    extensions approved (the extension rule is configuration: parameters ``penalty.extension_days``). None while
    the case is suspended: the clock stands still."""
    if any(s.end is None for s in suspensions):
        return None
    paused = sum((s.end - s.start).days for s in suspensions if s.end is not None)
    return add_calendar_days(filed_on, DECISION_DAYS + paused + extension_days, cal).due


def limitation_ends(act_end: date, safety_harm: bool) -> date:
    """Last day the act can still be discovered (《行政处罚法》第三十六条): two years after the act (or its end, for a
    continuing act), five years where life, health, safety or financial security was involved and harm followed."""
    years = LIMITATION_YEARS_SAFETY if safety_harm else LIMITATION_YEARS
    return years_after(act_end, years)


def working_days_after(start: date, n: int, cal: WorkCalendar) -> date:
    return add_working_days(start, n, cal).due


def calendar_days_after(start: date, n: int, cal: WorkCalendar) -> date:
    return add_calendar_days(start, n, cal).due


def surcharge(fine: Decimal, payment_due: date, today: date) -> Decimal:
    """加处罚款 (《行政处罚法》第七十二条第一款第（一）项): 3 % of the fine for every day after the payment deadline,
    never more than the fine itself. Computed on demand, never stored (it grows every day)."""
    if fine < 0:
        raise ValueError("罚款金额不能为负数")
    days = (today - payment_due).days
    if days <= 0:
        return Decimal("0.00")
    amount = (fine * SURCHARGE_RATE * days).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return min(amount, fine)


@dataclass(frozen=True)
class Instalment:
    """One instalment of a fine paid in parts (分期缴纳, 《行政处罚法》第六十六条第二款)."""

    due_on: date
    amount: Decimal


def instalment_plan(amount: Decimal, first_due: date, count: int, cal: WorkCalendar) -> list[Instalment]:
    """``amount`` in ``count`` equal monthly instalments from ``first_due`` (the last one takes the rounding
    remainder); a due day that is a 法定休假日 moves to the next working day (《民事诉讼法》第八十五条)."""
    if count < 1 or amount <= 0:
        raise ValueError("分期期数须至少为1期，金额须大于0")
    share = (amount / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    plan = [Instalment(add_months(first_due, k, cal).due, share) for k in range(count)]
    plan[-1] = Instalment(plan[-1].due_on, amount - share * (count - 1))
    return plan


def settled_on(plan: list[Instalment], payments: list[tuple[date, Decimal]]) -> list[date | None]:
    """For each instalment, the day the payments (in date order, applied to the earliest instalment first)
    covered it, or None while it is not covered."""
    ordered = sorted(payments)
    result: list[date | None] = []
    need, paid, i = Decimal("0"), Decimal("0"), 0
    for instalment in plan:
        need += instalment.amount
        while paid < need and i < len(ordered):
            paid += ordered[i][1]
            i += 1
        result.append(ordered[i - 1][0] if paid >= need and i else None)
    return result


def plan_surcharge(
    plan: list[Instalment], payments: list[tuple[date, Decimal]], today: date, cap: Decimal
) -> Decimal:
    """加处罚款 on a plan: each instalment not paid by its due day accrues 3 % of that instalment per day until it
    is paid (第七十二条第一款第（一）项, applied per instalment), and the whole never exceeds the fine."""
    total = Decimal("0")
    for instalment, paid_on in zip(plan, settled_on(plan, payments), strict=True):
        end = min(today, paid_on) if paid_on else today
        total += surcharge(instalment.amount, instalment.due_on, end)
    return min(total, cap)
