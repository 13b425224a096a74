"""Resolving citations against the library, and searching it (constant query counts)."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from zhifa.laws.models import Law
from zhifa.laws.selectors import (
    article_search,
    find_citations,
    find_citations_many,
    law_list,
    resolve_citation,
    version_in_force,
)
from zhifa.laws.tests.factories import import_statute, statute

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "short_title", "number", "paragraph", "item"),
    [
        ("《中华人民共和国食品安全法》第一百二十二条第一款", "食品安全法", 122, 1, None),
        ("《食品安全法》第122条", "食品安全法", 122, None, None),
        ("《行政处罚法》第五十八条第一款第（三）项", "行政处罚法", 58, 1, 3),
        ("《中华人民共和国道路运输条例》第六十三条", "道路运输条例", 63, None, None),
        ("《道路运输条例》第六十三条", "道路运输条例", 63, None, None),
    ],
)
def test_it_resolves_citations_as_zhifa_writes_them(library, text, short_title, number, paragraph, item):
    resolved = resolve_citation(text)
    assert resolved.law.short_title == short_title
    assert (resolved.article.number, resolved.paragraph, resolved.item) == (number, paragraph, item)
    assert resolved.version.is_current and resolved.article.version_id == resolved.version.pk


def test_it_quotes_what_a_citation_points_at(library):
    assert "五万元以上十万元以下罚款" in resolve_citation("《食品安全法》第122条第一款").cited_text
    item = resolve_citation("《行政处罚法》第五十八条第一款第（三）项")
    assert item.cited_text == "（三）案件情况疑难复杂、涉及多个法律关系的；"
    assert item.label == "《行政处罚法》第五十八条第一款第（三）项"
    assert resolve_citation("《行政处罚法》第五十八条第五款").clause_found is False


@pytest.mark.parametrize(
    "text",
    [
        "《行政处罚法》第八十七条",
        "《中华人民共和国刑法》第一条",
        "行政处罚法第五条",
        "没有引用",
        "本法第五条",
    ],
)
def test_it_answers_none_for_what_is_not_in_the_library(library, text):
    assert resolve_citation(text) is None


def test_it_resolves_the_version_in_force_on_a_day(today):
    import_statute(statute("中华人民共和国测试法", "第一条 旧文本。", "第二条 旧。"), "测试法(2009-08-27).md")
    new = statute("中华人民共和国测试法", "第一条 新文本。", "第二条 本法自2021年7月15日起施行。")
    import_statute(new, "测试法(2021-01-22).md")
    assert resolve_citation("《测试法》第一条").article.paragraphs == ["新文本。"]
    assert resolve_citation("《测试法》第一条", on=date(2021, 7, 14)).article.paragraphs == ["旧文本。"]
    assert resolve_citation("《测试法》第一条", on=date(2021, 7, 15)).article.paragraphs == ["新文本。"]
    assert resolve_citation("《测试法》第一条", on=date(2009, 8, 26)) is None
    law = Law.objects.get()
    assert version_in_force(law, date(2020, 1, 1)).version_date == date(2009, 8, 27)


def test_it_finds_every_citation_in_a_text(library):
    text = "依据《行政处罚法》第三十二条、第三十三条和《食品安全法》第一百二十二条，参照《某某法》第一条。"
    spans = find_citations(text)
    assert [text[s:e] for s, e, _ in spans] == [
        "《行政处罚法》第三十二条", "第三十三条", "《食品安全法》第一百二十二条", "《某某法》第一条",
    ]  # fmt: skip
    assert [r.article.number if r else None for _, _, r in spans] == [32, 33, 122, None]


def test_it_resolves_references_to_the_same_text_within_a_version(library):
    version = resolve_citation("《行政处罚法》第五十九条").version
    ((_, _, resolved),) = find_citations("依照本法第五十七条的规定", within=version)
    assert resolved.law.short_title == "行政处罚法" and resolved.article.number == 57
    assert find_citations("依照本法第五十七条的规定") == []


def test_resolving_many_citations_takes_a_fixed_number_of_queries(library):
    texts = [f"《行政处罚法》第{n}条与《食品安全法》第{n}条" for n in range(1, 60)]
    with CaptureQueriesContext(connection) as ctx:
        found = find_citations_many(texts)
    assert len(ctx.captured_queries) <= 3
    assert all(r is not None for spans in found for _, _, r in spans)


# --- search -------------------------------------------------------------------------------------------------


def test_it_finds_laws_by_title(library):
    assert [law.short_title for law in law_list(q="行政处罚")] == [
        "市场监督管理行政处罚信息公示规定",
        "行政处罚法",
    ]
    assert {law.short_title for law in law_list(q="中华人民共和国行政")} >= {
        "行政处罚法",
        "行政许可法",
        "行政强制法",
    }
    assert len(law_list()) == 24


def test_it_finds_articles_by_their_words(library):
    hits = article_search("听证 较大数额罚款")
    assert ("行政处罚法", 63) in [(a.version.law.short_title, a.number) for a in hits]
    assert all("听证" in a.text and "较大数额罚款" in a.text for a in hits)


def test_it_jumps_to_an_article_by_number_within_a_law(library):
    law = law_list(q="行政处罚法")[0]
    for q in ("第六十三条", "六十三", "63", "第63条"):
        assert [(a.version.law_id, a.number) for a in article_search(q, law=law)] == [(law.pk, 63)]


def test_it_finds_the_article_a_citation_names(library):
    (hit,) = article_search("《食品安全法》第122条")
    assert hit.label == "第一百二十二条" and hit.version.law.short_title == "食品安全法"


def test_it_limits_the_hits(library):
    assert len(article_search("行政", limit=5)) == 5
    assert article_search("   ") == []


def test_searching_takes_a_fixed_number_of_queries(library):
    with CaptureQueriesContext(connection) as ctx:
        hits = article_search("罚款", limit=50)
        labels = [(a.version.law.title, a.label) for a in hits]
    assert len(labels) == 50 and len(ctx.captured_queries) == 1
