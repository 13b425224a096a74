"""The data a document is filled with, frozen when it is issued (``Document.data``).

Each document gets the case's heading (body, number, party, matter) and what its kind needs: the decision states
the facts, the evidence steps, the basis, the benchmark tier applied and why (seed 003 二（一）四 found decisions
that do not), the way and deadline of payment and the remedies (《行政处罚法》第五十九条). Rendering to HTML, PDF
and DOCX reads only this data, so an issued document can always be reproduced exactly.
"""

from __future__ import annotations

from zhifa.discretion.constants import PenaltyKind

from .constants import DocumentKind as D
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


def _bases(case) -> list[str]:
    return [b.citation for b in case.matter_version.bases.all()]


def _kinds(kinds) -> str:
    return "、".join(str(PenaltyKind(k).label) for k in kinds or [])


def heading(case) -> dict:
    party = case.party
    return {
        "body": case.organisation.name, "case_number": case.number, "check_code": case.check_code,
        "title": case.title, "matter": case.matter_version.name, "matter_code": case.matter.basic_code,
        "party": party.name if party else case.party_name,
        "party_kind": party.get_kind_display() if party else "",
        "party_identifier": party.masked_identifier if party else "",
        "party_address": party.address if party else "", "legal_representative": party.legal_representative if party else "",
    }  # fmt: skip


def document_data(ctx: StepContext, kind: str, row, number: str) -> dict:
    case = ctx.case
    data = {**heading(case), "number": number, "issued_on": str(ctx.on), "step": row.label,
            "officers": row.officers, "reason": row.reason, "facts_entered": row.data}  # fmt: skip
    if kind in (D.PRIOR_NOTICE, D.HEARING_RIGHTS, D.INVESTIGATION_REPORT):
        p = case.proposal
        data.update(facts=case.facts, intended_kinds=_kinds(p.get("kinds")), intended_fine=p.get("fine_amount"),
                    recommendation=p.get("recommendation"), bases=_bases(case),
                    hearing_grounds=p.get("hearing_grounds", []), major_reasons=case.major_reasons)  # fmt: skip
    if kind in (D.PENALTY_DECISION, D.NO_PENALTY_DECISION, D.ON_SPOT_DECISION, D.CREDIT_REPAIR_NOTICE):
        rec = (case.proposal or {}).get("recommendation") or {}
        data.update(
            facts=case.facts, act_date=str(case.act_date or ""), act_place=case.act_place, bases=_bases(case),
            outcome=case.get_decision_outcome_display(), kinds=_kinds(case.decided_kinds),
            fine_amount=str(case.fine_amount or ""), confiscated_amount=str(case.confiscated_amount or ""),
            tier=rec.get("tier_label", ""), benchmark=rec.get("benchmark", ""),
            tier_reasons=[t["text"] for t in rec.get("trace", [])], payment=PAYMENT if case.fine_amount else "",
            remedies=REMEDIES, credit_repair=CREDIT_REPAIR if kind == D.CREDIT_REPAIR_NOTICE else "",
            evidence=[s.label + "（" + str(s.on) + "）" for s in case.steps.filter(action__in=("inquire", "inspect_site", "preserve"))],
        )  # fmt: skip
    return data
