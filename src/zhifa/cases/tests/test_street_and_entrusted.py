"""Cases in another organisation's name: a street's own case handled by its 综合行政执法队 (赋权, 《行政处罚法》第二十四条),
and an entrusted organisation's case in the entrusting body's name (委托, 第二十条).

Each is opened by an officer of the organisation that does the work and taken through the real service: the
subject, the 承办单位, the certificates that count, the 文号, the documents, who sees the case and who reviews it
(including a reviewer of the 司法局 or the street's 司法所 assisting where the body has none).
"""

from datetime import date
from decimal import Decimal

import pytest

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.cases.constants import DecisionOutcome
from zhifa.cases.forms import matter_choices, people_choices, reviewer_choices
from zhifa.cases.rendering import render_docx, render_html, render_pdf
from zhifa.cases.selectors import case_for, case_list, review_queue
from zhifa.catalog.constants import StreetDelegation
from zhifa.core.exceptions import NotInScope
from zhifa.discretion.tests.factories import penalty_matter
from zhifa.organisations.constants import EntrustmentStatus
from zhifa.organisations.tests.factories import EntrustmentFactory, OrganisationFactory
from zhifa.personnel.tests.factories import PersonFactory

from .factories import all_findings, certified, clue, concluded, filed, make_team, notified, step, verified
from .test_rendering import docx_text, pdf_text

pytestmark = pytest.mark.django_db


def _delegate(matter, mode: str, *bodies, entrustment=None):
    version = matter.versions.get()
    version.street_delegation, version.entrustment = mode, entrustment
    version.save()
    version.bodies.add(*bodies)
    return matter


@pytest.fixture
def street(bureau):
    return OrganisationFactory(street=True, name="测试街道办事处", short_name="测试街道")


@pytest.fixture
def street_team(street, today):
    team_org = OrganisationFactory(street_team=True, street=street, name="测试街道综合行政执法队")
    matter = penalty_matter(name="对占道经营的行政处罚")
    _delegate(matter, StreetDelegation.DELEGATED, street)
    return make_team(team_org, matter=matter)


@pytest.fixture
def centre(body_a, today):
    """区粮食事务中心, entrusted by 区市场监管局 with one matter; its own people handle the cases."""
    org = OrganisationFactory(entrusted=True, name="测试区粮食事务中心", short_name="区粮食中心")
    entrustment = EntrustmentFactory(entrusting=body_a, entrusted=org, letter_number="测市监委〔2026〕1号")
    matter = penalty_matter(body_a, org, name="对粮食经营者未按规定建立台账的行政处罚")
    _delegate(matter, StreetDelegation.ENTRUSTED, entrustment=entrustment)
    return make_team(org, matter=matter)


# --- 赋权: the street's own case ----------------------------------------------------------------------------------


def test_a_street_team_opens_the_street_s_case_and_its_certificates_count(street_team, street):
    case = filed(street_team)

    assert (case.organisation, case.handled_by, case.entrustment) == (street, street_team.body, None)
    assert case.number.startswith(f"{street.region_code}-{street.pk}-2026-")
    filing = case.documents.get(kind="filing_approval")
    assert filing.number.startswith("测试街道")
    officers = case.steps.get(action="verify").officers
    assert [o["certificate"] != "" for o in officers] == [True, True]


def test_the_street_s_case_is_decided_in_the_street_s_name_and_the_team_is_named_as_its_officers(
    street_team, street
):
    case = notified(street_team)
    step(street_team.officer_user, case, "waive", on=date(2026, 9, 23), reason="当事人书面放弃")
    case = step(street_team.head, case, "decide", on=date(2026, 9, 24), outcome=DecisionOutcome.PENALTY,
                kinds=["fine"], fine_amount=Decimal("8000"))  # fmt: skip

    decision = case.documents.get(kind="penalty_decision")
    assert decision.number.startswith("测试街道") and decision.data["body"] == "测试街道办事处"
    inquiry = case.documents.get(kind="inquiry_record")
    assert "我们是测试街道综合行政执法队的执法人员" in render_html(inquiry)


