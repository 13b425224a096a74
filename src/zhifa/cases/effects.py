"""What each step does to a case once the procedure table allowed it (called only by ``services.case_step``).

``prepare`` runs before the guards and fills in what they read (the party, the officers named by 立案); ``apply``
writes the step's own rows and fields; ``finish`` runs after the documents are issued (the 违法记录 needs the
decision's 文号). Nothing here decides whether a step is allowed: that is the table's job.
"""

from __future__ import annotations

from decimal import Decimal

from zhifa.catalog.constants import MajorCriterion
from zhifa.core.exceptions import DomainError
from zhifa.core.parameters import get_param
from zhifa.discretion.domain.types import Facts
from zhifa.discretion.models import PartyViolation
from zhifa.discretion.selectors import calculate, party_key
from zhifa.personnel.models import Person

from .constants import CaseStatus, DecisionOutcome, OfficerRole
from .constants import DeadlineKind as DL
from .domain import deadlines
from .domain.grounds import heavier, major_grounds
from .guards import StepContext, fact, outstanding, proposal_hearing_grounds
from .models import CaseOfficer, Discussion, Hearing, LegalReview, ReviewFinding
from .timing import move_running

DECISION_DOCUMENTS = ("penalty_decision", "no_penalty_decision", "on_spot_decision")


def _set_party(ctx: StepContext, data) -> None:
    if data is None:
        return
    from .services import party_upsert

    party = party_upsert(data=data, by=ctx.by)
    ctx.case.party = party
    ctx.case.party_name = party.name
    ctx.extra["party_type"] = party.party_type


def prepare(ctx: StepContext) -> None:
    action = ctx.action
    case = ctx.case
    if action in ("register_clue", "verify", "decide_on_spot"):
        _set_party(ctx, fact(ctx, "party"))
    if action == "register_clue":
        case.origin, case.clue, case.act_date = ctx.facts.origin, ctx.facts.clue, ctx.facts.act_date
    if action == "decide_on_spot":
        case.act_date, case.act_place, case.facts = ctx.facts.act_date, ctx.facts.act_place, ctx.facts.facts
    if action == "file":
        ids = [ctx.facts.lead_officer_id, *ctx.facts.assistant_officer_ids]
        ctx.extra["officer_ids"] = ids
        ctx.officers = list(Person.objects.filter(pk__in=ids))


def apply(ctx: StepContext, row) -> None:
    handler = _HANDLERS.get(ctx.action)
    if handler is not None:
        handler(ctx, row)


def finish(ctx: StepContext, row) -> None:
    if ctx.action in ("decide", "decide_on_spot"):
        _record_violation(ctx)
    if ctx.action == "decide_on_spot":
        from .services import serve_documents

        # the numbered decision is handed over on the spot (第五十二条第二款)
        serve_documents(ctx.case, ctx.on)


# --- handlers -------------------------------------------------------------------------------------------------


def _verify(ctx, row):
    from zhifa.catalog.selectors import version_in_force

    f, case = ctx.facts, ctx.case
    case.act_date, case.act_ended_on = f.act_date, f.act_ended_on
    case.act_place, case.safety_harm = f.act_place, f.safety_harm
    # 《行政处罚法》第三十七条 (从旧): the case applies the matter as it stood when the act was done; a lighter later
    # benchmark is then preferred by the calculator (从轻).
    then = version_in_force(case.matter, case.act_end)
    if then is not None and then.pk != case.matter_version_id:
        row.data = {
            **row.data,
            "matter_version_before": case.matter_version.version,
            "matter_version": then.version,
        }
        case.matter_version = then


def _file(ctx, row):
    case = ctx.case
    case.registered_on = ctx.on
    for i, person in enumerate(sorted(ctx.officers, key=lambda p: ctx.extra["officer_ids"].index(p.pk))):
        role = OfficerRole.LEAD if i == 0 else OfficerRole.ASSISTANT
        CaseOfficer.objects.create(case=case, person=person, role=role, assigned_on=ctx.on)


def _close_case(ctx, row):
    ctx.case.status = CaseStatus.CLOSED
    ctx.case.closed_on = ctx.on


