"""API of the coercion app (行政强制) under /api/v1/coercion/: scoped lists and details of measures and executions,
one action endpoint per step of each table (its own input schema from ``coercion.facts``), the opening steps, and
the upload of an audio/video record a step cites by its SHA-256.

No ``from __future__ import annotations``: the step endpoints are built in a loop and django-ninja reads their
payload type from the real annotation object.
"""

from datetime import date, datetime
from decimal import Decimal

from django.http import HttpRequest
from django.utils import timezone
from ninja import File, Query, Router, Schema, Status
from ninja.files import UploadedFile
from ninja.pagination import PageNumberPagination, paginate

from zhifa.accounts.constants import Perm
from zhifa.core.api_support import acting, responses

from . import selectors, services
from .facts import EXECUTION_FACTS, MEASURE_FACTS, Remind
from .workflow import EXECUTIONS, MEASURES

router = Router(tags=["行政强制"])


class StepOut(Schema):
    action: str
    label: str
    from_state: str
    to_state: str
    on: date
    officers: list
    data: dict
    reason: str
    actor_label: str


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


class MeasureOut(Schema):
    id: int
    number: str
    organisation: str
    party: str
    kind: str
    kind_label: str
    state: str
    state_label: str
    implemented_on: date | None
    ends_on: date | None
    case_id: int | None


class MeasureDetailOut(MeasureOut):
    matter: str
    grounds: str
    basis: str
    emergency: bool
    inventory: list
    inventory_copies: int
    extension_days: int
    excluded_days: int
    av_sha256: str
    steps: list[StepOut]
    deadlines: list[DeadlineOut]
    actions: list[ActionOut]


class ExecutionOut(Schema):
    id: int
    number: str
    organisation: str
    party: str
    state: str
    state_label: str
    decision_number: str
    principal: Decimal | None
    surcharge_amount: Decimal
    reminder_served_on: date | None
    direct_power: bool


class ExecutionDetailOut(ExecutionOut):
    obligation: str
    reminder_deadline: date | None
    executed_at: datetime | None
    court_name: str
    av_sha256: str
    steps: list[StepOut]
    deadlines: list[DeadlineOut]
    actions: list[ActionOut]


class RecordingOut(Schema):
    sha256: str
    size: int
    content_type: str


def _history(obj, today: date) -> dict:
    steps = [{f: getattr(s, f) for f in StepOut.model_fields} for s in obj.steps.all()]
    deadlines = [{**{f: getattr(d, f) for f in DeadlineOut.model_fields if f != "overdue"},
                  "overdue": d.status == "running" and d.due_on < today} for d in obj.deadlines.all()]  # fmt: skip
    return {"steps": steps, "deadlines": deadlines}


def measure_out(m) -> dict:
    return {"id": m.pk, "number": m.number, "organisation": m.organisation.name, "party": m.party.name,
            "kind": m.kind, "kind_label": m.get_kind_display(), "state": m.state,
            "state_label": MEASURES.state_label(m.state), "implemented_on": m.implemented_on, "ends_on": m.ends_on,
            "case_id": m.case_id}  # fmt: skip


def measure_detail(m, actor) -> dict:
    actions = [{"action": s.action, "label": s.label} for s in selectors.next_steps(MEASURES, m, actor)]
    return {**measure_out(m), "matter": m.matter_version.name, "grounds": m.grounds, "basis": m.basis,
            "emergency": m.emergency, "inventory": m.inventory, "inventory_copies": m.inventory_copies,
            "extension_days": m.extension_days, "excluded_days": m.excluded_days, "av_sha256": m.av_sha256,
            **_history(m, timezone.localdate()), "actions": actions}  # fmt: skip


def execution_out(e) -> dict:
    return {"id": e.pk, "number": e.number, "organisation": e.organisation.name, "party": e.party.name,
            "state": e.state, "state_label": EXECUTIONS.state_label(e.state), "decision_number": e.decision_number,
            "principal": e.principal, "surcharge_amount": e.surcharge_amount,
            "reminder_served_on": e.reminder_served_on, "direct_power": e.direct_power}  # fmt: skip


def execution_detail(e, actor) -> dict:
    actions = [{"action": s.action, "label": s.label} for s in selectors.next_steps(EXECUTIONS, e, actor)]
    return {**execution_out(e), "obligation": e.obligation, "reminder_deadline": e.reminder_deadline,
            "executed_at": e.executed_at, "court_name": e.court_name, "av_sha256": e.av_sha256,
            **_history(e, timezone.localdate()), "actions": actions}  # fmt: skip


class MeasureFilter(Schema):
    state: str = ""
    kind: str = ""
    matter: int | None = None
    since: date | None = None
    until: date | None = None


class ExecutionFilter(Schema):
    state: str = ""
    since: date | None = None
    until: date | None = None


@router.get(
    "/coercion/measures",
    response=responses(200, list[MeasureOut]),
    summary="行政强制措施列表（本人可见范围）",
)
@paginate(PageNumberPagination, page_size=50)
def measure_list(request: HttpRequest, filters: Query[MeasureFilter]):
    actor = acting(request, Perm.ACT_VIEW)
    return [measure_out(m) for m in selectors.measure_list(actor=actor, **filters.dict())]


