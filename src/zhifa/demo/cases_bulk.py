"""The district's year of penalty cases, planned in memory and bulk-inserted.

Each case is walked forward from its 案源登记 through the procedure table (``cases.workflow``) by ``Walk``, which
does in memory what ``case_step`` does in the database: it refuses a step the table does not allow from the
current state, appends the ``CaseStep`` row, issues the step's documents, starts and meets its deadlines (with the
same periods, ``cases.timing``) and keeps the 90-day decision deadline current. The planner (``Year``) chooses the
path: the matter and a body that exercises it, two officers certified for that body on those days, the party
(some come back: repeat violations), the facts, the calculator's recommendation under the filed benchmark and a
decision inside its range, and whether there is a hearing, a legal review (every major decision), a 集体讨论, a
transfer to the police, a suspension. A case whose next step would fall after today stays where it is: the year's
last weeks are open cases in every state. 文号 are given at the end, per body, year and kind in the order the
documents were issued, and the ``NumberSeries`` rows say where each series stands, so the service continues them.

``Walk`` repeats what ``cases.effects``, ``cases.timing`` and ``cases.documents`` do; ``demo/tests/test_demo_cases``
checks every bulk history against the tables again and takes bulk cases on through ``case_step``, so a change to
the procedure shows up there.
"""

from __future__ import annotations

import contextlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from zhifa.cases.constants import (
    DOCUMENT_PREFIX,
    REVIEW_ITEMS,
    CaseSource,
    CaseStatus,
    ClueOrigin,
    DeadlineStatus,
    DecisionOutcome,
    Finding,
    OfficerRole,
    PartyKind,
    PreservedMeasure,
    ProcedureCode,
    ReviewOpinion,
    ServiceMethod,
)
from zhifa.cases.constants import DeadlineKind as DL
from zhifa.cases.constants import DocumentKind as DK
from zhifa.cases.domain import deadlines as dl
from zhifa.cases.domain.grounds import hearing_grounds, major_grounds
from zhifa.cases.guards import av_step_required
from zhifa.cases.models import (
    Case,
    CaseDeadline,
    CaseOfficer,
    CaseStep,
    Discussion,
    Document,
    Hearing,
    LegalReview,
    NumberSeries,
    Party,
    ReviewFinding,
)
from zhifa.cases.numbering import CASE_SERIES, body_word
from zhifa.cases.timing import BASIS
from zhifa.cases.workflow import GENERAL, PREVIOUS, SIMPLE
from zhifa.catalog.constants import StreetDelegation
from zhifa.catalog.models import MatterVersion
from zhifa.core.audit import PendingEvent, append_many
from zhifa.core.models import StoredFile
from zhifa.core.storage import write_blob
from zhifa.discretion.models import PartyViolation
from zhifa.discretion.selectors import party_key
from zhifa.evidence.constants import EvidenceKind
from zhifa.evidence.models import EvidenceItem
from zhifa.organisations.constants import Category, SubjectKind
from zhifa.organisations.models import Organisation

from . import recordings as rec
from .accounts import body_who
from .cases_live import closed_count, filed_count
from .cases_papers import Papers, fill_numbers
from .cases_world import (
    Amounts,
    BodyStaff,
    Calculated,
    CaseWorld,
    Officer,
    PartyPlan,
    Proposal,
    case_title,
    facts_for_calculator,
    handler_who,
    person_who,
    pick_fine,
    propose,
    violated_basis,
    violation_text,
)
from .context import BATCH, LoadContext
from .plans import Who

LOADER = "系统（演示数据加载）"
FILED_PER_YEAR = 1280  # seed 003: 立案 1,280, 结案 1,200 a year (scale 1)
CLOSED_PER_YEAR = 1200
CLOSING = 0.91  # about this share of the year's own cases is closed by its end (the rest are the open cases)
YEAR = 365
SIMPLE_SHARE = 0.12
# A street's candidate weighs this much of a body's: the streets whose team has a 法制审核员 share each delegated
# matter with its department and take a modest share of the district's cases (seed 003 asks whether they "接得住").
STREET_WEIGHT = 0.5
POLICE = "示范市公安局清江分局"
FINDINGS = [{"item": code, "finding": Finding.PASS, "note": ""} for code, _ in REVIEW_ITEMS]
DECISION_KINDS = (DK.PENALTY_DECISION, DK.NO_PENALTY_DECISION, DK.ON_SPOT_DECISION)
SIMPLE_KINDS = {"warning", "fine"}


class Today(Exception):
    """The next step would fall after today: the case stays in its state."""


# --- walking one case through its table ---------------------------------------------------------------------------