def _conclude(ctx, row):
    f, case = ctx.facts, ctx.case
    case.facts = f.facts
    told = case.proposal or {}
    told_kinds, told_fine = told.get("kinds", []), _d(told.get("fine_amount"))
    if case.notified_on and heavier(f.kinds, f.fine_amount, told_kinds, told_fine):
        # A heavier proposal than the party was told of needs a new notice (第四十四条): the old one no longer counts.
        case.notified_on, case.hearing_offered, case.rights_waived = None, False, False
    proposal = {
        "outcome": f.outcome, "kinds": [str(k) for k in f.kinds], "fine_amount": _s(f.fine_amount),
        "confiscated_amount": _s(f.confiscated_amount), "circumstances": list(f.circumstances),
        "deviation_reason": f.deviation_reason, "complex_case": f.complex_case,
        "major_circumstances": list(f.major_circumstances),
    }  # fmt: skip
    # 不予处罚 is a recommendation of the benchmark too (首违不罚): keep it, so the let-off is recorded and stated.
    rec = _recommendation(ctx) if f.outcome != DecisionOutcome.NOT_ESTABLISHED else None
    proposal["recommendation"] = rec
    deviates = _deviates(f.fine_amount, rec)
    discussion = []
    if f.complex_case:
        discussion.append("情节复杂或重大违法行为（第五十七条第二款）")
    if deviates:
        discussion.append("偏离裁量基准")
    proposal["discussion_reasons"] = discussion
    case.proposal = proposal
    case.needs_discussion = bool(discussion)
    case.major_reasons = _major(ctx, f.kinds, f.fine_amount, deviates=deviates) + [
        f"{MajorCriterion(c).label}（第五十八条第一款）" for c in f.major_circumstances
    ]
    case.is_major = bool(case.major_reasons)
    case.proposal["hearing_grounds"] = proposal_hearing_grounds(ctx)
    if rec and rec.get("tier_id"):
        case.benchmark_tier_id = rec["tier_id"]
    row.data = {**row.data, "recommendation": rec, "major_reasons": case.major_reasons}


def _s(value):
    return None if value is None else str(value)


