"""API of the catalog: the 权责清单-shaped Excel export and import, the clean-up and delegation reports, and the
街道赋权指导目录."""

from datetime import date

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from ninja import Field, File, Form, Query, Schema, Status
from ninja.files import UploadedFile

from zhifa.accounts.constants import Perm
from zhifa.core.api_support import acting, responses

from .. import reports, services
from ..excel import XLSX
from ..models import GuidedListItem
from . import router
from .matters import BodyRef

# --- Excel ----------------------------------------------------------------------------------------------------


class ImportIn(Schema):
    valid_from: date
    publish: bool = False


class ImportOut(Schema):
    created: int
    new_versions: int
    updated: int
    unchanged: int
    published: int
    sha256: str
    version_ids: list[int]

    @staticmethod
    def resolve_version_ids(obj: services.ImportResult) -> list[int]:
        return [v.pk for v in obj.versions]


@router.get(
    "/catalog/export",
    summary="导出执法事项清单（Excel，权责清单格式）",
    openapi_extra={"responses": {200: {"description": "xlsx", "content": {XLSX: {}}}}},
)
def catalog_export(request: HttpRequest, on: date | None = None):
    acting(request, Perm.CATALOG_VIEW)
    on = on or timezone.localdate()
    content = services.catalog_export(on=on)
    disposition = content_disposition_header(True, f"执法事项清单_{on:%Y%m%d}.xlsx")
    return HttpResponse(content, content_type=XLSX, headers={"Content-Disposition": disposition})


@router.post(
    "/catalog/import", response=responses(200, ImportOut), summary="导入执法事项清单（全部成功或全部不导入）"
)
def catalog_import(request: HttpRequest, payload: Form[ImportIn], file: File[UploadedFile]):
    actor = acting(request, Perm.CATALOG_MANAGE)
    return services.catalog_import(
        by=actor, content=file.read(), filename=file.name or "清单.xlsx", valid_from=payload.valid_from,
        publish=payload.publish,
    )  # fmt: skip


# --- reports --------------------------------------------------------------------------------------------------


class ReportRowBase(Schema):
    matter_id: int
    basic_code: str
    name: str
    version_id: int

    @staticmethod
    def resolve_matter_id(obj) -> int:
        return obj.version.matter_id

    @staticmethod
    def resolve_basic_code(obj) -> str:
        return obj.version.matter.basic_code

    @staticmethod
    def resolve_name(obj) -> str:
        return obj.version.name

    @staticmethod
    def resolve_version_id(obj) -> int:
        return obj.version.pk


class UnusedOut(ReportRowBase):
    last_case_on: date | None
    first_valid_from: date
    listed_recently: bool


class RepeatedOut(ReportRowBase):
    same_name_codes: list[str]
    departments: list[BodyRef]
    reasons: list[str]


class DelegationOut(ReportRowBase):
    street_delegation: str
    street: BodyRef
    cases: int
    overdue: int
    overdue_share: float | None
    complaints: int
    struggling: bool
    reasons: list[str]

    @staticmethod
    def resolve_street_delegation(obj) -> str:
        return obj.version.street_delegation


@router.get(
    "/catalog/reports/unused", response=responses(200, list[UnusedOut]), summary="清理报告：近N年未发生的事项"
)
def catalog_report_unused(request: HttpRequest, years: int = Query(5, ge=1, le=30)):
    acting(request, Perm.CATALOG_VIEW)
    return reports.unused_matters(today=timezone.localdate(), years=years)


@router.get(
    "/catalog/reports/repeated",
    response=responses(200, list[RepeatedOut]),
    summary="清理报告：交叉重复的事项",
)
def catalog_report_repeated(request: HttpRequest):
    acting(request, Perm.CATALOG_VIEW)
    return reports.repeated_matters(today=timezone.localdate())


@router.get(
    "/catalog/reports/delegation",
    response=responses(200, list[DelegationOut]),
    summary="下放事项评估（街道接不接得住）",
)
def catalog_report_delegation(
    request: HttpRequest,
    years: int = Query(1, ge=1, le=10),
    overdue_threshold: float = Query(reports.OVERDUE_SHARE_THRESHOLD, ge=0, le=1),
    complaint_threshold: int = Query(reports.COMPLAINT_THRESHOLD, ge=1),
):
    acting(request, Perm.CATALOG_VIEW)
    return reports.delegation_report(
        today=timezone.localdate(), years=years, overdue_threshold=overdue_threshold,
        complaint_threshold=complaint_threshold,
    )  # fmt: skip


# --- guided list ----------------------------------------------------------------------------------------------


class GuidedItemOut(Schema):
    id: int
    basic_code: str
    name: str
    source: str
    listed_on: date
    removed_on: date | None


class GuidedItemIn(Schema):
    basic_code: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=300)
    source: str = Field(min_length=1, max_length=300)
    listed_on: date


@router.get("/guided-items", response=responses(200, list[GuidedItemOut]), summary="街道赋权指导目录")
def catalog_guided_list(request: HttpRequest):
    acting(request, Perm.CATALOG_VIEW)
    return list(GuidedListItem.objects.all())


@router.post("/guided-items", response=responses(201, GuidedItemOut), summary="列入街道赋权指导目录")
def catalog_guided_create(request: HttpRequest, payload: GuidedItemIn):
    actor = acting(request, Perm.CATALOG_PUBLISH)
    return Status(201, services.guided_item_create(by=actor, **payload.dict()))
