"""API of the licensing app (行政许可): registers and details of applications and licences (scoped to the
actor), 申请登记, and one endpoint per step of each procedure table with the step's own input schema
(``licensing.facts``), as ``cases.api.cases`` does for penalty cases (house style R13).

No ``from __future__ import annotations`` here: the step endpoints are built in a loop and django-ninja reads
their payload type from the real annotation object.
"""

from datetime import date, datetime

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from zhifa.accounts.constants import Perm
from zhifa.core.api_support import acting, responses

from . import selectors
from .facts import APPLICATION_FACTS, LICENCE_FACTS, Receive
from .serialise import action_path, application_detail_out, application_out, licence_detail_out, licence_out
from .services import licence_application_step, licence_step
from .workflow import APPLICATION, LICENCE

router = Router(tags=["行政许可"])


class ApplicationOut(Schema):
    id: int
    number: str
    organisation: str
    matter: str
    matter_id: int
    applicant: str
    subject: str
    state: str
    state_label: str
    received_on: date
    accepted_on: date | None
    deemed_accepted: bool = Field(description="逾期未告知补正，自收到申请材料之日起视为受理（第三十二条）")
    decision: str
    decided_on: date | None
    decision_number: str


class StepOut(Schema):
    id: int
    action: str
    label: str
    from_state: str
    to_state: str
    on: date
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
    status: str
    status_label: str
    met_on: date | None
    basis: str
    paused: bool = Field(description="中止计时中（第四十五条），届满日将顺延")
    overdue: bool


class ActionOut(Schema):
    action: str
    label: str
    path: str
    citation: str


class ExcludedOut(Schema):
    kind: str
    kind_label: str
    starts_on: date
    ends_on: date | None
    notice: str
    working_days: int


class PartyOut(Schema):
    id: int
    name: str
    kind_label: str
    identifier_masked: str


class ApplicationDetailOut(ApplicationOut):
    applicant_detail: PartyOut
    materials: list[str]
    missing_materials: list[str]
    completion_requested_on: date | None
    receipt_number: str
    hearing_kind: str
    hearing_on: date | None
    hearing_held: bool
    excluded_days: int
    extended_on: date | None
    refusal_reasons: str
    remedies: str
    granted_scope: str
    issued_on: date | None
    licence_id: int | None
    excluded_periods: list[ExcludedOut]
    note: str = Field(description="依法视为受理等提示")
    steps: list[StepOut]
    deadlines: list[DeadlineOut]
    actions: list[ActionOut] = Field(description="当前账号现在可进行的步骤")


class LicenceOut(Schema):
    id: int
    number: str
    organisation: str
    holder: str
    matter: str
    scope: str
    state: str
    state_label: str
    issued_on: date
    valid_from: date
    valid_until: date | None


class LicenceDetailOut(LicenceOut):
    holder_detail: PartyOut
    application_id: int
    application_number: str
    renewal_requested_on: date | None
    ended_on: date | None
    note: str = Field(description="视为准予延续等提示（第五十条）")
    steps: list[StepOut]
    deadlines: list[DeadlineOut]
    actions: list[ActionOut]


class ApplicationFilter(Schema):
    q: str = ""
    state: str = ""
    matter_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None


class LicenceFilter(Schema):
    q: str = ""
    state: str = ""
    matter_id: int | None = None


class Mapped:
    """A queryset seen through ``out``: the paginator counts it in the database and serialises only its page."""

    def __init__(self, queryset, out):
        self.queryset, self.out = queryset, out

    def all(self):
        return self.queryset.all()

    def __len__(self) -> int:
        return self.queryset.count()

    def __getitem__(self, index):
        rows = self.queryset[index]
        return [self.out(r) for r in rows] if isinstance(index, slice) else self.out(rows)


def _describe(step) -> str:
    rules = "；".join(f"{g.rule.code} {g.rule.title}" for g in step.guards)
    return f"{step.help or step.label}\n\n依据：{step.citation}\n\n权限：{step.perm}\n\n把关规则：{rules or '无'}"


@router.get(
    "/licensing/applications",
    response=responses(200, list[ApplicationOut]),
    summary="许可申请列表（本人可见范围）",
)
@paginate(PageNumberPagination, page_size=50)
def application_list(request: HttpRequest, filters: Query[ApplicationFilter]):
    actor = acting(request, Perm.ACT_VIEW)
    return Mapped(selectors.application_list(actor=actor, **filters.dict()), application_out)


@router.post("/licensing/applications", response=responses(201, ApplicationDetailOut),
             summary="申请登记（收件）", description=_describe(APPLICATION.step("receive")))  # fmt: skip
def application_receive(request: HttpRequest, payload: Receive):
    actor = acting(request)
    app = licence_application_step(application=None, action="receive", facts=payload, by=actor)
    return Status(201, application_detail_out(app, actor, timezone.localdate()))


@router.get("/licensing/applications/{application_id}", response=responses(200, ApplicationDetailOut),
            summary="许可申请详情（步骤、期限、可进行的步骤）")  # fmt: skip
def application_get(request: HttpRequest, application_id: int):
    actor = acting(request, Perm.ACT_VIEW)
    return application_detail_out(
        selectors.application_for(actor, application_id), actor, timezone.localdate()
    )


@router.get(
    "/licensing/licences", response=responses(200, list[LicenceOut]), summary="许可证件列表（本人可见范围）"
)
@paginate(PageNumberPagination, page_size=50)
def licence_list(request: HttpRequest, filters: Query[LicenceFilter]):
    actor = acting(request, Perm.ACT_VIEW)
    return Mapped(selectors.licence_list(actor=actor, **filters.dict()), licence_out)


@router.get("/licensing/licences/{licence_id}", response=responses(200, LicenceDetailOut),
            summary="许可证件详情（变更、延续、撤销等记录）")  # fmt: skip
def licence_get(request: HttpRequest, licence_id: int):
    actor = acting(request, Perm.ACT_VIEW)
    return licence_detail_out(selectors.licence_for(actor, licence_id), actor, timezone.localdate())


def _application_endpoint(action: str, schema):
    def endpoint(request: HttpRequest, application_id: int, payload: schema):
        actor = acting(request)
        app = selectors.application_for(actor, application_id)
        app = licence_application_step(application=app, action=action, facts=payload, by=actor)
        return application_detail_out(app, actor, timezone.localdate())

    endpoint.__name__ = f"application_{action}"
    return endpoint


def _licence_endpoint(action: str, schema):
    def endpoint(request: HttpRequest, licence_id: int, payload: schema):
        actor = acting(request)
        licence = licence_step(
            licence=selectors.licence_for(actor, licence_id), action=action, facts=payload, by=actor
        )
        return licence_detail_out(licence, actor, timezone.localdate())

    endpoint.__name__ = f"licence_{action}"
    return endpoint


def _register_steps() -> None:
    for step in APPLICATION.steps:
        if step.action == "receive":
            continue
        router.post(f"/licensing/applications/{{application_id}}/{action_path(step.action)}",
                    response=responses(200, ApplicationDetailOut), summary=f"许可申请：{step.label}",
                    description=_describe(step))(_application_endpoint(step.action, APPLICATION_FACTS[step.action]))  # fmt: skip
    for step in LICENCE.steps:
        if step.action == "issue":  # issued by the application's 颁发证件 step
            continue
        router.post(f"/licensing/licences/{{licence_id}}/{action_path(step.action)}",
                    response=responses(200, LicenceDetailOut), summary=f"许可证件：{step.label}",
                    description=_describe(step))(_licence_endpoint(step.action, LICENCE_FACTS[step.action]))  # fmt: skip


_register_steps()
