"""Importing a training platform's Excel export: all rows or none, each bad row named, idempotent."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from openpyxl import Workbook

from zhifa.accounts.tests.factories import actor_of
from zhifa.core.models import AuditEvent
from zhifa.personnel.models import TrainingImport, TrainingRecord
from zhifa.personnel.selectors import training_hours_in_year
from zhifa.personnel.tests.factories import PersonFactory, make_resident_id, wrong_check_digit
from zhifa.personnel.training_services import training_import

HEADER = ["姓名", "身份证号", "课程名称", "学时", "类别", "培训日期", "来源"]


def xlsx(rows: list[list], header: list[str] = HEADER) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in [header, *rows]:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def zhang(body_a):
    return PersonFactory(organisation=body_a, name="张三")


@pytest.fixture
def li(unit_a):
    return PersonFactory(organisation=unit_a, name="李四")


@pytest.fixture
def good_file(zhang, li) -> bytes:
    return xlsx([
        [zhang.name, zhang.id_number, "行政处罚法专题", 4, "公共法律知识", date(2026, 10, 15), "法治教育网"],
        [li.name, li.id_number.lower(), "现场执法技能实训", 3, "执法技能", "2026-10-20", ""],
    ])  # fmt: skip


@pytest.fixture
def run_import(today, head_a):
    def run(content: bytes, filename: str = "培训记录.xlsx"):
        return training_import(
            by=actor_of(head_a), file=io.BytesIO(content), filename=filename, source="法治教育网", today=today
        )

    return run


def test_it_imports_a_good_file(run_import, good_file, zhang, li):
    batch = run_import(good_file)
    assert (batch.rows, batch.skipped) == (2, 0)
    assert training_hours_in_year(zhang, 2026) == 4
    assert training_hours_in_year(li, 2026) == 3
    record = zhang.trainings.get()
    assert (record.minutes, record.category, record.source) == (180, "public_law", "法治教育网")
    assert li.trainings.get().source == "法治教育网"  # an empty source cell takes the import's source
    assert AuditEvent.objects.filter(action="training.import", object_id=str(batch.pk)).exists()


def test_it_adds_nothing_when_the_same_file_is_imported_again(run_import, good_file):
    run_import(good_file)
    again = run_import(good_file)
    assert (again.rows, again.skipped) == (0, 2)
    assert TrainingRecord.objects.count() == 2
    assert TrainingImport.objects.count() == 2


def test_it_imports_nothing_when_one_row_is_bad_and_names_every_bad_row(refused, run_import, zhang, body_b):
    stranger = make_resident_id(8_000_001)  # a valid number nobody registered
    outsider = PersonFactory(organisation=body_b, name="王五")  # registered, but in another body
    content = xlsx([
        [zhang.name, zhang.id_number, "课程", 4, "公共法律知识", "2026-10-15", ""],  # 第2行: fine
        [zhang.name, wrong_check_digit(zhang.id_number), "课程A", 4, "公共法律知识", "2026-10-15", ""],
        ["赵六", stranger, "课程B", 4, "公共法律知识", "2026-10-15", ""],
        [zhang.name, zhang.id_number, "课程C", -2, "公共法律知识", "2026-10-15", ""],
        [zhang.name, zhang.id_number, "课程D", 4, "公共法律知识", "2026-13-45", ""],
        [zhang.name, zhang.id_number, "课程E", 4, "体育", "2026-10-15", ""],
        [outsider.name, outsider.id_number, "课程F", 4, "业务知识", "2026-10-15", ""],
        [zhang.name, zhang.id_number, "课程G", 4, "业务知识", "2026-12-01", ""],  # after today
    ])  # fmt: skip
    with refused("TRAIN-001", zhang) as info:
        run_import(content)
    message = info.value.message
    assert "未导入任何记录" in message
    assert "第2行" not in message
    expected = {
        3: "校验码",
        4: "不是本机构范围内",
        5: "不大于 0",
        6: "不是有效日期",
        7: "类别应为",
        8: "不是本机构范围内",
        9: "晚于今天",
    }
    parts = re.split(r"第(\d+)行：", message)  # [preamble, line, errors, line, errors, …]
    by_line = {int(line): errors for line, errors in zip(parts[1::2], parts[2::2], strict=True)}
    assert set(by_line) == set(expected)
    for line, reason in expected.items():
        assert reason in by_line[line], (line, by_line[line])


def test_it_refuses_a_file_without_the_required_columns(refused, run_import, zhang):
    with refused("TRAIN-001") as info:
        run_import(xlsx([[zhang.name, "课程"]], header=["姓名", "课程名称"]))
    assert "缺少列" in info.value.message


def test_it_refuses_a_text_file_renamed_xlsx(refused, run_import):
    with refused("FILE-TYPE") as info:
        run_import("姓名,身份证号\n张三,110101197001010010\n".encode(), filename="培训记录.xlsx")
    assert "培训记录.xlsx" in info.value.message