def test_a_matter_not_delegated_to_the_street_is_refused_to_its_team(street, bureau, today, refused):
    team_org = OrganisationFactory(street_team=True, street=street)
    team = make_team(team_org, matter=penalty_matter(OrganisationFactory(), name="对无证排污的行政处罚"))
    case = verified(team)

    with refused("PEN-002", case) as info:
        step(team.head, case, "file", on=date(2026, 9, 14), lead_officer_id=team.officers[0].pk,
             assistant_officer_ids=[team.officers[1].pk])  # fmt: skip
    assert "执法事项清单中没有“对无证排污的行政处罚”" in info.value.message


def test_the_street_s_case_is_seen_by_the_team_and_not_by_another_body(street_team, body_a, today):
    case = clue(street_team)
    outsider = UserFactory(officer=True, organisation=body_a)

    assert case_for(actor_of(street_team.officer_user), case.pk) == case
    assert case in case_list(actor=actor_of(street_team.officer_user))
    with pytest.raises(NotInScope):
        case_for(actor_of(outsider), case.pk)


def test_a_team_officer_is_offered_the_street_s_delegated_matters_and_the_team_s_people(street_team):
    actor = actor_of(street_team.officer_user)
    assert (street_team.matter.pk, "对占道经营的行政处罚") in matter_choices(actor)
    case = clue(street_team)
    names = {label.split("（")[0] for _, label in people_choices(case, actor)}
    assert {"张执法", "李执法", "王执法"} <= names


def test_the_street_s_own_justice_office_may_review_when_street_and_team_have_no_reviewer(
    street, bureau, today
):
    team_org = OrganisationFactory(street_team=True, street=street)
    matter = _delegate(penalty_matter(name="对乱张贴的行政处罚"), StreetDelegation.DELEGATED, street)
    team = make_team(team_org, matter=matter)
    team.reviewer_person.organisation = OrganisationFactory(justice_office=True, street=street)
    team.reviewer_person.save()
    case = notified(team)
    step(team.officer_user, case, "waive", on=date(2026, 9, 23), reason="当事人书面放弃")

    case = step(team.head, case, "send_review", on=date(2026, 9, 24), reviewer_id=team.reviewer_person.pk)

    assert case.state == "legal_review"
    assert case.reviews.get().reviewer == team.reviewer_person


# --- 委托: the entrusting body's case, handled by the entrusted organisation ---------------------------------------


def test_an_entrusted_case_is_in_the_entrusting_body_s_name_under_the_entrustment(centre, body_a):
    case = concluded(centre)

    assert (case.organisation, case.handled_by) == (body_a, centre.body)
    assert case.entrustment.letter_number == "测市监委〔2026〕1号"
    assert case.number.startswith(f"{body_a.region_code}-{body_a.pk}-2026-")
    filing = case.documents.get(kind="filing_approval")
    assert filing.number.startswith("区市场监管局")
    line = "本案由测试区粮食事务中心受测试区市场监督管理局委托（委托书测市监委〔2026〕1号）"
    assert line in pdf_text(render_pdf(filing)) and line in docx_text(render_docx(filing))
    inquiry = case.documents.get(kind="inquiry_record")
    assert "我们是测试区粮食事务中心（受测试区市场监督管理局委托）的执法人员" in render_html(inquiry)


def test_the_entrusting_body_sees_the_entrusted_case(centre, body_a, today):
    case = clue(centre)
    supervisor_of_it = UserFactory(officer=True, organisation=body_a)
    assert case_for(actor_of(supervisor_of_it), case.pk) == case


