"""API: discretion benchmarks (行政裁量权基准) — list, detail, drafting, the authoring split helper, one endpoint per
filing action and the filing queue."""

from datetime import date, datetime
from decimal import Decimal
from typing import Literal, Self

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Schema, Status
from ninja.pagination import PageNumberPagination, paginate
from pydantic import field_validator, model_validator

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope
from zhifa.catalog.models import Matter
from zhifa.core.api_support import acting, responses
from zhifa.core.exceptions import NotInScope
from zhifa.organisations.models import Organisation

from .. import selectors, services
from ..constants import (
    BenchmarkLevel,
    BenchmarkMode,
    Circumstance,
    FineMode,
    Outcome,
    PenaltyKind,
)
from ..data import BenchmarkData, TierData, split_rows
from ..domain.formatting import circumstance_label, fine_range
from ..domain.types import Condition, Fine
from ..models import Benchmark, BenchmarkEvent, BenchmarkTier
from ..workflow import BY_ACTION, TRANSITIONS, BenchmarkState
from . import router

EVENT_LABELS = {"create": "起草", **{t.action: t.label for t in TRANSITIONS}}


def _label(choices, value: str) -> str:
    return str(choices(value).label) if value in choices.values else value


def _not_negative(value: Decimal | None, name: str) -> Decimal | None:
    if value is not None and value < 0:
        raise ValueError(f"{name}不能为负数")
    return value


# --- output -----------------------------------------------------------------------------------------------


class KindOut(Schema):
    value: str
    label: str


class ConditionOut(Schema):
    key: str
    value: str | None
    label: str


class TierOut(Schema):
    id: int | None = None
    order: int
    outcome: str
    outcome_label: str
    label: str
    conditions: list[ConditionOut]
    kinds: list[KindOut]
    fine_mode: str
    fine_low: Decimal | None
    fine_high: Decimal | None
    fine_text: str
    basis: str
    note: str


def tier_out(t: BenchmarkTier | TierData, order: int | None = None) -> TierOut:
    """A stored tier (or a draft row) as the API shows it, conditions and kinds with their Chinese labels."""
    conditions = [c if isinstance(c, dict) else {"key": c.key, "value": c.value} for c in t.conditions]
    return TierOut(
        id=getattr(t, "pk", None), order=order if order is not None else t.order, outcome=t.outcome,
        outcome_label=_label(Outcome, t.outcome), label=t.label,
        conditions=[_condition_out(c) for c in conditions], kinds=[_kind_out(k) for k in t.kinds],
        fine_mode=t.fine_mode, fine_low=t.fine_low, fine_high=t.fine_high,
        fine_text=fine_range(Fine(t.fine_mode, t.fine_low, t.fine_high)), basis=t.basis, note=t.note,
    )  # fmt: skip


def _condition_out(c: dict) -> ConditionOut:
    value = c.get("value")
    value = None if value in (None, "") else str(value)
    label = circumstance_label(Condition(c["key"], Decimal(value) if value is not None else None))
    return ConditionOut(key=c["key"], value=value, label=label)


def _kind_out(kind: str) -> KindOut:
    return KindOut(value=kind, label=_label(PenaltyKind, kind))


class BenchmarkOut(Schema):
    id: int
    matter_id: int
    matter_code: str
    matter_name: str = ""
    level: str
    level_label: str
    mode: str
    mode_label: str
    issuer_name: str
    organisation_id: int | None
    organisation_name: str
    parent_id: int | None
    version: int
    valid_from: date
    valid_until: date | None
    status: str
    status_label: str
    violation: str
    document_number: str
    filing_number: str
    submitted_at: datetime | None
    filed_at: datetime | None
    allowed_actions: list[str]

    @staticmethod
    def resolve_matter_code(obj: Benchmark) -> str:
        return obj.matter.basic_code

    @staticmethod
    def resolve_matter_name(obj: Benchmark) -> str:
        return getattr(obj, "matter_name", "")

    @staticmethod
    def resolve_level_label(obj: Benchmark) -> str:
        return obj.get_level_display()

    @staticmethod
    def resolve_mode_label(obj: Benchmark) -> str:
        return obj.get_mode_display()

    @staticmethod
    def resolve_organisation_name(obj: Benchmark) -> str:
        return obj.organisation.name if obj.organisation_id else ""

    @staticmethod
    def resolve_status_label(obj: Benchmark) -> str:
        return obj.get_status_display()

    @staticmethod
    def resolve_allowed_actions(obj: Benchmark) -> list[str]:
        return [t.action for t in selectors.available_transitions(obj)]


