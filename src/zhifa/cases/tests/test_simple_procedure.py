"""The 简易程序 (《行政处罚法》第五十一条、第五十二条): a warning or a small fine decided on the spot, filed with the
body, paid, closed. Above 200 元 for a person or 3 000 元 for an organisation, or any other kind of penalty, the
普通程序 applies and the on-the-spot decision is refused with nothing saved."""

from __future__ import annotations

from datetime import date as D
from decimal import Decimal

import pytest

from zhifa.cases.constants import PartyKind
from zhifa.cases.models import Case, CaseOfficer
from zhifa.cases.tests.factories import (
    PERSON_PARTY_ID,
    Walk,
    default_facts,
    make_team,
    org_party,
    person_party,
    step,
)
from zhifa.discretion.models import PartyViolation
from zhifa.discretion.selectors import party_key
from zhifa.discretion.tests.factories import penalty_matter
from zhifa.organisations.tests.factories import make_uscc


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


def on_spot(team, **kw) -> Case:
    facts = {**default_facts(team)["decide_on_spot"], "on": D(2026, 11, 16), **kw}
    return step(team.officer_user, None, "decide_on_spot", **facts)


def test_it_walks_the_simple_procedure(team):
    t = team
    w = Walk(t)
    w(t.officer_user, "decide_on_spot", "decided_on_spot", docs=["on_spot_decision"], starts=["filing_record"],
      on=D(2026, 11, 16), officer_ids=t.officer_ids, matter_id=t.matter.pk, title="占道经营案", party=person_party(),
      act_date=D(2026, 11, 16), act_place="测试区人民路", facts="当场查实占道经营", kinds=["fine"],
      fine_amount=Decimal("200"))  # fmt: skip
    case = w.case
    assert case.procedure == "penalty_simple"
    assert w.docs["on_spot_decision"].number == case.decision_number == "区市场监管局简罚〔2026〕1号"
    assert (case.registered_on, case.decided_on, case.served_on) == (D(2026, 11, 16),) * 3
    assert w.docs["on_spot_decision"].served_on == D(2026, 11, 16)  # handed over: the 一案一码 page lists it
    assert (case.fine_amount, case.decided_kinds, case.decision_outcome) == (
        Decimal("200"),
        ["fine"],
        "penalty",
    )
    assert w.deadline("filing_record").due_on == D(2026, 11, 18)  # 2 working days
    assert set(CaseOfficer.objects.filter(case=case).values_list("person_id", flat=True)) == set(
        t.officer_ids
    )
    violation = PartyViolation.objects.get(party_key=party_key(PERSON_PARTY_ID))
    assert (violation.reference, violation.party_type) == (case.decision_number, "person")

    w(
        t.officer_user,
        "file_record",
        "executing",
        met=["filing_record"],
        starts=["payment"],
        on=D(2026, 11, 17),
    )
    assert w.case.payment_due_on == w.deadline("payment").due_on == D(2026, 12, 1)  # 15 days from 16 November
    w(
        t.officer_user,
        "record_payment",
        "executing",
        on=D(2026, 11, 20),
        amount=Decimal("200"),
        receipt="NO.9",
    )
    w(t.officer_user, "complete_execution", "executed", met=["payment"], on=D(2026, 11, 20))
    w(t.head, "close", "closed", docs=["closing_report"], on=D(2026, 11, 21))
    assert (w.case.status, w.case.closed_on) == ("closed", D(2026, 11, 21))
    assert w.taken == {"decide_on_spot", "file_record", "record_payment", "complete_execution", "close"}


def test_it_refuses_a_fine_of_5000_on_an_organisation_and_saves_nothing(team, refused):
    with refused("PEN-004") as info:
        on_spot(team, party=org_party(), fine_amount=Decimal("5000"))
    assert "应当适用普通程序" in info.value.message and "3000" in info.value.message
    assert not Case.objects.exists()


