"""API: who am I, the rule tables, the working-day calculator, the audit log and its verification."""

from datetime import date, datetime
from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from zhifa.accounts.constants import Perm, Role
from zhifa.accounts.permissions import organisation_scope
from zhifa.organisations.models import Organisation

from .api_support import ERRORS, acting, responses
from .audit import verify_chain
from .calendar import due_in_calendar_days, due_in_working_days
from .models import AuditEvent, ChainCheckpoint
from .parameters import PARAMETERS, get_param
from .rules import all_rules

router = Router(tags=["平台基础"])


class MeOut(Schema):
    label: str
    role: str
    organisation_id: int | None
    organisation_name: str | None
    permissions: list[str]


@router.get("/me", response=responses(200, MeOut), summary="当前身份与权限")
def me(request: HttpRequest):
    actor = acting(request)
    org = actor.organisation
    return MeOut(label=actor.label, role=actor.role, organisation_id=getattr(org, "pk", None),
                 organisation_name=getattr(org, "name", None), permissions=sorted(actor.permissions))  # fmt: skip


class RuleOut(Schema):
    code: str
    title: str
    message: str
    citation: str
    source_tag: str
    module: str


@router.get("/rules", response=list[RuleOut], auth=None, summary="平台执行的全部规则及其依据（公开）")
def rules(request: HttpRequest):
    return [
        RuleOut(
            code=r.code,
            title=r.title,
            message=r.message,
            citation=r.citation,
            source_tag=r.source_tag,
            module=r.module,
        )
        for r in all_rules()
    ]


class ParameterOut(Schema):
    key: str
    label: str
    value: object
    default: object
    tag: str
    source: str


@router.get("/parameters", response=list[ParameterOut], auth=None, summary="可配置的规则参数及其来源（公开）")
def parameters(request: HttpRequest):
    return [
        ParameterOut(
            key=p.key, label=p.label, value=get_param(p.key), default=p.default, tag=p.tag, source=p.source
        )
        for p in PARAMETERS.values()
    ]


class DeadlineQuery(Schema):
    start: date
    days: int
    kind: Literal["working", "calendar"] = "working"
    region_code: str = ""


class DeadlineOut(Schema):
    due: date
    provisional: bool
    rolled_from: date | None
    rule: str


@router.get(
    "/calendar/deadline",
    response=responses(200, DeadlineOut),
    summary="期限计算（工作日/自然日，民事诉讼法第八十五条）",
)
def deadline(request: HttpRequest, query: Query[DeadlineQuery]):
    acting(request)
    if query.days < 0:
        from .core_rules import PERIOD_NEGATIVE
        from .exceptions import DomainError

        raise DomainError.from_rule(PERIOD_NEGATIVE)
    fn = due_in_working_days if query.kind == "working" else due_in_calendar_days
    d = fn(query.start, query.days, query.region_code)
    return DeadlineOut(due=d.due, provisional=d.provisional, rolled_from=d.rolled_from, rule=d.rule)


class AuditOut(Schema):
    seq: int
    at: datetime
    actor_label: str
    action: str
    object_type: str
    object_id: str
    organisation_id: int | None
    before: dict
    after: dict
    hash: str


class AuditQuery(Schema):
    action: str = ""
    object_type: str = ""
    object_id: str = ""


@router.get("/audit", response=responses(200, list[AuditOut]), summary="审计日志（按机构范围）")
@paginate(PageNumberPagination, page_size=100)
def audit_list(request: HttpRequest, filters: Query[AuditQuery]):
    actor = acting(request, Perm.AUDIT_VIEW)
    qs = AuditEvent.objects.order_by("-seq")
    if actor.role != Role.ADMIN:
        qs = qs.filter(
            organisation_id__in=Organisation.objects.filter(organisation_scope(actor)).values("pk")
        )
    for field in ("action", "object_type", "object_id"):
        if getattr(filters, field):
            qs = qs.filter(**{field: getattr(filters, field)})
    return qs


class CheckpointOut(Schema):
    day: date
    seq: int
    hash: str


@router.get("/audit/checkpoints", response=list[CheckpointOut], auth=None,
            summary="审计链每日检查点（公开，供另行保存与日后校验）")  # fmt: skip
def audit_checkpoints(request: HttpRequest):
    return list(ChainCheckpoint.objects.order_by("-day")[:400])


class VerifyOut(Schema):
    ok: bool
    count: int
    head_seq: int
    problem_seq: int | None
    problem_kind: str | None
    message: str


@router.post("/audit/verify", response={200: VerifyOut, **ERRORS}, summary="重新计算审计哈希链")
def audit_verify(request: HttpRequest):
    actor = acting(request, Perm.AUDIT_VIEW)
    if actor.role not in (Role.SUPERVISOR, Role.ADMIN):
        from .exceptions import PermissionRefused

        raise PermissionRefused(
            "AUTH-PERM", "只有司法局监督人员和系统管理员可以校验审计链。", citation="zhifa 角色权限表"
        )
    report = verify_chain()
    p = report.problem
    message = f"审计链完整：共 {report.count} 个事件。" if report.ok else p.message
    return VerifyOut(ok=report.ok, count=report.count, head_seq=report.head_seq, problem_seq=p and p.seq,
                     problem_kind=p and p.kind, message=message)  # fmt: skip
