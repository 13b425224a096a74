"""Flow charts (流程图) of the enforcement procedures, built from the procedure tables, never drawn by hand.

seed 001 (一)2(3): "根据相关法律法规规定，完善行政执法程序，编制各类行政执法流程图，明确具体操作流程". A chart is a
pure function of a ``core.procedures.Procedure``: every state of the table in the order the table declares it,
and under each state every step the table lets a case take from it, in table order, with its target and its
citation. Nothing here touches the database; the portal renders the chart as an ordered HTML list (what a
phone reads) and as an inline SVG drawn by ``svg()`` (no JavaScript, nothing fetched at run time).

The SVG is an arc diagram: states are boxes in one column; each step that moves a case to another state is a
line from its source box into a vertical lane that leads to the target box, forward steps on the right and
steps back on the left. Lines into the same target share a lane (a bus), so a step allowed from many states
(中止 from every active state) is one lane. Steps that leave the state unchanged or return to the state before
a suspension are listed in the box's subtitle and, in full, in the HTML list.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from zhifa.core.procedures import PREVIOUS

STAY, RETURN, MOVE = "stay", "return", "move"
ROW, BOX_H, TOP, LANE, GAP, CHAR_W = 64, 40, 16, 12, 22, 14


@dataclass(frozen=True)
class ChartStep:
    """One step out of one state: what it is called, where it leads and the article that allows it."""

    action: str
    label: str
    source: str
    target: str  # a state; "" when the state does not change; PREVIOUS when it returns from a suspension
    target_label: str
    kind: str  # MOVE, STAY or RETURN
    citation: str
    help: str
    documents: tuple[str, ...]
    requires: tuple[str, ...]
    officers: int


@dataclass(frozen=True)
class ChartState:
    value: str
    label: str
    initial: bool
    terminal: bool
    steps: tuple[ChartStep, ...]


@dataclass(frozen=True)
class FlowChart:
    code: str
    name: str
    citation: str
    states: tuple[ChartState, ...]

    @property
    def steps(self) -> list[ChartStep]:
        return [s for state in self.states for s in state.steps]

    def index(self, value: str) -> int:
        return next(i for i, s in enumerate(self.states) if s.value == value)


def _target(procedure: Any, step: Any) -> tuple[str, str, str]:
    if step.target is None:
        return "", "（环节不变）", STAY
    if step.target == PREVIOUS:
        return PREVIOUS, "中止前的环节", RETURN
    return str(step.target), procedure.state_label(step.target), MOVE


def _chart_step(procedure: Any, step: Any, source: str) -> ChartStep:
    target, target_label, kind = _target(procedure, step)
    return ChartStep(
        action=step.action,
        label=step.label,
        source=source,
        target=target,
        target_label=target_label,
        kind=kind,
        citation=step.citation,
        help=step.help,
        documents=tuple(
            procedure.label(d.kind) + (f"（{d.note}）" if d.note else "") for d in step.documents
        ),
        requires=tuple(dict.fromkeys(g.rule.title for g in step.guards)),
        officers=step.officers,
    )


def build(procedure: Any) -> FlowChart:
    """The chart of ``procedure``: its states in declared order, each with the steps the table allows from it."""
    states = tuple(
        ChartState(
            value=value,
            label=str(label),
            initial=value == procedure.initial,
            terminal=value in procedure.terminal,
            steps=tuple(_chart_step(procedure, s, value) for s in procedure.steps_from(value)),
        )
        for value, label in procedure.states.choices
    )
    return FlowChart(procedure.code, procedure.name, procedure.citation, states)


# --- the SVG drawing --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bus:
    """The lines into one target on one side: the steps (source, action, label) and the rows they span."""

    target: int
    side: str  # "right" (forward) or "left" (back)
    sources: tuple[tuple[int, str, str], ...]

    @property
    def span(self) -> tuple[int, int]:
        rows = [self.target, *(s for s, _, _ in self.sources)]
        return min(rows), max(rows)


def buses(chart: FlowChart) -> list[Bus]:
    """Every state-changing step, grouped by target and side (one lane per group)."""
    groups: dict[tuple[int, str], list[tuple[int, str, str]]] = {}
    for step in chart.steps:
        if step.kind != MOVE:
            continue
        source, target = chart.index(step.source), chart.index(step.target)
        side = "right" if target > source else "left"
        groups.setdefault((target, side), []).append((source, step.action, step.label))
    return [Bus(t, side, tuple(rows)) for (t, side), rows in groups.items()]


def lanes(groups: list[Bus]) -> dict[int, int]:
    """A lane for each bus (by its position in ``groups``) so that buses on one side never overlap: the
    shortest spans take the inner lanes (interval colouring, greedy)."""
    taken: dict[tuple[str, int], list[tuple[int, int]]] = {}
    result: dict[int, int] = {}
    order = sorted(range(len(groups)), key=lambda i: (groups[i].span[1] - groups[i].span[0], groups[i].span))
    for i in order:
        lo, hi = groups[i].span
        lane = 0
        while any(a <= hi and lo <= b for a, b in taken.get((groups[i].side, lane), [])):
            lane += 1
        taken.setdefault((groups[i].side, lane), []).append((lo, hi))
        result[i] = lane
    return result


def _width(chart: FlowChart) -> int:
    return max(len(s.label) for s in chart.states) * CHAR_W + 28


def _y(row: int) -> int:
    return TOP + row * ROW + BOX_H // 2


def _box(chart: FlowChart, row: int, x: int, w: int) -> str:
    state = chart.states[row]
    inside = [s.label for s in state.steps if s.kind != MOVE]
    cls = "fc-initial" if state.initial else "fc-terminal" if state.terminal else "fc-state"
    sub = (
        f"环节内步骤 {len(inside)} 项"
        if inside
        else ("开始" if state.initial else "终结" if state.terminal else "")
    )
    title = escape(state.label + ("：" + "、".join(inside) if inside else ""))
    y = TOP + row * ROW
    return (
        f'<g class="{cls}" data-state="{escape(state.value)}"><title>{title}</title>'
        f'<rect x="{x}" y="{y}" width="{w}" height="{BOX_H}" rx="6"/>'
        f'<text x="{x + w // 2}" y="{y + 17}" text-anchor="middle">{escape(state.label)}</text>'
        f'<text class="fc-sub" x="{x + w // 2}" y="{y + 33}" text-anchor="middle">{escape(sub)}</text></g>'
    )


def _lane_x(bus: Bus, lane: int, left: int, right: int) -> tuple[int, int]:
    """The x of the box edge the bus leaves from and of its lane."""
    if bus.side == "right":
        return right, right + GAP + lane * LANE
    return left, left - GAP - lane * LANE


def _stub(chart: FlowChart, bus: Bus, source: tuple[int, str, str], edge: int, lane_x: int) -> str:
    row, action, label = source
    y = _y(row) - 7
    data = (
        f'data-step="{escape(action)}" data-source="{escape(chart.states[row].value)}" '
        f'data-target="{escape(chart.states[bus.target].value)}"'
    )
    return (
        f'<path {data} d="M{edge} {y} H{lane_x}"><title>{escape(label)}</title></path>'
        f'<circle cx="{lane_x}" cy="{y}" r="2.5"/>'
    )


def _bus(chart: FlowChart, bus: Bus, lane: int, left: int, right: int) -> str:
    """One bus: a stub from each source box to the lane, the lane, and the arrow into the target box."""
    edge, lane_x = _lane_x(bus, lane, left, right)
    target_y = _y(bus.target) + 7
    ys = [target_y, *(_y(row) - 7 for row, _, _ in bus.sources)]
    names = "、".join(dict.fromkeys(label for _, _, label in bus.sources))
    title = f"{names} → {chart.states[bus.target].label}"
    return "".join(
        [
            f'<g class="fc-bus fc-{bus.side}"><title>{escape(title)}</title>',
            f'<path d="M{lane_x} {min(ys)} V{max(ys)}"/>',
            *(_stub(chart, bus, source, edge, lane_x) for source in bus.sources),
            f'<path class="fc-arrow" d="M{lane_x} {target_y} H{edge}" marker-end="url(#fc-arrow-{escape(chart.code)})"/>',
            "</g>",
        ]
    )


def _depth(groups: list[Bus], assigned: dict[int, int], side: str) -> int:
    return 1 + max((assigned[i] for i, b in enumerate(groups) if b.side == side), default=-1)


def _style(code: str) -> str:
    """Styles scoped to this chart's id (an inline SVG's ``<style>`` applies to the whole page)."""
    root = f"#fc-{code}"
    return (
        f"<style>{root} text{{font-size:13px;fill:#212529}}{root} .fc-sub{{font-size:11px;fill:#6c757d}}"
        f"{root} rect{{fill:#fff;stroke:#0d6efd;stroke-width:1.5}}{root} .fc-initial rect{{fill:#e7f1ff}}"
        f"{root} .fc-terminal rect{{fill:#e9ecef;stroke:#495057}}{root} path{{fill:none;stroke:#6c757d}}"
        f"{root} .fc-left path{{stroke:#b02a37;stroke-dasharray:4 3}}{root} marker path{{fill:#495057;stroke:none;"
        f"stroke-dasharray:none}}{root} circle{{fill:#6c757d}}</style>"
    )


def _open_svg(chart: FlowChart, width: int, height: int) -> str:
    code = escape(chart.code)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" id="fc-{code}" class="flowchart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" style="max-width:100%;height:auto" role="img" aria-labelledby="fc-title-{code}">'
        f'<title id="fc-title-{code}">{escape(chart.name)}流程图（文字版见步骤列表）</title>{_style(code)}'
        f'<defs><marker id="fc-arrow-{code}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z"/></marker></defs>'
    )


def svg(chart: FlowChart) -> str:
    """The chart as an inline ``<svg>`` string (every text escaped, so the caller may mark it safe)."""
    groups = buses(chart)
    assigned = lanes(groups)
    left = GAP + _depth(groups, assigned, "left") * LANE + 8
    right = left + _width(chart)
    width = right + GAP + _depth(groups, assigned, "right") * LANE + 8
    height = TOP * 2 + len(chart.states) * ROW - (ROW - BOX_H)
    parts = [_open_svg(chart, width, height)]
    parts += [_bus(chart, b, assigned[i], left, right) for i, b in enumerate(groups)]
    parts += [_box(chart, row, left, right - left) for row in range(len(chart.states))]
    return "".join([*parts, "</svg>"])