@pytest.mark.parametrize(
    ("party", "fine", "allowed"),
    [
        ("person", "200", True),
        ("person", "201", False),
        ("organisation", "3000", True),
        ("organisation", "3000.01", False),
        ("individual_business", "200", True),  # parameter party.individual_business_type: a natural person
        ("individual_business", "201", False),
    ],
)
def test_it_limits_the_fine_by_party_type(team, refused, party, fine, allowed):
    parties = {
        "person": person_party(),
        "organisation": org_party(),
        "individual_business": org_party(
            kind=PartyKind.INDIVIDUAL_BUSINESS, name="某某小吃店", identifier=make_uscc(4343)
        ),
    }
    if allowed:
        case = on_spot(team, party=parties[party], fine_amount=Decimal(fine))
        assert case.state == "decided_on_spot" and case.fine_amount == Decimal(fine)
        return
    with refused("PEN-004"):
        on_spot(team, party=parties[party], fine_amount=Decimal(fine))


def test_it_allows_only_a_warning_or_a_fine(team, refused):
    with refused("PEN-004") as info:
        on_spot(team, kinds=["fine", "confiscate_gain"], fine_amount=Decimal("100"))
    assert "没收违法所得" in info.value.message
    with refused("PEN-004"):
        on_spot(team, kinds=["suspend_licence"], fine_amount=None)
    with refused("PEN-004"):  # a fine without an amount
        on_spot(team, kinds=["fine"], fine_amount=None)
    case = on_spot(team, kinds=["warning"], fine_amount=None)
    assert case.decided_kinds == ["warning"] and case.fine_amount is None


def test_it_closes_a_warning_without_payment(team):
    w = Walk(team, on_spot(team, kinds=["warning"], fine_amount=None))
    w(team.officer_user, "file_record", "executing", met=["filing_record"], on=D(2026, 11, 17))
    assert w.case.payment_due_on is None
    w(team.officer_user, "complete_execution", "executed", on=D(2026, 11, 17))
    w(team.head, "close", "closed", docs=["closing_report"], on=D(2026, 11, 18))


def test_it_records_a_fine_paid_on_the_spot(team, refused):
    w = Walk(team, on_spot(team, paid_on_spot=True, fine_amount=Decimal("150")))
    assert w.case.paid_amount == Decimal("150")
    w(team.officer_user, "file_record", "executing", met=["filing_record"], on=D(2026, 11, 17))
    assert w.case.payment_due_on is None and not w.case.deadlines.filter(kind="payment").exists()
    with refused("PEN-022", w.case):  # nothing left to pay
        step(
            team.officer_user, w.case, "record_payment", on=D(2026, 11, 17), amount=Decimal("1"), receipt="1"
        )
    w(team.officer_user, "complete_execution", "executed", on=D(2026, 11, 17))
    w(team.head, "close", "closed", docs=["closing_report"], on=D(2026, 11, 18))


def test_it_refuses_completion_while_the_fine_is_unpaid(team, refused):
    case = on_spot(team)
    step(team.officer_user, case, "file_record", on=D(2026, 11, 17))
    with refused("PEN-022", case):
        step(team.officer_user, case, "complete_execution", on=D(2026, 11, 17))
    with refused("PEN-029", case):  # no court enforcement in the simple table: a step out of its order
        step(team.head, case, "apply_court", on=D(2026, 11, 17))


def test_it_needs_two_officers_competence_and_time_on_the_spot(today, body_a, body_b, refused):
    team = make_team(body_a)
    with refused("PEN-001"):
        on_spot(team, officer_ids=[team.officers[0].pk])
    with refused("PEN-003"):
        on_spot(team, act_date=D(2024, 11, 1))  # more than two years before
    other = make_team(body_a, matter=penalty_matter(body_b, name="对生态环境违法行为的行政处罚"))
    with refused("PEN-002"):
        on_spot(other)
    assert not Case.objects.exists()


def test_it_numbers_on_spot_decisions_in_their_own_series(team):
    first = on_spot(team)
    second = on_spot(team, party=person_party(name="郑某", identifier=_other_id()))
    assert [first.decision_number, second.decision_number] == [
        "区市场监管局简罚〔2026〕1号",
        "区市场监管局简罚〔2026〕2号",
    ]


def _other_id() -> str:
    from zhifa.personnel.tests.factories import make_resident_id

    return make_resident_id(4343)
