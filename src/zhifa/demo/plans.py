"""Plans: the rows of people and certificates held in memory before they are written.

A person's plan says where they sit and what happens to their certificate (their *fate*); a certificate's plan is
its list of steps, from which both the ``CertificateEvent`` rows and the audit events are made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from zhifa.organisations.models import Organisation
from zhifa.personnel.models import Certificate, Person, TrainingRecord


@dataclass(frozen=True)
class Who:
    """The actor label (and account id, for demo accounts) recorded on a step."""

    label: str
    user_id: int | None = None


@dataclass(eq=False)
class PersonPlan:
    """One person being planned: where they sit, what happens to their certificate, their training."""

    org: Organisation
    body: Organisation
    post: str
    staff_type: str
    street: Organisation | None = None
    aux: bool = False
    head: bool = False
    reviewer: bool = False
    qualified: bool = False
    account: str = ""
    name: str = ""
    gender: str = ""
    fate: str = ""
    group: str = ""
    cert_body: Organisation | None = None
    apply_day: date | None = None
    left_on: date | None = None
    cancel_reason: str = ""
    under_hours: bool = False
    row: Person | None = None
    records: list[TrainingRecord] = field(default_factory=list)

    @property
    def reserved(self) -> bool:
        return self.head or self.reviewer or bool(self.account) or self.cert_body is not None

    def minutes(self, start: date, end: date) -> int:
        return sum(r.minutes for r in self.records if start <= r.held_on <= end)


@dataclass(eq=False)
class Step:
    """One certificate step: the event row and its audit event are both made from it."""

    action: str
    at: datetime
    who: Who
    reason: str
    data: dict
    changes: dict
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)


@dataclass(eq=False)
class CertPlan:
    """One certificate: its holder, its steps in time order, and (once replayed) its current fields."""

    person: PersonPlan
    materials: list[str]
    steps: list[Step] = field(default_factory=list)
    replaces: CertPlan | None = None
    review_year: int | None = None
    state: dict = field(default_factory=dict)
    row: Certificate | None = None
