"""API: training records and import, training progress, exams and annual assessments."""

from datetime import date
from decimal import Decimal

from django.http import HttpRequest
from django.utils import timezone
from ninja import File, Form, Schema, Status
from ninja.files import UploadedFile

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope
from zhifa.core.api_support import acting, responses
from zhifa.organisations.models import Organisation

from .. import selectors, services, training_services
from ..constants import AssessmentResult, TrainingCategory
from ..models import ExamSession
from . import router
from .people import person_in_scope


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
    person = person_in_scope(acting(request, Perm.PERSON_VIEW), person_id)
    return list(person.trainings.all())


@router.post(
    "/persons/{person_id}/training", response=responses(201, TrainingOut), summary="登记一条培训记录"
)
def training_create(request: HttpRequest, person_id: int, payload: TrainingIn):
    actor = acting(request, Perm.TRAINING_MANAGE)
    person = person_in_scope(actor, person_id)
    return Status(201, training_services.training_record_create(by=actor, person=person, **payload.dict()))


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
    return Status(201, batch)


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
    return Status(201, _session_out(session))


@router.post(
    "/exams/{session_id}/results",
    response=responses(200, ExamResultOut),
    summary="登记或更正考试成绩（缺考不填成绩）",
)
def exam_result(request: HttpRequest, session_id: int, payload: ExamResultIn):
    actor = acting(request, Perm.EXAM_MANAGE)
    session = _session(actor, session_id)
    person = person_in_scope(actor, payload.person_id)
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
    person = person_in_scope(actor, payload.person_id)
    assessment = services.assessment_record(
        by=actor, person=person, year=payload.year, result=payload.result, note=payload.note
    )
    return Status(201, assessment)
