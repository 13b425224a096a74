"""Step listeners: another app's work that must commit together with a procedure step.

A listener is called inside the step's transaction, after the step has been recorded and before the audit
event is written, with ``(procedure_code, action, obj, row)`` (``row`` is the
step's history row: its day ``on``, ``reason`` and ``data``). If it raises, the step is refused as a whole.

This is deliberately not a Django signal (house style R12 keeps signals for after-commit side effects): the
publication a decision creates (its deadline starts with the decision, 国办发〔2018〕118号) and the withdrawal
a revocation forces (《行政处罚法》第四十八条) are legal consequences of the step, and must not be lost if a
process dies between the commit and a receiver. The procedure apps do not import the listening apps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

StepListener = Callable[[str, str, Any, Any], None]
_LISTENERS: list[StepListener] = []


def on_step(listener: StepListener) -> StepListener:
    """Register ``listener`` (usable as a decorator); registering twice has no effect."""
    if listener not in _LISTENERS:
        _LISTENERS.append(listener)
    return listener


def step_taken(procedure_code: str, action: str, obj: Any, row: Any) -> None:
    """Tell every listener that ``action`` of ``procedure_code`` was taken on ``obj`` (history row ``row``)."""
    for listener in _LISTENERS:
        listener(procedure_code, action, obj, row)
