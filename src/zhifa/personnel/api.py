"""API: officers, certificates (one action endpoint per transition), training, exams, assessments,
and the public certificate verification (no login)."""

from datetime import date, datetime
from decimal import Decimal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import File, Form, Query, Router, Schema
from ninja.files import UploadedFile
from ninja.pagination import PageNumberPagination, paginate

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope
from zhifa.core.api_support import acting, responses
from zhifa.organisations.models import Organisation

from . import selectors, services, training_services
from .constants import AssessmentResult, CancelReason, PersonStatus, StaffType, TrainingCategory
from .models import Certificate, ExamSession, Person
from .qr import verification_url
from .workflow import TRANSITIONS, CertState

router = Router(tags=["执法人员与执法证"])


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
    phone: str = ""


class PersonPatch(Schema):
    name: str | None = None
    organisation_id: int | None = None
    post: str | None = None
    staff_type: StaffType | None = None
    has_legal_qualification: bool | None = None
    phone: str | None = None
    status: PersonStatus | None = None


def _person(actor, person_id: int) -> Person:
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
    return _person(acting(request, Perm.PERSON_VIEW), person_id)


@router.post(
    "/persons",
    response=responses(201, PersonOut),
    summary="登记执法人员（身份证号校验，性别与出生日期自动推得）",
)
def person_create(request: HttpRequest, payload: PersonIn):
    actor = acting(request, Perm.PERSON_MANAGE)
    org = get_in_scope(Organisation.objects.all(), actor, via="self", pk=payload.organisation_id)
    data = payload.dict(exclude={"organisation_id"})
    return 201, services.person_create(by=actor, organisation=org, **data)


@router.patch("/persons/{person_id}", response=responses(200, PersonOut), summary="修改执法人员信息")
def person_update(request: HttpRequest, person_id: int, payload: PersonPatch):
    actor = acting(request, Perm.PERSON_MANAGE)
    person = _person(actor, person_id)
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
    person = _person(actor, person_id)
    return services.person_photo_set(by=actor, person=person, file=photo.file, filename=photo.name or "照片")


class EventOut(Schema):
    action: str
    action_label: str
    from_state: str
    to_state: str
    reason: str
    data: dict
    actor_label: str
    at: datetime

    @staticmethod
    def resolve_action_label(obj) -> str:
        t = TRANSITIONS.get(obj.action)
        return t.label if t else {"apply": "申领", "reissued": "补发新证"}.get(obj.action, obj.action)


class CertificateOut(Schema):
    id: int
    person_id: int
    person_name: str
    organisation_id: int
    state: str
    state_label: str
    live_status: str
    number: str | None
    domain: str
    area: str
    issued_on: date | None
    valid_until: date | None
    suspended_until: date | None
    materials: list[str]
    last_annual_review_year: int | None
    replaces_id: int | None
    verification_url: str
    allowed_actions: list[str]

    @staticmethod
    def resolve_person_name(obj: Certificate) -> str:
        return obj.person.name

    @staticmethod
    def resolve_state_label(obj: Certificate) -> str:
        return obj.get_state_display()

    @staticmethod
    def resolve_live_status(obj: Certificate) -> str:
        return obj.live_status(timezone.localdate())[1]

    @staticmethod
    def resolve_verification_url(obj: Certificate) -> str:
        return verification_url(obj)

    @staticmethod
    def resolve_allowed_actions(obj: Certificate) -> list[str]:
        return [t.action for t in TRANSITIONS.values() if obj.state in t.sources]


class CertificateDetailOut(CertificateOut):
    events: list[EventOut]

    @staticmethod
    def resolve_events(obj: Certificate) -> list:
        return list(obj.events.all())


class ApplyIn(Schema):
    person_id: int
    materials: list[str]
    domain: str = ""
    area: str = ""
    reason: str = "申领行政执法证"


def _certificate(actor, cert_id: int) -> Certificate:
    return get_in_scope(Certificate.objects.select_related("person", "organisation"), actor, pk=cert_id)


@router.get(
    "/certificates", response=responses(200, list[CertificateOut]), summary="执法证列表（按范围，分页）"
)
@paginate(PageNumberPagination, page_size=50)
def certificate_list(request: HttpRequest, state: CertState | None = None):
    actor = acting(request, Perm.PERSON_VIEW)
    return selectors.certificate_list(actor=actor, state=state or "").order_by("id")


@router.get(
    "/certificates/{cert_id}", response=responses(200, CertificateDetailOut), summary="执法证详情与状态历史"
)
def certificate_get(request: HttpRequest, cert_id: int):
    return _certificate(acting(request, Perm.PERSON_VIEW), cert_id)


