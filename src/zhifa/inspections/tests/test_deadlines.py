"""The periods of an inspection (``inspections.domain.deadlines``) on the real national calendar, without a
database: 国庆节、中秋节 2026 are 1–7 October off, Saturday 10 October worked (调休)."""

from __future__ import annotations

from datetime import date as D

import pytest

from zhifa.core.domain.holiday_data import package_calendar
from zhifa.inspections.domain import deadlines as d

CAL = package_calendar()


def test_it_ends_a_correction_period_on_a_working_day():
    assert d.correction_due(D(2026, 11, 6), 3, CAL) == D(2026, 11, 9)
    # 7 days after 24 September is 1 October (National Day): the period ends on Thursday 8 October
    assert d.correction_due(D(2026, 9, 24), 7, CAL) == D(2026, 10, 8)
    # ending on an ordinary Saturday also moves to Monday
    assert d.correction_due(D(2026, 11, 4), 3, CAL) == D(2026, 11, 9)


def test_it_counts_the_recheck_in_working_days_after_the_correction_period():
    assert d.recheck_due(D(2026, 11, 9), 10, CAL) == D(2026, 11, 23)
    # across National Day: 30 September + 3 working days = 9 October (10 October is a 调休 working Saturday)
    assert d.recheck_due(D(2026, 9, 30), 3, CAL) == D(2026, 10, 10)


def test_it_counts_the_publicity_period_in_working_days():
    assert d.publicity_due(D(2026, 11, 6), 20, CAL) == D(2026, 12, 4)
    assert d.publicity_due(D(2026, 9, 30), 1, CAL) == D(2026, 10, 8)


@pytest.mark.parametrize(("count", "cap", "over"), [(0, 2, False), (1, 2, False), (2, 2, True), (5, 2, True),
                                                     (0, 0, True)])  # fmt: skip
def test_it_says_when_one_more_inspection_exceeds_the_cap(count, cap, over):
    assert d.over_cap(count, cap) is over
