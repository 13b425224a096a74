"""The working-day calendar with its database side: overrides per region, and provisional years.

National Day 2026 (国务院办公厅关于2026年部分节假日安排的通知): 10月1日至7日放假, 10月10日（星期六）上班.
Five working days from 30 September 2026, the start day not counted (《民事诉讼法》第八十五条): 10/8 (Thu),
10/9 (Fri), 10/10 (Sat, 调休上班), 10/12 (Mon), 10/13 (Tue) → due 2026-10-13.
"""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.core.calendar import due_in_calendar_days, due_in_working_days, work_calendar
from zhifa.core.models import CalendarOverride

MONDAY = date(2026, 11, 23)
SATURDAY = date(2026, 11, 28)


def _override(day: date, region: str = "", kind: str = CalendarOverride.Kind.HOLIDAY) -> CalendarOverride:
    return CalendarOverride.objects.create(
        day=day, kind=kind, region_code=region, name="测试调整", source="测试通知"
    )


@pytest.mark.django_db
def test_it_counts_national_day_and_its_working_saturday():
    deadline = due_in_working_days(date(2026, 9, 30), 5)
    assert deadline.due == date(2026, 10, 13)
    assert not deadline.provisional
    assert deadline.rolled_from is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("override_region", "asked_region", "working"),
    [
        ("439901", "439901", False),  # the region's own holiday
        ("439901", "439902", True),  # the neighbouring county works
        ("439901", "", True),  # a question without a region gets the national calendar
        ("439900", "439901", False),  # a prefecture's holiday applies in its counties
        ("439900", "430102", True),  # ...but not in another prefecture
        ("", "439902", False),  # an override without a region applies everywhere
        ("", "", False),
    ],
)
def test_it_applies_a_regional_holiday_only_inside_its_region(override_region, asked_region, working):
    _override(MONDAY, override_region)
    assert work_calendar(asked_region).is_working_day(MONDAY) is working


@pytest.mark.django_db
def test_it_applies_a_regional_working_saturday_only_inside_its_region():
    _override(SATURDAY, "439901", CalendarOverride.Kind.WORKDAY)
    assert work_calendar("439901").is_working_day(SATURDAY)
    assert not work_calendar("439902").is_working_day(SATURDAY)


@pytest.mark.django_db
def test_it_moves_a_working_day_deadline_past_a_regional_holiday():
    _override(date(2026, 10, 12), "439901")
    assert due_in_working_days(date(2026, 9, 30), 5, "439901").due == date(2026, 10, 14)
    assert due_in_working_days(date(2026, 9, 30), 5, "439902").due == date(2026, 10, 13)


@pytest.mark.django_db
def test_it_ends_a_period_falling_on_national_day_on_the_next_working_day():
    deadline = due_in_calendar_days(date(2026, 9, 24), 7)
    assert deadline.rolled_from == date(2026, 10, 1)
    assert deadline.due == date(2026, 10, 8)


@pytest.mark.django_db
def test_it_ends_a_period_falling_on_a_regional_holiday_on_the_next_working_day():
    _override(MONDAY, "439901")
    inside = due_in_calendar_days(date(2026, 11, 16), 7, "439901")
    outside = due_in_calendar_days(date(2026, 11, 16), 7, "439902")
    assert (inside.due, inside.rolled_from) == (date(2026, 11, 24), MONDAY)
    assert (outside.due, outside.rolled_from) == (MONDAY, None)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (date(2027, 3, 1), 5, date(2027, 3, 8)),
        (date(2030, 1, 2), 5, date(2030, 1, 9)),
        (date(2026, 12, 28), 5, date(2027, 1, 4)),  # crosses into a year without holiday data
    ],
)
def test_it_marks_a_period_in_a_year_without_holiday_data_provisional(start, days, due):
    deadline = due_in_working_days(start, days)
    assert deadline.provisional
    assert deadline.due == due  # Monday–Friday until the State Council's notice is loaded


@pytest.mark.django_db
def test_it_does_not_mark_a_2026_period_provisional():
    assert not due_in_working_days(date(2026, 11, 2), 10).provisional
    assert not due_in_calendar_days(date(2026, 11, 2), 10).provisional


@pytest.mark.django_db
def test_it_stops_marking_a_year_provisional_once_the_administrator_declares_it_complete():
    from zhifa.core.calendar import due_in_working_days
    from zhifa.core.models import CalendarOverride, Parameter

    # 2027 New Year's Day (a Friday) entered from the State Council notice, then the year declared complete.
    CalendarOverride.objects.create(day=date(2027, 1, 1), kind=CalendarOverride.Kind.HOLIDAY, name="元旦")
    assert due_in_working_days(date(2026, 12, 31), 1).provisional
    Parameter.objects.create(key="calendar.extra_covered_years", value=[2027], source="国办发明电〔2026〕X号")
    result = due_in_working_days(date(2026, 12, 31), 1)
    assert not result.provisional
    assert result.due == date(2027, 1, 4)  # 1/1 holiday, 1/2–3 weekend