class EventOut(Schema):
    action: str
    action_label: str
    from_state: str
    to_state: str
    at: datetime
    by: str
    reason: str

    @staticmethod
    def resolve_action_label(obj: BenchmarkEvent) -> str:
        return EVENT_LABELS.get(obj.action, obj.action)


class BenchmarkDetailOut(BenchmarkOut):
    violated_basis: str
    penalty_basis: str
    clause: str
    statutory_fine_mode: str
    statutory_fine_low: Decimal | None
    statutory_fine_high: Decimal | None
    statutory_fine_text: str
    filed_by: str
    tiers: list[TierOut]
    events: list[EventOut]

    @staticmethod
    def resolve_statutory_fine_text(obj: Benchmark) -> str:
        return fine_range(Fine(obj.statutory_fine_mode, obj.statutory_fine_low, obj.statutory_fine_high))

    @staticmethod
    def resolve_tiers(obj: Benchmark) -> list[TierOut]:
        return [tier_out(t) for t in obj.tiers.all()]

    @staticmethod
    def resolve_events(obj: Benchmark) -> list:
        return list(obj.events.all())


# --- input ------------------------------------------------------------------------------------------------


class ConditionIn(Schema):
    key: Circumstance
    value: Decimal | None = None

    @field_validator("value")
    @classmethod
    def _value(cls, value: Decimal | None) -> Decimal | None:
        return _not_negative(value, "条件数值")


class TierIn(Schema):
    outcome: Outcome
    label: str = Field(min_length=1, max_length=200)
    conditions: list[ConditionIn] = []
    kinds: list[PenaltyKind] = []
    fine_mode: FineMode = FineMode.NONE
    fine_low: Decimal | None = None
    fine_high: Decimal | None = None
    basis: str = ""
    note: str = ""

    @model_validator(mode="after")
    def _fine(self) -> Self:
        _not_negative(self.fine_low, "罚款下限")
        _not_negative(self.fine_high, "罚款上限")
        if self.fine_low is not None and self.fine_high is not None and self.fine_low > self.fine_high:
            raise ValueError(f"档次“{self.label}”的罚款下限高于上限")
        return self

    def data(self) -> TierData:
        conditions = [{"key": str(c.key), **({"value": str(c.value)} if c.value is not None else {})}
                      for c in self.conditions]  # fmt: skip
        return TierData(
            outcome=str(self.outcome), label=self.label.strip(), conditions=conditions,
            kinds=[str(k) for k in self.kinds], fine_mode=str(self.fine_mode), fine_low=self.fine_low,
            fine_high=self.fine_high, basis=self.basis.strip(), note=self.note.strip(),
        )  # fmt: skip


class BenchmarkTextIn(Schema):
    violation: str = Field(min_length=1, max_length=300)
    penalty_basis: str = Field(min_length=1)
    clause: str = Field(min_length=1)
    violated_basis: str = ""
    document_number: str = ""
    statutory_fine_mode: FineMode = FineMode.NONE
    statutory_fine_low: Decimal | None = None
    statutory_fine_high: Decimal | None = None
    tiers: list[TierIn]

    @model_validator(mode="after")
    def _statutory(self) -> Self:
        low = _not_negative(self.statutory_fine_low, "法定罚款下限")
        high = _not_negative(self.statutory_fine_high, "法定罚款上限")
        if low is not None and high is not None and low > high:
            raise ValueError("法定罚款下限高于上限")
        return self

    def data(self) -> BenchmarkData:
        return BenchmarkData(
            violation=self.violation.strip(), penalty_basis=self.penalty_basis.strip(), clause=self.clause.strip(),
            violated_basis=self.violated_basis.strip(), document_number=self.document_number.strip(),
            statutory_fine_mode=str(self.statutory_fine_mode), statutory_fine_low=self.statutory_fine_low,
            statutory_fine_high=self.statutory_fine_high,
        )  # fmt: skip


class BenchmarkCreateIn(BenchmarkTextIn):
    matter_id: int
    valid_from: date
    level: BenchmarkLevel = BenchmarkLevel.LOCAL
    mode: BenchmarkMode = BenchmarkMode.OWN
    issuer_name: str = ""
    organisation_id: int | None = None
    parent_id: int | None = None


