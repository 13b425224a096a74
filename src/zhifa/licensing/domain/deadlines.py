"""The periods of 《中华人民共和国行政许可法》, as pure functions of dates and the working-day calendar (house style R7).

第八十二条: every period this law sets for the body is counted in working days, without statutory holidays; the day
the period starts is not counted (《民事诉讼法》第八十五条). The renewal application's "届满三十日前" (第五十条) is
the holder's period, not the body's, and is counted in calendar days.

* 第三十二条第一款第（四）项: incomplete materials must be listed, once and completely, on the spot or within 5
  days of receipt; otherwise the application counts as accepted on the day the materials were received.
* 第四十二条: decision within 20 days of acceptance, +10 once with the head's approval.
* 第四十五条: time for 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审 is excluded from those periods.
* 第四十四条: the certificate within 10 days of the decision.
* 第四十七条: a hearing asked for within 5 days of being told of the right, held within 20 days of the request;
  第四十八条第一款第（一）项: the parties notified 7 days before the hearing.
* 第五十条: renewal asked for 30 days before expiry; no decision by expiry → deemed renewed.
"""

from __future__ import annotations

from datetime import date, timedelta

from zhifa.core.domain.workdays import WorkCalendar, add_working_days, working_days_between

ACCEPTANCE_DAYS = 5  # 第三十二条
DECISION_DAYS = 20  # 第四十二条
EXTENSION_DAYS = 10  # 第四十二条
CERTIFICATE_DAYS = 10  # 第四十四条
HEARING_REQUEST_DAYS = 5  # 第四十七条
HEARING_HOLD_DAYS = 20  # 第四十七条
HEARING_NOTICE_DAYS = 7  # 第四十八条


def acceptance_due(received_on: date, cal: WorkCalendar) -> date:
    """The last day to accept, reject, or list every missing item once (第三十二条, 5 working days)."""
    return add_working_days(received_on, ACCEPTANCE_DAYS, cal).due


def acceptance_deemed(received_on: date, on: date, cal: WorkCalendar) -> bool:
    """True when on ``on`` the body has let the 5 working days pass: the application counts as accepted on receipt."""
    return on > acceptance_due(received_on, cal)


def decision_start(received_on: date, accepted_on: date | None, deemed: bool) -> date | None:
    """The day the decision period runs from: acceptance, or receipt when acceptance is deemed (第三十二条)."""
    if deemed:
        return received_on
    return accepted_on


def excluded_working_days(start: date, end: date, cal: WorkCalendar) -> int:
    """Working days a 第四十五条 period takes out of the clock: those after ``start`` up to and including ``end``
    (the clock stops the day the testing or review begins and runs again the day after its result arrives)."""
    return max(0, working_days_between(start, end, cal))


def decision_due(start: date, cal: WorkCalendar, *, extended: bool = False, excluded: int = 0) -> date:
    """The last day of the decision: 20 working days (+10 when extended, 第四十二条) after ``start``, pushed back by
    the ``excluded`` working days of 第四十五条."""
    days = DECISION_DAYS + (EXTENSION_DAYS if extended else 0) + max(0, excluded)
    return add_working_days(start, days, cal).due


def certificate_due(decided_on: date, cal: WorkCalendar) -> date:
    """The last day to issue and serve the licence after a grant (第四十四条, 10 working days)."""
    return add_working_days(decided_on, CERTIFICATE_DAYS, cal).due


def hearing_request_due(told_on: date, cal: WorkCalendar) -> date:
    """The last day the applicant or an interested party may ask for a hearing (第四十七条, 5 working days)."""
    return add_working_days(told_on, HEARING_REQUEST_DAYS, cal).due


def hearing_hold_due(requested_on: date, cal: WorkCalendar) -> date:
    """The last day to hold the hearing asked for (第四十七条, 20 working days from the request)."""
    return add_working_days(requested_on, HEARING_HOLD_DAYS, cal).due


def hearing_earliest(notice_served_on: date, cal: WorkCalendar) -> date:
    """The earliest day a hearing may be held after its notice (第四十八条: notified 7 days before)."""
    return add_working_days(notice_served_on, HEARING_NOTICE_DAYS, cal).due


def renewal_latest(valid_until: date, lead_days: int) -> date:
    """The last day to ask for renewal: ``lead_days`` calendar days before expiry (第五十条, default 30)."""
    return valid_until - timedelta(days=lead_days)


def renewal_deemed(valid_until: date, on: date) -> bool:
    """True when on ``on`` the renewal asked for has not been decided by the expiry day: deemed granted (第五十条)."""
    return on > valid_until


def renewed_until(valid_from: date, valid_until: date) -> date:
    """The new expiry of a renewal for the same term (a deemed renewal has no decision to set another term)."""
    term = valid_until - valid_from
    return valid_until + term + timedelta(days=1)
