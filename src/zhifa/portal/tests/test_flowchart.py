"""The flow chart builder: a chart follows its procedure table exactly (no database)."""

from __future__ import annotations

import re

import pytest
from django.db import models

from zhifa.core.procedures import PREVIOUS, Guard, Procedure, Step, all_procedures
from zhifa.core.rules import Rule
from zhifa.portal import flowchart

DATE_RULE = Rule("TEST-001", "步骤日期<须有>", "步骤须有日期。", "测试依据")


class State(models.TextChoices):
    NEW = "new", "新建"
    OPEN = "open", "办理中"
    PAUSED = "paused", "中止"
    DONE = "done", "办结<完毕>"


S = State
TABLE = Procedure(
    code="test_chart",
    name="测试程序",
    citation="《测试法》第一章",
    states=State,
    initial=S.NEW,
    terminal=frozenset({S.DONE}),
    steps=(
        Step("open", "受理", frozenset({S.NEW}), S.OPEN, "p", "《测试法》第一条", help="受理申请。"),
        Step(
            "note",
            "记录",
            frozenset({S.OPEN}),
            None,
            "p",
            "《测试法》第二条",
            guards=(Guard(DATE_RULE, bool),),
        ),
        Step("pause", "中止", frozenset({S.NEW, S.OPEN}), S.PAUSED, "p", "《测试法》第三条"),
        Step("resume", "恢复", frozenset({S.PAUSED}), PREVIOUS, "p", "《测试法》第四条"),
        Step("close", "办结", frozenset({S.OPEN}), S.DONE, "p", "《测试法》第五条", officers=2),
        Step("reopen", "重新受理", frozenset({S.DONE}), S.OPEN, "p", "《测试法》第六条"),
    ),
    state_rule=DATE_RULE,
)


def _pairs(procedure) -> set[tuple[str, str, str]]:
    """(action, source, target) for every step of the table from every state it may be taken in."""
    target = {None: "", PREVIOUS: PREVIOUS}
    return {(s.action, src, target.get(s.target, s.target)) for s in procedure.steps for src in s.sources}


def test_it_lists_every_state_in_the_order_the_table_declares_them():
    chart = flowchart.build(TABLE)
    assert [s.value for s in chart.states] == ["new", "open", "paused", "done"]
    assert [s.label for s in chart.states] == ["新建", "办理中", "中止", "办结<完毕>"]
    assert chart.states[0].initial and chart.states[3].terminal and not chart.states[1].terminal


def test_it_puts_every_step_under_every_state_it_may_be_taken_from_with_its_target_and_citation():
    chart = flowchart.build(TABLE)
    assert {(s.action, s.source, s.target) for s in chart.steps} == _pairs(TABLE)
    by_state = {s.value: [step.label for step in s.steps] for s in chart.states}
    assert by_state == {
        "new": ["受理", "中止"],
        "open": ["记录", "中止", "办结"],
        "paused": ["恢复"],
        "done": ["重新受理"],
    }
    close = next(s for s in chart.steps if s.action == "close")
    assert (close.target_label, close.kind, close.citation, close.officers) == (
        "办结<完毕>",
        "move",
        "《测试法》第五条",
        2,
    )


def test_it_says_which_steps_stay_in_the_state_and_which_return_to_the_state_before_a_suspension():
    steps = {s.action: s for s in flowchart.build(TABLE).steps}
    assert (steps["note"].kind, steps["note"].target_label, steps["note"].requires) == (
        "stay",
        "（环节不变）",
        ("步骤日期<须有>",),
    )
    assert (steps["resume"].kind, steps["resume"].target_label) == ("return", "中止前的环节")


def test_the_svg_draws_a_line_for_every_step_that_changes_the_state_and_a_box_for_every_state():
    chart = flowchart.build(TABLE)
    drawn = set(
        re.findall(r'data-step="([^"]+)" data-source="([^"]+)" data-target="([^"]+)"', flowchart.svg(chart))
    )
    assert drawn == {(a, s, t) for a, s, t in _pairs(TABLE) if t not in ("", PREVIOUS)}
    boxes = re.findall(r'<g class="fc-[a-z]+" data-state="([^"]+)"', flowchart.svg(chart))
    assert boxes == ["new", "open", "paused", "done"]


def test_the_svg_escapes_every_label_and_stands_alone():
    out = flowchart.svg(flowchart.build(TABLE))
    assert out.startswith("<svg") and out.endswith("</svg>")
    assert "办结&lt;完毕&gt;" in out and "办结<完毕>" not in out
    assert "<script" not in out and "http://" not in out.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_buses_on_one_side_never_share_a_lane_where_they_overlap():
    for procedure in [TABLE, *all_procedures()]:
        groups = flowchart.buses(flowchart.build(procedure))
        assigned = flowchart.lanes(groups)
        for i, a in enumerate(groups):
            for j, b in enumerate(groups[i + 1 :], i + 1):
                overlap = a.span[0] <= b.span[1] and b.span[0] <= a.span[1]
                assert not (a.side == b.side and overlap and assigned[i] == assigned[j]), procedure.code


@pytest.mark.parametrize("procedure", all_procedures(), ids=lambda p: p.code)
def test_every_registered_procedure_charts_exactly_its_table(procedure):
    chart = flowchart.build(procedure)
    assert [s.value for s in chart.states] == list(procedure.states.values)
    assert {(s.action, s.source, s.target) for s in chart.steps} == _pairs(procedure)
    drawn = set(
        re.findall(r'data-step="([^"]+)" data-source="([^"]+)" data-target="([^"]+)"', flowchart.svg(chart))
    )
    assert drawn == {(a, s, t) for a, s, t in _pairs(procedure) if t not in ("", PREVIOUS)}