def test_filing_after_the_entrustment_ended_is_refused(centre, refused):
    case = verified(centre)
    entrustment = case.entrustment
    entrustment.status, entrustment.terminated_on = EntrustmentStatus.TERMINATED, date(2026, 9, 12)
    entrustment.termination_reason = "委托机关收回"
    entrustment.save()

    with refused("PEN-002", case) as info:
        step(centre.head, case, "file", on=date(2026, 9, 14), lead_officer_id=centre.officers[0].pk,
             assistant_officer_ids=[centre.officers[1].pk])  # fmt: skip
    assert "已于2026-09-12终止" in info.value.message
    assert "第二十条" in info.value.citation


def test_a_decision_after_the_entrustment_expired_is_refused(centre, refused):
    case = notified(centre)
    step(centre.officer_user, case, "waive", on=date(2026, 9, 23), reason="当事人书面放弃")
    case.entrustment.valid_until = date(2026, 9, 30)
    case.entrustment.save()

    with refused("PEN-002", case) as info:
        step(centre.head, case, "decide", on=date(2026, 10, 9), outcome=DecisionOutcome.PENALTY, kinds=["fine"],
             fine_amount=Decimal("8000"))  # fmt: skip
    assert "期限为2026-01-01至2026-09-30" in info.value.message


def test_officers_of_neither_the_body_nor_the_entrusted_organisation_do_not_count(centre, refused, today):
    stranger = certified(OrganisationFactory(name="测试区城管局"), "陈某")
    case = clue(centre)

    with refused("PEN-001", case) as info:
        step(centre.officer_user, case, "verify", on=date(2026, 9, 11), officer_ids=[centre.officers[0].pk, stranger.pk],
             finding="核查属实", act_date=date(2026, 9, 1), act_place="测试区示范路1号")  # fmt: skip
    assert "陈某没有测试区市场监督管理局或测试区粮食事务中心的行政执法证" in info.value.message


def test_an_entrusted_case_is_reviewed_by_the_entrusting_body_s_reviewer(centre, body_a, refused):
    own_reviewer = PersonFactory(organisation=body_a, name="郑法审", has_legal_qualification=True)
    UserFactory(legal_reviewer=True, organisation=body_a, person=own_reviewer)
    case = notified(centre)
    step(centre.officer_user, case, "waive", on=date(2026, 9, 23), reason="当事人书面放弃")

    assert [label.split("（")[0] for _, label in reviewer_choices(case)] == ["郑法审"]
    with refused("PEN-012", case) as info:
        step(centre.head, case, "send_review", on=date(2026, 9, 24), reviewer_id=centre.reviewer_person.pk)
    assert "测试区市场监督管理局有本机关的法制审核人员" in info.value.message

    case = step(centre.head, case, "send_review", on=date(2026, 9, 24), reviewer_id=own_reviewer.pk)
    assert case.reviews.get().reviewer == own_reviewer


# --- an assisting reviewer sees the case assigned to them --------------------------------------------------------


def test_a_reviewer_of_the_justice_bureau_reviews_for_a_body_without_one(body_a, bureau, today):
    team = make_team(body_a)
    team.reviewer_person.organisation = OrganisationFactory(
        name="测试区另一局"
    )  # the body's reviewer has left
    team.reviewer_person.save()
    assisting = PersonFactory(organisation=bureau, name="冯法审", has_legal_qualification=True)
    assisting_user = UserFactory(legal_reviewer=True, organisation=bureau, person=assisting)
    case = notified(team)
    step(team.officer_user, case, "waive", on=date(2026, 9, 23), reason="当事人书面放弃")
    assert [label.split("（")[0] for _, label in reviewer_choices(case)] == ["冯法审"]
    step(team.officer_user, case, "send_review", on=date(2026, 9, 24), reviewer_id=assisting.pk)

    actor = actor_of(assisting_user)
    assert [r.case for r in review_queue(actor)] == [case] and case_for(actor, case.pk) == case
    case = step(
        assisting_user, case, "review_agree", on=date(2026, 9, 25), findings=all_findings(), reason="同意"
    )
    assert case.state == "review_agreed"
    with pytest.raises(NotInScope):  # only the case assigned to them
        case_for(actor, clue(team).pk)
