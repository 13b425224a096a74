"""执法文书 as HTML, PDF and Word, from a ``Document``'s frozen ``data`` only (never from the live case).

One Django template per ``DocumentKind`` (``templates/cases/documents/<kind>.html``, extending ``base.html``)
lays a document out as the standard 行政执法文书 do: the body and the title centred, the 文号 under them on the
right, the party, the text, the seal and date; forms (审批表, 笔录, 送达回证) are tables. The PDF is that HTML
through WeasyPrint (A4, ``lang="zh-CN"``) with the CJK font shipped in ``zhifa/static/fonts`` (Noto Serif CJK
SC, subset to 《通用规范汉字表》 and GB 2312: see the README there), so a server with no Chinese font prints the
same document. The Word file is built from the same HTML with python-docx: one source, two formats, the same
text.

The templates get their filters (``cn_date``, ``yuan``…) from this module through a template engine of their
own, so documents need no ``templatetags`` package and cannot pick up a page template by accident.
"""

from __future__ import annotations

import functools
import io
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import segno
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template import Context, Engine, Library
from django.urls import NoReverseMatch, reverse

from .constants import DocumentKind

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
FONT_DIR = Path(__file__).resolve().parent.parent / "static" / "fonts"
FONT_FAMILY = "Noto Serif CJK SC"  # the family name inside the shipped files: Word looks it up by this name
FONT_FILES = {"normal": "NotoSerifCJKsc-Regular.otf", "bold": "NotoSerifCJKsc-Bold.otf"}
# Documents the party receives carry the 一案一码 QR code and the 查询码 (seed 002).
QR_KINDS = frozenset({
    DocumentKind.PRESERVATION_NOTICE, DocumentKind.PRIOR_NOTICE, DocumentKind.HEARING_RIGHTS,
    DocumentKind.HEARING_NOTICE, DocumentKind.PENALTY_DECISION, DocumentKind.NO_PENALTY_DECISION,
    DocumentKind.CREDIT_REPAIR_NOTICE, DocumentKind.SERVICE_RECEIPT, DocumentKind.PAYMENT_DEFERRAL,
    DocumentKind.ON_SPOT_DECISION,
})  # fmt: skip

register = Library()

# --- filters ------------------------------------------------------------------------------------------------

_DIGITS = "〇一二三四五六七八九"
_UPPER = "零壹贰叁肆伍陆柒捌玖"


