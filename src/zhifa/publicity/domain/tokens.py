"""Chinese full-text search tokens (house style: SQLite FTS5, PostgreSQL full-text), pure functions.

Chinese has no spaces, and neither database ships a Chinese word splitter (zhparser/pg_jieba are not
packaged). FTS5's trigram tokenizer would miss every two-character word (罚款, 食品, 许可), and those are most
of what people type. So text is indexed as overlapping **character bigrams**: ``行政处罚`` → ``行政 政处 处罚``.

* A query word of two characters is one bigram: an exact token lookup in the index.
* A longer word is the phrase of its bigrams (``处罚决定`` → ``处罚 罚决 决定`` adjacent, in order), which both
  FTS5 phrase queries and PostgreSQL's ``<->`` operator answer from the index with positions.
* A single character can only be matched as the start of a token (``罚`` finds 罚款, not the 罚 of 处罚); the
  portal says so.
* Latin letters and digits form words of their own (case numbers, 文号 years, USCCs), lower-cased.

Bigram indexing finds every occurrence a substring search would find for queries of two or more
characters (a bigram phrase matches exactly where the characters are adjacent), without the false
positives of splitting on guessed word boundaries.
"""

from __future__ import annotations

import re
import unicodedata

# CJK unified ideographs (basic, extension A) and compatibility ideographs; other scripts are words.
_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9a-z]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_QUERY_TERMS = 8
MAX_TERM_CHARS = 40


def _runs(text: str) -> list[str]:
    return _RUN.findall(unicodedata.normalize("NFKC", text or "").lower())


def _bigrams(run: str) -> list[str]:
    if not _CJK.match(run) or len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_tokens(*texts: str) -> str:
    """The index string of ``texts``: their tokens separated by spaces, in order (positions matter)."""
    return " ".join(token for text in texts for run in _runs(text) for token in _bigrams(run))


def query_phrases(query: str) -> list[tuple[list[str], bool]]:
    """The query as phrases to AND together: ``(tokens, prefix)`` per word; ``prefix`` for one character.

    Words are split on spaces and punctuation; at most ``MAX_QUERY_TERMS`` words of ``MAX_TERM_CHARS``.
    """
    phrases = []
    for word in re.split(r"\s+", unicodedata.normalize("NFKC", query or "").strip())[:MAX_QUERY_TERMS]:
        for run in _runs(word[:MAX_TERM_CHARS]):
            single = bool(_CJK.match(run)) and len(run) == 1
            phrases.append((_bigrams(run), single))
    return phrases


def fts5_match(phrases: list[tuple[list[str], bool]]) -> str:
    """SQLite FTS5 MATCH expression: ``"处罚 罚决 决定" AND "罚"*`` (tokens never contain a double quote)."""
    return " AND ".join(f'"{" ".join(tokens)}"' + ("*" if prefix else "") for tokens, prefix in phrases)


def pg_tsquery(phrases: list[tuple[list[str], bool]]) -> str:
    """PostgreSQL tsquery text: ``'处罚' <-> '罚决' & '罚':*`` (tokens never contain a single quote)."""
    parts = []
    for tokens, prefix in phrases:
        phrase = " <-> ".join(f"'{t}'" for t in tokens)
        parts.append(f"({phrase}:*)" if prefix else f"({phrase})")
    return " & ".join(parts)
