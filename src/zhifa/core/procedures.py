"""The procedure engine: an enforcement procedure as a table a lawyer can read (house style R4, R5).

A ``Procedure`` is a set of states and the ``Step`` s that move a case between them. Each step states who may
take it (a permission), from which states, to which state, the ``Guard`` s that must hold (each a registered
``Rule`` with its code, Chinese message and citation), the documents it produces, the deadlines it starts and
stops, and how many certified officers must take it. The engine only decides *whether* a step may be taken and
*which rule* refuses it; the app that owns the case applies the step (``cases.services.case_step``), appends its
history row and audit event, all in one transaction, so a refused step changes nothing.

The penalty procedures (``cases.procedures``) are the first tables; licensing, coercion and inspection reuse the
engine with their own tables. Every registered procedure is listed, with its guards and citations, at
``/workbench/rules/procedures/`` and ``GET /api/v1/procedures``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .exceptions import DomainError
from .rules import Rule, register

# A step's target when it returns the case to the state it was in before it was suspended (中止 → 恢复).
PREVIOUS = "__previous__"


@dataclass(frozen=True)
class Guard:
    """A condition a step requires. ``check(ctx)`` returns None when it holds, else the values that fill the
    rule's message (an empty dict when the message needs none)."""

    rule: Rule
    check: Callable[[Any], dict | None]


@dataclass(frozen=True)
class Produces:
    """A document a step produces; ``when(ctx)`` limits it to some cases (e.g. the 听证告知书 only when the
    intended penalty is one the party may ask a hearing for), ``note`` says when, for the table's reader."""

    kind: str
    when: Callable[[Any], bool] | None = None
    note: str = ""


@dataclass(frozen=True)
class Step:
    action: str
    label: str
    sources: frozenset[str]
    target: str | None  # None: the state does not change (a record inside the state); PREVIOUS: see above
    perm: str
    citation: str
    guards: tuple[Guard, ...] = ()
    documents: tuple[Produces, ...] = ()
    starts: tuple[str, ...] = ()  # deadline kinds the step starts
    stops: tuple[str, ...] = ()  # deadline kinds the step meets
    officers: int = 0  # how many certified officers must take the step (《行政处罚法》第四十二条: 2)
    help: str = ""  # what the step is, for the form


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    citation: str
    states: Any  # a TextChoices class
    initial: str
    terminal: frozenset[str]
    steps: tuple[Step, ...]
    state_rule: Rule  # the rule that refuses a step out of order
    labels: dict[str, str] = field(default_factory=dict)  # Chinese names of the documents and deadlines
    by_action: dict[str, Step] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_action", {s.action: s for s in self.steps})
        known = set(self.states.values)
        for s in self.steps:
            unknown = (set(s.sources) | ({s.target} - {None, PREVIOUS})) - known
            if unknown:
                raise ValueError(f"{self.code}.{s.action}: 未定义的状态 {sorted(unknown)}")

    def step(self, action: str) -> Step | None:
        return self.by_action.get(action)

    def steps_from(self, state: str) -> list[Step]:
        return [s for s in self.steps if state in s.sources]

    def label(self, code: str) -> str:
        return self.labels.get(code, code)

    def state_label(self, state: str) -> str:
        return str(self.states(state).label) if state in self.states.values else state


_PROCEDURES: dict[str, Procedure] = {}


def register_procedure(procedure: Procedure) -> Procedure:
    """Register ``procedure`` and every rule its guards use (so the rule list shows them)."""
    _PROCEDURES[procedure.code] = procedure
    register(procedure.state_rule)
    for step in procedure.steps:
        register(*(g.rule for g in step.guards))
    return procedure


def all_procedures() -> list[Procedure]:
    return list(_PROCEDURES.values())


def get_procedure(code: str) -> Procedure:
    return _PROCEDURES[code]


def failing_guard(step: Step, ctx: Any) -> DomainError | None:
    """The first guard of ``step`` that does not hold for ``ctx``, as the error to raise, or None."""
    for guard in step.guards:
        fmt = guard.check(ctx)
        if fmt is not None:
            return DomainError.from_rule(guard.rule, **fmt)
    return None


def check_step(procedure: Procedure, state: str, action: str, ctx: Any) -> Step:
    """Return the step if it may be taken now; raise the ``DomainError`` of the rule that refuses it.

    The order matters for the message the user reads: first whether the step exists in this state (the
    procedure's order), then each guard in the order the table lists them.
    """
    step = procedure.step(action)
    if step is None or state not in step.sources:
        allowed = "、".join(s.label for s in procedure.steps_from(state)) or "无"
        raise DomainError.from_rule(
            procedure.state_rule,
            step=step.label if step else action,
            state=procedure.state_label(state),
            allowed=allowed,
        )
    error = failing_guard(step, ctx)
    if error is not None:
        raise error
    return step
