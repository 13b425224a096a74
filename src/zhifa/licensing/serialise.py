"""Applications and licences as the API returns them and the pages show them (one shape for both)."""

from __future__ import annotations

from datetime import date

from zhifa.core.calendar import work_calendar

from . import selectors
from .workflow import APPLICATION, LICENCE


def action_path(action: str) -> str:
    return action.replace("_", "-")


def _party(p) -> dict:
    return {
        "id": p.pk,
        "name": p.name,
        "kind_label": p.get_kind_display(),
        "identifier_masked": p.masked_identifier,
    }


def _steps(obj) -> list[dict]:
    return [{"id": s.pk, "action": s.action, "label": s.label, "from_state": s.from_state, "to_state": s.to_state,
             "on": s.on, "officers": s.officers, "data": s.data, "reason": s.reason, "actor": s.actor_label,
             "at": s.at} for s in obj.steps.all()]  # fmt: skip


def _deadlines(obj, today: date, paused: bool = False) -> list[dict]:
    return [{"kind": d.kind, "label": d.label, "starts_on": d.starts_on, "due_on": d.due_on, "status": d.status,
             "status_label": d.get_status_display(), "met_on": d.met_on, "basis": d.basis,
             "paused": paused and d.status == "running" and d.kind == "decision",
             "overdue": d.status == "running" and d.due_on < today and not paused} for d in obj.deadlines.all()]  # fmt: skip


def _actions(steps, base: str) -> list[dict]:
    return [{"action": s.action, "label": s.label, "path": f"{base}/{action_path(s.action)}", "citation": s.citation}
            for s in steps]  # fmt: skip


def application_out(a) -> dict:
    return {
        "id": a.pk, "number": a.number, "organisation": a.organisation.name, "matter": a.matter_version.name,
        "matter_id": a.matter_id, "applicant": a.applicant.name, "subject": a.subject, "state": a.state,
        "state_label": APPLICATION.state_label(a.state), "received_on": a.received_on, "accepted_on": a.accepted_on,
        "deemed_accepted": a.deemed_accepted, "decision": a.decision, "decided_on": a.decided_on,
        "decision_number": a.decision_number,
    }  # fmt: skip


def application_detail_out(a, actor, today: date) -> dict:
    cal = work_calendar(a.organisation.region_code)
    licence = getattr(a, "licence", None) if a.state == "issued" else None
    base = f"/api/v1/licensing/applications/{a.pk}"
    return {
        **application_out(a), "applicant_detail": _party(a.applicant), "materials": a.materials,
        "missing_materials": a.missing_materials, "completion_requested_on": a.completion_requested_on,
        "receipt_number": a.receipt_number, "hearing_kind": a.hearing_kind, "hearing_on": a.hearing_on,
        "hearing_held": a.hearing_held, "excluded_days": a.excluded_days, "extended_on": a.extended_on,
        "refusal_reasons": a.refusal_reasons, "remedies": a.remedies, "granted_scope": a.granted_scope,
        "issued_on": a.issued_on, "licence_id": licence.pk if licence else None,
        "excluded_periods": [{"kind": p.kind, "kind_label": p.get_kind_display(), "starts_on": p.starts_on,
                              "ends_on": p.ends_on, "notice": p.notice, "working_days": p.working_days}
                             for p in a.excluded_periods.all()],
        "note": selectors.acceptance_status(a, today, cal),
        "steps": _steps(a), "deadlines": _deadlines(a, today, paused=a.state == "paused"),
        "actions": _actions(selectors.application_steps(a, actor), base),
    }  # fmt: skip


def licence_out(lic) -> dict:
    return {
        "id": lic.pk, "number": lic.number, "organisation": lic.organisation.name, "holder": lic.holder.name,
        "matter": lic.matter_version.name, "scope": lic.scope, "state": lic.state,
        "state_label": LICENCE.state_label(lic.state), "issued_on": lic.issued_on, "valid_from": lic.valid_from,
        "valid_until": lic.valid_until,
    }  # fmt: skip


def licence_detail_out(lic, actor, today: date) -> dict:
    base = f"/api/v1/licensing/licences/{lic.pk}"
    return {
        **licence_out(lic), "holder_detail": _party(lic.holder), "application_id": lic.application_id,
        "application_number": lic.application.number, "renewal_requested_on": lic.renewal_requested_on,
        "ended_on": lic.ended_on, "note": selectors.renewal_status(lic, today), "steps": _steps(lic),
        "deadlines": _deadlines(lic, today), "actions": _actions(selectors.licence_steps(lic, actor), base),
    }  # fmt: skip
