"""The scenarios the issue names: the seizure extension limit, execution on a statutory holiday and at night, the
emergency report, the court window, the surcharge cap, the audio/video record, two officers, the entrusted body."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.cases.tests.factories import filed, make_team
from zhifa.catalog.constants import MatterKind
from zhifa.coercion.models import CoercionMeasure
from zhifa.core.models import AuditEvent
from zhifa.discretion.tests.factories import penalty_matter
from zhifa.evidence.schemas import EvidenceInput
from zhifa.evidence.services import evidence_add
from zhifa.organisations.tests.factories import OrganisationFactory

from .factories import (
    MP4,
    at,
    emergency,
    estep,
    execute_facts,
    in_force,
    mstep,
    on_site,
    proposed,
    reminded,
)

pytestmark = pytest.mark.django_db


# --- 查封、扣押的期限 -----------------------------------------------------------------------------------------------


def test_it_allows_one_extension_of_at_most_thirty_days(team, refused):
    m = in_force(team, on=date(2026, 11, 11), approve_on=date(2026, 11, 10))
    assert m.ends_on == date(2026, 12, 11)  # 30 calendar days from 11 November
    with refused("COE-007", m) as info:
        mstep(
            team.head,
            m,
            "extend",
            on=date(2026, 11, 20),
            days=31,
            notified_on=date(2026, 11, 20),
            reason="复杂",
        )
    assert "不得超过30日" in info.value.message and "第二十五条" in info.value.message
    m = mstep(
        team.head, m, "extend", on=date(2026, 11, 20), days=30, notified_on=date(2026, 11, 20), reason="复杂"
    )
    assert m.ends_on == date(2027, 1, 11)  # 10 January 2027 is a Sunday: the period ends the next working day
    running = m.deadlines.get(status="running")
    assert running.kind == "period" and running.due_on == date(2027, 1, 11)
    assert m.deadlines.filter(
        status="cancelled", due_on=date(2026, 12, 11)
    ).exists()  # the earlier due date stays
    with refused("COE-007", m) as info:
        mstep(
            team.head,
            m,
            "extend",
            on=date(2026, 11, 21),
            days=10,
            notified_on=date(2026, 11, 21),
            reason="再延",
        )
    assert "只允许经负责人批准延长一次" in info.value.message


def test_it_only_releases_a_seizure_whose_period_has_expired(team, refused):
    m = in_force(team)  # implemented 2 September 2026
    assert m.ends_on == date(2026, 10, 8)  # 2 October falls in the National Day holiday: carried to 8 October
    for action, facts in (("extend", {"days": 30, "notified_on": date(2026, 11, 20), "reason": "复杂"}),
                          ("dispose", {"disposal": "destroy", "legal_basis": "《食品安全法》"})):  # fmt: skip
        with refused("COE-009", m) as info:
            mstep(team.head, m, action, on=date(2026, 11, 20), **facts)
        assert "2026-10-08 届满" in info.value.message and "应当解除" in info.value.message
    m = mstep(team.head, m, "release", on=date(2026, 11, 20), ground="expired")
    assert m.state == "released" and m.release_ground == "expired"


def test_testing_time_does_not_count_and_must_be_notified(team, refused):
    m = in_force(team, on=date(2026, 11, 11), approve_on=date(2026, 11, 10))
    with refused("COE-008", m):
        mstep(team.officer_user, m, "record_testing", on=date(2026, 11, 20), testing_from=date(2026, 11, 12),
              testing_to=date(2026, 11, 18))  # fmt: skip
    m = mstep(team.officer_user, m, "record_testing", on=date(2026, 11, 20), testing_from=date(2026, 11, 12),
              testing_to=date(2026, 11, 18), notified_on=date(2026, 11, 12))  # fmt: skip
    assert m.excluded_days == 7 and m.ends_on == date(2026, 12, 18)


def test_a_freeze_decision_is_due_within_three_working_days(team):
    m = in_force(team, on=date(2026, 9, 30), approve_on=date(2026, 9, 29), kind="freeze")
    notice = m.deadlines.get(kind="freeze_notice")
    assert notice.due_on == date(
        2026, 10, 10
    )  # 1–7 October off; 8, 9 and Saturday 10 October (调休) are worked
    m = mstep(team.officer_user, m, "deliver_freeze_notice", on=date(2026, 10, 9))
    assert m.deadlines.get(kind="freeze_notice").status == "met"


# --- emergency --------------------------------------------------------------------------------------------------


def test_an_emergency_measure_reported_after_24_hours_is_refused_and_must_be_released(team, refused):
    m = emergency(team, day=date(2026, 11, 11), hour=10)
    assert m.state == "emergency" and m.deadlines.get(kind="report").due_on == date(2026, 11, 12)
    with refused("COE-003", m) as info:
        mstep(team.head, m, "report", reported_at=at(date(2026, 11, 12), 10, 30))
    assert "已超过二十四小时" in info.value.message and "第十九条" in info.value.message
    m = mstep(team.head, m, "release", on=date(2026, 11, 12), ground="not_approved")
    assert m.state == "released"


def test_an_emergency_measure_reported_in_time_is_approved(team):
    m = emergency(team, day=date(2026, 11, 11), hour=10)
    m = mstep(team.head, m, "report", reported_at=at(date(2026, 11, 12), 9, 30))
    assert m.state == "in_force" and m.approved_on == date(2026, 11, 12)
    assert m.deadlines.get(kind="report").status == "met"


# --- the on-site rules ------------------------------------------------------------------------------------------


def test_a_seizure_without_an_audio_video_record_is_refused_citing_the_rule(team, refused):
    from .factories import approved

    m = approved(team)
    facts = on_site(team, date(2026, 9, 2), av="")
    with refused("COE-006", m) as info:
        mstep(team.officer_user, m, "implement", **facts)
    assert "必须全程音像记录" in info.value.message and "国办发〔2018〕118号" in info.value.message


def test_a_seizure_serving_a_case_may_cite_the_cases_seizure_video(team, refused):
    coercion_matter, team.matter = team.matter, penalty_matter(team.body)
    case = filed(team)
    team.matter = coercion_matter
    item = evidence_add(case=case, data=EvidenceInput(
        kind="audio_visual", title="扣押过程执法记录仪视频", proves="扣押过程", recorded_by_id=team.officers[0].pk,
        recorded_at=at(date(2026, 9, 16)), place="测试区示范路1号", source="执法记录仪拍摄",
        officer_ids=team.officer_ids, av_step="seizure"), upload=io.BytesIO(MP4 + b"case"), by=actor_of(team.officer_user))  # fmt: skip
    m = proposed(team, on=date(2026, 9, 15), case_id=case.pk)
    m = mstep(team.head, m, "approve", on=date(2026, 9, 15))
    m = mstep(
        team.officer_user, m, "implement", **on_site(team, date(2026, 9, 16), av="", av_item_id=item.pk)
    )
    assert m.state == "in_force" and m.av_item_id == item.pk
    event = AuditEvent.objects.filter(action="coercion.measure.implement").latest("seq")
    assert item.file.sha256 in str(event.after)


def test_it_needs_two_certified_officers(team, refused):
    from .factories import approved

    m = approved(team)
    facts = on_site(team, date(2026, 9, 2), officer_ids=team.officer_ids[:1])
    with refused("COE-001", m) as info:
        mstep(team.officer_user, m, "implement", **facts)
    assert "现有1名" in info.value.message


def test_it_needs_a_witness_when_the_party_is_absent_and_an_inventory_in_two_copies(team, refused):
    from .factories import approved

    m = approved(team)
    absent = on_site(team, date(2026, 9, 2), party_present=False, party_signed=False)
    with refused("COE-004", m) as info:
        mstep(team.officer_user, m, "implement", **absent)
    assert "见证人" in info.value.message
    one_copy = on_site(team, date(2026, 9, 2), inventory_copies=1)
    with refused("COE-005", m) as info:
        mstep(team.officer_user, m, "implement", **one_copy)
    assert "一式二份" in info.value.message
    m = mstep(team.officer_user, m, "implement", **{**absent, "witness_name": "社区工作人员刘某"})
    assert m.state == "in_force" and m.inventory[0]["name"] == "过期预包装食品"


def test_an_entrusted_organisation_cannot_take_a_measure(today, refused):
    entrusted = OrganisationFactory(name="测试区市场服务中心", subject_kind="entrusted")
    team = make_team(entrusted, matter=penalty_matter(entrusted, name="扣押财物", kind=MatterKind.COERCION))
    with refused("COE-002") as info:
        proposed(team)
    assert "受委托组织" in info.value.message and "不得委托" in info.value.message
    assert not CoercionMeasure.objects.exists()


def test_a_penalty_matter_is_not_a_coercion_matter(team, refused):
    team.matter = penalty_matter(team.body, name="对经营过期食品的行政处罚")
    with refused("COE-002") as info:
        proposed(team)
    assert "不是行政强制事项" in info.value.message


def test_an_officer_may_not_approve(team):
    from zhifa.core.exceptions import PermissionRefused

    m = proposed(team)
    with pytest.raises(PermissionRefused):
        mstep(team.officer_user, m, "approve", on=date(2026, 9, 1))


def test_another_body_cannot_touch_the_measure(team, body_b):
    from zhifa.core.exceptions import NotInScope

    m = proposed(team)
    other = UserFactory(head=True, organisation=body_b)
    with pytest.raises(NotInScope):
        mstep(other, m, "approve", on=date(2026, 9, 1))


# --- execution ----------------------------------------------------------------------------------------------------


def _decided_before_national_day(team):
    e = reminded(
        team, direct_power=True, on=date(2026, 9, 1), served_on=date(2026, 9, 2), deadline=date(2026, 9, 12)
    )
    return estep(team.head, e, "decide", on=date(2026, 9, 15), execution_number="强执〔2026〕1号", manner="removal",
                 no_statement=True)  # fmt: skip


def test_execution_on_a_statutory_holiday_is_refused_unless_urgent(team, refused):
    e = _decided_before_national_day(team)
    facts = execute_facts(team, date(2026, 10, 1))
    with refused("COE-014", e) as info:
        estep(team.officer_user, e, "execute", **facts)
    assert "法定节假日" in info.value.message and "第四十三条" in info.value.message
    e = estep(
        team.officer_user, e, "execute", **{**facts, "urgent_reason": "违法建筑随时可能倒塌，危及行人安全"}
    )
    assert e.state == "executed" and e.urgent_reason


def test_execution_at_night_is_refused(team, refused):
    e = _decided_before_national_day(team)
    night = execute_facts(team, date(2026, 9, 16), hour=23)
    with refused("COE-014", e) as info:
        estep(team.officer_user, e, "execute", **night)
    assert "夜间" in info.value.message and "coercion.night_start" in info.value.message
    e = estep(team.officer_user, e, "execute", **execute_facts(team, date(2026, 9, 16), hour=9))
    assert e.state == "executed"


def test_execution_must_not_cut_household_utilities_and_needs_a_recording(team, refused):
    e = _decided_before_national_day(team)
    facts = execute_facts(team, date(2026, 9, 16))
    with refused("COE-015", e):
        estep(team.officer_user, e, "execute", **{**facts, "no_utility_cut": False})
    with refused("COE-006", e):
        estep(team.officer_user, e, "execute", **{**facts, "av_sha256": ""})


def test_it_decides_only_after_the_reminder_period_and_with_the_power(team, refused):
    e = reminded(team, direct_power=True)
    with refused("COE-013", e):
        estep(team.head, e, "decide", on=date(2026, 11, 13), execution_number="强执1", manner="removal",
              no_statement=True)  # fmt: skip
    with refused("COE-012", e):
        estep(team.head, e, "decide", on=date(2026, 11, 16), execution_number="强执1", manner="removal")
    e = estep(team.officer_user, e, "hear_statement", on=date(2026, 11, 10), statement="请求分期")
    e = estep(team.head, e, "decide", on=date(2026, 11, 16), execution_number="强执1", manner="removal")
    assert e.state == "decided"
    no_power = reminded(team, direct_power=False)
    with refused("COE-019", no_power):
        estep(team.head, no_power, "decide", on=date(2026, 11, 16), execution_number="强执2", manner="removal",
              no_statement=True)  # fmt: skip


def test_a_reminder_must_state_the_right_to_be_heard(team, refused):
    with refused("COE-011"):
        reminded(team, rights_stated=False)


def test_court_application_before_ten_working_days_is_refused(team, refused):
    e = reminded(team)  # 催告 served Tuesday 3 November; the tenth working day after is 17 November
    assert e.deadlines.get(kind="court").due_on == date(2026, 12, 2)  # 3 months after the 6-month suit period
    with refused("COE-018", e) as info:
        estep(team.head, e, "apply_court", on=date(2026, 11, 17), court_name="测试区人民法院")
    assert "2026-11-18 至 2026-12-02" in info.value.message and "第五十四条" in info.value.message
    e = estep(team.head, e, "apply_court", on=date(2026, 11, 18), court_name="测试区人民法院")
    assert e.state == "court_applied" and e.deadlines.get(kind="court").status == "met"


def test_court_application_more_than_three_months_after_the_remedy_periods_is_refused(team, refused):
    e = reminded(
        team, decision_served_on=date(2025, 12, 1)
    )  # suit period ends 1 June 2026, +3 months 1 September
    with refused("COE-018", e) as info:
        estep(team.head, e, "apply_court", on=date(2026, 11, 20), court_name="测试区人民法院")
    assert "2026-09-01" in info.value.message


def test_a_body_with_the_power_does_not_apply_to_the_court(team, refused):
    e = reminded(team, direct_power=True)
    with refused("COE-019", e):
        estep(team.head, e, "apply_court", on=date(2026, 11, 20), court_name="测试区人民法院")


def test_the_surcharge_never_exceeds_the_principal(team, refused):
    e = reminded(team)
    with refused("COE-016", e) as info:
        estep(team.head, e, "surcharge", on=date(2026, 11, 10), from_on=date(2026, 4, 2), to_on=date(2026, 4, 30),
              amount="9000")  # fmt: skip
    assert "超出金钱给付义务的数额8000" in info.value.message
    e = estep(
        team.head, e, "surcharge", on=date(2026, 11, 10), from_on=date(2026, 4, 2), to_on=date(2026, 4, 11)
    )
    assert e.surcharge_amount == Decimal("2400.00")  # 10 days at 3 % of 8000
    e = estep(
        team.head, e, "surcharge", on=date(2026, 11, 10), from_on=date(2026, 4, 12), to_on=date(2026, 7, 1)
    )
    assert e.surcharge_amount == Decimal("8000.00")  # capped at the principal
    with refused("COE-016", e):
        estep(
            team.head, e, "surcharge", on=date(2026, 11, 11), from_on=date(2026, 7, 2), to_on=date(2026, 7, 3)
        )


def test_substitute_performance_waits_three_working_days_after_its_reminder(team, refused):
    e = reminded(team)
    e = estep(team.head, e, "substitute_decide", on=date(2026, 11, 16), execution_number="代履1", performer="某公司",
              budget="3000", scheduled_on=date(2026, 11, 20), no_statement=True)  # fmt: skip
    e = estep(team.officer_user, e, "substitute_remind", on=date(2026, 11, 16))
    early = execute_facts(team, date(2026, 11, 18))
    with refused("COE-017", e) as info:
        estep(team.officer_user, e, "substitute_perform", **early)
    assert "2026-11-19" in info.value.message
    e = estep(team.officer_user, e, "substitute_perform", **execute_facts(team, date(2026, 11, 19)))
    assert e.state == "executed"


def test_it_terminates_for_long_suspension_only_after_three_years(team, refused):
    e = reminded(team)
    e = estep(team.head, e, "suspend", on=date(2026, 11, 16), ground="hardship")
    with refused("COE-020", e):
        estep(team.head, e, "terminate", on=date(2026, 11, 20), ground="long_suspended")
    e = estep(team.head, e, "resume", on=date(2026, 11, 20))
    assert e.state == "reminded" and e.suspended_on is None


def test_every_step_appends_history_and_one_audit_event(team):
    m = in_force(team)
    assert list(m.steps.values_list("action", flat=True)) == ["propose", "approve", "implement"]
    implement = m.steps.get(action="implement")
    assert [o["name"] for o in implement.officers] == ["张执法", "李执法"] and implement.officers[0][
        "certificate"
    ]
    events = AuditEvent.objects.filter(action__startswith="coercion.measure.")
    assert events.count() == 3
    assert m.av_sha256 and m.av_sha256 in str(events.get(action="coercion.measure.implement").after)
