"""Display helpers shared by the personnel pages: badges, table rows, the QR, scope lookups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Prefetch
from django.urls import NoReverseMatch
from django.utils.safestring import mark_safe

from zhifa.accounts.permissions import get_in_scope
from zhifa.core.parameters import get_param

from .. import qr, selectors
from ..models import Certificate, CertificateEvent, Person, TrainingRecord
from ..selectors import minutes_to_hours
from ..workflow import OPEN_STATES, TRANSITIONS, CertState, Transition, allowed_actions

PAGE_SIZE = 50
STATE_BADGES = {
    "valid": "text-bg-success",
    "expired": "text-bg-danger",
    "suspended": "text-bg-warning",
    "lost": "text-bg-warning",
    "revoked": "text-bg-danger",
    "applied": "text-bg-info",
    "prelim_approved": "text-bg-info",
    "approved": "text-bg-info",
}
EVENT_LABELS = {"apply": "申领", "reissued": "补发新证", **{a: t.label for a, t in TRANSITIONS.items()}}
EVENT_DATA_LABELS = {
    "until": "暂扣至", "cancel_reason_label": "注销原因", "from_organisation": "原主体",
    "to_organisation": "调入主体", "number": "证号", "valid_until": "有效期至", "year": "年审年度",
    "training_hours": "培训学时", "new_number": "新证号", "replaces": "原证号", "reviewer": "初审单位",
}  # fmt: skip
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NEWEST_CERTIFICATES = Prefetch("certificates", queryset=Certificate.objects.order_by("-id"))


# --- display helpers ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Badge:
    label: str
    css: str


def cert_badge(cert: Certificate | None, today: date) -> Badge | None:
    """The status a user sees today (an expired valid certificate shows as 已过期) with its colour."""
    if cert is None:
        return None
    code, label = cert.live_status(today)
    return Badge(label, STATE_BADGES.get(code, "text-bg-secondary"))


@dataclass(frozen=True)
class PersonRow:
    person: Person
    certificate: Certificate | None
    badge: Badge | None


def _person_row(person: Person, today: date) -> PersonRow:
    certs = list(person.certificates.all())  # prefetched, newest first
    cert = next((c for c in certs if c.state in OPEN_STATES), certs[0] if certs else None)
    return PersonRow(person, cert, cert_badge(cert, today))


@dataclass(frozen=True)
class EventRow:
    event: CertificateEvent
    label: str
    from_label: str
    to_label: str
    details: list[tuple[str, object]]


def _state_label(value: str) -> str:
    return str(CertState(value).label) if value in CertState.values else (value or "—")


def _event_row(event: CertificateEvent) -> EventRow:
    details = [(label, event.data[key]) for key, label in EVENT_DATA_LABELS.items() if key in event.data]
    label = EVENT_LABELS.get(event.action, event.action)
    return EventRow(event, label, _state_label(event.from_state), _state_label(event.to_state), details)


@dataclass(frozen=True)
class TrainingYear:
    """One year of a person's training: the records with their 学时 and the total against the threshold."""

    year: int
    records: list[tuple[TrainingRecord, Decimal]]
    hours: Decimal
    required: int

    @property
    def met(self) -> bool:
        return self.hours >= self.required

    @property
    def percent(self) -> int:
        return min(100, int(100 * self.hours / self.required)) if self.required else 100


def _training_year(person: Person, year: int) -> TrainingYear:
    records = person.trainings.filter(held_on__year=year).order_by("-held_on", "id")
    rows = [(r, minutes_to_hours(r.minutes)) for r in records]
    hours = selectors.training_hours_in_year(person, year)
    return TrainingYear(year, rows, hours, int(get_param("training.annual_hours")))


def _qr(cert: Certificate | None) -> tuple[str, str]:
    """The QR code (inline SVG) and the public verification link of an issued certificate."""
    if cert is None or not cert.number:
        return "", ""
    try:
        # segno's own SVG output, no user input in it
        return mark_safe(qr.certificate_qr_svg(cert)), qr.verification_url(cert)
    except NoReverseMatch:  # the portal's verification page is not wired in this deployment
        return "", ""


def _actions(cert: Certificate | None, actor) -> list[Transition]:
    """The steps the table allows from the current state, limited to those the actor may take."""
    if cert is None:
        return []
    return [t for t in allowed_actions(cert.state) if t.perm in actor.permissions]


def _person(actor, pk: int) -> Person:
    return get_in_scope(Person.objects.select_related("organisation__body"), actor, pk=pk)


def _year(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() and 2000 <= int(value) <= 2100 else default
