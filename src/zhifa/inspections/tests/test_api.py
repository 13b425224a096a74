"""行政检查 through ``/api/v1/``: another system (or the officer's phone) drives an inspection step by step, every
refusal comes back with its rule code, message and citation, and an enterprise's inspections can be traced."""

from __future__ import annotations

import json

import pytest

from zhifa.cases.tests.factories import ORG_PARTY_USCC
from zhifa.inspections.models import Inspection

from .factories import CHECKLIST, MP4, answers, inspection_item, inspection_team, reach, take


@pytest.fixture
def team(today, body_a):
    return inspection_team(body_a)


def post(client, user, path, body):
    client.force_login(user)
    return client.post(f"/api/v1{path}", body, content_type="application/json")


def test_it_registers_and_walks_an_inspection_through_the_api(client, team):
    r = post(client, team.officer_user, "/inspections", {
        "on": "2026-11-02", "matter_id": team.inspection_matter.pk, "place": "测试区示范路1号", "trigger": "routine",
        "planned_on": "2026-11-05", "officer_ids": team.officer_ids,
        "target": {"kind": "organisation", "name": "示范贸易有限公司", "identifier": ORG_PARTY_USCC},
    })  # fmt: skip
    assert r.status_code == 201, r.content
    body = r.json()
    assert (body["state"], body["state_label"]) == ("pending", "待审批")
    assert body["actions"] == []  # 批准 needs a head
    assert body["checklist"] == CHECKLIST and body["year_counts"] == {
        "year": 2026,
        "body": 1,
        "all": 1,
        "cap": 2,
    }
    r = post(
        client,
        team.head,
        f"/inspections/{body['id']}/approve",
        {"on": "2026-11-03", "approval_number": "检审1号"},
    )
    assert r.status_code == 200, r.content
    assert {a["action"] for a in r.json()["actions"]} == {"notify", "cancel"}
    r = post(
        client, team.officer_user, f"/inspections/{body['id']}/notify", {"on": "2026-11-04", "method": "scan"}
    )
    r = post(client, team.officer_user, f"/inspections/{body['id']}/check-in", {
        "on": "2026-11-05", "scanned_at": "2026-11-05T09:30:00", "location": "示范路1号", "officer_ids": team.officer_ids,
    })  # fmt: skip
    assert r.status_code == 200, r.content
    assert r.json()["scanned_at"] == "2026-11-05T09:30:00+08:00"  # a time without a zone is Beijing time
    facts = {"on": "2026-11-05", "checklist": answers(), "checked": "经营场所", "found": "未发现问题",
             "signature": "signed", "officer_ids": team.officer_ids}  # fmt: skip
    r = client.post(f"/api/v1/inspections/{body['id']}/record", {"facts": json.dumps(facts)})
    assert r.status_code == 200, r.content
    r = post(client, team.officer_user, f"/inspections/{body['id']}/conclude", {"on": "2026-11-06"})
    assert r.status_code == 200, r.content
    out = r.json()
    assert (out["state"], out["result_label"]) == ("closed", "未发现问题")
    assert [d["due_on"] for d in out["deadlines"]] == ["2026-12-04"]
    assert [s["action"] for s in out["steps"]] == [
        "register",
        "approve",
        "notify",
        "check_in",
        "record",
        "conclude",
    ]


def test_it_refuses_a_step_with_its_rule_and_citation(client, team):
    inspection = reach(team, "on_site")
    facts = {"on": "2026-11-05", "checklist": answers(items=CHECKLIST[:1]), "checked": "经营场所", "found": "未见异常",
             "signature": "signed", "officer_ids": team.officer_ids}  # fmt: skip
    client.force_login(team.officer_user)
    r = client.post(f"/api/v1/inspections/{inspection.pk}/record", {"facts": json.dumps(facts)})
    assert r.status_code == 409, r.json()
    assert r.json()["code"] == "INS-007", r.json()["message"] and "54号" in r.json()["citation"]
    assert Inspection.objects.get(pk=inspection.pk).state == "on_site"


def test_it_takes_the_recording_with_the_record(client, team, body_a):
    team.inspection_matter = inspection_item(body_a, av_steps=["on_site_inspection"], name="需录像的检查")
    inspection = reach(team, "on_site")
    facts = {"on": "2026-11-05", "checklist": answers(), "checked": "经营场所", "found": "未发现问题",
             "signature": "refused", "witness": "王见证", "officer_ids": team.officer_ids}  # fmt: skip
    client.force_login(team.officer_user)
    url = f"/api/v1/inspections/{inspection.pk}/record"
    assert client.post(url, {"facts": json.dumps(facts)}).json()["code"] == "INS-008"
    from django.core.files.uploadedfile import SimpleUploadedFile

    video = SimpleUploadedFile("现场.mp4", MP4, content_type="video/mp4")
    r = client.post(url, {"facts": json.dumps(facts), "recording": video})
    assert r.status_code == 200, r.content
    assert len(r.json()["av_sha256"]) == 64


def test_it_answers_bad_record_input_in_chinese(client, team):
    inspection = reach(team, "on_site")
    client.force_login(team.officer_user)
    r = client.post(
        f"/api/v1/inspections/{inspection.pk}/record", {"facts": '{"checklist": [{"item": "x"}]}'}
    )
    assert r.status_code == 422
    assert "facts.checklist.0.answer：必填" in r.json()["message"]
    assert (
        client.post(f"/api/v1/inspections/{inspection.pk}/record", {"facts": "不是JSON"}).status_code == 422
    )


def test_it_lists_only_the_actor_s_inspections(client, team, head_b, supervisor):
    reach(team, "pending")
    client.force_login(team.officer_user)
    assert client.get("/api/v1/inspections").json()["count"] == 1
    assert client.get("/api/v1/inspections?state=closed").json()["count"] == 0
    client.force_login(head_b)
    assert client.get("/api/v1/inspections").json()["count"] == 0
    inspection = Inspection.objects.get()
    assert client.get(f"/api/v1/inspections/{inspection.pk}").status_code == 404
    client.force_login(supervisor)
    assert client.get("/api/v1/inspections").json()["count"] == 1


def test_it_traces_the_inspections_of_one_enterprise(client, team, head_b):
    first = reach(team, "closed")
    second = take(team, None, "register")
    client.force_login(team.officer_user)
    r = client.get(f"/api/v1/inspections/enterprises/{ORG_PARTY_USCC.lower()}")
    assert r.status_code == 200
    assert [i["number"] for i in r.json()] == [second.number, first.number]
    assert {i["party_identifier"][-4:] for i in r.json()} == {ORG_PARTY_USCC[-4:]}
    client.force_login(head_b)
    assert client.get(f"/api/v1/inspections/enterprises/{ORG_PARTY_USCC}").json() == []
