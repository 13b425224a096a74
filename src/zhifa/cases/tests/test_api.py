"""The penalty procedure through ``/api/v1/``: other systems can drive a case step by step, and every refusal
comes back with the rule code, a Chinese message and the citation."""

from datetime import date

import pytest

from zhifa.cases.models import Case
from zhifa.cases.tests.factories import ORG_PARTY_USCC, make_team


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


def post(client, user, path, body):
    client.force_login(user)
    return client.post(f"/api/v1{path}", body, content_type="application/json")


def test_it_registers_a_clue_and_takes_steps_through_the_api(client, team):
    r = post(client, team.officer_user, "/cases/register-clue", {
        "on": "2026-09-10", "matter_id": team.matter.pk, "title": "未按规定公示信息案", "origin": "inspection",
        "clue": "日常检查发现", "party": {"kind": "organisation", "name": "示范贸易有限公司", "identifier": ORG_PARTY_USCC},
    })  # fmt: skip
    assert r.status_code == 201, r.content
    case = r.json()
    assert case["state"] == "clue" and case["state_label"] == "案源登记"
    assert {a["action"] for a in case["actions"]} == {"verify"}  # 不予立案 needs the head's permission
    r = post(client, team.officer_user, f"/cases/{case['id']}/verify", {
        "on": "2026-09-11", "officer_ids": [p.pk for p in team.officers[:2]], "finding": "属实", "act_date": "2026-09-01",
    })  # fmt: skip
    assert r.status_code == 200, r.content
    assert r.json()["state"] == "verified"
    r = post(client, team.head, f"/cases/{case['id']}/file", {
        "on": "2026-09-14", "lead_officer_id": team.officers[0].pk, "assistant_officer_ids": [team.officers[1].pk],
    })  # fmt: skip
    body = r.json()
    assert r.status_code == 200, r.content
    assert body["state"] == "investigating"
    assert body["due_on"] == "2026-12-14"  # 90 days from 2026-09-14 is Sunday 13 December → Monday
    assert [d["kind"] for d in body["documents"]] == ["clue_register", "filing_approval"]
    assert body["documents"][1]["number"] == "区市场监管局立〔2026〕1号"


def test_it_refuses_a_step_with_its_rule_and_citation(client, team):
    r = post(client, team.officer_user, "/cases/register-clue", {
        "on": "2026-09-10", "matter_id": team.matter.pk, "title": "某公司案", "origin": "inspection", "clue": "线索",
    })  # fmt: skip
    case_id = r.json()["id"]
    r = post(client, team.officer_user, f"/cases/{case_id}/verify", {
        "on": "2026-09-11", "officer_ids": [team.officers[0].pk], "finding": "属实", "act_date": "2026-09-01",
    })  # fmt: skip
    assert r.status_code == 409
    body = r.json()
    assert body["code"] == "PEN-001"
    assert "第四十二条" in body["citation"] and "现有1名" in body["message"]
    assert Case.objects.get(pk=case_id).state == "clue"


def test_it_refuses_a_step_out_of_order(client, team):
    r = post(client, team.officer_user, "/cases/register-clue", {
        "on": "2026-09-10", "matter_id": team.matter.pk, "title": "某公司案", "origin": "inspection", "clue": "线索",
    })  # fmt: skip
    r = post(
        client,
        team.head,
        f"/cases/{r.json()['id']}/decide",
        {"outcome": "penalty", "kinds": ["fine"], "fine_amount": "100"},
    )
    assert r.status_code == 409
    assert r.json()["code"] == "PEN-000"
    assert "案源登记" in r.json()["message"]


def test_it_answers_422_in_chinese_for_bad_input(client, team):
    r = post(client, team.officer_user, "/cases/register-clue", {
        "on": "2026-02-30", "matter_id": team.matter.pk, "title": "某公司案", "origin": "inspection", "clue": "线索",
    })  # fmt: skip
    assert r.status_code == 422
    assert "不是有效日期" in r.json()["message"]
    assert not Case.objects.exists()