@router.post("/certificates", response=responses(201, CertificateOut), summary="申领执法证")
def certificate_apply(request: HttpRequest, payload: ApplyIn):
    actor = acting(request, Perm.CERT_APPLY)
    person = _person(actor, payload.person_id)
    cert = services.certificate_apply(by=actor, person=person, materials=payload.materials, domain=payload.domain,
                                      area=payload.area, reason=payload.reason)  # fmt: skip
    return 201, cert


# --- one endpoint per transition of workflow.TRANSITIONS, each with its own input schema -------------------


class ReasonIn(Schema):
    reason: str


class IssueIn(ReasonIn):
    number: str | None = None
    valid_until: date | None = None
    domain: str = ""
    area: str = ""


class AnnualReviewIn(ReasonIn):
    year: int | None = None


class SuspendIn(ReasonIn):
    until: date


class CancelIn(ReasonIn):
    cancel_reason: CancelReason


class TransferIn(ReasonIn):
    to_organisation_id: int


ACTION_SCHEMAS: dict[str, type[Schema]] = {"issue": IssueIn, "annual_review": AnnualReviewIn, "suspend": SuspendIn,
                                           "cancel": CancelIn, "transfer": TransferIn}  # fmt: skip


def _action_kwargs(actor, payload: Schema) -> dict:
    data = payload.dict()
    if "to_organisation_id" in data:
        data["to_organisation"] = get_in_scope(
            Organisation.objects.all(), actor, via="self", pk=data.pop("to_organisation_id")
        )
    if "cancel_reason" in data:
        data["cancel_reason"] = str(
            data["cancel_reason"].value if hasattr(data["cancel_reason"], "value") else data["cancel_reason"]
        )
    return data


def _register_action(action: str, schema: type[Schema]) -> None:
    transition = TRANSITIONS[action]

    def endpoint(request: HttpRequest, cert_id: int, payload: schema):  # type: ignore[valid-type]
        actor = acting(request, transition.perm)
        cert = _certificate(actor, cert_id)
        return services.certificate_transition(
            by=actor, certificate=cert, action=action, **_action_kwargs(actor, payload)
        )

    sources = "、".join(str(CertState(s).label) for s in sorted(transition.sources))
    router.post(
        f"/certificates/{{cert_id}}/{action}", response=responses(200, CertificateOut), operation_id=f"certificate_{action}",
        summary=f"执法证：{transition.label}",
        description=f"允许的前置状态：{sources}；结果状态：{CertState(transition.target).label}。所需权限：{transition.perm}。依据：{transition.citation}",
    )(endpoint)  # fmt: skip


for _action in TRANSITIONS:
    _register_action(_action, ACTION_SCHEMAS.get(_action, ReasonIn))


# --- training, exams, assessments ---------------------------------------------------------------------------


class TrainingOut(Schema):
    id: int
    person_id: int
    course: str
    minutes: int
    hours: Decimal
    category: str
    held_on: date
    source: str

    @staticmethod
    def resolve_hours(obj) -> Decimal:
        return selectors.minutes_to_hours(obj.minutes)


class TrainingIn(Schema):
    course: str
    minutes: int
    category: TrainingCategory
    held_on: date
    source: str


@router.get(
    "/persons/{person_id}/training", response=responses(200, list[TrainingOut]), summary="个人培训记录"
)
def training_list(request: HttpRequest, person_id: int):
    person = _person(acting(request, Perm.PERSON_VIEW), person_id)
    return list(person.trainings.all())


@router.post(
    "/persons/{person_id}/training", response=responses(201, TrainingOut), summary="登记一条培训记录"
)
def training_create(request: HttpRequest, person_id: int, payload: TrainingIn):
    actor = acting(request, Perm.TRAINING_MANAGE)
    person = _person(actor, person_id)
    return 201, training_services.training_record_create(by=actor, person=person, **payload.dict())


class ImportOut(Schema):
    id: int
    rows: int
    skipped: int
    source: str


class ImportIn(Schema):
    source: str = "培训平台导入"


@router.post(
    "/training/imports", response=responses(201, ImportOut), summary="从 Excel 导入培训记录（全部成功才导入）"
)
def training_import(request: HttpRequest, payload: Form[ImportIn], file: File[UploadedFile]):
    actor = acting(request, Perm.TRAINING_MANAGE)
    batch = training_services.training_import(
        by=actor, file=file.file, filename=file.name or "培训记录.xlsx", source=payload.source
    )
    return 201, batch


class ProgressOut(Schema):
    organisation_id: int
    organisation_name: str
    people: int
    hours_met: int
    met_rate: float
    rotated: int
    rotation_rate: float
    total_hours: Decimal
    required_hours: int


