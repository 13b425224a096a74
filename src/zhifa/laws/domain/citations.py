"""Find citations of statute articles in free text, as zhifa and Chinese legal documents write them.

A citation names the text in book-title marks and then the article: 《中华人民共和国食品安全法》第一百二十二条第一款,
《食品安全法》第122条, 《行政处罚法》第五十八条第一款第（三）项. Articles listed after one title share it
(《行政处罚法》第三十二条、第三十三条). Inside a statute, 本法第五十七条 (本条例, 本规定, 本办法) cites the same text;
such matches carry no title. An article 之一 (inserted articles) is not matched, so that it never links to the
wrong article. Pure functions (house style R7): resolving a match against the library is ``selectors``' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import NUMERAL_CHARS, article_label, cn_to_int, int_to_cn

NUM = rf"[{NUMERAL_CHARS}0-9]+"
POINT = (
    rf"第(?P<article>{NUM})条(?!之)"
    rf"(?:第(?P<paragraph>{NUM})款)?"
    rf"(?:第\s*[（(]?\s*(?P<item>{NUM})\s*[)）]?\s*项)?"
)
HEAD_RE = re.compile(
    rf"(?:《(?P<title>[^《》\n]{{2,80}})》|(?P<self>本(?:法|条例|规定|办法|细则)))\s*{POINT}"
)
NEXT_RE = re.compile(rf"\s*[、，,和及与或]\s*{POINT}")


@dataclass(frozen=True)
class CitationMatch:
    """One cited article found at ``text[start:end]``; ``title`` is None for 本法/本条例… (the same text)."""

    start: int
    end: int
    text: str
    title: str | None
    article: int
    paragraph: int | None = None
    item: int | None = None

    @property
    def point_label(self) -> str:
        """第一百二十二条第一款第（三）项: the article, paragraph and item in the statutes' own words."""
        label = article_label(self.article)
        if self.paragraph:
            label += f"第{int_to_cn(self.paragraph)}款"
        if self.item:
            label += f"第（{int_to_cn(self.item)}）项"
        return label


def scan_citations(text: str) -> list[CitationMatch]:
    """Every article cited in ``text``, in order of appearance."""
    found: list[CitationMatch] = []
    for head in HEAD_RE.finditer(text):
        title = head.group("title")
        match: re.Match[str] | None = head
        while match is not None:
            point = _point(text, match, title)
            if point is not None:
                found.append(point)
            match = NEXT_RE.match(text, match.end())
    return found


def parse_citation(text: str) -> CitationMatch | None:
    """The first citation in ``text`` (``《食品安全法》第122条`` → 食品安全法, 122), or None."""
    matches = scan_citations(text)
    return matches[0] if matches else None


def _point(text: str, match: re.Match[str], title: str | None) -> CitationMatch | None:
    try:
        numbers = [_number(match.group(key)) for key in ("article", "paragraph", "item")]
    except ValueError:  # 第十十条: not a number, so not a citation
        return None
    article, paragraph, item = numbers
    if not article:
        return None
    start, end = match.start("article") - 1 if match.re is NEXT_RE else match.start(), match.end()
    return CitationMatch(start, end, text[start:end], title and title.strip(), article, paragraph, item)


def _number(value: str | None) -> int | None:
    return None if value is None else cn_to_int(value)
