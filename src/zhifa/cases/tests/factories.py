"""Builders for penalty-case tests: a district body with certified officers, a head, a legal reviewer, and a
case taken to any state through the real ``case_step`` service (never by writing rows directly)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Max

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.cases import facts as F
from zhifa.cases.constants import (
    DOCUMENT_PREFIX,
    REVIEW_ITEMS,
    ClueOrigin,
    DeadlineStatus,
    DecisionOutcome,
    Finding,
    PartyKind,
)
from zhifa.cases.models import Case, CaseDeadline, Document
from zhifa.cases.numbering import body_word
from zhifa.cases.services import case_step
from zhifa.core.models import AuditEvent
from zhifa.discretion.tests.factories import penalty_matter
from zhifa.organisations.tests.factories import make_uscc
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory, make_resident_id

ORG_PARTY_USCC = make_uscc(4242)
PERSON_PARTY_ID = make_resident_id(4242)


@dataclass
class Team:
    """Everyone a penalty case needs in ``body``: three certified officers (the first two have accounts), a
    head (with a person record), a legal reviewer with 法律职业资格 and a colleague who can chair a hearing."""

    body: object
    matter: object
    officers: list
    officer_user: object
    head: object
    reviewer: object
    reviewer_person: object
    chair: object

    @property
    def officer_ids(self) -> list[int]:
        return [p.pk for p in self.officers[:2]]


def certified(body, name: str, **person):
    p = PersonFactory(organisation=body, name=name, **person)
    CertificateFactory(valid=True, person=p, organisation=body)
    return p


def make_team(body, *, matter=None) -> Team:
    officers = [certified(body, n) for n in ("张执法", "李执法", "王执法")]
    officer_user = UserFactory(officer=True, organisation=body, person=officers[0], full_name="张执法")
    head_person = certified(body, "赵局长")
    head = UserFactory(head=True, organisation=body, person=head_person, full_name="赵局长")
    reviewer_person = PersonFactory(organisation=body, name="钱法审", has_legal_qualification=True)
    reviewer = UserFactory(legal_reviewer=True, organisation=body, person=reviewer_person, full_name="钱法审")
    chair = certified(body, "孙主持")
    matter = matter or penalty_matter(body, name="对未按规定公示信息的行政处罚")
    return Team(body, matter, officers, officer_user, head, reviewer, reviewer_person, chair)


def org_party(**kw) -> F.PartyInput:
    data = {"kind": PartyKind.ORGANISATION, "name": "示范贸易有限公司", "identifier": ORG_PARTY_USCC,
            "legal_representative": "周经理", "address": "测试区示范路1号"}  # fmt: skip
    return F.PartyInput(**{**data, **kw})


def person_party(**kw) -> F.PartyInput:
    data = {
        "kind": PartyKind.PERSON,
        "name": "吴某",
        "identifier": PERSON_PARTY_ID,
        "address": "测试区人民路2号",
    }
    return F.PartyInput(**{**data, **kw})


def step(user, case: Case | None, action: str, **facts) -> Case:
    schema = F.FACTS_BY_ACTION[action]
    return case_step(case=case, action=action, facts=schema(**facts), by=actor_of(user))


def all_findings(finding=Finding.PASS) -> list[dict]:
    return [
        {"item": code, "finding": finding, "note": "" if finding == Finding.PASS else "问题"}
        for code, _ in REVIEW_ITEMS
    ]


# --- a case taken to a state, one real step at a time -----------------------------------------------------------

ACT = date(2026, 9, 1)


def clue(team: Team, *, on: date = date(2026, 9, 10), party=None, act_date: date | None = None) -> Case:
    return step(team.officer_user, None, "register_clue", on=on, matter_id=team.matter.pk, title="未按规定公示信息案",
                origin=ClueOrigin.INSPECTION, clue="日常检查发现未公示", party=party, act_date=act_date)  # fmt: skip


def verified(team: Team, *, act_date: date = ACT, party=None, verify_on: date = date(2026, 9, 11),
             act_ended_on: date | None = None, safety_harm: bool = False, clue_on: date | None = None,
             **kw) -> Case:  # fmt: skip
    case = clue(team, **({"on": clue_on} if clue_on else {}), **kw)
    return step(team.officer_user, case, "verify", on=verify_on, officer_ids=team.officer_ids, finding="核查属实",
                act_date=act_date, act_ended_on=act_ended_on, act_place="测试区示范路1号", safety_harm=safety_harm,
                party=party or org_party())  # fmt: skip


def filed(team: Team, *, file_on: date = date(2026, 9, 14), **kw) -> Case:
    case = verified(team, **kw)
    return step(team.head, case, "file", on=file_on, reason="同意立案",
                lead_officer_id=team.officers[0].pk, assistant_officer_ids=[team.officers[1].pk])  # fmt: skip


def concluded(team: Team, *, kinds=("fine",), fine: str | None = "8000", outcome=DecisionOutcome.PENALTY,
              complex_case: bool = False, inquire_on: date = date(2026, 9, 15),
              conclude_on: date = date(2026, 9, 20), circumstances=(), deviation_reason: str = "", **kw) -> Case:  # fmt: skip
    case = filed(team, **kw)
    step(team.officer_user, case, "inquire", on=inquire_on, officer_ids=team.officer_ids,
         person_inquired="周经理", summary="当事人承认未公示")  # fmt: skip
    return step(team.officer_user, case, "conclude", on=conclude_on, facts="当事人未按规定公示信息。",
                outcome=outcome, kinds=list(kinds), fine_amount=Decimal(fine) if fine else None,
                complex_case=complex_case, circumstances=list(circumstances),
                deviation_reason=deviation_reason)  # fmt: skip


def reviewed(team: Team, *, audit_on: date = date(2026, 9, 21), **kw) -> Case:
    case = concluded(team, **kw)
    return step(team.reviewer, case, "audit_pass", on=audit_on, reason="事实清楚")


def notified(team: Team, *, on: date = date(2026, 9, 22), **kw) -> Case:
    case = reviewed(team, **kw)
    return step(team.officer_user, case, "notify", on=on)


# --- for walking the procedure tables ------------------------------------------------------------------------


def force_state(case: Case, state: str) -> Case:
    """Put a case straight into ``state`` (only for walking the procedure table: every other test takes steps)."""
    Case.objects.filter(pk=case.pk).update(state=state)
    case.refresh_from_db()
    return case


def default_facts(team: Team) -> dict[str, dict]:
    """Valid facts for every action of both penalty tables (what a step's form would accept)."""
    ids = team.officer_ids
    review = {"findings": all_findings(), "reason": "逐项审核，意见如上"}
    return {
        "register_clue": {"matter_id": team.matter.pk, "title": "未按规定公示信息案", "origin": ClueOrigin.INSPECTION,
                          "clue": "日常检查发现"},
        "verify": {"officer_ids": ids, "finding": "核查属实", "act_date": ACT, "party": org_party()},
        "file": {"lead_officer_id": ids[0], "assistant_officer_ids": [ids[1]]},
        "decline": {"reason": "不符合立案条件"},
        "inquire": {"officer_ids": ids, "person_inquired": "周经理", "summary": "询问当事人"},
        "inspect_site": {"officer_ids": ids, "place": "测试区示范路1号", "summary": "现场检查"},
        "preserve": {"officer_ids": ids, "items": "账簿一册", "reason": "证据可能灭失"},
        "conclude": {"facts": "当事人未按规定公示信息。", "outcome": DecisionOutcome.PENALTY, "kinds": ["fine"],
                     "fine_amount": Decimal("8000")},
        "audit_pass": {"reason": "事实清楚"},
        "audit_return": {"reason": "补充调查"},
        "notify": {},
        "record_statement": {"statement": "当事人称已改正", "adopted": False, "review_note": "复核后不予采纳"},
        "waive": {"reason": "当事人书面放弃"},
        "request_hearing": {},
        "schedule_hearing": {"chair_id": team.chair.pk, "notice_served_on": date(2026, 11, 2),
                             "scheduled_on": date(2026, 11, 20), "place": "第一听证室"},
        "hold_hearing": {"record": "听证笔录摘要"},
        "send_review": {"reviewer_id": team.reviewer_person.pk},
        "review_agree": review,
        "review_correct": review,
        "review_transfer": review,
        "extend_review": {"reason": "案情复杂"},
        "discuss": {"chair": "赵局长", "participants": ["赵局长", "钱副局长", "孙副局长"], "opinions": "同意拟处理意见",
                    "conclusion": "按拟处理意见作出决定"},
        "decide": {"outcome": DecisionOutcome.PENALTY, "kinds": ["fine"], "fine_amount": Decimal("8000")},
        "serve": {"recipient": "周经理"},
        "record_payment": {"amount": Decimal("100"), "receipt": "NO.0001"},
        "defer_payment": {"new_due_on": date(2026, 12, 31)},
        "apply_court": {},
        "complete_execution": {},
        "close": {},
        "suspend": {"reason": "当事人下落不明"},
        "resume": {},
        "extend": {"reason": "案情复杂"},
        "recuse": {"person_id": ids[1], "reason": "与当事人有利害关系"},
        "assign_officer": {"person_id": team.officers[2].pk},
        "propose_transfer": {"officer_ids": ids, "police_authority": "测试区公安分局", "reason": "涉嫌生产销售伪劣产品罪"},
        "transfer": {"reason": "同意移送"},
        "decline_transfer": {"reason": "证据不足，继续调查"},
        "handle_preserved": {"measure": "release", "reason": "解除保存"},
        "police_declined": {"reference": "测公不立〔2026〕1号"},
        "police_filed": {"reference": "测公立〔2026〕1号"},
        "hand_over": {"receipt": "测试区公安分局签收"},
        "hand_over_items": {"receipt": "涉案物品移交清单回执"},
        "request_reconsideration": {"reason": "已达立案追诉标准"},
        "request_supervision": {"reason": "复议维持，仍有异议", "procuratorate": "测试区人民检察院"},
        "resume_administrative": {"reason": "依法处理"},
        "revoke_filing": {"reason": "违法事实不能成立"},
        "annul_decision": {"ground": "revoked", "authority": "测试区人民政府", "document": "测政复决字〔2026〕1号",
                           "reason": "复议决定撤销原处罚决定"},
        "decide_on_spot": {"officer_ids": ids, "matter_id": team.matter.pk, "title": "当场处罚案", "party": person_party(),
                           "act_date": date(2026, 11, 20), "act_place": "测试区人民路", "facts": "当场查实",
                           "kinds": ["fine"], "fine_amount": Decimal("100")},
        "file_record": {},
    }  # fmt: skip


# --- taking a step and checking everything it leaves behind -----------------------------------------------------


RUNNING, MET, CANCELLED = DeadlineStatus.RUNNING, DeadlineStatus.MET, DeadlineStatus.CANCELLED


class Walk:
    """Takes steps on one case through ``case_step`` and checks, for each, the state reached, the history row,
    the documents issued (kinds and 文号), the deadlines started, met and cancelled, and the audit event."""

    def __init__(self, team, case: Case | None = None):
        self.team, self.case, self.taken = team, case, set()
        self.docs: dict[str, Document] = {}

    def __call__(
        self, user, action: str, to: str, *, docs=(), starts=(), met=(), cancelled=(), **facts
    ) -> Case:
        case = self.case
        steps_before = case.steps.count() if case else 0
        docs_before = set(case.documents.values_list("pk", flat=True)) if case else set()
        deadlines_before = dict(case.deadlines.values_list("pk", "status")) if case else {}
        seq = AuditEvent.objects.aggregate(m=Max("seq"))["m"] or 0
        from_state = case.state if case else "new"

        case = step(user, case, action, **facts)
        case.refresh_from_db()

        row = case.steps.order_by("-id").first()
        assert (row.action, row.from_state, row.to_state, case.state) == (action, from_state, to, to)
        assert case.steps.count() == steps_before + 1
        new_docs = list(case.documents.exclude(pk__in=docs_before).order_by("id"))
        assert sorted(d.kind for d in new_docs) == sorted(docs), action
        for doc in new_docs:
            assert doc.step_id == row.pk and doc.issued_on == row.on
            word = DOCUMENT_PREFIX.get(doc.kind)
            if word:
                pattern = rf"{re.escape(body_word(case.organisation))}{word}〔{row.on.year}〕[1-9]\d*号"
                assert re.fullmatch(pattern, doc.number), doc.number
            else:
                assert doc.number == ""
        started = list(case.deadlines.filter(step=row))
        assert sorted(d.kind for d in started) == sorted(starts), action
        assert all(d.starts_on == row.on and d.status == RUNNING and d.basis for d in started)
        now = {d.pk: d for d in case.deadlines.all()}
        ended = [
            now[pk]
            for pk, status in deadlines_before.items()
            if status == RUNNING and now[pk].status != RUNNING
        ]
        assert sorted(d.kind for d in ended if d.status == MET) == sorted(met), action
        assert sorted(d.kind for d in ended if d.status == CANCELLED) == sorted(cancelled), action
        assert all(d.met_on == row.on for d in ended)
        event = AuditEvent.objects.get(seq__gt=seq, action=f"case.{action}")
        assert (event.object_type, event.object_id, event.after["step"]) == (
            "cases.case",
            str(case.pk),
            row.pk,
        )
        assert event.after["state"] == to and event.organisation_id == case.organisation_id

        self.taken.add(action)
        self.case, self.row, self.docs = case, row, {d.kind: d for d in new_docs}
        return case

    def deadline(self, kind: str) -> CaseDeadline:
        return self.case.deadlines.filter(kind=kind).order_by("-id").first()
