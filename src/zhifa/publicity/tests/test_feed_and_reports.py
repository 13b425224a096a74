"""The feed for other platforms (incremental, idempotent) and 纠错 (error reports) — through the API and pages."""

from __future__ import annotations

import json
from datetime import date

import pytest

from zhifa.accounts.actors import Actor
from zhifa.cases.tests.factories import make_team, step
from zhifa.publicity import services

from .support import decided_case, publication_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


def _published(team, **kw):
    case = decided_case(make_team(team.body), decide_on=date(2026, 11, 20), **kw)
    return case, services.publication_review(publication=publication_of(case), publish=True,
                                             by=Actor.from_user(team.reviewer))  # fmt: skip


def _read(client, after: int) -> dict:
    response = client.get("/api/v1/publicity/feed", {"after": after})
    assert response.status_code == 200
    return response.json()


def test_the_feed_read_twice_from_a_point_is_the_same_and_from_its_end_only_what_changed(
    team, client, supervisor
):
    _case1, first = _published(team)
    case2, second = _published(team)
    client.force_login(supervisor)
    whole = _read(client, 0)
    assert [(e["op"], e["publication_id"]) for e in whole["entries"]] == [("published", first.pk),
                                                                        ("published", second.pk)]  # fmt: skip
    assert _read(client, 0) == whole  # idempotent
    cursor = whole["next"]
    assert _read(client, cursor)["entries"] == [] and _read(client, cursor)["next"] == cursor

    step(team.head, case2, "annul_decision", on=date(2026, 11, 22), ground="void", authority="测试区人民法院",
         document="（2026）测行初12号", reason="判决确认无效")  # fmt: skip
    changes = _read(client, cursor)
    assert [(e["op"], e["publication_id"]) for e in changes["entries"]] == [("withdrawn", second.pk)]
    assert "判决确认无效" in changes["entries"][0]["payload"]["reason"]
    assert _read(client, 0)["entries"][:2] == whole["entries"]  # what was read before is unchanged


def test_the_feed_file_holds_the_same_entries_as_json_lines(team, client, supervisor):
    _published(team)
    client.force_login(supervisor)
    response = client.get("/api/v1/publicity/feed/file", {"after": 0})
    assert response["Content-Type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.content.decode().splitlines()]
    assert lines == _read(client, 0)["entries"]
    assert response.content == client.get("/api/v1/publicity/feed/file", {"after": 0}).content


def test_the_feed_needs_the_publicity_permission(client, public):
    assert client.get("/api/v1/publicity/feed").status_code in (401, 403)


def test_anyone_reports_an_error_and_reads_the_bodys_answer(team, client, refused):
    _case, pub = _published(team)
    page = client.post(f"/gongshi/{pub.pk}/jiucuo/", {"content": "短"})
    assert page.status_code == 422 and "至少5个字" in page.content.decode()
    response = client.post(
        f"/gongshi/{pub.pk}/jiucuo/", {"content": "当事人名称有误，应为吴某某。", "contact": "13800001111"}
    )
    report = pub.error_reports.get()
    assert response.url == f"/gongshi/jiucuo/{report.code}/"
    assert report.due_on == date(2026, 12, 4)  # 10 working days (parameter)
    assert (
        "13800001111" not in client.get(response.url).content.decode()
    )  # contact details stay with the body

    head = Actor.from_user(team.head)
    with refused("PUB-006", report):
        services.error_report_answer(report=report, reply="已核实并更正。", corrected=True, by=head)
    services.error_report_answer(
        report=report, reply="经核实，公示的当事人姓名与决定书一致，无误。", corrected=False, by=head
    )
    page = client.get(f"/gongshi/jiucuo/{report.code}/").content.decode()
    assert "与决定书一致" in page and "已答复" in page


def test_the_body_sees_open_reports_past_their_time_limit(team, client):
    _case, pub = _published(team)
    client.post(f"/gongshi/{pub.pk}/jiucuo/", {"content": "决定日期有误，应为11月19日。"})
    client.force_login(team.head)
    page = client.get("/workbench/publicity/reports/")
    assert "决定日期有误" in page.content.decode()
    report = pub.error_reports.get()
    client.post(
        f"/workbench/publicity/reports/{report.pk}/answer/", {"reply": "经核实无误，决定日期为11月20日。"}
    )
    report.refresh_from_db()
    assert report.state == "answered" and report.answered_by.startswith("赵局长")
