"""How an article's paragraphs divide into 款 and 项, and how a statute's articles fall into 编、章、节.

《立法法》: 条 divide into 款 (paragraphs, not numbered in the text) and 项 (items, numbered （一）（二）…). The
library stores every line of an article as a paragraph, items included; a line opening with （一） or (一) is an
item of the 款 before it, any other line starts the next 款. So 《行政处罚法》第五十八条 has two 款, the first with
four items. Pure functions (house style R7).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..numbers import NUMERAL_CHARS

ITEM_RE = re.compile(rf"^[（(]\s*[{NUMERAL_CHARS}0-9]+\s*[)）]")


@dataclass(frozen=True)
class Clause:
    """One 款: its number (from 1), its opening text and its items (项), each as written."""

    number: int
    text: str
    items: tuple[str, ...] = ()


def is_item(paragraph: str) -> bool:
    return ITEM_RE.match(paragraph) is not None


def clauses(paragraphs: Sequence[str]) -> list[Clause]:
    """The 款 of an article from its stored paragraphs (items joined to the 款 they belong to)."""
    groups: list[tuple[str, list[str]]] = []
    for paragraph in paragraphs:
        if is_item(paragraph) and groups:
            groups[-1][1].append(paragraph)
        elif is_item(paragraph):
            groups.append(("", [paragraph]))
        else:
            groups.append((paragraph, []))
    return [Clause(n, text, tuple(items)) for n, (text, items) in enumerate(groups, start=1)]


def cited_text(paragraphs: Sequence[str], paragraph: int | None, item: int | None) -> str | None:
    """The words a citation points at: the whole article, one 款, or one 项 of it; None if there is no such
    款 or 项. A 项 cited without its 款 (第五十八条第（三）项) is read in the first 款 that has items."""
    if paragraph is None and item is None:
        return "\n".join(paragraphs)
    found = clauses(paragraphs)
    if paragraph is None:
        clause = next((c for c in found if c.items), None)
    else:
        clause = found[paragraph - 1] if 0 < paragraph <= len(found) else None
    if clause is None or item is None:
        return None if clause is None else "\n".join((clause.text, *clause.items)).strip()
    return clause.items[item - 1] if 0 < item <= len(clause.items) else None


@dataclass
class TocEntry:
    """A run of consecutive articles under the same 编/章/节, for a statute's table of contents."""

    part: str
    chapter: str
    section: str
    articles: list[Any] = field(default_factory=list)
    opens_part: bool = False
    opens_chapter: bool = False

    @property
    def first(self) -> Any:
        return self.articles[0]

    @property
    def last(self) -> Any:
        return self.articles[-1]


def table_of_contents(articles: Iterable[Any]) -> list[TocEntry]:
    """Group articles (anything with ``part``, ``chapter``, ``section``) into runs by their place, in order;
    ``opens_part``/``opens_chapter`` mark the entries where a new 编/章 heading is due.

    A statute without chapters gives one entry with empty headings."""
    entries: list[TocEntry] = []
    for article in articles:
        place = (article.part, article.chapter, article.section)
        previous = entries[-1] if entries else None
        if previous is None or (previous.part, previous.chapter, previous.section) != place:
            opens_part = previous is None or previous.part != article.part
            opens_chapter = opens_part or previous.chapter != article.chapter
            entries.append(TocEntry(*place, opens_part=opens_part, opens_chapter=opens_chapter))
        entries[-1].articles.append(article)
    return entries
