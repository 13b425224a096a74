"""What a bulk case's documents are filled with: ``cases.documents.document_data`` done from the case being walked
in memory (the service reads the same values back from the database), frozen when the document is issued.

文号 are given after the whole year is planned (``Year.number_documents``); ``fill_numbers`` then writes them into
the data that prints them (the document's own number, the decision's number, the served documents).
"""

from __future__ import annotations

from datetime import date

from zhifa.cases.constants import (
    REVIEW_ITEM_LABELS,
    ClueOrigin,
    DecisionOutcome,
    Finding,
    OfficerRole,
    ServiceMethod,
)
from zhifa.cases.constants import DocumentKind as D
from zhifa.cases.documents import CREDIT_REPAIR, DECISION_KINDS, PAYMENT, REMEDIES, REVIEW_OPINIONS, heading
from zhifa.cases.domain import deadlines
from zhifa.discretion.constants import PenaltyKind
from zhifa.discretion.domain.formatting import chinese_date

RECORD_KINDS = (D.CLUE_REGISTER, D.FILING_APPROVAL, D.NOT_FILED, D.REVOCATION)
ACT_KINDS = (D.INQUIRY_RECORD, D.INSPECTION_RECORD, D.PRESERVATION_NOTICE)
PROPOSAL_KINDS = (D.INVESTIGATION_REPORT, D.CASE_AUDIT, D.PRIOR_NOTICE, D.HEARING_RIGHTS, D.DISCUSSION_RECORD)
EXECUTION_KINDS = (D.PAYMENT_DEFERRAL, D.ENFORCEMENT_APPLICATION, D.CLOSING_REPORT)
SERVED_KINDS = (*DECISION_KINDS, D.CREDIT_REPAIR_NOTICE)


# Labels read once: a TextChoices label is a lazy translation, and the year's documents need hundreds of thousands.
KIND_LABELS = {value: str(label) for value, label in PenaltyKind.choices}
OUTCOME_LABELS = {value: str(label) for value, label in DecisionOutcome.choices}
FINDING_LABELS = {value: str(label) for value, label in Finding.choices}
METHOD_LABELS = {value: str(label) for value, label in ServiceMethod.choices}
ROLE_LABELS = {value: str(label) for value, label in OfficerRole.choices}
DOCUMENT_LABELS = {value: str(label) for value, label in D.choices}
ORIGIN_LABELS = {value: str(label) for value, label in ClueOrigin.choices}
OPINION_LABELS = {action: str(opinion.label) for action, opinion in REVIEW_OPINIONS.items()}


def _s(value) -> str:
    return "" if value is None else str(value)


def _kinds(kinds) -> str:
    return "、".join(KIND_LABELS[k] for k in kinds or [])


def _outcome_label(outcome) -> str:
    return OUTCOME_LABELS.get(outcome, "")


