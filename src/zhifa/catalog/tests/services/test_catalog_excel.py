"""The catalog as a 权责清单 spreadsheet: export, edit, import; every bad cell named by row and column; all or
nothing; importing an unchanged export changes nothing."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from zhifa.accounts.tests.factories import actor_of
from zhifa.catalog.constants import MatterStatus
from zhifa.catalog.excel import HEADERS
from zhifa.catalog.models import Matter, MatterBasis, MatterVersion
from zhifa.catalog.services import catalog_export, catalog_import
from zhifa.catalog.tests.factories import MatterVersionFactory
from zhifa.core.models import AuditEvent
from zhifa.organisations.tests.factories import EntrustmentFactory

pytestmark = pytest.mark.django_db
NEW_FROM = date(2026, 12, 1)


def cell(header: str, row: int) -> str:
    return f"{get_column_letter(HEADERS.index(header) + 1)}{row}"


def edited(content: bytes, changes: dict[str, object]) -> bytes:
    """The workbook with cells changed, e.g. {cell("事项名称", 2): "新名称"}."""
    book = load_workbook(io.BytesIO(content))
    sheet = book.worksheets[0]
    for ref, value in changes.items():
        sheet[ref] = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def catalog_state() -> list:
    versions = MatterVersion.objects.order_by("pk").values_list("pk", "status", "name", "valid_until")
    return [Matter.objects.count(), MatterBasis.objects.count(), list(versions)]


@pytest.fixture
def catalog(today, body_a, body_b):
    """Four matters in force; the second is a full random-inspection item with amounts and lists."""
    first = MatterVersionFactory(bodies=[body_a], matter__basic_code="330217001000")
    rich = MatterVersionFactory(
        inspection=True, bodies=[body_a, body_b], matter__basic_code="330217002000", local_code="0012",
        levels=["township", "county"], av_steps=["seizure", "on_site_inspection"], major_fine_person=Decimal("10000"),
        major_fine_org=Decimal("100000.50"), major_kinds=["revoke_licence", "order_suspension"],
        major_criteria=["hearing_held"], hearing_fine_person=Decimal("10000"), checklist=["检查许可证", "检查台账"],
        description="第一行\n第二行",
        bases=["《中华人民共和国食品安全法》第一百二十二条", "《食品经营许可和备案管理办法》第五十条"],
    )  # fmt: skip
    others = [MatterVersionFactory(bodies=[body_b], matter__basic_code=f"33021700{n}000") for n in (3, 4)]
    return [first, rich, *others]


@pytest.fixture
def run(supervisor):
    def _run(content: bytes, *, by=supervisor, publish: bool = False, filename: str = "清单.xlsx"):
        return catalog_import(by=actor_of(by), content=content, filename=filename, valid_from=NEW_FROM,
                              publish=publish)  # fmt: skip

    return _run


def test_it_exports_one_row_per_matter_with_chinese_headers_and_a_notes_sheet(catalog, today):
    book = load_workbook(io.BytesIO(catalog_export(on=today)))
    sheet = book.worksheets[0]
    assert book.sheetnames == ["执法事项清单", "说明"]
    header = [c.value for c in sheet[1]]
    assert header[: len(HEADERS)] == list(HEADERS) and header[-2:] == ["版本", "生效日期"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet.max_row == 5
    row = {h: sheet[cell(h, 3)].value for h in HEADERS}
    assert row["基本编码"] == "330217002000" and row["事项类型"] == "行政处罚"
    assert row["行使层级"] == "县级；乡级" and row["执法领域"] == "市场监管"
    assert (
        row["重大决定处罚种类"] == "责令停产停业；吊销许可证件"
        and row["音像记录环节"] == "现场检查；查封、扣押"
    )
    assert row["随机抽查事项"] == "是" and row["抽查类别"] == "重点检查事项"
    assert "测试区市场监督管理局" in row["实施主体"] and "测试区生态环境分局" in row["实施主体"]


def test_it_imports_an_edited_name_as_exactly_one_new_draft_version(catalog, run, today):
    content = edited(
        catalog_export(on=today), {cell("事项名称", 2): "对未按规定公示测试信息的行政处罚（修订）"}
    )
    result = run(content)
    assert (result.created, result.new_versions, result.unchanged, result.published) == (0, 1, 3, 0)
    draft = MatterVersion.objects.get(status=MatterStatus.DRAFT)
    assert (draft.matter, draft.version, draft.valid_from) == (catalog[0].matter, 2, NEW_FROM)
    assert draft.name == "对未按规定公示测试信息的行政处罚（修订）"
    assert list(draft.bodies.all()) == list(catalog[0].bodies.all())
    assert MatterVersion.objects.count() == 5


def test_reimporting_an_unchanged_export_changes_nothing(catalog, run, today):
    content = catalog_export(on=today)
    before = catalog_state()
    result = run(content)
    assert (result.created, result.new_versions, result.updated, result.unchanged) == (0, 0, 0, 4)
    assert catalog_state() == before


def test_it_records_the_import_in_the_audit_chain_with_the_file_digest(catalog, run, today):
    content = edited(catalog_export(on=today), {cell("事项名称", 2): "新名称"})
    run(content)
    event = AuditEvent.objects.get(action="catalog.import")
    assert event.after["file_sha256"] == hashlib.sha256(content).hexdigest()
    assert (event.after["new_versions"], event.after["unchanged"]) == (1, 3)


def test_a_second_edit_updates_the_pending_draft_instead_of_adding_another(catalog, run, today):
    export = catalog_export(on=today)
    run(edited(export, {cell("事项名称", 2): "第一次修改"}))
    result = run(edited(export, {cell("事项名称", 2): "第二次修改"}))
    assert (result.updated, result.new_versions) == (1, 0)
    assert MatterVersion.objects.get(status=MatterStatus.DRAFT).name == "第二次修改"
    # the export was taken before the draft: importing it again leaves the draft alone
    assert run(export).unchanged == 4
    assert MatterVersion.objects.get(status=MatterStatus.DRAFT).name == "第二次修改"


def test_a_broken_row_is_named_by_row_and_column_and_nothing_is_saved(refused, catalog, run, today):
    content = edited(catalog_export(on=today), {
        cell("事项名称", 2): "本行正确，但也不应保存",
        cell("事项类型", 3): "行政罚款",
        cell("重大决定罚款数额（自然人）", 5): -100,
    })  # fmt: skip
    with refused("CAT-008", *catalog) as info:
        run(content)
    message = info.value.message
    assert "未导入任何事项" in message
    assert "第3行“事项类型”：“行政罚款”不是可选值，应为：行政处罚、行政许可" in message
    assert "第5行“重大决定罚款数额（自然人）”：不能为负数" in message
    assert "第2行" not in message
    errors = info.value.extra["errors"]
    assert [(e["row"], e["column"]) for e in errors] == [(3, "事项类型"), (5, "重大决定罚款数额（自然人）")]


def xlsx(rows: list[dict[str, object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append([row.get(h, "") for h in HEADERS])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def new_row(code: str = "330217555000", **cells) -> dict[str, object]:
    row = {"基本编码": code, "事项名称": "对擅自设置户外广告的行政处罚", "事项类型": "行政处罚",
           "执法领域": "城市管理", "行使层级": "县级", "实施主体": "区市场监管局",
           "设定依据": "《城市市容和环境卫生管理条例》第三十六条"}  # fmt: skip
    return row | cells


def test_it_creates_new_matters_and_publishes_them_when_asked(run, today, body_a):
    result = run(xlsx([new_row(), new_row("330217556000", 事项名称="对乱张贴的行政处罚")]), publish=True)
    assert (result.created, result.published) == (2, 2)
    version = MatterVersion.objects.get(matter__basic_code="330217555000")
    assert version.status == MatterStatus.PUBLISHED and version.valid_from == NEW_FROM
    assert list(version.bodies.all()) == [body_a]  # found by its short name


def test_list_cells_accept_other_separators_but_keep_values_that_contain_one(run, today, body_a, body_b):
    cells = {"行使层级": "乡级、县级", "音像记录环节": "现场检查、查封、扣押", "实施主体": f"{body_a.name}\n{body_b.name}",
             "检查表单": "营业执照、许可证；进货台账", "设定依据": "《食品安全法》第一百二十二条、第一百二十三条"}  # fmt: skip
    run(xlsx([new_row(**cells)]))
    version = MatterVersion.objects.get()
    assert version.levels == ["county", "township"] and version.av_steps == ["on_site_inspection", "seizure"]
    assert version.checklist == ["营业执照、许可证", "进货台账"]
    assert [b.citation for b in version.bases.all()] == ["《食品安全法》第一百二十二条、第一百二十三条"]
    assert set(version.bodies.all()) == {body_a, body_b}


def test_it_reports_every_kind_of_bad_cell(refused, run, today, body_a, street):
    EntrustmentFactory(entrusting=body_a, entrusted=street, letter_number="测委〔2026〕8号")
    rows = [
        new_row(事项名称="", 行使层级="县级、区级"),  # 2
        new_row("330217555000", 实施主体="不存在的局"),  # 3: duplicate code
        new_row("330217557000", 下放方式="委托"),  # 4: no letter
        new_row("330217558000", 下放方式="委托", 委托书文号="测委〔2026〕9号"),  # 5: unknown letter
        new_row("330217559000", **{"抽查比例（%）": "五", "随机抽查事项": "可能"}),  # 6
    ]
    with refused("CAT-008") as info:
        run(xlsx(rows))
    found = {(e["row"], e["column"]) for e in info.value.extra["errors"]}
    assert found == {
        (2, "事项名称"), (2, "行使层级"), (3, "基本编码"), (3, "实施主体"), (4, "委托书文号"), (5, "委托书文号"),
        (6, "抽查比例（%）"), (6, "随机抽查事项"),
    }  # fmt: skip
    assert "与第2行重复" in info.value.message


def test_a_refusal_of_publishing_becomes_an_error_of_its_row(refused, run, today, body_a, street):
    rows = [new_row(), new_row("330217556000", 实施主体=f"{body_a.name}；{street.name}")]
    with refused("CAT-008") as info:
        run(xlsx(rows), publish=True)
    (error,) = info.value.extra["errors"]
    assert (error["row"], error["column"]) == (3, "实施主体") and "CAT-007" in error["message"]


def test_it_refuses_a_file_that_is_not_an_xlsx_workbook(refused, run):
    with refused("CAT-008") as info:
        run("基本编码,事项名称\n1,2\n".encode(), filename="清单.csv")
    assert "不是 Excel 工作簿" in info.value.message


def test_it_refuses_a_sheet_without_the_required_columns(refused, run):
    book = Workbook()
    book.active.append(["编码", "名称"])
    out = io.BytesIO()
    book.save(out)
    with refused("CAT-008") as info:
        run(out.getvalue())
    assert "第1行“基本编码”：缺少该列" in info.value.message


def test_only_a_publisher_may_import_with_publish(refused, run, head_a, officer_a, today, body_a):
    with refused("AUTH-PERM"):
        run(xlsx([new_row()]), by=head_a, publish=True)
    with refused("AUTH-PERM"):
        run(xlsx([new_row()]), by=officer_a)
    assert run(xlsx([new_row()]), by=head_a).created == 1


def test_a_head_cannot_import_changes_to_another_bodys_matter(refused, catalog, run, head_b, today):
    content = edited(catalog_export(on=today), {cell("事项名称", 2): "乙局改甲局的事项"})
    with refused("CAT-008") as info:
        run(content, by=head_b)
    (error,) = info.value.extra["errors"]
    assert (error["row"], error["column"]) == (2, "实施主体")
