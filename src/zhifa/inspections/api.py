"""API of the inspections app (行政检查) under /api/v1/: the scoped list, one inspection, the step that opens an
inspection (检查登记), one endpoint per step (each with its schema from ``inspections.schemas``; 现场检查 as a
multipart form so the recording travels with the record), and the inspections of one enterprise (扫码入企).

No ``from __future__ import annotations``: the step endpoints are built in a loop and django-ninja reads their
payload type from the real annotation object.
"""

import json
from datetime import date, datetime

from django.http import HttpRequest
from django.utils import timezone
from ninja import File, Form, Query, Router, Schema, Status
from ninja.errors import ValidationError as NinjaValidationError
from ninja.files import UploadedFile
from ninja.pagination import PageNumberPagination, paginate
from pydantic import ValidationError

from zhifa.accounts.constants import Perm
from zhifa.core.api_support import acting, responses

from . import selectors
from .schemas import FACTS_BY_ACTION, Record, Register
from .services import inspection_step
from .workflow import INSPECTION

router = Router(tags=["行政检查"])
NO_FILE = File(None)  # the recording is required only where the catalog's 音像记录事项清单 lists the step


class InspectionOut(Schema):
    id: int
    number: str
    organisation: str
    matter: str
    party: str
    party_identifier: str
    trigger: str
    trigger_label: str
    place: str
    planned_on: date
    state: str
    state_label: str
    result: str
    result_label: str
    case_id: int | None
    case_number: str


class StepOut(Schema):
    action: str
    label: str
    on: date
    from_state: str
    to_state: str
    officers: list[dict]
    data: dict
    reason: str
    actor: str
    at: datetime


class DeadlineOut(Schema):
    kind: str
    label: str
    starts_on: date
    due_on: date
    basis: str
    status: str
    met_on: date | None
    overdue: bool


class ActionOut(Schema):
    action: str
    label: str
    path: str
    citation: str


class InspectionDetailOut(InspectionOut):
    trigger_reason: str
    approval_number: str
    approved_by: str
    approved_on: date | None
    notified_on: date | None
    no_notice_reason: str
    scanned_at: datetime | None
    scan_location: str
    checklist: list[str]
    found: str
    failed_items: int
    av_sha256: str
    correction_due: date | None
    corrected: bool | None
    referred_to: str
    published_on: date | None
    year_counts: dict
    steps: list[StepOut]
    deadlines: list[DeadlineOut]
    actions: list[ActionOut]


def inspection_out(i) -> dict:
    return {
        "id": i.pk, "number": i.number, "organisation": i.organisation.name, "matter": i.matter_version.name,
        "party": i.party.name, "party_identifier": i.party.masked_identifier, "trigger": i.trigger,
        "trigger_label": i.get_trigger_display(), "place": i.place, "planned_on": i.planned_on, "state": i.state,
        "state_label": i.state_label, "result": i.result, "result_label": i.get_result_display() if i.result else "",
        "case_id": i.case_id, "case_number": i.case.number if i.case_id else "",
    }  # fmt: skip


def action_path(action: str) -> str:
    return action.replace("_", "-")


def detail_out(i, actor) -> dict:
    today = timezone.localdate()
    steps = [{"action": s.action, "label": s.label, "on": s.on, "from_state": s.from_state, "to_state": s.to_state,
              "officers": s.officers, "data": s.data, "reason": s.reason, "actor": s.actor_label, "at": s.at}
             for s in i.steps.all()]  # fmt: skip
    deadlines = [{"kind": d.kind, "label": d.label, "starts_on": d.starts_on, "due_on": d.due_on, "basis": d.basis,
                  "status": d.status, "met_on": d.met_on, "overdue": d.status == "running" and d.due_on < today}
                 for d in i.deadlines.all()]  # fmt: skip
    actions = [{"action": s.action, "label": s.label, "citation": s.citation,
                "path": f"/api/v1/inspections/{i.pk}/{action_path(s.action)}"}
               for s in selectors.next_steps(i, actor)]  # fmt: skip
    return {
        **inspection_out(i), "trigger_reason": i.trigger_reason, "approval_number": i.approval_number,
        "approved_by": i.approved_by, "approved_on": i.approved_on, "notified_on": i.notified_on,
        "no_notice_reason": i.no_notice_reason, "scanned_at": i.scanned_at, "scan_location": i.scan_location,
        "checklist": list(i.matter_version.checklist or []), "found": i.found, "failed_items": i.failed_items,
        "av_sha256": i.av_sha256, "correction_due": i.correction_due, "corrected": i.corrected,
        "referred_to": i.referred_to, "published_on": i.published_on, "year_counts": selectors.year_counts(i),
        "steps": steps, "deadlines": deadlines, "actions": actions,
    }  # fmt: skip


