"""The coercion procedures through /api/v1/: lists scoped to the actor, details with history, deadlines and next
steps, the step actions, the recording upload, and refusals with their rule code and citation."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from zhifa.accounts.tests.factories import UserFactory
from zhifa.cases.tests.factories import ORG_PARTY_USCC

from .factories import MP4, at, in_force, reminded

pytestmark = pytest.mark.django_db


def post(client, user, path, body):
    client.force_login(user)
    return client.post(f"/api/v1{path}", body, content_type="application/json")


def test_it_takes_a_measure_from_proposal_to_release_through_the_api(client, team):
    r = post(client, team.officer_user, "/coercion/measures/propose", {
        "on": "2026-11-10", "matter_id": team.matter.pk, "kind": "seal", "grounds": "涉嫌无证生产食品",
        "basis": "《食品安全法》第一百一十条", "party": {"kind": "organisation", "name": "示范贸易有限公司",
                                                  "identifier": ORG_PARTY_USCC},
    })  # fmt: skip
    assert r.status_code == 201, r.content
    m = r.json()
    assert m["state"] == "proposed" and m["actions"] == []  # approval needs the head
    client.force_login(team.officer_user)
    r = client.post("/api/v1/coercion/recordings", {"file": SimpleUploadedFile("a.mp4", MP4)})
    assert r.status_code == 201, r.content
    sha = r.json()["sha256"]
    r = post(client, team.head, f"/coercion/measures/{m['id']}/approve", {"on": "2026-11-10"})
    assert r.json()["state"] == "approved"
    site = {"officer_ids": team.officer_ids, "implemented_at": at(date(2026, 11, 11)).isoformat(),
            "party_present": True, "party_notified": True, "rights_told": True, "party_signed": True,
            "inventory": [{"name": "生产设备", "quantity": 2, "unit": "台"}], "inventory_copies": 2,
            "inventory_delivered": True}  # fmt: skip
    r = post(client, team.officer_user, f"/coercion/measures/{m['id']}/implement", site)
    assert r.status_code == 409 and r.json()["code"] == "COE-006"
    assert "国办发〔2018〕118号" in r.json()["citation"]
    r = post(client, team.officer_user, f"/coercion/measures/{m['id']}/implement", {**site, "av_sha256": sha})
    body = r.json()
    assert r.status_code == 200, body
    assert body["state"] == "in_force" and body["ends_on"] == "2026-12-11" and body["av_sha256"] == sha
    assert body["deadlines"][0]["kind"] == "period" and "第二十五条" in body["deadlines"][0]["basis"]
    assert [s["action"] for s in body["steps"]] == ["propose", "approve", "implement"]
    r = post(
        client, team.head, f"/coercion/measures/{m['id']}/release", {"on": "2026-11-20", "ground": "handled"}
    )
    assert r.json()["state"] == "released"


def test_lists_are_scoped_to_the_actors_body(client, team, body_b):
    m = in_force(team)
    client.force_login(team.officer_user)
    assert [x["id"] for x in client.get("/api/v1/coercion/measures").json()["items"]] == [m.pk]
    client.force_login(UserFactory(officer=True, organisation=body_b))
    assert client.get("/api/v1/coercion/measures").json()["items"] == []
    assert client.get(f"/api/v1/coercion/measures/{m.pk}").status_code == 404


def test_it_filters_measures_by_state(client, team):
    in_force(team)
    client.force_login(team.head)
    assert client.get("/api/v1/coercion/measures?state=released").json()["count"] == 0
    assert client.get("/api/v1/coercion/measures?state=in_force").json()["count"] == 1


def test_an_execution_goes_to_the_court_through_the_api(client, team):
    e = reminded(team)
    client.force_login(team.head)
    detail = client.get(f"/api/v1/coercion/executions/{e.pk}").json()
    assert {a["action"] for a in detail["actions"]} >= {"apply_court", "decide", "suspend"}
    court = next(d for d in detail["deadlines"] if d["kind"] == "court")
    assert court["due_on"] == "2026-12-02" and "最早 2026-11-18" in court["basis"]
    r = post(
        client,
        team.head,
        f"/coercion/executions/{e.pk}/apply-court",
        {"on": "2026-11-17", "court_name": "测试区人民法院"},
    )
    assert r.status_code == 409 and r.json()["code"] == "COE-018"
    r = post(
        client,
        team.head,
        f"/coercion/executions/{e.pk}/apply-court",
        {"on": "2026-11-18", "court_name": "测试区人民法院"},
    )
    assert r.status_code == 200 and r.json()["state"] == "court_applied"
    assert client.get("/api/v1/coercion/executions").json()["items"][0]["state_label"] == "已申请法院强制执行"


def test_it_opens_an_execution_with_a_written_reminder(client, team):
    r = post(client, team.officer_user, "/coercion/executions/remind", {
        "on": "2026-11-02", "party": {"kind": "organisation", "name": "示范贸易有限公司", "identifier": ORG_PARTY_USCC},
        "decision_number": "罚〔2026〕8号", "decision_text": "罚款8000元", "decision_served_on": "2026-03-02",
        "obligation": "缴纳罚款", "obligation_due_on": "2026-04-01", "principal": "8000", "reminder_deadline": "2026-11-13",
        "reminder_manner": "银行缴纳", "reminder_amount": "8000", "rights_stated": True, "served_on": "2026-11-03",
    })  # fmt: skip
    assert r.status_code == 201, r.content
    assert r.json()["number"] == "区市场监管局催〔2026〕1号"