class BenchmarkUpdateIn(BenchmarkTextIn):
    valid_from: date | None = None
    parent_id: int | None = None


class BenchmarkQuery(Schema):
    q: str = ""
    status: BenchmarkState | None = None
    organisation_id: int | None = None
    level: BenchmarkLevel | None = None
    matter_code: str = ""


# --- benchmarks -------------------------------------------------------------------------------------------


def _with_names(benchmarks) -> list[Benchmark]:
    rows = list(benchmarks)
    names = selectors.matter_names([b.matter_id for b in rows], timezone.localdate())
    for b in rows:
        b.matter_name = names.get(b.matter_id, "")
    return rows


def _detail(actor, pk: int) -> Benchmark:
    b = selectors.benchmark_for(actor, pk)
    b.matter_name = selectors.matter_names([b.matter_id], timezone.localdate()).get(b.matter_id, "")
    return b


def _body(actor, organisation_id: int | None) -> Organisation | None:
    """The organisation named, in the actor's scope; by default the actor's own enforcement body."""
    if organisation_id is not None:
        return get_in_scope(Organisation.objects.all(), actor, via="self", pk=organisation_id)
    org = actor.organisation
    return org.body if org is not None and org.body_id else org


def _matter(matter_id: int | None = None, code: str = "") -> Matter:
    """The catalog is published to every workbench user: a matter is found by id or 基本编码, else 404."""
    lookup = {"pk": matter_id} if matter_id is not None else {"basic_code": code.strip()}
    matter = Matter.objects.filter(**lookup).first()
    if matter is None:
        raise NotInScope(
            "SCOPE-404", "事项不存在。", citation="zhifa 数据范围规则（accounts/permissions.py）"
        )
    return matter


def _parent(actor, parent_id: int | None) -> Benchmark | None:
    return None if parent_id is None else selectors.benchmark_for(actor, parent_id)


@router.get("/benchmarks", response=responses(200, list[BenchmarkOut]), summary="裁量基准列表（可见范围内）")
@paginate(PageNumberPagination, page_size=100)
def benchmark_list(request: HttpRequest, filters: Query[BenchmarkQuery]):
    actor = acting(request, Perm.CATALOG_VIEW)
    qs = selectors.benchmark_list(
        q=filters.q.strip(), status=filters.status or "", organisation_id=filters.organisation_id,
        level=filters.level or "",
    ).filter(pk__in=selectors.benchmarks_visible_to(actor).values("pk"))  # fmt: skip
    if filters.matter_code.strip():
        qs = qs.filter(matter__basic_code=filters.matter_code.strip())
    return _with_names(qs)


@router.get(
    "/benchmarks/filing-queue",
    response=responses(200, list[BenchmarkOut]),
    summary="待备案审查的基准（司法局）",
)
def benchmark_filing_queue(request: HttpRequest):
    actor = acting(request, Perm.BENCHMARK_FILE)
    visible = selectors.benchmarks_visible_to(actor).values("pk")
    return _with_names(selectors.filing_queue().filter(pk__in=visible))


# --- authoring helper: split a statutory range into draft tiers --------------------------------------------


class SplitIn(Schema):
    method: Literal["three_bands", "max_only"]
    low: Decimal | None = None
    high: Decimal
    mode: FineMode = FineMode.AMOUNT
    kinds: list[PenaltyKind] = [PenaltyKind.FINE]

    @model_validator(mode="after")
    def _range(self) -> Self:
        _not_negative(self.low, "罚款下限")
        _not_negative(self.high, "罚款上限")
        if self.mode == FineMode.NONE:
            raise ValueError("拆分罚款幅度须选择罚款数额或倍数方式")
        if self.method == "three_bands" and self.low is None:
            raise ValueError("三分法须同时给出罚款下限和上限")
        if self.low is not None and self.low > self.high:
            raise ValueError("罚款下限高于上限")
        return self


@router.post(
    "/benchmarks/split",
    response=responses(200, list[TierOut]),
    summary="拆分法定罚款幅度为档次草稿（不保存）",
)
def benchmark_split(request: HttpRequest, payload: SplitIn):
    acting(request, Perm.CATALOG_VIEW)
    rows = split_rows(
        payload.method, str(payload.mode), payload.low, payload.high, [str(k) for k in payload.kinds]
    )
    return [tier_out(r, order=(i + 1) * 10) for i, r in enumerate(rows)]


