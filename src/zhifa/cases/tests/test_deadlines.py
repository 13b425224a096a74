"""The periods of the penalty procedure (``cases.domain.deadlines``) on the real national calendar, and the deadlines
cases get through ``case_step`` across the 2026 National Day and Spring Festival holidays.

The calendar (chinesecalendar 1.11.0, 国办发明电 2025): 国庆节、中秋节 1–7 October 2026 off, Sunday 20 September and
Saturday 10 October worked (调休); 中秋节 also 25–27 September off. 春节 15–23 February 2026 off, Saturday
14 February and Saturday 28 February worked.
"""

from __future__ import annotations

from datetime import date as D
from decimal import Decimal

import chinese_calendar
import pytest

from zhifa.cases.domain import deadlines as d
from zhifa.cases.models import CaseDeadline
from zhifa.cases.selectors import amount_owed
from zhifa.cases.tests.factories import filed, make_team, notified, step
from zhifa.core.domain.holiday_data import package_calendar
from zhifa.core.models import AuditEvent

CAL = package_calendar()


# --- the calendar the tests rely on -------------------------------------------------------------------------------


def test_it_reads_the_2026_holidays_from_the_package():
    national_day = [D(2026, 10, day) for day in range(1, 8)]
    spring_festival = [D(2026, 2, day) for day in range(15, 24)]
    for day in national_day + spring_festival + [D(2026, 9, 25), D(2026, 9, 27)]:
        assert not CAL.is_working_day(day) and not chinese_calendar.is_workday(day), day
    for day in (D(2026, 9, 20), D(2026, 10, 10), D(2026, 2, 14), D(2026, 2, 28)):  # 调休 weekend working days
        assert day.weekday() >= 5 and CAL.is_working_day(day) and chinese_calendar.is_workday(day), day
    assert 2026 in CAL.covered_years and 2025 in CAL.covered_years


# --- pure functions -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filed_on", "due"),
    [
        (D(2026, 7, 3), D(2026, 10, 8)),  # day 90 is 1 October (National Day) → the first working day after
        (D(2025, 11, 17), D(2026, 2, 24)),  # day 90 is 15 February (春节) → 24 February
        (D(2026, 9, 14), D(2026, 12, 14)),  # day 90 is Sunday 13 December → Monday
        (D(2026, 6, 1), D(2026, 8, 31)),  # day 90 is a Monday: stays
    ],
)
def test_it_ends_the_decision_period_on_a_working_day(filed_on, due):
    assert d.decision_due(filed_on, [], 0, CAL) == due


def test_it_adds_suspensions_and_extensions_to_the_decision_period():
    filed_on = D(2026, 9, 14)
    ten_days = [d.Interval(D(2026, 10, 12), D(2026, 10, 22))]
    assert d.decision_due(filed_on, ten_days, 0, CAL) == D(2026, 12, 23)
    two = [d.Interval(D(2026, 9, 20), D(2026, 9, 23)), d.Interval(D(2026, 10, 1), D(2026, 10, 4))]
    assert d.decision_due(filed_on, two, 0, CAL) == D(
        2026, 12, 21
    )  # 6 days: Saturday 19 December → Monday 21
    assert d.decision_due(D(2026, 7, 3), [], 30, CAL) == D(2026, 11, 2)  # 31 October is a Saturday
    assert d.decision_due(filed_on, [d.Interval(D(2026, 10, 12), None)], 0, CAL) is None  # still suspended


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2026, 9, 29), 5, D(2026, 10, 12)),  # 30 Sep, 8, 9, Saturday 10 (调休), 12 October
        (D(2026, 9, 30), 7, D(2026, 10, 15)),  # 8, 9, 10, 12, 13, 14, 15 October
        (D(2026, 9, 16), 7, D(2026, 9, 24)),  # 17, 18, Sunday 20 (调休), 21, 22, 23, 24 September
        (D(2026, 9, 24), 5, D(2026, 10, 9)),  # 中秋 and National Day: 28, 29, 30 September, 8, 9 October
        (D(2026, 2, 12), 5, D(2026, 2, 26)),  # 13, Saturday 14 (调休), 24, 25, 26 February
        (D(2026, 2, 13), 7, D(2026, 3, 2)),  # 14, 24, 25, 26, 27, Saturday 28 (调休) February, 2 March
        (D(2026, 10, 3), 0, D(2026, 10, 8)),  # 0 days: rolled forward to a working day
    ],
)
def test_it_counts_working_days_without_holidays_and_with_tiaoxiu(start, n, due):
    assert d.working_days_after(start, n, CAL) == due


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2026, 9, 24), 15, D(2026, 10, 9)),
        (D(2026, 9, 16), 15, D(2026, 10, 8)),  # 1 October → 8 October
        (D(2026, 2, 1), 15, D(2026, 2, 24)),  # 16 February → 24 February
        (D(2026, 9, 18), 3, D(2026, 9, 21)),  # Monday
        (D(2026, 9, 24), 3, D(2026, 9, 28)),  # Sunday 27 September (中秋) → Monday
    ],
)
def test_it_moves_a_calendar_period_ending_on_a_holiday(start, n, due):
    assert d.calendar_days_after(start, n, CAL) == due


