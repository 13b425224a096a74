"""Reads on the law library (house style R9). Statutes are public law: any logged-in user may read all of it,
so nothing here is scoped to an organisation.

Every function runs a fixed number of queries however many laws, articles or citations are involved
(citations are resolved in one batch: laws, versions, articles).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Prefetch, Q, QuerySet

from .domain.citations import CitationMatch, parse_citation, scan_citations
from .domain.parser import short_title_of
from .domain.search import article_number_query, search_terms
from .domain.structure import cited_text
from .models import Article, Law, LawVersion

Span = tuple[int, int, "ResolvedCitation | None"]


@dataclass(frozen=True)
class ResolvedCitation:
    """A citation found in the library: the law, the version in force on the day asked (or the current one),
    the article, and the 款/项 numbers it names (None when it cites the whole article or 款)."""

    law: Law
    version: LawVersion
    article: Article
    paragraph: int | None = None
    item: int | None = None
    text: str = ""

    @property
    def label(self) -> str:
        """The citation in canonical form: 《食品安全法》第一百二十二条第一款."""
        point = CitationMatch(0, 0, "", None, self.article.number, self.paragraph, self.item).point_label
        return f"{self.law.citation_title}{point}"

    @property
    def cited_text(self) -> str | None:
        """The words cited: the article, or the 款 or 项 named; None if the article has no such 款 or 项."""
        return cited_text(self.article.paragraphs, self.paragraph, self.item)

    @property
    def clause_found(self) -> bool:
        return self.cited_text is not None


# --- laws and versions --------------------------------------------------------------------------------------


def _versions_prefetch() -> Prefetch:
    versions = LawVersion.objects.annotate(article_count=Count("articles")).order_by("-version_date")
    return Prefetch("versions", queryset=versions, to_attr="version_list")


def _with_current(laws: Iterable[Law]) -> list[Law]:
    """Give each law (with ``version_list`` prefetched) its ``current_version`` attribute."""
    laws = list(laws)
    for law in laws:
        law.current_version = next((v for v in law.version_list if v.is_current), None)
    return laws


def law_list(*, q: str = "", kind: str = "") -> list[Law]:
    """Laws whose full or short title contains ``q``, each with ``version_list`` (newest first, with
    ``article_count``) and ``current_version``."""
    qs = Law.objects.prefetch_related(_versions_prefetch())
    if q.strip():
        qs = qs.filter(Q(title__icontains=q.strip()) | Q(short_title__icontains=q.strip()))
    if kind:
        qs = qs.filter(kind=kind)
    return _with_current(qs)


def law_detail(law_id: int) -> Law | None:
    """One law with its versions (as ``law_list`` decorates them), or None."""
    found = _with_current(Law.objects.filter(pk=law_id).prefetch_related(_versions_prefetch()))
    return found[0] if found else None


def version_of(law: Law, version_id: int | None = None) -> LawVersion | None:
    """The version ``version_id`` of ``law``, or its current version; None if there is no such version."""
    versions = getattr(law, "version_list", None)
    if versions is None:
        versions = list(law.versions.annotate(article_count=Count("articles")))
    if version_id is None:
        return next((v for v in versions if v.is_current), None)
    return next((v for v in versions if v.pk == version_id), None)


def version_in_force(law: Law, on: date) -> LawVersion | None:
    """The version of ``law`` in force on ``on``: the latest whose ``effective_from`` is not after it."""
    versions = law.versions.filter(effective_from__lte=on)
    return versions.order_by("-effective_from", "-version_date").first()


# --- articles -------------------------------------------------------------------------------------------------


def article_list(version: LawVersion) -> QuerySet[Article]:
    return Article.objects.filter(version=version).order_by("number")


def article_get(version: LawVersion, number: int) -> Article | None:
    return Article.objects.filter(version=version, number=number).select_related("version__law").first()


def article_neighbours(article: Article) -> tuple[Article | None, Article | None]:
    """The articles before and after ``article`` in its version (one query)."""
    near = Article.objects.filter(
        version_id=article.version_id, number__in=[article.number - 1, article.number + 1]
    )
    by_number = {a.number: a for a in near.only("id", "number", "label", "version_id")}
    return by_number.get(article.number - 1), by_number.get(article.number + 1)


def article_search(
    q: str, *, law: Law | None = None, version: LawVersion | None = None, limit: int = 50
) -> list[Article]:
    """Articles matching ``q``, in the current versions (or in ``version``), by law and number.

    A citation (《行政处罚法》第六十三条) finds that article; an article number (第六十三条, 六十三, 63) finds that
    article of ``law`` (of every law without one); anything else is words that must all occur in the text.
    """
    q = q.strip()
    if not q:
        return []
    if "《" in q and (cited := resolve_citation(q)) is not None:
        return [cited.article]
    qs = _search_scope(law, version)
    number = article_number_query(q)
    if number is not None:
        return list(qs.filter(number=number)[:limit])
    for term in search_terms(q):
        qs = qs.filter(text__icontains=term)
    return list(qs[:limit])


def _search_scope(law: Law | None, version: LawVersion | None) -> QuerySet[Article]:
    qs = Article.objects.select_related("version__law").order_by("version__law__short_title", "number")
    if version is not None:
        return qs.filter(version=version)
    qs = qs.filter(version__is_current=True)
    return qs.filter(version__law=law) if law is not None else qs


# --- citations ------------------------------------------------------------------------------------------------


def resolve_citation(text: str, on: date | None = None) -> ResolvedCitation | None:
    """The first citation in ``text`` (《食品安全法》第122条, 《中华人民共和国行政处罚法》第五十八条第一款第（三）项)
    resolved against the library: in the version in force on ``on`` (default: the current version). None when
    there is no citation, or the law, a version in force that day, or the article is not in the library."""
    match = parse_citation(text)
    if match is None or match.title is None:
        return None
    return resolve_matches([match], on=on)[0]


def find_citations(text: str, *, on: date | None = None, within: LawVersion | None = None) -> list[Span]:
    """Every cited article in ``text`` as ``(start, end, ResolvedCitation | None)``, in order. 本法第X条 is
    resolved in ``within`` (the text being read) and left out without it."""
    return find_citations_many([text], on=on, within=within)[0]


def find_citations_many(
    texts: Sequence[str], *, on: date | None = None, within: LawVersion | None = None
) -> list[list[Span]]:
    """``find_citations`` for many texts at once, in one batch of queries (for a page of articles)."""
    found = [[m for m in scan_citations(t) if m.title is not None or within is not None] for t in texts]
    resolved = iter(resolve_matches([m for matches in found for m in matches], on=on, within=within))
    return [[(m.start, m.end, next(resolved)) for m in matches] for matches in found]


def resolve_matches(
    matches: Sequence[CitationMatch], *, on: date | None = None, within: LawVersion | None = None
) -> list[ResolvedCitation | None]:
    """Resolve citation matches in three queries at most (laws, their versions, the articles)."""
    if not matches:
        return []
    laws = _laws_by_title({m.title for m in matches if m.title})
    versions = _versions_for(set(laws.values()), on)
    if within is not None:
        versions[within.law_id] = within
    targets = [_target(m, laws, within) for m in matches]
    articles = _articles_for(versions, {m.article for m in matches})
    return [_resolved(m, law, versions, articles) for m, law in zip(matches, targets, strict=True)]


def _target(match: CitationMatch, laws: dict[str, Law], within: LawVersion | None) -> Law | None:
    if match.title is None:
        return within.law if within is not None else None
    return laws.get(match.title) or laws.get(short_title_of(match.title))


def _laws_by_title(titles: set[str]) -> dict[str, Law]:
    """Laws cited by full or short title, keyed by both (a full title wins over a shared short title)."""
    if not titles:
        return {}
    shorts = {short_title_of(t) for t in titles}
    found = Law.objects.filter(Q(title__in=titles) | Q(short_title__in=shorts)).order_by("-id")
    by_title = {law.short_title: law for law in found}
    by_title.update({law.title: law for law in found})
    return by_title


def _versions_for(laws: set[Law], on: date | None) -> dict[int, LawVersion]:
    """Per law id, the current version (``on`` None) or the version in force on ``on``."""
    if not laws:
        return {}
    qs = LawVersion.objects.filter(law__in=laws).select_related("law")
    if on is None:
        return {v.law_id: v for v in qs.filter(is_current=True)}
    chosen: dict[int, LawVersion] = {}
    for v in qs.filter(effective_from__lte=on).order_by("-effective_from", "-version_date"):
        chosen.setdefault(v.law_id, v)
    return chosen


def _articles_for(versions: dict[int, LawVersion], numbers: set[int]) -> dict[tuple[int, int], Article]:
    if not versions:
        return {}
    ids = [v.pk for v in versions.values()]
    found = Article.objects.filter(version_id__in=ids, number__in=numbers)
    return {(a.version_id, a.number): a for a in found}


def _resolved(
    match: CitationMatch,
    law: Law | None,
    versions: dict[int, LawVersion],
    articles: dict[tuple[int, int], Article],
) -> ResolvedCitation | None:
    version = versions.get(law.pk) if law is not None else None
    article = articles.get((version.pk, match.article)) if version is not None else None
    if article is None:
        return None
    article.version = version
    return ResolvedCitation(law, version, article, match.paragraph, match.item, match.text)
