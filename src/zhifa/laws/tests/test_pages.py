"""The law library pages as staff use them (mounted at /workbench/laws/)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from zhifa.laws.models import Law, LawVersion
from zhifa.laws.tests.factories import import_statute, statute

pytestmark = pytest.mark.django_db
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _as(client, user):
    client.force_login(user, backend=MODEL_BACKEND)
    return client


def _html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def _law(short_title: str) -> Law:
    return Law.objects.get(short_title=short_title)


def test_it_asks_for_a_login(client):
    response = client.get(reverse("laws:index"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_it_lists_the_library_by_kind(client, officer_a, library):
    html = _html(_as(client, officer_a).get(reverse("laws:index")))
    assert "法律法规库" in html and "中华人民共和国行政处罚法" in html
    assert html.index("行政法规") > html.index("法律")
    assert "导入法律法规文本" not in html  # an officer reads, a supervisor imports


def test_it_searches_titles_and_article_text_with_highlighted_snippets(client, officer_a, library):
    html = _html(_as(client, officer_a).get(reverse("laws:index"), {"q": "五万元以上十万元以下罚款"}))
    url = reverse("laws:article", args=[_law("食品安全法").pk, 122])
    assert url in html and "《食品安全法》第一百二十二条" in html
    assert "<mark>五万元以上十万元以下罚款</mark>" in html


def test_it_jumps_to_a_cited_article_from_the_search_box(client, officer_a, library):
    html = _html(_as(client, officer_a).get(reverse("laws:index"), {"q": "《行政处罚法》第六十三条"}))
    assert reverse("laws:article", args=[_law("行政处罚法").pk, 63]) in html


def test_it_shows_a_law_with_its_contents_and_every_article(client, officer_a, library):
    law = _law("行政处罚法")
    html = _html(_as(client, officer_a).get(reverse("laws:law", args=[law.pk])))
    assert all(f'id="a{n}"' in html for n in range(1, 87))
    assert "第五章 行政处罚的决定" in html and "第四节 听证程序" in html and 'href="#a63"' in html
    assert "自2021年7月15日起施行" in html and "现行有效" in html
    # 本法第五十七条 inside article 59 links to article 57
    assert reverse("laws:article", args=[law.pk, 57]) in html


def test_the_law_page_searches_within_the_law(client, officer_a, library):
    law = _law("行政处罚法")
    html = _html(_as(client, officer_a).get(reverse("laws:law", args=[law.pk]), {"q": "听证"}))
    assert 'data-testid="article-hits"' in html and "<mark>听证</mark>" in html


def test_the_law_page_takes_a_bounded_number_of_queries(client, officer_a, library):
    """Citations are resolved in one batch per page: at most three queries more for a text that cites."""
    _as(client, officer_a)
    client.get(reverse("laws:law", args=[_law("全国年节及纪念日放假办法").pk]))
    counts = {}
    for law in Law.objects.all():
        with CaptureQueriesContext(connection) as ctx:
            client.get(reverse("laws:law", args=[law.pk]))
        counts[law.short_title] = len(ctx.captured_queries)
    assert max(counts.values()) - min(counts.values()) <= 3, counts
    assert counts["民事诉讼法"] == counts["行政处罚法"], counts


def test_it_shows_one_article_with_its_items_and_neighbours(client, officer_a, library):
    law = _law("行政处罚法")
    html = _html(_as(client, officer_a).get(reverse("laws:article", args=[law.pk, 63])))
    assert "中华人民共和国行政处罚法 第六十三条" in html and "（一）较大数额罚款；" in html
    assert 'id="p1"' in html and 'id="p1-i6"' in html and 'id="p2"' in html
    assert "《行政处罚法》第六十三条" in html
    assert (
        reverse("laws:article", args=[law.pk, 62]) in html
        and reverse("laws:article", args=[law.pk, 64]) in html
    )
    assert f"{reverse('laws:law', args=[law.pk])}#a63" in html


def test_an_article_not_in_the_law_is_not_found(client, officer_a, library):
    _as(client, officer_a)
    assert client.get(reverse("laws:article", args=[_law("行政处罚法").pk, 87])).status_code == 404
    assert client.get(reverse("laws:law", args=[999999])).status_code == 404
    assert (
        client.get(reverse("laws:law", args=[_law("行政处罚法").pk]), {"version": "999999"}).status_code
        == 404
    )


def test_it_switches_between_versions(client, officer_a, today):
    import_statute(statute("中华人民共和国测试法", "第一条 旧文本。"), "测试法(2009-08-27).md")
    import_statute(statute("中华人民共和国测试法", "第一条 新文本。"), "测试法(2021-01-22).md")
    law = Law.objects.get()
    old = LawVersion.objects.get(is_current=False)
    _as(client, officer_a)
    current = _html(client.get(reverse("laws:article", args=[law.pk, 1])))
    assert "新文本。" in current and f"?version={old.pk}" in current and "2009-08-27" in current
    history = _html(client.get(reverse("laws:article", args=[law.pk, 1]), {"version": old.pk}))
    assert "旧文本。" in history and "历史版本" in history


# --- import -------------------------------------------------------------------------------------------------


def _upload(text: str, name: str = "测试法(2021-01-22).md") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/markdown")


def test_a_supervisor_imports_a_file(client, supervisor, today):
    _as(client, supervisor)
    text = statute("中华人民共和国测试法", "第一条 甲。", "第二条 乙。")
    html = _html(client.post(reverse("laws:import"), {"file": _upload(text)}))
    assert "已导入《测试法》2021-01-22 版本（测试法(2021-01-22).md），共 2 条" in html
    again = _html(client.post(reverse("laws:import"), {"file": _upload(text)}))
    assert "内容已在法律法规库中" in again and LawVersion.objects.count() == 1


def test_the_import_page_shows_the_parse_error_and_saves_nothing(client, supervisor, today):
    _as(client, supervisor)
    broken = "# 中华人民共和国测试法\n\n第一条 甲。\n\n第一条 乙。\n"
    html = _html(client.post(reverse("laws:import"), {"file": _upload(broken)}))
    assert "LAW-002" in html and "第5行" in html and "未导入任何内容" in html
    assert not Law.objects.exists()


def test_the_import_page_wants_a_markdown_file(client, supervisor):
    _as(client, supervisor)
    html = _html(client.post(reverse("laws:import"), {"file": _upload("x", name="测试法.docx")}))
    assert "请上传 .md 格式" in html


def test_an_officer_may_not_import(client, officer_a):
    _as(client, officer_a)
    assert client.get(reverse("laws:import")).status_code == 403
