"""Parse one statute text of the laws folder into plain data (house style R7: pure, no ORM).

The format (the folder's README.md):

- ``# 标题``: the full title (``# 中华人民共和国食品安全法``), once, before anything else;
- the preamble (adoption and amendment history) up to the line ``<!-- INFO END -->``; without that line, the
  text before the first heading or article is the preamble;
- headings ``##``/``###``/``####`` for 编、章、节, told apart by their text (第一编/第二章/第三节) and otherwise by
  level (``##`` a chapter, deeper a section); a heading closes the article before it;
- one line per article starting ``第X条`` (Chinese numerals) and a space; every further non-empty line up to the
  next article or heading is another paragraph of that article (a 款, or an item 项 such as ``（一）…``, kept
  as written);
- the file name ``简称(YYYY-MM-DD).md`` carries the version date.

Article numbers must rise (《立法法》: 条的序号用中文数字依次表述): a duplicate or a number going backwards is an
error naming the line, so a file with a typo is refused instead of silently losing an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from ..constants import NATIONAL_PREFIX
from ..numbers import NUMERAL_CHARS, article_label, cn_to_int
from .kinds import guess_kind

ARTICLE_RE = re.compile(rf"^第([{NUMERAL_CHARS}]+)条(?:\s+(.*))?$")
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$")
DIVISION_RE = re.compile(rf"^第[{NUMERAL_CHARS}\d]+(编|章|节)")
FILENAME_RE = re.compile(r"^(?P<name>.+?)[(（](?P<date>\d{4}-\d{1,2}-\d{1,2})[)）]\.md$", re.IGNORECASE)
INFO_END = "<!-- INFO END -->"
# Zero-width characters that some sources leave on otherwise empty lines.
INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\ufeff")
DATE_CN = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
PREAMBLE_IN_FORCE_RE = re.compile(DATE_CN + r"\s*(?:起\s*)?施行")
CLOSING_IN_FORCE_RE = re.compile(r"^本(?:法|条例|规定|办法|细则|规则|决定)自" + DATE_CN + r"起施行")
DIVISION_NAMES = {"编": "part", "章": "chapter", "节": "section"}


class LawParseError(ValueError):
    """A statute file that cannot be read as one: the file, the line (when one is to blame) and why."""

    code = "LAW-001"

    def __init__(self, message: str, *, filename: str, line: int | None = None) -> None:
        self.message, self.filename, self.line = message, filename, line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"文件“{self.filename}”" + (f"第{self.line}行" if self.line else "")
        return f"{where}：{self.message}"


class LawFormatError(LawParseError):
    """No title, no article, a second title, or text that belongs to no article."""

    code = "LAW-001"


class ArticleNumberingError(LawParseError):
    """An article number repeated or going backwards."""

    code = "LAW-002"


class FileNameError(LawParseError):
    """A file name without a valid version date ``(YYYY-MM-DD)``."""

    code = "LAW-003"


@dataclass(frozen=True)
class ParsedArticle:
    """One article (条): its number, its label as printed, where it stands, and its paragraphs in order."""

    number: int
    label: str
    paragraphs: tuple[str, ...]
    part: str = ""
    chapter: str = ""
    section: str = ""
    line: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class ParsedLaw:
    """One version of a law as the file gives it."""

    title: str
    short_title: str
    version_date: date
    effective_from: date
    preamble: str
    articles: tuple[ParsedArticle, ...]
    kind: str


def parse_law_markdown(text: str, filename: str) -> ParsedLaw:
    """Parse the Markdown ``text`` of the file called ``filename``; raise a ``LawParseError`` if it is not one."""
    name = PurePath(filename).name
    version_date = version_date_from_filename(name)
    lines = [(n, raw.translate(INVISIBLE).strip()) for n, raw in enumerate(text.splitlines(), start=1)]
    title, rest = _split_title(lines, name)
    preamble, body = _split_preamble(rest)
    articles = _ArticleReader(name).read(body, last_line=len(lines))
    return ParsedLaw(
        title=title, short_title=short_title_of(title), version_date=version_date,
        effective_from=effective_from(preamble, articles, version_date), preamble=preamble,
        articles=articles, kind=guess_kind(title, preamble),
    )  # fmt: skip


def version_date_from_filename(filename: str) -> date:
    """The version date a file name carries: ``食品安全法(2021-04-29).md`` → 2021-04-29."""
    name = PurePath(filename).name
    match = FILENAME_RE.match(name)
    try:
        return date.fromisoformat(_iso(match.group("date"))) if match else _bad_name(name)
    except ValueError:
        return _bad_name(name)


def _iso(value: str) -> str:
    year, month, day = value.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _bad_name(name: str) -> date:
    raise FileNameError(
        "文件名应为“法规简称(YYYY-MM-DD).md”，括号内为有效的版本日期，例如“食品安全法(2021-04-29).md”。",
        filename=name,
    )


def short_title_of(title: str) -> str:
    """The title as citations give it: 中华人民共和国食品安全法 → 食品安全法."""
    return title.removeprefix(NATIONAL_PREFIX) or title


def _split_title(lines: list[tuple[int, str]], name: str) -> tuple[str, list[tuple[int, str]]]:
    for index, (number, text) in enumerate(lines):
        if not text:
            continue
        match = HEADING_RE.match(text)
        if match is None or len(match.group(1)) != 1 or not match.group(2).strip():
            raise LawFormatError("文件缺少标题：第一行应为“# 法规全称”。", filename=name, line=number)
        return match.group(2).strip(), lines[index + 1 :]
    raise LawFormatError("文件为空，缺少标题“# 法规全称”。", filename=name, line=1)


def _split_preamble(lines: list[tuple[int, str]]) -> tuple[str, list[tuple[int, str]]]:
    """The preamble ends at ``<!-- INFO END -->``; without it, at the first heading or article."""
    marker = next((i for i, (_, text) in enumerate(lines) if text == INFO_END), None)
    if marker is None:
        marker = next((i for i, (_, t) in enumerate(lines) if HEADING_RE.match(t) or ARTICLE_RE.match(t)), 0)
        head, body = lines[:marker], lines[marker:]
    else:
        head, body = lines[:marker], lines[marker + 1 :]
    return "\n".join(text for _, text in head if text), body


@dataclass
class _OpenArticle:
    number: int
    line: int
    paragraphs: list[str]
    place: dict[str, str]


@dataclass
class _ArticleReader:
    """Reads the body line by line: headings move the place (编/章/节), article lines open an article."""

    filename: str
    place: dict[str, str] = field(default_factory=lambda: {"part": "", "chapter": "", "section": ""})
    done: list[ParsedArticle] = field(default_factory=list)
    current: _OpenArticle | None = None

    def read(self, body: list[tuple[int, str]], *, last_line: int) -> tuple[ParsedArticle, ...]:
        for number, text in body:
            if text:
                self._line(number, text)
        self._close()
        if not self.done:
            raise LawFormatError(
                "文件中没有条文（以“第X条”开头的行）。", filename=self.filename, line=last_line
            )
        return tuple(self.done)

    def _line(self, number: int, text: str) -> None:
        if heading := HEADING_RE.match(text):
            self._heading(number, len(heading.group(1)), heading.group(2).strip())
        elif article := ARTICLE_RE.match(text):
            self._open(number, article.group(1), (article.group(2) or "").strip())
        elif self.current is not None:
            self.current.paragraphs.append(text)
        else:
            raise LawFormatError(
                f"“{text[:20]}”不属于任何条文：条文应以“第X条”开头。", filename=self.filename, line=number
            )

    def _heading(self, number: int, level: int, text: str) -> None:
        if level == 1:
            raise LawFormatError(
                "标题（“# ”）只能有一个，位于文件第一行。", filename=self.filename, line=number
            )
        self._close()
        kind = _division_kind(text, level)
        self.place[kind] = " ".join(text.split())
        lower = {"part": ("chapter", "section"), "chapter": ("section",), "section": ()}[kind]
        for key in lower:
            self.place[key] = ""

    def _open(self, line: int, numeral: str, first: str) -> None:
        self._close()
        number = cn_to_int(numeral)
        previous = self.done[-1] if self.done else None
        if previous is not None and number <= previous.number:
            raise ArticleNumberingError(
                f"{article_label(number)}与前面的{previous.label}（第{previous.line}行）重复或顺序倒退。",
                filename=self.filename, line=line,
            )  # fmt: skip
        self.current = _OpenArticle(number, line, [first] if first else [], dict(self.place))

    def _close(self) -> None:
        article, self.current = self.current, None
        if article is None:
            return
        self.done.append(
            ParsedArticle(
                number=article.number, label=article_label(article.number), paragraphs=tuple(article.paragraphs),
                line=article.line, **article.place,
            )
        )  # fmt: skip


def _division_kind(text: str, level: int) -> str:
    """编/章/节 by the heading's own words (第一编, 第二章, 第三节); a heading without them by its level."""
    match = DIVISION_RE.match(text)
    if match:
        return DIVISION_NAMES[match.group(1)]
    return "chapter" if level == 2 else "section"


def effective_from(preamble: str, articles: tuple[ParsedArticle, ...], version_date: date) -> date:
    """The day this version entered into force.

    1. A preamble line ``2019年5月15日 施行`` (regulations print it) gives it.
    2. Otherwise the closing article ``本法自2021年7月15日起施行``, when that day is not before the version date:
       a 修订 prints its own commencement there; an amended law (修正) keeps the original day, which is earlier.
    3. Otherwise the version date: amendment decisions take effect on promulgation (自公布之日起施行).
    """
    found = PREAMBLE_IN_FORCE_RE.findall(preamble)
    if found:
        return _date(found[-1])
    for article in reversed(articles):
        match = CLOSING_IN_FORCE_RE.match(article.paragraphs[0] if article.paragraphs else "")
        if match and _date(match.groups()) >= version_date:
            return _date(match.groups())
    return version_date


def _date(parts: tuple[str, str, str]) -> date:
    year, month, day = (int(p) for p in parts)
    return date(year, month, day)
