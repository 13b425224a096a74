"""Reads of the coercion app, scoped to the actor in one place (house style R9): ``accounts.permissions.restrict``."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from zhifa.accounts.permissions import get_in_scope, restrict
from zhifa.core.procedures import Procedure

from .models import CoercionExecution, CoercionMeasure

RELATED = ("organisation", "party", "matter_version", "case")


def measures_visible_to(actor) -> QuerySet[CoercionMeasure]:
    return restrict(CoercionMeasure.objects.select_related(*RELATED), actor)


def executions_visible_to(actor) -> QuerySet[CoercionExecution]:
    return restrict(CoercionExecution.objects.select_related("organisation", "party", "case"), actor)


def measure_list(*, actor, state: str = "", matter: int | None = None, kind: str = "",
                 since: date | None = None, until: date | None = None) -> QuerySet[CoercionMeasure]:  # fmt: skip
    qs = measures_visible_to(actor)
    if state:
        qs = qs.filter(state=state)
    if matter:
        qs = qs.filter(matter_id=matter)
    if kind:
        qs = qs.filter(kind=kind)
    if since:
        qs = qs.filter(implemented_on__gte=since)
    if until:
        qs = qs.filter(implemented_on__lte=until)
    return qs.order_by("-id")


def execution_list(*, actor, state: str = "", since: date | None = None,
                   until: date | None = None) -> QuerySet[CoercionExecution]:  # fmt: skip
    qs = executions_visible_to(actor)
    if state:
        qs = qs.filter(state=state)
    if since:
        qs = qs.filter(reminder_served_on__gte=since)
    if until:
        qs = qs.filter(reminder_served_on__lte=until)
    return qs.order_by("-id")


def measure_for(actor, pk: int) -> CoercionMeasure:
    return get_in_scope(CoercionMeasure.objects.select_related(*RELATED), actor, pk=pk)


def execution_for(actor, pk: int) -> CoercionExecution:
    return get_in_scope(
        CoercionExecution.objects.select_related("organisation", "party", "case"), actor, pk=pk
    )


def next_steps(procedure: Procedure, obj, actor) -> list:
    """The steps the actor may take now (by state and permission; the guards decide when it is taken)."""
    return [s for s in procedure.steps_from(obj.state) if s.perm in actor.permissions]
