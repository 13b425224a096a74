"""The periods of 《中华人民共和国行政强制法》 as pure functions (house style R7): dates and rule values in, dates out,
no ORM. The region's calendar (``WorkCalendar``) is passed in by the caller.

- 第二十五条: 查封、扣押 no longer than **30 days**; extended once with the head's approval by **no more than 30
  days**; the time of 检测、检验、检疫、技术鉴定 is not counted.
- 第三十二条: 冻结 is decided (处理决定 or 解除) within **30 days**, extended by no more than 30 days.
- 第三十一条: the 冻结决定书 is delivered within **3 days** — a period of ten days or less, so working days (第六十九条).
- 第十九条: an emergency measure is reported to the head within **24 hours**.
- 第四十三条: no execution at night or on a 法定节假日 unless urgent.
- 第四十五条: the 加处罚款 or 滞纳金 never exceeds the principal.
- 第五十一条: the 代履行 催告 is served **3 days** before (working days, 第六十九条).
- 第五十三条、第五十四条: the court is applied to **more than 10 days** after the 催告 is served (working days,
  第六十九条) and within **3 months** after the period for 复议 or 诉讼 expired.

Calendar periods follow 《民事诉讼法》第八十五条 (the start day is not counted; a last day on a holiday moves to the next
working day), as ``core.domain.workdays`` implements.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from zhifa.core.domain.workdays import WorkCalendar, add_calendar_days, add_months, add_working_days

L = "《中华人民共和国行政强制法》"
SEIZURE_DAYS = 30  # 第二十五条第一款 [V]
SEIZURE_EXTENSION_MAX = 30  # 第二十五条第一款 [V]
FREEZE_DAYS = 30  # 第三十二条第一款 [V]
FREEZE_EXTENSION_MAX = 30  # 第三十二条第一款 [V]
MAX_EXTENSIONS = 1  # 第二十五条、第三十二条: "可以延长，但是延长期限不得超过三十日" — one extension [V]
FREEZE_NOTICE_WORKING_DAYS = 3  # 第三十一条、第六十九条 [V]
EMERGENCY_REPORT_HOURS = 24  # 第十九条 [V]
COURT_REMINDER_WORKING_DAYS = 10  # 第五十四条、第六十九条 [V]
COURT_MONTHS = 3  # 第五十三条 [V]
SUBSTITUTE_REMINDER_WORKING_DAYS = 3  # 第五十一条第一款第（二）项、第六十九条 [V]
SUSPENSION_YEARS = 3  # 第三十九条第二款 [V]
CENT = Decimal("0.01")


def period_end(
    start: date, *, base_days: int, extension_days: int, excluded_days: int, cal: WorkCalendar
) -> date:
    """Last day of a 查封、扣押 or 冻结 that began on ``start``: ``base_days`` plus an approved extension plus the
    excluded days of 检测、检验、检疫、技术鉴定 (第二十五条第三款), counted as calendar days."""
    return add_calendar_days(start, base_days + extension_days + excluded_days, cal).due


def report_due(implemented_at: datetime) -> datetime:
    """第十九条: the officers report an emergency measure to the head within twenty-four hours."""
    return implemented_at + timedelta(hours=EMERGENCY_REPORT_HOURS)


def reported_in_time(implemented_at: datetime, reported_at: datetime) -> bool:
    return implemented_at <= reported_at <= report_due(implemented_at)


def freeze_notice_due(frozen_on: date, cal: WorkCalendar) -> date:
    """第三十一条: the 冻结决定书 is delivered to the party within three (working, 第六十九条) days."""
    return add_working_days(frozen_on, FREEZE_NOTICE_WORKING_DAYS, cal).due


def extension_problem(*, extensions_so_far: int, days: int, limit: int) -> str:
    """Why an extension is not allowed ('' when it is): one extension, of no more than ``limit`` days."""
    if extensions_so_far >= MAX_EXTENSIONS:
        return f"期限已经延长过{extensions_so_far}次，法律只允许经负责人批准延长一次"
    if days < 1 or days > limit:
        return f"延长{days}日超出法定上限：延长期限不得超过{limit}日"
    return ""


def is_night(at: time, start: time, end: time) -> bool:
    """True when ``at`` falls in the night from ``start`` to ``end`` (which may cross midnight)."""
    if start <= end:
        return start <= at < end
    return at >= start or at < end


def is_statutory_holiday(day: date, cal: WorkCalendar, *, weekend_is_holiday: bool) -> bool:
    """第四十三条: a statutory holiday of the calendar; weekends too when ``weekend_is_holiday`` (a 调休 working
    weekend day is a working day, so it never counts)."""
    if day in cal.extra_workdays:
        return False
    if day in cal.holidays and day.weekday() < 5:
        return True
    return day.weekday() >= 5 and (weekend_is_holiday or day in cal.holidays)


def surcharge(principal: Decimal, daily_percent: Decimal, days: int) -> tuple[Decimal, Decimal]:
    """(computed, capped) 加处罚款或者滞纳金 for ``days`` days at ``daily_percent`` of ``principal``; the capped
    amount never exceeds the principal (第四十五条第二款)."""
    computed = (principal * Decimal(daily_percent) / 100 * max(days, 0)).quantize(CENT, ROUND_HALF_UP)
    return computed, min(computed, principal)


@dataclass(frozen=True)
class CourtWindow:
    """When a body without enforcement power may apply to the people's court (第五十三条、第五十四条)."""

    ten_days_end: date  # the tenth working day after the 催告 was served
    remedy_end: date  # the last day for 复议 or 诉讼
    earliest: date
    latest: date


def remedy_end(decision_served: date, *, review_days: int, suit_months: int, cal: WorkCalendar) -> date:
    """The last day on which the party could still apply for 复议 or bring 诉讼: the later of the two periods."""
    review = add_calendar_days(decision_served, review_days, cal).due
    suit = add_months(decision_served, suit_months, cal).due
    return max(review, suit)


def court_window(
    *, reminder_served: date, decision_served: date, review_days: int, suit_months: int, cal: WorkCalendar
) -> CourtWindow:
    """第五十四条: more than ten (working, 第六十九条) days after the 催告 was served; 第五十三条: after the remedy
    periods expired, and within three months of their expiry."""
    ten = add_working_days(reminder_served, COURT_REMINDER_WORKING_DAYS, cal).due
    remedies = remedy_end(decision_served, review_days=review_days, suit_months=suit_months, cal=cal)
    earliest = max(ten, remedies) + timedelta(days=1)
    latest = add_months(remedies, COURT_MONTHS, cal).due
    return CourtWindow(ten, remedies, earliest, latest)


def substitute_earliest(reminded_on: date, cal: WorkCalendar) -> date:
    """第五十一条: the 代履行 催告 is served at least three (working) days before substitute performance."""
    return add_working_days(reminded_on, SUBSTITUTE_REMINDER_WORKING_DAYS, cal).due


def suspension_long_enough(suspended_on: date, on: date) -> bool:
    """第三十九条第二款: execution suspended for three years without resumption may be terminated."""
    try:
        threshold = suspended_on.replace(year=suspended_on.year + SUSPENSION_YEARS)
    except ValueError:  # 29 February
        threshold = suspended_on.replace(year=suspended_on.year + SUSPENSION_YEARS, day=28)
    return on >= threshold
