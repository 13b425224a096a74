"""``{% load laws %}``: citations become links to the article pages; everything else is escaped."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.urls import reverse

from zhifa.laws.selectors import resolve_citation

pytestmark = pytest.mark.django_db


def _render(source: str, **context) -> str:
    return Template("{% load laws %}" + source).render(Context(context))


def test_it_links_each_resolved_citation_to_its_article(library):
    html = _render("{{ text|cite_links }}", text="依据《食品安全法》第一百二十二条第一款处罚。")
    law = resolve_citation("《食品安全法》第1条").law
    url = reverse("laws:article", args=[law.pk, 122])
    assert f'<a href="{url}#p1" class="law-citation"' in html
    assert ">《食品安全法》第一百二十二条第一款</a>处罚。" in html and html.startswith("依据")


def test_it_links_an_item_to_its_anchor(library):
    html = _render("{{ text|cite_links }}", text="《行政处罚法》第五十八条第一款第（三）项")
    assert "/a/58/#p1-i3" in html


def test_it_escapes_the_text_and_leaves_unknown_citations_unlinked(library):
    html = _render(
        "{{ text|cite_links }}", text="<script>x</script>《某某法》第一条 & 《行政处罚法》第八十七条"
    )
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert "<a " not in html and "《某某法》第一条" in html


def test_it_links_references_to_the_same_law_given_its_version(library):
    version = resolve_citation("《行政处罚法》第一条").version
    html = _render("{{ text|cite_links:version }}", text="依照本法第五十七条的规定", version=version)
    assert reverse("laws:article", args=[version.law_id, 57]) in html


def test_it_points_a_historical_version_at_that_version(today):
    from zhifa.laws.tests.factories import import_statute, statute

    import_statute(statute("中华人民共和国测试法", "第一条 旧。"), "测试法(2009-08-27).md")
    import_statute(statute("中华人民共和国测试法", "第一条 新。"), "测试法(2021-01-22).md")
    resolved = resolve_citation("《测试法》第一条", on=today.replace(year=2010))
    from zhifa.laws.links import citation_url

    assert citation_url(resolved).endswith(f"?version={resolved.version.pk}")


def test_it_marks_the_words_searched():
    html = _render("{{ text|highlight:q }}", text="<b>听证</b>程序：听证", q="听证 程序")
    assert html == "&lt;b&gt;<mark>听证</mark>&lt;/b&gt;<mark>程序</mark>：<mark>听证</mark>"
    assert _render("{{ text|highlight:q }}", text="<i>", q="") == "&lt;i&gt;"
