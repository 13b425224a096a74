"""API: officers (执法人员) — list, detail, registration, changes, photo."""

from datetime import date

from django.http import HttpRequest
from ninja import File, Query, Schema, Status
from ninja.files import UploadedFile
from ninja.pagination import PageNumberPagination, paginate

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope
from zhifa.core.api_support import acting, responses
from zhifa.organisations.models import Organisation

from .. import selectors, services
from ..constants import PersonStatus, StaffType
from ..models import Person
from . import router


class PersonOut(Schema):
    id: int
    name: str
    id_number_masked: str
    gender: str
    birth_date: date
    organisation_id: int
    organisation_name: str
    post: str
    staff_type: str
    staff_type_label: str
    has_legal_qualification: bool
    legal_review_since: date | None
    status: str

    @staticmethod
    def resolve_id_number_masked(obj: Person) -> str:
        return obj.masked_id_number

    @staticmethod
    def resolve_organisation_name(obj: Person) -> str:
        return obj.organisation.name

    @staticmethod
    def resolve_staff_type_label(obj: Person) -> str:
        return obj.get_staff_type_display()


class PersonQuery(Schema):
    q: str = ""
    organisation_id: int | None = None
    staff_type: StaffType | None = None
    cert_state: str = ""
    status: PersonStatus | None = None


class PersonIn(Schema):
    organisation_id: int
    name: str
    id_number: str
    staff_type: StaffType
    post: str = ""
    has_legal_qualification: bool = False
    legal_review_since: date | None = None
    phone: str = ""


class PersonPatch(Schema):
    name: str | None = None
    organisation_id: int | None = None
    post: str | None = None
    staff_type: StaffType | None = None
    has_legal_qualification: bool | None = None
    legal_review_since: date | None = None
    phone: str | None = None
    status: PersonStatus | None = None


def person_in_scope(actor, person_id: int) -> Person:
    return get_in_scope(Person.objects.select_related("organisation"), actor, pk=person_id)


@router.get("/persons", response=responses(200, list[PersonOut]), summary="执法人员列表（按范围，分页）")
@paginate(PageNumberPagination, page_size=50)
def person_list(request: HttpRequest, filters: Query[PersonQuery]):
    actor = acting(request, Perm.PERSON_VIEW)
    return selectors.person_list(
        actor=actor, q=filters.q, organisation_id=filters.organisation_id, staff_type=filters.staff_type or "",
        cert_state=filters.cert_state, status=filters.status or "",
    ).order_by("id")  # fmt: skip


@router.get("/persons/{person_id}", response=responses(200, PersonOut), summary="执法人员详情")
def person_get(request: HttpRequest, person_id: int):
    return person_in_scope(acting(request, Perm.PERSON_VIEW), person_id)


@router.post(
    "/persons",
    response=responses(201, PersonOut),
    summary="登记执法人员（身份证号校验，性别与出生日期自动推得）",
)
def person_create(request: HttpRequest, payload: PersonIn):
    actor = acting(request, Perm.PERSON_MANAGE)
    org = get_in_scope(Organisation.objects.all(), actor, via="self", pk=payload.organisation_id)
    data = payload.dict(exclude={"organisation_id"})
    return Status(201, services.person_create(by=actor, organisation=org, **data))


@router.patch("/persons/{person_id}", response=responses(200, PersonOut), summary="修改执法人员信息")
def person_update(request: HttpRequest, person_id: int, payload: PersonPatch):
    actor = acting(request, Perm.PERSON_MANAGE)
    person = person_in_scope(actor, person_id)
    data = payload.dict(exclude_unset=True)
    if "organisation_id" in data:
        data["organisation"] = get_in_scope(
            Organisation.objects.all(), actor, via="self", pk=data.pop("organisation_id")
        )
    return services.person_update(by=actor, person=person, data=data)


@router.post(
    "/persons/{person_id}/photo", response=responses(200, PersonOut), summary="上传证件照（JPEG/PNG）"
)
def person_photo(request: HttpRequest, person_id: int, photo: File[UploadedFile]):
    actor = acting(request, Perm.PERSON_MANAGE)
    person = person_in_scope(actor, person_id)
    return services.person_photo_set(by=actor, person=person, file=photo.file, filename=photo.name or "照片")
