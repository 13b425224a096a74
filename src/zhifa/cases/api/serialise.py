"""Case → API output (shared by the API and the pages' JSON needs)."""

from __future__ import annotations

from datetime import date

from zhifa.core.procedures import PREVIOUS

from ..constants import REVIEW_ITEM_LABELS, DeadlineKind, DeadlineStatus
from ..models import Case
from ..selectors import amount_owed, available_steps


def action_path(action: str) -> str:
    return action.replace("_", "-")


def case_out(case: Case, today: date) -> dict:
    return {
        "id": case.pk, "number": case.number, "title": case.title, "procedure": case.procedure,
        "procedure_label": case.get_procedure_display(), "state": case.state, "state_label": case.state_label,
        "organisation": case.organisation.name, "handled_by": case.handled_by.name if case.handled_by_id else "",
        "entrustment": case.entrustment.letter_number if case.entrustment_id else "",
        "matter": case.matter_version.name, "party": case.party_name,
        "registered_on": case.registered_on, "due_on": case.due_on, "decided_on": case.decided_on,
        "closed_on": case.closed_on, "overdue": case.is_overdue(today) and case.decided_on is None,
    }  # fmt: skip


def deadlines_out(case: Case, today: date) -> list[dict]:
    return [deadline_out(d, today, paused=clock_stopped(case)) for d in case.deadlines.all()]


def clock_stopped(case: Case) -> bool:
    """The 90-day clock is stopped: the case is suspended or with the police (``timing`` sets ``due_on`` to None)."""
    return case.registered_on is not None and case.decided_on is None and case.due_on is None


def deadline_out(d, today: date, *, paused: bool = False) -> dict:
    stopped = paused and d.kind == DeadlineKind.DECISION and d.status == DeadlineStatus.RUNNING
    return {
        "kind": d.kind, "kind_label": d.get_kind_display(), "starts_on": d.starts_on, "due_on": d.due_on,
        "status": d.status, "met_on": d.met_on, "basis": d.basis,
        "status_label": "暂停计算（中止或移送公安机关期间不计入，恢复后顺延）" if stopped else d.get_status_display(),
        "overdue": not stopped and d.status != DeadlineStatus.CANCELLED and (d.met_on or today) > d.due_on,
    }  # fmt: skip


def document_out(doc) -> dict:
    return {"id": doc.pk, "kind": doc.kind, "kind_label": doc.get_kind_display(), "number": doc.number,
            "issued_on": doc.issued_on, "served_on": doc.served_on, "step_id": doc.step_id}  # fmt: skip


def _review_out(r) -> dict:
    return {
        "id": r.pk, "reviewer": r.reviewer.name, "assigned_on": r.assigned_on, "due_on": r.due_on,
        "opinion": r.opinion, "opinion_label": r.get_opinion_display() if r.opinion else "待审核",
        "reasons": r.reasons, "submitted_on": r.submitted_on,
        "findings": [{"item": f.item, "item_label": REVIEW_ITEM_LABELS.get(f.item, f.item), "finding": f.finding,
                      "note": f.note} for f in r.findings.all()],
    }  # fmt: skip


def actions_out(case: Case, actor) -> list[dict]:
    return [{
        "action": s.action, "label": s.label, "endpoint": f"/api/v1/cases/{case.pk}/{action_path(s.action)}",
        "perm": s.perm, "citation": s.citation, "rules": [g.rule.code for g in s.guards],
    } for s in available_steps(case, actor)]  # fmt: skip


def case_detail_out(case: Case, actor, today: date) -> dict:
    party = case.party
    return {
        **case_out(case, today),
        "party_detail": None if party is None else {
            "id": party.pk, "kind": party.kind, "kind_label": party.get_kind_display(), "name": party.name,
            "identifier_masked": party.masked_identifier, "address": party.address},
        "origin": case.origin, "clue": case.clue, "act_date": case.act_date, "act_place": case.act_place,
        "facts": case.facts, "proposal": case.proposal, "is_major": case.is_major, "major_reasons": case.major_reasons,
        "needs_discussion": case.needs_discussion, "notified_on": case.notified_on,
        "hearing_offered": case.hearing_offered, "rights_waived": case.rights_waived,
        "decision_outcome": case.decision_outcome, "decided_kinds": case.decided_kinds,
        "fine_amount": case.fine_amount, "confiscated_amount": case.confiscated_amount,
        "decision_number": case.decision_number, "served_on": case.served_on, "payment_due_on": case.payment_due_on,
        "paid_amount": case.paid_amount, "owed_today": amount_owed(case, today),
        "officers": [{"person_id": o.person_id, "name": o.person.name, "role": o.get_role_display(),
                      "assigned_on": o.assigned_on, "recused_on": o.recused_on, "recusal_reason": o.recusal_reason}
                     for o in case.officers.select_related("person")],
        "steps": [{"id": s.pk, "action": s.action, "label": s.label, "from_state": s.from_state,
                   "to_state": s.to_state, "on": s.on, "officers": s.officers, "data": s.data, "reason": s.reason,
                   "actor": s.actor_label, "at": s.at} for s in case.steps.all()],
        "documents": [document_out(d) for d in case.documents.all()],
        "deadlines": deadlines_out(case, today),
        "reviews": [_review_out(r) for r in case.reviews.select_related("reviewer").prefetch_related("findings")],
        "actions": actions_out(case, actor),
    }  # fmt: skip


def procedure_out(p) -> dict:
    return {
        "code": p.code, "name": p.name, "citation": p.citation,
        "states": [{"value": v, "label": str(label)} for v, label in p.states.choices],
        "steps": [{
            "action": s.action, "label": s.label, "sources": sorted(s.sources),
            "target": "（不变）" if s.target is None else "（中止前环节）" if s.target == PREVIOUS else s.target,
            "perm": s.perm, "citation": s.citation, "officers": s.officers,
            "guards": [{"code": g.rule.code, "title": g.rule.title, "citation": g.rule.citation} for g in s.guards],
            "documents": [{"kind": d.kind, "label": p.label(d.kind), "when": d.note} for d in s.documents],
            "starts": [p.label(k) for k in s.starts], "stops": [p.label(k) for k in s.stops],
        } for s in p.steps],
    }  # fmt: skip


def party_history_out(party, cases, violations, today: date) -> dict:
    return {
        "id": party.pk, "kind": party.kind, "kind_label": party.get_kind_display(), "name": party.name,
        "identifier_masked": party.masked_identifier, "address": party.address,
        "legal_representative": party.legal_representative,
        "cases": [case_out(c, today) for c in cases],
        "violations": [{
            "reference": v.reference, "matter_code": v.matter.basic_code, "matter": _matter_name(v.matter, v.act_date),
            "organisation": v.organisation.name,
            "act_date": v.act_date, "decided_on": v.decided_on, "outcome": v.outcome,
            "outcome_label": v.get_outcome_display(), "source": v.source,
        } for v in violations],
    }  # fmt: skip


def _matter_name(matter, day: date) -> str:
    """The matter's name in the version in force on ``day`` (else its earliest), from prefetched versions."""
    versions = sorted(matter.versions.all(), key=lambda v: v.valid_from)
    return next(
        (v.name for v in reversed(versions) if v.valid_from <= day), versions[0].name if versions else ""
    )
