"""The catalog as an Excel file in the shape of a 权责清单: one row per matter (seed 000 §7 "一单两用").

Writing uses openpyxl (bold header, frozen first row, a 说明 sheet); reading uses python-calamine. This module
only converts: cells to ``MatterData`` with the problems of each cell, and versions to rows. Deciding what an
import creates is ``services.catalog_import``'s job.

Multi-valued cells are written separated by "；". On import every list accepts "；", ";" or a line break; lists of
choices (行使层级, 实施主体, 音像记录环节, 处罚种类, 其他情形) also accept "、" or "，" except inside a value that
contains one (查封、扣押). Lists of free text (依据, 检查表单) are not split on "、", because a citation may itself
contain it (第一百二十二条、第一百二十三条).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db.models import TextChoices

from zhifa.discretion.constants import PenaltyKind
from zhifa.organisations.constants import Domain, OrgStatus
from zhifa.organisations.models import Entrustment, Organisation

from .constants import AVStep, ExerciseLevel, InspectionCategory, MajorCriterion, MatterKind, StreetDelegation
from .domain import VERSION_FIELDS, MatterData

SEP = "；"
TEXT_SPLIT = re.compile(r"[；;\n]+")
MINOR_SPLIT = re.compile(r"[、，,]")
CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("1e12")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    header: str
    help: str
    width: int = 16
    required: bool = False


def _labels(choices: type[TextChoices]) -> str:
    return "、".join(str(c.label) for c in choices)


COLUMNS: tuple[Column, ...] = (
    Column("基本编码", "全省统一的事项基本编码。新编码登记为新事项；已有编码与现行内容比较，有变化的生成新版本草稿。", 18, True),
    Column("实施编码", "本地实施清单的事项编码。", 18),
    Column("权责清单事项编码", "对应的权责清单事项编码；与基本编码相同时可留空。", 18),
    Column("事项名称", "与权责清单一致的事项名称。", 40, True),
    Column("事项类型", f"只能是：{_labels(MatterKind)}。", 12, True),
    Column("执法领域", f"只能是：{_labels(Domain)}。", 12, True),
    Column("行使层级", f"可多选，用“；”分隔：{_labels(ExerciseLevel)}。", 14),
    Column("实施主体", "机构全称或简称，多个用“；”分隔；须为系统中已登记的机构（赋权或受委托的街道/乡镇也列在此）。", 30, True),
    Column("下放方式", "不下放（可留空）、赋权（依指导目录）、委托。赋权须在街道赋权指导目录内。", 14),
    Column("委托书文号", "下放方式为委托时必填，须与已登记委托的委托书文号一致；其他下放方式留空。", 22),
    Column("设定依据", "每条依据用“；”或换行分隔，如《中华人民共和国食品安全法》第一百二十二条第一款。", 44, True),
    Column("实施依据", "同设定依据，可留空。", 36),
    Column("音像记录环节", f"可多选：{_labels(AVStep)}。", 24),
    Column("重大决定罚款数额（自然人）", "元，非负数，最多两位小数；留空适用本地区参数。", 14),
    Column("重大决定罚款数额（组织）", "元，非负数，最多两位小数；留空适用本地区参数。", 14),
    Column("重大决定处罚种类", f"可多选：{_labels(PenaltyKind)}。", 24),
    Column("重大决定其他情形", f"可多选：{_labels(MajorCriterion)}。", 24),
    Column("听证较大数额（自然人）", "《行政处罚法》第六十三条“较大数额罚款”，元；留空适用本省参数。", 14),
    Column("听证较大数额（组织）", "同上，适用于法人或其他组织。", 14),
    Column("随机抽查事项", "是或否（留空为否）。为“是”时抽查类别、主体、对象、频次、方式必填。", 10),
    Column("抽查类别", f"{_labels(InspectionCategory)}；一般检查事项须填抽查比例。", 14),
    Column("抽查主体", "实施抽查的机关。", 18),
    Column("抽查对象", "被抽查的对象范围。", 18),
    Column("抽查内容", "抽查的具体内容。", 24),
    Column("抽查比例（%）", "0 至 100 的数字，如 5 表示 5%。", 10),
    Column("抽查频次", "如每年不少于1次。", 14),
    Column("抽查方式", "现场检查、书面检查等。", 14),
    Column("检查表单", "检查项目，每项用“；”或换行分隔。", 30),
    Column("说明", "事项的办理说明、责任事项等。", 30),
)  # fmt: skip
INFO_COLUMNS: tuple[Column, ...] = (
    Column("版本", "导出时在用的版本号（仅供参考，导入时忽略）。", 8),
    Column("生效日期", "该版本的生效日期（仅供参考，导入时忽略；导入的生效日期在导入页面填写）。", 12),
)
HEADERS = tuple(c.header for c in COLUMNS)
REQUIRED = tuple(c.header for c in COLUMNS if c.required)

# Column → MatterVersion field, to place a model validation error on its cell.
FIELD_COLUMNS = {
    "name": "事项名称", "local_code": "实施编码", "power_item_code": "权责清单事项编码", "kind": "事项类型",
    "domain": "执法领域", "levels": "行使层级", "street_delegation": "下放方式", "entrustment": "委托书文号",
    "description": "说明", "major_fine_person": "重大决定罚款数额（自然人）",
    "major_fine_org": "重大决定罚款数额（组织）", "hearing_fine_person": "听证较大数额（自然人）",
    "hearing_fine_org": "听证较大数额（组织）", "inspection_category": "抽查类别", "inspection_subject": "抽查主体",
    "inspection_target": "抽查对象", "inspection_content": "抽查内容", "inspection_ratio": "抽查比例（%）",
    "inspection_frequency": "抽查频次", "inspection_method": "抽查方式", "checklist": "检查表单",
}  # fmt: skip
# Multi-valued choice fields, compared in the order of their choices (so "乡级；县级" equals "县级；乡级").
CHOICE_LISTS: dict[str, type[TextChoices]] = {
    "levels": ExerciseLevel, "av_steps": AVStep, "major_kinds": PenaltyKind, "major_criteria": MajorCriterion,
}  # fmt: skip
ALIASES: dict[type[TextChoices], dict[str, str]] = {
    StreetDelegation: {"": StreetDelegation.NONE, "赋权": StreetDelegation.DELEGATED},
    InspectionCategory: {"重点": InspectionCategory.KEY, "一般": InspectionCategory.GENERAL},
}


# --- cells ----------------------------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell as text: whole numbers without ".0" (codes typed as numbers), dates as ISO, text trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value).replace("\r\n", "\n").strip()


def split_choices(text: str, known: Iterable[str] = ()) -> list[str]:
    """Values of a choice cell. "、" and "，" also separate, except inside a known value ("查封、扣押")."""
    known = set(known)
    parts: list[str] = []
    for chunk in split_text(text):
        tokens = [t.strip() for t in MINOR_SPLIT.split(chunk) if t.strip()]
        i = 0
        while i < len(tokens):
            j = next(j for j in range(len(tokens), i, -1) if j == i + 1 or "、".join(tokens[i:j]) in known)
            parts.append("、".join(tokens[i:j]))
            i = j
    return parts


def split_text(text: str) -> list[str]:
    return [p.strip() for p in TEXT_SPLIT.split(text) if p.strip()]


def choice_lookup(choices: type[TextChoices]) -> dict[str, str]:
    """Label (or stored value, or an alias) → stored value."""
    lookup = {str(c.label): c.value for c in choices} | {c.value: c.value for c in choices}
    return lookup | {k: str(v) for k, v in ALIASES.get(choices, {}).items()}


def ordered(values: Iterable[str], choices: type[TextChoices]) -> list[str]:
    order = {c.value: i for i, c in enumerate(choices)}
    return sorted(dict.fromkeys(values), key=lambda v: order.get(v, len(order)))


def normalise_name(name: str) -> str:
    """A matter name without spaces or punctuation, for finding the same matter under two codes."""
    return "".join(ch for ch in name if unicodedata.category(ch)[0] not in "PZS" and not ch.isspace())


# --- errors ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellError:
    """One problem of an import: the spreadsheet row (None for the file), the column, the Chinese message."""

    row: int | None
    column: str
    message: str

    @property
    def text(self) -> str:
        if self.row is None:
            return self.message
        where = f"“{self.column}”" if self.column else ""
        return f"第{self.row}行{where}：{self.message}"

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}


# --- reading --------------------------------------------------------------------------------------------------


@dataclass
class Lookups:
    """Organisations by full and short name, entrustments by letter number (loaded once per import)."""

    by_name: dict[str, list[Organisation]]
    entrustments: dict[str, list[Entrustment]]

    @classmethod
    def load(cls) -> Lookups:
        by_name: dict[str, list[Organisation]] = {}
        for org in Organisation.objects.order_by("id"):
            by_name.setdefault(org.name, []).append(org)
            if org.short_name and org.short_name != org.name:
                by_name.setdefault(org.short_name, []).append(org)
        entrustments: dict[str, list[Entrustment]] = {}
        for e in Entrustment.objects.select_related("entrusting", "entrusted").order_by("-valid_from", "-id"):
            entrustments.setdefault(e.letter_number.strip(), []).append(e)
        return cls(by_name, entrustments)

    def organisation(self, name: str) -> Organisation | str:
        """The organisation called ``name`` (full name first, then short name), or why there is none."""
        found = self.by_name.get(name, [])
        exact = [o for o in found if o.name == name]
        candidates = exact or found
        active = [o for o in candidates if o.status == OrgStatus.ACTIVE]
        candidates = active or candidates
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            return f"“{name}”不是已登记的机构（请填写机构全称或简称）"
        return f"“{name}”对应多个机构，请填写全称"


@dataclass
class ParsedRow:
    """One data row of the sheet: its line number, 基本编码, the content it states, and its problems."""

    line: int
    cells: dict[str, str]
    code: str = ""
    data: MatterData | None = None
    errors: list[CellError] = field(default_factory=list)

    def text(self, column: str) -> str:
        return self.cells.get(column, "")

    def error(self, column: str, message: str) -> None:
        self.errors.append(CellError(self.line, column, message))


def parse_sheet(table: list[list[Any]], lookups: Lookups) -> tuple[list[ParsedRow], list[CellError]]:
    """Every data row parsed and checked; plus the problems of the file itself (missing columns, no rows)."""
    if not table or not any(cell_text(c) for c in table[0]):
        return [], [CellError(None, "", "文件没有内容：第一个工作表的第一行应为列名。")]
    header = [cell_text(c) for c in table[0]]
    missing = [h for h in REQUIRED if h not in header]
    if missing:
        return [], [CellError(1, h, "缺少该列（第一行应为列名，请使用导出的清单或模板）") for h in missing]
    index = {h: i for i, h in enumerate(header) if h in HEADERS}
    rows = []
    for line, raw in enumerate(table[1:], start=2):
        cells = {h: cell_text(raw[i]) if i < len(raw) else "" for h, i in index.items()}
        if any(cells.values()):
            rows.append(parse_row(ParsedRow(line, cells), lookups))
    if not rows:
        return [], [CellError(None, "", "文件没有数据行。")]
    _check_duplicates(rows)
    return rows, []


def _check_duplicates(rows: list[ParsedRow]) -> None:
    first: dict[str, int] = {}
    for row in rows:
        if row.code and row.code in first:
            row.error("基本编码", f"基本编码 {row.code} 与第{first[row.code]}行重复")
        first.setdefault(row.code, row.line)


def parse_row(row: ParsedRow, lookups: Lookups) -> ParsedRow:
    """Fill ``row.data`` from the cells, recording each problem on its cell."""
    for column in REQUIRED:
        if not row.text(column):
            row.error(column, "必填，不能为空")
    row.code = row.text("基本编码")
    mode = _choice(row, "下放方式", StreetDelegation) or StreetDelegation.NONE
    values = {
        "name": row.text("事项名称"),
        "kind": _choice(row, "事项类型", MatterKind),
        "domain": _choice(row, "执法领域", Domain),
        "bodies": _bodies(row, lookups),
        "establishes": split_text(row.text("设定依据")),
        "implements": split_text(row.text("实施依据")),
        "levels": _choices(row, "行使层级", ExerciseLevel),
        "local_code": row.text("实施编码"),
        "power_item_code": row.text("权责清单事项编码"),
        "street_delegation": mode,
        "entrustment": _entrustment(row, mode, lookups),
        "description": row.text("说明"),
        **_av_and_major(row),
        **_inspection(row),
    }
    row.data = MatterData(**values)
    return row


def _av_and_major(row: ParsedRow) -> dict[str, Any]:
    return {
        "av_steps": _choices(row, "音像记录环节", AVStep),
        "major_fine_person": _amount(row, "重大决定罚款数额（自然人）"),
        "major_fine_org": _amount(row, "重大决定罚款数额（组织）"),
        "major_kinds": _choices(row, "重大决定处罚种类", PenaltyKind),
        "major_criteria": _choices(row, "重大决定其他情形", MajorCriterion),
        "hearing_fine_person": _amount(row, "听证较大数额（自然人）"),
        "hearing_fine_org": _amount(row, "听证较大数额（组织）"),
    }


def _inspection(row: ParsedRow) -> dict[str, Any]:
    return {
        "inspection_item": _yes_no(row, "随机抽查事项"),
        "inspection_category": _choice(row, "抽查类别", InspectionCategory),
        "inspection_subject": row.text("抽查主体"),
        "inspection_target": row.text("抽查对象"),
        "inspection_content": row.text("抽查内容"),
        "inspection_ratio": _amount(row, "抽查比例（%）", maximum=Decimal(100)),
        "inspection_frequency": row.text("抽查频次"),
        "inspection_method": row.text("抽查方式"),
        "checklist": split_text(row.text("检查表单")),
    }


def _choice(row: ParsedRow, column: str, choices: type[TextChoices]) -> str:
    text = row.text(column)
    value = choice_lookup(choices).get(text)
    if value is None and text:
        row.error(column, f"“{text}”不是可选值，应为：{_labels(choices)}")
    return value or ""


def _choices(row: ParsedRow, column: str, choices: type[TextChoices]) -> list[str]:
    lookup = choice_lookup(choices)
    parts = split_choices(row.text(column), lookup)
    unknown = [p for p in parts if p not in lookup]
    if unknown:
        row.error(column, f"“{'、'.join(unknown)}”不是可选值，应为：{_labels(choices)}")
    return ordered((lookup[p] for p in parts if p in lookup), choices)


def _yes_no(row: ParsedRow, column: str) -> bool:
    text = row.text(column)
    if text not in ("", "是", "否"):
        row.error(column, f"“{text}”应为“是”或“否”")
    return text == "是"


def _amount(row: ParsedRow, column: str, maximum: Decimal = MAX_AMOUNT) -> Decimal | None:
    text = row.text(column).replace(",", "").replace("，", "").removesuffix("元").removesuffix("%").strip()
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        row.error(column, f"“{row.text(column)}”不是数字")
    elif value < 0:
        row.error(column, f"不能为负数（{value}）")
    elif value > maximum:
        row.error(column, f"不能大于 {maximum:f}")
    elif value != value.quantize(CENT):
        row.error(column, f"最多保留两位小数（{value}）")
    else:
        return value.quantize(CENT)
    return None


def _bodies(row: ParsedRow, lookups: Lookups) -> list[Organisation]:
    bodies = []
    for name in split_choices(row.text("实施主体"), lookups.by_name):
        found = lookups.organisation(name)
        if isinstance(found, str):
            row.error("实施主体", found)
        elif found not in bodies:
            bodies.append(found)
    return bodies


def _entrustment(row: ParsedRow, mode: str, lookups: Lookups) -> Entrustment | None:
    letter = row.text("委托书文号")
    if mode != StreetDelegation.ENTRUSTED:
        if letter:
            row.error("委托书文号", "下放方式不是“委托”时不填写委托书文号")
        return None
    if not letter:
        row.error("委托书文号", "下放方式为委托时必填")
        return None
    found = lookups.entrustments.get(letter, [])
    if not found:
        row.error("委托书文号", f"未找到委托书文号为“{letter}”的委托（请先在组织机构的委托中登记）")
        return None
    return found[0]


# --- comparing ------------------------------------------------------------------------------------------------


def _norm(name: str, value: Any) -> Any:
    if name in CHOICE_LISTS:
        return ordered(value or [], CHOICE_LISTS[name])
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if isinstance(value, Decimal):
        return value.quantize(CENT)
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    return value


def content_key(data: MatterData) -> dict[str, Any]:
    """What a row states about a matter, comparable with an existing version (the 修订说明 is not content)."""
    key = {name: _norm(name, getattr(data, name)) for name in VERSION_FIELDS}
    key["bodies"] = sorted(b.pk for b in data.bodies)
    key["entrustment"] = data.entrustment.pk if data.entrustment else None
    key["establishes"] = _norm("establishes", data.establishes)
    key["implements"] = _norm("implements", data.implements)
    return key


# --- writing --------------------------------------------------------------------------------------------------


def _label_of(choices: type[TextChoices], value: str) -> str:
    return str(choices(value).label) if value in choices.values else value


def _join_labels(values: list[str], choices: type[TextChoices]) -> str:
    return SEP.join(_label_of(choices, v) for v in ordered(values, choices))


def version_cells(version) -> list[Any]:
    """One matter version as a row of the sheet (``bodies`` and ``bases`` prefetched)."""
    bases = list(version.bases.all())
    v = version
    return [
        v.matter.basic_code, v.local_code, v.power_item_code, v.name, _label_of(MatterKind, v.kind),
        _label_of(Domain, v.domain), _join_labels(v.levels, ExerciseLevel), SEP.join(b.name for b in v.bodies.all()),
        _label_of(StreetDelegation, v.street_delegation), v.entrustment.letter_number if v.entrustment else "",
        SEP.join(b.citation for b in bases if b.role == "establishes"),
        SEP.join(b.citation for b in bases if b.role == "implements"),
        _join_labels(v.av_steps, AVStep), v.major_fine_person, v.major_fine_org, _join_labels(v.major_kinds, PenaltyKind),
        _join_labels(v.major_criteria, MajorCriterion), v.hearing_fine_person, v.hearing_fine_org,
        "是" if v.inspection_item else "否", _label_of(InspectionCategory, v.inspection_category),
        v.inspection_subject, v.inspection_target, v.inspection_content, v.inspection_ratio, v.inspection_frequency,
        v.inspection_method, SEP.join(v.checklist), v.description, v.version, v.valid_from,
    ]  # fmt: skip


def write_workbook(versions: Iterable[Any]) -> bytes:
    """The 执法事项清单 sheet (one row per matter) and the 说明 sheet explaining each column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "执法事项清单"
    columns = (*COLUMNS, *INFO_COLUMNS)
    sheet.append([c.header for c in columns])
    for version in versions:
        sheet.append(version_cells(version))
    _style(sheet, columns)
    _notes(book.create_sheet("说明"))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _style(sheet, columns: tuple[Column, ...]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    for i, column in enumerate(columns, start=1):
        sheet.cell(row=1, column=i).font = bold
        sheet.column_dimensions[get_column_letter(i)].width = column.width
    for cells in sheet.iter_rows(min_row=2, max_col=3):
        for cell in cells:
            cell.number_format = "@"  # codes stay text (leading zeros)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"


def _notes(sheet) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.append(["列名", "是否必填", "填写说明"])
    for column in COLUMNS:
        sheet.append([column.header, "必填" if column.required else "", column.help])
    for column in INFO_COLUMNS:
        sheet.append([column.header, "仅导出", column.help])
    sheet.append([])
    for line in NOTES:
        sheet.append(["", "", line])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for width, letter in zip((26, 10, 90), "ABC", strict=True):
        sheet.column_dimensions[letter].width = width
    for cells in sheet.iter_rows(min_row=2):
        cells[2].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"


NOTES = (
    "第一个工作表的第一行为列名，请勿修改；从第二行起每行一个事项，以基本编码区分。",
    "多个值用全角分号“；”分隔（选项类的列也接受换行、“;”、“、”；依据与检查表单只接受“；”、“;”或换行）。",
    "导入时逐行校验，任何一处有误则整个文件不导入，并按“第N行“列名”：问题”列出全部问题。",
    "新的基本编码登记为新事项（草稿）；已有事项内容有变化的生成新版本草稿（已有草稿的更新该草稿）；内容相同的跳过。",
    "选择“导入后直接发布”时，导入产生的草稿全部发布，发布校验不通过的同样按行报错。",
)
