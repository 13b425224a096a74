"""The publication period as a pure function (no database): 20 working days, holidays excluded."""

from datetime import date

from zhifa.acts.domain.deadlines import month_start, publication_due
from zhifa.core.domain.workdays import WorkCalendar


def test_it_counts_working_days_after_the_decision_day():
    cal = WorkCalendar(holidays={date(2026, 6, 19)}, covered_years={2026})  # 端午
    assert publication_due(date(2026, 6, 1), 20, cal) == date(2026, 6, 30)  # 6月2日起第20个工作日，端午不计
    assert publication_due(date(2026, 6, 5), 1, cal) == date(2026, 6, 8)  # a Friday: next Monday


def test_an_aggregated_period_is_its_months_first_day():
    assert month_start(date(2026, 10, 31)) == date(2026, 10, 1)
