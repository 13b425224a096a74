"""The data a document is filled with, frozen when it is issued (``Document.data``).

Each document gets the case's heading (body, number, party, matter) and what its kind needs: the decision states
the facts, the evidence steps, the basis, the benchmark tier applied and why (seed 003 二（一）四 found decisions
that do not), the way and deadline of payment and the remedies (《行政处罚法》第五十九条). Rendering to HTML, PDF
and DOCX (``cases.rendering``) reads only this data, so an issued document can always be reproduced exactly:
every name, date and amount a document prints is copied in here, never looked up when it is rendered.
"""

from __future__ import annotations

from zhifa.core.parameters import get_param
from zhifa.discretion.constants import PenaltyKind
from zhifa.discretion.domain.formatting import chinese_date

from .constants import REVIEW_ITEM_LABELS, DecisionOutcome, Finding, ReviewOpinion, ServiceMethod
from .constants import DocumentKind as D
from .domain import deadlines
from .guards import StepContext

REMEDIES = (
    "如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼"
    "（《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》第四十六条）。"
    "申请行政复议或者提起行政诉讼期间，本决定不停止执行（法律另有规定的除外）。"
)
PAYMENT = (
    "当事人应当自收到本决定书之日起十五日内缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，"
    "加处罚款的数额不得超出罚款的数额（《中华人民共和国行政处罚法》第六十七条、第七十二条）。"
)
CREDIT_REPAIR = (
    "本行政处罚信息将依法公示。公示期满前，当事人已履行行政处罚决定、主动消除危害后果和不良影响的，"
    "可以依照国家有关规定申请信用修复，提前停止公示。"
)
DECISION_KINDS = (D.PENALTY_DECISION, D.NO_PENALTY_DECISION, D.ON_SPOT_DECISION)
REVIEW_OPINIONS = {"review_agree": ReviewOpinion.AGREE, "review_correct": ReviewOpinion.CORRECT,
                   "review_transfer": ReviewOpinion.TRANSFER}  # fmt: skip


def _bases(case) -> list[str]:
    return [b.citation for b in case.matter_version.bases.all()]


def _kinds(kinds) -> str:
    return "、".join(str(PenaltyKind(k).label) for k in kinds or [])


def _s(value) -> str:
    return "" if value is None else str(value)


def _name(actor_label: str) -> str:
    """The person in an actor label ("赵局长（head）" → "赵局长"): documents print names, not accounts."""
    return actor_label.split("（")[0]


def _acting(case) -> dict:
    """Who the officers are and, for an entrusted case, the entrustment the case is handled under."""
    handler, e = case.handled_by, case.entrustment
    if handler is None:
        return {"officers_of": case.organisation.name, "entrustment": ""}
    if e is None:  # a street's case, handled by its 综合行政执法队
        return {"officers_of": handler.name, "entrustment": ""}
    return {
        "officers_of": f"{handler.name}（受{e.entrusting.name}委托）",
        "entrustment": f"本案由{handler.name}受{e.entrusting.name}委托（委托书{e.letter_number}），"
        f"在委托范围内以{e.entrusting.name}名义办理（《中华人民共和国行政处罚法》第二十条）。",
    }


def heading(case) -> dict:
    party = case.party
    return {
        "body": case.organisation.name, **_acting(case), "case_number": case.number, "check_code": case.check_code,
        "title": case.title, "matter": case.matter_version.name, "matter_code": case.matter.basic_code,
        "party": party.name if party else case.party_name,
        "party_kind": party.get_kind_display() if party else "",
        "party_identifier": party.masked_identifier if party else "",
        "party_address": party.address if party else "", "legal_representative": party.legal_representative if party else "",
    }  # fmt: skip


def _case_record(case) -> dict:
    """Where the case came from and what it is about: the forms (登记表, 审批表, 报告) print these."""
    verify = case.steps.filter(action="verify").order_by("-id").first()
    assigned = case.officers.filter(recused_on__isnull=True).select_related("person")
    return {
        "origin": case.get_origin_display(),
        "clue": case.clue,
        "received_on": _s(case.received_on),
        "registered_on": _s(case.registered_on),
        "act_date": _s(case.act_date),
        "act_place": case.act_place,
        "finding": verify.data.get("finding", "") if verify else "",
        "case_officers": [{"name": o.person.name, "role": o.get_role_display()} for o in assigned],
    }


