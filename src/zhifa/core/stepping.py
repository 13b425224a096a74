"""The one door through which an act of a procedure other than a penalty case changes (house style R5).

``take_step`` is what ``cases.services.case_step`` does for penalty cases, for the aggregates of the licensing,
coercion and inspection apps: with the aggregate already locked by the caller, it checks the step against the
procedure table (permission, state, guards), appends the history row, lets the app apply the step's effects,
moves the state, meets and starts the step's deadlines and appends to the audit chain — in the caller's
transaction, so a refused step changes nothing.

An app supplies an ``ActAdapter``: its history and deadline models, how a deadline of a kind is computed, its
effects, and the fields it shows in the audit event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils import timezone

from zhifa.accounts.permissions import require

from .audit import audit
from .calendar import work_calendar
from .domain.workdays import WorkCalendar
from .hooks import step_taken
from .models.procedural import DeadlineState
from .procedures import PREVIOUS, Procedure, Step, check_step


@dataclass
class ActContext:
    """What a guard and an effect see: the locked aggregate, the step's facts and who takes it when."""

    obj: Any
    action: str
    facts: Any  # the step's pydantic schema instance
    by: Any  # accounts.actors.Actor
    on: date
    today: date
    cal: WorkCalendar
    officers: list = field(default_factory=list)  # personnel.Person named in facts.officer_ids
    extra: dict = field(default_factory=dict)  # values a guard computed for the effects


@dataclass(frozen=True)
class DueDate:
    """A deadline a step starts: its last day and the basis the row records."""

    due_on: date
    basis: str


@dataclass(frozen=True)
class ActAdapter:
    """How ``take_step`` writes one app's rows.

    ``history`` and ``deadlines`` are the concrete ``StepRecord`` / ``DeadlineRecord`` subclasses and ``parent`` the
    name of their foreign key to the aggregate; ``due(ctx, kind)`` returns the ``DueDate`` of a deadline kind (None
    when it does not apply); ``effects(ctx, row)`` writes the step's own fields; ``fields`` are the aggregate's
    fields that the audit event records before and after.
    """

    history: Any
    deadlines: Any
    parent: str
    due: Callable[[ActContext, str], DueDate | None]
    effects: Callable[[ActContext, Any], None]
    fields: tuple[str, ...]
    audit_prefix: str


def context(obj, action: str, facts, by, region_code: str) -> ActContext:
    from zhifa.personnel.models import Person

    today = timezone.localdate()
    ctx = ActContext(obj=obj, action=action, facts=facts, by=by, on=getattr(facts, "on", None) or today,
                     today=today, cal=work_calendar(region_code))  # fmt: skip
    ids = list(dict.fromkeys(getattr(facts, "officer_ids", None) or []))
    ctx.officers = list(Person.objects.filter(pk__in=ids))
    return ctx


def take_step(
    *, procedure: Procedure, adapter: ActAdapter, ctx: ActContext, officer_record: list[dict]
) -> Any:
    """Take ``ctx.action`` on ``ctx.obj`` (locked by the caller, inside its transaction); return the history row.

    A new aggregate (no pk yet) is saved after the checks pass, so a refused opening step leaves no row.
    """
    obj = ctx.obj
    step = procedure.step(ctx.action)
    if step is not None:
        require(ctx.by, step.perm)
    before = _snapshot(obj, adapter) if obj.pk else {}
    step = check_step(procedure, obj.state, ctx.action, ctx)
    from_state = obj.state
    if not obj.pk:
        obj.full_clean()
        obj.save()
    row = adapter.history.objects.create(
        **{adapter.parent: obj}, action=step.action, label=step.label, from_state=from_state, to_state=from_state,
        on=ctx.on, officers=officer_record, data=_facts_data(ctx.facts), reason=getattr(ctx.facts, "reason", ""),
        actor_label=ctx.by.label, actor_id=ctx.by.user_id, at=timezone.now(),
    )  # fmt: skip
    adapter.effects(ctx, row)
    obj.state = _target(obj, step, from_state)
    row.to_state = obj.state
    row.save(update_fields=["to_state", "data"])
    apply_deadlines(adapter, ctx, step, procedure)
    obj.full_clean()
    obj.save()
    step_taken(procedure.code, step.action, obj, row)
    audit(actor=ctx.by, action=f"{adapter.audit_prefix}.{step.action}", obj=obj, before=before,
          after={"step": row.pk, **_snapshot(obj, adapter)},
          organisation_id=getattr(obj, "organisation_id", None))  # fmt: skip
    return row


def _facts_data(facts) -> dict:
    if facts is None:
        return {}
    return facts.model_dump(mode="json", exclude={"on", "reason", "officer_ids"})


def _snapshot(obj, adapter: ActAdapter) -> dict:
    return {f: str(getattr(obj, f)) for f in ("state", *adapter.fields)}


def _target(obj, step: Step, from_state: str) -> str:
    if step.target is None:
        return from_state
    if step.target == PREVIOUS:
        return obj.state_before_pause
    return step.target


def apply_deadlines(adapter: ActAdapter, ctx: ActContext, step: Step, procedure: Procedure) -> None:
    """Meet the deadlines the step stops, then start the ones it starts (a restarted kind replaces the running
    row: the old row is closed as 已终止, so the earlier due date stays in the history)."""
    rows = adapter.deadlines.objects.filter(**{adapter.parent: ctx.obj}, status=DeadlineState.RUNNING)
    if step.stops:
        rows.filter(kind__in=step.stops).update(status=DeadlineState.MET, met_on=ctx.on)
    for kind in step.starts:
        due = adapter.due(ctx, kind)
        if due is None:
            continue
        rows.filter(kind=kind).update(status=DeadlineState.CANCELLED, met_on=ctx.on)
        adapter.deadlines.objects.create(**{adapter.parent: ctx.obj}, kind=kind, label=procedure.label(kind),
                                         starts_on=ctx.on, due_on=due.due_on, basis=due.basis[:300])  # fmt: skip