def _d(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _major(ctx, kinds, fine, *, deviates: bool, heard: bool = False) -> list[str]:
    from zhifa.catalog.selectors import major_fine_threshold

    party_type = ctx.case.party.party_type if ctx.case.party_id else "person"
    threshold = Decimal(str(major_fine_threshold(ctx.case.matter_version, party_type)))
    return major_grounds(
        kinds, fine, threshold, ctx.case.matter_version.major_kinds, heard=heard, deviates=deviates
    )


def _deviates(fine, rec) -> bool:
    if fine is None or not rec:
        return False
    low, high = rec.get("fine_low"), rec.get("fine_high")
    return (low is not None and fine < Decimal(low)) or (high is not None and fine > Decimal(high))


def _recommendation(ctx) -> dict | None:
    """The discretion calculator's answer for the proposal, kept with the case (seed 003 二（一）四: decisions
    must state the tier applied and why)."""
    f, case = ctx.facts, ctx.case
    party = case.party
    facts = Facts(
        party_type=party.party_type if party else "person", act_date=case.act_date or ctx.on,
        circumstances=frozenset(f.circumstances), illegal_gain=f.illegal_gain, goods_value=f.goods_value,
        turnover=f.turnover, ad_fee=f.ad_fee, party_birth_date=party.birth_date if party else None,
    )  # fmt: skip
    try:
        calc = calculate(matter=case.matter, organisation=case.organisation, facts=facts,
                         party_identifier=party.identifier if party else "", today=ctx.today)  # fmt: skip
    except DomainError as exc:
        if (
            exc.code == "DISC-008"
        ):  # no benchmark filed for this matter: the decision states the statutory basis
            return {"benchmark_id": None, "message": exc.message}
        raise
    rec = calc.recommendation
    return {
        "benchmark_id": calc.benchmark.pk, "benchmark": f"{calc.benchmark.issuer_name}第{calc.benchmark.version}版",
        "violation": calc.benchmark.violation, "violated_basis": calc.benchmark.violated_basis,
        "penalty_basis": calc.benchmark.penalty_basis,
        "tier_id": rec.tier_id, "tier_label": rec.tier_label, "outcome": rec.outcome, "kinds": list(rec.kinds),
        "fine_low": _s(rec.fine_low), "fine_high": _s(rec.fine_high), "prior_count": calc.prior_count,
        "trace": [{"rule": t.rule, "text": t.text, "citation": t.citation} for t in rec.trace],
    }  # fmt: skip


def _notify(ctx, row):
    case = ctx.case
    case.notified_on = ctx.on
    case.hearing_offered = bool(case.proposal.get("hearing_grounds"))
    case.rights_waived = False


def _waive(ctx, row):
    ctx.case.rights_waived = True


def _request_hearing(ctx, row):
    Hearing.objects.create(case=ctx.case, requested_on=ctx.on)


def _schedule_hearing(ctx, row):
    from .guards import open_hearing

    f = ctx.facts
    hearing = open_hearing(ctx.case)
    hearing.chair_id, hearing.notice_served_on, hearing.scheduled_on = (
        f.chair_id,
        f.notice_served_on,
        f.scheduled_on,
    )
    hearing.place, hearing.public = f.place, f.public
    hearing.save(update_fields=["chair", "notice_served_on", "scheduled_on", "place", "public"])


def _hold_hearing(ctx, row):
    from .guards import open_hearing

    hearing = open_hearing(ctx.case)
    hearing.held_on, hearing.record, hearing.waived = ctx.on, ctx.facts.record, ctx.facts.waived
    hearing.save(update_fields=["held_on", "record", "waived"])
    if not ctx.facts.waived:
        case = ctx.case
        reason = "经过听证程序（第五十八条第一款第（二）项）"
        if reason not in case.major_reasons:
            case.major_reasons = [*case.major_reasons, reason]
        case.is_major = True


def _send_review(ctx, row):
    days = int(get_param("review.days"))
    due = deadlines.working_days_after(ctx.on, days, ctx.cal)
    review = LegalReview.objects.create(
        case=ctx.case, reviewer_id=ctx.facts.reviewer_id, assigned_on=ctx.on, due_on=due
    )
    ctx.extra["review"] = review


def _submit_review(opinion):
    def handler(ctx, row):
        from .guards import open_review

        review = open_review(ctx.case)
        review.opinion, review.reasons, review.submitted_on = opinion, ctx.facts.reason, ctx.on
        review.save(update_fields=["opinion", "reasons", "submitted_on"])
        ReviewFinding.objects.bulk_create(
            ReviewFinding(review=review, item=f.item, finding=f.finding, note=f.note)
            for f in ctx.facts.findings
        )
        ctx.extra["review"] = review

    return handler


def _extend_review(ctx, row):
    from .guards import open_review

    review = open_review(ctx.case)
    extra = int(get_param("review.extension_days"))
    review.due_on = deadlines.working_days_after(review.due_on, extra, ctx.cal)
    review.extended = True
    review.save(update_fields=["due_on", "extended"])
    move_running(ctx, DL.LEGAL_REVIEW, review.due_on)


def _discuss(ctx, row):
    f = ctx.facts
    ctx.extra["discussion"] = Discussion.objects.create(
        case=ctx.case, held_on=ctx.on, chair=f.chair, participants=f.participants, opinions=f.opinions,
        conclusion=f.conclusion,
    )  # fmt: skip


def _decide(ctx, row):
    f, case = ctx.facts, ctx.case
    case.decision_outcome = f.outcome
    penalised = f.outcome == DecisionOutcome.PENALTY
    case.decided_kinds = [str(k) for k in f.kinds] if penalised else []
    case.fine_amount = f.fine_amount if penalised else None
    case.confiscated_amount = f.confiscated_amount if penalised else None
    case.decided_on = ctx.on
    if ctx.extra.get("major_reasons"):
        case.major_reasons, case.is_major = ctx.extra["major_reasons"], True


def _serve(ctx, row):
    from .services import serve_documents

    case = ctx.case
    case.served_on = ctx.on
    if case.fine_amount:
        case.payment_due_on = deadlines.calendar_days_after(ctx.on, deadlines.PAYMENT_DAYS, ctx.cal)
    serve_documents(case, ctx.on)


def _record_payment(ctx, row):
    ctx.case.paid_amount = ctx.case.paid_amount + ctx.facts.amount
    row.data = {**row.data, "outstanding_after": str(outstanding(ctx.case, ctx.on))}


def _defer_payment(ctx, row):
    """延期 or 分期 (第六十六条第二款): the unpaid fine in equal monthly instalments from the approved date; the
    payment deadline becomes the last instalment's day."""
    case = ctx.case
    remaining = (case.fine_amount or Decimal("0")) - case.paid_amount
    plan = deadlines.instalment_plan(remaining, ctx.facts.new_due_on, ctx.facts.instalments, ctx.cal)
    row.data = {**row.data, "previous_due_on": str(case.payment_due_on),
                "schedule": [{"due_on": str(i.due_on), "amount": str(i.amount)} for i in plan]}  # fmt: skip
    case.payment_due_on = plan[-1].due_on
    move_running(ctx, DL.PAYMENT, case.payment_due_on)


def _recuse(ctx, row):
    officer = ctx.case.officers.get(person_id=ctx.facts.person_id)
    officer.recused_on, officer.recusal_reason = ctx.on, ctx.facts.reason
    officer.save(update_fields=["recused_on", "recusal_reason"])


def _assign(ctx, row):
    CaseOfficer.objects.create(
        case=ctx.case, person_id=ctx.facts.person_id, role=OfficerRole.ASSISTANT, assigned_on=ctx.on
    )


def _suspend(ctx, row):
    ctx.case.state_before_suspension = ctx.case.state


def _decide_on_spot(ctx, row):
    f, case = ctx.facts, ctx.case
    case.registered_on = case.decided_on = ctx.on
    case.decision_outcome = DecisionOutcome.PENALTY
    case.decided_kinds = [str(k) for k in f.kinds]
    case.fine_amount = f.fine_amount
    case.proposal = {"outcome": "penalty", "kinds": case.decided_kinds, "fine_amount": _s(f.fine_amount)}
    case.served_on = ctx.on  # handed to the party on the spot (第五十二条第二款)
    if f.paid_on_spot and f.fine_amount:
        case.paid_amount = f.fine_amount
    for i, person in enumerate(ctx.officers):
        CaseOfficer.objects.create(case=case, person=person, assigned_on=ctx.on,
                                   role=OfficerRole.LEAD if i == 0 else OfficerRole.ASSISTANT)  # fmt: skip


def _file_record(ctx, row):
    case = ctx.case
    if case.fine_amount and case.paid_amount < case.fine_amount:
        case.payment_due_on = deadlines.calendar_days_after(case.served_on, deadlines.PAYMENT_DAYS, ctx.cal)


def _record_violation(ctx) -> None:
    """违法记录 for the calculator's 首违不罚 and repeat rules: a penalty, or a 首违不罚 let-off (it uses up the
    first offence: 《行政处罚法》第三十三条第一款)."""
    case = ctx.case
    rec = (case.proposal or {}).get("recommendation") or {}
    first_offence_spared = (
        case.decision_outcome == DecisionOutcome.NO_PENALTY and rec.get("outcome") == "no_penalty"
    )
    if case.party_id is None or not (case.penalised or first_offence_spared):
        return
    outcome = rec.get("outcome") or "standard"
    PartyViolation.objects.create(
        party_key=party_key(case.party.identifier), party_name=case.party.name, party_type=case.party.party_type,
        matter=case.matter, organisation=case.organisation, act_date=case.act_end or case.decided_on,
        decided_on=case.decided_on, outcome=outcome, reference=case.decision_number or case.number,
    )  # fmt: skip


_HANDLERS = {
    "verify": _verify,
    "file": _file,
    "decline": _close_case,
    "conclude": _conclude,
    "notify": _notify,
    "waive": _waive,
    "request_hearing": _request_hearing,
    "schedule_hearing": _schedule_hearing,
    "hold_hearing": _hold_hearing,
    "send_review": _send_review,
    "review_agree": _submit_review("agree"),
    "review_correct": _submit_review("correct"),
    "review_transfer": _submit_review("transfer"),
    "extend_review": _extend_review,
    "discuss": _discuss,
    "decide": _decide,
    "serve": _serve,
    "record_payment": _record_payment,
    "defer_payment": _defer_payment,
    "close": _close_case,
    "revoke_filing": _close_case,
    "recuse": _recuse,
    "assign_officer": _assign,
    "suspend": _suspend,
    "decide_on_spot": _decide_on_spot,
    "file_record": _file_record,
}
