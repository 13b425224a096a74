"""The inspection procedure (行政检查) through ``inspection_step``: every transition of the table allowed and refused,
and the scenarios of 国办发〔2024〕54号 — published items only, approval, two certified officers, the checklist,
the audio/video record, the annual cap, the correction and re-check, and a penalty case opened from an inspection."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.accounts.tests.factories import UserFactory
from zhifa.cases.constants import ClueOrigin
from zhifa.cases.models import Case
from zhifa.cases.selectors import case_list
from zhifa.cases.tests.factories import certified, make_team, org_party
from zhifa.catalog.constants import MatterKind
from zhifa.core.models import AuditEvent
from zhifa.core.models.procedural import DeadlineState
from zhifa.inspections.constants import Answer, InspectionResult, InspectionTrigger
from zhifa.inspections.models import Inspection, InspectionState
from zhifa.inspections.workflow import INSPECTION
from zhifa.personnel.tests.factories import PersonFactory

from .factories import CHECKLIST, PATHS, answers, inspection_item, inspection_team, reach, recording, take

S = InspectionState


@pytest.fixture
def team(today, body_a):
    return inspection_team(body_a)


ALLOWED = [
    (state, step.action) for step in INSPECTION.steps for state in sorted(step.sources) if state != S.NEW
]
REFUSED = [(state, step.action) for state in PATHS for step in INSPECTION.steps if state not in step.sources]


@pytest.mark.parametrize(("state", "action"), ALLOWED)
def test_it_takes_every_allowed_step(team, state, action):
    inspection = reach(team, state, failing=action != "conclude")  # 未发现问题 needs a clean checklist
    inspection = take(team, inspection, action)
    step = INSPECTION.step(action)
    assert inspection.state == (step.target or state)
    assert inspection.steps.last().action == action
    assert AuditEvent.objects.filter(action=f"inspection.{action}", object_id=str(inspection.pk)).exists()


@pytest.mark.parametrize(("state", "action"), REFUSED)
def test_it_refuses_every_step_out_of_order(team, refused, state, action):
    inspection = reach(team, state)
    with refused("INS-000", inspection) as info:
        take(team, inspection, action)
    assert INSPECTION.state_label(state) in info.value.message


def test_it_walks_an_inspection_without_problems_to_its_end(team):
    inspection = reach(team, S.RECORDED, failing=False)
    inspection = take(team, inspection, "conclude")
    assert (inspection.state, inspection.result, inspection.closed_on) == (S.CLOSED, InspectionResult.NO_PROBLEM,
                                                                            date(2026, 11, 6))  # fmt: skip
    assert inspection.number == "区市场监管局检〔2026〕1号"
    assert (inspection.approval_number, inspection.approved_on) == ("检审〔2026〕1号", date(2026, 11, 3))
    assert "赵局长" in inspection.approved_by
    assert (
        inspection.scan_location == "测试区示范路1号" and inspection.scanned_at.hour == 1
    )  # 09:30 Beijing in UTC
    record = inspection.steps.get(action="record")
    assert [e["item"] for e in record.data["checklist"]] == CHECKLIST
    assert [o["name"] for o in record.officers] == ["张执法", "李执法"] and record.officers[0]["certificate"]
    publicity = inspection.deadlines.get(kind="publicity")
    # 20 working days after Friday 6 November 2026: Friday 4 December
    assert (publicity.due_on, publicity.status) == (date(2026, 12, 4), DeadlineState.RUNNING)
    assert "20个工作日" in publicity.basis
    inspection = take(team, inspection, "record_publicity")
    assert inspection.published_on == date(2026, 11, 12)
    assert inspection.deadlines.get(kind="publicity").status == DeadlineState.MET


def test_it_opens_a_penalty_case_from_an_inspection(team, actor_of):
    inspection = reach(team, S.RECORDED)
    inspection = take(team, inspection, "open_case")
    case = inspection.case
    assert inspection.state == S.CASE_OPENED and inspection.result == InspectionResult.CASE
    assert case.state == "clue" and case.state_label == "案源登记"
    clue = case.steps.get(action="register_clue")
    assert clue.data["origin"] == ClueOrigin.INSPECTION and "未发现问题" in clue.data["clue"]
    assert inspection.number in clue.data["clue"]
    assert case.party.identifier == inspection.party.identifier and case.matter_id == team.matter.pk
    assert case.organisation_id == inspection.organisation_id
    assert list(Inspection.objects.filter(case=case)) == [inspection]
    assert case in case_list(actor=actor_of(team.officer_user))
    assert inspection.steps.last().data["case"]["number"] == case.number


def test_it_refuses_an_item_not_published_for_inspection(team, refused, body_a):
    team.inspection_matter = inspection_item(body_a, published=False, name="未公布的检查事项")
    with refused("INS-002") as info:
        take(team, None, "register")
    assert "未公布的检查事项不得实施检查" in info.value.message and "54号" in info.value.message
    assert not Inspection.objects.exists()


def test_it_refuses_an_item_published_by_another_body(team, refused, body_b):
    team.inspection_matter = inspection_item(body_b)
    with refused("INS-002"):
        take(team, None, "register")


def test_it_refuses_a_matter_that_is_not_an_inspection(team, refused):
    team.inspection_matter = team.matter  # a penalty matter
    with refused("INS-001") as info:
        take(team, None, "register")
    assert "不是行政检查事项" in info.value.message


def test_it_refuses_an_inspection_without_approval(team, refused):
    inspection = reach(team, S.PENDING)
    with refused("INS-000", inspection) as info:
        take(team, inspection, "check_in")
    assert "待审批" in info.value.message


def test_it_lets_only_a_head_approve(team, refused):
    inspection = reach(team, S.PENDING)
    with refused("AUTH-PERM", inspection):
        from .factories import act

        act(team.officer_user, inspection, "approve", approval_number="检审〔2026〕9号")


def test_it_refuses_an_approval_number_used_twice(team, refused):
    take(team, reach(team, S.PENDING), "approve")
    second = take(team, None, "register", target=org_party(name="另一家公司", identifier=_other_uscc()))
    with refused("INS-004", second) as info:
        take(team, second, "approve", approval_number="检审〔2026〕1号")
    assert "已用于本机关的其他检查" in info.value.message


def _other_uscc() -> str:
    from zhifa.organisations.tests.factories import make_uscc

    return make_uscc(777)


def test_it_refuses_one_certified_officer(team, refused):
    with refused("INS-003") as info:
        take(team, None, "register", officer_ids=team.officer_ids[:1])
    assert "现有1名" in info.value.message
    inspection = reach(team, S.ON_SITE)
    with refused("INS-003", inspection):
        take(team, inspection, "record", officer_ids=team.officer_ids[:1])


def test_it_refuses_an_auxiliary_as_the_second_officer(team, refused, body_a):
    helper = PersonFactory(organisation=body_a, name="钱辅助", auxiliary=True)
    inspection = reach(team, S.NOTIFIED)
    with refused("INS-003", inspection) as info:
        take(team, inspection, "check_in", officer_ids=[team.officers[0].pk, helper.pk])
    assert "钱辅助是辅助人员" in info.value.message


def test_it_refuses_an_unanswered_checklist(team, refused):
    inspection = reach(team, S.ON_SITE)
    with refused("INS-007", inspection) as info:
        take(team, inspection, "record", checklist=answers(items=CHECKLIST[:2]))
    assert "从业人员健康证明" in info.value.message
    with refused("INS-007", inspection) as info:
        take(team, inspection, "record", checklist=answers() + answers(items=["额外项目"]))
    assert "额外项目" in info.value.message


def test_it_requires_the_recording_the_catalog_lists(team, refused, body_a):
    team.inspection_matter = inspection_item(body_a, av_steps=["on_site_inspection"], name="需录像的检查")
    inspection = reach(team, S.ON_SITE)
    with refused("INS-008", inspection):
        take(team, inspection, "record")
    inspection = take(team, inspection, "record", upload=recording())
    assert inspection.av_record.content_type == "video/mp4"
    event = AuditEvent.objects.filter(action="inspection.record", object_id=str(inspection.pk)).get()
    assert event.after["av_sha256"] == inspection.av_record.sha256 and len(event.after["av_sha256"]) == 64


def test_it_refuses_a_notice_without_a_reason_for_not_notifying(team, refused):
    inspection = reach(team, S.APPROVED)
    with refused("INS-005", inspection):
        take(team, inspection, "notify", notified=False, method=None)
    inspection = take(
        team, inspection, "notify", notified=False, method=None, no_notice_reason="核查投诉举报，防止证据灭失"
    )
    assert inspection.notified_on is None and "投诉" in inspection.no_notice_reason


def test_it_refuses_a_scan_on_another_day(team, refused):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    inspection = reach(team, S.NOTIFIED)
    with refused("INS-014", inspection):
        take(
            team,
            inspection,
            "check_in",
            scanned_at=datetime(2026, 11, 4, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")),
        )


def test_it_keeps_to_the_annual_cap_unless_a_complaint_says_why(team, refused):
    for _ in range(2):
        take(team, None, "register")
    with refused("INS-006") as info:
        take(team, None, "register")
    assert "年度频次上限2次" in info.value.message and "日常检查" in info.value.message
    with refused("INS-006"):
        take(team, None, "register", trigger=InspectionTrigger.COMPLAINT)
    third = take(
        team, None, "register", trigger=InspectionTrigger.COMPLAINT, trigger_reason="群众举报销售过期食品"
    )
    assert third.state == S.PENDING and third.seq == 3


def test_it_does_not_count_cancelled_inspections_against_the_cap(team):
    take(team, reach(team, S.PENDING), "cancel")
    take(team, None, "register")
    assert take(team, None, "register").state == S.PENDING


def test_it_orders_a_correction_and_opens_a_case_when_not_corrected(team, refused):
    inspection = reach(team, S.CORRECTING)
    assert inspection.correction_due == date(2026, 11, 9)  # 3 days after Friday 6 November: Monday 9
    due = {d.kind: d.due_on for d in inspection.deadlines.all()}
    assert due == {
        "correction": date(2026, 11, 9),
        "recheck": date(2026, 11, 23),
        "publicity": date(2026, 12, 4),
    }
    with refused("INS-011", inspection):
        take(team, inspection, "recheck_not_corrected", on=date(2026, 11, 9))
    inspection = take(team, inspection, "recheck_not_corrected")
    assert inspection.state == S.NOT_CORRECTED and inspection.corrected is False
    assert {d.kind for d in inspection.deadlines.filter(status=DeadlineState.MET)} == {
        "correction",
        "recheck",
    }
    inspection = take(team, inspection, "open_case")
    assert inspection.case.state == "clue" and inspection.result_on == date(2026, 11, 6)
    assert (
        inspection.deadlines.filter(kind="publicity").count() == 1
    )  # the result was already due for publicity


def test_it_closes_after_a_recheck_finds_the_correction_made(team):
    inspection = take(team, reach(team, S.CORRECTING), "recheck_corrected")
    assert (inspection.state, inspection.corrected, inspection.closed_on) == (
        S.CLOSED,
        True,
        date(2026, 11, 9),
    )


def test_it_keeps_the_result_consistent_with_the_checklist(team, refused):
    failing = reach(team, S.RECORDED)
    with refused("INS-009", failing):
        take(team, failing, "conclude")
    passing = reach(team, S.RECORDED, failing=False)
    with refused("INS-009", passing):
        take(team, passing, "order_correction")
    first = failing.steps.get(action="record").data["checklist"][0]
    assert failing.failed_items == 1 and first["answer"] == Answer.FAIL


def test_it_opens_a_case_only_on_a_penalty_matter_of_the_body(team, refused, body_b):
    other = make_team(body_b).matter
    inspection = reach(team, S.RECORDED)
    with refused("INS-012", inspection):
        take(team, inspection, "open_case", penalty_matter_id=other.pk)
    with refused("INS-012", inspection):
        take(team, inspection, "open_case", penalty_matter_id=team.inspection_matter.pk)
    assert not Case.objects.exists()


def test_it_refuses_a_step_dated_before_the_previous_one(team, refused):
    inspection = reach(team, S.PENDING)
    with refused("INS-013", inspection):
        take(team, inspection, "approve", on=date(2026, 11, 1))


def test_it_refuses_another_body_s_inspection(team, body_b, refused):
    inspection = reach(team, S.PENDING)
    outsider = UserFactory(head=True, organisation=body_b, person=certified(body_b, "外局长"))
    from .factories import act

    with refused("SCOPE-404", inspection):
        act(outsider, inspection, "approve", approval_number="外审1号")


def test_it_guards_the_table_with_the_inspection_rules():
    codes = {g.rule.code for s in INSPECTION.steps for g in s.guards}
    assert codes >= {"INS-001", "INS-002", "INS-003", "INS-006", "INS-007", "INS-008", "INS-013"}
    assert MatterKind.INSPECTION == "inspection"