@dataclass(eq=False)
class Walk:
    """One case walked step by step in memory, as ``case_step`` would write it."""

    year: Year
    case: Case
    party: PartyPlan
    staff: BodyStaff
    officers: list[Officer]
    version: MatterVersion
    state: str = ""
    steps: list[CaseStep] = field(default_factory=list)
    deadlines: list[CaseDeadline] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    case_officers: list[CaseOfficer] = field(default_factory=list)
    reviews: list[tuple[LegalReview, list[ReviewFinding]]] = field(default_factory=list)
    hearings: list[Hearing] = field(default_factory=list)
    discussions: list[Discussion] = field(default_factory=list)
    calc: Calculated | None = None
    proposal: Proposal | None = None
    recordings: list[tuple[str, date, CaseStep]] = field(default_factory=list)  # (音像记录环节, day, step)
    last: date | None = None
    minute: int = 0

    def __post_init__(self) -> None:
        self.procedure = GENERAL if self.case.procedure == ProcedureCode.PENALTY_GENERAL else SIMPLE
        self.state = self.procedure.initial
        self.papers = Papers(self)

    # dates ----------------------------------------------------------------------------------------------------

    def after(self, low: int, high: int, *, working: bool = False) -> date:
        """A working day ``low``–``high`` days (working days: ``working``) after the last step; ``Today`` past today."""
        n = self.year.rng.randint(low, high)
        cal = self.year.cal
        day = cal.wd_after(self.last, n) if working else cal.workday(self.last + timedelta(days=n))
        return self.check(day)

    def days_after_filing(self, low: int, high: int) -> date:
        n = self.year.rng.randint(low, high)
        return self.check(self.year.cal.workday(self.case.registered_on + timedelta(days=n)))

    def idle(self, until: date) -> None:
        """Nothing is recorded until ``until`` (the next step comes after it)."""
        self.last = until

    def check(self, day: date) -> date:
        if day > self.year.today:
            raise Today
        return day

    # steps ----------------------------------------------------------------------------------------------------

    def take(self, action: str, on: date, who: Who, *, officers=(), data=None, reason: str = "") -> CaseStep:
        """Take ``action`` on ``on`` (``case_step``'s order: history row, effects, state, documents, deadlines)."""
        step = self.procedure.step(action)
        if step is None or self.state not in step.sources:
            raise ValueError(f"演示案件 {self.case.number}：环节“{self.state}”不能进行“{action}”")
        if (self.last is not None and on < self.last) or on > self.year.today:
            raise ValueError(f"演示案件 {self.case.number}：“{action}”的日期 {on} 不合顺序")
        self.minute = (
            self.minute + self.year.rng.randint(5, 40) if on == self.last else self.year.rng.randint(0, 420)
        )
        row = CaseStep(
            case=self.case, action=action, label=step.label, from_state=self.state, to_state=self.state, on=on,
            officers=[o.record() for o in officers], data=data or {}, reason=reason, actor_label=who.label,
            actor_id=who.user_id, at=self.year.ctx.at(on, self.minute),
        )  # fmt: skip
        self.steps.append(row)
        self.last = on
        self._effects(action, on, row)
        av_step = av_step_required(self.version, action, str((data or {}).get("method", "")))
        if av_step is not None:  # the officers recorded the act on camera (guard PEN-031)
            self.recordings.append((av_step, self.case.decided_on if action == "file_record" else on, row))
        if step.target == PREVIOUS:
            self.state = self.case.state_before_suspension
        elif step.target is not None:
            self.state = step.target
        row.to_state = self.case.state = self.state
        for produces in step.documents:
            if self._produces(produces.kind):
                doc = Document(case=self.case, step=row, kind=produces.kind, issued_on=on)
                if action == "decide_on_spot":  # handed over on the spot (``effects.finish``)
                    doc.served_on = on
                self.documents.append(doc)
                doc.data = self.papers.data(produces.kind, row, on, who)
        self._deadlines(step, on, row)
        return row

    def _effects(self, action: str, on: date, row: CaseStep) -> None:
        case = self.case
        if action == "file":
            case.registered_on = on
        elif action in ("decline", "close", "revoke_filing"):
            case.status, case.closed_on = CaseStatus.CLOSED, on
        elif action == "notify":
            case.notified_on, case.rights_waived = on, False
            case.hearing_offered = bool(case.proposal.get("hearing_grounds"))
        elif action == "waive":
            case.rights_waived = True
        elif action == "decide":
            case.decided_on = on
        elif action == "serve":
            case.served_on = on
            if case.fine_amount:
                case.payment_due_on = self.year.cal.days_after(on, dl.PAYMENT_DAYS)
            for doc in self.documents:
                if doc.kind in (*DECISION_KINDS, DK.CREDIT_REPAIR_NOTICE):
                    doc.served_on = on
        elif action == "record_payment":
            case.paid_amount += Decimal(row.data["amount"])
            row.data["outstanding_after"] = str(self.owed(on))
        elif action == "suspend":
            case.state_before_suspension = self.state
        elif action == "decide_on_spot":
            case.registered_on = case.decided_on = case.served_on = on
        elif action == "file_record" and case.fine_amount and case.paid_amount < case.fine_amount:
            case.payment_due_on = self.year.cal.days_after(case.served_on, dl.PAYMENT_DAYS)

    def _produces(self, kind: str) -> bool:
        """The ``when`` of the table's ``Produces``, read from the planned case."""
        case = self.case
        penalised = case.decision_outcome == DecisionOutcome.PENALTY
        if kind == DK.HEARING_RIGHTS:
            return bool(case.proposal.get("hearing_grounds"))
        if kind == DK.PENALTY_DECISION:
            return penalised
        if kind == DK.NO_PENALTY_DECISION:
            return not penalised
        if kind == DK.CREDIT_REPAIR_NOTICE:
            return (
                penalised
                and self.party.party_type == "organisation"
                and bool(set(case.decided_kinds) - {"warning"})
            )
        return True

    # deadlines (``cases.timing``) -------------------------------------------------------------------------------

    def _due(self, kind: str, on: date) -> date | None:
        cal, params = self.year.cal, self.year.world.params
        return {
            DL.DECISION: lambda: self.decision_due(),
            DL.PRESERVATION: lambda: cal.wd_after(on, dl.PRESERVATION_WORKING_DAYS),
            DL.STATEMENT: lambda: cal.statement_ends(on),
            DL.LEGAL_REVIEW: lambda: self.reviews[-1][0].due_on,
            DL.SERVICE: lambda: cal.wd_after(on, dl.SERVICE_WORKING_DAYS),
            DL.PAYMENT: lambda: self.case.payment_due_on,
            DL.POLICE_FILING: lambda: cal.days_after(on, 3),
            DL.TRANSFER_DECISION: lambda: cal.days_after(on, 3),
            DL.HANDOVER: lambda: on + timedelta(days=1),
            DL.OBJECTION: lambda: cal.days_after(on, 3),
            DL.POLICE_RECONSIDERATION: lambda: cal.days_after(on, 3),
            DL.ITEMS_HANDOVER: lambda: cal.days_after(on, 3) if self._transfer_items() else None,
            DL.FILING_RECORD: lambda: cal.wd_after(on, params.filing_days),
        }[kind]()

    def _transfer_items(self) -> bool:
        """``timing._transferred_items``: the last transfer report listed items."""
        report = next((s for s in reversed(self.steps) if s.action == "propose_transfer"), None)
        return bool(report and report.data.get("items"))

    def _deadlines(self, step, on: date, row: CaseStep) -> None:
        for d in self.deadlines:
            if d.kind in step.stops and d.status == DeadlineStatus.RUNNING:
                d.status, d.met_on = DeadlineStatus.MET, on
        for kind in step.starts:
            due = self._due(kind, on)
            if due is not None:
                self.deadlines.append(CaseDeadline(case=self.case, kind=kind, starts_on=on, due_on=due,
                                                   basis=BASIS[kind], step=row))  # fmt: skip
        if step.action in ("close", "revoke_filing", "decline"):
            for d in self.deadlines:
                if d.status == DeadlineStatus.RUNNING:
                    d.status, d.met_on = DeadlineStatus.CANCELLED, on
        case = self.case
        if case.decided_on is None and case.registered_on is not None:
            due = self.decision_due()
            case.due_on = due
            for d in self.deadlines:
                if d.kind == DL.DECISION and d.status == DeadlineStatus.RUNNING and due is not None:
                    d.due_on = due

    def decision_due(self) -> date | None:
        """``timing.decision_due``: 90 days from 立案, pauses (中止, time with the police) and extensions added."""
        intervals = dl.pause_intervals((s.action, s.on) for s in self.steps)
        extensions = sum(s.action == "extend" for s in self.steps) * self.year.world.params.extension_days
        return dl.decision_due(self.case.registered_on, intervals, extensions, self.year.cal.cal)

    def owed(self, on: date) -> Decimal:
        """``guards.outstanding``: the fine and the surcharge until the payments reached the fine, less payments."""
        case = self.case
        fine = case.fine_amount or Decimal("0")
        extra = Decimal("0")
        if case.payment_due_on:
            total, settled = Decimal("0"), None
            for s in self.steps:
                if s.action == "record_payment":
                    total += Decimal(s.data["amount"])
                    if total >= fine:
                        settled = s.on
                        break
            extra = dl.surcharge(fine, case.payment_due_on, min(on, settled) if settled else on)
        return max(fine + extra - case.paid_amount, Decimal("0"))


