"""Writes on training records and exams: single records, Excel import, exam sessions and scores.

An import from a training platform's Excel export is all or nothing: every row is checked first and each
problem is reported with its row number in Chinese; only a file without errors is written. Importing the same
file twice adds nothing the second time (the unique key is person + course + date + source).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, BinaryIO

from django.db import transaction
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require, require_scope, restrict
from zhifa.core.audit import audit, snapshot
from zhifa.core.exceptions import DomainError
from zhifa.core.parameters import get_param
from zhifa.core.storage import sniff_type, store_upload
from zhifa.utils.spreadsheets import UnreadableSpreadsheet, read_first_sheet
from zhifa.utils.validators import check_resident_id

from . import rules
from .constants import TrainingCategory
from .models import ExamResult, ExamSession, Person, TrainingImport, TrainingRecord

XLSX_TYPES = {"application/zip"}
COLUMNS = {"姓名": "name", "身份证号": "id_number", "课程名称": "course", "学时": "hours", "时长（分钟）": "minutes",
           "类别": "category", "培训日期": "held_on", "来源": "source"}  # fmt: skip
REQUIRED_COLUMNS = ("姓名", "身份证号", "课程名称", "类别", "培训日期")
CATEGORY_BY_LABEL = {str(c.label): c.value for c in TrainingCategory}


@transaction.atomic
def training_record_create(
    *, by, person: Person, course: str, minutes: int, category: str, held_on: date, source: str
) -> TrainingRecord:
    require(by, Perm.TRAINING_MANAGE)
    require_scope(by, person.organisation)
    if minutes is None or minutes <= 0:
        raise DomainError.from_rule(rules.TRAINING_BAD_ROW, detail="培训时长必须大于 0 分钟。")
    if held_on > timezone.localdate():
        raise DomainError.from_rule(rules.TRAINING_BAD_ROW, detail="培训日期不能晚于今天。")
    record = TrainingRecord(
        person=person,
        course=course.strip(),
        minutes=minutes,
        category=category,
        held_on=held_on,
        source=source.strip(),
    )
    record.full_clean()
    record.save()
    audit(
        actor=by,
        action="training.create",
        obj=record,
        after=snapshot(record, ("person_id", "course", "minutes", "category", "held_on", "source")),
        organisation_id=person.organisation_id,
    )
    return record


@dataclass
class ParsedRow:
    line: int
    values: dict[str, Any]
    errors: list[str] = field(default_factory=list)


def _read_rows(content: bytes) -> list[list[Any]]:
    try:
        return read_first_sheet(content)
    except UnreadableSpreadsheet as exc:
        raise DomainError.from_rule(rules.TRAINING_BAD_ROW, detail=f"无法读取 Excel 文件：{exc}") from exc


def _parse_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip().replace("/", "-").replace(".", "-")
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _minutes(values: dict[str, Any]) -> int | None:
    per_hour = int(get_param("training.minutes_per_hour"))
    try:
        if str(values.get("minutes") or "").strip():
            return int(Decimal(str(values["minutes"])))
        if str(values.get("hours") or "").strip():
            return int(Decimal(str(values["hours"])) * per_hour)
    except (InvalidOperation, ValueError):
        return None
    return None


def _check_row(row: ParsedRow, people: dict[str, Person], today: date) -> None:
    v = row.values
    idn = str(v.get("id_number") or "").strip().upper()
    check = check_resident_id(idn)
    person = people.get(idn)
    if not check.ok:
        row.errors.append(check.errors[0])
    elif person is None:
        row.errors.append(f"身份证号 {idn[:6]}…{idn[-4:]} 不是本机构范围内登记的人员")
    elif person.name != str(v.get("name") or "").strip():
        row.errors.append(f"姓名“{v.get('name')}”与身份证号登记的“{person.name}”不一致")
    if not str(v.get("course") or "").strip():
        row.errors.append("课程名称为空")
    minutes = _minutes(v)
    if minutes is None or minutes <= 0:
        row.errors.append("学时或时长（分钟）缺失、非数字或不大于 0")
    if str(v.get("category") or "").strip() not in CATEGORY_BY_LABEL:
        row.errors.append(f"类别应为：{'、'.join(CATEGORY_BY_LABEL)}")
    held_on = _parse_date(v.get("held_on"))
    if held_on is None:
        row.errors.append(f"培训日期“{v.get('held_on')}”不是有效日期")
    elif held_on > today:
        row.errors.append("培训日期晚于今天")
    v.update(person=person, minutes_value=minutes, held_on_value=held_on)


def parse_training_sheet(*, by, content: bytes, today: date) -> tuple[list[ParsedRow], list[str]]:
    """Parse and check every row; return the rows and the file-level errors."""
    table = [r for r in _read_rows(content) if any(str(c).strip() for c in r)]
    if not table:
        return [], ["文件没有数据行"]
    header = [str(c).strip() for c in table[0]]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing or ("学时" not in header and "时长（分钟）" not in header):
        return [], [
            f"缺少列：{'、'.join(missing or ['学时 或 时长（分钟）'])}；第一行应为列名：{'、'.join(COLUMNS)}"
        ]
    index = {COLUMNS[h]: i for i, h in enumerate(header) if h in COLUMNS}
    rows = [
        ParsedRow(n, {k: (r[i] if i < len(r) else "") for k, i in index.items()})
        for n, r in enumerate(table[1:], start=2)
    ]
    people = {
        p.id_number: p
        for p in restrict(Person.objects.all(), by).filter(
            id_number__in={str(r.values.get("id_number") or "").strip().upper() for r in rows}
        )
    }
    for row in rows:
        _check_row(row, people, today)
    return rows, []


@transaction.atomic
def training_import(
    *, by, file: BinaryIO, filename: str, source: str, today: date | None = None
) -> TrainingImport:
    """Import an Excel export of a training platform: all rows or none."""
    require(by, Perm.TRAINING_MANAGE)
    today = today or timezone.localdate()
    content = file.read()
    if sniff_type(content[:16]) not in XLSX_TYPES:  # refuse before anything is stored
        store_upload(io.BytesIO(content), name=filename, allowed=XLSX_TYPES)
    rows, file_errors = parse_training_sheet(by=by, content=content, today=today)
    problems = file_errors + [f"第{r.line}行：{'；'.join(r.errors)}" for r in rows if r.errors]
    if problems:
        raise DomainError.from_rule(
            rules.TRAINING_BAD_ROW,
            detail=f"共 {len(problems)} 处错误，未导入任何记录。" + " ".join(problems[:50]),
        )
    stored = store_upload(io.BytesIO(content), name=filename, allowed=XLSX_TYPES)
    batch = TrainingImport.objects.create(
        file=stored, source=source, rows=0, imported_by=by.label, imported_at=timezone.now()
    )
    records = [_record_from_row(r, batch, source) for r in rows]
    created = TrainingRecord.objects.bulk_create(records, batch_size=1000, ignore_conflicts=True)
    batch.rows = TrainingRecord.objects.filter(batch=batch).count()
    batch.skipped = len(created) - batch.rows
    batch.save(update_fields=["rows", "skipped"])
    audit(
        actor=by,
        action="training.import",
        obj=batch,
        after={"file_sha256": stored.sha256, "rows": batch.rows, "skipped": batch.skipped, "source": source},
    )
    return batch


def _record_from_row(row: ParsedRow, batch: TrainingImport, default_source: str) -> TrainingRecord:
    v = row.values
    return TrainingRecord(
        person=v["person"], course=str(v["course"]).strip(), minutes=v["minutes_value"],
        category=CATEGORY_BY_LABEL[str(v["category"]).strip()], held_on=v["held_on_value"],
        source=str(v.get("source") or "").strip() or default_source, batch=batch,
    )  # fmt: skip


@transaction.atomic
def exam_session_create(
    *, by, name: str, held_on: date, organiser, pass_mark: Decimal | None = None
) -> ExamSession:
    require(by, Perm.EXAM_MANAGE)
    require_scope(by, organiser)
    mark = Decimal(str(pass_mark if pass_mark is not None else get_param("exam.pass_mark")))
    if not Decimal(0) < mark <= Decimal(100):
        raise DomainError.from_rule(rules.EXAM_SCORE, detail="合格分数线应在 0 至 100 分之间。")
    session = ExamSession.objects.create(name=name, held_on=held_on, organiser=organiser, pass_mark=mark)
    audit(
        actor=by,
        action="exam.session_create",
        obj=session,
        after=snapshot(session, ("name", "held_on", "pass_mark")),
        organisation_id=organiser.pk,
    )
    return session


@transaction.atomic
def exam_result_record(*, by, session: ExamSession, person: Person, score: Decimal | None) -> ExamResult:
    """Record (or correct, with the old value audited) one candidate's score; ``None`` means absent."""
    require(by, Perm.EXAM_MANAGE)
    require_scope(by, person.organisation)
    if score is not None and not Decimal(0) <= Decimal(str(score)) <= Decimal(100):
        raise DomainError.from_rule(
            rules.EXAM_SCORE, detail=f"{person.name}的成绩 {score} 不在 0–100 分之间。"
        )
    score = None if score is None else Decimal(str(score))
    result = ExamResult.objects.select_for_update().filter(session=session, person=person).first()
    before = snapshot(result, ("score", "passed")) if result else {}
    result = result or ExamResult(session=session, person=person)
    result.score, result.passed = score, score is not None and score >= session.pass_mark
    result.full_clean()
    result.save()
    audit(
        actor=by,
        action="exam.result_record",
        obj=result,
        before=before,
        after=snapshot(result, ("person_id", "score", "passed")),
        organisation_id=person.organisation_id,
    )
    return result
