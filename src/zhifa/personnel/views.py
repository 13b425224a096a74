"""Workbench pages for officers, certificates, training, exams and annual assessments.

Every list reads through a selector that applies the actor's scope and every write is one service call; the
views only parse input and render. Refusals (``DomainError``) are shown in the form with their rule code.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope, require, restrict
from zhifa.core.forms import call_service
from zhifa.core.parameters import get_param
from zhifa.core.views_support import workbench_view

from . import qr, selectors, services, training_services
from .constants import AssessmentResult
from .forms import (
    AssessmentForm,
    CertificateActionForm,
    CertificateApplyForm,
    ExamResultForm,
    ExamSessionForm,
    PersonCreateForm,
    PersonEditForm,
    PersonFilterForm,
    PersonPhotoForm,
    TrainingImportForm,
    TrainingRecordForm,
)
from .models import Certificate, CertificateEvent, ExamResult, ExamSession, Person, TrainingRecord
from .selectors import TrainingProgress, minutes_to_hours
from .workflow import OPEN_STATES, TRANSITIONS, CertState, Transition, allowed_actions

PAGE_SIZE = 50
STATE_BADGES = {
    "valid": "text-bg-success",
    "expired": "text-bg-danger",
    "suspended": "text-bg-warning",
    "lost": "text-bg-warning",
    "revoked": "text-bg-danger",
    "applied": "text-bg-info",
    "prelim_approved": "text-bg-info",
    "approved": "text-bg-info",
}
EVENT_LABELS = {"apply": "申领", "reissued": "补发新证", **{a: t.label for a, t in TRANSITIONS.items()}}
EVENT_DATA_LABELS = {
    "until": "暂扣至", "cancel_reason_label": "注销原因", "from_organisation": "原主体",
    "to_organisation": "调入主体", "number": "证号", "valid_until": "有效期至", "year": "年审年度",
    "training_hours": "培训学时", "new_number": "新证号", "replaces": "原证号", "reviewer": "初审单位",
}  # fmt: skip
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NEWEST_CERTIFICATES = Prefetch("certificates", queryset=Certificate.objects.order_by("-id"))


# --- display helpers ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Badge:
    label: str
    css: str


def cert_badge(cert: Certificate | None, today: date) -> Badge | None:
    """The status a user sees today (an expired valid certificate shows as 已过期) with its colour."""
    if cert is None:
        return None
    code, label = cert.live_status(today)
    return Badge(label, STATE_BADGES.get(code, "text-bg-secondary"))


@dataclass(frozen=True)
class PersonRow:
    person: Person
    certificate: Certificate | None
    badge: Badge | None


def _person_row(person: Person, today: date) -> PersonRow:
    certs = list(person.certificates.all())  # prefetched, newest first
    cert = next((c for c in certs if c.state in OPEN_STATES), certs[0] if certs else None)
    return PersonRow(person, cert, cert_badge(cert, today))


@dataclass(frozen=True)
class EventRow:
    event: CertificateEvent
    label: str
    from_label: str
    to_label: str
    details: list[tuple[str, object]]


def _state_label(value: str) -> str:
    return str(CertState(value).label) if value in CertState.values else (value or "—")


def _event_row(event: CertificateEvent) -> EventRow:
    details = [(label, event.data[key]) for key, label in EVENT_DATA_LABELS.items() if key in event.data]
    label = EVENT_LABELS.get(event.action, event.action)
    return EventRow(event, label, _state_label(event.from_state), _state_label(event.to_state), details)


@dataclass(frozen=True)
class TrainingYear:
    """One year of a person's training: the records with their 学时 and the total against the threshold."""

    year: int
    records: list[tuple[TrainingRecord, Decimal]]
    hours: Decimal
    required: int

    @property
    def met(self) -> bool:
        return self.hours >= self.required

    @property
    def percent(self) -> int:
        return min(100, int(100 * self.hours / self.required)) if self.required else 100


def _training_year(person: Person, year: int) -> TrainingYear:
    records = person.trainings.filter(held_on__year=year).order_by("-held_on", "id")
    rows = [(r, minutes_to_hours(r.minutes)) for r in records]
    hours = selectors.training_hours_in_year(person, year)
    return TrainingYear(year, rows, hours, int(get_param("training.annual_hours")))


def _qr(cert: Certificate | None) -> tuple[str, str]:
    """The QR code (inline SVG) and the public verification link of an issued certificate."""
    if cert is None or not cert.number:
        return "", ""
    try:
        # segno's own SVG output, no user input in it
        return mark_safe(qr.certificate_qr_svg(cert)), qr.verification_url(cert)
    except NoReverseMatch:  # the portal's verification page is not wired in this deployment
        return "", ""