class InspectionFilter(Schema):
    q: str = ""
    state: str = ""
    matter_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


@router.get(
    "/inspections", response=responses(200, list[InspectionOut]), summary="行政检查列表（本人可见范围）"
)
@paginate(PageNumberPagination, page_size=50)
def inspection_list(request: HttpRequest, filters: Query[InspectionFilter]):
    actor = acting(request, Perm.ACT_VIEW)
    return [inspection_out(i) for i in selectors.inspection_list(actor=actor, **filters.dict())]


@router.get("/inspections/enterprises/{uscc}", response=responses(200, list[InspectionOut]),
            summary="扫码入企：某企业（统一社会信用代码）的行政检查记录")  # fmt: skip
def enterprise_inspections(request: HttpRequest, uscc: str):
    actor = acting(request, Perm.ACT_VIEW)
    return [inspection_out(i) for i in selectors.enterprise_inspections(actor=actor, identifier=uscc)]


def _describe(step) -> str:
    guards = "；".join(f"{g.rule.code} {g.rule.title}" for g in step.guards)
    return f"{step.help or step.label}\n\n依据：{step.citation}\n\n权限：{step.perm}\n\n把关规则：{guards or '无'}"


@router.post("/inspections", response=responses(201, InspectionDetailOut), summary="检查登记（新建行政检查）",
             description=_describe(INSPECTION.step("register")))  # fmt: skip
def inspection_register(request: HttpRequest, payload: Register):
    actor = acting(request)
    inspection = inspection_step(inspection=None, action="register", facts=payload, by=actor)
    return Status(201, detail_out(inspection, actor))


@router.get("/inspections/{inspection_id}", response=responses(200, InspectionDetailOut),
            summary="行政检查详情（步骤、期限、可进行的步骤、年度检查次数）")  # fmt: skip
def inspection_get(request: HttpRequest, inspection_id: int):
    actor = acting(request, Perm.ACT_VIEW)
    return detail_out(selectors.inspection_for(actor, inspection_id), actor)


@router.post("/inspections/{inspection_id}/record", response=responses(200, InspectionDetailOut),
             summary="现场检查（检查清单、现场检查笔录、音像记录）",
             description=_describe(INSPECTION.step("record")) + "\n\n以 multipart 提交：facts 为 JSON，recording 为音视频文件。")  # fmt: skip
def inspection_record(request: HttpRequest, inspection_id: int, facts: Form[str],
                      recording: UploadedFile = NO_FILE):  # fmt: skip
    actor = acting(request)
    inspection = selectors.inspection_for(actor, inspection_id)
    payload = _record_facts(facts)
    inspection = inspection_step(inspection=inspection, action="record", facts=payload, by=actor,
                                 upload=recording.file if recording else None,
                                 filename=recording.name if recording else "")  # fmt: skip
    return detail_out(inspection, actor)


def _record_facts(text: str) -> Record:
    """The JSON ``facts`` field of the multipart 现场检查 form, refused as bad input (422) like a JSON body."""
    try:
        return Record.model_validate(json.loads(text))
    except ValidationError as exc:
        errors = [{"type": e["type"], "loc": ("facts", *e["loc"]), "msg": e["msg"],
                   "ctx": {k: str(v) for k, v in (e.get("ctx") or {}).items()}} for e in exc.errors()]  # fmt: skip
        raise NinjaValidationError(errors) from exc
    except ValueError as exc:
        raise NinjaValidationError([{"type": "json_invalid", "loc": ("facts",), "msg": str(exc)}]) from exc


def _step_endpoint(action: str, schema):
    def endpoint(request: HttpRequest, inspection_id: int, payload: schema):
        actor = acting(request)
        inspection = selectors.inspection_for(actor, inspection_id)
        inspection = inspection_step(inspection=inspection, action=action, facts=payload, by=actor)
        return detail_out(inspection, actor)

    endpoint.__name__ = f"inspection_{action}"
    return endpoint


def _register_steps() -> None:
    for step in INSPECTION.steps:
        if step.action in ("register", "record"):
            continue
        router.post(f"/inspections/{{inspection_id}}/{action_path(step.action)}",
                    response=responses(200, InspectionDetailOut), summary=step.label,
                    description=_describe(step))(_step_endpoint(step.action, FACTS_BY_ACTION[step.action]))  # fmt: skip


_register_steps()