class Papers:
    """The document data of one walked case (``walk``: a ``cases_bulk.Walk``)."""

    def __init__(self, walk):
        self.w = walk
        self._heading: dict | None = None

    def data(self, kind: str, row, on: date, who) -> dict:
        case = self.w.case
        if self._heading is None:  # the same for every document of the case
            self._heading = heading(case)
        data = {**self._heading, "number": "", "issued_on": str(on), "step": row.label, "officers": row.officers,
                "reason": row.reason, "facts_entered": row.data, "approver": who.label.split("（")[0]}  # fmt: skip
        data.update(self._extra(kind, row, on))
        if kind in SERVED_KINDS:
            data.update(self._decision(kind, on))
        return data

    # the parts ------------------------------------------------------------------------------------------------

    def _bases(self) -> list[str]:
        return [b.citation for b in self.w.version.bases.all()]

    def _case_record(self) -> dict:
        case = self.w.case
        verify = next((s for s in reversed(self.w.steps) if s.action == "verify"), None)
        return {
            "origin": ORIGIN_LABELS.get(case.origin, ""), "clue": case.clue, "received_on": _s(case.received_on),
            "registered_on": _s(case.registered_on), "act_date": _s(case.act_date), "act_place": case.act_place,
            "finding": verify.data.get("finding", "") if verify else "",
            "case_officers": [{"name": o.person.name, "role": ROLE_LABELS[o.role]}
                              for o in self.w.case_officers if o.recused_on is None],
        }  # fmt: skip

    def _recommendation(self) -> dict:
        rec = (self.w.case.proposal or {}).get("recommendation") or {}
        return {
            "tier": rec.get("tier_label", ""), "benchmark": rec.get("benchmark", ""),
            "tier_reasons": [t["text"] for t in rec.get("trace", [])], "violated_basis": rec.get("violated_basis", ""),
            "penalty_basis": rec.get("penalty_basis", ""),
            "fine_range": [rec.get("fine_low"), rec.get("fine_high")] if rec.get("fine_high") else [],
            "benchmark_note": rec.get("message", ""),
        }  # fmt: skip

    def _evidence(self) -> list[str]:
        acts = [s for s in self.w.steps if s.action in ("inquire", "inspect_site", "preserve")]
        return [f"{s.label}（{chinese_date(s.on)}）" for s in sorted(acts, key=lambda s: s.on)]

    def _proposal(self) -> dict:
        case = self.w.case
        p = case.proposal or {}
        return {
            "facts": case.facts, "intended_outcome": _outcome_label(p.get("outcome")),
            "intended_kinds": _kinds(p.get("kinds")), "intended_fine": p.get("fine_amount"),
            "intended_confiscated": p.get("confiscated_amount"), "recommendation": p.get("recommendation"),
            "bases": self._bases(), "hearing_grounds": p.get("hearing_grounds", []), "major_reasons": case.major_reasons,
            "discussion_reasons": p.get("discussion_reasons", []), "deviation_reason": p.get("deviation_reason", ""),
            "evidence": self._evidence(), **self._recommendation(),
        }  # fmt: skip

    def _decision(self, kind: str, on: date) -> dict:
        case = self.w.case
        statements = [s for s in self.w.steps if s.action == "record_statement"]
        return {
            "facts": case.facts, "registered_on": _s(case.registered_on), "act_date": _s(case.act_date),
            "act_place": case.act_place, "bases": self._bases(), "outcome": OUTCOME_LABELS.get(case.decision_outcome, ""),
            "kinds": _kinds(case.decided_kinds), "fine_amount": _s(case.fine_amount or ""),
            "confiscated_amount": _s(case.confiscated_amount or ""), "payment": PAYMENT if case.fine_amount else "",
            "remedies": REMEDIES, "credit_repair": CREDIT_REPAIR if kind == D.CREDIT_REPAIR_NOTICE else "",
            "evidence": self._evidence(), "notified_on": _s(case.notified_on), "hearing_offered": case.hearing_offered,
            "rights_waived": case.rights_waived, "hearing_held": any(h.held_on for h in self.w.hearings),
            "statements": [{k: s.data.get(k) for k in ("statement", "adopted", "review_note")} for s in statements],
            "decided_on": _s(case.decided_on or on), "decision_number": "", "payment_days": deadlines.PAYMENT_DAYS,
            **self._recommendation(),
        }  # fmt: skip

    def _hearing(self) -> dict:
        if not self.w.hearings:
            return {}
        h = self.w.hearings[-1]
        return {"hearing": {
            "requested_on": _s(h.requested_on), "chair": h.chair.name if h.chair else "",
            "notice_served_on": _s(h.notice_served_on), "scheduled_on": _s(h.scheduled_on), "place": h.place,
            "public": h.public, "held_on": _s(h.held_on), "record": h.record, "waived": h.waived,
        }}  # fmt: skip

    def _review(self, row, on: date) -> dict:
        review = self.w.reviews[-1][0] if self.w.reviews else None
        findings = [
            {"item": REVIEW_ITEM_LABELS.get(f.get("item"), f.get("item")),
             "finding": FINDING_LABELS.get(f.get("finding"), ""), "note": f.get("note", "")}
            for f in row.data.get("findings", [])
        ]  # fmt: skip
        return {"findings": findings, "opinion": OPINION_LABELS.get(row.action, ""), "opinion_text": row.reason,
                "reviewer": review.reviewer.name if review else "", "assigned_on": _s(review.assigned_on) if review else "",
                "submitted_on": _s(on)}  # fmt: skip

    def _execution(self, on: date) -> dict:
        case = self.w.case
        return {
            "decision_number": "", "decided_on": _s(case.decided_on), "served_on": _s(case.served_on),
            "outcome": OUTCOME_LABELS.get(case.decision_outcome, ""), "kinds": _kinds(case.decided_kinds),
            "fine_amount": _s(case.fine_amount or ""), "confiscated_amount": _s(case.confiscated_amount or ""),
            "paid_amount": _s(case.paid_amount), "payment_due_on": _s(case.payment_due_on),
            "outstanding": _s(self.w.owed(on)) if case.fine_amount else "", "facts": case.facts, "bases": self._bases(),
        }  # fmt: skip

    def _transfer_report(self) -> dict:
        """What the case team reported (移送报告): the 移送书 carries it."""
        report = next((s for s in reversed(self.w.steps) if s.action == "propose_transfer"), None)
        if report is None:
            return {}
        return {"facts_entered": report.data, "reason": report.reason, "officers": report.officers,
                "items": report.data.get("items", "")}  # fmt: skip

    def _state_label(self) -> str:
        case = self.w.case
        states = self.w.procedure.states
        state = case.state_before_suspension or case.state
        return str(states(state).label) if state in states.values else state

    def _extra(self, kind: str, row, on: date) -> dict:
        case, f = self.w.case, row.data
        params = self.w.year.world.params
        if kind in RECORD_KINDS:
            return self._case_record()
        if kind == D.TRANSFER_LETTER:
            return {"act_date": _s(case.act_date), "act_place": case.act_place, "facts": case.facts,
                    **self._transfer_report()}  # fmt: skip
        if kind in ACT_KINDS:
            return {"act_date": _s(case.act_date), "act_place": case.act_place, "facts": case.facts,
                    "preservation_days": deadlines.PRESERVATION_WORKING_DAYS}  # fmt: skip
        if kind in PROPOSAL_KINDS:
            return {**self._case_record(), **self._proposal(), "audit_passed": row.action == "audit_pass",
                    "statement_days": params.statement_days, "hearing_days": deadlines.HEARING_REQUEST_WORKING_DAYS}  # fmt: skip
        if kind == D.STATEMENT_RECORD:
            return {"notified_on": _s(case.notified_on), **self._proposal()}
        if kind in (D.HEARING_NOTICE, D.HEARING_RECORD):
            return {**self._hearing(), **self._proposal()}
        if kind == D.LEGAL_REVIEW:
            return {**self._review(row, on), **self._proposal()}
        if kind == D.SERVICE_RECEIPT:
            method = f.get("method")
            return {"served_documents": [], "recipient": f.get("recipient", ""),
                    "method": METHOD_LABELS.get(method, "")}  # fmt: skip
        if kind == D.EXTENSION_APPROVAL:
            return {**self._case_record(), "due_on": _s(case.due_on), "extension_days": params.extension_days}
        if kind == D.SUSPENSION_APPROVAL:
            return {**self._case_record(), "due_on": _s(case.due_on), "state_before": self._state_label()}
        if kind in EXECUTION_KINDS:
            return {**self._case_record(), **self._execution(on),
                    "closed_on": _s(on) if kind == D.CLOSING_REPORT else ""}  # fmt: skip
        return {}


def fill_numbers(walk) -> None:
    """Write the 文号 given at the end into the data that prints them."""
    served = [
        {"title": DOCUMENT_LABELS[d.kind], "number": d.number}
        for d in walk.documents
        if d.kind in SERVED_KINDS
    ]
    for doc in walk.documents:
        doc.data["number"] = doc.number
        if "decision_number" in doc.data:
            doc.data["decision_number"] = walk.case.decision_number
        if "served_documents" in doc.data:
            doc.data["served_documents"] = served
