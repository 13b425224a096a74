"""The acts API: scoped list with filters, detail with versions and history, create / correct / revoke /
publish, and the yearly summary — refusals as 409 with the rule's code and citation, nothing saved."""

from __future__ import annotations

import json
from datetime import date

import pytest

from zhifa.accounts.tests.factories import UserFactory
from zhifa.acts.models import ActRecord
from zhifa.organisations.tests.factories import OrganisationFactory

from .factories import act_input, make_act_team, record

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(today, body_a):
    return make_act_team(body_a)


def _body(team, kind="levy", **kw) -> str:
    return act_input(team, kind, **kw).model_dump_json()


def _post(client, url, body):
    return client.post(url, body, content_type="application/json")


def test_it_creates_lists_and_shows_a_record_with_a_masked_identifier(client, team):
    client.force_login(team.officer_user)
    r = _post(client, "/api/v1/acts", _body(team))
    assert r.status_code == 201, r.content
    act = r.json()
    assert (
        act["state_label"] == "有效"
        and act["amount"] == "12000.00"
        and act["allowed"] == ["correct", "publish"]
    )
    assert act["party_identifier"].count("*") == 8 and act["steps"][0]["label"] == "登记"
    assert act["deadlines"][0]["label"] == "执法决定公开期限"

    listed = client.get("/api/v1/acts", {"kind": "levy", "date_from": "2026-11-01"}).json()
    assert [i["number"] for i in listed["items"]] == [act["number"]]
    assert client.get("/api/v1/acts", {"kind": "reward"}).json()["items"] == []
    assert client.get(f"/api/v1/acts/{act['id']}").json()["publication"]["party"] == "示范建设工程有限公司"


def test_a_refusal_is_409_with_the_rule_and_nothing_is_saved(client, team):
    client.force_login(team.officer_user)
    r = _post(client, "/api/v1/acts", _body(team, "requisition", officer_ids=[team.officers[0].pk]))
    assert r.status_code == 409
    assert r.json()["code"] == "ACT-008" and "行政强制法" in r.json()["citation"]
    assert not ActRecord.objects.exists()


def test_it_corrects_and_revokes_through_the_api(client, team):
    act = record(team, "levy")
    client.force_login(team.officer_user)
    r = _post(client, f"/api/v1/acts/{act.pk}/correct", _body(team, amount="11000", reason="面积有误"))
    assert r.status_code == 201, r.content
    new = r.json()
    assert new["version"] == 2 and [v["state"] for v in new["versions"]] == ["corrected", "valid"]

    assert (
        _post(client, f"/api/v1/acts/{new['id']}/revoke", json.dumps({"reason": "撤销"})).status_code == 403
    )
    client.force_login(team.head)
    r = _post(client, f"/api/v1/acts/{new['id']}/revoke", json.dumps({"reason": "复议撤销"}))
    assert (
        r.status_code == 200
        and r.json()["state_label"] == "已撤销"
        and r.json()["revoke_reason"] == "复议撤销"
    )


def test_it_hides_records_outside_scope(client, team):
    act = record(team, "reward")
    outsider = UserFactory(officer=True, organisation=OrganisationFactory(name="测试区交通运输局"))
    client.force_login(outsider)
    assert client.get(f"/api/v1/acts/{act.pk}").status_code == 404
    assert client.get("/api/v1/acts").json()["items"] == []
    assert _post(client, f"/api/v1/acts/{act.pk}/publish", "{}").status_code == 404


def test_the_summary_endpoint_gives_counts_per_body_kind_and_month(client, team):
    record(team, "reward", decided_on=date(2026, 2, 3), number="奖1")
    record(team, "reward", decided_on=date(2026, 2, 9), number="奖2")
    client.force_login(team.officer_user)
    rows = client.get("/api/v1/acts/summary", {"year": 2026}).json()
    assert [(r["kind_label"], r["months"][1], r["total"], r["amount"]) for r in rows] == [
        ("行政奖励", 2, 2, "4000.00")
    ]


def test_the_procedure_table_lists_the_acts_with_their_rules():
    from zhifa.cases.api.schemas import ProcedureOut
    from zhifa.cases.api.serialise import procedure_out
    from zhifa.core.procedures import all_procedures

    table = next(p for p in all_procedures() if p.code == "act_record")
    out = ProcedureOut.model_validate(procedure_out(table)).model_dump()  # what GET /api/v1/procedures shows
    assert [s["action"] for s in out["steps"]] == [
        "record",
        "record_correction",
        "correct",
        "revoke",
        "publish",
    ]
    codes = [g["code"] for g in out["steps"][0]["guards"]]
    assert codes == [f"ACT-00{i}" for i in (1, 4, 2, 7, 6, 3, 5, 8)]