def _as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _small_number(n: int) -> str:
    """1–31 in Chinese numerals, as dates write them: 十, 十二, 二十, 三十一."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[units] if units else "")


@register.filter
def cn_date(value) -> str:
    """2026-09-22 → 2026年9月22日 (dates in the text)."""
    day = _as_date(value)
    return f"{day.year}年{day.month}月{day.day}日" if day else str(value or "")


@register.filter
def cn_date_upper(value) -> str:
    """2026-09-22 → 二〇二六年九月二十二日 (the date under the seal)."""
    day = _as_date(value)
    if day is None:
        return str(value or "")
    year = "".join(_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_small_number(day.month)}月{_small_number(day.day)}日"


def _amount(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _group_upper(n: int) -> str:
    """1–9999 in 大写 digits, with 零 for skipped places (1010 → 壹仟零壹拾)."""
    out, gap = "", False
    for place, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            gap = bool(out)
            continue
        out += ("零" if gap else "") + _UPPER[digit] + unit
        gap = False
    return out


def _integer_upper(n: int) -> str:
    if n == 0:
        return "零"
    groups = []
    while n:
        n, group = divmod(n, 10000)
        groups.append(group)
    out, gap = "", False
    for i in reversed(range(len(groups))):
        group = groups[i]
        if group == 0:
            gap = bool(out)
            continue
        if out and (gap or group < 1000):
            out += "零"
        out += _group_upper(group) + ("", "万", "亿", "万亿")[i]
        gap = False
    return out


@register.filter
def yuan_upper(value) -> str:
    """An amount in 大写 as receipts and decisions write it: 8000 → 捌仟元整, 10050.5 → 壹万零伍拾元伍角."""
    amount = _amount(value)
    if amount is None:
        return ""
    fen_total = int((amount * 100).quantize(Decimal("1")))
    whole, cents = divmod(fen_total, 100)
    jiao, fen = divmod(cents, 10)
    out = _integer_upper(whole) + "元" if whole else ""
    if not cents:
        return (out or "零元") + "整"
    if jiao:
        out += _UPPER[jiao] + "角"
    elif whole:
        out += "零"
    return out + (_UPPER[fen] + "分" if fen else "")


@register.filter
def yuan(value) -> str:
    """8000 → 8,000.00元 (empty when there is no amount)."""
    amount = _amount(value)
    return f"{amount:,.2f}元" if amount is not None else ""


@register.filter
def names(officers) -> str:
    """The officers of a step, by name: 张执法、李执法."""
    return "、".join(o.get("name", "") for o in officers or [])


@register.filter
def act(title) -> str:
    """The act of a 案由: 未按规定公示信息案 → 未按规定公示信息."""
    title = str(title or "")
    return title[:-1] if title.endswith("案") and len(title) > 2 else title


@register.filter
def yi_an(title) -> str:
    """A 案由 as the text names the case: 未按规定公示信息案 → 未按规定公示信息一案."""
    return act(title) + "一案"


@register.filter
def yes_no(value) -> str:
    return "是" if value else "否"


# --- HTML ---------------------------------------------------------------------------------------------------


@functools.cache
def _engine() -> Engine:
    return Engine(dirs=[str(TEMPLATE_DIR)], builtins=[__name__], autoescape=True)


def font_paths() -> dict[str, Path]:
    """The shipped font files; a missing one is a broken installation, not something to work around."""
    paths = {weight: FONT_DIR / name for weight, name in FONT_FILES.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise ImproperlyConfigured(
            f"文书字体文件缺失：{'、'.join(missing)}（应随 zhifa 安装在 static/fonts 中）。"
        )
    return paths


def case_url(case_number: str) -> str:
    """The public 一案一码 page of a case ('' when the portal is not mounted)."""
    try:
        return settings.PUBLIC_BASE_URL.rstrip("/") + reverse("case_public:case", args=[case_number])
    except NoReverseMatch:
        return ""


def _context(document, font_base: str) -> dict:
    data = document.data or {}
    kind = DocumentKind(document.kind)
    # The QR code is the one thing not read from ``data``: it points to wherever the portal is served now.
    url = case_url(data["case_number"]) if kind in QR_KINDS and data.get("case_number") else ""
    qr = segno.make(url, error="m").svg_inline(scale=2, dark="#000", light="#fff") if url else ""
    return {
        "d": data,
        "kind": kind.value,
        "title": str(kind.label),
        "number": document.number or data.get("number", ""),
        "issued_on": document.issued_on or data.get("issued_on"),
        "served_on": document.served_on,
        "facts": data.get("facts_entered") or {},
        "font_base": font_base,
        "font_files": FONT_FILES,
        "font_family": FONT_FAMILY,
        "qr_url": url,
        "qr_svg": qr,
    }


def render_html(document, *, font_base: str | None = None) -> str:
    """The document as a full HTML page (``<html lang="zh-CN">``).

    ``font_base`` is the URL the font files are found under: by default the package's own folder as a file://
    URL, which is what the PDF needs; a web page can pass its static URL instead.
    """
    base = font_base if font_base is not None else FONT_DIR.as_uri() + "/"
    template = _engine().get_template(f"cases/documents/{DocumentKind(document.kind).value}.html")
    return template.render(Context(_context(document, base)))


# --- PDF ----------------------------------------------------------------------------------------------------


def _fetcher():
    """Fetch only the shipped fonts: a document never reaches the network or any other file."""
    from weasyprint.urls import URLFetcher

    allowed = {p.as_uri() for p in font_paths().values()}

    class ShippedFonts(URLFetcher):
        def fetch(self, url, headers=None):
            if url not in allowed:
                raise ValueError(f"文书只能引用平台自带的字体：{url}")
            return super().fetch(url, headers)

    return ShippedFonts(allowed_protocols=("file",), fail_on_errors=True)


def render_pdf(document) -> bytes:
    """The document as an A4 PDF with the Chinese font embedded (WeasyPrint needs Pango: see the README).

    It is written as PDF/A-2u, the archival form whose text stays searchable, since documents go into the case
    file (《行政处罚法》第四十七条: 全过程记录、归档保存).
    """
    from weasyprint import HTML  # imported here: loading Pango is slow, and only documents need it

    font_paths()
    page = HTML(string=render_html(document), base_url=FONT_DIR.as_uri() + "/", url_fetcher=_fetcher())
    return page.write_pdf(pdf_variant="pdf/a-2u")


# --- DOCX ---------------------------------------------------------------------------------------------------

_SPACE = re.compile(r"[ \t\r\n\f]+")  # HTML whitespace only: the ideographic space U+3000 is text


def render_docx(document) -> bytes:
    """The document as an editable Word file, built from the same HTML as the PDF."""
    from lxml import html as lxml_html  # lxml is what python-docx itself is built on

    root = lxml_html.document_fromstring(render_html(document))
    writer = _DocxWriter(
        title=str(DocumentKind(document.kind).label), author=(document.data or {}).get("body", "")
    )
    for element in root.body:
        writer.block(writer.doc, element)
    out = io.BytesIO()
    writer.doc.save(out)
    return out.getvalue()


class _DocxWriter:
    """Writes the small HTML vocabulary of the document templates as Word paragraphs and tables.

    Blocks: ``div`` (``org`` = the body's name, ``sign`` = the seal block, ``qr`` = the 一案一码 QR code),
    ``h1``, ``h2``, ``p`` (``number``/``right``, ``center``, ``flush`` = no first-line indent), ``ol``,
    ``table`` (with ``colspan`` and ``colgroup`` widths). Inline: text, ``br``, ``strong``/``b``, ``u``.
    """

    SIZE = 12  # 小四, the body text of the forms

    def __init__(self, *, title: str, author: str):
        from docx import Document as Docx
        from docx.shared import Mm, Pt

        self.doc = Docx()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(30), Mm(28)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(self.SIZE)
        normal.paragraph_format.space_after = Pt(2)
        normal.paragraph_format.line_spacing = 1.5
        self._set_font(normal.element.get_or_add_rPr())
        self._footer(section)
        props = self.doc.core_properties
        props.title, props.author, props.language = title, author, "zh-CN"

    @staticmethod
    def _set_font(rpr) -> None:
        """Every run names the shipped family for Latin and East Asian text (``w:eastAsia``), in Chinese."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        fonts = rpr.get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), FONT_FAMILY)
        fonts.set(qn("w:hint"), "eastAsia")
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "zh-CN")
        lang.set(qn("w:eastAsia"), "zh-CN")

    def _footer(self, section) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for part in ("第 ", "PAGE", " 页 共 ", "NUMPAGES", " 页"):
            if part.isupper():
                self._field(paragraph, part)
            else:
                self._run(paragraph, part)

    @staticmethod
    def _field(paragraph, code: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        run = paragraph.add_run()._r
        for kind in ("begin", "instr", "separate", "1", "end"):
            if kind == "instr":
                node = OxmlElement("w:instrText")
                node.set(qn("xml:space"), "preserve")
                node.text = f" {code} "
            elif kind == "1":
                node = OxmlElement("w:t")
                node.text = "1"
            else:
                node = OxmlElement("w:fldChar")
                node.set(qn("w:fldCharType"), kind)
            run.append(node)

    def _run(self, paragraph, text: str, *, bold=False, underline=False, size=None):
        from docx.shared import Pt

        run = paragraph.add_run(text)
        run.bold, run.underline = bold or None, underline or None
        if size:
            run.font.size = Pt(size)
        self._set_font(run._r.get_or_add_rPr())
        return run

    # blocks

    def block(self, container, el, *, align=None) -> None:
        tag, classes = el.tag, set((el.get("class") or "").split())
        if tag in ("style", "script", "head", "title", "meta") or not isinstance(tag, str):
            return
        if tag == "table":
            self._table(container, el)
        elif tag == "ol":
            for i, li in enumerate(el.findall("li"), 1):
                self._paragraph(container, li, prefix=f"{i}. ", flush=True, align=align)
        elif tag == "div" and "qr" in classes:
            self._qr(container, el)
        elif tag == "div" and "org" in classes:
            self._paragraph(container, el, align="center", bold=True, size=16, flush=True)
        elif tag == "div":
            self._children(container, el, align="right" if "sign" in classes else align)
        elif tag == "h1":
            self._paragraph(container, el, align="center", bold=True, size=22, flush=True)
        elif tag == "h2":
            self._paragraph(container, el, bold=True, flush=True, align=align)
        else:
            self._paragraph(
                container, el, align=self._align(classes) or align, flush=self._flush(classes, align)
            )

    def _children(self, container, el, *, align=None) -> None:
        if (el.text or "").strip():
            self._paragraph(container, el, align=align, flush=True, only_text=True)
        for child in el:
            self.block(container, child, align=align)
            if (child.tail or "").strip():
                paragraph = container.add_paragraph()
                self._set_align(paragraph, align)
                self._run(paragraph, _SPACE.sub(" ", child.tail).strip())

    @staticmethod
    def _align(classes: set[str]) -> str | None:
        if classes & {"number", "right"}:
            return "right"
        return "center" if "center" in classes else None

    @staticmethod
    def _flush(classes: set[str], align) -> bool:
        return bool(align) or bool(classes & {"flush", "number", "right", "center"})

    @staticmethod
    def _set_align(paragraph, align) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        if align:
            paragraph.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}[
                align
            ]

    def _paragraph(
        self, container, el, *, align=None, bold=False, size=None, flush=False, prefix="", only_text=False
    ):
        from docx.shared import Pt

        paragraph = container.add_paragraph()
        self._set_align(paragraph, align)
        if not flush:
            paragraph.paragraph_format.first_line_indent = Pt(2 * self.SIZE)
        runs = [(prefix, bold, False)] if prefix else []
        self._inline(el, runs, bold=bold, underline=False, only_text=only_text)
        _strip_ends(runs)
        for text, b, u in runs:
            if text:
                self._run(paragraph, text, bold=b, underline=u, size=size)
        return paragraph

    def _inline(self, el, runs: list, *, bold: bool, underline: bool, only_text=False) -> None:
        runs.append((_SPACE.sub(" ", el.text or ""), bold, underline))
        if only_text:
            return
        for child in el:
            if child.tag == "br":
                runs.append(("\n", bold, underline))
            elif isinstance(child.tag, str) and child.tag not in ("svg", "style"):
                self._inline(child, runs, bold=bold or child.tag in ("strong", "b"),
                             underline=underline or child.tag == "u")  # fmt: skip
            runs.append((_SPACE.sub(" ", child.tail or ""), bold, underline))

    def _table(self, container, el) -> None:
        rows = [tr for tr in el.iter("tr")]
        width = max(
            (sum(int(c.get("colspan", 1)) for c in tr if c.tag in ("th", "td")) for tr in rows), default=1
        )
        table = container.add_table(rows=len(rows), cols=width)
        table.style = self.doc.styles["Table Grid"]
        self._widths(table, el)
        for r, tr in enumerate(rows):
            col = 0
            for cell_el in (c for c in tr if c.tag in ("th", "td")):
                span = int(cell_el.get("colspan", 1))
                cell = table.cell(r, col)
                if span > 1:
                    cell = cell.merge(table.cell(r, col + span - 1))
                self._cell(cell, cell_el)
                col += span

    @staticmethod
    def _widths(table, el) -> None:
        """Column widths from the template's ``<colgroup>``, as percentages of the 156 mm between margins."""
        from docx.shared import Mm

        percents = [re.search(r"width:\s*([\d.]+)%", c.get("style", "")) for c in el.iter("col")]
        if len(percents) != len(table.columns) or not all(percents):
            return
        table.autofit = False
        for column, match in zip(table.columns, percents, strict=True):
            for cell in column.cells:
                cell.width = Mm(156 * float(match.group(1)) / 100)

    def _cell(self, cell, el) -> None:
        first = cell.paragraphs[0]
        blocks = [c for c in el if c.tag in ("p", "ol", "div", "h2")]
        if not blocks:
            runs: list = []
            self._inline(el, runs, bold=el.tag == "th", underline=False)
            _strip_ends(runs)
            for text, b, u in runs:
                if text:
                    self._run(first, text, bold=b, underline=u)
            return
        first._p.getparent().remove(first._p)
        for child in el:
            self.block(cell, child)

    def _qr(self, container, el) -> None:
        from docx.shared import Mm

        url = el.get("data-url", "")
        if url:
            png = io.BytesIO()
            segno.make(url, error="m").save(png, kind="png", scale=4)
            png.seek(0)
            container.add_paragraph().add_run().add_picture(png, width=Mm(22))
        for child in el:
            if child.tag == "p":
                self._paragraph(container, child, flush=True)


def _strip_ends(runs: list) -> None:
    """Trim the whitespace the template's layout left at the start and end of a paragraph."""
    while runs and not runs[0][0].strip(" "):
        runs.pop(0)
    while runs and not runs[-1][0].strip(" "):
        runs.pop()
    if runs:
        runs[0] = (runs[0][0].lstrip(" "), *runs[0][1:])
        runs[-1] = (runs[-1][0].rstrip(" "), *runs[-1][1:])