@router.get(
    "/training/progress",
    response=responses(200, list[ProgressOut]),
    summary="各单位年度培训学时达标与全员轮训进度",
)
def training_progress(request: HttpRequest, year: int | None = None):
    actor = acting(request, Perm.PERSON_VIEW)
    rows = selectors.training_progress_by_body(actor=actor, year=year or timezone.localdate().year)
    return [ProgressOut(**r.__dict__, met_rate=r.met_rate, rotation_rate=r.rotation_rate) for r in rows]


class ExamSessionOut(Schema):
    id: int
    name: str
    held_on: date
    pass_mark: Decimal
    organiser_id: int
    candidates: int
    sat: int
    passed: int
    pass_rate: float


class ExamSessionIn(Schema):
    name: str
    held_on: date
    organiser_id: int
    pass_mark: Decimal | None = None


class ExamResultIn(Schema):
    person_id: int
    score: Decimal | None = None


class ExamResultOut(Schema):
    session_id: int
    person_id: int
    score: Decimal | None
    passed: bool


def _session_out(session: ExamSession) -> ExamSessionOut:
    return ExamSessionOut(id=session.pk, name=session.name, held_on=session.held_on, pass_mark=session.pass_mark,
                          organiser_id=session.organiser_id, **selectors.exam_session_stats(session))  # fmt: skip


def _session(actor, session_id: int) -> ExamSession:
    return get_in_scope(ExamSession.objects.all(), actor, via="organiser", pk=session_id)


@router.get("/exams", response=responses(200, list[ExamSessionOut]), summary="资格考试场次与合格率")
def exam_list(request: HttpRequest):
    from zhifa.accounts.permissions import restrict

    actor = acting(request, Perm.PERSON_VIEW)
    return [_session_out(s) for s in restrict(ExamSession.objects.all(), actor, via="organiser")]


@router.post("/exams", response=responses(201, ExamSessionOut), summary="创建考试场次")
def exam_create(request: HttpRequest, payload: ExamSessionIn):
    actor = acting(request, Perm.EXAM_MANAGE)
    organiser = get_in_scope(Organisation.objects.all(), actor, via="self", pk=payload.organiser_id)
    session = training_services.exam_session_create(by=actor, name=payload.name, held_on=payload.held_on,
                                                    organiser=organiser, pass_mark=payload.pass_mark)  # fmt: skip
    return 201, _session_out(session)


@router.post(
    "/exams/{session_id}/results",
    response=responses(200, ExamResultOut),
    summary="登记或更正考试成绩（缺考不填成绩）",
)
def exam_result(request: HttpRequest, session_id: int, payload: ExamResultIn):
    actor = acting(request, Perm.EXAM_MANAGE)
    session = _session(actor, session_id)
    person = _person(actor, payload.person_id)
    return training_services.exam_result_record(by=actor, session=session, person=person, score=payload.score)


class AssessmentIn(Schema):
    person_id: int
    year: int
    result: AssessmentResult
    note: str = ""


class AssessmentOut(Schema):
    id: int
    person_id: int
    year: int
    result: str
    note: str


@router.post(
    "/assessments", response=responses(201, AssessmentOut), summary="登记年度考核（不合格自动暂扣执法证）"
)
def assessment_create(request: HttpRequest, payload: AssessmentIn):
    actor = acting(request, Perm.ASSESSMENT_MANAGE)
    person = _person(actor, payload.person_id)
    return 201, services.assessment_record(
        by=actor, person=person, year=payload.year, result=payload.result, note=payload.note
    )


class PublicCertificateOut(Schema):
    """What the public may see of a certificate: never an ID number or a phone number."""

    holder_name: str
    organisation_name: str
    number: str | None
    domain: str
    area: str
    issued_on: date | None
    valid_until: date | None
    status: str
    status_label: str
    checked_at: datetime


@router.get(
    "/public/certificates/{token}",
    response=responses(200, PublicCertificateOut),
    auth=None,
    summary="执法证公开核验（无需登录）",
)
def public_certificate(request: HttpRequest, token: str):
    cert = get_object_or_404(
        Certificate.objects.select_related("person", "organisation"), public_token=token, number__isnull=False
    )
    code, label = cert.live_status(timezone.localdate())
    return PublicCertificateOut(holder_name=cert.person.name, organisation_name=cert.organisation.name, number=cert.number,
                                domain=cert.domain, area=cert.area, issued_on=cert.issued_on, valid_until=cert.valid_until,
                                status=code, status_label=label, checked_at=timezone.now())  # fmt: skip
