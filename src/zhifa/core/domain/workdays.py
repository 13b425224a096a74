"""Working-day calendar and statutory period arithmetic (期间计算).

Every deadline in zhifa is computed here. The rules:

* 《民事诉讼法》第八十五条 (applied to administrative procedure by analogy and by practice): the day the
  period starts is not counted; when the last day of a period is a 法定休假日, the period ends on the
  first day after the 法定休假日. Weekends are 法定休假日 unless a 调休 notice makes them working days.
* 《民法典》第二百零二条: a period in months ends on the corresponding day of the last month, or on
  that month's last day if it has no corresponding day.
* 《行政处罚法》第八十五条, 《行政许可法》第八十二条 and similar provisions: periods in 工作日 count
  working days only and exclude 法定节假日.

Years without holiday data fall back to Monday–Friday; results that depend on such a year are marked
``provisional`` so that they are recomputed once the State Council's notice is loaded.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

__all__ = [
    "RULE_CALENDAR_DAYS",
    "RULE_MONTHS",
    "RULE_WORKING_DAYS",
    "Deadline",
    "WorkCalendar",
    "add_calendar_days",
    "add_months",
    "add_working_days",
    "next_working_day",
    "working_days_between",
]

RULE_CALENDAR_DAYS = (
    "《民事诉讼法》第八十五条：期间开始的日不计算在期间内；"
    "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期"
)
RULE_WORKING_DAYS = (
    "期间以工作日计算，不含法定节假日（《行政处罚法》第八十五条、《行政许可法》第八十二条）；"
    "期间开始的日不计算在期间内（《民事诉讼法》第八十五条）"
)
RULE_MONTHS = (
    "《民法典》第二百零二条：按月计算期间的，到期月的对应日为期间的最后一日，没有对应日的，月末日为期间的最后一日；"
    "《民事诉讼法》第八十五条：期间开始的日不计算在期间内，"
    "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期"
)

_ONE_DAY = timedelta(days=1)


def _weekdays_through(ordinal: int) -> int:
    """Number of Monday–Friday days with proleptic ordinal in [1, ordinal] (ordinal 1 is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days.

    ``holidays``: days off that would otherwise be working days (statutory holidays, local ethnic
    holidays); weekend entries are harmless. ``extra_workdays``: weekend days worked under a 调休 notice.
    ``covered_years``: years for which holiday data exists; other years are treated as Monday–Friday.
    """

    holidays: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()
    covered_years: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        # Accept any iterable but store frozensets so the calendar stays hashable and immutable.
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "extra_workdays", frozenset(self.extra_workdays))
        object.__setattr__(self, "covered_years", frozenset(self.covered_years))
        if clash := self.holidays & self.extra_workdays:
            raise ValueError(f"同一日期不能既是休息日又是调休工作日：{', '.join(sorted(map(str, clash)))}")

    def is_working_day(self, d: date) -> bool:
        """Monday–Friday unless a holiday, plus 调休 weekend working days."""
        if d in self.extra_workdays:
            return True
        return d.weekday() < 5 and d not in self.holidays

    def is_covered(self, d: date) -> bool:
        """True when holiday data exists for the year of ``d``."""
        return d.year in self.covered_years

    def merged(
        self,
        *,
        holidays: Iterable[date] = (),
        extra_workdays: Iterable[date] = (),
        removed_holidays: Iterable[date] = (),
        covered_years: Iterable[int] = (),
    ) -> WorkCalendar:
        """Apply local overrides: a day made working leaves ``holidays`` and a day made off leaves
        ``extra_workdays``; ``removed_holidays`` turns a day back into an ordinary day."""
        days_off, days_on = frozenset(holidays), frozenset(extra_workdays)
        if clash := days_off & days_on:
            raise ValueError(f"同一日期不能同时调整为休息日和工作日：{', '.join(sorted(map(str, clash)))}")
        return WorkCalendar(
            holidays=(self.holidays - days_on - frozenset(removed_holidays)) | days_off,
            extra_workdays=(self.extra_workdays - days_off) | days_on,
            covered_years=self.covered_years | frozenset(covered_years),
        )

    def working_day_index(self, d: date) -> int:
        """Count of working days from 0001-01-01 through ``d``; differences give working-day spans."""
        return self.working_days_through_ordinal(d.toordinal())

    def working_days_through_ordinal(self, ordinal: int) -> int:
        """``working_day_index`` for a proleptic Gregorian ordinal (avoids date objects in searches)."""
        return (
            _weekdays_through(ordinal)
            - bisect_right(self._weekday_holiday_ordinals, ordinal)
            + bisect_right(self._weekend_workday_ordinals, ordinal)
        )

    @cached_property
    def _weekday_holiday_ordinals(self) -> tuple[int, ...]:
        return tuple(sorted(d.toordinal() for d in self.holidays if d.weekday() < 5))

    @cached_property
    def _weekend_workday_ordinals(self) -> tuple[int, ...]:
        return tuple(sorted(d.toordinal() for d in self.extra_workdays if d.weekday() >= 5))


@dataclass(frozen=True)
class Deadline:
    """A computed period end.

    ``provisional``: some day consulted lies in a year without holiday data. ``rolled_from``: the raw
    end date when it was a non-working day and the period was extended to the next working day.
    """

    due: date
    provisional: bool
    rolled_from: date | None
    rule: str


def next_working_day(d: date, cal: WorkCalendar) -> date:
    """``d`` itself if it is a working day, otherwise the first working day after it."""
    while not cal.is_working_day(d):
        d += _ONE_DAY
    return d


def add_calendar_days(start: date, n: int, cal: WorkCalendar) -> Deadline:
    """End of a period of ``n`` days (《民事诉讼法》第八十五条): start day not counted, a last day that is
    a 法定休假日 moves to the next working day. ``n = 0`` gives ``start`` rolled forward."""
    _require_non_negative(n, "日")
    return _end_of_period(start + timedelta(days=n), cal, RULE_CALENDAR_DAYS)


def add_months(start: date, n: int, cal: WorkCalendar) -> Deadline:
    """End of a period of ``n`` months (《民法典》第二百零二条): the corresponding day ``n`` months later,
    clamped to the month's last day (1-31 + 1 month = 2-28/29), then moved off a 法定休假日."""
    _require_non_negative(n, "个月")
    return _end_of_period(_shift_months(start, n), cal, RULE_MONTHS)


def add_working_days(start: date, n: int, cal: WorkCalendar) -> Deadline:
    """The ``n``-th working day after ``start`` (start not counted); ``n = 0`` gives ``start`` rolled
    forward to a working day. Periods in 工作日 exclude 法定节假日 (《行政处罚法》第八十五条)."""
    _require_non_negative(n, "个工作日")
    if n == 0:
        return _end_of_period(start, cal, RULE_WORKING_DAYS)
    due = _nth_working_day_after(start, n, cal)
    return Deadline(due, _spans_uncovered(start + _ONE_DAY, due, cal), None, RULE_WORKING_DAYS)


def working_days_between(start: date, end: date, cal: WorkCalendar) -> int:
    """Working days after ``start`` up to and including ``end``; negative when ``end`` precedes ``start``."""
    return cal.working_day_index(end) - cal.working_day_index(start)


def _require_non_negative(n: int, unit: str) -> None:
    if n < 0:
        raise ValueError(f"期间不能为负数：{n}{unit}")


def _end_of_period(raw: date, cal: WorkCalendar, rule: str) -> Deadline:
    due = next_working_day(raw, cal)
    return Deadline(due, _spans_uncovered(raw, due, cal), raw if due != raw else None, rule)


def _spans_uncovered(first: date, last: date, cal: WorkCalendar) -> bool:
    """True when any day in [first, last] lies in a year without holiday data."""
    return any(year not in cal.covered_years for year in range(first.year, last.year + 1))


def years_before(day: date, years: int) -> date:
    """The corresponding day ``years`` years before ``day``; 29 February becomes 28 February in a common year
    (the month-end rule of ``add_months``: a period with no corresponding day ends on the month's last day)."""
    return _shift_months(day, -12 * years)


def years_after(day: date, years: int) -> date:
    """The corresponding day ``years`` years after ``day`` (29 February → 28 February), not moved off holidays:
    for spans such as the limitation period of 《行政处罚法》第三十六条, which is not a period to act within."""
    return _shift_months(day, 12 * years)


def shift_months(start: date, n: int) -> date:
    """The corresponding day ``n`` months later (clamped to the month's last day), with no holiday rolling:
    for periods that are spans of publication, not deadlines to act by."""
    return _shift_months(start, n)


def _shift_months(start: date, n: int) -> date:
    year, month_index = divmod(start.year * 12 + start.month - 1 + n, 12)
    last_day = calendar.monthrange(year, month_index + 1)[1]
    return date(year, month_index + 1, min(start.day, last_day))


def _nth_working_day_after(start: date, n: int, cal: WorkCalendar) -> date:
    """Smallest day whose working-day index reaches index(start) + n, found by galloping then bisection."""
    index_at = cal.working_days_through_ordinal
    low = start.toordinal()
    target = index_at(low) + n
    # n working days span about 7n/5 calendar days; holidays push further, hence the galloping.
    span = n * 7 // 5 + 3
    while index_at(low + span) < target:
        low, span = low + span, span * 2
    high = low + span
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if index_at(middle) >= target else (middle, high)
    return date.fromordinal(high)
