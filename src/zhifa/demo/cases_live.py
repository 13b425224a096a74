"""The demo logins' own desk: cases of 区市场监督管理局 taken step by step through ``cases.services.case_step``
(every guard runs), in every state of both procedure tables, over the last four months.

Each scenario is a list of steps with the working days between them and one anchored step (its date, or a
deadline it must leave due in the next three days); the dates are worked out backward and forward from the anchor,
then every planned step of every scenario is taken in date order, so 文号 run in the order documents were issued.
The officer login leads every case with a colleague; the head approves, the reviewer audits and reviews, and a
third officer, who never investigated the case, chairs its hearing.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from zhifa.accounts.actors import Actor
from zhifa.cases import facts as F
from zhifa.cases.constants import REVIEW_ITEMS, ClueOrigin, Finding, PartyKind, ServiceMethod
from zhifa.cases.guards import av_step_required, outstanding
from zhifa.cases.models import Case
from zhifa.cases.services import case_step
from zhifa.evidence.constants import EvidenceKind
from zhifa.evidence.schemas import EvidenceInput
from zhifa.evidence.services import evidence_add

from . import data as D
from . import recordings as rec
from .cases_world import (
    Amounts,
    Calculated,
    CaseWorld,
    Officer,
    PartyPlan,
    Proposal,
    case_title,
    facts_for_calculator,
    propose,
    violated_basis,
    violation_text,
)
from .context import LoadContext

WINDOW_DAYS = 125  # the live cases' steps fall in the last four months
POLICE = "示范市公安局清江分局"

# 区市场监管局's matters the scenarios use (all exercised by it, all with a filed benchmark).
TABLEWARE = "02201002000"  # 餐具、饮具未经洗净消毒 (首违不罚 tier; 警告, 拒不改正的罚款)
HEALTH_CERT = "02201002100"  # 安排未取得健康证明的人员从事接触直接入口食品的工作
LABEL_FLAW = "02201001500"  # 标签瑕疵经责令改正拒不改正（二千元以下）
AD_INACCURATE = "02201005900"  # 广告表示不准确、清楚、明白
AD_SYSTEM = "02201006200"  # 广告业务管理制度不健全
POPUP_AD = "02201006400"  # 互联网广告未能一键关闭
MARKET_HOST = "02201002600"  # 集中交易市场开办者未履行检查、报告义务（五万元以上二十万元以下）
FAKE_FOOD = "02201000200"  # 用非食品原料生产食品（涉嫌犯罪的移送）
NO_LABEL = "02201001300"  # 无标签的预包装食品
STORAGE = "02201002800"  # 未按要求贮存食品

# With no earlier decision for the party: 首违不罚 where the benchmark lists it.
FIRST = ("slight_harm", "corrected_in_time")
CORRECTED = ("corrected_in_time",)
REFUSED = ("refused_correction",)


@dataclass(frozen=True)
class Plan:
    """One scenario: the matter, the party, the circumstances, and the steps with their gaps (working days)."""

    name: str
    matter: str
    steps: tuple[tuple[str, int], ...]
    anchor: tuple[int, Callable[[Desk], date]]  # (index of the step, its date)
    party_kind: str = PartyKind.ORGANISATION
    circumstances: tuple[str, ...] = ()
    complex_case: bool = False
    simple: bool = False
    paid_on_spot: bool = False
    partial: bool = False


@dataclass(eq=False)
class Live:
    """One scenario being walked: its case once created, and what its steps need."""

    plan: Plan
    seq: int
    party: PartyPlan
    partner: Officer
    chair: Officer
    amounts: Amounts
    dates: list[date]
    proposal: Proposal | None = None
    calc: Calculated | None = None
    act_date: date | None = None
    case: Case | None = None


# --- the scenarios ------------------------------------------------------------------------------------------------

CLUE = (("register_clue", 0),)
VERIFIED = (*CLUE, ("verify", 2))
FILED = (*VERIFIED, ("file", 1))
CONCLUDED = (*FILED, ("inquire", 2), ("conclude", 3))
AUDITED = (*CONCLUDED, ("audit_pass", 2))
NOTIFIED = (*AUDITED, ("notify", 1))
DECIDED = (*NOTIFIED, ("decide", 6))
SERVED = (*DECIDED, ("serve", 1))
WAIVED = (*NOTIFIED, ("waive", 1), ("decide", 1), ("serve", 1))
HEARD = (*NOTIFIED, ("request_hearing", 2), ("schedule_hearing", 1), ("hold_hearing", 8))
REVIEWED_AFTER_HEARING = (*HEARD, ("send_review", 1), ("review_agree", 3))
TRANSFER = (*FILED, ("inspect_site", 1), ("propose_transfer", 2), ("transfer", 1))
ON_SPOT = (("decide_on_spot", 0),)


def _ago(days: int) -> Callable[[Desk], date]:
    return lambda desk: desk.today - timedelta(days=days)


def _due_soon(kind: str) -> Callable[[Desk], date]:
    """The latest day for the anchored step that leaves its deadline due in the next three days."""
    return lambda desk: desk.day_leaving_due_soon(kind)


def plans() -> list[tuple[Plan, int, int]]:
    """The scenarios, how many of each at scale 1, and how many at least at any scale: one case in every state of
    both tables, and the cases with a role of their own (a hearing, a major decision with review and 集体讨论,
    首违不罚, a transfer, deadlines overdue and due in the next three days), whatever the scale."""
    last = -1
    return [
        (Plan("clue", AD_INACCURATE, CLUE, (0, _ago(1)), PartyKind.INDIVIDUAL_BUSINESS), 2, 1),
        (Plan("verified", TABLEWARE, VERIFIED, (last, _ago(2))), 2, 1),
        (Plan("investigating", POPUP_AD, (*FILED, ("inquire", 2)), (last, _ago(3))), 2, 0),
        (Plan("investigating_overdue", NO_LABEL, (*FILED, ("inquire", 3), ("inspect_site", 55)), (2, _ago(96))), 1, 1),
        (Plan("investigating_due", HEALTH_CERT, (*FILED, ("inquire", 4)), (2, _due_soon("decision"))), 1, 0),
        (Plan("case_review", AD_SYSTEM, CONCLUDED, (last, _ago(2))), 2, 1),
        (Plan("reviewed", STORAGE, AUDITED, (last, _ago(1)), PartyKind.INDIVIDUAL_BUSINESS), 1, 1),
        (Plan("notified_due", AD_INACCURATE, NOTIFIED, (last, _due_soon("statement")), circumstances=CORRECTED), 1, 1),
        (Plan("notified_hearing_right", AD_SYSTEM, NOTIFIED, (last, _ago(1)), PartyKind.PERSON), 1, 0),
        (Plan("notified_stated", LABEL_FLAW, (*NOTIFIED, ("record_statement", 2)), (last, _ago(4))), 1, 0),
        (Plan("hearing", MARKET_HOST, (*NOTIFIED, ("request_hearing", 2), ("schedule_hearing", 1)), (last, _ago(2))),
         1, 1),
        (Plan("heard", AD_SYSTEM, HEARD, (last, _ago(3)), PartyKind.PERSON), 1, 1),
        (Plan("legal_review_due", POPUP_AD, (*NOTIFIED, ("send_review", 2)), (last, _due_soon("legal_review")),
              PartyKind.PERSON), 1, 1),
        (Plan("legal_review_overdue", AD_SYSTEM, (*NOTIFIED, ("send_review", 2)), (last, _ago(16)), PartyKind.PERSON),
         1, 0),
        (Plan("review_agreed", MARKET_HOST, (*NOTIFIED, ("waive", 2), ("send_review", 1), ("review_agree", 3)),
              (last, _ago(1)), complex_case=True), 1, 1),
        (Plan("decided_due", TABLEWARE, DECIDED, (last, _due_soon("service")), circumstances=REFUSED), 1, 1),
        (Plan("decided", AD_INACCURATE, (*NOTIFIED, ("waive", 1), ("decide", 2)), (last, _ago(1)),
              circumstances=CORRECTED), 1, 0),
        (Plan("executing_due", AD_INACCURATE, SERVED, (last, _due_soon("payment")), circumstances=CORRECTED), 1, 1),
        (Plan("executing_partial", POPUP_AD, (*SERVED, ("record_payment", 3)), (last, _ago(2)), partial=True), 1, 0),
        (Plan("executing_warning", STORAGE, WAIVED, (last, _ago(1)), PartyKind.INDIVIDUAL_BUSINESS), 1, 0),
        (Plan("court_enforcement", AD_SYSTEM, (*SERVED, ("apply_court", 14)), (last, _ago(5))), 1, 1),
        (Plan("executed", POPUP_AD, (*WAIVED, ("record_payment", 4), ("complete_execution", 0)), (last, _ago(2))), 1, 1),
        (Plan("transfer_approved", FAKE_FOOD, TRANSFER, (last, _ago(0))), 1, 1),
        (Plan("transferred", FAKE_FOOD, (*TRANSFER, ("hand_over", 0), ("police_filed", 2), ("hand_over_items", 1)),
              (last, _ago(8))), 1, 1),
        (Plan("police_declined", FAKE_FOOD, (*TRANSFER, ("hand_over", 1), ("police_declined", 2)), (last, _ago(1))),
         1, 1),
        (Plan("suspended", NO_LABEL, (*FILED, ("inquire", 2), ("suspend", 5)), (last, _ago(15))), 1, 1),
        (Plan("not_filed", LABEL_FLAW, (*VERIFIED, ("decline", 2)), (last, _ago(20))), 1, 1),
        (Plan("revoked", HEALTH_CERT, (*FILED, ("inquire", 3), ("revoke_filing", 4)), (last, _ago(25))), 1, 1),
        (Plan("annulled", AD_INACCURATE, (*SERVED, ("annul_decision", 20)), (last, _ago(3)), circumstances=CORRECTED),
         1, 1),
        (Plan("closed_major", MARKET_HOST, (*REVIEWED_AFTER_HEARING, ("discuss", 1), ("decide", 1), ("serve", 1),
              ("record_payment", 5), ("complete_execution", 0), ("close", 2)), (last, _ago(6)), complex_case=True),
         1, 1),
        (Plan("closed_first_offence", TABLEWARE, (*WAIVED, ("complete_execution", 1), ("close", 2)), (last, _ago(20)),
              PartyKind.INDIVIDUAL_BUSINESS, circumstances=FIRST), 1, 1),
        (Plan("closed_fine", AD_INACCURATE, (*WAIVED, ("record_payment", 6), ("complete_execution", 0), ("close", 3)),
              (last, _ago(30)), circumstances=CORRECTED), 2, 0),
        (Plan("closed_warning", STORAGE, (*WAIVED, ("complete_execution", 1), ("close", 2)), (last, _ago(45))), 1, 0),
        (Plan("on_spot", TABLEWARE, ON_SPOT, (0, _due_soon("filing_record")), PartyKind.INDIVIDUAL_BUSINESS,
              simple=True), 1, 1),
        (Plan("on_spot_executing", LABEL_FLAW, (*ON_SPOT, ("file_record", 1)), (last, _ago(3)), simple=True), 1, 1),
        (Plan("on_spot_executed", LABEL_FLAW, (*ON_SPOT, ("file_record", 1), ("complete_execution", 1)),
              (last, _ago(4)), simple=True, paid_on_spot=True), 1, 1),
        (Plan("on_spot_closed", LABEL_FLAW, (*ON_SPOT, ("file_record", 1), ("record_payment", 3),
              ("complete_execution", 0), ("close", 2)), (last, _ago(12)), simple=True), 2, 1),
    ]  # fmt: skip


def planned(scale: float) -> list[tuple[Plan, int]]:
    """(scenario, copy) for every live case at ``scale``."""
    return [
        (plan, copy)
        for plan, at_scale_1, least in plans()
        for copy in range(max(least, round(at_scale_1 * scale)))
    ]


def filed_count(scale: float) -> int:
    """How many live cases are filed (立案 or 当场处罚): the year's bulk leaves room for them."""
    return sum(any(a in ("file", "decide_on_spot") for a, _ in plan.steps) for plan, _ in planned(scale))