def test_it_computes_the_limitation_period():
    assert d.limitation_ends(D(2024, 9, 1), False) == D(2026, 9, 1)
    assert d.limitation_ends(D(2021, 9, 1), True) == D(2026, 9, 1)
    assert d.limitation_ends(D(2024, 2, 29), False) == D(2026, 2, 28)  # no 29 February in 2026
    assert d.limitation_ends(D(2024, 9, 26), False) == D(2026, 9, 26)  # not moved off a holiday


@pytest.mark.parametrize(
    ("fine", "today", "surcharge"),
    [
        ("8000", D(2026, 10, 9), "0.00"),  # the last day to pay
        ("8000", D(2026, 10, 1), "0.00"),  # before it
        ("8000", D(2026, 10, 10), "240.00"),  # 1 day: 3 %
        ("8000", D(2026, 10, 19), "2400.00"),  # 10 days
        ("8000", D(2026, 11, 11), "7920.00"),  # 33 days
        ("8000", D(2026, 11, 12), "8000"),  # 34 days would be 8 160: capped at the fine
        ("8000", D(2027, 10, 9), "8000"),
        ("333.33", D(2026, 10, 10), "10.00"),  # 9.9999 rounded half up to the fen
        ("0", D(2026, 12, 31), "0"),
    ],
)
def test_it_adds_three_percent_a_day_capped_at_the_fine(fine, today, surcharge):
    assert d.surcharge(Decimal(fine), D(2026, 10, 9), today) == Decimal(surcharge)


def test_it_refuses_a_negative_fine():
    with pytest.raises(ValueError):
        d.surcharge(Decimal("-1"), D(2026, 10, 9), D(2026, 10, 10))


# --- through the service ----------------------------------------------------------------------------------------


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


def _decision_deadline(case) -> CaseDeadline:
    return case.deadlines.get(kind="decision")


def test_it_rolls_the_decision_deadline_off_national_day(team):
    case = filed(
        team, on=D(2026, 6, 29), act_date=D(2026, 6, 20), verify_on=D(2026, 6, 30), file_on=D(2026, 7, 3)
    )
    assert case.due_on == _decision_deadline(case).due_on == D(2026, 10, 8)


def test_it_rolls_the_decision_deadline_off_the_spring_festival(team):
    case = filed(team, on=D(2025, 11, 10), act_date=D(2025, 11, 1), verify_on=D(2025, 11, 12),
                 file_on=D(2025, 11, 17))  # fmt: skip
    assert case.due_on == _decision_deadline(case).due_on == D(2026, 2, 24)
    assert case.number.split("-")[2] == "2025"
    assert case.documents.get(kind="filing_approval").number == "区市场监管局立〔2025〕1号"


def test_it_counts_the_statement_window_over_national_day(team, refused):
    case = notified(team, on=D(2026, 9, 29))
    statement = case.deadlines.get(kind="statement")
    assert (statement.starts_on, statement.due_on) == (D(2026, 9, 29), D(2026, 10, 12))
    decide = {"outcome": "penalty", "kinds": ["fine"], "fine_amount": Decimal("8000")}
    with refused("PEN-005", case):
        step(team.head, case, "decide", on=D(2026, 10, 12), **decide)
    assert step(team.head, case, "decide", on=D(2026, 10, 13), **decide).state == "decided"


def test_it_counts_the_statement_window_over_the_spring_festival(team):
    case = notified(team, on=D(2026, 2, 12), clue_on=D(2026, 2, 2), act_date=D(2026, 1, 20), verify_on=D(2026, 2, 3),
                    file_on=D(2026, 2, 5), inquire_on=D(2026, 2, 6), conclude_on=D(2026, 2, 9), audit_on=D(2026, 2, 10))  # fmt: skip
    assert case.deadlines.get(kind="statement").due_on == D(2026, 2, 26)


