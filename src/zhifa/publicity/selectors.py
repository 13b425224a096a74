"""Reads of the publicity app: what the portal serves, its search, the due lists and the timeliness figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from zhifa.accounts.permissions import organisation_scope
from zhifa.core.calendar import work_calendar
from zhifa.core.domain.workdays import add_working_days
from zhifa.core.parameters import get_param

from .constants import PubState, ReportState
from .domain.tokens import fts5_match, pg_tsquery, query_phrases
from .models import ErrorReport, FeedEntry, Publication

FTS_TABLE = "publicity_publication_fts"
COUNT_CAP = 1000  # the portal says "超过1000条" rather than count millions of matches


def served(today: date | None = None) -> QuerySet[Publication]:
    """Records the portal shows: published, and their publication period not yet over."""
    today = today or timezone.localdate()
    return Publication.objects.filter(state=PubState.PUBLISHED).filter(
        Q(ends_on__isnull=True) | Q(ends_on__gte=today)
    )


def publication_visible(pk: int) -> Publication | None:
    return served().select_related("organisation", "matter").filter(pk=pk).first()


def public_status(pk: int) -> Publication | None:
    """A record that was published once, whatever it is now (the portal explains a withdrawn or ended one)."""
    return (
        Publication.objects.select_related("organisation").filter(pk=pk, published_on__isnull=False).first()
    )


def recent(limit: int = 10) -> list[Publication]:
    return list(served().select_related("organisation").order_by("-published_on", "-id")[:limit])


# --- search ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchFilters:
    q: str = ""
    organisation_id: int | None = None
    kind: str = ""
    matter_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    party: str = ""


def _text_match(qs: QuerySet[Publication], q: str) -> QuerySet[Publication]:
    """Full-text match of ``q`` (bigram tokens; ``domain.tokens``) through the database's own index."""
    phrases = query_phrases(q)
    if not phrases:
        return qs
    if connection.vendor == "postgresql":
        return qs.extra(where=["search_vector @@ to_tsquery('simple', %s)"], params=[pg_tsquery(phrases)])
    sql = f"publicity_publication.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
    return qs.extra(where=[sql], params=[fts5_match(phrases)])


def _party_prefix(qs: QuerySet[Publication], prefix: str) -> QuerySet[Publication]:
    qs = qs.filter(party_is_org=True, party_name__startswith=prefix)
    if connection.vendor == "sqlite":  # BINARY collation: the range is exactly the prefix, and uses the index
        qs = qs.filter(party_name__gte=prefix, party_name__lt=prefix + "\U0010ffff")
    return qs


def search(filters: SearchFilters, today: date | None = None) -> QuerySet[Publication]:
    """Served records matching every given filter, newest decision first."""
    qs = served(today)
    if filters.organisation_id:
        qs = qs.filter(organisation_id=filters.organisation_id)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.matter_id:
        qs = qs.filter(matter_id=filters.matter_id)
    if filters.date_from:
        qs = qs.filter(decided_on__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(decided_on__lte=filters.date_to)
    if filters.party:
        # Only organisations are searchable by name (a natural person's name is not a search key).
        qs = _party_prefix(qs, filters.party.strip())
    qs = _text_match(qs, filters.q)
    return qs.select_related("organisation").order_by("-decided_on", "-id")


def capped_count(qs: QuerySet) -> tuple[int, bool]:
    """How many rows, counting at most ``COUNT_CAP`` + 1 (``True`` when there are more)."""
    n = qs.order_by()[: COUNT_CAP + 1].count()
    return min(n, COUNT_CAP), n > COUNT_CAP


# --- staff reads -------------------------------------------------------------------------------------------


def publications_for(actor) -> QuerySet[Publication]:
    return Publication.objects.filter(organisation__in=_scope(actor)).select_related("organisation")


def _scope(actor):
    from zhifa.organisations.models import Organisation

    return Organisation.objects.filter(organisation_scope(actor))


def review_queue(actor) -> QuerySet[Publication]:
    return publications_for(actor).filter(state=PubState.PENDING).order_by("due_on", "id")


@dataclass(frozen=True)
class DueLists:
    overdue: list[Publication]
    near: list[Publication]
    late_withdrawals: list[Publication]
    near_days: int


def due_lists(actor, today: date | None = None, limit: int = 200) -> DueLists:
    """Records not yet published past their deadline, those due within the warning window, and revoked
    decisions still published past the 3-day withdrawal deadline — for the body and the 司法局."""
    today = today or timezone.localdate()
    days = get_param("publicity.near_due_working_days")
    horizon = add_working_days(today, days, work_calendar()).due
    pending = publications_for(actor).filter(state=PubState.PENDING).order_by("due_on", "id")
    late = publications_for(actor).filter(
        state=PubState.PUBLISHED, revoked_on__isnull=False, withdraw_due_on__lt=today
    )
    return DueLists(
        overdue=list(pending.filter(due_on__lt=today)[:limit]),
        near=list(pending.filter(due_on__gte=today, due_on__lte=horizon)[:limit]),
        late_withdrawals=list(late[:limit]),
        near_days=days,
    )


@dataclass(frozen=True)
class Timeliness:
    organisation_id: int
    organisation: str
    due: int
    on_time: int
    late: int
    overdue: int
    held: int

    @property
    def rate(self) -> float | None:
        """按期公开率: published on time out of those whose deadline has come (held records excluded)."""
        base = self.on_time + self.late + self.overdue
        return round(100 * self.on_time / base, 1) if base else None


def timeliness(actor, start: date, end: date, today: date | None = None) -> list[Timeliness]:
    """Per body, decisions taken between ``start`` and ``end``: published on time, late, still overdue."""
    today = today or timezone.localdate()
    qs = publications_for(actor).filter(decided_on__gte=start, decided_on__lte=end)
    rows = qs.values("organisation_id", "organisation__name").annotate(
        due=Count("id"),
        on_time=Count("id", filter=Q(published_on__isnull=False, published_on__lte=F("due_on"))),
        late=Count("id", filter=Q(published_on__isnull=False, published_on__gt=F("due_on"))),
        overdue=Count("id", filter=Q(published_on__isnull=True, state=PubState.PENDING, due_on__lt=today)),
        held=Count("id", filter=Q(state=PubState.HELD)),
    )
    result = [
        Timeliness(r["organisation_id"], r["organisation__name"], r["due"], r["on_time"], r["late"], r["overdue"],
                   r["held"])
        for r in rows
    ]  # fmt: skip
    return sorted(result, key=lambda t: (t.rate if t.rate is not None else 101, t.organisation))


def error_reports_for(actor) -> QuerySet[ErrorReport]:
    return ErrorReport.objects.filter(publication__organisation__in=_scope(actor)).select_related(
        "publication__organisation"
    )


def open_error_reports(actor) -> QuerySet[ErrorReport]:
    return error_reports_for(actor).filter(state=ReportState.RECEIVED).order_by("due_on", "id")


def error_report_by_code(code: str) -> ErrorReport | None:
    return ErrorReport.objects.select_related("publication").filter(code=code.strip().upper()).first()


# --- the feed ----------------------------------------------------------------------------------------------

FEED_MAX = 1000


def feed(after: int = 0, limit: int = 500) -> tuple[list[FeedEntry], int]:
    """Entries after the cursor ``after`` (a ``seq``), oldest first, and the cursor to read from next time."""
    limit = max(1, min(limit, FEED_MAX))
    entries = list(FeedEntry.objects.filter(seq__gt=after).order_by("seq")[:limit])
    return entries, (entries[-1].seq if entries else after)