def _recommendation(case) -> dict:
    """The benchmark tier the calculator found and why, as the decision must state them (seed 003)."""
    rec = (case.proposal or {}).get("recommendation") or {}
    return {
        "tier": rec.get("tier_label", ""),
        "benchmark": rec.get("benchmark", ""),
        "tier_reasons": [t["text"] for t in rec.get("trace", [])],
        "violated_basis": rec.get("violated_basis", ""),
        "penalty_basis": rec.get("penalty_basis", ""),
        "fine_range": [rec.get("fine_low"), rec.get("fine_high")] if rec.get("fine_high") else [],
        "benchmark_note": rec.get("message", ""),
    }


def _proposal(case) -> dict:
    """拟处理意见 (调查终结): what the party is told and the reviewers see."""
    p = case.proposal or {}
    return {
        "facts": case.facts,
        "intended_outcome": _outcome_label(p.get("outcome")),
        "intended_kinds": _kinds(p.get("kinds")),
        "intended_fine": p.get("fine_amount"),
        "intended_confiscated": p.get("confiscated_amount"),
        "recommendation": p.get("recommendation"),
        "bases": _bases(case),
        "hearing_grounds": p.get("hearing_grounds", []),
        "major_reasons": case.major_reasons,
        "discussion_reasons": p.get("discussion_reasons", []),
        "deviation_reason": p.get("deviation_reason", ""),
        "evidence": _evidence(case),
        **_recommendation(case),
    }


def _outcome_label(outcome) -> str:
    return str(DecisionOutcome(outcome).label) if outcome in DecisionOutcome.values else ""


def _evidence(case) -> list[str]:
    steps = case.steps.filter(action__in=("inquire", "inspect_site", "preserve")).order_by("on", "id")
    return [f"{s.label}（{chinese_date(s.on)}）" for s in steps]


def _decision(ctx: StepContext, kind: str) -> dict:
    case = ctx.case
    statements = case.steps.filter(action="record_statement").order_by("on", "id")
    return {
        "facts": case.facts,
        "registered_on": _s(case.registered_on),
        "act_date": _s(case.act_date),
        "act_place": case.act_place,
        "bases": _bases(case),
        "outcome": case.get_decision_outcome_display(),
        "kinds": _kinds(case.decided_kinds),
        "fine_amount": _s(case.fine_amount or ""),
        "confiscated_amount": _s(case.confiscated_amount or ""),
        "payment": PAYMENT if case.fine_amount else "",
        "remedies": REMEDIES,
        "credit_repair": CREDIT_REPAIR if kind == D.CREDIT_REPAIR_NOTICE else "",
        "evidence": _evidence(case),
        "notified_on": _s(case.notified_on),
        "hearing_offered": case.hearing_offered,
        "rights_waived": case.rights_waived,
        "hearing_held": case.hearings.filter(held_on__isnull=False).exists(),
        "statements": [
            {k: s.data.get(k) for k in ("statement", "adopted", "review_note")} for s in statements
        ],
        "decided_on": _s(case.decided_on or ctx.on),
        "decision_number": case.decision_number,
        "payment_days": deadlines.PAYMENT_DAYS,
        **_recommendation(case),
    }


def _hearing(case) -> dict:
    h = case.hearings.select_related("chair").order_by("-id").first()
    if h is None:
        return {}
    hearing = {
        "requested_on": _s(h.requested_on),
        "chair": h.chair.name if h.chair else "",
        "notice_served_on": _s(h.notice_served_on),
        "scheduled_on": _s(h.scheduled_on),
        "place": h.place,
        "public": h.public,
        "held_on": _s(h.held_on),
        "record": h.record,
        "waived": h.waived,
    }
    return {"hearing": hearing}


def _finding(f: dict) -> dict:
    finding = f.get("finding")
    return {
        "item": REVIEW_ITEM_LABELS.get(f.get("item"), f.get("item")),
        "finding": str(Finding(finding).label) if finding in Finding.values else "",
        "note": f.get("note", ""),
    }


def _review(ctx: StepContext, row) -> dict:
    """法制审核意见: each item's finding, the opinion and its reasons, the reviewer."""
    review = ctx.extra.get("review") or ctx.case.reviews.select_related("reviewer").order_by("-id").first()
    opinion = REVIEW_OPINIONS.get(row.action)
    return {
        "findings": [_finding(f) for f in row.data.get("findings", [])],
        "opinion": str(opinion.label) if opinion else "",
        "opinion_text": row.reason,
        "reviewer": review.reviewer.name if review else "",
        "assigned_on": _s(review.assigned_on) if review else "",
        "submitted_on": _s(ctx.on),
    }


def _served_documents(case) -> list[dict]:
    docs = case.documents.filter(kind__in=(*DECISION_KINDS, D.CREDIT_REPAIR_NOTICE)).order_by("id")
    return [{"title": d.get_kind_display(), "number": d.number} for d in docs]


