"""``{% load laws %}``: ``{{ text|cite_links }}`` turns statute citations into links to the law library;
``{{ text|highlight:q }}`` marks the words of a search."""

from __future__ import annotations

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..domain.search import search_terms
from ..links import linked_html
from ..selectors import find_citations

register = template.Library()


@register.filter
def cite_links(text, within=None) -> SafeString:
    """Escape ``text`` and link every citation of an article in the library (《食品安全法》第一百二十二条);
    with a ``LawVersion`` argument, 本法第X条 links within that version too."""
    text = "" if text is None else str(text)
    return linked_html(text, find_citations(text, within=within))


@register.filter
def highlight(text, q) -> SafeString:
    """Escape ``text`` and wrap each word of the query ``q`` in ``<mark>``."""
    text = "" if text is None else str(text)
    terms = sorted(set(search_terms(str(q or ""))), key=len, reverse=True)
    if not terms:
        return escape(text)
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    parts, position = [], 0
    for match in pattern.finditer(text):
        parts += [escape(text[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # the pieces are escaped
