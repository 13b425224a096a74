"""Every transition of both licensing tables, taken (allowed) and refused (not listed), through the services."""

from __future__ import annotations

import pytest

from zhifa.accounts.constants import Perm
from zhifa.core.models import AuditEvent
from zhifa.licensing.models import Licence, LicenceApplication
from zhifa.licensing.workflow import APPLICATION, LICENCE, PREVIOUS, ApplicationState, LicenceState

from .factories import (
    application_facts,
    licence_facts,
    licence_in,
    ltake,
    make_desk,
    on_day,
    reach,
    step,
    take,
)

# 已补正 → 一次性告知补正 is listed only so that a second request is refused by its own rule (LIC-003, 一次告知)
# rather than by the order rule: it can never be taken (test_application_scenarios covers it).
REFUSED_BY_RULE = {("supplemented", "request_completion")}
APPLICATION_EDGES = [(src, s.action) for s in APPLICATION.steps for src in sorted(s.sources)
                     if s.action != "receive" and (src, s.action) not in REFUSED_BY_RULE]  # fmt: skip
LICENCE_EDGES = [(src, s.action) for s in LICENCE.steps for src in sorted(s.sources) if s.action != "issue"]


@pytest.fixture
def desk(today, body_a):
    return make_desk(body_a)


def _who(perm: str) -> str:
    return "head" if perm == Perm.ACT_APPROVE else "officer"


@pytest.mark.parametrize(("state", "action"), APPLICATION_EDGES, ids=lambda v: str(v))
def test_it_takes_every_step_the_application_table_lists(desk, state, action):
    app = reach(desk, state)
    known = APPLICATION.step(action)
    steps_before = app.steps.count()
    app = take(desk, app, _who(known.perm), action)
    app.refresh_from_db()
    row = app.steps.order_by("-id").first()
    target = state if known.target is None else known.target
    if known.target == PREVIOUS:
        target = app.steps.exclude(action="pause").order_by("-id").values_list("to_state", flat=True).first()
    assert (row.action, row.from_state, row.to_state, app.state) == (action, state, target, target)
    assert app.steps.count() == steps_before + 1
    assert AuditEvent.objects.filter(action=f"licence_application.{action}", object_id=str(app.pk)).exists()
    for kind in known.starts:
        assert app.deadlines.filter(kind=kind, status="running", starts_on=row.on).exists(), kind


@pytest.mark.parametrize("state", [s for s in ApplicationState.values if s != "new"])
def test_it_refuses_every_step_the_application_table_does_not_list(desk, refused, state):
    app = reach(desk, state)
    allowed = {s.action for s in APPLICATION.steps_from(state)}
    for known in APPLICATION.steps:
        if known.action in allowed or known.action == "receive":
            continue
        facts = application_facts(desk, app, known.action)
        with on_day(facts["on"]), refused("LIC-000", app) as info:
            step(getattr(desk, _who(known.perm)), app, known.action, **facts)
        assert f"当前环节为“{APPLICATION.state_label(state)}”" in info.value.message
    assert LicenceApplication.objects.get(pk=app.pk).state == state


@pytest.mark.parametrize(("state", "action"), LICENCE_EDGES, ids=lambda v: str(v))
def test_it_takes_every_step_the_licence_table_lists(desk, state, action):
    licence = licence_in(desk, state)
    known = LICENCE.step(action)
    licence = ltake(desk, licence, _who(known.perm), action)
    licence.refresh_from_db()
    row = licence.steps.order_by("-id").first()
    target = state if known.target is None else known.target
    if known.target == PREVIOUS:
        target = licence.state_before_pause
    assert (row.action, row.from_state, row.to_state, licence.state) == (action, state, target, target)
    assert AuditEvent.objects.filter(action=f"licence.{action}", object_id=str(licence.pk)).exists()


@pytest.mark.parametrize("state", [s for s in LicenceState.values if s != "new"])
def test_it_refuses_every_step_the_licence_table_does_not_list(desk, refused, state):
    licence = licence_in(desk, state)
    allowed = {s.action for s in LICENCE.steps_from(state)}
    for known in LICENCE.steps:
        if known.action in allowed:
            continue
        licence.refresh_from_db()
        facts = licence_facts(licence, known.action)
        from .factories import lstep

        with on_day(facts["on"]), refused("LIC-017", licence):
            lstep(getattr(desk, _who(known.perm)), licence, known.action, **facts)
    assert Licence.objects.get(pk=licence.pk).state == state


@pytest.mark.parametrize("action", [s.action for s in APPLICATION.steps if s.action != "receive"])
def test_it_refuses_an_application_step_to_a_user_without_its_permission(desk, refused, supervisor, action):
    known = APPLICATION.step(action)
    state = sorted(known.sources)[0]
    app = reach(desk, state)
    # 执法人员 lacks 审批 (acts.approve); the 司法局 supervisor only views.
    user = desk.officer if known.perm == Perm.ACT_APPROVE else supervisor
    facts = application_facts(desk, app, action)
    with on_day(facts["on"]), refused("AUTH-PERM", app):
        step(user, app, action, **facts)