@router.get("/benchmarks/{benchmark_id}", response=responses(200, BenchmarkDetailOut), summary="裁量基准详情")
def benchmark_get(request: HttpRequest, benchmark_id: int):
    return _detail(acting(request, Perm.CATALOG_VIEW), benchmark_id)


@router.post("/benchmarks", response=responses(201, BenchmarkDetailOut), summary="起草裁量基准（草稿）")
def benchmark_create(request: HttpRequest, payload: BenchmarkCreateIn):
    actor = acting(request)
    local = payload.level == BenchmarkLevel.LOCAL
    body = _body(actor, payload.organisation_id) if local else None
    matter = _matter(payload.matter_id)
    b = services.benchmark_create(
        by=actor, matter=matter, level=str(payload.level), mode=str(payload.mode),
        issuer_name=payload.issuer_name.strip() or (body.name if body else ""), valid_from=payload.valid_from,
        data=payload.data(), tiers=[t.data() for t in payload.tiers], organisation=body,
        parent=_parent(actor, payload.parent_id) if payload.mode == BenchmarkMode.REFINED else None,
    )  # fmt: skip
    return Status(201, _detail(actor, b.pk))


@router.put(
    "/benchmarks/{benchmark_id}",
    response=responses(200, BenchmarkDetailOut),
    summary="修改草稿或退回的基准（整表替换）",
)
def benchmark_update(request: HttpRequest, benchmark_id: int, payload: BenchmarkUpdateIn):
    actor = acting(request)
    b = selectors.benchmark_for(actor, benchmark_id, write=True)
    services.benchmark_update(
        by=actor, benchmark=b, data=payload.data(), tiers=[t.data() for t in payload.tiers],
        valid_from=payload.valid_from,
        parent=_parent(actor, payload.parent_id) if b.mode == BenchmarkMode.REFINED else None,
    )  # fmt: skip
    return _detail(actor, b.pk)


class NewVersionIn(Schema):
    valid_from: date


@router.post(
    "/benchmarks/{benchmark_id}/new-version", response=responses(201, BenchmarkDetailOut),
    summary="以已备案基准为底稿新建版本（草稿）",
)  # fmt: skip
def benchmark_new_version(request: HttpRequest, benchmark_id: int, payload: NewVersionIn):
    actor = acting(request)
    b = selectors.benchmark_for(actor, benchmark_id, write=True)
    new = services.benchmark_new_version(by=actor, benchmark=b, valid_from=payload.valid_from)
    return Status(201, _detail(actor, new.pk))


# --- one endpoint per action of workflow.TRANSITIONS, each with its own input ----------------------------


class SubmitIn(Schema):
    reason: str = Field("", description="报送说明（可选）")


class RecallIn(Schema):
    reason: str = Field(description="撤回理由（必填）")


class FileIn(Schema):
    reason: str = Field("", description="审查意见（可选）")


class ReturnIn(Schema):
    reason: str = Field(description="退回理由与修改意见（必填）")


class RegisterIn(Schema):
    reason: str = Field("", description="登记说明（可选），如上级文件的发布日期")


class RepealIn(Schema):
    reason: str = Field(description="废止理由（必填）")


ACTION_SCHEMAS: dict[str, type[Schema]] = {
    "submit": SubmitIn, "recall": RecallIn, "file": FileIn, "return": ReturnIn, "register": RegisterIn,
    "repeal": RepealIn,
}  # fmt: skip


def _register_action(action: str, schema: type[Schema]) -> None:
    transition = BY_ACTION[action]

    def endpoint(request: HttpRequest, benchmark_id: int, payload: schema):  # type: ignore[valid-type]
        actor = acting(request, transition.perm)
        b = selectors.benchmark_for(actor, benchmark_id, write=True)
        services.benchmark_transition(by=actor, benchmark=b, action=action, reason=payload.reason)
        return _detail(actor, b.pk)

    sources = "、".join(str(BenchmarkState(s).label) for s in sorted(transition.sources))
    router.post(
        f"/benchmarks/{{benchmark_id}}/{action}", response=responses(200, BenchmarkDetailOut),
        operation_id=f"benchmark_{action}", summary=f"裁量基准：{transition.label}",
        description=f"允许的前置状态：{sources}；结果状态：{BenchmarkState(transition.target).label}。"
        f"所需权限：{transition.perm}。依据：{transition.citation}",
    )(endpoint)  # fmt: skip


for _t in TRANSITIONS:
    _register_action(_t.action, ACTION_SCHEMAS[_t.action])
