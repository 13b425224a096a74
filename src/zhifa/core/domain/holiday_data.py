"""National holiday data from the chinesecalendar package (国务院办公厅 annual 部分节假日安排通知).

Only the package's constants are read: its functions raise NotImplementedError outside the years it
covers, whereas zhifa must keep computing (provisionally) for those years.
"""

from __future__ import annotations

from functools import lru_cache

from chinese_calendar import constants

from .workdays import WorkCalendar

__all__ = ["package_calendar", "package_years"]


@lru_cache(maxsize=1)
def package_calendar() -> WorkCalendar:
    """The national calendar: every listed holiday is a day off, every listed 调休 day a working day."""
    return WorkCalendar(
        holidays=frozenset(constants.holidays),
        extra_workdays=frozenset(constants.workdays),
        covered_years=package_years(),
    )


@lru_cache(maxsize=1)
def package_years() -> frozenset[int]:
    """Years for which the package carries the State Council's notice (2004–2026 in 1.11.0)."""
    return frozenset(d.year for d in (*constants.holidays, *constants.workdays))
