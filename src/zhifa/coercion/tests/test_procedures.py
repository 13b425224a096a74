"""Both tables walked: every step from every state it lists succeeds and leaves the aggregate in its target state;
every step from every other state is refused with COE-000 and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.cases.tests.factories import org_party
from zhifa.coercion.workflow import EXECUTIONS, MEASURES, PREVIOUS

from .factories import E1, E2, at, estep, execute_facts, execution_in, measure_in, mstep, on_site, recording

pytestmark = pytest.mark.django_db
D = date(2026, 11, 20)


def measure_facts(team, action: str) -> dict:
    opening = {"matter_id": team.matter.pk, "kind": "seize", "party": org_party(), "grounds": "涉嫌经营过期食品",
               "basis": "《食品安全法》第一百一十条"}  # fmt: skip
    return {
        "propose": {"on": D, **opening}, "implement_emergency": {**opening, **on_site(team, D)},
        "approve": {"on": D}, "refuse": {"on": D, "reason": "不符合条件"},
        "implement": on_site(team, D),
        "report": {"reported_at": at(date(2026, 11, 12), 9)},
        "extend": {"on": D, "days": 30, "notified_on": D, "reason": "需进一步查明货值"},
        "record_testing": {"on": D, "testing_from": date(2026, 11, 12), "testing_to": date(2026, 11, 18),
                           "notified_on": date(2026, 11, 12)},
        "deliver_freeze_notice": {"on": date(2026, 11, 12)},
        "release": {"on": D, "ground": "handled"},
        "dispose": {"on": D, "disposal": "destroy", "legal_basis": "《食品安全法》第一百二十四条"},
    }[action]  # fmt: skip


def measure_user(team, step):
    return team.head if step.perm == "acts.approve" else team.officer_user


ALLOWED = [(s.action, state) for s in MEASURES.steps for state in sorted(s.sources) if state != "new"]
REFUSED = [(s.action, state) for s in MEASURES.steps for state in MEASURES.states.values
           if state not in s.sources and state != "new"]  # fmt: skip


@pytest.mark.parametrize(("action", "state"), ALLOWED)
def test_it_takes_every_measure_step_from_every_state_it_lists(team, action, state):
    kind = "freeze" if action == "deliver_freeze_notice" else "seize"
    m = measure_in(team, state, kind=kind)
    step = MEASURES.step(action)
    m = mstep(measure_user(team, step), m, action, **measure_facts(team, action))
    assert m.state == (step.target or state)
    assert m.steps.order_by("-id").first().action == action


@pytest.mark.parametrize(("action", "state"), REFUSED)
def test_it_refuses_every_measure_step_out_of_order(team, refused, action, state):
    m = measure_in(team, state)
    step = MEASURES.step(action)
    facts = measure_facts(team, action)
    with refused("COE-000", m) as info:
        mstep(measure_user(team, step), m, action, **facts)
    assert MEASURES.state_label(state) in info.value.message


def test_it_opens_a_measure_only_with_an_opening_step(team, refused):
    with refused("COE-010"):
        mstep(team.head, None, "approve", on=D)


E_FACTS = {
    "hear_statement": {"on": E1, "statement": "经营困难，请求延期"},
    "surcharge": {"on": E1, "from_on": date(2026, 4, 2), "to_on": date(2026, 4, 11)},
    "decide": {"on": E1, "execution_number": "强执〔2026〕2号", "manner": "removal", "no_statement": True},
    "substitute_decide": {"on": E1, "execution_number": "代履〔2026〕2号", "performer": "某清运公司", "budget": "3000",
                          "scheduled_on": E2, "no_statement": True},
    "substitute_remind": {"on": E1},
    "agree": {"on": E1, "terms": "分两期缴纳"}, "breach": {"on": E2}, "perform": {"on": E2},
    "suspend": {"on": E2, "ground": "hardship"}, "resume": {"on": E2},
    "terminate": {"on": E2, "ground": "revoked"}, "apply_court": {"on": E2, "court_name": "测试区人民法院"},
    "court_enforce": {"on": E2}, "court_refuse": {"on": E2}, "court_executed": {"on": E2},
}  # fmt: skip


def execution_facts(team, action: str, state: str) -> dict:
    if action in ("execute", "substitute_perform"):
        return execute_facts(team, E2)
    facts = dict(E_FACTS[action])
    if action == "substitute_perform" or (state == "substitute" and action != "substitute_remind"):
        facts["on"] = E2
    return facts


def e_user(team, step):
    return team.head if step.perm == "acts.approve" else team.officer_user


E_ALLOWED = [(s.action, st) for s in EXECUTIONS.steps for st in sorted(s.sources) if st != "new"]
E_REFUSED = [(s.action, st) for s in EXECUTIONS.steps for st in EXECUTIONS.states.values
             if st not in s.sources and st != "new"]  # fmt: skip


@pytest.mark.parametrize(("action", "state"), E_ALLOWED)
def test_it_takes_every_execution_step_from_every_state_it_lists(team, action, state):
    e = execution_in(team, state)
    if action == "apply_court" and e.direct_power:  # only a body without the power applies to the court
        pytest.skip("covered by the court states")
    if action == "substitute_perform":
        e = estep(team.officer_user, e, "substitute_remind", on=E1)
    step = EXECUTIONS.step(action)
    e = estep(e_user(team, step), e, action, **execution_facts(team, action, state))
    expected = {None: state, PREVIOUS: "reminded"}.get(step.target, step.target)
    assert e.state == expected


@pytest.mark.parametrize("action", ["apply_court"])
def test_it_applies_to_the_court_from_every_state_it_lists(team, action):
    from .factories import reminded

    e = reminded(team, direct_power=False)
    e = estep(team.head, e, "agree", on=E1, terms="分两期缴纳")
    e = estep(team.head, e, action, **E_FACTS[action])
    assert e.state == "court_applied"


@pytest.mark.parametrize(("action", "state"), E_REFUSED)
def test_it_refuses_every_execution_step_out_of_order(team, refused, action, state):
    e = execution_in(team, state)
    step = EXECUTIONS.step(action)
    facts = (
        execute_facts(team, E2) if action in ("execute", "substitute_perform") else E_FACTS.get(action, {})
    )
    if action == "remind":
        pytest.skip("书面催告 opens an execution; it is never taken on one")
    with refused("COE-000", e):
        estep(e_user(team, step), e, action, **facts)


def test_recording_files_are_content_addressed(team):
    assert recording(team) == recording(team)