@router.get("/coercion/measures/{int:measure_id}", response=responses(200, MeasureDetailOut),
            summary="行政强制措施详情（步骤、期限、可进行的步骤）")  # fmt: skip
def measure_get(request: HttpRequest, measure_id: int):
    actor = acting(request, Perm.ACT_VIEW)
    return measure_detail(selectors.measure_for(actor, measure_id), actor)


@router.get(
    "/coercion/executions",
    response=responses(200, list[ExecutionOut]),
    summary="行政强制执行列表（本人可见范围）",
)
@paginate(PageNumberPagination, page_size=50)
def execution_list(request: HttpRequest, filters: Query[ExecutionFilter]):
    actor = acting(request, Perm.ACT_VIEW)
    return [execution_out(e) for e in selectors.execution_list(actor=actor, **filters.dict())]


@router.get("/coercion/executions/{int:execution_id}", response=responses(200, ExecutionDetailOut),
            summary="行政强制执行详情（步骤、期限、可进行的步骤）")  # fmt: skip
def execution_get(request: HttpRequest, execution_id: int):
    actor = acting(request, Perm.ACT_VIEW)
    return execution_detail(selectors.execution_for(actor, execution_id), actor)


@router.post("/coercion/recordings", response=responses(201, RecordingOut),
             summary="上传音像记录（执法记录仪视频等），步骤以其 SHA-256 引用")  # fmt: skip
def recording_upload(request: HttpRequest, file: File[UploadedFile]):
    actor = acting(request, Perm.ACT_HANDLE)
    stored = services.recording_store(upload=file.file, filename=file.name, by=actor)
    return Status(201, {"sha256": stored.sha256, "size": stored.size, "content_type": stored.content_type})


def _describe(step) -> str:
    rules = "；".join(f"{g.rule.code} {g.rule.title}" for g in step.guards)
    return f"{step.help or step.label}\n\n依据：{step.citation}\n\n权限：{step.perm}\n\n把关规则：{rules or '无'}"


def _path(action: str) -> str:
    return action.replace("_", "-")


def _measure_endpoint(action: str, schema):
    def endpoint(request: HttpRequest, measure_id: int, payload: schema):
        actor = acting(request)
        measure = services.measure_step(measure=selectors.measure_for(actor, measure_id), action=action,
                                        facts=payload, by=actor)  # fmt: skip
        return measure_detail(measure, actor)

    endpoint.__name__ = f"measure_{action}"
    return endpoint


def _opening_measure(action: str, schema):
    def endpoint(request: HttpRequest, payload: schema):
        actor = acting(request)
        return Status(201, measure_detail(services.measure_step(measure=None, action=action, facts=payload, by=actor),
                                          actor))  # fmt: skip

    endpoint.__name__ = f"measure_open_{action}"
    return endpoint


def _execution_endpoint(action: str, schema):
    def endpoint(request: HttpRequest, execution_id: int, payload: schema):
        actor = acting(request)
        execution = services.execution_step(execution=selectors.execution_for(actor, execution_id), action=action,
                                            facts=payload, by=actor)  # fmt: skip
        return execution_detail(execution, actor)

    endpoint.__name__ = f"execution_{action}"
    return endpoint


def _register() -> None:
    for step in MEASURES.steps:
        schema = MEASURE_FACTS[step.action]
        if step.action in ("propose", "implement_emergency"):
            router.post(f"/coercion/measures/{_path(step.action)}", response=responses(201, MeasureDetailOut),
                        summary=f"行政强制措施：{step.label}（新建）", description=_describe(step),
                        operation_id=f"coercion_measure_open_{step.action}")(_opening_measure(step.action, schema))  # fmt: skip
            continue
        router.post(f"/coercion/measures/{{int:measure_id}}/{_path(step.action)}", response=responses(200, MeasureDetailOut),
                    summary=f"行政强制措施：{step.label}", description=_describe(step),
                    operation_id=f"coercion_measure_{step.action}")(_measure_endpoint(step.action, schema))  # fmt: skip
    for step in EXECUTIONS.steps:
        schema = EXECUTION_FACTS[step.action]
        if step.action == "remind":
            continue
        router.post(f"/coercion/executions/{{int:execution_id}}/{_path(step.action)}",
                    response=responses(200, ExecutionDetailOut), summary=f"行政强制执行：{step.label}",
                    description=_describe(step),
                    operation_id=f"coercion_execution_{step.action}")(_execution_endpoint(step.action, schema))  # fmt: skip


@router.post("/coercion/executions/remind", response=responses(201, ExecutionDetailOut),
             summary="行政强制执行：书面催告（新建）", description=_describe(EXECUTIONS.step("remind")))  # fmt: skip
def execution_remind(request: HttpRequest, payload: Remind):
    actor = acting(request)
    return Status(201, execution_detail(services.execution_step(execution=None, action="remind", facts=payload,
                                                                 by=actor), actor))  # fmt: skip


_register()
