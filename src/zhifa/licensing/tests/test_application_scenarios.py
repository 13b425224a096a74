"""Scenarios of an application under 《行政许可法》: acceptance and deemed acceptance, the one completion list,
on-site verification, hearings, excluded time, extension, refusal, grant and certificate."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.accounts.tests.factories import UserFactory
from zhifa.licensing.models import ExcludedPeriod, Licence
from zhifa.licensing.selectors import acceptance_status
from zhifa.personnel.tests.factories import PersonFactory

from .factories import MATERIALS, MISSING, cal, licence_matter, make_desk, on_day, received, step

D = date


@pytest.fixture
def desk(today, body_a):
    return make_desk(body_a)


def _decision(app):
    return app.deadlines.filter(kind="decision").order_by("-id").first()


NOV_2, NOV_3 = D(2026, 11, 2), D(2026, 11, 3)


def _accepted(desk, received_on=NOV_2, accepted_on=NOV_3):
    app = received(desk, on=received_on)
    return step(desk.officer, app, "accept", on=accepted_on)


# --- acceptance (第三十二条) ---------------------------------------------------------------------------------------


def test_it_deems_an_application_accepted_on_receipt_when_nothing_was_said_within_five_working_days(
    desk, refused
):
    app = received(desk, on=D(2026, 11, 2))
    assert app.deadlines.get(kind="acceptance").due_on == D(2026, 11, 9)
    with refused("LIC-002", app) as info:
        step(desk.officer, app, "request_completion", on=D(2026, 11, 10), missing=MISSING)
    assert "自收到申请材料之日起即为受理" in info.value.message
    with refused("LIC-002", app):
        step(desk.officer, app, "reject", on=D(2026, 11, 10), reason="不属于本机关职权范围")
    assert "视为受理" in acceptance_status(app, D(2026, 11, 10), cal(desk))

    app = step(desk.officer, app, "accept", on=D(2026, 11, 10))
    app.refresh_from_db()
    assert (app.state, app.deemed_accepted, app.accepted_on) == ("accepted", True, D(2026, 11, 2))
    decision = _decision(app)
    # 20 working days from receipt (2026-11-02), not from the day the officer recorded it (which would be 12-08).
    assert (decision.due_on, decision.status) == (D(2026, 11, 30), "running")
    assert "视为受理" in decision.basis
    assert app.deadlines.get(kind="acceptance").status == "met"
    assert app.steps.get(action="accept").data["deemed"] is True
    assert app.receipt_number == "区市场监管局许受〔2026〕1号"


def test_it_accepts_within_five_working_days_and_counts_the_decision_from_acceptance(desk):
    app = _accepted(desk)
    assert (app.deemed_accepted, app.accepted_on) == (False, D(2026, 11, 3))
    assert _decision(app).due_on == D(2026, 12, 1)


def test_it_asks_for_every_missing_item_once_and_accepts_the_completed_application(desk, refused):
    app = received(desk, on=D(2026, 11, 2))
    with refused("LIC-004", app):
        step(desk.officer, app, "request_completion", on=D(2026, 11, 6), missing=["  "])
    app = step(desk.officer, app, "request_completion", on=D(2026, 11, 6), missing=[*MISSING, MISSING[0]])
    app.refresh_from_db()
    assert (app.state, app.missing_materials, app.completion_requested_on) == (
        "awaiting_completion",
        MISSING,
        D(2026, 11, 6),
    )
    assert app.deadlines.get(kind="acceptance").status == "met"
    with refused("LIC-005", app) as info:
        step(desk.officer, app, "supplement", on=D(2026, 11, 12), materials=MISSING[:1])
    assert MISSING[1] in info.value.message
    app = step(desk.officer, app, "supplement", on=D(2026, 11, 12), materials=MISSING)
    with refused("LIC-003", app):
        step(desk.officer, app, "request_completion", on=D(2026, 11, 13), missing=["另一份材料"])
    app = step(desk.officer, app, "accept", on=D(2026, 11, 16))
    app.refresh_from_db()
    assert (app.deemed_accepted, app.accepted_on) == (False, D(2026, 11, 16))
    assert app.materials == [*MATERIALS, *MISSING]


def test_it_refuses_to_reject_an_application_without_reasons(desk, refused):
    app = received(desk, on=D(2026, 11, 2))
    with refused("LIC-006", app):
        step(desk.officer, app, "reject", on=D(2026, 11, 3), reason=" ")
    app = step(
        desk.officer,
        app,
        "reject",
        on=D(2026, 11, 3),
        reason="申请事项不属于本机关职权范围，请向区卫生健康局申请",
    )
    app.refresh_from_db()
    assert (app.state, app.receipt_number) == ("not_accepted", "区市场监管局许不受〔2026〕1号")


def test_it_refuses_a_matter_that_is_not_a_licence_or_not_the_bodys(desk, body_b, refused):
    from zhifa.discretion.tests.factories import penalty_matter

    penalty, elsewhere = penalty_matter(desk.body), licence_matter(body_b)
    with refused("LIC-001") as info:
        step(desk.officer, None, "receive", on=D(2026, 11, 2), matter_id=penalty.pk,
             applicant=_party(), subject="申请", materials=[])  # fmt: skip
    assert "属于行政处罚" in info.value.message
    with refused("LIC-001") as info:
        step(desk.officer, None, "receive", on=D(2026, 11, 2), matter_id=elsewhere.pk,
             applicant=_party(), subject="申请", materials=[])  # fmt: skip
    assert "无权实施该许可" in info.value.message


def _party():
    from .factories import applicant

    return applicant()


def test_it_refuses_a_step_dated_before_the_previous_one_or_in_the_future(desk, refused):
    app = received(desk, on=D(2026, 11, 2))
    with refused("LIC-016", app):
        step(desk.officer, app, "accept", on=D(2026, 10, 30))
    with refused("LIC-016", app):
        step(desk.officer, app, "accept", on=D(2026, 11, 23))


# --- review (第三十四条) --------------------------------------------------------------------------------------------


def test_it_sends_two_certified_staff_for_on_site_verification(desk, refused):
    app = _accepted(desk)
    helper = PersonFactory(auxiliary=True, organisation=desk.body, name="辅助员")
    with refused("LIC-007", app) as info:
        step(desk.officer, app, "review", on=D(2026, 11, 4), opinion="现场核查", on_site=True,
             officer_ids=[desk.staff[0].pk, helper.pk])  # fmt: skip
    assert "辅助人员" in info.value.message
    step(desk.officer, app, "review", on=D(2026, 11, 4), opinion="书面审查，材料齐全")
    app = step(desk.officer, app, "review", on=D(2026, 11, 4), opinion="现场符合要求", on_site=True,
               officer_ids=desk.staff_ids)  # fmt: skip
    app.refresh_from_db()
    row = app.steps.filter(action="review").last()
    assert sorted(o["name"] for o in row.officers) == sorted(["许审查", "王核查"])
    assert all(o["certificate"] for o in row.officers)
    assert set(desk.staff_ids) <= set(app.reviewer_ids)


# --- hearing (第四十六—四十八条, 第四十五条) ---------------------------------------------------------------------------


def test_it_holds_a_requested_hearing_and_leaves_its_time_out_of_the_decision_period(desk, refused):
    app = _accepted(desk)
    app = step(desk.officer, app, "review", on=D(2026, 11, 3), opinion="涉及相邻权", on_site=True,
               officer_ids=desk.staff_ids)  # fmt: skip
    app = step(desk.officer, app, "notify_hearing_right", on=D(2026, 11, 4), interested_parties="相邻住户")
    assert app.deadlines.get(kind="hearing_request").due_on == D(2026, 11, 11)
    with refused("LIC-024", app):
        step(desk.officer, app, "close_hearing_window", on=D(2026, 11, 5))
    with refused("LIC-008", app):
        step(desk.officer, app, "request_hearing", on=D(2026, 11, 12), requested_by="相邻住户")
    app = step(desk.officer, app, "request_hearing", on=D(2026, 11, 6), requested_by="相邻住户")
    assert app.deadlines.get(kind="hearing_hold").due_on == D(2026, 12, 4)
    with refused("LIC-010", app) as info:
        step(desk.officer, app, "schedule_hearing", on=D(2026, 11, 9), chair_id=desk.staff[1].pk,
             notice_served_on=D(2026, 11, 9), scheduled_on=D(2026, 11, 20), place="听证室")  # fmt: skip
    assert "审查过该申请" in info.value.message
    with refused("LIC-009", app) as info:
        step(desk.officer, app, "schedule_hearing", on=D(2026, 11, 9), chair_id=desk.chair.pk,
             notice_served_on=D(2026, 11, 9), scheduled_on=D(2026, 11, 17), place="听证室")  # fmt: skip
    assert "七日前" in info.value.message
    app = step(desk.officer, app, "schedule_hearing", on=D(2026, 11, 9), chair_id=desk.chair.pk,
               notice_served_on=D(2026, 11, 9), scheduled_on=D(2026, 11, 18), place="听证室")  # fmt: skip
    app = step(desk.officer, app, "hold_hearing", on=D(2026, 11, 18), record="各方陈述意见")
    app.refresh_from_db()
    period = ExcludedPeriod.objects.get(application=app)
    assert (period.kind, period.starts_on, period.ends_on, period.working_days) == (
        "hearing",
        D(2026, 11, 4),
        D(2026, 11, 18),
        10,
    )
    assert (app.state, app.hearing_held, app.excluded_days) == ("heard", True, 10)
    assert _decision(app).due_on == D(2026, 12, 15)  # 2026-12-01 pushed back by 10 working days
    assert app.deadlines.get(kind="hearing_hold").status == "met"


# --- excluded time (第四十五条) and extension (第四十二条) ----------------------------------------------------------------


def test_it_stops_the_clock_for_expert_review_and_pushes_the_decision_back(desk, refused):
    app = _accepted(desk)
    first = _decision(app)
    with refused("LIC-015", app):
        step(desk.officer, app, "pause", on=D(2026, 11, 9), kind="expert_review", notice="")
    with refused("LIC-015", app):
        step(desk.officer, app, "pause", on=D(2026, 11, 9), kind="hearing", notice="听证")
    app = step(desk.officer, app, "pause", on=D(2026, 11, 9), kind="expert_review",
               notice="需组织专家评审，预计四个工作日", expected_days=4)  # fmt: skip
    assert app.state == "paused"
    with refused("LIC-000", app):
        step(desk.head, app, "grant", on=D(2026, 11, 10), scope="热食类")
    app = step(desk.officer, app, "resume", on=D(2026, 11, 13), result="评审通过")
    app.refresh_from_db()
    assert (app.state, app.excluded_days) == ("accepted", 4)
    first.refresh_from_db()
    assert (first.due_on, first.status) == (D(2026, 12, 1), "cancelled")
    assert (_decision(app).due_on, _decision(app).status) == (D(2026, 12, 7), "running")
    assert "不计入4日" in _decision(app).basis


def test_it_extends_the_decision_once_with_the_heads_approval_and_reasons(desk, refused):
    app = _accepted(desk)
    with refused("AUTH-PERM", app):
        step(desk.officer, app, "extend", on=D(2026, 11, 5), reason="情况复杂")
    with refused("LIC-012", app) as info:
        step(desk.head, app, "extend", on=D(2026, 11, 5), reason="")
    assert "理由" in info.value.message
    app = step(desk.head, app, "extend", on=D(2026, 11, 5), reason="需进一步核实经营场所")
    app.refresh_from_db()
    assert (app.extended_on, _decision(app).due_on) == (D(2026, 11, 5), D(2026, 12, 15))
    assert "延长10日" in _decision(app).basis
    with refused("LIC-012", app) as info:
        step(desk.head, app, "extend", on=D(2026, 11, 6), reason="再延长")
    assert "只能延长一次" in info.value.message


def test_it_refuses_an_extension_after_the_twenty_days_have_run(desk, refused):
    app = _accepted(desk, received_on=D(2026, 9, 1), accepted_on=D(2026, 9, 2))
    due = _decision(app).due_on
    with refused("LIC-012", app) as info:
        step(desk.head, app, "extend", on=D(2026, 11, 5), reason="情况复杂")
    assert str(due) in info.value.message


# --- decision (第三十八条) and certificate (第四十四条) ---------------------------------------------------------------


def test_it_refuses_a_refusal_without_reasons_or_remedies(desk, refused):
    app = _accepted(desk)
    with refused("LIC-013", app) as info:
        step(desk.head, app, "refuse", on=D(2026, 11, 10), reasons="", remedies="可申请复议")
    assert "理由" in info.value.message
    with refused("LIC-013", app) as info:
        step(desk.head, app, "refuse", on=D(2026, 11, 10), reasons="场所不符合要求", remedies="")
    assert "行政复议" in info.value.message
    app = step(desk.head, app, "refuse", on=D(2026, 11, 10), reasons="场所不符合要求",
               remedies="可于六十日内向区人民政府申请行政复议，或六个月内向区人民法院提起行政诉讼")  # fmt: skip
    app.refresh_from_db()
    assert (app.state, app.decision, app.decision_number) == (
        "refused",
        "refused",
        "区市场监管局许不准〔2026〕1号",
    )
    assert _decision(app).status == "met"


def test_it_refuses_a_decision_before_acceptance(desk, refused):
    app = received(desk, on=D(2026, 11, 2))
    with refused("LIC-000", app):
        step(desk.head, app, "grant", on=D(2026, 11, 3), scope="热食类")


def test_it_grants_then_issues_the_licence_within_ten_working_days(desk, refused):
    app = _accepted(desk)
    with refused("LIC-000", app):
        step(desk.officer, app, "issue", on=D(2026, 11, 5))
    with refused("LIC-022", app):
        step(desk.head, app, "grant", on=D(2026, 11, 5), scope="热食类", valid_from=D(2026, 11, 5),
             valid_until=D(2026, 11, 4))  # fmt: skip
    app = step(desk.head, app, "grant", on=D(2026, 11, 5), scope="热食类食品制售", valid_until=D(2031, 11, 4))
    app.refresh_from_db()
    assert (app.decision_number, app.deadlines.get(kind="certificate").due_on) == (
        "区市场监管局许准〔2026〕1号",
        D(2026, 11, 19),
    )
    app = step(desk.officer, app, "issue", on=D(2026, 11, 9))
    licence = Licence.objects.get(application=app)
    assert (licence.number, licence.state, licence.holder, licence.scope) == (
        "区市场监管局许证〔2026〕1号",
        "valid",
        app.applicant,
        "热食类食品制售",
    )
    assert (licence.valid_from, licence.valid_until) == (D(2026, 11, 5), D(2031, 11, 4))
    assert list(licence.steps.values_list("action", flat=True)) == ["issue"]
    assert app.deadlines.get(kind="certificate").status == "met"


def test_it_lets_the_applicant_withdraw_and_ends_every_running_period(desk):
    app = _accepted(desk)
    app = step(desk.officer, app, "withdraw", on=D(2026, 11, 6), reason="申请人书面撤回")
    assert app.state == "withdrawn"
    assert not app.deadlines.filter(status="running").exists()
    assert app.deadlines.get(kind="decision").status == "cancelled"


def test_it_keeps_a_body_out_of_another_bodys_application(desk, body_b, refused):
    app = _accepted(desk)
    other = UserFactory(head=True, organisation=body_b)
    with refused("SCOPE-404", app):
        step(other, app, "refuse", on=D(2026, 11, 10), reasons="x", remedies="y")


def test_it_records_a_step_on_the_day_it_was_taken(desk):
    with on_day(D(2026, 11, 2)):
        app = received(desk, on=None)
    assert app.received_on == D(2026, 11, 2)
