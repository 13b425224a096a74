"""API: organisations (执法主体), announcements (主体公告) and entrustments (委托)."""

from datetime import date

from django.http import HttpRequest
from ninja import File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope
from zhifa.core.api_support import acting, responses

from . import selectors, services
from .constants import Category, Domain, SubjectKind
from .models import Entrustment, Organisation, OrganisationAnnouncement

router = Router(tags=["执法主体"])


class OrganisationOut(Schema):
    id: int
    name: str
    short_name: str
    category: str
    category_label: str
    subject_kind: str
    subject_kind_label: str
    uscc: str | None
    legal_basis: str
    region_code: str
    domain: str
    domain_label: str
    parent_id: int | None
    street_id: int | None
    body_id: int | None
    status: str
    abolished_on: date | None
    head_name: str
    address: str
    phone: str

    @staticmethod
    def resolve_category_label(obj: Organisation) -> str:
        return obj.get_category_display()

    @staticmethod
    def resolve_subject_kind_label(obj: Organisation) -> str:
        return obj.get_subject_kind_display() if obj.subject_kind else ""

    @staticmethod
    def resolve_domain_label(obj: Organisation) -> str:
        return obj.get_domain_display() if obj.domain else ""


class OrganisationQuery(Schema):
    category: Category | None = None
    status: str = ""
    q: str = ""


class OrganisationIn(Schema):
    name: str
    category: Category
    region_code: str
    subject_kind: SubjectKind | None = None
    uscc: str | None = None
    legal_basis: str = ""
    domain: Domain | None = None
    parent_id: int | None = None
    street_id: int | None = None
    short_name: str = ""
    head_name: str = ""
    address: str = ""
    phone: str = ""


class OrganisationPatch(Schema):
    name: str | None = None
    short_name: str | None = None
    subject_kind: SubjectKind | None = None
    uscc: str | None = None
    legal_basis: str | None = None
    domain: Domain | None = None
    region_code: str | None = None
    head_name: str | None = None
    address: str | None = None
    phone: str | None = None


class AbolishIn(Schema):
    effective_on: date
    reason: str


class AnnouncementOut(Schema):
    id: int
    organisation_id: int
    kind: str
    title: str
    content: str
    effective_on: date
    published_at: str
    changes: dict

    @staticmethod
    def resolve_published_at(obj: OrganisationAnnouncement) -> str:
        return obj.published_at.isoformat()


@router.get("/organisations", response=responses(200, list[OrganisationOut]), summary="机构列表（按范围）")
def organisation_list(request: HttpRequest, filters: Query[OrganisationQuery]):
    actor = acting(request, Perm.ORG_VIEW)
    return list(
        selectors.organisation_list(
            actor=actor, category=filters.category or "", status=filters.status, q=filters.q
        )
    )


@router.get("/organisations/{org_id}", response=responses(200, OrganisationOut), summary="机构详情")
def organisation_get(request: HttpRequest, org_id: int):
    actor = acting(request, Perm.ORG_VIEW)
    return get_in_scope(Organisation.objects.all(), actor, via="self", pk=org_id)


def _org_ref(actor, org_id: int | None) -> Organisation | None:
    return None if org_id is None else get_in_scope(Organisation.objects.all(), actor, via="self", pk=org_id)


@router.post(
    "/organisations", response=responses(201, OrganisationOut), summary="登记机构（执法主体自动发布主体公告）"
)
def organisation_create(request: HttpRequest, payload: OrganisationIn):
    actor = acting(request, Perm.ORG_MANAGE)
    data = payload.dict(exclude={"parent_id", "street_id"})
    data["subject_kind"], data["domain"] = data["subject_kind"] or "", data["domain"] or ""
    org = services.organisation_create(
        by=actor, parent=_org_ref(actor, payload.parent_id), street=_org_ref(actor, payload.street_id), **data
    )
    return Status(201, org)


