"""The licensing procedures through ``/api/v1/``: registers scoped to the actor, 申请登记, one endpoint per step,
and every refusal returned with its rule code, a Chinese message and the citation."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from zhifa.accounts.tests.factories import UserFactory
from zhifa.licensing.models import Licence

from .factories import APPLICANT_USCC, MISSING, accepted, issued, make_desk


@pytest.fixture
def desk(today, body_a):
    return make_desk(body_a)


def post(client, user, path, body):
    client.force_login(user)
    return client.post(f"/api/v1{path}", body, content_type="application/json")


def get(client, user, path, **params):
    client.force_login(user)
    return client.get(f"/api/v1{path}", params)


def test_it_receives_and_takes_an_application_to_its_licence_through_the_api(client, desk):
    r = post(client, desk.officer, "/licensing/applications", {
        "on": "2026-11-02", "matter_id": desk.matter.pk, "subject": "新设餐饮服务", "materials": ["申请书"],
        "applicant": {"kind": "organisation", "name": "清风餐饮管理有限公司", "identifier": APPLICANT_USCC},
    })  # fmt: skip
    assert r.status_code == 201, r.content
    app = r.json()
    assert (app["state"], app["state_label"]) == ("received", "已收件（待受理）")
    assert app["deadlines"][0]["due_on"] == "2026-11-09" and "第三十二条" in app["deadlines"][0]["basis"]
    assert {a["action"] for a in app["actions"]} == {"request_completion", "accept", "reject", "withdraw"}
    base = f"/licensing/applications/{app['id']}"
    r = post(client, desk.officer, f"{base}/request-completion", {"on": "2026-11-03", "missing": MISSING})
    assert r.status_code == 200 and r.json()["missing_materials"] == MISSING
    r = post(client, desk.officer, f"{base}/supplement", {"on": "2026-11-05", "materials": MISSING})
    r = post(client, desk.officer, f"{base}/accept", {"on": "2026-11-05"})
    assert r.json()["state"] == "accepted" and r.json()["deemed_accepted"] is False
    r = post(client, desk.head, f"{base}/grant", {"on": "2026-11-10", "scope": "热食类食品制售"})
    assert r.json()["decision_number"] == "区市场监管局许准〔2026〕1号"
    r = post(client, desk.officer, f"{base}/issue", {"on": "2026-11-11"})
    licence_id = r.json()["licence_id"]
    r = get(client, desk.officer, f"/licensing/licences/{licence_id}")
    assert r.status_code == 200
    body = r.json()
    assert (body["state"], body["valid_until"], body["holder"]) == ("valid", None, "清风餐饮管理有限公司")
    assert [s["action"] for s in body["steps"]] == ["issue"]


def test_it_returns_a_refusal_with_its_rule_and_citation(client, desk):
    app = accepted(desk)
    r = post(
        client,
        desk.head,
        f"/licensing/applications/{app.pk}/refuse",
        {"on": "2026-11-10", "reasons": "不符合"},
    )
    assert r.status_code == 409
    body = r.json()
    assert body["code"] == "LIC-013" and "第三十八条" in body["citation"] and "行政复议" in body["message"]
    r = post(
        client,
        desk.officer,
        f"/licensing/applications/{app.pk}/extend",
        {"on": "2026-09-04", "reason": "复杂"},
    )
    assert r.status_code == 403 and r.json()["code"] == "AUTH-PERM"
    r = post(
        client, desk.officer, f"/licensing/applications/{app.pk}/pause", {"on": "2026-09-04", "kind": "无"}
    )
    assert r.status_code == 422


def test_it_scopes_the_registers_to_the_actors_body(client, desk, body_b, supervisor):
    app = accepted(desk)
    issued(desk)
    other = UserFactory(officer=True, organisation=body_b)
    assert get(client, other, "/licensing/applications").json()["count"] == 0
    assert get(client, other, f"/licensing/applications/{app.pk}").status_code == 404
    assert get(client, other, "/licensing/licences").json()["count"] == 0
    assert get(client, desk.officer, "/licensing/applications").json()["count"] == 2
    assert get(client, supervisor, "/licensing/licences").json()["count"] == 1
    assert get(client, desk.officer, "/licensing/applications", state="issued").json()["count"] == 1
    assert get(client, desk.officer, "/licensing/applications", q="清风").json()["count"] == 2
    assert (
        get(client, desk.officer, "/licensing/applications", received_from="2026-10-01").json()["count"] == 0
    )


def test_it_lists_applications_in_a_fixed_number_of_queries(client, desk):
    for _ in range(3):
        accepted(desk)
    client.force_login(desk.officer)
    with CaptureQueriesContext(connection) as few:
        client.get("/api/v1/licensing/applications")
    for _ in range(5):
        accepted(desk)
    with CaptureQueriesContext(connection) as many:
        r = client.get("/api/v1/licensing/applications")
    assert r.json()["count"] == 8
    assert len(many) == len(few)


def test_it_renews_and_revokes_a_licence_through_the_api(client, desk):
    licence = issued(desk, valid_until=date(2027, 9, 9))
    base = f"/licensing/licences/{licence.pk}"
    r = post(client, desk.officer, f"{base}/apply-renewal", {"on": "2026-11-20"})
    assert r.status_code == 200 and r.json()["state"] == "renewal_pending"
    assert r.json()["deadlines"][0]["due_on"] == "2027-09-09"
    r = post(
        client, desk.head, f"{base}/revoke", {"on": "2026-11-21", "ground": "fraud", "reason": "虚假材料"}
    )
    assert r.json()["state"] == "revoked"
    assert Licence.objects.get(pk=licence.pk).ended_on == date(2026, 11, 21)


def test_it_lists_both_tables_among_the_procedures(client, desk):
    r = get(client, desk.officer, "/procedures")
    codes = {p["code"] for p in r.json()}
    assert {"licence_application", "licence"} <= codes
