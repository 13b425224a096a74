"""Workbench pages of the law library (法律法规库): search, a law with its contents, one article, import.

Reading needs only a login (statutes are public law); importing needs ``Perm.LAW_MANAGE``. Citations inside the
articles (《食品安全法》第一百二十二条, 本法第五十七条) are links to the cited article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.core.forms import call_service
from zhifa.core.views_support import workbench_view

from . import selectors, services
from .constants import LawKind
from .domain.search import search_terms, snippet
from .domain.structure import is_item, table_of_contents
from .forms import LawImportForm
from .links import linked_html
from .models import Article, Law, LawVersion


@dataclass(frozen=True)
class ArticleHit:
    """A search result: the article (with its version and law) and the snippet around the words found."""

    article: Article
    snippet: str


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as a page shows it: its HTML (citations linked), the number of the 款 it belongs to and,
    for an item (项), its number in that 款 (anchors ``p{clause}`` and ``p{clause}-i{item}``)."""

    html: str
    clause: int
    item: int = 0

    @property
    def is_item(self) -> bool:
        return self.item > 0

    @property
    def anchor(self) -> str:
        return f"p{self.clause}-i{self.item}" if self.item else f"p{self.clause}"


@dataclass(frozen=True)
class RenderedArticle:
    article: Article
    paragraphs: list[Paragraph]


def _query(request: HttpRequest) -> str:
    return request.GET.get("q", "").strip()[:200]


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _hits(articles: list[Article], q: str) -> list[ArticleHit]:
    terms = search_terms(q)
    return [ArticleHit(a, snippet(a.text, terms)) for a in articles]


def _by_kind(laws: list[Law]) -> list[tuple[str, list[Law]]]:
    """Laws grouped by 法的形式, from 法律 down, for the library's front page."""
    groups = [(kind.label, [law for law in laws if law.kind == kind]) for kind in LawKind]
    return [(label, members) for label, members in groups if members]


def _law(law_id: int) -> Law:
    law = selectors.law_detail(law_id)
    if law is None:
        raise Http404("法律法规库中没有这部法律法规。")
    return law


def _version(request: HttpRequest, law: Law) -> LawVersion:
    version = selectors.version_of(law, _int(request.GET.get("version")))
    if version is None:
        raise Http404("这部法律法规没有该版本。")
    return version


def _status(version: LawVersion, today: date) -> tuple[str, str]:
    """The badge of a version: 现行有效, 尚未施行 (current but not yet in force) or 历史版本."""
    if not version.is_current:
        return "历史版本", "text-bg-secondary"
    if version.effective_from > today:
        return "尚未施行", "text-bg-warning"
    return "现行有效", "text-bg-success"


def _rendered(articles: list[Article], version: LawVersion) -> list[RenderedArticle]:
    """Every paragraph with its citations linked, resolved in one batch for the whole page. A historical
    version's citations of other laws point at the versions in force when it took effect."""
    texts = [p for a in articles for p in a.paragraphs]
    on = None if version.is_current else version.effective_from
    spans = iter(selectors.find_citations_many(texts, on=on, within=version))
    return [RenderedArticle(a, _paragraphs(a, spans)) for a in articles]


def _paragraphs(article: Article, spans) -> list[Paragraph]:
    rendered, clause, item = [], 0, 0
    for text in article.paragraphs:
        if is_item(text) and clause > 0:
            item += 1
        else:
            clause, item = clause + 1, 0
        rendered.append(Paragraph(linked_html(text, next(spans)), clause, item))
    return rendered


@workbench_view()
def index(request: HttpRequest) -> HttpResponse:
    """The library: every law by kind, or (with ``q``) the laws and articles that match."""
    q = _query(request)
    laws = selectors.law_list(q=q)
    context = {
        "q": q,
        "laws": laws,
        "groups": _by_kind(laws),
        "hits": _hits(selectors.article_search(q), q) if q else [],
        "can_manage": Perm.LAW_MANAGE in actor_for(request).permissions,
    }
    return render(request, "laws/index.html", context)


@workbench_view()
def law_detail(request: HttpRequest, law_id: int) -> HttpResponse:
    """A law in one version (``?version=``, default the current one): contents by chapter, then every
    article (anchors ``a{number}``); ``q`` searches this version."""
    law = _law(law_id)
    version = _version(request, law)
    articles = list(selectors.article_list(version))
    q = _query(request)
    context = {
        "law": law, "version": version, "status": _status(version, timezone.localdate()),
        "toc": table_of_contents(articles), "articles": _rendered(articles, version), "q": q,
        "hits": _hits(selectors.article_search(q, version=version), q) if q else [],
    }  # fmt: skip
    return render(request, "laws/law_detail.html", context)


@workbench_view()
def article(request: HttpRequest, law_id: int, number: int) -> HttpResponse:
    """One article of a law (``?version=``), its 款 and 项, with links to its neighbours and other versions."""
    law = _law(law_id)
    version = _version(request, law)
    found = selectors.article_get(version, number)
    if found is None:
        raise Http404(f"该版本没有第{number}条。")
    previous, following = selectors.article_neighbours(found)
    context = {
        "law": law, "version": version, "article": found, "rendered": _rendered([found], version)[0],
        "status": _status(version, timezone.localdate()), "previous": previous, "following": following,
        "citation": f"{law.citation_title}{found.label}",
    }  # fmt: skip
    return render(request, "laws/article.html", context)


@workbench_view(Perm.LAW_MANAGE)
def law_import(request: HttpRequest) -> HttpResponse:
    """Upload one statute file; a file that does not parse is refused with the rule, file and line."""
    actor = actor_for(request)
    form = LawImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        call = partial(services.law_import_file, by=actor, source=upload, name=upload.name)
        result = call_service(form, call)
        if result is not None and result.imported:
            messages.success(request, f"已导入 {result.imported} 个版本，共 {result.articles} 条。")
        elif result is not None:
            messages.info(request, "该文件内容已在法律法规库中，未重复导入。")
    return render(request, "laws/import.html", {"form": form, "result": result})
