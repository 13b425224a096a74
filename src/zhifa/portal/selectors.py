"""Reads for the public portal: only what the publicity system (公示制度) makes public.

Every function here returns public facts only: a holder's name, body, certificate number, domain, area, dates
and status. ID numbers, phone numbers and the reasons recorded for a step never leave these functions' rows
(templates receive model objects, so the views pass only these selectors' results and the templates show only
public fields; ``tests/test_pages.py`` checks that no ID number appears in any public page).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from typing import Any

from django.db.models import Q, QuerySet
from django.urls import reverse

from zhifa.organisations.models import Organisation, OrganisationAnnouncement
from zhifa.organisations.selectors import public_bodies
from zhifa.personnel.models import Certificate, CertificateEvent
from zhifa.personnel.workflow import TRANSITIONS, CertState

# States a certificate reaches only after it was issued (it has a number): the public may look these up.
ISSUED_STATES = frozenset(
    {
        CertState.VALID,
        CertState.SUSPENDED,
        CertState.REVOKED,
        CertState.WITHDRAWN,
        CertState.CANCELLED,
        CertState.LOST,
        CertState.REPLACED,
    }
)
# Certificates a body's officers currently hold (shown on the body's public page).
HELD_STATES = frozenset({CertState.VALID, CertState.SUSPENDED})
ANNOUNCED_ACTIONS = tuple(sorted(a for a, t in TRANSITIONS.items() if t.announce))
SEARCH_LIMIT = 50
# How each announced step reads in a public announcement (the workflow labels are written for staff).
PUBLIC_LABELS = {
    "issue": "核发",
    "suspend": "暂扣",
    "revoke": "吊销",
    "cancel": "注销",
    "report_lost": "遗失挂失",
    "reissue": "挂失补发",
}


def _issued() -> QuerySet[Certificate]:
    return Certificate.objects.filter(state__in=ISSUED_STATES, number__isnull=False).select_related(
        "person", "organisation"
    )


def certificate_search(query: str) -> list[Certificate]:
    """Certificates whose 证号 equals ``query`` exactly, else whose holder's 姓名 equals it exactly.

    Exact matching only: a partial name would let anyone list every officer by surname.
    """
    query = query.strip()
    if not query:
        return []
    by_number = list(_issued().filter(number__iexact=query)[:SEARCH_LIMIT])
    if by_number:
        return by_number
    return list(
        _issued().filter(person__name=query).order_by("person__name", "-issued_on", "-id")[:SEARCH_LIMIT]
    )


def certificate_by_token(token: str) -> Certificate | None:
    """The issued certificate a QR code points at, or ``None`` (applications have no public page)."""
    return _issued().filter(public_token=token).first()


def body_list(query: str = "") -> QuerySet[Organisation]:
    """The public list of enforcement bodies, optionally narrowed by a part of the name or the credit code."""
    qs = public_bodies()
    if query:
        qs = qs.filter(Q(name__contains=query) | Q(uscc__iexact=query))
    return qs


def public_body(pk: int) -> Organisation | None:
    return public_bodies().filter(pk=pk).first()


def body_certificates(body: Organisation) -> list[Certificate]:
    """Certificates the body's officers currently hold (valid or suspended), by holder name."""
    qs = _issued().filter(organisation=body, state__in=HELD_STATES)
    return list(qs.order_by("person__name", "number"))


def valid_holder_count(certificates: list[Certificate], today: date) -> int:
    return sum(1 for c in certificates if c.live_status(today)[0] == CertState.VALID)


def body_announcements(body: Organisation) -> QuerySet[OrganisationAnnouncement]:
    return body.announcements.order_by("-published_at", "-id")


def recent_body_announcements(limit: int = 5) -> list[OrganisationAnnouncement]:
    return list(OrganisationAnnouncement.objects.select_related("organisation")[:limit])


# --- the announcements feed: 主体公告 and 证件公告 merged, newest first ---------------------------------


@dataclass(frozen=True)
class FeedItem:
    """One line of the public announcements page."""

    at: datetime
    kind: str  # "主体公告" | "证件公告"
    title: str
    body: str
    link: str


def _body_link(organisation_id: int, public_ids: set[int]) -> str:
    return reverse("portal:body", args=[organisation_id]) if organisation_id in public_ids else ""


def _body_item(a: OrganisationAnnouncement, public_ids: set[int]) -> FeedItem:
    link = _body_link(a.organisation_id, public_ids)
    return FeedItem(a.published_at, "主体公告", a.title, a.content, link)


def _certificate_item(e: CertificateEvent, public_ids: set[int]) -> FeedItem:
    cert = e.certificate
    label = PUBLIC_LABELS.get(e.action) or TRANSITIONS[e.action].label
    text = f"{cert.organisation.name}执法人员{cert.person.name}的行政执法证（证号 {cert.number}）{label}。"
    if e.action == "reissue":
        text += "原证作废。"
    if e.action == "suspend" and e.data.get("until"):
        until = date.fromisoformat(e.data["until"])
        text += f"暂扣至 {until.year}年{until.month}月{until.day}日。"
    title = f"关于{cert.person.name}行政执法证{label}的公告"
    # Links go to the body, not to the verification page: the page's token (and the photo behind it) is
    # meant for whoever holds the card, so the feed must not hand out every token.
    return FeedItem(e.at, "证件公告", title, text, _body_link(cert.organisation_id, public_ids))


def _certificate_events() -> QuerySet[CertificateEvent]:
    return (
        CertificateEvent.objects.filter(action__in=ANNOUNCED_ACTIONS, certificate__number__isnull=False)
        .select_related("certificate__person", "certificate__organisation")
        .order_by("-at", "-id")
    )


class AnnouncementFeed:
    """Both kinds of announcement as one newest-first sequence that ``Paginator`` can slice.

    A page ``[a:b]`` reads at most ``b`` rows from each table and merges them, so the cost grows with the page
    number, never with the size of the tables.
    """

    def __init__(self, kind: str = "") -> None:
        self.bodies = OrganisationAnnouncement.objects.select_related("organisation").order_by(
            "-published_at", "-id"
        )
        self.certificates = _certificate_events()
        self.kind = kind

    def _sources(self) -> list[tuple[QuerySet, Any]]:
        sources = []
        if self.kind in ("", "body"):
            sources.append((self.bodies, _body_item))
        if self.kind in ("", "certificate"):
            sources.append((self.certificates, _certificate_item))
        return sources

    def count(self) -> int:
        return sum(qs.count() for qs, _ in self._sources())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[FeedItem]:
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop or self.count()
        public_ids = set(public_bodies().values_list("pk", flat=True))
        items = [make(row, public_ids) for qs, make in self._sources() for row in qs[:stop]]
        items.sort(key=lambda item: item.at, reverse=True)
        return list(islice(items, start, stop))
