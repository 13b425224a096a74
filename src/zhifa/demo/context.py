"""What every part of the demo load shares: the one random source, the dates, and the rows made so far.

Each part (``load_organisations``, ``load_people``, …) takes the context, adds its rows to the database and
what later parts need to the context, and its row counts to ``counts``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

from zhifa.accounts.models import User
from zhifa.organisations.models import Organisation

from .fakes import Fakes
from .plans import CertPlan, PersonPlan
from .timeline import Timeline

BATCH = 2000  # rows per INSERT in bulk_create


@dataclass(eq=False)
class LoadContext:
    """The state of one load; ``rng`` is the only source of randomness (``fake`` draws from it too)."""

    seed: int
    scale: float
    tl: Timeline
    rng: random.Random
    fake: Fakes
    tz: ZoneInfo
    counts: dict[str, int] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    units: dict[str, list[Organisation]] = field(default_factory=dict)
    head_gender: dict[str, str] = field(default_factory=dict)
    people: list[PersonPlan] = field(default_factory=list)
    users: dict[str, User] = field(default_factory=dict)
    certs: list[CertPlan] = field(default_factory=list)

    @classmethod
    def start(cls, *, seed: int, today: date, scale: float) -> LoadContext:
        rng = random.Random(seed)
        return cls(
            seed=seed,
            scale=scale,
            tl=Timeline.for_today(today),
            rng=rng,
            fake=Fakes(rng),
            tz=ZoneInfo(settings.TIME_ZONE),
        )

    def n(self, base: int) -> int:
        """``base`` (a count at scale 1) at this load's scale, at least 1."""
        return max(1, round(base * self.scale))

    def day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def at(self, day: date, minutes_after_nine: int = 0) -> datetime:
        return datetime.combine(day, time(9, 0), tzinfo=self.tz) + timedelta(minutes=minutes_after_nine)