def _actions(cert: Certificate | None, actor) -> list[Transition]:
    """The steps the table allows from the current state, limited to those the actor may take."""
    if cert is None:
        return []
    return [t for t in allowed_actions(cert.state) if t.perm in actor.permissions]


def _person(actor, pk: int) -> Person:
    return get_in_scope(Person.objects.select_related("organisation__body"), actor, pk=pk)


def _year(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() and 2000 <= int(value) <= 2100 else default


# --- officers -----------------------------------------------------------------------------------------------


def _list_filters(form: PersonFilterForm) -> dict:
    form.is_valid()  # an invalid filter (e.g. an organisation out of scope) is simply ignored
    data = form.cleaned_data
    org = data.get("organisation")
    return {
        "q": (data.get("q") or "").strip(),
        "organisation_id": org.pk if org else None,
        "staff_type": data.get("staff_type") or "",
        "cert_state": data.get("cert_state") or "",
        "status": data.get("status") or "",
    }


@workbench_view(Perm.PERSON_VIEW)
def people(request: HttpRequest) -> HttpResponse:
    """执法人员列表, with live search: an htmx request gets the table only."""
    actor = actor_for(request)
    form = PersonFilterForm(request.GET, actor=actor)
    qs = selectors.person_list(actor=actor, **_list_filters(form)).prefetch_related(NEWEST_CERTIFICATES)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    context = {
        "form": form,
        "page": page,
        "rows": [_person_row(p, today) for p in page],
        "can_manage": Perm.PERSON_MANAGE in actor.permissions,
    }
    partial_table = request.htmx and not request.htmx.history_restore_request
    template = "personnel/_person_table.html" if partial_table else "personnel/person_list.html"
    response = render(request, template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


@workbench_view(Perm.PERSON_VIEW)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    today = timezone.localdate()
    cert = selectors.current_certificate(person)
    qr_svg, verify_url = _qr(cert)
    events = CertificateEvent.objects.filter(certificate__person=person).select_related("certificate")
    context = {
        "person": person,
        "cert": cert,
        "badge": cert_badge(cert, today),
        "qr_svg": qr_svg,
        "verify_url": verify_url,
        "actions": _actions(cert, actor),
        "events": [_event_row(e) for e in events.order_by("at", "id")],
        "training_years": [_training_year(person, y) for y in (today.year, today.year - 1)],
        "exam_results": person.exam_results.select_related("session").order_by("-session__held_on"),
        "assessments": person.assessments.all(),
        "perms": actor.permissions,
        "can_apply": Perm.CERT_APPLY in actor.permissions and (cert is None or cert.is_terminal),
    }
    return render(request, "personnel/person_detail.html", context)


@workbench_view(Perm.PERSON_MANAGE)
def create(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    form = PersonCreateForm(request.POST or None, actor=actor)
    if request.method == "POST" and form.is_valid():
        person = call_service(form, partial(services.person_create, by=actor, **form.cleaned_data))
        if person is not None:
            messages.success(request, f"已登记执法人员“{person.name}”。")
            return redirect("personnel:detail", person.pk)
    return render(request, "personnel/person_form.html", {"form": form, "title": "登记执法人员"})


@workbench_view(Perm.PERSON_MANAGE)
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    initial = {name: getattr(person, name) for name in PersonEditForm.base_fields}
    form = PersonEditForm(request.POST or None, actor=actor, initial=initial)
    if request.method == "POST" and form.is_valid():
        call = partial(services.person_update, by=actor, person=person, data=form.cleaned_data)
        if call_service(form, call) is not None:
            messages.success(request, f"已保存“{person.name}”的档案。")
            return redirect("personnel:detail", person.pk)
    context = {"form": form, "person": person, "title": f"编辑：{person.name}"}
    return render(request, "personnel/person_form.html", context)


@workbench_view(Perm.PERSON_MANAGE)
def photo(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    form = PersonPhotoForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["photo"]
        call = partial(services.person_photo_set, by=actor, person=person, file=upload, filename=upload.name)
        if call_service(form, call) is not None:
            messages.success(request, f"已更新“{person.name}”的证件照。")
            return redirect("personnel:detail", person.pk)
    return render(
        request, "personnel/person_subform.html", {"form": form, "person": person, "title": "上传证件照"}
    )


# --- certificates -------------------------------------------------------------------------------------------


@workbench_view(Perm.CERT_APPLY)
def certificate_apply(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    form = CertificateApplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = partial(services.certificate_apply, by=actor, person=person, **form.cleaned_data)
        if call_service(form, call) is not None:
            messages.success(request, f"已为{person.name}提交执法证申领，待初审。")
            return redirect("personnel:detail", person.pk)
    return render(request, "personnel/certificate_apply.html", {"form": form, "person": person})


@workbench_view(Perm.PERSON_VIEW)
def certificate_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """One page for every step of the certificate table; the service decides and explains refusals."""
    actor = actor_for(request)
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise Http404("没有这种证件操作。")
    require(actor, transition.perm)
    cert = get_in_scope(Certificate.objects.select_related("person", "organisation"), actor, pk=pk)
    form = CertificateActionForm(request.POST or None, action=action, actor=actor)
    if request.method == "POST" and form.is_valid():
        call = partial(services.certificate_transition, by=actor, certificate=cert, action=action,
                       reason=form.cleaned_data["reason"], **form.service_fields())  # fmt: skip
        if call_service(form, call) is not None:
            messages.success(request, f"已对{cert.person.name}的执法证执行“{transition.label}”。")
            return redirect("personnel:detail", cert.person_id)
    context = {
        "cert": cert,
        "person": cert.person,
        "transition": transition,
        "form": form,
        "target_label": _state_label(transition.target),
        "state_allows": cert.state in transition.sources,
        "allowed_labels": "、".join(t.label for t in allowed_actions(cert.state)) or "无（终结状态）",
    }
    return render(request, "personnel/certificate_action.html", context)


@workbench_view(Perm.PERSON_VIEW)
def certificates(request: HttpRequest) -> HttpResponse:
    """执法证: counts per state, the list (filtered by state) and the certificates expiring within 90 days."""
    actor = actor_for(request)
    today = timezone.localdate()
    state = request.GET.get("state", "")
    state = state if state in CertState.values else ""
    counts = selectors.certificate_state_counts(actor=actor)
    qs = selectors.certificate_list(actor=actor, state=state).order_by("-id")
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    expiring = selectors.expiring_certificates(actor=actor, today=today, within_days=90)[:200]
    context = {
        "state": state,
        "counts": [(s.value, s.label, counts[s.value]) for s in CertState],
        "total": sum(counts.values()),
        "page": page,
        "rows": [(c, cert_badge(c, today)) for c in page],
        "expiring": [(c, (c.valid_until - today).days) for c in expiring],
    }
    return render(request, "personnel/certificates.html", context)


# --- training -----------------------------------------------------------------------------------------------


def _total(rows: list[TrainingProgress], required: int) -> TrainingProgress | None:
    if not rows:
        return None
    hours = sum((r.total_hours for r in rows), Decimal(0))
    people_n, met, rotated = (sum(getattr(r, f) for r in rows) for f in ("people", "hours_met", "rotated"))
    return TrainingProgress(0, "合计", people_n, met, rotated, hours, required)


@workbench_view(Perm.PERSON_VIEW)
def training_progress(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    today = timezone.localdate()
    year = _year(request.GET.get("year"), today.year)
    rows = selectors.training_progress_by_body(actor=actor, year=year)
    required = int(get_param("training.annual_hours"))
    context = {
        "year": year,
        "years": range(today.year, today.year - 5, -1),
        "rows": rows,
        "total": _total(rows, required),
        "required": required,
        "rotation_deadline": get_param("training.rotation_deadline"),
        "can_import": Perm.TRAINING_MANAGE in actor.permissions,
    }
    return render(request, "personnel/training_progress.html", context)


def _import_problems(form: TrainingImportForm) -> list[tuple[str, list[str]]]:
    """Each refusal as (summary, [第N行：…]) so that row errors read as a list."""
    problems = []
    for text in form.non_field_errors():
        head, *rows = re.split(r"\s*(?=第\d+行：)", str(text))
        problems.append((head, rows))
    return problems


@workbench_view(Perm.TRAINING_MANAGE)
def training_import(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    form = TrainingImportForm(request.POST or None, request.FILES or None)
    batch = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        call = partial(training_services.training_import, by=actor, file=upload, filename=upload.name,
                       source=form.cleaned_data["source"])  # fmt: skip
        batch = call_service(form, call)
    context = {"form": form, "batch": batch, "problems": _import_problems(form) if form.is_bound else []}
    return render(request, "personnel/training_import.html", context)


@workbench_view(Perm.PERSON_VIEW)
def training_template(request: HttpRequest) -> HttpResponse:
    """An empty import template: the column row the importer expects, ID numbers formatted as text."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "培训记录"
    sheet.append(list(training_services.COLUMNS))
    for column, width in zip("ABCDEFGH", (10, 22, 30, 8, 12, 14, 12, 16), strict=True):
        sheet.column_dimensions[column].width = width
        sheet.column_dimensions[column].number_format = "@"  # keep 18-digit ID numbers and dates as typed
    notes = book.create_sheet("说明")
    for line in _template_notes():
        notes.append([line])
    buffer = io.BytesIO()
    book.save(buffer)
    disposition = content_disposition_header(True, "培训记录导入模板.xlsx")
    return HttpResponse(buffer.getvalue(), content_type=XLSX, headers={"Content-Disposition": disposition})


def _template_notes() -> list[str]:
    categories = "、".join(training_services.CATEGORY_BY_LABEL)
    per_hour = get_param("training.minutes_per_hour")
    return [
        "第一个工作表的第一行为列名，请勿修改；从第二行起每行一条培训记录。",
        "必填：姓名、身份证号、课程名称、类别、培训日期；学时与时长（分钟）至少填一项。",
        f"类别只能是：{categories}。学时未填时按时长计算，{per_hour} 分钟为 1 学时。",
        "培训日期格式：2024-05-20。来源为空时使用导入页面填写的来源。",
        "任何一行有误则整个文件不导入；重复导入同一记录不会重复计学时。",
    ]


@workbench_view(Perm.TRAINING_MANAGE)
def training_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    form = TrainingRecordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = partial(training_services.training_record_create, by=actor, person=person, **form.cleaned_data)
        if call_service(form, call) is not None:
            messages.success(request, f"已为{person.name}登记培训记录。")
            return redirect("personnel:detail", person.pk)
    context = {"form": form, "person": person, "title": "登记培训记录"}
    return render(request, "personnel/person_subform.html", context)


# --- exams and assessments ----------------------------------------------------------------------------------


def _sessions(actor) -> QuerySet[ExamSession]:
    """Exam sessions the actor may see: organised in scope, or sat by people in scope."""
    organised = restrict(ExamSession.objects.all(), actor, via="organiser").values("pk")
    sat = restrict(ExamResult.objects.all(), actor, via="person__organisation").values("session_id")
    return ExamSession.objects.filter(Q(pk__in=organised) | Q(pk__in=sat)).select_related("organiser")


@workbench_view(Perm.PERSON_VIEW)
def exams(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    page = Paginator(_sessions(actor).order_by("-held_on", "-id"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "page": page,
        "rows": [(s, selectors.exam_session_stats(s)) for s in page],
        "can_manage": Perm.EXAM_MANAGE in actor.permissions,
    }
    return render(request, "personnel/exams.html", context)


@workbench_view(Perm.EXAM_MANAGE)
def exam_create(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    form = ExamSessionForm(request.POST or None, actor=actor)
    if request.method == "POST" and form.is_valid():
        session = call_service(
            form, partial(training_services.exam_session_create, by=actor, **form.cleaned_data)
        )
        if session is not None:
            messages.success(request, f"已创建考试“{session.name}”。")
            return redirect("personnel:exam_detail", session.pk)
    return render(request, "personnel/exam_form.html", {"form": form})


def _record_score(form: ExamResultForm, actor, session: ExamSession) -> ExamResult | None:
    person = restrict(Person.objects.all(), actor).filter(id_number=form.cleaned_data["id_number"]).first()
    if person is None:
        form.add_error("id_number", "该身份证号不是您管辖范围内登记的人员。")
        return None
    call = partial(training_services.exam_result_record, by=actor, session=session, person=person,
                   score=form.cleaned_data["score"])  # fmt: skip
    return call_service(form, call)


@workbench_view(Perm.PERSON_VIEW)
def exam_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    session = _sessions(actor).filter(pk=pk).first()
    if session is None:
        raise Http404("对象不存在或不在您的管辖范围内。")
    can_record = Perm.EXAM_MANAGE in actor.permissions
    if request.method == "POST":
        require(actor, Perm.EXAM_MANAGE)
    form = ExamResultForm(request.POST or None) if can_record else None
    if form is not None and form.is_bound and form.is_valid():
        result = _record_score(form, actor, session)
        if result is not None:
            messages.success(request, f"已登记{result.person.name}的成绩。")
            return redirect("personnel:exam_detail", session.pk)
    results = restrict(
        session.results.select_related("person__organisation"), actor, via="person__organisation"
    )
    context = {
        "session": session,
        "stats": selectors.exam_session_stats(session),
        "results": results.order_by("person__name", "id"),
        "form": form,
    }
    return render(request, "personnel/exam_detail.html", context)


@workbench_view(Perm.ASSESSMENT_MANAGE)
def assessment_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    person = _person(actor, pk)
    form = AssessmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = partial(services.assessment_record, by=actor, person=person, **form.cleaned_data)
        assessment = call_service(form, call)
        if assessment is not None:
            messages.success(request, _assessment_message(person, assessment.result))
            return redirect("personnel:detail", person.pk)
    cert = selectors.current_certificate(person)
    context = {"form": form, "person": person, "title": "登记年度考核", "cert": cert}
    return render(request, "personnel/person_subform.html", context)


def _assessment_message(person: Person, result: str) -> str:
    cert = selectors.current_certificate(person)
    if result == AssessmentResult.FAILED and cert is not None and cert.state == CertState.SUSPENDED:
        return f"已登记{person.name}的年度考核（不合格），其执法证已依规暂扣。"
    return f"已登记{person.name}的年度考核。"
