"""API of the catalog: matters and their versions (list, detail, drafting, publication, repeal)."""

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Field, Query, Schema, Status

from zhifa.accounts.constants import Perm
from zhifa.core.api_support import acting, responses
from zhifa.core.exceptions import NotInScope
from zhifa.discretion.constants import PenaltyKind
from zhifa.organisations.constants import Domain
from zhifa.organisations.models import Entrustment, Organisation

from .. import selectors, services
from ..constants import (
    AVStep,
    ExerciseLevel,
    InspectionCategory,
    MajorCriterion,
    MatterKind,
    StreetDelegation,
)
from ..domain import MatterData
from ..models import Matter, MatterBasis, MatterVersion
from . import router

Amount = Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2)]
Ratio = Annotated[Decimal, Field(ge=0, le=100, max_digits=5, decimal_places=2)]


# --- output ---------------------------------------------------------------------------------------------------


class BodyRef(Schema):
    id: int
    name: str
    category: str


class BasisOut(Schema):
    """A 设定依据 or 实施依据; ``law_id`` and ``article_number`` open the article in the law library."""

    role: str
    citation: str
    article_id: int | None
    law_id: int | None
    article_number: int | None

    @staticmethod
    def resolve_law_id(obj: MatterBasis) -> int | None:
        return obj.article.version.law_id if obj.article_id else None

    @staticmethod
    def resolve_article_number(obj: MatterBasis) -> int | None:
        return obj.article.number if obj.article_id else None


class MatterVersionOut(Schema):
    id: int
    matter_id: int
    basic_code: str
    version: int
    status: str
    valid_from: date
    valid_until: date | None
    name: str
    local_code: str
    power_item_code: str
    kind: str
    kind_label: str
    domain: str
    domain_label: str
    levels: list[str]
    bodies: list[BodyRef]
    street_delegation: str
    entrustment_id: int | None
    entrustment_letter_number: str
    description: str
    av_steps: list[str]
    major_fine_person: Decimal | None
    major_fine_org: Decimal | None
    major_kinds: list[str]
    major_criteria: list[str]
    hearing_fine_person: Decimal | None
    hearing_fine_org: Decimal | None
    inspection_item: bool
    inspection_category: str
    inspection_subject: str
    inspection_target: str
    inspection_content: str
    inspection_ratio: Decimal | None
    inspection_frequency: str
    inspection_method: str
    checklist: list[str]
    change_note: str
    published_at: datetime | None
    published_by: str
    bases: list[BasisOut]

    @staticmethod
    def resolve_basic_code(obj: MatterVersion) -> str:
        return obj.matter.basic_code

    @staticmethod
    def resolve_kind_label(obj: MatterVersion) -> str:
        return obj.get_kind_display()

    @staticmethod
    def resolve_domain_label(obj: MatterVersion) -> str:
        return obj.get_domain_display()

    @staticmethod
    def resolve_bodies(obj: MatterVersion) -> list:
        return list(obj.bodies.all())

    @staticmethod
    def resolve_entrustment_letter_number(obj: MatterVersion) -> str:
        return obj.entrustment.letter_number if obj.entrustment_id else ""

    @staticmethod
    def resolve_bases(obj: MatterVersion) -> list:
        return list(obj.bases.all())


class MatterOut(Schema):
    id: int
    basic_code: str
    versions: list[MatterVersionOut]

    @staticmethod
    def resolve_versions(obj: Matter) -> list:
        return list(obj.versions.all())


# --- input ----------------------------------------------------------------------------------------------------


class MatterFields(Schema):
    """The content of a version; on a new version or an edit, only the fields sent change."""

    name: str | None = Field(None, min_length=1, max_length=300)
    kind: MatterKind | None = None
    domain: Domain | None = None
    body_ids: list[int] | None = Field(None, description="实施主体（机构 id）")
    establishes: list[str] | None = Field(None, description="设定依据，每项一条引用")
    implements: list[str] | None = Field(None, description="实施依据，每项一条引用")
    levels: list[ExerciseLevel] | None = None
    local_code: str | None = Field(None, max_length=64)
    power_item_code: str | None = Field(None, max_length=64)
    street_delegation: StreetDelegation | None = None
    entrustment_id: int | None = None
    description: str | None = None
    av_steps: list[AVStep] | None = None
    major_fine_person: Amount | None = None
    major_fine_org: Amount | None = None
    major_kinds: list[PenaltyKind] | None = None
    major_criteria: list[MajorCriterion] | None = None
    hearing_fine_person: Amount | None = None
    hearing_fine_org: Amount | None = None
    inspection_item: bool | None = None
    inspection_category: InspectionCategory | None = None
    inspection_subject: str | None = Field(None, max_length=200)
    inspection_target: str | None = Field(None, max_length=300)
    inspection_content: str | None = None
    inspection_ratio: Ratio | None = None
    inspection_frequency: str | None = Field(None, max_length=100)
    inspection_method: str | None = Field(None, max_length=200)
    checklist: list[str] | None = None
    change_note: str | None = None


class MatterCreateIn(MatterFields):
    basic_code: str = Field(min_length=1, max_length=32)
    valid_from: date
    name: str = Field(min_length=1, max_length=300)
    kind: MatterKind
    domain: Domain


class VersionCreateIn(MatterFields):
    valid_from: date


class VersionPatchIn(MatterFields):
    valid_from: date | None = None


class RepealIn(Schema):
    last_day: date
    reason: str = Field(min_length=1)


