"""API: the law library (法律法规库): laws, versions, articles, article search, citation resolving, import.

Reading needs only authentication (statutes are public law); importing needs ``Perm.LAW_MANAGE``.
"""

from datetime import date, datetime

from django.http import Http404, HttpRequest
from ninja import File, Query, Router, Schema, Status
from ninja.files import UploadedFile

from zhifa.accounts.constants import Perm
from zhifa.core.api_support import acting, responses
from zhifa.core.exceptions import DomainError

from . import rules, selectors, services
from .domain.search import search_terms, snippet
from .models import Article, Law, LawVersion

router = Router(tags=["法律法规库"])


class VersionOut(Schema):
    id: int
    version_date: date
    effective_from: date
    is_current: bool
    source_name: str
    sha256: str
    imported_at: datetime
    article_count: int


class LawOut(Schema):
    id: int
    title: str
    short_title: str
    kind: str
    kind_label: str
    current_version: VersionOut | None

    @staticmethod
    def resolve_kind_label(obj: Law) -> str:
        return obj.get_kind_display()


class LawDetailOut(LawOut):
    versions: list[VersionOut]
    preamble: str

    @staticmethod
    def resolve_versions(obj: Law) -> list[LawVersion]:
        return obj.version_list

    @staticmethod
    def resolve_preamble(obj: Law) -> str:
        return obj.current_version.preamble if obj.current_version else ""


class ArticleOut(Schema):
    id: int
    law_id: int
    version_id: int
    version_date: date
    number: int
    label: str
    part: str
    chapter: str
    section: str
    paragraphs: list[str]
    text: str

    @staticmethod
    def resolve_law_id(obj: Article) -> int:
        return obj.version.law_id

    @staticmethod
    def resolve_version_date(obj: Article) -> date:
        return obj.version.version_date


class ArticleHitOut(ArticleOut):
    law_title: str
    law_short_title: str
    snippet: str

    @staticmethod
    def resolve_law_title(obj: Article) -> str:
        return obj.version.law.title

    @staticmethod
    def resolve_law_short_title(obj: Article) -> str:
        return obj.version.law.short_title


class CitationOut(Schema):
    text: str
    label: str
    law_id: int
    law_title: str
    version_id: int
    version_date: date
    effective_from: date
    article: ArticleOut
    paragraph: int | None
    item: int | None
    cited_text: str | None


class LawQuery(Schema):
    q: str = ""
    kind: str = ""


class VersionQuery(Schema):
    version_id: int | None = None


class ArticleSearchQuery(Schema):
    q: str
    law_id: int | None = None
    version_id: int | None = None
    limit: int = 50


class CitationQuery(Schema):
    text: str
    on: date | None = None


class ImportOut(Schema):
    imported: int
    skipped: int
    articles: int
    laws: int
    versions: list[VersionOut]
    skipped_names: list[str]


def _law(law_id: int) -> Law:
    law = selectors.law_detail(law_id)
    if law is None:
        raise Http404
    return law


def _version(law: Law, version_id: int | None) -> LawVersion:
    version = selectors.version_of(law, version_id)
    if version is None:
        raise Http404
    return version


@router.get("/laws", response=responses(200, list[LawOut]), summary="法律法规列表（按名称检索）")
def law_list(request: HttpRequest, filters: Query[LawQuery]):
    acting(request)
    return selectors.law_list(q=filters.q, kind=filters.kind)


@router.get("/laws/{int:law_id}", response=responses(200, LawDetailOut), summary="法律法规详情及其各版本")
def law_get(request: HttpRequest, law_id: int):
    acting(request)
    return _law(law_id)


@router.get(
    "/laws/{int:law_id}/articles",
    response=responses(200, list[ArticleOut]),
    summary="某版本的全部条文（默认现行版本）",
)
def law_article_list(request: HttpRequest, law_id: int, filters: Query[VersionQuery]):
    acting(request)
    version = _version(_law(law_id), filters.version_id)
    return list(selectors.article_list(version).select_related("version"))


@router.get(
    "/laws/{int:law_id}/articles/{int:number}",
    response=responses(200, ArticleOut),
    summary="按条号取条文（默认现行版本）",
)
def law_article_get(request: HttpRequest, law_id: int, number: int, filters: Query[VersionQuery]):
    acting(request)
    article = selectors.article_get(_version(_law(law_id), filters.version_id), number)
    if article is None:
        raise Http404
    return article


@router.get(
    "/articles/search", response=responses(200, list[ArticleHitOut]), summary="条文检索（内容、条号或引用）"
)
def article_search(request: HttpRequest, filters: Query[ArticleSearchQuery]):
    acting(request)
    law = _law(filters.law_id) if filters.law_id else None
    version = _version(law, filters.version_id) if law and filters.version_id else None
    limit = max(1, min(filters.limit, 200))
    hits = selectors.article_search(filters.q, law=law, version=version, limit=limit)
    terms = search_terms(filters.q)
    for article in hits:
        article.snippet = snippet(article.text, terms)
    return hits


@router.get(
    "/citations/resolve",
    response=responses(200, CitationOut),
    summary="解析法条引用（如《食品安全法》第122条）",
)
def citation_resolve(request: HttpRequest, filters: Query[CitationQuery]):
    acting(request)
    resolved = selectors.resolve_citation(filters.text, on=filters.on)
    if resolved is None:
        raise DomainError.from_rule(rules.LAW_CITATION_NOT_FOUND, text=filters.text[:100])
    return {
        "text": resolved.text, "label": resolved.label, "law_id": resolved.law.pk, "law_title": resolved.law.title,
        "version_id": resolved.version.pk, "version_date": resolved.version.version_date,
        "effective_from": resolved.version.effective_from, "article": resolved.article,
        "paragraph": resolved.paragraph, "item": resolved.item, "cited_text": resolved.cited_text,
    }  # fmt: skip


@router.post(
    "/laws/import",
    response=responses(201, ImportOut),
    summary="导入一个法律法规文本文件（.md，内容相同不重复导入）",
)
def law_import(request: HttpRequest, file: File[UploadedFile]):
    actor = acting(request, Perm.LAW_MANAGE)
    result = services.law_import_file(by=actor, source=file.file, name=file.name or "未命名.md")
    return Status(201, _import_out(result))


def _import_out(result: services.LawImportResult) -> dict:
    return {
        "imported": result.imported, "skipped": result.skipped, "articles": result.articles, "laws": result.laws,
        "versions": result.versions, "skipped_names": result.skipped_names,
    }  # fmt: skip
