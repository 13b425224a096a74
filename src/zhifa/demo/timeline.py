"""The demo's fixed dates, all derived from ``today``: the same day always gives the same district."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Timeline:
    """The demo's fixed dates (cur = this year, prev = the year reported on)."""

    today: date
    cur: int
    prev: int
    exam_early: date
    exam_recent: date
    confirmed: date
    transfer: date
    abolished: date
    assess: date
    review: date

    @classmethod
    def for_today(cls, today: date) -> Timeline:
        cur, prev = today.year, today.year - 1
        return cls(
            today=today,
            cur=cur,
            prev=prev,
            # The earlier exam is just under five years back, so certificates issued after it are still valid.
            exam_early=today - timedelta(days=1800),
            exam_recent=date(prev, 9, 16),
            confirmed=date(cur - 2, 1, 15),
            transfer=date(prev, 6, 10),
            abolished=date(prev, 6, 30),
            assess=min(date(cur, 1, 20), today),
            review=date(cur, 3, 2),
        )
