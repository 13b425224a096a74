"""登记: an act is recorded only on a matter of its kind that the body exercises on the decision day, with its
party, amount, a unique 文号 and the officers the kind needs — every refusal names its rule and changes nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.acts.models import ActRecord
from zhifa.acts.services import act_record
from zhifa.core.audit import verify_chain
from zhifa.core.models import AuditEvent
from zhifa.organisations.tests.factories import OrganisationFactory
from zhifa.personnel.tests.factories import PersonFactory

from .factories import DECIDED, act_input, aggregated_input, make_act_team, person_party, record

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(today, body_a):
    return make_act_team(body_a)


def _record(team, kind="confirmation", **kw):
    return act_record(data=act_input(team, kind, **kw), by=team.actor)


def test_it_records_a_levy_with_its_party_amount_basis_officers_and_audit_event(team):
    act = record(team, "levy")

    act.refresh_from_db()
    assert act.state == "valid" and act.get_state_display() == "有效"
    assert act.party.name == "示范建设工程有限公司" and act.amount == Decimal("12000.00")
    assert act.basis == "《城市道路管理条例》第三十三条"
    assert act.matter_version.kind == "levy" and act.version == 1
    assert [o["name"] for o in act.officers] == ["张执法"] and act.officers[0]["certificate"]
    step = act.steps.get()
    assert (step.action, step.from_state, step.to_state, step.on) == ("record", "new", "valid", DECIDED)
    event = AuditEvent.objects.filter(action="act.record").get()
    assert event.object_id == str(act.pk)
    assert verify_chain().ok


def test_it_sets_the_publication_due_date_twenty_working_days_after_the_decision(team):
    act = record(team, "reward", decided_on=date(2026, 9, 21))

    # 2026-09-21 (Mon) + 20 working days: 中秋 9月25日 and 国庆 10月1日–7日 excluded, 10月10日 (Sat) a working day
    assert act.publish_due_on == date(2026, 10, 26)
    deadline = act.deadlines.get()
    assert (deadline.kind, deadline.due_on, deadline.status) == ("publish", date(2026, 10, 26), "running")
    assert "acts.publish_working_days" in deadline.basis


def test_it_does_not_publish_a_natural_persons_confirmation(team):
    act = record(team, "confirmation", party=person_party())

    assert act.to_publish is False and act.publish_due_on is None
    assert not act.deadlines.exists()
    reward = record(team, "reward", party=person_party(), number="奖〔2026〕2号")
    assert reward.to_publish is True


def test_it_records_a_months_benefit_payments_as_one_aggregated_row(team):
    act = act_record(data=aggregated_input(team), by=team.actor)

    assert act.aggregated and act.party is None and act.recipients == 420 and act.count == 420
    assert act.period == date(2026, 10, 1)


def test_it_refuses_a_matter_of_another_kind(team, refused):
    with refused("ACT-001") as info:
        _record(team, "levy", matter_id=team.matters["confirmation"].pk)
    assert "属于行政确认，不能登记为行政征收" in info.value.message
    assert "依据" in info.value.message


def test_it_refuses_a_matter_the_body_does_not_exercise(team, body_b, refused):
    from .factories import act_matter

    other = act_matter(body_b, "confirmation", name="排污许可登记")
    with refused("ACT-002") as info:
        _record(team, "confirmation", matter_id=other.pk)
    assert "执法事项清单中没有“排污许可登记”" in info.value.message


def test_it_refuses_a_negative_amount_and_a_levy_without_amount(team, refused):
    with refused("ACT-003") as info:
        _record(team, "reward", amount=Decimal("-1"))
    assert "不得为负数" in info.value.message
    with refused("ACT-003") as info:
        _record(team, "levy", amount=None)
    assert "行政征收决定须载明金额" in info.value.message


def test_a_reward_may_be_non_monetary(team):
    act = record(team, "reward", amount=None, decision="授予“食品安全守护人”荣誉称号")
    assert act.amount is None


def test_it_refuses_a_decision_date_in_the_future_or_before_the_matter_took_effect(team, refused):
    with refused("ACT-004") as info:
        _record(team, decided_on=date(2026, 11, 23))
    assert "晚于今天" in info.value.message
    with refused("ACT-004") as info:
        _record(team, decided_on=date(2023, 12, 31))
    assert "早于事项“食品小作坊登记”施行之日（2024-01-01）" in info.value.message


def test_it_refuses_a_duplicate_number_in_the_same_body_but_not_in_another(team, body_b, refused):
    record(team, "confirmation", number="测确〔2026〕7号")
    with refused("ACT-005") as info:
        _record(team, "reward", number="测确〔2026〕7号")
    assert "文号为“测确〔2026〕7号”" in info.value.message

    team_b = make_act_team(body_b)
    assert record(team_b, "confirmation", number="测确〔2026〕7号").pk


def test_it_refuses_a_row_without_party_unless_aggregated(team, refused):
    with refused("ACT-006") as info:
        _record(team, "confirmation", party=None)
    assert "须载明当事人" in info.value.message


def test_it_aggregates_payments_only_and_without_a_party(team, refused):
    with refused("ACT-007") as info:
        act_record(
            data=aggregated_input(team, kind="reward", matter_id=team.matters["reward"].pk), by=team.actor
        )
    assert "只有行政给付可以按月汇总" in info.value.message
    with refused("ACT-007"):
        act_record(data=aggregated_input(team, recipients=None), by=team.actor)
    with refused("ACT-007"):
        act_record(data=aggregated_input(team, party=person_party()), by=team.actor)


def test_it_needs_two_certified_officers_for_a_requisition_or_an_adjudication(team, refused):
    for kind in ("requisition", "adjudication"):
        with refused("ACT-008") as info:
            _record(team, kind, officer_ids=[team.officers[0].pk, team.clerk.pk])
        assert "须由不少于2名" in info.value.message and "周工作人员没有" in info.value.message
    auxiliary = PersonFactory(organisation=team.body, name="钱辅助", staff_type="auxiliary")
    with refused("ACT-008") as info:
        _record(team, "adjudication", officer_ids=[team.officers[0].pk, auxiliary.pk])
    assert "辅助人员" in info.value.message
    assert record(team, "adjudication").officers[1]["name"] == "李执法"


def test_it_needs_one_staff_member_of_the_body_for_the_other_kinds(team, body_b, refused):
    with refused("ACT-008"):
        _record(team, "confirmation", officer_ids=[])
    outsider = PersonFactory(organisation=body_b, name="外单位人员")
    with refused("ACT-008"):
        _record(team, "confirmation", officer_ids=[outsider.pk])
    assert record(team, "confirmation", officer_ids=[team.clerk.pk]).officers[0]["name"] == "周工作人员"


def test_it_refuses_outside_scope_and_without_permission(team, body_b, supervisor, refused):
    with refused("SCOPE-404"):
        act_record(data=act_input(team, organisation_id=body_b.pk), by=team.actor)
    with refused("AUTH-PERM"):
        act_record(data=act_input(team), by=actor_of(supervisor))
    reviewer = UserFactory(legal_reviewer=True, organisation=team.body)
    with refused("AUTH-PERM"):
        act_record(data=act_input(team), by=actor_of(reviewer))
    assert not ActRecord.objects.exists()


def test_a_street_records_in_its_own_name_only_matters_it_exercises(team, refused):
    street = OrganisationFactory(street=True, name="另一街道")
    user = UserFactory(officer=True, organisation=street)
    with refused("ACT-002") as info:
        act_record(data=act_input(team), by=actor_of(user))
    assert "另一街道在2026-11-02的执法事项清单中没有" in info.value.message
