"""Pages: training progress, import and single records; exams and scores; annual assessments."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from functools import partial

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require, restrict
from zhifa.core.forms import call_service
from zhifa.core.parameters import get_param
from zhifa.core.views_support import workbench_view

from .. import selectors, services, training_services
from ..constants import AssessmentResult
from ..forms import (
    AssessmentForm,
    ExamResultForm,
    ExamSessionForm,
    TrainingImportForm,
    TrainingRecordForm,
)
from ..models import ExamResult, ExamSession, Person
from ..selectors import TrainingProgress
from ..workflow import CertState
from .support import (
    PAGE_SIZE,
    XLSX,
    _person,
    _year,
)

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
