"""Reading a search box: article numbers (第六十三条, 63) versus words, and the snippet a hit shows. Pure."""

from __future__ import annotations

import re

from ..numbers import NUMERAL_CHARS, cn_to_int

NUMBER_QUERY_RE = re.compile(rf"^第?\s*([{NUMERAL_CHARS}]+|[0-9]+)\s*条?$")


def search_terms(q: str) -> list[str]:
    """The words of a query; every one must occur in a hit (separated by spaces, full-width ones too)."""
    return [term for term in q.split() if term]


def article_number_query(q: str) -> int | None:
    """The article number a query asks for (第六十三条, 六十三, 63, 第63条), or None for a word search."""
    match = NUMBER_QUERY_RE.match(q.strip())
    if match is None:
        return None
    try:
        return cn_to_int(match.group(1)) or None
    except ValueError:
        return None


def snippet(text: str, terms: list[str], width: int = 90) -> str:
    """About ``width`` characters of ``text`` around the first term found, with … where it was cut."""
    flat = " ".join(text.split("\n"))
    hits = [i for i in (flat.find(t) for t in terms) if i >= 0]
    if len(flat) <= width:
        return flat
    start = max(0, min(hits, default=0) - width // 3)
    end = min(len(flat), start + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")