class MatterQuery(Schema):
    q: str = ""
    kind: MatterKind | None = None
    domain: Domain | None = None
    body_id: int | None = None
    street_delegation: StreetDelegation | None = None
    inspection_only: bool = False
    on: date | None = None
    limit: int = Field(100, ge=1, le=1000)
    offset: int = Field(0, ge=0)


# Values that are "empty" rather than None in the model.
BLANK_WHEN_NONE = {"inspection_category": "", "street_delegation": StreetDelegation.NONE}


def _organisations(ids: list[int]) -> list[Organisation]:
    found = list(Organisation.objects.filter(pk__in=ids))
    if len(found) != len(set(ids)):
        raise NotInScope("SCOPE-404", "所列实施主体中有不存在的机构。", citation="zhifa 数据范围规则")
    return found


def _entrustment(pk: int | None) -> Entrustment | None:
    if pk is None:
        return None
    found = Entrustment.objects.filter(pk=pk).first()
    if found is None:
        raise NotInScope("SCOPE-404", "所指委托不存在。", citation="zhifa 数据范围规则")
    return found


def _merge(base: MatterData, payload: MatterFields) -> MatterData:
    """``base`` with the fields the request sent."""
    sent = payload.dict(exclude_unset=True, exclude={"basic_code", "valid_from"})
    if "body_ids" in sent:
        base.bodies = _organisations(sent.pop("body_ids") or [])
    if "entrustment_id" in sent:
        base.entrustment = _entrustment(sent.pop("entrustment_id"))
    for name, value in sent.items():
        if value is None:  # an explicit null clears the field
            value = [] if isinstance(getattr(base, name), list) else BLANK_WHEN_NONE.get(name)
        setattr(base, name, value)
    return base


def _version(pk: int) -> MatterVersion:
    version = MatterVersion.objects.select_related("matter").filter(pk=pk).first()
    if version is None:
        raise Http404
    return version


# --- matters and versions -------------------------------------------------------------------------------------


@router.get(
    "/matters", response=responses(200, list[MatterVersionOut]), summary="执法事项清单（某日在用的版本）"
)
def matter_list(request: HttpRequest, filters: Query[MatterQuery]):
    acting(request, Perm.CATALOG_VIEW)
    qs = selectors.matter_catalog(
        on=filters.on or timezone.localdate(), q=filters.q.strip(), kind=filters.kind or "",
        domain=filters.domain or "", body_id=filters.body_id, street_delegation=filters.street_delegation or "",
        inspection_only=filters.inspection_only,
    )  # fmt: skip
    return list(qs[filters.offset : filters.offset + filters.limit])


@router.get("/matters/{matter_id}", response=responses(200, MatterOut), summary="事项详情（全部版本及依据）")
def matter_get(request: HttpRequest, matter_id: int):
    acting(request, Perm.CATALOG_VIEW)
    matter = selectors.matter_detail(matter_id)
    if matter is None:
        raise Http404
    return matter


@router.get(
    "/matters/{matter_id}/versions/{version}",
    response=responses(200, MatterVersionOut),
    summary="事项的某一版本",
)
def matter_version_get(request: HttpRequest, matter_id: int, version: int):
    acting(request, Perm.CATALOG_VIEW)
    found = selectors.matter_version(matter_id, version)
    if found is None:
        raise Http404
    return found


@router.post("/matters", response=responses(201, MatterVersionOut), summary="登记事项（第1版草稿）")
def matter_create(request: HttpRequest, payload: MatterCreateIn):
    actor = acting(request, Perm.CATALOG_MANAGE)
    base = MatterData(name=payload.name, kind=payload.kind, domain=payload.domain, bodies=[], establishes=[])
    version = services.matter_create(
        by=actor, basic_code=payload.basic_code, data=_merge(base, payload), valid_from=payload.valid_from
    )
    return Status(201, version)


@router.post(
    "/matters/{matter_id}/versions",
    response=responses(201, MatterVersionOut),
    summary="新建版本（草稿，复制上一版）",
)
def matter_version_create(request: HttpRequest, matter_id: int, payload: VersionCreateIn):
    actor = acting(request, Perm.CATALOG_MANAGE)
    matter = Matter.objects.filter(pk=matter_id).first()
    if matter is None:
        raise Http404
    latest = matter.versions.order_by("-version").first()
    data = _merge(MatterData.from_version(latest), payload)
    version = services.matter_version_create(
        by=actor, matter=matter, valid_from=payload.valid_from, data=data
    )
    return Status(201, version)


@router.patch(
    "/matter-versions/{version_id}", response=responses(200, MatterVersionOut), summary="修改草稿版本"
)
def matter_version_update(request: HttpRequest, version_id: int, payload: VersionPatchIn):
    actor = acting(request, Perm.CATALOG_MANAGE)
    version = _version(version_id)
    data = _merge(MatterData.from_version(version), payload)
    return services.matter_version_update(by=actor, version=version, data=data, valid_from=payload.valid_from)


@router.post(
    "/matter-versions/{version_id}/publish",
    response=responses(200, MatterVersionOut),
    summary="发布版本（上一版于前一日失效）",
)
def matter_version_publish(request: HttpRequest, version_id: int):
    actor = acting(request, Perm.CATALOG_PUBLISH)
    return services.matter_version_publish(by=actor, version=_version(version_id))


@router.post(
    "/matter-versions/{version_id}/repeal",
    response=responses(200, MatterVersionOut),
    summary="废止已发布版本",
)
def matter_version_repeal(request: HttpRequest, version_id: int, payload: RepealIn):
    actor = acting(request, Perm.CATALOG_PUBLISH)
    return services.matter_version_repeal(
        by=actor, version=_version(version_id), last_day=payload.last_day, reason=payload.reason
    )