def _execution(case, on) -> dict:
    """What was decided, and what is still owed on ``on``: the fine and surcharge so far, less payments."""
    from .guards import outstanding

    return {
        "decision_number": case.decision_number,
        "decided_on": _s(case.decided_on),
        "served_on": _s(case.served_on),
        "outcome": case.get_decision_outcome_display(),
        "kinds": _kinds(case.decided_kinds),
        "fine_amount": _s(case.fine_amount or ""),
        "confiscated_amount": _s(case.confiscated_amount or ""),
        "paid_amount": _s(case.paid_amount),
        "payment_due_on": _s(case.payment_due_on),
        "outstanding": _s(outstanding(case, on)) if case.fine_amount else "",
        "facts": case.facts,
        "bases": _bases(case),
    }


def _extra(ctx: StepContext, kind: str, row) -> dict:
    """What each kind prints beyond the heading (the decision group is ``_decision``)."""
    case, f = ctx.case, row.data
    if kind in (D.CLUE_REGISTER, D.FILING_APPROVAL, D.NOT_FILED, D.REVOCATION):
        return _case_record(case)
    if kind == D.TRANSFER_LETTER:
        return {"act_date": _s(case.act_date), "act_place": case.act_place, "facts": case.facts,
                **_transfer_report(case)}  # fmt: skip
    if kind in (D.INQUIRY_RECORD, D.INSPECTION_RECORD, D.PRESERVATION_NOTICE):
        return {"act_date": _s(case.act_date), "act_place": case.act_place, "facts": case.facts,
                "preservation_days": deadlines.PRESERVATION_WORKING_DAYS}  # fmt: skip
    if kind in (D.INVESTIGATION_REPORT, D.CASE_AUDIT, D.PRIOR_NOTICE, D.HEARING_RIGHTS, D.DISCUSSION_RECORD):
        return {**_case_record(case), **_proposal(case), "audit_passed": row.action == "audit_pass",
                "statement_days": int(get_param("notice.statement_working_days")),
                "hearing_days": deadlines.HEARING_REQUEST_WORKING_DAYS}  # fmt: skip
    if kind == D.STATEMENT_RECORD:
        return {"notified_on": _s(case.notified_on), **_proposal(case)}
    if kind in (D.HEARING_NOTICE, D.HEARING_RECORD):
        return {**_hearing(case), **_proposal(case)}
    if kind == D.LEGAL_REVIEW:
        return {**_review(ctx, row), **_proposal(case)}
    if kind == D.SERVICE_RECEIPT:
        method = f.get("method")
        return {
            "served_documents": _served_documents(case),
            "recipient": f.get("recipient", ""),
            "method": str(ServiceMethod(method).label) if method in ServiceMethod.values else "",
        }
    if kind == D.EXTENSION_APPROVAL:
        return {**_case_record(case), "due_on": _s(case.due_on),
                "extension_days": int(get_param("penalty.extension_days"))}  # fmt: skip
    if kind == D.SUSPENSION_APPROVAL:
        return {**_case_record(case), "due_on": _s(case.due_on), "state_before": _state_label(case)}
    if kind in (D.PAYMENT_DEFERRAL, D.ENFORCEMENT_APPLICATION, D.CLOSING_REPORT):
        return {
            **_case_record(case),
            **_execution(case, ctx.on),
            "closed_on": _s(ctx.on) if kind == D.CLOSING_REPORT else "",
        }
    return {}


def _state_label(case) -> str:
    from .workflow import PROCEDURES

    states = PROCEDURES[case.procedure].states
    state = case.state_before_suspension or case.state
    return str(states(state).label) if state in states.values else state


def _transfer_report(case) -> dict:
    """The 移送书 carries what the case team reported (国务院令310 第五条、第六条): the police authority, the
    suspected crime, the inventory and the officers of the team; the approving head signs it."""
    report = case.steps.filter(action="propose_transfer").order_by("-at", "-id").first()
    if report is None:
        return {}
    return {"facts_entered": report.data, "reason": report.reason, "officers": report.officers,
            "items": report.data.get("items", "")}  # fmt: skip


def document_data(ctx: StepContext, kind: str, row, number: str) -> dict:
    data = {**heading(ctx.case), "number": number, "issued_on": str(ctx.on), "step": row.label,
            "officers": row.officers, "reason": row.reason, "facts_entered": row.data,
            "approver": _name(ctx.by.label)}  # fmt: skip
    data.update(_extra(ctx, kind, row))
    if kind in (*DECISION_KINDS, D.CREDIT_REPAIR_NOTICE):
        data.update(_decision(ctx, kind))
    return data
