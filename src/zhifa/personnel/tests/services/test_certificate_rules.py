"""Each rule guarding a certificate step refuses with its own code, names its source, and changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.core.models import AuditEvent, Parameter
from zhifa.organisations.tests.factories import OrganisationFactory
from zhifa.personnel.constants import AssessmentResult, CancelReason, StaffType
from zhifa.personnel.models import Certificate
from zhifa.personnel.services import assessment_record, certificate_apply, certificate_transition
from zhifa.personnel.tests.factories import (
    ALL_MATERIALS,
    AnnualAssessmentFactory,
    CertificateFactory,
    ExamResultFactory,
    PersonFactory,
    TrainingRecordFactory,
    issued_certificate,
    qualify,
)
from zhifa.personnel.workflow import CertState


@pytest.fixture
def person_a(today, body_a):
    """An officer of body A who meets every requirement."""
    person = PersonFactory(organisation=body_a, name="张三")
    qualify(person, today)
    return person


@pytest.fixture
def valid_cert(person_a):
    return CertificateFactory(valid=True, person=person_a)


@pytest.fixture
def step(today, supervisor):
    """``step(cert, action, **kw)``: one transition by the supervisor (unless ``by`` is given), today."""

    def run(cert, action, *, by=None, reason="测试理由", **kw):
        actor = actor_of(by or supervisor)
        return certificate_transition(
            by=actor, certificate=cert, action=action, reason=reason, today=today, **kw
        )

    return run


def _apply(by, person, materials=ALL_MATERIALS):
    return certificate_apply(by=actor_of(by), person=person, materials=list(materials))


# --- 申领 ---------------------------------------------------------------------------------------------------


def test_it_refuses_an_application_for_an_auxiliary(refused, head_a, body_a):
    auxiliary = PersonFactory(auxiliary=True, organisation=body_a, name="李辅警")
    with refused("CERT-001", auxiliary) as info:
        _apply(head_a, auxiliary)
    assert "李辅警是辅助人员" in info.value.message
    assert "第四十二条" in info.value.citation


def test_it_refuses_a_second_application(refused, head_a, person_a):
    first = _apply(head_a, person_a)
    with refused("CERT-002", first, person_a) as info:
        _apply(head_a, person_a)
    assert f"申请#{first.pk}" in info.value.message


def test_it_refuses_an_application_for_someone_who_left(refused, head_a, body_a):
    gone = PersonFactory(left=True, organisation=body_a)
    with refused("CERT-003", gone):
        _apply(head_a, gone)


def test_it_refuses_a_field_that_is_not_an_enforcement_field(refused, head_a, person_a):
    with refused("CERT-061", person_a) as info:
        certificate_apply(
            by=actor_of(head_a), person=person_a, materials=list(ALL_MATERIALS), domain="市场监管、食品"
        )
    assert "“食品”不是已登记的执法领域" in info.value.message
    assert not Certificate.objects.filter(person=person_a).exists()


def test_it_takes_the_body_s_field_or_several_named_fields(head_a, person_a):
    assert _apply(head_a, person_a).domain == "市场监管"
    other = PersonFactory(organisation=person_a.organisation, name="李四")
    qualify(other, date(2026, 11, 22))
    cert = certificate_apply(
        by=actor_of(head_a), person=other, materials=list(ALL_MATERIALS), domain="市场监管、卫生健康"
    )
    assert cert.domain == "市场监管、卫生健康"


def test_it_refuses_an_unknown_field_at_issue(refused, step, person_a):
    cert = CertificateFactory(person=person_a, state=CertState.APPROVED)
    with refused("CERT-061", cert):
        step(cert, "issue", domain="城管执法")


# --- 初审 (seed 000 §3: the street's 司法所 for street officers, the body for its own) ----------------------


def test_it_lets_the_streets_sifasuo_pre_review_a_street_officer(step, sifasuo_user, street_team):
    cert = CertificateFactory(person=PersonFactory(organisation=street_team))
    step(cert, "preliminary_approve", by=sifasuo_user)
    cert.refresh_from_db()
    assert cert.state == CertState.PRELIM_APPROVED
    assert cert.events.get().data == {"reviewer": "司法所"}


def test_it_refuses_a_street_team_head_pre_reviewing_a_street_officer(refused, step, street_team):
    cert = CertificateFactory(person=PersonFactory(organisation=street_team))
    team_head = UserFactory(head=True, organisation=street_team)
    with refused("CERT-010", cert) as info:
        step(cert, "preliminary_approve", by=team_head)
    assert "应由所在街道的司法所初审" in info.value.message


def test_it_refuses_another_body_head_pre_reviewing_a_street_officer(refused, step, head_a, street_team):
    # The street team lies outside body A's scope, so the refusal is "not found" before rule CERT-010.
    cert = CertificateFactory(person=PersonFactory(organisation=street_team))
    with refused("SCOPE-404", cert):
        step(cert, "preliminary_approve", by=head_a)


def test_it_refuses_a_sifasuo_pre_reviewing_a_district_body_officer(refused, step, sifasuo_user, valid_cert):
    # A district body lies outside every 司法所's scope: refused as "not found" (CERT-010 is never reached).
    cert = CertificateFactory(person=PersonFactory(organisation=valid_cert.organisation))
    with refused("SCOPE-404", cert):
        step(cert, "preliminary_approve", by=sifasuo_user)


def test_it_refuses_the_sifasuo_of_another_street(refused, step, street_team):
    cert = CertificateFactory(person=PersonFactory(organisation=street_team))
    other_office = UserFactory(justice_office=True)  # a 司法所 in a street of its own
    with refused("SCOPE-404", cert):
        step(cert, "preliminary_approve", by=other_office)


# --- 审核 by the 司法局 -------------------------------------------------------------------------------------


def test_it_refuses_approval_with_materials_missing(refused, step, person_a):
    cert = CertificateFactory(prelim_approved=True, person=person_a, materials=ALL_MATERIALS[:-1])
    with refused("CERT-011", cert) as info:
        step(cert, "approve")
    assert ALL_MATERIALS[-1] in info.value.message


def test_it_refuses_approval_for_an_ineligible_staff_type(refused, step, today, body_a):
    Parameter.objects.create(
        key="certificate.eligible_staff_types", value=["civil_servant"], source="测试本地规定"
    )
    person = PersonFactory(organisation=body_a, staff_type=StaffType.PUBLIC_INSTITUTION)
    qualify(person, today)
    cert = CertificateFactory(prelim_approved=True, person=person)
    with refused("CERT-012", cert) as info:
        step(cert, "approve")
    assert "事业编制人员" in info.value.message


def test_it_refuses_approval_without_a_passed_exam(refused, step, body_a):
    person = PersonFactory(organisation=body_a)
    ExamResultFactory(person=person, failed=True)
    TrainingRecordFactory(person=person)
    cert = CertificateFactory(prelim_approved=True, person=person)
    with refused("CERT-013", cert):
        step(cert, "approve")


def test_it_refuses_approval_with_too_few_training_hours(refused, step, today, body_a):
    person = PersonFactory(organisation=body_a)
    qualify(person, today, hours=30)
    cert = CertificateFactory(prelim_approved=True, person=person)
    with refused("CERT-014", cert) as info:
        step(cert, "approve")
    assert "30.0 学时" in info.value.message
    assert "60 学时" in info.value.message


def test_it_refuses_a_reused_number(refused, step, person_a, valid_cert):
    cert = CertificateFactory(approved=True, person=PersonFactory(organisation=person_a.organisation))
    with refused("CERT-060", cert):
        step(cert, "issue", number=valid_cert.number)


# --- reasons ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   "])
def test_it_refuses_a_step_without_a_reason(refused, step, today, valid_cert, reason):
    with refused("CERT-020", valid_cert):
        step(valid_cert, "suspend", reason=reason, until=today + timedelta(days=30))


# --- 年审 ---------------------------------------------------------------------------------------------------


def test_it_refuses_an_annual_review_under_the_yearly_hours(refused, step, today, body_a):
    person = PersonFactory(organisation=body_a)
    qualify(person, today, hours=40)
    cert = CertificateFactory(valid=True, person=person)
    with refused("CERT-021", cert) as info:
        step(cert, "annual_review")
    assert "2025年度培训 40.0 学时，低于 60 学时" in info.value.message


def test_it_passes_the_annual_review_when_the_parameter_is_lowered(step, today, body_a):
    person = PersonFactory(organisation=body_a)
    qualify(person, today, hours=40)
    cert = CertificateFactory(valid=True, person=person)
    Parameter.objects.create(
        key="training.annual_hours", value=40, source="本地通知：每年不少于40学时（测试）"
    )
    step(cert, "annual_review")
    cert.refresh_from_db()
    assert (cert.state, cert.last_annual_review_year) == (CertState.VALID, 2025)


def test_it_refuses_an_annual_review_after_a_failed_assessment(refused, step, valid_cert):
    AnnualAssessmentFactory(person=valid_cert.person, year=2025, failed=True)
    with refused("CERT-022", valid_cert) as info:
        step(valid_cert, "annual_review")
    assert "不合格" in info.value.message


def test_it_refuses_a_second_annual_review_for_the_same_year(refused, step, valid_cert):
    step(valid_cert, "annual_review")
    with refused("CERT-023", valid_cert):
        step(valid_cert, "annual_review")


def test_it_refuses_an_annual_review_of_an_expired_certificate(refused, step, person_a):
    cert = CertificateFactory(valid=True, person=person_a, valid_until=date(2026, 3, 1))
    with refused("CERT-024", cert):
        step(cert, "annual_review")


# --- 暂扣, 注销, 异动 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("days", [None, 0, -1, 366, 1000], ids=["no-period", "today", "past", "366", "1000"])
def test_it_refuses_a_suspension_without_a_proper_period(refused, step, today, valid_cert, days):
    until = None if days is None else today + timedelta(days=days)
    with refused("CERT-030", valid_cert):
        step(valid_cert, "suspend", until=until)


def test_it_suspends_for_up_to_the_configured_maximum(step, today, valid_cert):
    step(valid_cert, "suspend", until=today + timedelta(days=365))
    valid_cert.refresh_from_db()
    assert (valid_cert.state, valid_cert.suspended_until) == (
        CertState.SUSPENDED,
        today + timedelta(days=365),
    )


@pytest.mark.parametrize("cancel_reason", ["", "不想干了"], ids=["none", "not-a-reason"])
def test_it_refuses_a_cancellation_without_a_cancel_reason(refused, step, valid_cert, cancel_reason):
    with refused("CERT-040", valid_cert):
        step(valid_cert, "cancel", cancel_reason=cancel_reason)


def test_it_cancels_with_a_cancel_reason(step, valid_cert):
    step(valid_cert, "cancel", cancel_reason=CancelReason.RETIRED)
    valid_cert.refresh_from_db()
    assert valid_cert.state == CertState.CANCELLED
    assert valid_cert.events.get().data["cancel_reason_label"] == "退休"


@pytest.fixture
def transfer_targets(body_a, unit_a):
    return {
        "none": None,
        "same-body": body_a,
        "own-internal-unit": unit_a,
        "abolished-body": OrganisationFactory(abolished=True, name="已撤销的测试局"),
    }


@pytest.mark.parametrize("target", ["none", "same-body", "own-internal-unit", "abolished-body"])
def test_it_refuses_a_transfer_to_no_new_live_body(refused, step, valid_cert, transfer_targets, target):
    with refused("CERT-050", valid_cert, valid_cert.person):
        step(valid_cert, "transfer", to_organisation=transfer_targets[target])


def test_it_transfers_the_holder_and_keeps_the_number(step, valid_cert, body_b):
    number = valid_cert.number
    step(valid_cert, "transfer", to_organisation=body_b)
    valid_cert.refresh_from_db()
    assert (valid_cert.organisation, valid_cert.number) == (body_b, number)
    assert valid_cert.person.organisation == body_b


# --- 补发 ---------------------------------------------------------------------------------------------------


def test_it_reissues_a_lost_certificate_under_a_new_number(step, person_a):
    lost = CertificateFactory(lost=True, person=person_a)
    step(lost, "reissue")
    lost.refresh_from_db()
    new = Certificate.objects.get(replaces=lost)
    assert lost.state == CertState.REPLACED
    assert lost.get_state_display() == "已补发新证（原证作废）"
    assert new.state == CertState.VALID
    assert new.number and new.number != lost.number
    assert Certificate.objects.filter(number=new.number).count() == 1
    assert new.events.get().action == "reissued"
    assert lost.events.get().data["new_number"] == new.number


# --- 年度考核 (seed 003 二、1: 上年度考核不合格…证件予以暂扣) -----------------------------------------------


def test_it_suspends_a_valid_certificate_after_a_failed_assessment(today, head_a, supervisor, body_a):
    person = PersonFactory(organisation=body_a)
    cert = issued_certificate(person, supervisor, today=today)
    assessment_record(
        by=actor_of(head_a), person=person, year=2025, result=AssessmentResult.FAILED, today=today
    )
    cert.refresh_from_db()
    assert cert.state == CertState.SUSPENDED
    assert cert.suspended_until == today + timedelta(days=365)
    event = cert.events.order_by("-id").first()
    assert (event.action, event.reason) == ("suspend", "2025年度考核不合格")
    assert "年度考核不合格" in event.actor_label
    assert AuditEvent.objects.filter(action="certificate.suspend", object_id=str(cert.pk)).exists()


def test_it_leaves_the_certificate_alone_after_a_passed_assessment(today, head_a, valid_cert):
    assessment_record(
        by=actor_of(head_a),
        person=valid_cert.person,
        year=2025,
        result=AssessmentResult.COMPETENT,
        today=today,
    )
    valid_cert.refresh_from_db()
    assert valid_cert.state == CertState.VALID


# --- permissions --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["officer_a", "head_a"])
def test_it_refuses_a_suspension_by_someone_without_review_permission(
    refused, step, request, today, valid_cert, who
):
    user = request.getfixturevalue(who)
    with refused("AUTH-PERM", valid_cert) as info:
        step(valid_cert, "suspend", by=user, until=today + timedelta(days=30))
    assert info.value.status == 403


def test_it_refuses_a_review_start_date_in_the_future(head_a, person_a, today):
    from django.core.exceptions import ValidationError

    from zhifa.personnel.services import person_update

    with pytest.raises(ValidationError) as info:
        person_update(
            by=actor_of(head_a), person=person_a, data={"legal_review_since": today + timedelta(days=1)}
        )
    assert "不能晚于今天" in str(info.value)
    person_a.refresh_from_db()
    assert person_a.legal_review_since is None