# --- the year -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seed:
    """A case before it is walked: when it starts, its matter and body, and which procedure."""

    start: date
    version: MatterVersion
    body: Organisation
    simple: bool


class Year:
    """Plans the year's cases, then writes every table in bulk."""

    def __init__(self, ctx: LoadContext, world: CaseWorld):
        self.ctx, self.world, self.rng = ctx, world, ctx.rng
        self.today, self.cal = ctx.tl.today, world.calendar
        self.walks: list[Walk] = []
        self.case_serial: Counter = Counter()
        self.violations: dict[tuple[str, int], list[date]] = defaultdict(list)
        self.used: dict[int, list[PartyPlan]] = defaultdict(list)
        self.parties: list[PartyPlan] = []
        self.teams = {
            s.body.street_id: s for s in world.staff.values() if s.body.category == Category.STREET_TEAM
        }
        self.candidates = self._candidates()

    # choosing -----------------------------------------------------------------------------------------------

    def _candidates(self) -> list[tuple[MatterVersion, Organisation, float]]:
        """(version, body, weight): bodies that exercise the matter, have certified officers for its domain and a
        法制审核员 (a major decision needs one); matters with a filed benchmark come up more often."""
        out = []
        for version in self.world.versions:
            for body in version.bodies.all():
                staff = self.staff(body, version)
                if staff is None or staff.reviewer is None:
                    continue
                if len(staff.available(self.today, self.today, version.domain)) < 2:
                    continue
                weight = 4.0 if version.matter_id in self.world.benchmarks.matters else 1.0
                out.append(
                    (version, body, weight * (STREET_WEIGHT if body.category == Category.STREET else 1))
                )
        if not out:
            raise ValueError("演示区没有可办理行政处罚案件的执法主体。")
        return out

    def staff(self, body: Organisation, version: MatterVersion) -> BodyStaff | None:
        """Who handles a case of ``version`` in ``body``'s name (``cases.subject``): the body's own people, or for
        a matter delegated to a street, the street's 综合行政执法队. Entrusted organisations take no bulk cases."""
        if body.category == Category.STREET and version.street_delegation == StreetDelegation.DELEGATED:
            return self.teams.get(body.pk)
        if body.category != Category.BODY or body.subject_kind == SubjectKind.ENTRUSTED:
            return None
        return self.world.staff.get(body.pk)

    def _pick(self) -> tuple[MatterVersion, Organisation]:
        version, body, _ = self.rng.choices(self.candidates, weights=[w for *_, w in self.candidates])[0]
        return version, body

    def seeds(self) -> list[Seed]:
        """When each case starts and what it is about: the year's cases, less those the live part files, and a few
        cases filed just before the year and closed in it (a year's 结案 count includes the last year's cases)."""
        filed = self.ctx.n(FILED_PER_YEAR) - filed_count(self.ctx.scale)
        n_simple = round(filed * SIMPLE_SHARE)
        n_general = round((filed - n_simple) * 1.035)  # a few clues are declined or not yet filed
        n_before = max(0, round(self.ctx.n(CLOSED_PER_YEAR) - closed_count(self.ctx.scale) - CLOSING * filed))
        first, last = self.today - timedelta(days=YEAR), self.cal.workday_back(self.today)
        seeds = []
        for kind, n in (("general", n_general), ("simple", n_simple), ("before", n_before)):
            for _ in range(n):
                if kind == "before":
                    start = self.cal.workday_back(first - timedelta(days=self.rng.randint(1, 14)))
                else:
                    start = min(last, self.cal.workday(first + timedelta(days=self.rng.randint(1, YEAR - 2))))
                seeds.append(Seed(start, *self._pick(), kind == "simple"))
        return sorted(seeds, key=lambda s: s.start)

    def _party(self, body: Organisation, version: MatterVersion, kind: str | None = None) -> PartyPlan:
        """A new party, or (one case in eight) one this body has dealt with before, half of them for the same
        matter: the calculator then finds the earlier decision (not a first offence; 从重 within two years)."""
        used = self.used[body.pk]
        if used and kind is None and self.rng.random() < 0.125:
            same = [p for p in used if (party_key(p.row.identifier), version.matter_id) in self.violations]
            return self.rng.choice(same if same and self.rng.random() < 0.5 else used)
        party = self.world.parties.new(version.domain, kind)
        self.parties.append(party)
        used.append(party)
        return party

    def _officers(self, staff: BodyStaff, start: date, version: MatterVersion) -> list[Officer]:
        able = staff.available(start, min(self.today, start + timedelta(days=120)), version.domain)
        return self.rng.sample(able, 2) if len(able) >= 2 else []

    # planning -----------------------------------------------------------------------------------------------

    def plan(self) -> None:
        for seed in self.seeds():
            for _ in range(20):
                staff = self.staff(seed.body, seed.version)
                officers = self._officers(staff, seed.start, seed.version)
                if officers:
                    break
                seed = Seed(seed.start, *self._pick(), seed.simple)
            else:
                continue
            if seed.simple:
                self._simple(seed, staff, officers)
            else:
                self._general(seed, staff, officers)

    def _new_case(self, seed: Seed, staff: BodyStaff, officers, party: PartyPlan, procedure: str) -> Walk:
        body, year = seed.body, seed.start.year
        self.case_serial[(body.pk, year)] += 1
        case = Case(
            number=f"{body.region_code}-{body.pk}-{year}-{self.case_serial[(body.pk, year)]:06d}",
            check_code=f"{self.rng.randrange(10**6):06d}", organisation=body,
            handled_by=staff.body if staff.body.pk != body.pk else None, matter=seed.version.matter,
            matter_version=seed.version, procedure=procedure, title=case_title(seed.version, party.row.name),
            party=party.row, party_name=party.row.name, source=CaseSource.ZHIFA, received_on=seed.start,
        )  # fmt: skip
        walk = Walk(self, case, party, staff, officers, seed.version)
        self.walks.append(walk)
        return walk

    def _circumstances(self) -> tuple[str, ...]:
        r = self.rng.random()
        for upto, found in (
            (0.09, ("slight_harm", "corrected_in_time")), (0.11, ("minor", "corrected_in_time", "no_harm")),
            (0.36, ("corrected_in_time",)), (0.40, ("eliminated_harm",)), (0.43, ("confessed",)),
            (0.47, ("serious_harm",)), (0.51, ("refused_correction",)),
        ):  # fmt: skip
            if r < upto:
                return found
        return ()

    def _calculate(self, walk: Walk, circumstances, amounts: Amounts, act: date) -> Calculated:
        prior = self.violations.get((party_key(walk.party.row.identifier), walk.version.matter_id), [])
        facts = facts_for_calculator(walk.party, act, circumstances, amounts, [d for d in prior if d < act])
        return self.world.benchmarks.calculate(walk.version, walk.case.organisation_id, facts)

    # 普通程序 ------------------------------------------------------------------------------------------------

    def _general(self, seed: Seed, staff: BodyStaff, officers: list[Officer]) -> None:
        party = self._party(seed.body, seed.version)
        walk = self._new_case(seed, staff, officers, party, ProcedureCode.PENALTY_GENERAL)
        with contextlib.suppress(Today):
            self._walk_general(walk, seed)

    def _walk_general(self, w: Walk, seed: Seed) -> None:
        rng, case, lead = self.rng, w.case, w.officers[0]
        handler, head = handler_who(self.ctx, lead), body_who(self.ctx, seed.body)
        act = seed.start - timedelta(days=rng.randint(1, 40))
        what = violation_text(w.version, None)
        origin = rng.choice([ClueOrigin.INSPECTION] * 3 + [ClueOrigin.COMPLAINT] * 2 + [ClueOrigin.REFERRAL])
        case.origin, case.clue = origin, _clue(origin, w.party.row.name, what)
        w.take("register_clue", seed.start, handler, data={"matter_id": w.version.matter_id, "title": case.title,
               "origin": origin, "clue": case.clue, "party": w.party.input(), "act_date": None})  # fmt: skip
        if rng.random() < 0.02:
            w.take("decline", w.after(1, 5), head, reason="经初步核查，线索反映的问题不属实，不予立案。")
            return
        case.act_date, case.act_place = act, w.party.row.address
        w.take("verify", w.after(0, 1), handler, officers=w.officers, data={
            "finding": "经核查，线索反映的情况属实。", "act_date": str(act), "act_ended_on": None,
            "act_place": case.act_place, "safety_harm": False, "party": w.party.input()})  # fmt: skip
        if rng.random() < 0.008:
            w.take("decline", w.after(1, 4), head, reason="违法行为轻微并已改正，依法不予立案。")
            return
        w.take("file", w.after(0, 2), head, reason="符合立案条件，同意立案。",
               data={"lead_officer_id": lead.pk, "assistant_officer_ids": [w.officers[1].pk]})  # fmt: skip
        w.case_officers = [CaseOfficer(case=case, person=o.plan.row, role=r, assigned_on=case.registered_on)
                           for o, r in zip(w.officers, (OfficerRole.LEAD, OfficerRole.ASSISTANT), strict=True)]  # fmt: skip
        amounts = Amounts.draw(rng, large=rng.random() < 0.1)
        if rng.random() < 0.06:  # 先行登记保存, and the decision on what was kept within seven working days
            w.take("preserve", w.after(0, 1), head, officers=w.officers, reason="证据可能灭失，经负责人批准先行登记保存。",
                   data={"items": "涉案物品一批（详见清单）"})  # fmt: skip
            w.take("handle_preserved", w.after(1, 5, working=True), head, data={"measure": PreservedMeasure.TEST},
                   reason="涉案物品送检，检验结果作为定案证据。")  # fmt: skip
        self._evidence(w, handler)
        roll = rng.random()
        if roll < 0.012:
            if self._transfer(w, handler, head):
                return
        elif roll < 0.022:
            w.take("suspend", w.after(2, 6), head, reason="当事人下落不明，案件暂时无法继续调查。", data={})
            w.take("resume", w.after(10, 45), head, reason="当事人已到案，中止原因消除，恢复办理。")
            self._evidence(w, handler, steps=1)
        elif roll < 0.030:
            w.take("revoke_filing", w.after(3, 15), head, reason="经调查，违法事实不能成立，撤销立案。")
            return
        elif roll < 0.040:  # a long investigation, extended in time (第六十条)
            w.take("extend", w.days_after_filing(75, 85), head, reason="案情复杂，经负责人批准延长办案期限。",
                   data={"collective": False})  # fmt: skip
            w.idle(w.days_after_filing(88, 110))
        elif roll < 0.060:  # one that runs late: decided after its 90 days
            w.idle(w.days_after_filing(86, 100))
        self._conclude(w, handler, amounts)
        w.take(
            "audit_pass",
            w.after(0, 2),
            self._reviewer_who(w),
            reason="事实清楚，证据确凿，程序合法，同意拟处理意见。",
        )
        self._notify_and_decide(w, handler, head)
        self._execute(w, handler, head)

    def _evidence(self, w: Walk, handler: Who, steps: int | None = None) -> None:
        for _ in range(steps or (1 if self.rng.random() < 0.65 else 2)):
            if self.rng.random() < 0.55:
                w.take("inquire", w.after(1, 3), handler, officers=w.officers, data={
                    "person_inquired": w.party.row.legal_representative or w.party.row.name,
                    "summary": "当事人对违法事实予以确认。"})  # fmt: skip
            else:
                w.take("inspect_site", w.after(0, 3), handler, officers=w.officers, data={
                    "place": w.party.row.address, "summary": "现场检查并拍照取证。"})  # fmt: skip

    def _transfer(self, w: Walk, handler: Who, head: Who) -> bool:
        """移送公安机关 (国务院令310): the case team reports, the head approves within three days, the case goes to
        the police within 24 hours; True when the police filed it (the items follow and the case is closed). A
        refusal is sometimes put to the police again (复议) before the body handles the case itself."""
        items = "涉案物品一批（详见清单）" if self.rng.random() < 0.7 else ""
        w.take("propose_transfer", w.after(2, 8), handler, officers=w.officers, data={
            "police_authority": POLICE, "items": items},
            reason="涉案货值较大，涉嫌生产、销售伪劣产品罪，建议移送公安机关。")  # fmt: skip
        w.take("transfer", w.after(0, 2), head, reason="同意移送。")
        w.take("hand_over", w.after(0, 1), handler, data={"receipt": f"{POLICE}签收"})
        reference = f"清公立〔{w.last.year}〕{self.rng.randint(10, 400)}号"
        if self.rng.random() < 0.8:
            w.take("police_filed", w.after(1, 3), handler, data={"reference": reference})
            if items:
                w.take("hand_over_items", w.after(0, 2), handler, data={"receipt": "涉案物品移交清单回执"})
            w.take("close", w.after(5, 25), body_who(self.ctx, w.case.organisation),
                   reason="公安机关已立案侦查，结案归档。")  # fmt: skip
            return True
        w.take("police_declined", w.after(1, 3), handler, data={"reference": reference.replace("立", "不立")})
        if self.rng.random() < 0.4:
            w.take(
                "request_reconsideration", w.after(0, 2), head, data={"reason": "涉案金额已达立案追诉标准。"}
            )
            w.take(
                "police_declined", w.after(1, 3), handler, data={"reference": reference.replace("立", "复")}
            )
        w.take("resume_administrative", w.after(0, 2), head, reason="公安机关不予立案，依法作出行政处理。")
        self._evidence(w, handler, steps=1)
        return False

    def _conclude(self, w: Walk, handler: Who, amounts: Amounts) -> None:
        case, on = w.case, w.after(1, 3)
        circumstances = self._circumstances()
        calc = self._calculate(w, circumstances, amounts, case.act_date)
        p = propose(self.rng, calc, amounts, w.party.party_type)
        w.calc, w.proposal = calc, p
        params = self.world.params
        grounds = hearing_grounds(
            p.kinds, p.fine, p.confiscated, params.hearing_threshold(w.version, w.party.party_type)
        )
        major = major_grounds(p.kinds, p.fine, params.major_threshold(w.version, w.party.party_type),
                              w.version.major_kinds, heard=False, deviates=False)  # fmt: skip
        complex_case = (bool(major) and self.rng.random() < 0.35) or self.rng.random() < 0.02
        case.facts = (
            f"经查，当事人于{case.act_date:%Y年%m月%d日}在{case.act_place}{violation_text(w.version, calc)}，"
            f"违反了{violated_basis(w.version, calc)}的规定。"
        )
        case.proposal = {
            "outcome": p.outcome, "kinds": list(p.kinds), "fine_amount": _s(p.fine), "confiscated_amount": _s(p.confiscated),
            "circumstances": list(circumstances), "deviation_reason": "", "complex_case": complex_case,
            "recommendation": calc.stored,
            "discussion_reasons": ["情节复杂或重大违法行为（第五十七条第二款）"] if complex_case else [],
            "hearing_grounds": grounds,
        }  # fmt: skip
        case.needs_discussion = complex_case
        case.major_reasons, case.is_major = major, bool(major)
        case.benchmark_tier_id = calc.tier_id
        data = {"facts": case.facts, "outcome": p.outcome, "kinds": list(p.kinds), "fine_amount": _s(p.fine),
                "confiscated_amount": _s(p.confiscated), "circumstances": list(circumstances),
                "complex_case": complex_case, "deviation_reason": "", **{k: str(v) for k, v in amounts.facts().items()},
                "recommendation": case.proposal["recommendation"], "major_reasons": major}  # fmt: skip
        w.take("conclude", on, handler, data=data)

    def _reviewer_who(self, w: Walk) -> Who:
        return person_who(self.ctx, w.staff.reviewer, "法制审核员")

    def _review(self, w: Walk, handler: Who) -> None:
        reviewer = w.staff.reviewer
        on = w.after(0, 2, working=True)
        review = LegalReview(case=w.case, reviewer=reviewer.row, assigned_on=on,
                             due_on=self.cal.wd_after(on, self.world.params.review_days))  # fmt: skip
        w.reviews.append((review, []))
        w.take("send_review", on, handler, data={"reviewer_id": reviewer.row.pk})
        agreed = w.after(1, 5, working=True)
        w.take("review_agree", agreed, self._reviewer_who(w), data={"findings": FINDINGS},
               reason="主体合法，事实清楚，证据充分，适用依据准确，裁量适当，程序合法，同意。")  # fmt: skip
        review.opinion, review.submitted_on = ReviewOpinion.AGREE, agreed
        review.reasons = w.steps[-1].reason
        w.reviews[-1] = (review, [ReviewFinding(review=review, **f) for f in FINDINGS])

    def _notify_and_decide(self, w: Walk, handler: Who, head: Who) -> None:
        rng, case, p = self.rng, w.case, w.proposal
        w.take("notify", w.after(1, 2), handler, data={"method": ServiceMethod.DIRECT})
        notified = case.notified_on
        window_ends = self.cal.statement_ends(notified)
        heard = False
        if case.hearing_offered and rng.random() < 0.15:
            w.take("request_hearing", w.after(1, 4, working=True), handler, reason="当事人书面要求听证。")
            served = w.after(1, 3, working=True)
            scheduled = self.cal.wd_after(served, rng.randint(7, 10))
            chair = w.staff.head
            hearing = Hearing(case=case, requested_on=w.last, chair=chair.row if chair else None,
                              notice_served_on=served, scheduled_on=scheduled, place=f"{case.organisation.name}听证室")  # fmt: skip
            w.hearings.append(hearing)
            w.take("schedule_hearing", served, head, data={
                "chair_id": hearing.chair_id, "notice_served_on": str(served), "scheduled_on": str(scheduled),
                "place": hearing.place, "public": True})  # fmt: skip
            w.take(
                "hold_hearing",
                w.check(scheduled),
                handler,
                data={"record": "听证笔录（摘要）", "waived": False},
            )
            hearing.held_on, hearing.record = (
                scheduled,
                "调查人员提出违法事实、证据和处罚建议，当事人申辩、质证并作最后陈述。",
            )
            case.major_reasons = [*case.major_reasons, "经过听证程序（第五十八条第一款第（二）项）"]
            case.is_major = heard = True
        elif rng.random() < 0.6:
            w.take("waive", w.after(0, 2), handler, reason="当事人书面明确放弃陈述、申辩和听证权利。")
        elif rng.random() < 0.2:
            w.take("record_statement", w.after(1, 3, working=True), handler, data={
                "statement": "当事人称已整改到位，请求从轻处理。", "adopted": False,
                "review_note": "经复核，拟处理意见已考虑整改情节，不予采纳。"})  # fmt: skip
        if case.is_major:
            self._review(w, handler)
        if case.needs_discussion:
            names = self._participants(w)
            held = {"chair": names[0], "participants": names, "opinions": "参加人员一致同意拟处理意见。",
                    "conclusion": "按拟处理意见作出决定。"}  # fmt: skip
            w.discussions.append(Discussion(case=case, held_on=w.after(1, 3), **held))
            w.take("discuss", w.discussions[-1].held_on, head, data=held)
        on = w.after(1, 3)
        if not case.rights_waived and not heard and on <= window_ends:
            on = w.check(self.cal.workday(window_ends + timedelta(days=rng.randint(1, 3))))
        case.decision_outcome = p.outcome
        case.decided_kinds = list(p.kinds) if p.penalised else []
        case.fine_amount = p.fine if p.penalised else None
        case.confiscated_amount = p.confiscated if p.penalised else None
        w.take("decide", on, head, data={"outcome": p.outcome, "kinds": list(p.kinds), "fine_amount": _s(p.fine),
                                         "confiscated_amount": _s(p.confiscated)})  # fmt: skip
        self._violation(w)

    def _violation(self, w: Walk) -> None:
        """Remember the decision for the calculator of the party's later cases (``_violations`` writes the rows)."""
        spared = w.calc is not None and w.calc.rec is not None and w.calc.rec.outcome == "no_penalty"
        if w.case.decision_outcome == DecisionOutcome.PENALTY or spared:
            self.violations[(party_key(w.party.row.identifier), w.version.matter_id)].append(
                w.case.decided_on
            )

    def _participants(self, w: Walk) -> list[str]:
        on_case = {o.pk for o in w.officers}
        names = [w.case.organisation.head_name]
        names += [p.row.name for p in w.staff.others if p.row.pk not in on_case and p.post.startswith("副")][
            :2
        ]
        names += [p.row.name for p in w.staff.others if p.row.pk not in on_case and p.row.name not in names]
        return names[:4] if len(names) >= 3 else [*names, w.staff.reviewer.row.name]

    def _execute(self, w: Walk, handler: Who, head: Who) -> None:
        rng, case = self.rng, w.case
        recipient = w.party.row.legal_representative or w.party.row.name
        w.take("serve", w.after(0, 2), handler, data={"method": ServiceMethod.DIRECT, "recipient": recipient})
        if case.fine_amount:
            due, roll = case.payment_due_on, rng.random()
            if roll < 0.9:
                paid = w.check(min(w.after(1, 7), self.cal.workday_back(due)))
            elif roll < 0.975:
                paid = w.check(self.cal.workday(due + timedelta(days=rng.randint(1, 20))))
            else:
                w.take("apply_court", w.check(self.cal.workday(due + timedelta(days=rng.randint(10, 30)))), head,
                       reason="当事人逾期不履行，依法申请人民法院强制执行。")  # fmt: skip
                paid = w.after(15, 60)
            self._pay(w, handler, paid)
        else:
            w.take("complete_execution", w.after(0, 3), handler, reason="决定已执行。")
        w.take("close", w.after(0, 3), head, reason="处罚决定已执行完毕，同意结案归档。")

    def _pay(self, w: Walk, handler: Who, on: date) -> None:
        """The fine paid in full (with the surcharge when late) and 执行完毕 the same day."""
        w.take(
            "record_payment",
            on,
            handler,
            data={"amount": str(w.owed(on)), "receipt": f"FS{on:%Y%m%d}{len(self.walks):05d}"},
        )
        w.take("complete_execution", on, handler, reason="罚款已缴清。")

    # 简易程序 ------------------------------------------------------------------------------------------------

    def _simple(self, seed: Seed, staff: BodyStaff, officers: list[Officer]) -> None:
        """当场处罚: only where the recommended penalty is a warning or a fine within 第五十一条's limits (else another
        matter is tried)."""
        party = self.world.parties.new(seed.version.domain, self.rng.choice(list(PartyKind)))
        limit = Decimal("200") if party.party_type == "person" else Decimal("3000")
        for _ in range(15):
            calc = self._calculate(
                _Probe(party, seed.version, seed.body), (), Amounts.draw(self.rng), seed.start
            )
            rec = calc.rec
            if rec is None:
                p = (
                    Proposal("penalty", ("warning",), None, None)
                    if self.rng.random() < 0.5
                    else Proposal("penalty", ("fine",), pick_fine(self.rng, Decimal("50"), limit), None)
                )
                break
            if (
                rec.outcome != "no_penalty"
                and set(rec.kinds) <= SIMPLE_KINDS
                and (rec.fine_low or 0) <= limit
            ):
                high = min(rec.fine_high or limit, limit)
                fine = pick_fine(self.rng, rec.fine_low, high) if "fine" in rec.kinds else None
                p = Proposal("penalty", tuple(rec.kinds), fine, None)
                break
            seed = Seed(seed.start, *self._pick(), True)
            staff = self.staff(seed.body, seed.version)
            officers = self._officers(staff, seed.start, seed.version)
            if not officers:
                return
        else:
            return
        self.parties.append(party)
        self.used[seed.body.pk].append(party)
        walk = self._new_case(seed, staff, officers, party, ProcedureCode.PENALTY_SIMPLE)
        walk.calc, walk.proposal = calc, p
        with contextlib.suppress(Today):
            self._walk_simple(walk, seed, p)

    def _walk_simple(self, w: Walk, seed: Seed, p: Proposal) -> None:
        case, lead = w.case, w.officers[0]
        handler = handler_who(self.ctx, lead)
        paid_on_spot = bool(p.fine) and self.rng.random() < 0.4
        case.act_date, case.act_place = seed.start, w.party.row.address
        case.facts = f"当场查实当事人{violation_text(w.version, w.calc)}。"
        case.decision_outcome, case.decided_kinds, case.fine_amount = (
            DecisionOutcome.PENALTY,
            list(p.kinds),
            p.fine,
        )
        case.proposal = {"outcome": "penalty", "kinds": list(p.kinds), "fine_amount": _s(p.fine)}
        case.paid_amount = p.fine if paid_on_spot else Decimal("0")
        w.take("decide_on_spot", seed.start, handler, officers=w.officers, data={
            "matter_id": w.version.matter_id, "title": case.title, "party": w.party.input(), "act_date": str(case.act_date),
            "act_place": case.act_place, "facts": case.facts, "kinds": list(p.kinds), "fine_amount": _s(p.fine),
            "paid_on_spot": paid_on_spot})  # fmt: skip
        self._violation(w)
        w.case_officers = [CaseOfficer(case=case, person=o.plan.row, role=r, assigned_on=seed.start)
                           for o, r in zip(w.officers, (OfficerRole.LEAD, OfficerRole.ASSISTANT), strict=True)]  # fmt: skip
        on_time = self.rng.random() < 0.9
        w.take("file_record", w.after(0, 2, working=True) if on_time else w.after(3, 6, working=True), handler,
               reason="当场处罚决定报本机关备案。")  # fmt: skip
        if case.fine_amount and case.paid_amount < case.fine_amount:
            self._pay(w, handler, w.after(1, 12))
        else:
            w.take("complete_execution", w.after(0, 3), handler, reason="决定已执行。")
        w.take("close", w.after(1, 8), body_who(self.ctx, case.organisation), reason="执行完毕，结案。")

    # writing ------------------------------------------------------------------------------------------------

    def number_documents(self) -> list[NumberSeries]:
        """文号 per body, year and kind in the order the documents were issued; the series rows where each stands."""
        numbered = [
            (d.issued_on, d.step.at, i, j, d)
            for i, w in enumerate(self.walks)
            for j, d in enumerate(w.documents)
            if d.kind in DOCUMENT_PREFIX
        ]
        serial: Counter = Counter()
        for _, _, _, _, d in sorted(numbered, key=lambda t: t[:4]):
            org = d.case.organisation
            key = (org.pk, d.issued_on.year, d.kind)
            serial[key] += 1
            d.number = f"{body_word(org)}{DOCUMENT_PREFIX[d.kind]}〔{d.issued_on.year}〕{serial[key]}号"
        for w in self.walks:
            w.case.decision_number = next((d.number for d in w.documents if d.kind in DECISION_KINDS), "")
        series = [NumberSeries(organisation_id=o, year=y, kind=k, last=n) for (o, y, k), n in serial.items()]
        series += [
            NumberSeries(organisation_id=o, year=y, kind=CASE_SERIES, last=n)
            for (o, y), n in self.case_serial.items()
        ]
        return series

    def write(self) -> None:
        series = self.number_documents()
        Party.objects.bulk_create([p.row for p in self.parties], batch_size=BATCH)
        cases = [w.case for w in self.walks]
        Case.objects.bulk_create(cases, batch_size=BATCH)
        steps = [s for w in self.walks for s in w.steps]
        CaseStep.objects.bulk_create(steps, batch_size=BATCH)
        for w in self.walks:
            fill_numbers(w)
        rows = {
            CaseOfficer: [o for w in self.walks for o in w.case_officers],
            CaseDeadline: [d for w in self.walks for d in w.deadlines],
            Document: [d for w in self.walks for d in w.documents],
            Hearing: [h for w in self.walks for h in w.hearings],
            Discussion: [d for w in self.walks for d in w.discussions],
            NumberSeries: series,
        }
        # Children keep the parent objects they were planned with; ``bulk_create`` reads the keys saved meanwhile.
        for model, objs in rows.items():
            model.objects.bulk_create(objs, batch_size=BATCH)
        reviews = [pair for w in self.walks for pair in w.reviews]
        LegalReview.objects.bulk_create([r for r, _ in reviews], batch_size=BATCH)
        ReviewFinding.objects.bulk_create([f for _, fs in reviews for f in fs], batch_size=BATCH)
        violations = self._violations()
        PartyViolation.objects.bulk_create(violations, batch_size=BATCH)
        events = [self._event(w) for w in self.walks] + self._recordings()
        append_many(sorted(events, key=lambda e: e.at))

    def _recordings(self) -> list[PendingEvent]:
        """The body-camera clips of the steps that needed them: blobs, ``StoredFile`` rows, evidence items with
        the officers present, and each item's ``evidence.add`` event with its digest (what ``evidence_add`` does)."""
        planned = []
        for w in self.walks:
            for i, (av_step, day, row) in enumerate(w.recordings, start=1):
                n = w.case.pk * 7 + i
                content = rec.clip(w.case.number, av_step, day, n)
                stored = StoredFile(sha256=write_blob(content), size=len(content), content_type="video/mp4",
                                    original_name=f"DSJ{day:%Y%m%d}{n:05d}.mp4")  # fmt: skip
                item = EvidenceItem(
                    case=w.case, seq=i, kind=EvidenceKind.AUDIO_VISUAL, av_step=av_step, title=rec.title(av_step),
                    proves=rec.proves(av_step), recorded_by=w.officers[0].plan.row, place=w.party.row.address,
                    recorded_at=rec.recorded_at(day, n), source=rec.source(n), file=stored, step=row, added_by=LOADER,
                )  # fmt: skip
                planned.append((w, item, stored))
        StoredFile.objects.bulk_create([s for _, _, s in planned], batch_size=BATCH)
        EvidenceItem.objects.bulk_create([i for _, i, _ in planned], batch_size=BATCH)
        through = EvidenceItem.officers.through
        through.objects.bulk_create([through(evidenceitem_id=i.pk, person_id=o.pk) for w, i, _ in planned
                                     for o in w.officers], batch_size=BATCH)  # fmt: skip
        return [PendingEvent(
            action="evidence.add", object_type="evidence.evidenceitem", object_id=str(i.pk), actor_label=LOADER,
            organisation_id=w.case.organisation_id, at=i.recorded_at + timedelta(minutes=5),
            after={"case": w.case.number, "seq": i.seq, "kind": i.kind, "title": i.title, "av_step": i.av_step,
                   "recorded_at": i.recorded_at.isoformat(), "sha256": s.sha256, "size": s.size},
        ) for w, i, s in planned]  # fmt: skip

    def _violations(self) -> list[PartyViolation]:
        """违法记录 of every penalty and every 不予处罚 the calculator recommended (``effects._record_violation``)."""
        out = []
        for w in self.walks:
            case = w.case
            rec = (case.proposal or {}).get("recommendation") or {}
            spared = (
                case.decision_outcome == DecisionOutcome.NO_PENALTY
                and w.calc
                and w.calc.rec
                and w.calc.rec.outcome == "no_penalty"
            )
            if case.decided_on is None or not (case.decision_outcome == DecisionOutcome.PENALTY or spared):
                continue
            outcome = "no_penalty" if spared else rec.get("outcome") or "standard"
            out.append(PartyViolation(
                party_key=party_key(w.party.row.identifier), party_name=w.party.row.name, party_type=w.party.party_type,
                matter_id=case.matter_id, organisation_id=case.organisation_id, act_date=case.act_date or case.decided_on,
                decided_on=case.decided_on, outcome=outcome, reference=case.decision_number or case.number,
            ))  # fmt: skip
        return out

    def _event(self, w: Walk) -> PendingEvent:
        case = w.case
        return PendingEvent(
            action="case.import_demo", object_type="cases.case", object_id=str(case.pk), actor_label=LOADER,
            organisation_id=case.organisation_id, at=w.steps[-1].at + timedelta(minutes=1),
            after={"number": case.number, "procedure": case.procedure, "state": case.state, "status": case.status,
                   "steps": len(w.steps), "documents": {str(d.pk): d.digest() for d in w.documents}},
        )  # fmt: skip


@dataclass(frozen=True)
class _Probe:
    """Enough of a walk for ``Year._calculate`` before the case exists."""

    party: PartyPlan
    version: MatterVersion
    body: Organisation

    @property
    def case(self):
        return self

    @property
    def organisation_id(self) -> int:
        return self.body.pk


def _clue(origin: str, party: str, what: str) -> str:
    if origin == ClueOrigin.COMPLAINT:
        return f"群众通过12345热线投诉举报{party}涉嫌{what}。"
    if origin == ClueOrigin.REFERRAL:
        return f"上级部门移送线索：{party}涉嫌{what}。"
    return f"日常监督检查中发现{party}涉嫌{what}。"


def _s(value) -> str | None:
    return None if value is None else str(value)


def load_year(ctx: LoadContext, world: CaseWorld) -> None:
    year = Year(ctx, world)
    year.plan()
    year.write()
