"""The law library through the API (/api/v1/): reading needs a login, importing Perm.LAW_MANAGE."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from zhifa.laws.models import Law, LawVersion
from zhifa.laws.tests.factories import statute

pytestmark = pytest.mark.django_db
API = "/api/v1"


def _session(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _law_id(short_title: str) -> int:
    return Law.objects.get(short_title=short_title).pk


def _upload(text: str, name: str = "测试法(2021-01-22).md") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/markdown")


@pytest.mark.parametrize(
    "path",
    [
        "/laws",
        "/laws/1",
        "/laws/1/articles",
        "/laws/1/articles/1",
        "/articles/search?q=x",
        "/citations/resolve?text=x",
    ],
)
def test_it_answers_401_without_a_login(db, path):
    response = Client().get(API + path)
    assert response.status_code == 401 and response.json()["code"] == "AUTH-401"


def test_it_lists_laws_with_their_current_version(library, officer_a):
    data = _session(officer_a).get(f"{API}/laws", {"q": "行政处罚法"}).json()
    (law,) = [item for item in data if item["short_title"] == "行政处罚法"]
    assert law["title"] == "中华人民共和国行政处罚法" and law["kind_label"] == "法律"
    assert law["current_version"]["effective_from"] == "2021-07-15"
    assert law["current_version"]["article_count"] == 86


def test_it_gives_a_law_with_its_versions(library, officer_a):
    data = _session(officer_a).get(f"{API}/laws/{_law_id('食品安全法')}").json()
    assert [v["version_date"] for v in data["versions"]] == ["2021-04-29"]
    assert "2009年2月28日" in data["preamble"]


def test_it_gives_every_article_of_a_version(library, officer_a):
    law_id = _law_id("行政处罚法")
    data = _session(officer_a).get(f"{API}/laws/{law_id}/articles").json()
    assert [a["number"] for a in data] == list(range(1, 87))
    version_id = LawVersion.objects.get(law_id=law_id).pk
    again = _session(officer_a).get(f"{API}/laws/{law_id}/articles", {"version_id": version_id}).json()
    assert again == data


def test_it_gives_one_article_by_number(library, officer_a):
    client = _session(officer_a)
    data = client.get(f"{API}/laws/{_law_id('行政处罚法')}/articles/63").json()
    assert data["label"] == "第六十三条" and data["paragraphs"][1] == "（一）较大数额罚款；"
    assert data["chapter"] == "第五章 行政处罚的决定" and data["version_date"] == "2021-01-22"
    assert client.get(f"{API}/laws/{_law_id('行政处罚法')}/articles/87").status_code == 404
    assert client.get(f"{API}/laws/999999/articles/1").status_code == 404
    assert (
        client.get(f"{API}/laws/{_law_id('行政处罚法')}/articles/1", {"version_id": 999999}).status_code
        == 404
    )


def test_it_searches_articles(library, officer_a):
    client = _session(officer_a)
    hits = client.get(
        f"{API}/articles/search", {"q": "五万元以上十万元以下罚款", "law_id": _law_id("食品安全法")}
    ).json()
    assert 122 in [h["number"] for h in hits]
    assert all(
        h["law_short_title"] == "食品安全法" and "五万元以上十万元以下罚款" in h["snippet"] for h in hits
    )
    (jump,) = client.get(
        f"{API}/articles/search", {"q": "第六十三条", "law_id": _law_id("行政处罚法")}
    ).json()
    assert jump["label"] == "第六十三条"


def test_it_resolves_a_citation(library, officer_a):
    client = _session(officer_a)
    data = client.get(f"{API}/citations/resolve", {"text": "《行政处罚法》第五十八条第一款第（三）项"}).json()
    assert data["law_title"] == "中华人民共和国行政处罚法" and data["article"]["number"] == 58
    assert (data["paragraph"], data["item"]) == (1, 3)
    assert data["cited_text"] == "（三）案件情况疑难复杂、涉及多个法律关系的；"
    missing = client.get(f"{API}/citations/resolve", {"text": "《行政处罚法》第九十条"})
    assert missing.status_code == 404 and missing.json()["code"] == "LAW-006"


def test_it_imports_an_uploaded_file(today, supervisor):
    text = statute("中华人民共和国测试法", "第一条 甲。", "第二条 乙。")
    response = _session(supervisor).post(f"{API}/laws/import", {"file": _upload(text)})
    assert response.status_code == 201, response.content.decode()
    data = response.json()
    assert (data["imported"], data["articles"], data["laws"]) == (1, 2, 1)
    again = _session(supervisor).post(f"{API}/laws/import", {"file": _upload(text)}).json()
    assert (again["imported"], again["skipped"]) == (0, 1)


def test_a_file_that_does_not_parse_answers_409_and_saves_nothing(today, supervisor, db_snapshot):
    before = db_snapshot()
    broken = "# 中华人民共和国测试法\n\n第二条 甲。\n\n第一条 乙。\n"
    response = _session(supervisor).post(f"{API}/laws/import", {"file": _upload(broken)})
    assert response.status_code == 409
    body = response.json()
    assert (
        body["code"] == "LAW-002"
        and "第5行" in body["message"]
        and "测试法(2021-01-22).md" in body["message"]
    )
    assert db_snapshot() == before


def test_an_officer_may_not_import(today, officer_a):
    text = statute("中华人民共和国测试法", "第一条 甲。")
    response = _session(officer_a).post(f"{API}/laws/import", {"file": _upload(text)})
    assert response.status_code == 403 and not Law.objects.exists()


@pytest.mark.parametrize("path", ["/laws", "/articles/search?q=罚款&limit=100"])
def test_lists_take_a_fixed_number_of_queries(library, officer_a, path):
    client = _session(officer_a)
    client.get(API + path)  # warm the session and the actor
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(API + path)
    assert response.status_code == 200 and len(ctx.captured_queries) <= 6, [
        q["sql"] for q in ctx.captured_queries
    ]
