"""The periods of 《行政许可法》 as pure functions: no database (house style R7)."""

from __future__ import annotations

from datetime import date

from zhifa.core.domain.workdays import WorkCalendar
from zhifa.licensing.domain import deadlines as dl

# 2026-10-01..07 off (National Day), 2026-10-10 (Saturday) worked: enough of a calendar to see holidays count.
CAL = WorkCalendar(holidays={date(2026, 10, d) for d in range(1, 8)}, extra_workdays={date(2026, 10, 10)},
                   covered_years={2026})  # fmt: skip
MON, TUE = date(2026, 9, 7), date(2026, 9, 8)


def test_it_gives_five_working_days_to_accept_or_ask_for_completion():
    assert dl.acceptance_due(MON, CAL) == date(2026, 9, 14)  # Tue..Fri + Mon
    assert dl.acceptance_due(date(2026, 9, 28), CAL) == date(
        2026, 10, 10
    )  # 29, 30, (1-7 off), 8, 9, Sat 10 worked


def test_it_deems_acceptance_only_after_the_fifth_working_day():
    assert not dl.acceptance_deemed(MON, date(2026, 9, 14), CAL)
    assert dl.acceptance_deemed(MON, date(2026, 9, 15), CAL)


def test_it_counts_the_decision_period_from_receipt_when_acceptance_is_deemed():
    assert dl.decision_start(MON, date(2026, 9, 10), deemed=False) == date(2026, 9, 10)
    assert dl.decision_start(MON, MON, deemed=True) == MON


def test_it_gives_twenty_working_days_to_decide_and_ten_more_when_extended():
    assert dl.decision_due(MON, CAL) == date(
        2026, 10, 10
    )  # 17 in September, then 8, 9 and Saturday 10 (worked)
    assert dl.decision_due(MON, CAL, extended=True) == date(2026, 10, 23)


def test_it_pushes_the_decision_back_by_the_excluded_working_days():
    excluded = dl.excluded_working_days(date(2026, 9, 14), date(2026, 9, 18), CAL)
    assert excluded == 4
    assert dl.decision_due(MON, CAL, excluded=excluded) == date(2026, 10, 15)
    assert (
        dl.excluded_working_days(date(2026, 9, 30), date(2026, 10, 8), CAL) == 1
    )  # the holiday costs nothing


def test_it_gives_ten_working_days_for_the_certificate():
    assert dl.certificate_due(TUE, CAL) == date(2026, 9, 22)


def test_it_times_the_hearing_request_holding_and_notice():
    assert dl.hearing_request_due(MON, CAL) == date(2026, 9, 14)
    assert dl.hearing_hold_due(MON, CAL) == date(2026, 10, 10)
    assert dl.hearing_earliest(MON, CAL) == date(2026, 9, 16)


def test_it_asks_for_renewal_thirty_calendar_days_before_expiry():
    assert dl.renewal_latest(date(2027, 3, 31), 30) == date(2027, 3, 1)
    assert dl.renewal_latest(date(2027, 3, 31), 60) == date(2027, 1, 30)


def test_it_deems_renewal_the_day_after_expiry_for_the_same_term():
    assert not dl.renewal_deemed(date(2026, 11, 10), date(2026, 11, 10))
    assert dl.renewal_deemed(date(2026, 11, 10), date(2026, 11, 11))
    assert dl.renewed_until(date(2021, 11, 11), date(2026, 11, 10)) == date(2031, 11, 10)
