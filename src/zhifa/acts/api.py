"""API of the acts app (行政征收、征用、确认、给付、奖励、裁决 as recorded acts): the scoped list with filters, the
yearly summary the statistics read, a record's detail, and one endpoint per write (登记、更正、撤销、公开)."""

from datetime import date
from decimal import Decimal

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from zhifa.accounts.constants import Perm
from zhifa.core.api_support import acting, responses

from . import selectors, services
from .models import ActRecord
from .schemas import ActInput, PublishInput, ReasonInput
from .workflow import ACTS

router = Router(tags=["其他执法行为（征收、征用、确认、给付、奖励、裁决）"])


class ActFilter(Schema):
    state: str = ""
    kind: str = ""
    matter_id: int | None = None
    organisation_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    q: str = ""


class ActOut(Schema):
    id: int
    organisation_id: int
    organisation: str
    kind: str
    kind_label: str
    matter_id: int
    matter: str
    matter_version: int
    party: str | None
    party_identifier: str | None  # masked: never the whole 身份证号 / 统一社会信用代码
    decided_on: date
    decision: str
    number: str
    amount: Decimal | None
    aggregated: bool
    period: date | None
    recipients: int | None
    basis: str
    officers: list[dict]
    to_publish: bool
    publish_due_on: date | None
    published_on: date | None
    state: str
    state_label: str
    version: int
    supersedes_id: int | None
    correction_reason: str
    revoked_on: date | None
    revoke_reason: str
    revoked_by: str


class StepOut(Schema):
    action: str
    label: str
    from_state: str
    to_state: str
    on: date
    officers: list[dict]
    reason: str
    actor: str


class DeadlineOut(Schema):
    kind: str
    label: str
    starts_on: date
    due_on: date
    basis: str
    status: str
    met_on: date | None


class ActDetailOut(ActOut):
    steps: list[StepOut]
    deadlines: list[DeadlineOut]
    versions: list[ActOut]
    allowed: list[str]
    publication: dict


class SummaryOut(Schema):
    organisation_id: int
    organisation: str
    kind: str
    kind_label: str
    months: list[int]
    amounts: list[Decimal]
    total: int
    amount: Decimal


def act_out(r: ActRecord) -> dict:
    party = r.party
    return {
        "id": r.pk, "organisation_id": r.organisation_id, "organisation": r.organisation.name, "kind": r.kind,
        "kind_label": r.get_kind_display(), "matter_id": r.matter_id, "matter": r.matter_version.name,
        "matter_version": r.matter_version.version, "party": party.name if party else None,
        "party_identifier": party.masked_identifier if party else None, "decided_on": r.decided_on,
        "decision": r.decision, "number": r.number, "amount": r.amount, "aggregated": r.aggregated,
        "period": r.period, "recipients": r.recipients, "basis": r.basis, "officers": r.officers,
        "to_publish": r.to_publish, "publish_due_on": r.publish_due_on, "published_on": r.published_on,
        "state": r.state, "state_label": r.get_state_display(), "version": r.version,
        "supersedes_id": r.supersedes_id, "correction_reason": r.correction_reason, "revoked_on": r.revoked_on,
        "revoke_reason": r.revoke_reason, "revoked_by": r.revoked_by,
    }  # fmt: skip


def detail_out(r: ActRecord, actor) -> dict:
    steps = [{"action": s.action, "label": s.label, "from_state": s.from_state, "to_state": s.to_state, "on": s.on,
              "officers": s.officers, "reason": s.reason, "actor": s.actor_label} for s in r.steps.all()]  # fmt: skip
    deadlines = list(r.deadlines.values("kind", "label", "starts_on", "due_on", "basis", "status", "met_on"))
    return {**act_out(r), "steps": steps, "deadlines": deadlines,
            "versions": [act_out(v) for v in selectors.version_history(r)],
            "allowed": [s.action for s in selectors.steps_allowed(r, actor)],
            "publication": selectors.publication_entry(r) if r.to_publish else {}}  # fmt: skip


def _describe(action: str) -> str:
    step = ACTS.step(action)
    rules = "；".join(f"{g.rule.code} {g.rule.title}" for g in step.guards)
    return f"{step.help or step.label}\n\n依据：{step.citation}\n\n权限：{step.perm}\n\n把关规则：{rules or '无'}"


@router.get("/acts", response=responses(200, list[ActOut]), summary="执法行为记录列表（本人可见范围）")
@paginate(PageNumberPagination, page_size=50)
def act_list(request: HttpRequest, filters: Query[ActFilter]):
    actor = acting(request, Perm.ACT_VIEW)
    return [act_out(r) for r in selectors.act_list(actor=actor, **filters.dict())]


@router.get("/acts/summary", response=responses(200, list[SummaryOut]),
            summary="年度统计：按执法主体、行为类型、月份的件次与金额（行政执法统计年报）")  # fmt: skip
def act_summary(request: HttpRequest, year: int, organisation_id: int | None = None):
    actor = acting(request, Perm.ACT_VIEW)
    lines = selectors.yearly_summary(actor=actor, year=year, organisation_id=organisation_id)
    return [{**line.__dict__, "total": line.total, "amount": line.amount} for line in lines]


@router.post("/acts", response=responses(201, ActDetailOut), summary="登记执法行为（征收、征用、确认、给付、奖励、裁决）",
             description=_describe("record"))  # fmt: skip
def act_create(request: HttpRequest, payload: ActInput):
    actor = acting(request)
    record = services.act_record(data=payload, by=actor)
    return Status(201, detail_out(record, actor))


@router.get(
    "/acts/{act_id}", response=responses(200, ActDetailOut), summary="执法行为记录详情（版本、步骤、期限）"
)
def act_get(request: HttpRequest, act_id: int):
    actor = acting(request, Perm.ACT_VIEW)
    return detail_out(selectors.act_for(actor, act_id), actor)


@router.post("/acts/{act_id}/correct", response=responses(201, ActDetailOut), summary="更正（登记新版本）",
             description=_describe("correct"))  # fmt: skip
def act_correct(request: HttpRequest, act_id: int, payload: ActInput):
    actor = acting(request)
    new = services.act_correct(record=selectors.act_for(actor, act_id), data=payload, by=actor)
    return Status(201, detail_out(new, actor))


@router.post("/acts/{act_id}/revoke", response=responses(200, ActDetailOut), summary="撤销",
             description=_describe("revoke"))  # fmt: skip
def act_revoke(request: HttpRequest, act_id: int, payload: ReasonInput):
    actor = acting(request)
    record = services.act_revoke(record=selectors.act_for(actor, act_id), data=payload, by=actor)
    return detail_out(record, actor)


@router.post("/acts/{act_id}/publish", response=responses(200, ActDetailOut), summary="登记公开",
             description=_describe("publish"))  # fmt: skip
def act_publish(request: HttpRequest, act_id: int, payload: PublishInput):
    actor = acting(request)
    record = services.act_publish(record=selectors.act_for(actor, act_id), data=payload, by=actor)
    return detail_out(record, actor)
