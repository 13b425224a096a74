"""The 普通程序 (《行政处罚法》第五章第三节) through the one write path, ``case_step``.

Three parts: walks that take every step of the table ``workflow.GENERAL`` and check what each step leaves behind
(state, history row, documents with their 文号, deadlines started and met, the audit event); the table walk, which
forces a case into every state and checks that every step the table does not list there is refused with the
procedure's state rule and changes nothing; and one test per guard, each refused with its rule code and leaving
the case exactly as it was.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine

from zhifa.accounts.constants import Perm
from zhifa.accounts.tests.factories import UserFactory
from zhifa.cases import facts as F
from zhifa.cases.constants import DecisionOutcome, Finding, PartyKind
from zhifa.cases.guards import outstanding
from zhifa.cases.models import Case, Document, Hearing, LegalReview, Party
from zhifa.cases.tests.factories import (
    ORG_PARTY_USCC,
    PERSON_PARTY_ID,
    Walk,
    all_findings,
    clue,
    default_facts,
    filed,
    force_state,
    make_team,
    notified,
    org_party,
    person_party,
    reviewed,
    step,
    verified,
)
from zhifa.cases.workflow import GENERAL, SIMPLE, PenaltyState, SimpleState
from zhifa.catalog.constants import MatterKind
from zhifa.discretion.models import PartyViolation
from zhifa.discretion.selectors import party_key
from zhifa.discretion.tests.factories import filed_benchmark, penalty_matter
from zhifa.organisations.tests.factories import make_uscc
from zhifa.personnel.services import certificate_transition
from zhifa.personnel.tests.factories import (
    CertificateFactory,
    PersonFactory,
    issued_certificate,
    wrong_check_digit,
)

BEIJING = ZoneInfo("Asia/Shanghai")
D = date


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


def _review(opinion: str = "agree", **kw) -> dict:
    findings = all_findings()
    if opinion != "agree":
        findings[2] = {"item": "facts", "finding": Finding.FAIL, "note": "违法所得计算依据不足"}
    return {"findings": findings, "reason": "逐项审核意见", **kw}


DISCUSSION = {"chair": "赵局长", "participants": ["赵局长", "钱副局长", "孙副局长"], "opinions": "一致同意",
              "conclusion": "按拟处理意见决定"}  # fmt: skip


# --- the walks ----------------------------------------------------------------------------------------------------


def walk_heard_and_enforced(team) -> Walk:
    """A large fine on a company: investigation with evidence preservation, audit returned once, notice with the
    right to a hearing, statement, hearing, three legal reviews (纠正, 移送, 同意 after an extension), collective
    discussion, decision, service, deferred payment, court enforcement, payment with surcharge, closing."""
    t, w = team, Walk(team)
    ids = t.officer_ids
    w(t.officer_user, "register_clue", "clue", docs=["clue_register"], on=D(2026, 9, 10), matter_id=t.matter.pk,
      title="未按规定公示信息案", origin="inspection", clue="日常检查发现未公示")  # fmt: skip
    w(t.officer_user, "verify", "verified", on=D(2026, 9, 11), officer_ids=ids, finding="核查属实",
      act_date=D(2026, 9, 1), act_place="测试区示范路1号", party=org_party())  # fmt: skip
    w(t.head, "file", "investigating", docs=["filing_approval"], starts=["decision"], on=D(2026, 9, 14),
      lead_officer_id=ids[0], assistant_officer_ids=[ids[1]])  # fmt: skip
    assert w.docs["filing_approval"].number == "区市场监管局立〔2026〕1号"
    assert w.deadline("decision").due_on == w.case.due_on == D(2026, 12, 14)  # 13 December is a Sunday
    assert set(w.case.officers.values_list("person_id", "role")) == {(ids[0], "lead"), (ids[1], "assistant")}
    w(t.officer_user, "inquire", "investigating", docs=["inquiry_record"], on=D(2026, 9, 15), officer_ids=ids,
      person_inquired="周经理", summary="当事人承认未公示")  # fmt: skip
    w(t.officer_user, "inspect_site", "investigating", docs=["inspection_record"], on=D(2026, 9, 15),
      officer_ids=ids, place="测试区示范路1号", summary="现场未见公示")  # fmt: skip
    w(t.head, "preserve", "investigating", docs=["preservation_notice"], starts=["preservation"],
      on=D(2026, 9, 16), officer_ids=ids, items="账簿一册", reason="证据可能灭失")  # fmt: skip
    # 7 working days: Sunday 20 September is a 调休 working day (National Day), 19 September is not.
    assert w.deadline("preservation").due_on == D(2026, 9, 24)
    proposal = {"facts": "当事人未按规定公示信息。", "outcome": "penalty", "kinds": ["fine"],
                "fine_amount": Decimal("200000")}  # fmt: skip
    w(t.head, "handle_preserved", "investigating", met=["preservation"], on=D(2026, 9, 17),
      measure="record_return", reason="账簿已复制，退还当事人")  # fmt: skip
    w(t.officer_user, "conclude", "case_review", docs=["investigation_report"], on=D(2026, 9, 17), **proposal)
    assert w.case.proposal["hearing_grounds"] and w.case.is_major
    w(t.reviewer, "audit_return", "investigating", docs=["case_audit"], on=D(2026, 9, 18), reason="补充证据")
    w(t.officer_user, "conclude", "case_review", docs=["investigation_report"], on=D(2026, 9, 21), **proposal)
    w(t.reviewer, "audit_pass", "reviewed", docs=["case_audit"], on=D(2026, 9, 22), reason="事实清楚")
    w(t.officer_user, "notify", "notified", docs=["prior_notice", "hearing_rights"], starts=["statement"],
      on=D(2026, 9, 24))  # fmt: skip
    assert w.docs["prior_notice"].number == "区市场监管局告〔2026〕1号"
    assert w.docs["hearing_rights"].number == "区市场监管局听告〔2026〕1号"
    # 5 working days over 中秋 (25–27 September) and National Day (1–7 October): 28, 29, 30 September, 8, 9 October.
    assert w.deadline("statement").due_on == D(2026, 10, 9)
    assert w.case.hearing_offered and w.case.notified_on == D(2026, 9, 24)
    w(t.officer_user, "record_statement", "notified", docs=["statement_record"], on=D(2026, 9, 28),
      statement="当事人称已改正", adopted=False, review_note="复核后不予采纳")  # fmt: skip
    w(t.officer_user, "request_hearing", "hearing", met=["statement"], on=D(2026, 9, 29))
    w(t.head, "schedule_hearing", "hearing", docs=["hearing_notice"], on=D(2026, 9, 30), chair_id=t.chair.pk,
      notice_served_on=D(2026, 9, 30), scheduled_on=D(2026, 10, 15), place="第一听证室")  # fmt: skip
    w(t.officer_user, "hold_hearing", "heard", docs=["hearing_record"], on=D(2026, 10, 15), record="听证笔录")
    hearing = Hearing.objects.get(case=w.case)
    assert (hearing.chair_id, hearing.held_on, hearing.requested_on) == (
        t.chair.pk,
        D(2026, 10, 15),
        D(2026, 9, 29),
    )
    assert "经过听证程序（第五十八条第一款第（二）项）" in w.case.major_reasons

    reviewer = t.reviewer_person.pk
    w(
        t.officer_user,
        "send_review",
        "legal_review",
        starts=["legal_review"],
        on=D(2026, 10, 16),
        reviewer_id=reviewer,
    )
    assert w.deadline("legal_review").due_on == D(2026, 10, 27)
    w(t.reviewer, "review_correct", "investigating", docs=["legal_review"], met=["legal_review"],
      on=D(2026, 10, 19), **_review("correct"))  # fmt: skip
    assert w.docs["legal_review"].number == "区市场监管局法审〔2026〕1号"
    w(
        t.officer_user,
        "conclude",
        "case_review",
        docs=["investigation_report"],
        on=D(2026, 10, 20),
        **proposal,
    )
    w(t.reviewer, "audit_pass", "reviewed", docs=["case_audit"], on=D(2026, 10, 20))
    w(
        t.officer_user,
        "send_review",
        "legal_review",
        starts=["legal_review"],
        on=D(2026, 10, 21),
        reviewer_id=reviewer,
    )
    w(t.reviewer, "review_transfer", "investigating", docs=["legal_review"], met=["legal_review"],
      on=D(2026, 10, 22), **_review("transfer"))  # fmt: skip
    w(
        t.officer_user,
        "conclude",
        "case_review",
        docs=["investigation_report"],
        on=D(2026, 10, 23),
        **proposal,
    )
    w(t.reviewer, "audit_pass", "reviewed", docs=["case_audit"], on=D(2026, 10, 23))
    w(
        t.officer_user,
        "send_review",
        "legal_review",
        starts=["legal_review"],
        on=D(2026, 10, 26),
        reviewer_id=reviewer,
    )
    assert w.deadline("legal_review").due_on == D(2026, 11, 4)
    w(t.reviewer, "extend_review", "legal_review", on=D(2026, 10, 27), reason="案情复杂")
    review = LegalReview.objects.filter(case=w.case).order_by("-id").first()
    assert review.extended and review.due_on == D(2026, 11, 9)  # 3 more working days: 5, 6, 9 November
    assert w.deadline("legal_review").due_on == D(
        2026, 11, 9
    )  # the deadline the workbench shows moves with it
    w(t.reviewer, "review_agree", "review_agreed", docs=["legal_review"], met=["legal_review"],
      on=D(2026, 10, 28), **_review())  # fmt: skip
    assert list(LegalReview.objects.filter(case=w.case).order_by("id").values_list("opinion", flat=True)) == [
        "correct", "transfer", "agree"]  # fmt: skip
    assert w.docs["legal_review"].number == "区市场监管局法审〔2026〕3号"
    w(t.head, "discuss", "review_agreed", docs=["discussion_record"], on=D(2026, 10, 29), **DISCUSSION)

    w(t.head, "decide", "decided", docs=["penalty_decision", "credit_repair_notice"], starts=["service"],
      met=["decision"], on=D(2026, 10, 30), outcome="penalty", kinds=["fine"], fine_amount=Decimal("200000"))  # fmt: skip
    case = w.case
    assert w.docs["penalty_decision"].number == case.decision_number == "区市场监管局罚〔2026〕1号"
    assert w.docs["credit_repair_notice"].number == "区市场监管局信修〔2026〕1号"
    assert (case.decided_on, case.fine_amount, case.decided_kinds) == (
        D(2026, 10, 30),
        Decimal("200000"),
        ["fine"],
    )
    assert w.deadline("service").due_on == D(2026, 11, 10)  # 7 working days
    assert PartyViolation.objects.filter(
        party_key=party_key(ORG_PARTY_USCC), reference=case.decision_number
    ).exists()

    w(t.officer_user, "serve", "executing", docs=["service_receipt"], starts=["payment"], met=["service"],
      on=D(2026, 11, 2), recipient="周经理")  # fmt: skip
    assert w.case.payment_due_on == w.deadline("payment").due_on == D(2026, 11, 17)  # 15 days
    assert set(w.case.documents.filter(served_on=D(2026, 11, 2)).values_list("kind", flat=True)) == {
        "penalty_decision", "credit_repair_notice"}  # fmt: skip
    w(
        t.head,
        "defer_payment",
        "executing",
        docs=["payment_deferral"],
        on=D(2026, 11, 3),
        new_due_on=D(2026, 11, 18),
    )
    assert w.case.payment_due_on == w.deadline("payment").due_on == D(2026, 11, 18)
    w(
        t.officer_user,
        "record_payment",
        "executing",
        on=D(2026, 11, 4),
        amount=Decimal("100000"),
        receipt="NO.1",
    )
    w(t.head, "apply_court", "court_enforcement", docs=["enforcement_application"], on=D(2026, 11, 20))
    # 3 days late on 21 November: 3 % × 3 × 200 000 = 18 000 surcharge, 100 000 of the fine still owed.
    w(t.officer_user, "record_payment", "court_enforcement", on=D(2026, 11, 21), amount=Decimal("118000"),
      receipt="NO.2")  # fmt: skip
    assert w.row.data["outstanding_after"] == "0.00"
    w(t.officer_user, "complete_execution", "executed", met=["payment"], on=D(2026, 11, 21))
    w(t.head, "close", "closed", docs=["closing_report"], on=D(2026, 11, 22))
    assert (w.case.status, w.case.closed_on, w.case.paid_amount) == (
        "closed",
        D(2026, 11, 22),
        Decimal("218000"),
    )
    return w


def walk_waived_and_paid(team) -> Walk:
    """A small fine: the party waives its rights, the head discusses and decides at once, the fine is paid."""
    t = team
    w = Walk(t, notified(t))
    w(t.head, "discuss", "notified", docs=["discussion_record"], on=D(2026, 9, 23), **DISCUSSION)
    w(t.officer_user, "waive", "notified", met=["statement"], on=D(2026, 9, 23), reason="当事人书面放弃")
    assert w.case.rights_waived
    w(t.head, "decide", "decided", docs=["penalty_decision", "credit_repair_notice"], starts=["service"],
      met=["decision"], on=D(2026, 9, 23), outcome="penalty", kinds=["fine"], fine_amount=Decimal("8000"))  # fmt: skip
    w(t.officer_user, "serve", "executing", docs=["service_receipt"], starts=["payment"], met=["service"],
      on=D(2026, 9, 24), recipient="周经理")  # fmt: skip
    assert w.case.payment_due_on == D(2026, 10, 9)  # 15 days end on 9 October, a working day
    w(
        t.officer_user,
        "record_payment",
        "executing",
        on=D(2026, 9, 28),
        amount=Decimal("8000"),
        receipt="NO.3",
    )
    w(t.officer_user, "complete_execution", "executed", met=["payment"], on=D(2026, 9, 28))
    w(t.head, "close", "closed", docs=["closing_report"], on=D(2026, 9, 29))
    return w


def walk_decided_then_annulled(team) -> Walk:
    """The decision is revoked on 行政复议 while the fine is unpaid: the case ends as 已撤销 and the payment
    deadline ends (recorded as met on that day, as every stopped deadline is; its publication is withdrawn:
    see publicity's tests)."""
    t = team
    w = Walk(t, notified(t))
    w(t.officer_user, "waive", "notified", met=["statement"], on=D(2026, 9, 23), reason="当事人书面放弃")
    w(t.head, "decide", "decided", docs=["penalty_decision", "credit_repair_notice"], starts=["service"],
      met=["decision"], on=D(2026, 9, 23), outcome="penalty", kinds=["fine"], fine_amount=Decimal("8000"))  # fmt: skip
    w(t.officer_user, "serve", "executing", docs=["service_receipt"], starts=["payment"], met=["service"],
      on=D(2026, 9, 24), recipient="周经理")  # fmt: skip
    w(t.head, "annul_decision", "annulled", met=["payment"], on=D(2026, 10, 20), ground="revoked",
      authority="测试区人民政府", document="测政复决字〔2026〕3号", reason="认定事实不清，复议决定撤销")  # fmt: skip
    return w


def walk_declined(team) -> Walk:
    t = team
    w = Walk(t, clue(t))
    w(t.head, "decline", "not_filed", docs=["not_filed"], on=D(2026, 9, 11), reason="不属于本机关管辖")
    assert (w.case.status, w.case.closed_on) == ("closed", D(2026, 9, 11))
    w2 = Walk(t, verified(t))
    w2(t.head, "decline", "not_filed", docs=["not_filed"], on=D(2026, 9, 12), reason="违法行为轻微并及时改正")
    w.taken |= w2.taken
    return w


def walk_suspended_extended_revoked(team) -> Walk:
    t = team
    w = Walk(t, filed(t))
    ids = t.officer_ids
    w(
        t.head,
        "suspend",
        "suspended",
        docs=["suspension_approval"],
        on=D(2026, 9, 20),
        reason="当事人下落不明",
    )
    assert (
        w.case.state_before_suspension == "investigating" and w.case.due_on is None
    )  # the clock stands still
    w(t.head, "resume", "investigating", on=D(2026, 10, 5), reason="已找到当事人")
    # 15 days suspended: 14 September + 105 days = 28 December.
    assert w.case.due_on == w.deadline("decision").due_on == D(2026, 12, 28)
    w(t.head, "extend", "investigating", docs=["extension_approval"], on=D(2026, 10, 6), reason="案情复杂")
    assert w.case.due_on == w.deadline("decision").due_on == D(2027, 1, 27)  # + 30 days
    w(t.head, "assign_officer", "investigating", on=D(2026, 10, 8), person_id=t.officers[2].pk)
    w(t.head, "recuse", "investigating", on=D(2026, 10, 9), person_id=ids[1], reason="与当事人有利害关系")
    assert w.case.officers.get(person_id=ids[1]).recused_on == D(2026, 10, 9)
    w(t.head, "revoke_filing", "revoked", docs=["revocation"], cancelled=["decision"], on=D(2026, 10, 12),
      reason="违法事实不能成立")  # fmt: skip
    assert w.case.status == "closed"
    return w


def walk_transferred(team) -> Walk:
    """两法衔接 (国务院令310): 移送报告 → 不批准 / 批准 → 24小时内移交 → 公安机关立案 → 三日内移交涉案物品 → 结案;
    不予立案 → 依法处理 (the days with the police do not count); 不予立案 → 提请复议 → 维持 → 建议立案监督 → 立案."""
    t = team
    ids = t.officer_ids
    w = Walk(t, filed(t))
    w(t.officer_user, "propose_transfer", "investigating", starts=["transfer_decision"], on=D(2026, 9, 17),
      officer_ids=ids, police_authority="测试区公安分局", reason="销售金额达到刑事立案标准", items="账簿一册")  # fmt: skip
    assert w.deadline("transfer_decision").due_on == D(
        2026, 9, 20
    )  # 3 days end on Sunday 20 September, a 调休 working day
    w(t.head, "decline_transfer", "investigating", met=["transfer_decision"], on=D(2026, 9, 17),
      reason="证据尚不足以证明达到立案标准，补充调查")  # fmt: skip
    w(t.officer_user, "propose_transfer", "investigating", starts=["transfer_decision"], on=D(2026, 9, 18),
      officer_ids=ids, police_authority="测试区公安分局", reason="补充调查后达到刑事立案标准", items="账簿一册")  # fmt: skip
    w(t.head, "transfer", "transfer_approved", docs=["transfer_letter"], starts=["handover"],
      met=["transfer_decision"], on=D(2026, 9, 18), reason="同意移送")  # fmt: skip
    letter = w.docs["transfer_letter"].data
    assert letter["facts_entered"]["police_authority"] == "测试区公安分局" and letter["items"] == "账簿一册"
    assert w.deadline("handover").due_on == D(2026, 9, 19)  # 24 hours, a Saturday or not
    w(t.officer_user, "hand_over", "transferred", met=["handover"], starts=["police_filing"], on=D(2026, 9, 19),
      receipt="测试区公安分局王警官签收，回执1号")  # fmt: skip
    assert w.deadline("police_filing").due_on == D(2026, 9, 22)  # 3 days from the police's receipt
    w(t.officer_user, "police_filed", "transferred", met=["police_filing"], starts=["items_handover"],
      on=D(2026, 9, 21), reference="公立1号")  # fmt: skip
    assert w.deadline("items_handover").due_on == D(2026, 9, 24)
    w(t.officer_user, "hand_over_items", "transferred", met=["items_handover"], on=D(2026, 9, 22),
      receipt="涉案物品移交清单回执1号")  # fmt: skip
    w(t.head, "close", "closed", docs=["closing_report"], cancelled=["decision"], on=D(2026, 9, 23))

    w2 = Walk(t, filed(t, party=org_party(name="另一贸易有限公司", identifier=_uscc(77))))
    _to_police(t, w2, ids, on=D(2026, 9, 18))
    w2(t.officer_user, "police_declined", "police_declined", met=["police_filing"], starts=["objection"],
       on=D(2026, 9, 25), reference="公不立1号")  # fmt: skip
    assert w2.deadline("objection").due_on == D(2026, 9, 28)  # 3 days end on Sunday 27 September: Monday
    w2(
        t.head,
        "resume_administrative",
        "investigating",
        met=["objection"],
        on=D(2026, 9, 28),
        reason="依法处理",
    )
    # The 10 days with the police do not count: 14 September + 100 days = 23 December.
    assert w2.case.due_on == w2.deadline("decision").due_on == D(2026, 12, 23)

    w3 = Walk(t, filed(t, party=org_party(name="第三贸易有限公司", identifier=_uscc(78))))
    _to_police(t, w3, ids, on=D(2026, 9, 18))
    w3(t.officer_user, "police_declined", "police_declined", met=["police_filing"], starts=["objection"],
       on=D(2026, 9, 21), reference="公不立2号")  # fmt: skip
    w3(t.head, "request_reconsideration", "transferred", met=["objection"], starts=["police_review"],
       on=D(2026, 9, 22), reason="销售金额已达立案追诉标准")  # fmt: skip
    assert w3.deadline("police_review").due_on == D(2026, 9, 28)  # ends on 25 September, 中秋节: Monday 28th
    w3(t.officer_user, "police_declined", "police_declined", met=["police_review"], starts=["objection"],
       on=D(2026, 9, 24), reference="公复2号")  # fmt: skip
    w3(t.head, "request_supervision", "transferred", met=["objection"], on=D(2026, 9, 25),
       reason="复议决定维持不予立案，仍有异议", procuratorate="测试区人民检察院")  # fmt: skip
    w3(
        t.officer_user, "police_filed", "transferred", on=D(2026, 10, 12), reference="公立3号"
    )  # no items listed
    w.taken |= w2.taken | w3.taken
    return w


def _to_police(t, w: Walk, ids, *, on) -> None:
    w(t.officer_user, "propose_transfer", "investigating", starts=["transfer_decision"], on=on, officer_ids=ids,
      police_authority="测试区公安分局", reason="涉嫌犯罪")  # fmt: skip
    w(t.head, "transfer", "transfer_approved", docs=["transfer_letter"], starts=["handover"], met=["transfer_decision"],
      on=on)  # fmt: skip
    w(t.officer_user, "hand_over", "transferred", met=["handover"], starts=["police_filing"], on=on,
      receipt="测试区公安分局签收")  # fmt: skip


def _uscc(n: int) -> str:
    return make_uscc(n)


WALKS = (walk_heard_and_enforced, walk_waived_and_paid, walk_decided_then_annulled, walk_declined,
         walk_suspended_extended_revoked, walk_transferred)  # fmt: skip


@pytest.mark.parametrize("walk", WALKS, ids=lambda w: w.__name__)
def test_it_walks_the_general_procedure(team, walk):
    walk(team)


def test_it_takes_every_step_of_the_general_procedure(today, body_a):
    taken = set()
    for walk in WALKS:
        taken |= walk(make_team(body_a)).taken
    assert taken == set(GENERAL.by_action)


def test_it_keeps_one_series_of_document_numbers_per_body(team, body_b):
    walk_waived_and_paid(team)
    second = walk_waived_and_paid(make_team(team.body))
    assert second.case.decision_number == "区市场监管局罚〔2026〕2号"
    other = walk_waived_and_paid(make_team(body_b))
    assert other.case.decision_number == f"{body_b.short_name or body_b.name}罚〔2026〕1号"
    assert Document.objects.exclude(number="").values("number").distinct().count() == (
        Document.objects.exclude(number="").count()
    )


# --- the table walk ---------------------------------------------------------------------------------------------


def _user_for(team, perm: str):
    return {
        Perm.CASE_HANDLE: team.officer_user,
        Perm.CASE_APPROVE: team.head,
        Perm.CASE_REVIEW: team.reviewer,
    }[perm]


ALL_ACTIONS = sorted(F.FACTS_BY_ACTION)


@pytest.mark.parametrize("state", PenaltyState.values)
def test_it_refuses_every_step_the_general_table_does_not_list(team, refused, state):
    case = force_state(filed(team), state)
    allowed = {s.action for s in GENERAL.steps_from(state)}
    facts = default_facts(team)
    for action in ALL_ACTIONS:
        if action in allowed:
            continue
        known = GENERAL.step(action)
        user = _user_for(team, known.perm) if known else team.officer_user
        with refused("PEN-000", case) as info:
            step(user, case, action, **facts[action])
        assert f"当前环节为“{GENERAL.state_label(state)}”" in info.value.message
    assert Case.objects.get(pk=case.pk).state == state


@pytest.mark.parametrize("state", SimpleState.values)
def test_it_refuses_every_step_the_simple_table_does_not_list(team, refused, state):
    case = force_state(step(team.officer_user, None, "decide_on_spot", on=D(2026, 11, 20),
                            **{**default_facts(team)["decide_on_spot"], "fine_amount": Decimal("50")}), state)  # fmt: skip
    allowed = {s.action for s in SIMPLE.steps_from(state)}
    facts = default_facts(team)
    for action in ALL_ACTIONS:
        if action in allowed:
            continue
        known = SIMPLE.step(action)
        user = _user_for(team, known.perm) if known else team.officer_user
        with refused("PEN-029", case):
            step(user, case, action, **facts[action])


@pytest.mark.parametrize("action", [s.action for s in GENERAL.steps])
def test_it_refuses_a_step_to_a_user_without_its_permission(team, refused, action):
    known = GENERAL.step(action)
    # 执法人员 lacks 审批 and 审核, 法制审核人员 lacks 承办 and 审批, 机关负责人 lacks 审核.
    user = {
        Perm.CASE_HANDLE: team.reviewer,
        Perm.CASE_APPROVE: team.officer_user,
        Perm.CASE_REVIEW: team.head,
    }[known.perm]
    facts = default_facts(team)[action]
    if action == "register_clue":
        with refused("AUTH-PERM"):
            step(user, None, action, **facts)
        return
    case = force_state(filed(team), sorted(known.sources)[0])
    with refused("AUTH-PERM", case):
        step(user, case, action, **facts)


# --- PEN-001 执法人员 ------------------------------------------------------------------------------------------------


def test_it_refuses_a_step_taken_by_one_officer(team, refused):
    case = filed(team)
    with refused("PEN-001", case) as info:
        step(team.officer_user, case, "inquire", on=D(2026, 9, 15), officer_ids=[team.officers[0].pk],
             person_inquired="周经理", summary="询问")  # fmt: skip
    assert "现有1名" in info.value.message
    c = clue(team, party=org_party())
    with refused("PEN-001", c):
        step(team.officer_user, c, "verify", on=D(2026, 9, 11), officer_ids=[team.officers[0].pk], finding="核查",
             act_date=D(2026, 9, 1))  # fmt: skip


def test_it_does_not_count_an_auxiliary(team, refused):
    aux = PersonFactory(auxiliary=True, organisation=team.body, name="辅助人员甲")
    CertificateFactory(valid=True, person=aux, organisation=team.body)
    case = filed(team)
    with refused("PEN-001", case) as info:
        step(team.officer_user, case, "inquire", on=D(2026, 9, 15), officer_ids=[team.officers[0].pk, aux.pk],
             person_inquired="周经理", summary="询问")  # fmt: skip
    assert "辅助人员" in info.value.message
    with refused("PEN-001", case):
        step(team.head, case, "assign_officer", on=D(2026, 9, 15), person_id=aux.pk)
    v = verified(team, party=org_party(name="另一公司", identifier=_uscc(78)))
    with refused("PEN-001", v):
        step(
            team.head,
            v,
            "file",
            on=D(2026, 9, 14),
            lead_officer_id=team.officers[0].pk,
            assistant_officer_ids=[aux.pk],
        )


def test_it_does_not_count_a_recused_officer(team, refused):
    o = team.officers
    case = filed(team)
    step(team.head, case, "assign_officer", on=D(2026, 9, 15), person_id=o[2].pk)
    step(team.head, case, "recuse", on=D(2026, 9, 15), person_id=o[1].pk, reason="近亲属")
    with refused("PEN-001", case) as info:
        step(team.officer_user, case, "inquire", on=D(2026, 9, 16), officer_ids=[o[0].pk, o[1].pk],
             person_inquired="周经理", summary="询问")  # fmt: skip
    assert "已在本案回避" in info.value.message
    with refused("PEN-001", case):  # a recused officer cannot be assigned to the case again
        step(team.head, case, "assign_officer", on=D(2026, 9, 16), person_id=o[1].pk)
    step(team.officer_user, case, "inquire", on=D(2026, 9, 16), officer_ids=[o[0].pk, o[2].pk],
         person_inquired="周经理", summary="询问")  # fmt: skip


def test_it_refuses_an_officer_whose_certificate_was_suspended_the_day_before(
    team, refused, supervisor, actor_of
):
    person = PersonFactory(organisation=team.body, name="冯执法")
    with time_machine.travel(datetime(2026, 1, 5, 10, 0, tzinfo=BEIJING), tick=False):
        cert = issued_certificate(person, supervisor)
    case = filed(team)
    with time_machine.travel(datetime(2026, 11, 21, 10, 0, tzinfo=BEIJING), tick=False):
        certificate_transition(by=actor_of(supervisor), certificate=cert, action="suspend",
                               reason="涉嫌违法执法，暂扣执法证", until=D(2026, 12, 31))  # fmt: skip
    assert cert.events.order_by("-id").first().at.astimezone(BEIJING).date() == D(2026, 11, 21)
    pair = [team.officers[0].pk, person.pk]
    # The day before the suspension the certificate was valid: the step stands.
    step(team.officer_user, case, "inquire", on=D(2026, 11, 20), officer_ids=pair, person_inquired="周经理",
         summary="询问")  # fmt: skip
    with refused("PEN-001", case) as info:
        step(team.officer_user, case, "inquire", on=D(2026, 11, 22), officer_ids=pair, person_inquired="周经理",
             summary="询问")  # fmt: skip
    assert "暂扣" in info.value.message and "2026-11-22" in info.value.message


def test_a_certificate_without_history_counts_as_valid_until_its_first_recorded_change(
    team, refused, supervisor, actor_of
):
    """A certificate registered without its history (imported) that is later suspended through the service: the
    days before the suspension it was valid, the day of it not."""
    person = team.officers[2]
    cert = person.certificates.get()
    assert not cert.events.exists()
    case = filed(team)
    with time_machine.travel(datetime(2026, 11, 21, 10, 0, tzinfo=BEIJING), tick=False):
        certificate_transition(by=actor_of(supervisor), certificate=cert, action="suspend",
                               reason="暂扣执法证", until=D(2026, 12, 31))  # fmt: skip
    pair = [team.officers[0].pk, person.pk]
    step(team.officer_user, case, "inquire", on=D(2026, 11, 20), officer_ids=pair, person_inquired="周经理",
         summary="询问")  # fmt: skip
    with refused("PEN-001", case):
        step(team.officer_user, case, "inquire", on=D(2026, 11, 21), officer_ids=pair, person_inquired="周经理",
             summary="询问")  # fmt: skip


# --- PEN-002 执法主体与职权, PEN-003 追责时效 ---------------------------------------------------------------------------


def test_it_refuses_to_file_a_matter_the_body_does_not_exercise(today, body_a, body_b, refused):
    team = make_team(body_a, matter=penalty_matter(body_b, name="对生态环境违法行为的行政处罚"))
    case = verified(team)
    with refused("PEN-002", case) as info:
        step(team.head, case, "file", on=D(2026, 9, 14), lead_officer_id=team.officers[0].pk,
             assistant_officer_ids=[team.officers[1].pk])  # fmt: skip
    assert "执法事项清单中没有" in info.value.message


def test_it_refuses_to_file_a_matter_that_is_not_a_penalty(today, body_a, refused):
    team = make_team(body_a, matter=penalty_matter(body_a, name="食品经营许可", kind=MatterKind.LICENCE))
    case = verified(team)
    with refused("PEN-002", case) as info:
        step(team.head, case, "file", on=D(2026, 9, 14), lead_officer_id=team.officers[0].pk,
             assistant_officer_ids=[team.officers[1].pk])  # fmt: skip
    assert "行政许可" in info.value.message


def _file(team, case):
    return step(team.head, case, "file", on=D(2026, 9, 14), lead_officer_id=team.officers[0].pk,
                assistant_officer_ids=[team.officers[1].pk])  # fmt: skip


def test_it_refuses_to_file_an_act_past_the_limitation_period(team, refused):
    case = verified(team, act_date=D(2023, 9, 1))  # three years before it was found on 2026-09-10
    with refused("PEN-003", case) as info:
        _file(team, case)
    assert "2025-09-01" in info.value.message and "2年" in info.value.message


def test_it_applies_five_years_to_safety_harm(team, refused):
    assert _file(team, verified(team, act_date=D(2023, 9, 1), safety_harm=True)).state == "investigating"
    old = verified(team, act_date=D(2021, 9, 1), safety_harm=True, party=org_party(identifier=_uscc(79)))
    with refused("PEN-003", old) as info:
        _file(team, old)
    assert "5年" in info.value.message
    # A continuing act runs from the day it ended (第三十六条第二款).
    ended = verified(
        team, act_date=D(2023, 9, 1), act_ended_on=D(2025, 3, 1), party=org_party(identifier=_uscc(80))
    )
    assert _file(team, ended).state == "investigating"


# --- notice, statement and hearing: PEN-005 to PEN-010 -------------------------------------------------------------


def _decide(team, case, on, **kw):
    facts = {"outcome": "penalty", "kinds": ["fine"], "fine_amount": Decimal("8000"), **kw}
    return step(team.head, case, "decide", on=on, **facts)


def test_it_refuses_a_decision_before_the_statement_window_ends(team, refused):
    case = notified(team)  # 22 September: five working days are 23, 24, 28, 29, 30 September
    with refused("PEN-005", case) as info:
        _decide(team, case, D(2026, 9, 30))
    assert "2026-09-30" in info.value.message
    assert _decide(team, case, D(2026, 10, 8)).state == "decided"


def test_it_allows_a_decision_at_once_when_the_party_waived(team):
    case = notified(team)
    step(team.officer_user, case, "waive", on=D(2026, 9, 23), reason="当事人书面放弃")
    assert _decide(team, case, D(2026, 9, 23)).state == "decided"


def test_it_refuses_a_decision_without_notice(team, refused):
    case = reviewed(team, fine="150000")
    step(team.officer_user, case, "send_review", on=D(2026, 9, 22), reviewer_id=team.reviewer_person.pk)
    step(team.reviewer, case, "review_agree", on=D(2026, 9, 23), **_review())
    with refused("PEN-005", case) as info:
        _decide(team, case, D(2026, 9, 24), fine_amount=Decimal("150000"))
    assert "尚未向当事人送达" in info.value.message


def test_it_requires_a_new_notice_when_the_proposal_became_heavier(team, refused):
    """Notified of 8 000 元; the legal review sends the case back and the new proposal is 20 000 元: the party must be
    told again before a decision (《行政处罚法》第四十四条), the old notice does not cover it."""
    t = team
    case = notified(t)
    step(t.officer_user, case, "send_review", on=D(2026, 9, 23), reviewer_id=t.reviewer_person.pk)
    step(t.reviewer, case, "review_correct", on=D(2026, 9, 24), **_review("correct"))
    step(t.officer_user, case, "conclude", on=D(2026, 9, 28), facts="补充认定违法所得", outcome="penalty",
         kinds=["fine"], fine_amount=Decimal("20000"))  # fmt: skip
    step(t.reviewer, case, "audit_pass", on=D(2026, 9, 28))
    step(t.officer_user, case, "send_review", on=D(2026, 9, 28), reviewer_id=t.reviewer_person.pk)
    case = step(t.reviewer, case, "review_agree", on=D(2026, 9, 29), **_review())
    with refused("PEN-005", case) as info:
        _decide(t, case, D(2026, 10, 12), fine_amount=Decimal("20000"))
    assert "尚未向当事人送达" in info.value.message
    step(t.officer_user, case, "notify", on=D(2026, 10, 12))
    assert _decide(t, case, D(2026, 10, 20), fine_amount=Decimal("20000")).state == "decided"


def test_it_keeps_the_notice_when_the_proposal_is_not_heavier(team):
    t = team
    case = notified(t)
    step(t.officer_user, case, "send_review", on=D(2026, 9, 23), reviewer_id=t.reviewer_person.pk)
    step(t.reviewer, case, "review_correct", on=D(2026, 9, 24), **_review("correct"))
    step(t.officer_user, case, "conclude", on=D(2026, 9, 28), facts="事实", outcome="penalty", kinds=["fine"],
         fine_amount=Decimal("6000"))  # fmt: skip
    step(t.reviewer, case, "audit_pass", on=D(2026, 9, 28))
    step(t.officer_user, case, "send_review", on=D(2026, 9, 28), reviewer_id=t.reviewer_person.pk)
    case = step(t.reviewer, case, "review_agree", on=D(2026, 9, 29), **_review())
    assert case.notified_on == D(2026, 9, 22)
    assert _decide(t, case, D(2026, 10, 12), fine_amount=Decimal("6000")).state == "decided"


def test_it_refuses_a_hearing_kind_the_notice_did_not_offer(team, refused):
    case = notified(team)  # 8 000 元: no right to a hearing was given
    assert not case.hearing_offered
    with refused("PEN-006", case) as info:  # PEN-006 comes before PEN-016 (吊销 was not notified either)
        _decide(team, case, D(2026, 10, 8), kinds=["fine", "revoke_licence"])
    assert "吊销许可证件" in info.value.message
    with refused("PEN-006", case):
        step(team.officer_user, case, "request_hearing", on=D(2026, 9, 23))


def _hearing_case(team, **kw):
    return notified(team, fine="200000", **kw)


def test_it_refuses_a_late_hearing_request(team, refused):
    case = _hearing_case(team)
    with refused("PEN-007", case) as info:
        step(team.officer_user, case, "request_hearing", on=D(2026, 10, 8))
    assert "2026-09-30" in info.value.message
    assert step(team.officer_user, case, "request_hearing", on=D(2026, 9, 30)).state == "hearing"


def _schedule(team, case, served, scheduled, chair=None):
    return step(team.head, case, "schedule_hearing", on=served, chair_id=(chair or team.chair).pk,
                notice_served_on=served, scheduled_on=scheduled, place="第一听证室")  # fmt: skip


def test_it_refuses_a_hearing_notice_less_than_seven_working_days_ahead(team, refused):
    case = step(team.officer_user, _hearing_case(team), "request_hearing", on=D(2026, 9, 23))
    with refused(
        "PEN-008", case
    ) as info:  # 30 September + 7 working days = 15 October (National Day between)
        _schedule(team, case, D(2026, 9, 30), D(2026, 10, 14))
    assert "2026-10-15" in info.value.message
    with refused("PEN-008", case):  # a notice dated before the prior notice
        step(team.head, case, "schedule_hearing", on=D(2026, 9, 23), chair_id=team.chair.pk,
             notice_served_on=D(2026, 9, 21), scheduled_on=D(2026, 10, 30), place="第一听证室")  # fmt: skip
    _schedule(team, case, D(2026, 9, 30), D(2026, 10, 15))
    assert case.hearings.get().scheduled_on == D(2026, 10, 15)


def test_it_refuses_an_investigator_as_hearing_chair(team, refused):
    o = team.officers
    case = _hearing_case(team)
    step(team.officer_user, case, "request_hearing", on=D(2026, 9, 23))
    with refused("PEN-009", case):
        _schedule(team, case, D(2026, 9, 24), D(2026, 10, 20), chair=o[0])
    # Someone who only took part in an inquiry investigated too.
    other = filed(team, party=org_party(identifier=_uscc(81)))
    step(team.officer_user, other, "inquire", on=D(2026, 9, 15), officer_ids=[o[0].pk, o[2].pk],
         person_inquired="周经理", summary="询问")  # fmt: skip
    step(team.officer_user, other, "conclude", on=D(2026, 9, 20), facts="事实", outcome="penalty", kinds=["fine"],
         fine_amount=Decimal("200000"))  # fmt: skip
    step(team.reviewer, other, "audit_pass", on=D(2026, 9, 21))
    step(team.officer_user, other, "notify", on=D(2026, 9, 22))
    step(team.officer_user, other, "request_hearing", on=D(2026, 9, 23))
    with refused("PEN-009", other):
        _schedule(team, other, D(2026, 9, 24), D(2026, 10, 20), chair=o[2])


def _hold(team, case):
    step(team.officer_user, case, "request_hearing", on=D(2026, 9, 23))
    _schedule(team, case, D(2026, 9, 24), D(2026, 10, 12))  # 24 September + 7 working days
    return step(team.officer_user, case, "hold_hearing", on=D(2026, 10, 12), record="听证笔录")


def test_it_refuses_a_decision_while_the_hearing_is_pending(team, refused):
    """The party asked for a hearing; the case went to the police, came back and was reviewed again: the decision
    must still wait for the hearing (《行政处罚法》第六十五条)."""
    t = team
    case = _hearing_case(t)
    step(t.officer_user, case, "request_hearing", on=D(2026, 9, 23))
    step(t.officer_user, case, "propose_transfer", on=D(2026, 9, 24), officer_ids=t.officer_ids,
         police_authority="公安分局", reason="涉嫌犯罪")  # fmt: skip
    step(t.head, case, "transfer", on=D(2026, 9, 24))
    step(t.officer_user, case, "hand_over", on=D(2026, 9, 24), receipt="公安分局签收")
    step(t.officer_user, case, "police_declined", on=D(2026, 9, 28), reference="公不立1号")
    step(t.head, case, "resume_administrative", on=D(2026, 9, 28), reason="依法作出处理")
    step(t.officer_user, case, "conclude", on=D(2026, 9, 28), facts="事实", outcome="penalty", kinds=["fine"],
         fine_amount=Decimal("200000"))  # fmt: skip
    step(t.reviewer, case, "audit_pass", on=D(2026, 9, 28))
    step(t.officer_user, case, "send_review", on=D(2026, 9, 29), reviewer_id=t.reviewer_person.pk)
    step(t.reviewer, case, "review_agree", on=D(2026, 9, 30), **_review())
    with refused("PEN-010", case) as info:
        _decide(t, case, D(2026, 10, 8), fine_amount=Decimal("200000"))
    assert "听证尚未举行" in info.value.message


def test_it_refuses_to_hold_an_unscheduled_hearing(team, refused):
    case = step(team.officer_user, _hearing_case(team), "request_hearing", on=D(2026, 9, 23))
    with refused("PEN-010", case):
        step(team.officer_user, case, "hold_hearing", on=D(2026, 9, 24), record="笔录")
    _schedule(team, case, D(2026, 9, 24), D(2026, 10, 12))
    with refused("PEN-010", case):  # before the day it was set for
        step(team.officer_user, case, "hold_hearing", on=D(2026, 10, 9), record="笔录")


# --- legal review: PEN-011 to PEN-013, PEN-024 ---------------------------------------------------------------------


def test_it_refuses_a_major_fine_without_an_agreed_review(team, refused):
    case = notified(team, fine="150000")  # 150 000 元 on a company: 重大 from 100 000 元
    with refused("PEN-011", case) as info:
        _decide(team, case, D(2026, 10, 8), fine_amount=Decimal("150000"))
    assert "100000" in info.value.message and "尚未送法制审核" in info.value.message


def test_it_refuses_a_decision_after_a_hearing_without_an_agreed_review(team, refused):
    case = notified(team, kinds=["fine", "revoke_licence"])
    assert case.hearing_offered
    case = _hold(team, case)
    with refused("PEN-011", case) as info:
        _decide(team, case, D(2026, 10, 13), kinds=["fine", "revoke_licence"])
    assert "经过听证程序" in info.value.message


def test_it_refuses_a_decision_on_a_review_that_predates_a_new_conclusion(team, refused):
    """An agreed review covers the case as it was: after the case came back from the police and was concluded
    again, the decision needs a review of the new conclusion (第五十八条)."""
    t = team
    case = reviewed(t, fine="150000")
    step(t.officer_user, case, "send_review", on=D(2026, 9, 21), reviewer_id=t.reviewer_person.pk)
    step(t.reviewer, case, "review_agree", on=D(2026, 9, 21), **_review())
    step(t.officer_user, case, "propose_transfer", on=D(2026, 9, 22), officer_ids=t.officer_ids,
         police_authority="公安分局", reason="涉嫌犯罪")  # fmt: skip
    step(t.head, case, "transfer", on=D(2026, 9, 22))
    step(t.officer_user, case, "hand_over", on=D(2026, 9, 22), receipt="公安分局签收")
    step(t.officer_user, case, "police_declined", on=D(2026, 9, 24), reference="公不立2号")
    step(t.head, case, "resume_administrative", on=D(2026, 9, 24), reason="依法作出处理")
    step(t.officer_user, case, "conclude", on=D(2026, 9, 24), facts="事实", outcome="penalty", kinds=["fine"],
         fine_amount=Decimal("120000"))  # fmt: skip
    step(t.reviewer, case, "audit_pass", on=D(2026, 9, 24))
    step(t.officer_user, case, "notify", on=D(2026, 9, 25))
    with refused("PEN-011", case) as info:
        _decide(t, case, D(2026, 10, 12), fine_amount=Decimal("120000"))
    assert "须就变化后的案件重新审核" in info.value.message


def test_it_refuses_a_major_decision_whose_last_review_asked_for_correction(team, refused):
    t = team
    case = reviewed(t, fine="150000")
    step(t.officer_user, case, "send_review", on=D(2026, 9, 21), reviewer_id=t.reviewer_person.pk)
    step(t.reviewer, case, "review_correct", on=D(2026, 9, 21), **_review("correct"))
    step(t.officer_user, case, "conclude", on=D(2026, 9, 21), facts="事实", outcome="penalty", kinds=["fine"],
         fine_amount=Decimal("150000"))  # fmt: skip
    step(t.reviewer, case, "audit_pass", on=D(2026, 9, 21))
    step(t.officer_user, case, "notify", on=D(2026, 9, 22))
    with refused("PEN-011", case) as info:
        _decide(t, case, D(2026, 10, 8), fine_amount=Decimal("150000"))
    assert "纠正后再审" in info.value.message


def _send(team, case, reviewer):
    return step(team.officer_user, case, "send_review", on=D(2026, 9, 22), reviewer_id=reviewer.pk)


def test_it_refuses_a_reviewer_who_investigated(team, refused):
    case = reviewed(team)
    with refused("PEN-012", case) as info:
        _send(team, case, team.officers[1])
    assert "参与了本案调查" in info.value.message


def test_it_refuses_a_first_time_reviewer_without_legal_qualification(team, refused):
    case = reviewed(team)
    novice = PersonFactory(organisation=team.body, name="新审核员", has_legal_qualification=False)
    with refused("PEN-012", case) as info:
        _send(team, case, novice)
    assert "法律职业资格" in info.value.message


def test_it_accepts_a_reviewer_without_qualification_who_reviewed_before_zhifa(team):
    """第五十八条第二款 asks the qualification of those reviewing for the first time: a reviewer whose record shows
    years of review work before the platform is not one of them."""
    case = reviewed(team)
    veteran = PersonFactory(organisation=team.body, name="老审核员", has_legal_qualification=False,
                            legal_review_since=D(2020, 3, 1))  # fmt: skip
    assert _send(team, case, veteran).reviews.get().reviewer == veteran


def test_it_refuses_a_reviewer_of_another_body_when_the_body_has_its_own(team, body_b, refused):
    case = reviewed(team)
    outsider = PersonFactory(organisation=body_b, name="乙局法审", has_legal_qualification=True)
    UserFactory(legal_reviewer=True, organisation=body_b, person=outsider)
    with refused("PEN-012", case) as info:
        _send(team, case, outsider)
    assert "应由本机关审核" in info.value.message


def _in_review(team, **kw):
    case = reviewed(team, **kw)
    return _send(team, case, team.reviewer_person)


def test_it_refuses_a_review_without_a_finding_on_every_item(team, refused):
    case = _in_review(team)
    for action in ("review_agree", "review_correct", "review_transfer"):
        with refused("PEN-013", case) as info:
            step(team.reviewer, case, action, on=D(2026, 9, 23), findings=all_findings()[:-1], reason="意见")
        assert "违法行为是否涉嫌犯罪" in info.value.message
    unexplained = [*all_findings()[:-1], {"item": "crime", "finding": Finding.FAIL, "note": ""}]
    with refused("PEN-013", case) as info:
        step(team.reviewer, case, "review_correct", on=D(2026, 9, 23), findings=unexplained, reason="意见")
    assert "未说明问题" in info.value.message
    unknown = [*all_findings(), {"item": "weather", "finding": Finding.PASS, "note": ""}]
    with refused("PEN-013", case):
        step(team.reviewer, case, "review_agree", on=D(2026, 9, 23), findings=unknown, reason="意见")


def test_it_refuses_to_agree_with_a_failed_item(team, refused):
    case = _in_review(team)
    with refused("PEN-013", case) as info:
        step(team.reviewer, case, "review_agree", on=D(2026, 9, 23), **_review("correct"))
    assert "不能出具“同意”意见" in info.value.message


def test_it_refuses_a_review_by_someone_other_than_the_assigned_reviewer(team, refused):
    case = _in_review(team)
    colleague = PersonFactory(organisation=team.body, name="李法审", has_legal_qualification=True)
    other = UserFactory(legal_reviewer=True, organisation=team.body, person=colleague)
    for action, facts in (("review_agree", _review()), ("extend_review", {})):
        with refused("PEN-024", case) as info:
            step(other, case, action, on=D(2026, 9, 23), **facts)
        assert "钱法审" in info.value.message


# --- discussion, benchmark, notice: PEN-014 to PEN-016 --------------------------------------------------------------


def test_it_refuses_a_complex_case_without_collective_discussion(team, refused):
    case = notified(team, complex_case=True)
    assert case.needs_discussion
    with refused("PEN-014", case) as info:
        _decide(team, case, D(2026, 10, 8))
    assert "集体讨论" in info.value.message
    step(team.head, case, "discuss", on=D(2026, 10, 8), **DISCUSSION)
    assert _decide(team, case, D(2026, 10, 8)).state == "decided"


def test_it_refuses_a_fine_outside_the_benchmark_without_reason_discussion_and_review(
    team, supervisor, refused
):
    filed_benchmark(team.head, supervisor, team.matter)  # 情节一般: 15 000 – 30 000 元
    case = notified(team, fine="20000")
    rec = case.proposal["recommendation"]
    assert (rec["tier_label"], rec["fine_low"], rec["fine_high"]) == ("情节一般", "15000.00", "30000.00")
    assert not case.needs_discussion
    with refused("PEN-015", case) as info:
        _decide(team, case, D(2026, 10, 8), fine_amount=Decimal("10000"))
    assert (
        "书面理由" in info.value.message
        and "集体讨论" in info.value.message
        and "法制审核同意" in info.value.message
    )


def test_it_allows_a_justified_deviation_from_the_benchmark(today, body_a, supervisor):
    team = make_team(body_a)
    filed_benchmark(team.head, supervisor, team.matter)
    case = reviewed(team, fine="10000", deviation_reason="当事人经营困难且已全部改正")
    assert case.needs_discussion and "偏离裁量基准" in case.major_reasons
    step(team.officer_user, case, "notify", on=D(2026, 9, 22))
    step(team.officer_user, case, "send_review", on=D(2026, 9, 23), reviewer_id=team.reviewer_person.pk)
    step(team.reviewer, case, "review_agree", on=D(2026, 9, 24), **_review())
    step(team.head, case, "discuss", on=D(2026, 9, 24), **DISCUSSION)
    assert _decide(team, case, D(2026, 10, 8), fine_amount=Decimal("10000")).state == "decided"


def test_it_refuses_a_decision_heavier_than_notified(team, refused):
    case = notified(team)
    step(team.officer_user, case, "record_statement", on=D(2026, 9, 23), statement="申辩", adopted=False,
         review_note="不采纳")  # fmt: skip
    with refused("PEN-016", case) as info:
        _decide(team, case, D(2026, 10, 8), fine_amount=Decimal("9000"))
    assert "不得因此加重处罚" in info.value.message
    with refused("PEN-016", case) as info:
        _decide(team, case, D(2026, 10, 8), kinds=["fine", "warning"])
    assert "警告" in info.value.message
    assert _decide(team, case, D(2026, 10, 8), fine_amount=Decimal("7000")).fine_amount == Decimal("7000")


# --- PEN-017 办案要素 and party validation ---------------------------------------------------------------------------


def test_it_refuses_a_party_with_a_wrong_check_digit_and_saves_nothing(team, refused):
    bad_uscc = ORG_PARTY_USCC[:-1] + ("0" if ORG_PARTY_USCC[-1] != "0" else "1")
    with refused("PEN-017") as info:
        clue(team, party=org_party(identifier=bad_uscc))
    assert "统一社会信用代码无效" in info.value.message
    with refused("PEN-017"):
        clue(team, party=person_party(identifier=wrong_check_digit(PERSON_PARTY_ID)))
    with refused("PEN-017"):  # a 身份证号 for an organisation
        clue(team, party=org_party(identifier=PERSON_PARTY_ID))
    case = clue(team)
    with refused("PEN-017", case):
        step(team.officer_user, case, "verify", on=D(2026, 9, 11), officer_ids=team.officer_ids, finding="核查",
             act_date=D(2026, 9, 1), party=org_party(identifier=bad_uscc))  # fmt: skip
    assert not Party.objects.exists()


def test_it_refuses_notice_without_a_party(team, refused):
    case = clue(team)
    step(team.officer_user, case, "verify", on=D(2026, 9, 11), officer_ids=team.officer_ids, finding="核查",
         act_date=D(2026, 9, 1))  # fmt: skip
    _file(team, case)
    step(team.officer_user, case, "conclude", on=D(2026, 9, 20), facts="事实", outcome="penalty", kinds=["fine"],
         fine_amount=Decimal("8000"))  # fmt: skip
    step(team.reviewer, case, "audit_pass", on=D(2026, 9, 21))
    with refused("PEN-017", case) as info:
        step(team.officer_user, case, "notify", on=D(2026, 9, 22))
    assert "登记当事人" in info.value.message


def test_it_refuses_a_penalty_without_content(team, refused):
    case = notified(team)
    with refused("PEN-017", case):
        _decide(team, case, D(2026, 10, 8), kinds=[], fine_amount=None)
    with refused("PEN-017", case):
        _decide(team, case, D(2026, 10, 8), fine_amount=None)


def test_it_refuses_a_clue_for_an_unknown_matter(team, refused):
    with refused("PEN-017"):
        step(team.officer_user, None, "register_clue", on=D(2026, 9, 10), matter_id=999999, title="某案",
             origin="inspection", clue="线索")  # fmt: skip


# --- officers, extensions, transfer: PEN-019 to PEN-021 -------------------------------------------------------------


def test_it_refuses_a_recusal_that_cannot_be(team, refused):
    o = team.officers
    case = filed(team)
    with refused("PEN-019", case) as info:
        step(team.head, case, "recuse", on=D(2026, 9, 15), person_id=o[2].pk, reason="利害关系")
    assert "不是本案承办人员" in info.value.message
    with refused("PEN-019", case) as info:
        step(team.head, case, "recuse", on=D(2026, 9, 15), person_id=o[1].pk, reason="利害关系")
    assert "不足两人" in info.value.message
    step(team.head, case, "assign_officer", on=D(2026, 9, 15), person_id=o[2].pk)
    step(team.head, case, "recuse", on=D(2026, 9, 15), person_id=o[1].pk, reason="利害关系")
    with refused("PEN-019", case) as info:
        step(team.head, case, "recuse", on=D(2026, 9, 16), person_id=o[1].pk, reason="利害关系")
    assert "已于2026-09-15回避" in info.value.message


def test_it_refuses_a_second_extension_without_collective_decision(team, refused):
    case = filed(team)
    step(team.head, case, "extend", on=D(2026, 10, 8), reason="案情复杂")
    with refused("PEN-020", case) as info:
        step(team.head, case, "extend", on=D(2026, 11, 9), reason="仍需鉴定")
    assert "集体讨论" in info.value.message
    case = step(team.head, case, "extend", on=D(2026, 11, 9), reason="仍需鉴定", collective=True)
    assert case.due_on == D(2027, 2, 11)  # 14 September + 90 + 30 + 30 days


def test_it_refuses_a_transfer_report_by_one_officer(team, refused):
    case = filed(team)
    with refused("PEN-021", case):
        step(team.officer_user, case, "propose_transfer", on=D(2026, 9, 18), officer_ids=[team.officers[0].pk],
             police_authority="公安分局", reason="涉嫌犯罪")  # fmt: skip


def test_it_refuses_a_transfer_without_the_case_teams_report(team, refused):
    case = filed(team)
    with refused("PEN-021", case) as info:
        step(team.head, case, "transfer", on=D(2026, 9, 18))
    assert "移送报告" in info.value.message


def test_it_refuses_to_conclude_with_preserved_evidence_not_dealt_with(team, refused):
    case = filed(team)
    step(
        team.head,
        case,
        "preserve",
        on=D(2026, 9, 15),
        officer_ids=team.officer_ids,
        items="账簿",
        reason="可能灭失",
    )
    with refused("PEN-018", case) as info:
        step(team.officer_user, case, "conclude", on=D(2026, 9, 16), facts="事实", outcome="penalty",
             kinds=["fine"], fine_amount=Decimal("5000"))  # fmt: skip
    assert "七日内" in info.value.message
    step(team.head, case, "handle_preserved", on=D(2026, 9, 16), measure="release", reason="解除")
    with refused("PEN-018", case):
        step(team.head, case, "handle_preserved", on=D(2026, 9, 16), measure="release", reason="再次解除")


# --- execution: PEN-022, PEN-025, PEN-026 ---------------------------------------------------------------------------


def _executing(team, fine="8000"):
    case = notified(team, fine=fine)
    step(team.officer_user, case, "waive", on=D(2026, 9, 23), reason="放弃")
    _decide(team, case, D(2026, 9, 23), fine_amount=Decimal(fine))
    return step(
        team.officer_user, case, "serve", on=D(2026, 9, 24), recipient="周经理"
    )  # payment due 9 October


def test_it_refuses_overpayment_and_execution_with_money_owed(team, refused):
    case = _executing(team)
    with refused("PEN-022", case) as info:
        step(
            team.officer_user,
            case,
            "record_payment",
            on=D(2026, 9, 28),
            amount=Decimal("8000.01"),
            receipt="1",
        )
    assert "8000.00" in info.value.message
    step(team.officer_user, case, "record_payment", on=D(2026, 9, 28), amount=Decimal("5000"), receipt="1")
    with refused("PEN-022", case) as info:
        step(team.officer_user, case, "complete_execution", on=D(2026, 9, 28))
    assert "尚欠3000.00元" in info.value.message
    with refused("PEN-022", case):  # a deferral must be later than the deadline it replaces
        step(team.head, case, "defer_payment", on=D(2026, 9, 28), new_due_on=D(2026, 10, 8))
    # Surcharge: 12 October is 3 days late, 3 % × 3 × 8 000 = 720 元 on top of the 3 000 元 left.
    with refused("PEN-022", case):
        step(
            team.officer_user,
            case,
            "record_payment",
            on=D(2026, 10, 12),
            amount=Decimal("3720.01"),
            receipt="2",
        )
    step(team.officer_user, case, "record_payment", on=D(2026, 10, 12), amount=Decimal("3720"), receipt="2")
    assert step(team.officer_user, case, "complete_execution", on=D(2026, 10, 12)).state == "executed"


def test_it_owes_no_surcharge_on_a_fine_paid_in_time(team, refused):
    """Paid on the last day; execution recorded a week later: nothing is owed, no court enforcement."""
    case = _executing(team)
    step(team.officer_user, case, "record_payment", on=D(2026, 10, 9), amount=Decimal("8000"), receipt="1")
    with refused("PEN-022", case):  # no surcharge to pay either
        step(team.officer_user, case, "record_payment", on=D(2026, 10, 16), amount=Decimal("1"), receipt="2")
    with refused("PEN-025", case):
        step(team.head, case, "apply_court", on=D(2026, 10, 16))
    assert step(team.officer_user, case, "complete_execution", on=D(2026, 10, 16)).state == "executed"


def test_it_refuses_court_enforcement_before_the_payment_deadline(team, refused):
    case = _executing(team)
    with refused("PEN-025", case) as info:
        step(team.head, case, "apply_court", on=D(2026, 10, 9))  # the last day to pay
    assert "尚未届满" in info.value.message
    step(team.officer_user, case, "record_payment", on=D(2026, 10, 9), amount=Decimal("8000"), receipt="1")
    with refused("PEN-025", case) as info:
        step(team.head, case, "apply_court", on=D(2026, 10, 12))
    assert "已缴清" in info.value.message


def test_it_refuses_to_close_a_transferred_case_before_the_police_filed_it_or_with_items_to_hand_over(
    team, refused
):
    case = filed(team)
    step(team.officer_user, case, "propose_transfer", on=D(2026, 9, 18), officer_ids=team.officer_ids,
         police_authority="公安分局", reason="涉嫌犯罪", items="涉案产品一批")  # fmt: skip
    step(team.head, case, "transfer", on=D(2026, 9, 18))
    step(team.officer_user, case, "hand_over", on=D(2026, 9, 18), receipt="公安分局签收")
    with refused("PEN-026", case) as info:
        step(team.head, case, "close", on=D(2026, 9, 19))
    assert "公安机关尚未决定立案" in info.value.message
    step(team.officer_user, case, "police_filed", on=D(2026, 9, 21), reference="公立1号")
    with refused("PEN-026", case) as info:
        step(team.head, case, "close", on=D(2026, 9, 21))
    assert "向公安机关移交涉案物品" in info.value.message


# --- PEN-030 不予立案的复议与立案监督 -----------------------------------------------------------------------------


def _declined(team):
    case = filed(team)
    step(team.officer_user, case, "propose_transfer", on=D(2026, 9, 15), officer_ids=team.officer_ids,
         police_authority="公安分局", reason="涉嫌犯罪")  # fmt: skip
    step(team.head, case, "transfer", on=D(2026, 9, 15))
    step(team.officer_user, case, "hand_over", on=D(2026, 9, 15), receipt="公安分局签收")
    return step(team.officer_user, case, "police_declined", on=D(2026, 9, 16), reference="公不立1号")


def test_it_refuses_a_reconsideration_request_after_three_days(team, refused):
    case = _declined(
        team
    )  # notice on 16 September: 3 days end on Saturday 19th, so Sunday 20th (调休 working day)
    with refused("PEN-030", case) as info:
        step(team.head, case, "request_reconsideration", on=D(2026, 9, 21), reason="应当立案")
    assert "三日内" in info.value.message and "2026-09-20" in info.value.message
    assert "第九条" in info.value.citation
    assert step(team.head, case, "resume_administrative", on=D(2026, 9, 21)).state == "investigating"


def test_it_allows_one_reconsideration_then_only_procuratorial_supervision(team, refused):
    case = _declined(team)
    with refused("PEN-030", case) as info:
        step(
            team.head,
            case,
            "request_supervision",
            on=D(2026, 9, 17),
            reason="应当立案",
            procuratorate="检察院",
        )
    assert "须先提请公安机关复议" in info.value.message
    step(team.head, case, "request_reconsideration", on=D(2026, 9, 17), reason="应当立案")
    step(team.officer_user, case, "police_declined", on=D(2026, 9, 18), reference="公复1号")
    with refused("PEN-030", case) as info:
        step(team.head, case, "request_reconsideration", on=D(2026, 9, 18), reason="应当立案")
    assert "已就本次移送提请过复议" in info.value.message
    assert step(team.head, case, "request_supervision", on=D(2026, 9, 18), reason="复议维持",
                procuratorate="测试区人民检察院").state == "transferred"  # fmt: skip


def test_it_refuses_to_hand_over_items_before_the_police_filed_or_when_none_were_listed(team, refused):
    case = _declined(team)
    step(team.head, case, "request_reconsideration", on=D(2026, 9, 17), reason="应当立案")
    with refused("PEN-030", case):
        step(team.officer_user, case, "hand_over_items", on=D(2026, 9, 17), receipt="回执")
    step(team.officer_user, case, "police_filed", on=D(2026, 9, 18), reference="公立1号")
    with refused("PEN-030", case) as info:  # the transfer report listed no items: nothing to hand over
        step(team.officer_user, case, "hand_over_items", on=D(2026, 9, 18), receipt="回执")
    assert "涉案物品清单" in info.value.message


# --- PEN-023 实施日期 -----------------------------------------------------------------------------------------------


def test_it_refuses_a_step_dated_in_the_future_or_before_the_last_step(team, refused):
    with refused("PEN-023") as info:
        clue(team, on=D(2026, 11, 23))
    assert "晚于今天" in info.value.message
    case = filed(team)
    with refused("PEN-023", case):
        step(team.officer_user, case, "inquire", on=D(2026, 11, 23), officer_ids=team.officer_ids,
             person_inquired="周经理", summary="询问")  # fmt: skip
    with refused("PEN-023", case) as info:
        step(team.officer_user, case, "inquire", on=D(2026, 9, 13), officer_ids=team.officer_ids,
             person_inquired="周经理", summary="询问")  # fmt: skip
    assert "早于上一步骤的日期 2026-09-14" in info.value.message


# --- 首违不罚 and repeat offences ------------------------------------------------------------------------------------


def test_it_records_violations_for_first_offence_and_repeat(team, supervisor):
    filed_benchmark(team.head, supervisor, team.matter)
    first = notified(team, outcome=DecisionOutcome.NO_PENALTY, kinds=(), fine=None,
                     circumstances=["slight_harm", "corrected_in_time"])  # fmt: skip
    rec = first.proposal["recommendation"]
    assert (rec["outcome"], rec["prior_count"]) == ("no_penalty", 0)
    step(team.officer_user, first, "waive", on=D(2026, 9, 23), reason="放弃")
    first = step(team.head, first, "decide", on=D(2026, 9, 23), outcome="no_penalty")
    doc = first.documents.get(kind="no_penalty_decision")
    assert doc.number == first.decision_number == "区市场监管局不罚〔2026〕1号"
    assert not first.documents.filter(kind__in=["penalty_decision", "credit_repair_notice"]).exists()
    spared = PartyViolation.objects.get(party_key=party_key(ORG_PARTY_USCC))
    assert (spared.outcome, spared.decided_on, spared.reference) == ("no_penalty", D(2026, 9, 23), doc.number)

    # The same company, the same matter, a month later: no longer a first offender.
    second = clue(team, on=D(2026, 10, 21))
    step(team.officer_user, second, "verify", on=D(2026, 10, 21), officer_ids=team.officer_ids, finding="再次违法",
         act_date=D(2026, 10, 20), party=org_party())  # fmt: skip
    step(team.head, second, "file", on=D(2026, 10, 22), lead_officer_id=team.officers[0].pk,
         assistant_officer_ids=[team.officers[1].pk])  # fmt: skip
    second = step(team.officer_user, second, "conclude", on=D(2026, 10, 23), facts="再次未公示", outcome="penalty",
                  kinds=["fine"], fine_amount=Decimal("35000"), circumstances=["slight_harm", "corrected_in_time"])  # fmt: skip
    rec = second.proposal["recommendation"]
    assert rec["prior_count"] == 1
    assert (rec["outcome"], rec["tier_label"]) == ("aggravated", "两年内再次违法")
    step(team.reviewer, second, "audit_pass", on=D(2026, 10, 23))
    step(team.officer_user, second, "notify", on=D(2026, 10, 26))
    step(team.officer_user, second, "waive", on=D(2026, 10, 26), reason="放弃")
    second = _decide(team, second, D(2026, 10, 27), fine_amount=Decimal("35000"))
    rows = PartyViolation.objects.filter(party_key=party_key(ORG_PARTY_USCC)).order_by("decided_on")
    assert [(r.outcome, r.reference) for r in rows] == [
        ("no_penalty", "区市场监管局不罚〔2026〕1号"), ("aggravated", "区市场监管局罚〔2026〕1号")]  # fmt: skip
    assert rows[1].party_type == "organisation" and rows[1].matter_id == team.matter.pk


def test_it_does_not_record_a_violation_for_facts_not_established(team):
    case = notified(team)
    step(team.officer_user, case, "waive", on=D(2026, 9, 23), reason="放弃")
    case = step(team.head, case, "decide", on=D(2026, 9, 23), outcome="not_established")
    assert case.documents.filter(kind="no_penalty_decision").count() == 1
    assert not PartyViolation.objects.exists()


def test_it_uses_the_person_party_type_for_thresholds(team):
    """A natural person's 较大数额 is 10 000 元: a 10 000 元 fine gives the right to a hearing."""
    case = notified(team, party=person_party(), fine="10000")
    assert case.party.kind == PartyKind.PERSON and case.hearing_offered


def test_a_decision_the_officer_finds_of_major_public_interest_needs_a_legal_review(team, refused):
    """Below every amount and kind threshold, a decision is still major when it touches a major public interest
    (《行政处罚法》第五十八条第一款第（一）项): the officer says so at 调查终结."""
    case = filed(team)
    case = step(team.officer_user, case, "conclude", on=D(2026, 9, 20), facts="事实", outcome="penalty",
                kinds=["fine"], fine_amount=Decimal("8000"), major_circumstances=["public_interest"])  # fmt: skip
    assert case.is_major and "涉及重大公共利益（第五十八条第一款）" in case.major_reasons
    step(team.reviewer, case, "audit_pass", on=D(2026, 9, 21))
    step(team.officer_user, case, "notify", on=D(2026, 9, 22))
    with refused("PEN-011", case) as info:
        _decide(team, case, D(2026, 10, 12))
    assert "涉及重大公共利益" in info.value.message


def test_the_case_applies_the_matter_as_it_stood_when_the_act_was_done(today, body_a):
    """《行政处罚法》第三十七条: the clue is registered under the version in force that day; once 核查 fixes the
    act date, the case applies the version in force then."""
    from zhifa.catalog.tests.factories import MatterFactory, MatterVersionFactory

    matter = MatterFactory()
    old = MatterVersionFactory(matter=matter, version=1, valid_from=D(2020, 1, 1), valid_until=D(2026, 9, 4),
                               bodies=[body_a])  # fmt: skip
    new = MatterVersionFactory(matter=matter, version=2, valid_from=D(2026, 9, 5), bodies=[body_a])
    team = make_team(body_a, matter=matter)
    case = clue(team)
    assert case.matter_version == new
    case = step(team.officer_user, case, "verify", on=D(2026, 9, 11), officer_ids=team.officer_ids, finding="属实",
                act_date=D(2026, 9, 1), party=org_party())  # fmt: skip
    assert case.matter_version == old
    assert case.steps.get(action="verify").data["matter_version"] == 1


def test_a_fine_paid_in_instalments_owes_surcharge_only_on_the_missed_one(team, refused):
    """分期缴纳 (第六十六条第二款): 9 000 元 in three monthly instalments from 20 October; the first is paid on time,
    the second is missed; days later the party owes the two unpaid instalments and 3 % a day on the missed
    one only, and the body may apply to the court without waiting for the last instalment."""
    case = _executing(team, fine="9000")
    case = step(team.head, case, "defer_payment", on=D(2026, 10, 8), new_due_on=D(2026, 10, 20), instalments=3,
                reason="当事人经营困难，申请分期")  # fmt: skip
    schedule = case.steps.get(action="defer_payment").data["schedule"]
    # 20 December 2026 is a Sunday: that instalment is due on Monday 21 December.
    assert schedule == [{"due_on": "2026-10-20", "amount": "3000.00"}, {"due_on": "2026-11-20", "amount": "3000.00"},
                        {"due_on": "2026-12-21", "amount": "3000.00"}]  # fmt: skip
    assert case.payment_due_on == D(2026, 12, 21) and case.deadlines.get(kind="payment").due_on == D(
        2026, 12, 21
    )
    doc = case.documents.get(kind="payment_deferral")
    assert [i["amount"] for i in doc.data["facts_entered"]["schedule"]] == ["3000.00"] * 3
    step(
        team.officer_user, case, "record_payment", on=D(2026, 10, 19), amount=Decimal("3000"), receipt="第1期"
    )
    case.refresh_from_db()
    assert outstanding(case, D(2026, 11, 20)) == Decimal("6000")
    assert outstanding(case, D(2026, 11, 25)) == Decimal("6450.00")  # 3000 × 3 % × 5 days
    assert outstanding(case, D(2026, 11, 22)) == Decimal("6180.00")  # today: two days late
    case = step(team.head, case, "apply_court", on=D(2026, 11, 22))
    assert case.state == "court_enforcement"


def test_the_instalment_plan_splits_the_amount_and_keeps_the_remainder_in_the_last(db):
    from zhifa.cases.domain.deadlines import instalment_plan, plan_surcharge
    from zhifa.core.calendar import work_calendar

    plan = instalment_plan(Decimal("1000"), D(2026, 1, 31), 3, work_calendar())
    assert [i.amount for i in plan] == [Decimal("333.33"), Decimal("333.33"), Decimal("333.34")]
    # Saturday 31 January rolls to Monday 2 February; 31 January + 1 month is 28 February (民法典第二百零二条, month
    # end), a Saturday but a 调休 working day of the 2026 Spring Festival, so it stays.
    assert [i.due_on for i in plan] == [D(2026, 2, 2), D(2026, 2, 28), D(2026, 3, 31)]
    assert plan_surcharge(plan, [], D(2027, 12, 31), Decimal("1000")) == Decimal("1000")  # capped at the fine
