"""Working-day calendar: official 2025/2026 notices, period rules, fallback years, overrides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhifa.core.domain.holiday_data import package_calendar, package_years
from zhifa.core.domain.workdays import (
    RULE_CALENDAR_DAYS,
    RULE_MONTHS,
    RULE_WORKING_DAYS,
    WorkCalendar,
    add_calendar_days,
    add_months,
    add_working_days,
    next_working_day,
    working_days_between,
)

CAL = package_calendar()


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# 国务院办公厅关于2026年部分节假日安排的通知
OFF_2026 = [
    *_days(date(2026, 1, 1), date(2026, 1, 3)),
    *_days(date(2026, 2, 15), date(2026, 2, 23)),
    *_days(date(2026, 4, 4), date(2026, 4, 6)),
    *_days(date(2026, 5, 1), date(2026, 5, 5)),
    *_days(date(2026, 6, 19), date(2026, 6, 21)),
    *_days(date(2026, 9, 25), date(2026, 9, 27)),
    *_days(date(2026, 10, 1), date(2026, 10, 7)),
]
WORK_WEEKENDS_2026 = [
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
]
# 国务院办公厅关于2025年部分节假日安排的通知 (the holidays whose boundaries the brief names)
OFF_2025 = [
    *_days(date(2025, 1, 28), date(2025, 2, 4)),
    *_days(date(2025, 5, 1), date(2025, 5, 5)),
    *_days(date(2025, 5, 31), date(2025, 6, 2)),
    *_days(date(2025, 10, 1), date(2025, 10, 8)),
]
WORK_WEEKENDS_2025 = [
    date(2025, 1, 26),
    date(2025, 2, 8),
    date(2025, 4, 27),
    date(2025, 9, 28),
    date(2025, 10, 11),
]
# Ordinary working days right next to a holiday block: the block must not be one day too long.
WORKING_NEIGHBOURS = [
    date(2025, 1, 27),
    date(2025, 2, 5),
    date(2025, 4, 30),
    date(2025, 5, 6),
    date(2025, 5, 30),
    date(2025, 6, 3),
    date(2025, 9, 30),
    date(2025, 10, 9),
    date(2026, 1, 5),
    date(2026, 2, 13),
    date(2026, 2, 24),
    date(2026, 4, 3),
    date(2026, 4, 7),
    date(2026, 4, 30),
    date(2026, 5, 6),
    date(2026, 6, 18),
    date(2026, 6, 22),
    date(2026, 9, 24),
    date(2026, 9, 28),
    date(2026, 9, 30),
    date(2026, 10, 8),
]


# --- the package calendar against the official notices -------------------------------------------------


@pytest.mark.parametrize("day", OFF_2026 + OFF_2025)
def test_it_treats_every_notified_holiday_as_a_day_off(day: date) -> None:
    assert not CAL.is_working_day(day)


@pytest.mark.parametrize("day", WORK_WEEKENDS_2026 + WORK_WEEKENDS_2025)
def test_it_treats_every_notified_weekend_makeup_day_as_a_working_day(day: date) -> None:
    assert day.weekday() >= 5
    assert CAL.is_working_day(day)


@pytest.mark.parametrize("day", WORKING_NEIGHBOURS)
def test_it_keeps_the_days_around_each_holiday_block_as_working_days(day: date) -> None:
    assert CAL.is_working_day(day)


def test_it_has_exactly_the_notified_2026_makeup_days() -> None:
    assert sorted(d for d in CAL.extra_workdays if d.year == 2026) == WORK_WEEKENDS_2026


def test_it_covers_2004_to_2026_and_nothing_later() -> None:
    assert package_years() == frozenset(range(2004, 2027))
    assert CAL.is_covered(date(2026, 12, 31))
    assert not CAL.is_covered(date(2027, 1, 1))


def test_it_treats_ordinary_weekends_as_days_off_and_weekdays_as_working() -> None:
    assert not CAL.is_working_day(date(2026, 3, 7))  # Saturday
    assert not CAL.is_working_day(date(2026, 3, 8))  # Sunday
    assert CAL.is_working_day(date(2026, 3, 9))  # Monday


# --- calendar-day periods ----------------------------------------------------------------------------


def test_it_rolls_a_period_ending_on_national_day_to_the_next_working_day() -> None:
    # 2026-09-16 + 15 days: September has 30 days, so 16 + 15 = 31 → 2026-10-01, the first day of the
    # 10-01…10-07 holiday; the first working day after it is Thursday 2026-10-08.
    deadline = add_calendar_days(date(2026, 9, 16), 15, CAL)
    assert deadline.due == date(2026, 10, 8)
    assert deadline.rolled_from == date(2026, 10, 1)
    assert deadline.provisional is False
    assert deadline.rule == RULE_CALENDAR_DAYS


def test_it_does_not_roll_a_period_ending_on_a_makeup_saturday() -> None:
    # 2026-09-30 + 10 days = 2026-10-10, a Saturday worked under the 调休 notice.
    deadline = add_calendar_days(date(2026, 9, 30), 10, CAL)
    assert deadline.due == date(2026, 10, 10)
    assert deadline.rolled_from is None


def test_it_does_not_roll_the_spring_festival_makeup_saturday() -> None:
    # 2026-02-04 + 10 days = 2026-02-14 (Saturday, working); the holiday starts the next day.
    assert add_calendar_days(date(2026, 2, 4), 10, CAL).due == date(2026, 2, 14)


def test_it_rolls_a_period_ending_on_an_ordinary_saturday_to_monday() -> None:
    deadline = add_calendar_days(date(2026, 3, 6), 1, CAL)
    assert (deadline.due, deadline.rolled_from) == (date(2026, 3, 9), date(2026, 3, 7))


def test_it_does_not_count_the_start_day() -> None:
    assert add_calendar_days(date(2026, 3, 2), 1, CAL).due == date(2026, 3, 3)
    assert add_calendar_days(date(2026, 3, 2), 3, CAL).due == date(2026, 3, 5)


def test_it_does_not_skip_holidays_inside_a_calendar_day_period() -> None:
    # 2026-09-30 + 9 days = 2026-10-09 (Friday, working): the holiday in between is counted.
    assert add_calendar_days(date(2026, 9, 30), 9, CAL).due == date(2026, 10, 9)


def test_it_rolls_a_zero_day_period_forward_only_when_the_start_is_a_day_off() -> None:
    assert add_calendar_days(date(2026, 3, 2), 0, CAL).due == date(2026, 3, 2)
    deadline = add_calendar_days(date(2026, 2, 15), 0, CAL)
    assert (deadline.due, deadline.rolled_from) == (date(2026, 2, 24), date(2026, 2, 15))


# --- working-day periods ------------------------------------------------------------------------------


def test_it_counts_five_working_days_across_the_2026_spring_festival() -> None:
    # From Fri 2026-02-13: Sat 02-14 works (1); 02-15…02-23 off; 02-24 (2), 02-25 (3), 02-26 (4), 02-27 (5).
    deadline = add_working_days(date(2026, 2, 13), 5, CAL)
    assert deadline.due == date(2026, 2, 27)
    assert deadline.rolled_from is None
    assert deadline.provisional is False
    assert deadline.rule == RULE_WORKING_DAYS


def test_it_counts_five_working_days_across_the_2026_national_day() -> None:
    # From Tue 2026-09-29: 09-30 (1); 10-01…10-07 off; 10-08 (2), 10-09 (3), Sat 10-10 works (4),
    # Mon 10-12 (5).
    assert add_working_days(date(2026, 9, 29), 5, CAL).due == date(2026, 10, 12)


def test_it_counts_seven_working_days_across_labour_day() -> None:
    # From Thu 2026-04-30: 05-01…05-05 off; 05-06 (1), 05-07 (2), 05-08 (3), Sat 05-09 works (4),
    # 05-11 (5), 05-12 (6), 05-13 (7).
    assert add_working_days(date(2026, 4, 30), 7, CAL).due == date(2026, 5, 13)


def test_it_counts_twenty_working_days_across_the_2025_national_day() -> None:
    # From Mon 2025-09-22: 09-23…09-26 (1–4), Sun 09-28 works (5), 09-29 (6), 09-30 (7); 10-01…10-08 off;
    # 10-09 (8), 10-10 (9), Sat 10-11 works (10), 10-13…10-17 (11–15), 10-20…10-24 (16–20).
    assert add_working_days(date(2025, 9, 22), 20, CAL).due == date(2025, 10, 24)


def test_it_does_not_count_the_start_day_in_working_days() -> None:
    assert add_working_days(date(2026, 3, 2), 1, CAL).due == date(2026, 3, 3)
    assert add_working_days(date(2026, 3, 6), 1, CAL).due == date(2026, 3, 9)


def test_it_rolls_zero_working_days_forward_to_a_working_day() -> None:
    deadline = add_working_days(date(2026, 10, 1), 0, CAL)
    assert (deadline.due, deadline.rolled_from) == (date(2026, 10, 8), date(2026, 10, 1))
    assert add_working_days(date(2026, 3, 2), 0, CAL).rolled_from is None


def test_it_counts_working_days_between_two_dates() -> None:
    # After 2026-09-30 through 2026-10-12: 10-08, 10-09, 10-10 (调休), 10-12.
    assert working_days_between(date(2026, 9, 30), date(2026, 10, 12), CAL) == 4
    assert working_days_between(date(2026, 3, 2), date(2026, 3, 2), CAL) == 0
    assert working_days_between(date(2026, 10, 12), date(2026, 9, 30), CAL) == -4


def test_it_rejects_negative_periods_in_chinese() -> None:
    with pytest.raises(ValueError, match="期间不能为负数"):
        add_working_days(date(2026, 3, 2), -1, CAL)
    with pytest.raises(ValueError, match="期间不能为负数"):
        add_calendar_days(date(2026, 3, 2), -1, CAL)
    with pytest.raises(ValueError, match="期间不能为负数"):
        add_months(date(2026, 3, 2), -1, CAL)


def test_it_returns_the_same_day_when_it_is_already_a_working_day() -> None:
    assert next_working_day(date(2026, 2, 14), CAL) == date(2026, 2, 14)
    assert next_working_day(date(2026, 2, 15), CAL) == date(2026, 2, 24)


# --- month periods -----------------------------------------------------------------------------------


def test_it_clamps_a_month_period_to_the_last_day_of_a_short_month() -> None:
    # 2026-01-31 + 1 month → no 02-31, so 02-28; that Saturday is a 调休 working day, so no roll.
    deadline = add_months(date(2026, 1, 31), 1, CAL)
    assert (deadline.due, deadline.rolled_from, deadline.rule) == (date(2026, 2, 28), None, RULE_MONTHS)
    assert add_months(date(2024, 1, 31), 1, CAL).due == date(2024, 2, 29)


def test_it_uses_the_corresponding_day_and_then_rolls_off_a_holiday() -> None:
    assert add_months(date(2026, 3, 16), 3, CAL).due == date(2026, 6, 16)
    deadline = add_months(date(2026, 9, 1), 1, CAL)
    assert (deadline.due, deadline.rolled_from) == (date(2026, 10, 8), date(2026, 10, 1))


def test_it_crosses_year_ends_in_month_periods() -> None:
    assert add_months(date(2025, 12, 31), 2, CAL).due == date(2026, 2, 28)
    # 2026-03-31 + 11 months → 2027-02-28 (Sunday) → Monday 2027-03-01, without 2027 data.
    deadline = add_months(date(2026, 3, 31), 11, CAL)
    assert (deadline.due, deadline.provisional) == (date(2027, 3, 1), True)


# --- years without data ------------------------------------------------------------------------------


def test_it_falls_back_to_monday_to_friday_in_an_uncovered_year() -> None:
    assert CAL.is_working_day(date(2030, 10, 1))  # a Tuesday; no 2030 notice in the package
    assert not CAL.is_working_day(date(2030, 3, 2))  # Saturday
    deadline = add_working_days(date(2030, 3, 1), 1, CAL)
    assert (deadline.due, deadline.provisional) == (date(2030, 3, 4), True)
    assert add_calendar_days(date(2030, 3, 1), 1, CAL).due == date(2030, 3, 4)


def test_it_marks_the_first_year_after_the_package_as_provisional() -> None:
    assert CAL.is_working_day(date(2027, 1, 1))  # Friday: in reality New Year's Day, unknown to the package
    deadline = add_calendar_days(date(2027, 1, 4), 3, CAL)
    assert (deadline.due, deadline.provisional) == (date(2027, 1, 7), True)


def test_it_marks_a_period_running_from_2026_into_2027_as_provisional() -> None:
    # 2026-12-30: 12-31 (1), 2027-01-01 Friday under the fallback (2), Monday 01-04 (3).
    working = add_working_days(date(2026, 12, 30), 3, CAL)
    assert (working.due, working.provisional) == (date(2027, 1, 4), True)
    calendar_days = add_calendar_days(date(2026, 12, 28), 5, CAL)  # → Saturday 2027-01-02 → Monday 01-04
    assert (calendar_days.due, calendar_days.rolled_from, calendar_days.provisional) == (
        date(2027, 1, 4),
        date(2027, 1, 2),
        True,
    )


def test_it_does_not_mark_a_period_inside_covered_years_as_provisional() -> None:
    assert add_working_days(date(2026, 12, 1), 20, CAL).provisional is False
    assert add_calendar_days(date(2026, 12, 1), 30, CAL).provisional is False


# --- overrides -----------------------------------------------------------------------------------------


def test_it_makes_a_local_ethnic_holiday_on_a_weekday_a_day_off() -> None:
    festival = date(2026, 3, 18)  # a Wednesday declared a local holiday
    local = CAL.merged(holidays=[festival])
    assert not local.is_working_day(festival)
    assert CAL.is_working_day(festival)  # the national calendar is untouched
    assert add_working_days(date(2026, 3, 17), 1, local).due == date(2026, 3, 19)
    assert add_calendar_days(date(2026, 3, 17), 1, local).due == date(2026, 3, 19)
    assert working_days_between(date(2026, 3, 16), date(2026, 3, 20), local) == 3


def test_it_can_override_a_package_holiday_as_a_working_day() -> None:
    day = date(2026, 10, 7)
    local = CAL.merged(extra_workdays=[day])
    assert local.is_working_day(day)
    assert day not in local.holidays
    assert add_calendar_days(date(2026, 9, 16), 15, local).due == day


def test_it_can_remove_a_holiday_or_cancel_a_makeup_day() -> None:
    assert CAL.merged(removed_holidays=[date(2026, 10, 7)]).is_working_day(date(2026, 10, 7))
    no_makeup = CAL.merged(holidays=[date(2026, 10, 10)])
    assert not no_makeup.is_working_day(date(2026, 10, 10))
    assert date(2026, 10, 10) not in no_makeup.extra_workdays


def test_it_can_add_a_year_of_local_data() -> None:
    local = CAL.merged(holidays=[date(2027, 1, 1)], covered_years=[2027])
    deadline = add_working_days(date(2026, 12, 31), 1, local)
    assert (deadline.due, deadline.provisional) == (date(2027, 1, 4), False)


def test_it_refuses_a_day_that_is_both_off_and_working() -> None:
    with pytest.raises(ValueError):
        CAL.merged(holidays=[date(2026, 3, 18)], extra_workdays=[date(2026, 3, 18)])
    with pytest.raises(ValueError):
        WorkCalendar(holidays=frozenset({date(2026, 3, 18)}), extra_workdays=frozenset({date(2026, 3, 18)}))


# --- properties ----------------------------------------------------------------------------------------

start_dates = st.dates(min_value=date(2002, 1, 1), max_value=date(2031, 12, 31))


def _naive_nth_working_day(start: date, n: int, cal: WorkCalendar) -> date:
    day, counted = start, 0
    while counted < n:
        day += timedelta(days=1)
        counted += cal.is_working_day(day)
    return day


@settings(max_examples=300, deadline=None)
@given(start=start_dates, n=st.integers(min_value=1, max_value=400))
def test_it_always_lands_working_days_on_a_working_day_n_working_days_later(start: date, n: int) -> None:
    due = add_working_days(start, n, CAL).due
    assert CAL.is_working_day(due)
    assert working_days_between(start, due, CAL) == n
    assert due == _naive_nth_working_day(start, n, CAL)


@settings(max_examples=300, deadline=None)
@given(start=start_dates, n=st.integers(min_value=0, max_value=400))
def test_it_always_ends_calendar_periods_on_the_first_working_day_from_start_plus_n(
    start: date, n: int
) -> None:
    deadline = add_calendar_days(start, n, CAL)
    raw = start + timedelta(days=n)
    assert deadline.due >= raw
    assert CAL.is_working_day(deadline.due)
    assert not any(CAL.is_working_day(d) for d in _days(raw, deadline.due - timedelta(days=1)))
    assert (deadline.rolled_from is None) == (deadline.due == raw)


@settings(max_examples=200, deadline=None)
@given(
    start=st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)),
    n=st.integers(min_value=1, max_value=60),
    days_off=st.sets(st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 6, 30)), max_size=60),
)
def test_it_agrees_with_day_by_day_counting_under_arbitrary_local_holidays(
    start: date, n: int, days_off: set[date]
) -> None:
    local = CAL.merged(holidays=days_off)
    due = add_working_days(start, n, local).due
    assert due == _naive_nth_working_day(start, n, local)
    assert working_days_between(start, due, local) == n