def closed_count(scale: float) -> int:
    """How many live cases end closed (结案)."""
    return sum(plan.steps[-1][0] == "close" for plan, _ in planned(scale))


# --- the desk -----------------------------------------------------------------------------------------------------


class Desk:
    """区市场监督管理局 with its demo logins, working the scenarios through ``case_step``."""

    def __init__(self, ctx: LoadContext, world: CaseWorld):
        self.ctx, self.world, self.rng = ctx, world, ctx.rng
        self.today = ctx.tl.today
        if self.today > timezone.localdate():  # case_step refuses a step dated after the clock's today
            raise ValueError(f"演示数据的“今天”（{self.today}）晚于系统日期，无法办理演示案件。")
        self.cal = world.calendar
        self.body = ctx.orgs[D.BODIES[0].name]
        self.officer = Actor.from_user(ctx.users["officer"])
        self.head = Actor.from_user(ctx.users["head"])
        self.reviewer = Actor.from_user(ctx.users["reviewer"])
        staff = world.staff[self.body.pk]
        first = self.today - timedelta(days=WINDOW_DAYS + 40)
        able = staff.available(first, self.today, "market")
        self.me = next(o for o in able if o.plan.account == "officer")
        self.partners = sorted((o for o in able if o.pk != self.me.pk), key=lambda o: o.pk)
        if len(self.partners) < 2:
            raise ValueError("区市场监督管理局持证执法人员不足，无法生成演示案件。")
        self.head_name = ctx.users["head"].full_name
        deputies = [p.row.name for p in staff.others if p.post.startswith("副")]
        # 集体讨论: the head and two deputies, the legal reviewer attending.
        reviewer = ctx.users["reviewer"].full_name
        self.participants = [self.head_name, *(deputies or [o.name for o in self.partners])[:2], reviewer]
        self.versions = {v.matter.basic_code: v for v in world.versions}

    # dates -------------------------------------------------------------------------------------------------------

    def day_leaving_due_soon(self, kind: str) -> date:
        """The latest working day on or before today from which ``kind``'s period ends in the next 1–3 days."""
        due: Callable[[date], date] = {
            "decision": lambda d: self.cal.days_after(d, 90),
            "statement": self.cal.statement_ends,
            "legal_review": lambda d: self.cal.wd_after(d, self.world.params.review_days),
            "service": lambda d: self.cal.wd_after(d, 7),
            "payment": lambda d: self.cal.days_after(d, 15),
            "filing_record": lambda d: self.cal.wd_after(d, self.world.params.filing_days),
        }[kind]
        day = self.cal.workday_back(self.today)
        for _ in range(200):
            if self.today < due(day) <= self.today + timedelta(days=3):
                return day
            day = self.cal.workday_back(day - timedelta(days=1))
        return self.cal.workday_back(self.today)

    def dates(self, plan: Plan, back: int = 0) -> list[date]:
        """The steps' dates: the anchored one (``back`` days earlier for a repeated scenario), the steps before it
        their gaps earlier, the steps after it their gaps later (working days)."""
        index, when = plan.anchor
        index %= len(plan.steps)
        days = [self.today] * len(plan.steps)
        days[index] = self.cal.workday_back(min(when(self), self.today) - timedelta(days=back))
        for i in range(index - 1, -1, -1):
            days[i] = self.cal.wd_before(days[i + 1], plan.steps[i + 1][1])
        for i in range(index + 1, len(plan.steps)):
            days[i] = self.cal.wd_after(days[i - 1], plan.steps[i][1])
        if days[-1] > self.today:
            raise ValueError(f"演示案件“{plan.name}”的步骤日期晚于今天：{days[-1]}")
        return days

    # running ------------------------------------------------------------------------------------------------------

    def run(self) -> list[Case]:
        lives: list[Live] = []
        for plan, copy in planned(self.ctx.scale):
            lives.append(self._live(plan, len(lives), copy))
        # Every step of every scenario in date order: 文号 follow the order the documents were issued.
        for _, seq, i in sorted((day, live.seq, i) for live in lives for i, day in enumerate(live.dates)):
            live = lives[seq]
            action, _gap = live.plan.steps[i]
            live.case = self._take(live, action, live.dates[i])
        return [live.case for live in lives]

    def _live(self, plan: Plan, seq: int, copy: int) -> Live:
        dates = self.dates(plan, back=3 * copy)
        partner = self.partners[seq % len(self.partners)]
        chair = self.partners[(seq + 1) % len(self.partners)]
        party = self.world.parties.new("market", plan.party_kind)
        live = Live(plan, seq, party, partner, chair, Amounts.draw(self.rng), dates)
        live.act_date = dates[0] - timedelta(days=self.rng.randint(3, 20))
        version = self.versions[plan.matter]
        calc = self.world.benchmarks.calculate(
            version,
            self.body.pk,
            facts_for_calculator(party, live.act_date, plan.circumstances, live.amounts),
        )
        live.calc, live.proposal = calc, propose(self.rng, calc, live.amounts, party.party_type)
        if plan.simple and live.proposal.outcome != "penalty":
            live.proposal = Proposal("penalty", ("warning",), None, None)
        return live

    def _take(self, live: Live, action: str, on: date) -> Case:
        by, facts = getattr(self, f"_{action}")(live, on)
        if live.case is not None:
            self._record(live, action, on, str(facts.get("method", "")))
        schema = F.FACTS_BY_ACTION[action]
        return case_step(case=live.case, action=action, facts=schema(on=on, **facts), by=by)

    def _record(self, live: Live, action: str, on: date, method: str) -> None:
        """The officer uploads the body-camera clip of the act first, as the 音像记录 rule (PEN-031) requires."""
        case = live.case
        av_step = av_step_required(case.matter_version, action, method)
        if av_step is None:
            return
        day = case.decided_on if action == "file_record" else on
        n = case.evidence.count() + live.seq * 7
        data = EvidenceInput(
            kind=EvidenceKind.AUDIO_VISUAL, av_step=av_step, title=rec.title(av_step), proves=rec.proves(av_step),
            recorded_by_id=self.me.pk, recorded_at=rec.recorded_at(day, 30 + n * 17), place=live.party.row.address,
            source=rec.source(n), officer_ids=self._ids(live),
        )  # fmt: skip
        evidence_add(case=case, data=data, upload=io.BytesIO(rec.clip(case.number, av_step, day, n)),
                     filename=f"DSJ{day:%Y%m%d}{n:04d}.mp4", by=self.officer)  # fmt: skip

    # one method per action: (who takes it, the facts) ------------------------------------------------------------

    def _ids(self, live: Live) -> list[int]:
        return [self.me.pk, live.partner.pk]

    def _place(self, live: Live) -> str:
        return live.party.row.address

    def _register_clue(self, live: Live, on: date):
        version = self.versions[live.plan.matter]
        origin = self.rng.choice([ClueOrigin.INSPECTION, ClueOrigin.INSPECTION, ClueOrigin.COMPLAINT])
        what = violation_text(version, live.calc)
        clue = (
            f"日常监督检查中发现{live.party.row.name}涉嫌{what}。"
            if origin == ClueOrigin.INSPECTION
            else f"群众通过12345热线投诉举报{live.party.row.name}涉嫌{what}。"
        )
        return self.officer, {
            "matter_id": version.matter_id, "title": case_title(version, live.party.row.name), "origin": origin,
            "clue": clue, "party": live.party.input(),
        }  # fmt: skip

    def _verify(self, live: Live, on: date):
        return self.officer, {
            "officer_ids": self._ids(live), "finding": "经现场核查，线索反映的情况基本属实，当事人身份信息已核实。",
            "act_date": live.act_date, "act_place": self._place(live), "party": live.party.input(),
        }  # fmt: skip

    def _file(self, live: Live, on: date):
        return self.head, {"lead_officer_id": self.me.pk, "assistant_officer_ids": [live.partner.pk],
                           "reason": "符合立案条件，同意立案，指定承办人员。"}  # fmt: skip

    def _decline(self, live: Live, on: date):
        return self.head, {"reason": "经核查，当事人已于检查前自行整改，违法事实不能认定，不予立案。"}

    def _inquire(self, live: Live, on: date):
        person = live.party.row.legal_representative or live.party.row.name
        return self.officer, {"officer_ids": self._ids(live), "person_inquired": person,
                              "summary": "当事人对检查发现的情况予以确认，并提供了相关经营资料。"}  # fmt: skip

    def _inspect_site(self, live: Live, on: date):
        return self.officer, {"officer_ids": self._ids(live), "place": self._place(live),
                              "summary": "对经营场所进行现场检查，制作现场笔录并拍照取证。"}  # fmt: skip

    def _conclude(self, live: Live, on: date):
        version, p = self.versions[live.plan.matter], live.proposal
        facts = (
            f"经查，当事人于{live.act_date:%Y年%m月%d日}在{self._place(live)}{violation_text(version, live.calc)}，"
            f"违反了{violated_basis(version, live.calc)}的规定。"
        )
        return self.officer, {
            "facts": facts, "outcome": p.outcome, "kinds": list(p.kinds), "fine_amount": p.fine,
            "confiscated_amount": p.confiscated, "circumstances": list(live.plan.circumstances),
            "complex_case": live.plan.complex_case, **live.amounts.facts(),
        }  # fmt: skip

    def _audit_pass(self, live: Live, on: date):
        return self.reviewer, {"reason": "事实清楚，证据确凿，适用依据正确，程序合法，同意拟处理意见。"}

    def _notify(self, live: Live, on: date):
        return self.officer, {"method": ServiceMethod.DIRECT}

    def _waive(self, live: Live, on: date):
        return self.officer, {"reason": "当事人书面明确放弃陈述、申辩和听证权利。"}

    def _record_statement(self, live: Live, on: date):
        return self.officer, {"statement": "当事人称系初次违法，已立即整改，请求从轻处理。", "adopted": False,
                              "review_note": "经复核，拟处罚已按裁量基准从轻档次确定，陈述申辩理由不予采纳。"}  # fmt: skip

    def _request_hearing(self, live: Live, on: date):
        return self.officer, {"reason": "当事人在法定期限内书面要求举行听证。"}

    def _schedule_hearing(self, live: Live, on: date):
        scheduled = self.cal.wd_after(on, 8)
        return self.head, {"chair_id": live.chair.pk, "notice_served_on": on, "scheduled_on": scheduled,
                           "place": f"{self.body.name}听证室", "public": True}  # fmt: skip

    def _hold_hearing(self, live: Live, on: date):
        return self.officer, {
            "record": "调查人员陈述违法事实、证据和处罚建议；当事人进行申辩和质证；双方作最后陈述。"
        }

    def _send_review(self, live: Live, on: date):
        return self.officer, {"reviewer_id": self.reviewer.person_id}

    def _review_agree(self, live: Live, on: date):
        findings = [{"item": code, "finding": Finding.PASS, "note": ""} for code, _ in REVIEW_ITEMS]
        return self.reviewer, {"findings": findings,
                               "reason": "主体合法，事实清楚，证据充分，适用依据准确，裁量适当，程序合法，同意作出决定。"}  # fmt: skip

    def _discuss(self, live: Live, on: date):
        return self.head, {"chair": self.head_name, "participants": self.participants,
                           "opinions": "参加人员一致认为违法事实清楚，拟处理意见符合裁量基准。",
                           "conclusion": "同意按拟处理意见作出行政处罚决定。"}  # fmt: skip

    def _decide(self, live: Live, on: date):
        p = live.proposal
        return self.head, {"outcome": p.outcome, "kinds": list(p.kinds), "fine_amount": p.fine,
                           "confiscated_amount": p.confiscated}  # fmt: skip

    def _serve(self, live: Live, on: date):
        person = live.party.row.legal_representative or live.party.row.name
        return self.officer, {"method": ServiceMethod.DIRECT, "recipient": person}

    def _record_payment(self, live: Live, on: date):
        case = Case.objects.get(pk=live.case.pk)
        owed = outstanding(case, on)
        amount = (owed / 2).quantize(Decimal("1")) if live.plan.partial else owed
        return self.officer, {"amount": amount, "receipt": f"FS{on:%Y%m%d}{live.seq:04d}"}

    def _apply_court(self, live: Live, on: date):
        return self.head, {"reason": "当事人逾期不缴纳罚款，经催告仍未履行。"}

    def _complete_execution(self, live: Live, on: date):
        return self.officer, {"reason": "当事人已履行处罚决定。"}

    def _close(self, live: Live, on: date):
        return self.head, {"reason": "处罚决定已执行完毕，同意结案归档。"}

    def _suspend(self, live: Live, on: date):
        return self.head, {"reason": "当事人法定代表人下落不明，案件暂时无法继续调查。"}

    def _propose_transfer(self, live: Live, on: date):
        return self.officer, {"officer_ids": self._ids(live), "police_authority": POLICE, "items": "涉案食品及原料一批",
                              "reason": "现场查获用非食品原料生产的食品，货值较大，涉嫌生产、销售有毒、有害食品罪。"}  # fmt: skip

    def _transfer(self, live: Live, on: date):
        return self.head, {"reason": "经审查，同意移送公安机关。"}

    def _hand_over(self, live: Live, on: date):
        return self.officer, {"receipt": f"{POLICE}食品药品环境犯罪侦查大队签收，回执{live.seq}号"}

    def _police_filed(self, live: Live, on: date):
        return self.officer, {"reference": f"清公（食药环）立字〔{on.year}〕{100 + live.seq}号"}

    def _police_declined(self, live: Live, on: date):
        return self.officer, {"reference": f"清公（食药环）不立字〔{on.year}〕{100 + live.seq}号"}

    def _hand_over_items(self, live: Live, on: date):
        return self.officer, {"receipt": f"涉案物品移交清单回执{live.seq}号"}

    def _annul_decision(self, live: Live, on: date):
        return self.head, {"ground": "revoked", "authority": "示范市清江区人民政府（行政复议）",
                           "document": f"清政复决字〔{on.year}〕{live.seq}号",
                           "reason": "行政复议认为违法所得计算依据不足，决定撤销原处罚决定。"}  # fmt: skip

    def _revoke_filing(self, live: Live, on: date):
        return self.head, {"reason": "经调查，当事人提供的健康证明真实有效，违法事实不能成立。"}

    def _decide_on_spot(self, live: Live, on: date):
        version, p = self.versions[live.plan.matter], live.proposal
        fine = p.fine
        if fine is not None:
            fine = min(fine, Decimal("200") if live.party.party_type == "person" else Decimal("3000"))
        return self.officer, {
            "officer_ids": self._ids(live), "matter_id": version.matter_id,
            "title": case_title(version, live.party.row.name), "party": live.party.input(), "act_date": on,
            "act_place": self._place(live), "facts": f"当场查实当事人{violation_text(version, live.calc)}。",
            "kinds": list(p.kinds), "fine_amount": fine, "paid_on_spot": live.plan.paid_on_spot,
        }  # fmt: skip

    def _file_record(self, live: Live, on: date):
        return self.officer, {"reason": "当场处罚决定报本机关备案。"}


def load_live_cases(ctx: LoadContext, world: CaseWorld) -> list[Case]:
    return Desk(ctx, world).run()
