"""The working-day calendar every deadline in zhifa uses (selector side).

The national calendar comes from the chinesecalendar package (2004–2026 in 1.11.0); ``CalendarOverride`` rows
correct it, add regional ethnic holidays (《全国年节及纪念日放假办法》第四条) and fill years the package does not
cover (a year counts as covered once the administrator lists it in parameter ``calendar.extra_covered_years``). Years with neither fall back to Monday–Friday, and the deadline functions mark such results provisional.
The arithmetic itself is pure and lives in ``zhifa.core.domain.workdays``.
"""

from __future__ import annotations

from datetime import date

from .domain.holiday_data import package_calendar
from .domain.workdays import Deadline, WorkCalendar, add_calendar_days, add_working_days
from .models import CalendarOverride
from .parameters import get_param


def _applies(region_code: str, override_region: str) -> bool:
    if not override_region:
        return True
    from zhifa.utils.regions import region_contains

    return bool(region_code) and region_contains(override_region, region_code)


def work_calendar(region_code: str = "") -> WorkCalendar:
    """The national calendar with this deployment's overrides for ``region_code`` applied."""
    holidays, workdays = [], []
    for row in CalendarOverride.objects.all().only("day", "kind", "region_code"):
        if not _applies(region_code, row.region_code):
            continue
        (holidays if row.kind == CalendarOverride.Kind.HOLIDAY else workdays).append(row.day)
    # A few override rows do not make a year complete; the administrator declares it (parameter).
    covered = [int(y) for y in get_param("calendar.extra_covered_years")]
    return package_calendar().merged(holidays=holidays, extra_workdays=workdays, covered_years=covered)


def due_in_calendar_days(start: date, days: int, region_code: str = "") -> Deadline:
    return add_calendar_days(start, days, work_calendar(region_code))


def due_in_working_days(start: date, days: int, region_code: str = "") -> Deadline:
    return add_working_days(start, days, work_calendar(region_code))
