"""Pure deadline calculations of the recorded acts (house style R7): dates in, dates out, no ORM."""

from __future__ import annotations

from datetime import date

from zhifa.core.domain.workdays import WorkCalendar, add_working_days


def publication_due(decided_on: date, working_days: int, cal: WorkCalendar) -> date:
    """The last day to publish a decision: ``working_days`` 工作日 after the decision (the decision day not
    counted, 法定节假日 excluded), 国办发〔2018〕118号 (执法决定信息20个工作日内公开) and 《政府信息公开条例》第二十六条."""
    return add_working_days(decided_on, working_days, cal).due


def month_start(day: date) -> date:
    """The first day of ``day``'s month: the period an aggregated row (one month of payments) stands for."""
    return day.replace(day=1)