def test_it_counts_the_hearing_request_period_over_national_day(team, refused):
    case = notified(team, on=D(2026, 9, 29), fine="200000")
    with refused("PEN-007", case) as info:
        step(team.officer_user, case, "request_hearing", on=D(2026, 10, 13))
    assert "期限届满于 2026-10-12" in info.value.message
    assert step(team.officer_user, case, "request_hearing", on=D(2026, 10, 12)).state == "hearing"


def test_it_counts_the_service_deadline_over_national_day(team):
    case = notified(team, on=D(2026, 9, 28))
    step(team.officer_user, case, "waive", on=D(2026, 9, 29), reason="当事人书面放弃")
    case = step(team.head, case, "decide", on=D(2026, 9, 30), outcome="penalty", kinds=["fine"],
                fine_amount=Decimal("8000"))  # fmt: skip
    service = case.deadlines.get(kind="service")
    assert (service.starts_on, service.due_on, service.status) == (D(2026, 9, 30), D(2026, 10, 15), "running")
    case = step(team.officer_user, case, "serve", on=D(2026, 10, 15), recipient="周经理")
    service.refresh_from_db()
    assert (service.status, service.met_on) == ("met", D(2026, 10, 15))
    assert case.payment_due_on == case.deadlines.get(kind="payment").due_on == D(2026, 10, 30)


def test_it_moves_the_decision_deadline_by_the_days_suspended(team):
    case = filed(team)
    deadline = _decision_deadline(case)
    assert deadline.due_on == D(2026, 12, 14)
    case = step(team.head, case, "suspend", on=D(2026, 10, 12), reason="等待检验结果")
    assert case.due_on is None
    deadline.refresh_from_db()
    assert (deadline.status, deadline.due_on) == ("running", D(2026, 12, 14))
    case = step(team.head, case, "resume", on=D(2026, 10, 22), reason="检验结果已出")
    deadline.refresh_from_db()
    assert case.due_on == deadline.due_on == D(2026, 12, 23)  # 14 September + 90 + 10 days
    moved = AuditEvent.objects.get(action="case.deadline_moved", object_id=str(deadline.pk))
    assert (moved.before, moved.after) == ({"due_on": "2026-12-14"}, {"due_on": "2026-12-23"})
    # A second suspension of 6 days: 29 December is a Tuesday.
    step(team.head, case, "suspend", on=D(2026, 11, 2), reason="当事人申请")
    case = step(team.head, case, "resume", on=D(2026, 11, 8), reason="恢复")
    assert case.due_on == D(2026, 12, 29)


def test_it_adds_thirty_days_for_an_extension(team):
    case = filed(
        team, on=D(2026, 6, 29), act_date=D(2026, 6, 20), verify_on=D(2026, 6, 30), file_on=D(2026, 7, 3)
    )
    case = step(team.head, case, "extend", on=D(2026, 8, 3), reason="案情复杂")
    assert case.due_on == _decision_deadline(case).due_on == D(2026, 11, 2)  # day 120 is Saturday 31 October
    assert case.documents.filter(kind="extension_approval").count() == 1


def test_it_charges_the_surcharge_until_the_fine_is_paid(team):
    case = notified(team)
    step(team.officer_user, case, "waive", on=D(2026, 9, 23), reason="放弃")
    step(
        team.head,
        case,
        "decide",
        on=D(2026, 9, 23),
        outcome="penalty",
        kinds=["fine"],
        fine_amount=Decimal("8000"),
    )
    case = step(team.officer_user, case, "serve", on=D(2026, 9, 24), recipient="周经理")
    assert case.payment_due_on == D(2026, 10, 9)
    assert amount_owed(case, D(2026, 10, 9)) == Decimal("8000")
    assert amount_owed(case, D(2026, 10, 19)) == Decimal("10400.00")  # 10 days late
    assert amount_owed(case, D(2026, 12, 31)) == Decimal("16000")  # the surcharge never exceeds the fine
    case = step(
        team.officer_user, case, "record_payment", on=D(2026, 10, 19), amount=Decimal("8000"), receipt="1"
    )
    # The fine is paid on 19 October: the 2 400 元 surcharge stays owed and no longer grows.
    assert amount_owed(case, D(2026, 11, 20)) == Decimal("2400.00")
    case = step(
        team.officer_user, case, "record_payment", on=D(2026, 11, 20), amount=Decimal("2400"), receipt="2"
    )
    assert amount_owed(case, D(2026, 11, 20)) == 0
    assert step(team.officer_user, case, "complete_execution", on=D(2026, 11, 20)).state == "executed"
