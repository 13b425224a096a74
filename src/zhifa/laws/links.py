"""Citations as links to the article pages: the HTML that ``{{ text|cite_links }}`` and the law pages show.

Everything but the produced ``<a>`` elements is escaped; a page of the law library that is not mounted (no URL
to reverse) leaves the text as plain escaped text.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .models import LawVersion
from .selectors import ResolvedCitation, Span


def article_url(law_id: int, number: int, version: LawVersion | None = None) -> str | None:
    """The article page of ``law_id`` 第``number``条, in ``version`` when that is not the current one."""
    try:
        url = reverse("laws:article", args=[law_id, number])
    except NoReverseMatch:
        return None
    return url if version is None or version.is_current else f"{url}?version={version.pk}"


def citation_url(resolved: ResolvedCitation) -> str | None:
    """The article page, at the 款 (``#p2``) or 项 (``#p1-i3``) cited when the citation names its 款."""
    url = article_url(resolved.law.pk, resolved.article.number, resolved.version)
    if url is None or not resolved.paragraph or not resolved.clause_found:
        return url
    item = f"-i{resolved.item}" if resolved.item else ""
    return f"{url}#p{resolved.paragraph}{item}"


def citation_title(resolved: ResolvedCitation) -> str:
    """The tooltip of a citation link: the canonical citation and the version it points at."""
    return f"{resolved.label}（{resolved.version.version_date:%Y-%m-%d} 版本）"


def linked_html(text: str, spans: Sequence[Span]) -> SafeString:
    """``text`` escaped, with each resolved citation in ``spans`` wrapped in a link to its article."""
    parts, position = [], 0
    for start, end, resolved in spans:
        if start < position:
            continue
        parts.append(escape(text[position:start]))
        parts.append(_link(text[start:end], resolved))
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # every part is escaped or built by format_html


def _link(words: str, resolved: ResolvedCitation | None) -> str:
    url = citation_url(resolved) if resolved is not None else None
    if url is None:
        return escape(words)
    return format_html(
        '<a href="{}" class="law-citation" title="{}">{}</a>', url, citation_title(resolved), words
    )
