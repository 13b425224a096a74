"""The periods of an inspection, as pure functions (house style R7: dates and rule values in, dates out).

Day counting follows ``core.domain.workdays``: the day of the event is not counted, and a period whose last day is
a 法定休假日 ends on the next working day (《民事诉讼法》第八十五条).

- 责令改正期限: the officer sets the number of days in the 责令改正通知书; a calendar period.
- 复查期限: the body re-checks within ``recheck_days`` working days after the correction period ends
  (parameter ``inspection.recheck_working_days``, tag M).
- 检查结果公示: within ``publicity_days`` working days of the result (《企业信息公示暂行条例》第六条、第七条:
  20 working days; parameter ``inspection.publicity_working_days``).
- 年度频次上限: a routine inspection may not take an enterprise's count with one body in a year over the cap
  (国办发〔2024〕54号; parameter ``inspection.annual_cap_per_body``).
"""

from __future__ import annotations

from datetime import date

from zhifa.core.domain.workdays import WorkCalendar, add_calendar_days, add_working_days


def correction_due(ordered_on: date, days: int, cal: WorkCalendar) -> date:
    """The last day to correct: ``days`` calendar days after the order (not counting that day), off holidays."""
    return add_calendar_days(ordered_on, days, cal).due


def recheck_due(correction_ends: date, recheck_days: int, cal: WorkCalendar) -> date:
    """The last day of the re-check: ``recheck_days`` working days after the correction period ends."""
    return add_working_days(correction_ends, recheck_days, cal).due


def publicity_due(result_on: date, publicity_days: int, cal: WorkCalendar) -> date:
    """The last day to publish the result: ``publicity_days`` working days after it."""
    return add_working_days(result_on, publicity_days, cal).due


def over_cap(count_this_year: int, cap: int) -> bool:
    """Whether one more inspection would exceed the annual cap (``count_this_year`` already made)."""
    return count_this_year + 1 > cap