@router.patch(
    "/organisations/{org_id}",
    response=responses(200, OrganisationOut),
    summary="变更机构信息（主体信息变更自动公告）",
)
def organisation_update(request: HttpRequest, org_id: int, payload: OrganisationPatch):
    actor = acting(request, Perm.ORG_MANAGE)
    org = get_in_scope(Organisation.objects.all(), actor, via="self", pk=org_id)
    return services.organisation_update(by=actor, organisation=org, data=payload.dict(exclude_unset=True))


@router.post(
    "/organisations/{org_id}/abolish",
    response=responses(200, OrganisationOut),
    summary="撤销主体（发布撤销公告）",
)
def organisation_abolish(request: HttpRequest, org_id: int, payload: AbolishIn):
    actor = acting(request, Perm.ORG_MANAGE)
    org = get_in_scope(Organisation.objects.all(), actor, via="self", pk=org_id)
    return services.organisation_abolish(
        by=actor, organisation=org, effective_on=payload.effective_on, reason=payload.reason
    )


@router.get(
    "/organisations/{org_id}/announcements",
    response=responses(200, list[AnnouncementOut]),
    summary="主体公告历史",
)
def organisation_announcements(request: HttpRequest, org_id: int):
    actor = acting(request, Perm.ORG_VIEW)
    org = get_in_scope(Organisation.objects.all(), actor, via="self", pk=org_id)
    return list(org.announcements.all())


class EntrustmentOut(Schema):
    id: int
    entrusting_id: int
    entrusted_id: int
    matters: list[str]
    valid_from: date
    valid_until: date
    letter_number: str
    letter_sha256: str
    status: str
    terminated_on: date | None
    effective_today: bool

    @staticmethod
    def resolve_letter_sha256(obj: Entrustment) -> str:
        return obj.letter.sha256

    @staticmethod
    def resolve_effective_today(obj: Entrustment) -> bool:
        from django.utils import timezone

        return obj.is_effective_on(timezone.localdate())


class EntrustmentIn(Schema):
    entrusting_id: int
    entrusted_id: int
    matters: str  # one matter per line (multipart form field)
    valid_from: date
    valid_until: date
    letter_number: str


class TerminateIn(Schema):
    terminated_on: date
    reason: str


@router.get("/entrustments", response=responses(200, list[EntrustmentOut]), summary="行政执法委托（按范围）")
def entrustment_list(request: HttpRequest):
    actor = acting(request, Perm.ORG_VIEW)
    return list(selectors.entrustment_list(actor=actor))


@router.post(
    "/entrustments", response=responses(201, EntrustmentOut), summary="登记委托（上传委托书 PDF/图片）"
)
def entrustment_create(request: HttpRequest, payload: Form[EntrustmentIn], letter: File[UploadedFile]):
    actor = acting(request, Perm.ORG_MANAGE)
    entrusting = get_in_scope(Organisation.objects.all(), actor, via="self", pk=payload.entrusting_id)
    entrusted = Organisation.objects.filter(pk=payload.entrusted_id).first() or get_in_scope(
        Organisation.objects.none(), actor, via="self"
    )
    ent = services.entrustment_create(
        by=actor, entrusting=entrusting, entrusted=entrusted, matters=payload.matters.splitlines(),
        valid_from=payload.valid_from, valid_until=payload.valid_until, letter_number=payload.letter_number,
        letter=letter.file, letter_name=letter.name or "委托书",
    )  # fmt: skip
    return Status(201, ent)


@router.post("/entrustments/{ent_id}/terminate", response=responses(200, EntrustmentOut), summary="终止委托")
def entrustment_terminate(request: HttpRequest, ent_id: int, payload: TerminateIn):
    actor = acting(request, Perm.ORG_MANAGE)
    ent = get_in_scope(Entrustment.objects.all(), actor, via="entrusting", pk=ent_id)
    return services.entrustment_terminate(
        by=actor, entrustment=ent, terminated_on=payload.terminated_on, reason=payload.reason
    )
