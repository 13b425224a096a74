"""The pure periods of 《行政强制法》 (``coercion.domain.deadlines``) on the real 2026 calendar; no database."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from zhifa.coercion.domain import deadlines as d
from zhifa.core.domain.holiday_data import package_calendar

CAL = package_calendar()


def test_a_seizure_lasts_thirty_days_and_a_last_day_on_a_holiday_moves_on():
    assert d.period_end(date(2026, 11, 11), base_days=30, extension_days=0, excluded_days=0, cal=CAL) == date(
        2026, 12, 11
    )
    # 2 October 2026 is in the National Day holiday (1–7 October): the period ends on Thursday 8 October
    assert d.period_end(date(2026, 9, 2), base_days=30, extension_days=0, excluded_days=0, cal=CAL) == date(
        2026, 10, 8
    )


def test_extension_and_testing_days_push_the_end_back():
    end = d.period_end(date(2026, 11, 11), base_days=30, extension_days=30, excluded_days=7, cal=CAL)
    assert end == date(2027, 1, 18)


def test_only_one_extension_of_at_most_thirty_days():
    assert d.extension_problem(extensions_so_far=0, days=30, limit=30) == ""
    assert "不得超过30日" in d.extension_problem(extensions_so_far=0, days=31, limit=30)
    assert "延长一次" in d.extension_problem(extensions_so_far=1, days=5, limit=30)


def test_the_emergency_report_is_due_within_24_hours():
    start = datetime(2026, 11, 11, 10, 0)
    assert d.reported_in_time(start, start + timedelta(hours=24))
    assert not d.reported_in_time(start, start + timedelta(hours=24, minutes=1))
    assert not d.reported_in_time(start, start - timedelta(minutes=1))


def test_the_freeze_decision_is_delivered_within_three_working_days():
    assert d.freeze_notice_due(date(2026, 9, 30), CAL) == date(2026, 10, 10)  # Saturday 10 October is worked
    assert d.freeze_notice_due(date(2026, 11, 20), CAL) == date(2026, 11, 25)


def test_night_crosses_midnight():
    start, end = time(22), time(6)
    assert d.is_night(time(23, 30), start, end) and d.is_night(time(5, 59), start, end)
    assert not d.is_night(time(6), start, end) and not d.is_night(time(21, 59), start, end)
    assert d.is_night(time(1), time(0), time(6)) and not d.is_night(time(7), time(0), time(6))


def test_statutory_holidays_and_weekends():
    assert d.is_statutory_holiday(date(2026, 10, 1), CAL, weekend_is_holiday=False)
    assert d.is_statutory_holiday(date(2026, 11, 21), CAL, weekend_is_holiday=True)  # a Saturday
    assert not d.is_statutory_holiday(date(2026, 11, 21), CAL, weekend_is_holiday=False)
    assert not d.is_statutory_holiday(
        date(2026, 10, 10), CAL, weekend_is_holiday=True
    )  # 调休: a working Saturday
    assert not d.is_statutory_holiday(date(2026, 11, 20), CAL, weekend_is_holiday=True)


def test_the_surcharge_is_capped_at_the_principal():
    assert d.surcharge(Decimal("8000"), Decimal("3"), 10) == (Decimal("2400.00"), Decimal("2400.00"))
    assert d.surcharge(Decimal("8000"), Decimal("3"), 40) == (Decimal("9600.00"), Decimal("8000"))


def test_the_court_window():
    w = d.court_window(reminder_served=date(2026, 11, 3), decision_served=date(2026, 3, 2), review_days=60,
                       suit_months=6, cal=CAL)  # fmt: skip
    assert w.ten_days_end == date(2026, 11, 17) and w.remedy_end == date(2026, 9, 2)
    assert (w.earliest, w.latest) == (date(2026, 11, 18), date(2026, 12, 2))


def test_the_court_window_waits_for_the_remedy_periods():
    w = d.court_window(reminder_served=date(2026, 4, 1), decision_served=date(2026, 3, 2), review_days=60,
                       suit_months=6, cal=CAL)  # fmt: skip
    assert w.earliest == date(2026, 9, 3)


def test_substitute_performance_and_long_suspension():
    assert d.substitute_earliest(date(2026, 11, 16), CAL) == date(2026, 11, 19)
    assert d.substitute_earliest(date(2026, 9, 30), CAL) == date(2026, 10, 10)
    assert d.suspension_long_enough(date(2023, 11, 20), date(2026, 11, 20))
    assert not d.suspension_long_enough(date(2023, 11, 21), date(2026, 11, 20))
    assert d.suspension_long_enough(date(2024, 2, 29), date(2027, 2, 28))
