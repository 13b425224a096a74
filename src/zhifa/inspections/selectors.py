"""Reads of the inspections app, scoped to the actor in one place (house style R9)."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from zhifa.accounts.permissions import get_in_scope, restrict
from zhifa.core.parameters import get_param

from . import parameters as P
from .models import Inspection, InspectionState
from .workflow import INSPECTION

COUNTED_OUT = (InspectionState.NOT_APPROVED, InspectionState.CANCELLED)


def _base() -> QuerySet[Inspection]:
    return Inspection.objects.select_related("organisation", "matter_version", "party", "case")


def inspection_list(*, actor, state: str = "", matter_id: int | None = None, date_from: date | None = None,
                    date_to: date | None = None, q: str = "") -> QuerySet[Inspection]:  # fmt: skip
    """The inspections the actor may see, newest first, filtered by state, matter, planned date and text."""
    qs = restrict(_base(), actor)
    if state:
        qs = qs.filter(state=state)
    if matter_id:
        qs = qs.filter(matter_id=matter_id)
    if date_from:
        qs = qs.filter(planned_on__gte=date_from)
    if date_to:
        qs = qs.filter(planned_on__lte=date_to)
    if q:
        qs = (
            qs.filter(party__name__icontains=q)
            | qs.filter(number__icontains=q)
            | qs.filter(party__identifier=q)
        )
    return qs.order_by("-planned_on", "-id")


def inspection_for(actor, pk: int) -> Inspection:
    """One inspection inside the actor's scope (``NotInScope``, read as 404, otherwise)."""
    return get_in_scope(_base(), actor, pk=pk)


def enterprise_inspections(*, actor, identifier: str) -> QuerySet[Inspection]:
    """扫码入企 traceability: the inspections of one enterprise (by 统一社会信用代码) the actor may see."""
    return (
        restrict(_base(), actor)
        .filter(party__identifier=identifier.strip().upper())
        .order_by("-planned_on", "-id")
    )


def year_counts(inspection: Inspection) -> dict:
    """The target's inspections this year: by this body (against the cap) and by every body (54号 counters)."""
    qs = Inspection.objects.filter(party_id=inspection.party_id, year=inspection.year).exclude(
        state__in=COUNTED_OUT
    )
    return {"year": inspection.year, "body": qs.filter(organisation_id=inspection.organisation_id).count(),
            "all": qs.count(), "cap": int(get_param(P.ANNUAL_CAP))}  # fmt: skip


def next_steps(inspection: Inspection, actor) -> list:
    """The steps the actor may take now (the table's steps from the state that the actor's role allows)."""
    return [s for s in INSPECTION.steps_from(inspection.state) if s.perm in actor.permissions]