def test_it_refuses_a_party_with_a_wrong_check_digit(client, team):
    wrong = ORG_PARTY_USCC[:-1] + ("0" if ORG_PARTY_USCC[-1] != "0" else "1")
    r = post(client, team.officer_user, "/cases/register-clue", {
        "on": "2026-09-10", "matter_id": team.matter.pk, "title": "某公司案", "origin": "inspection", "clue": "线索",
        "party": {"kind": "organisation", "name": "某公司", "identifier": wrong},
    })  # fmt: skip
    assert r.status_code == 409
    assert r.json()["code"] == "PEN-017" and "统一社会信用代码无效" in r.json()["message"]
    assert not Case.objects.exists()


def test_it_lists_the_procedures_with_every_guard_and_citation(client, db):
    r = client.get("/api/v1/procedures")
    assert r.status_code == 200
    general = next(p for p in r.json() if p["code"] == "penalty_general")
    decide = next(s for s in general["steps"] if s["action"] == "decide")
    codes = {g["code"] for g in decide["guards"]}
    assert {"PEN-005", "PEN-006", "PEN-011", "PEN-014", "PEN-015", "PEN-016"} <= codes
    assert all(g["citation"] for s in general["steps"] for g in s["guards"])


def test_it_shows_the_party_the_case_with_number_and_check_code(client, team):
    client.force_login(team.officer_user)
    r = post(client, team.officer_user, "/cases/register-clue", {
        "on": "2026-09-10", "matter_id": team.matter.pk, "title": "某公司案", "origin": "inspection", "clue": "线索",
    })  # fmt: skip
    case = Case.objects.get(pk=r.json()["id"])
    client.logout()
    ok = client.get(f"/api/v1/cases/public/{case.number}", {"check_code": case.check_code})
    assert ok.status_code == 200 and ok.json()["state_label"] == "案源登记"
    wrong = client.get(
        f"/api/v1/cases/public/{case.number}",
        {"check_code": "000000" if case.check_code != "000000" else "111111"},
    )
    assert wrong.status_code == 404


def test_it_scopes_cases_to_the_body(client, team, head_b):
    r = post(client, team.officer_user, "/cases/register-clue", {
        "on": "2026-09-10", "matter_id": team.matter.pk, "title": "某公司案", "origin": "inspection", "clue": "线索",
    })  # fmt: skip
    client.force_login(head_b)
    assert client.get(f"/api/v1/cases/{r.json()['id']}").status_code == 404
    assert client.get("/api/v1/cases").json()["count"] == 0


def test_the_case_list_does_not_grow_queries_with_cases(client, team, django_assert_max_num_queries):
    for i in range(5):
        post(client, team.officer_user, "/cases/register-clue", {
            "on": date(2026, 9, 10 + i).isoformat(), "matter_id": team.matter.pk, "title": f"案{i}",
            "origin": "inspection", "clue": "线索",
        })  # fmt: skip
    client.force_login(team.officer_user)
    with django_assert_max_num_queries(12):
        r = client.get("/api/v1/cases")
    assert r.json()["count"] == 5


def test_it_shows_the_decision_clock_stopped_while_the_case_is_suspended(client, team):
    from zhifa.cases.tests.factories import filed, step

    case = filed(team)
    step(team.head, case, "suspend", on=date(2026, 9, 20), reason="当事人下落不明")
    client.force_login(team.officer_user)

    deadlines = {d["kind"]: d for d in client.get(f"/api/v1/cases/{case.pk}").json()["deadlines"]}

    assert deadlines["decision"]["status_label"].startswith("暂停计算")
    assert deadlines["decision"]["overdue"] is False
    page = client.get(f"/workbench/cases/{case.pk}/").content.decode()
    assert "暂停计算（中止或移送公安机关期间不计入" in page
