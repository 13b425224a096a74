"""The benchmark API: drafting, the filing actions (permission 403, scope 404, rule 409), the calculator (200 with
its trace, 422 for bad input, 409 without a filed benchmark), the split helper and the 三张清单."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.discretion.constants import Circumstance as C
from zhifa.discretion.models import Benchmark
from zhifa.discretion.tests.factories import (
    PARTY_USCC,
    PartyViolationFactory,
    draft_benchmark,
    filed_benchmark,
    penalty_matter,
    step,
)
from zhifa.discretion.workflow import BenchmarkState
from zhifa.personnel.tests.factories import make_resident_id

pytestmark = pytest.mark.django_db
JSON = "application/json"


@pytest.fixture
def matter(body_a):
    return penalty_matter(body_a, code="330000000001")


def _post(client, user, url: str, data: dict):
    client.force_login(user)
    return client.post(url, data, content_type=JSON)


def _tier(outcome: str, label: str, conditions=(), fine=None) -> dict:
    row = {"outcome": outcome, "label": label, "conditions": list(conditions), "kinds": ["warning"]}
    if fine:
        row.update(kinds=["fine"], fine_mode="amount", fine_low=fine[0], fine_high=fine[1])
    return row


def _create_payload(matter) -> dict:
    return {
        "matter_id": matter.pk, "valid_from": "2025-01-01", "violation": "未按规定公示信息",
        "penalty_basis": "《中华人民共和国测试法》第三十条", "clause": "处五千元以上五万元以下罚款。",
        "statutory_fine_mode": "amount", "statutory_fine_low": "5000", "statutory_fine_high": "50000",
        "tiers": [
            _tier("lenient", "及时改正", [{"key": "corrected_in_time"}], fine=("5000", "15000")),
            _tier("aggravated", "两年内再犯", [{"key": "repeat_within_years", "value": "2"}], fine=("30000", "50000")),
            _tier("standard", "情节一般", fine=("15000", "30000")),
        ],
    }  # fmt: skip


# --- drafting ---------------------------------------------------------------------------------------------


def test_it_drafts_a_benchmark_for_the_heads_own_body(client, today, matter, head_a, body_a):
    response = _post(client, head_a, "/api/v1/benchmarks", _create_payload(matter))
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["status"], body["organisation_id"], body["issuer_name"]) == ("draft", body_a.pk, body_a.name)
    assert body["matter_name"] == "对未按规定公示信息的行政处罚"
    second = body["tiers"][1]
    assert second["conditions"] == [
        {"key": "repeat_within_years", "value": "2", "label": "2年内再次实施同一违法行为"}
    ]
    assert second["fine_text"] == "30,000–50,000 元" and second["kinds"] == [
        {"value": "fine", "label": "罚款"}
    ]
    assert body["allowed_actions"] == ["submit"]


def test_it_refuses_a_negative_fine_in_a_tier_with_422(client, matter, head_a):
    payload = _create_payload(matter)
    payload["tiers"][0]["fine_low"] = "-1"
    response = _post(client, head_a, "/api/v1/benchmarks", payload)
    assert response.status_code == 422
    assert "罚款下限不能为负数" in str(response.json()["extra"])
    assert not Benchmark.objects.exists()


def test_it_replaces_the_table_of_a_draft(client, today, matter, head_a):
    b = draft_benchmark(head_a, matter)
    payload = _create_payload(matter)
    payload["violation"] = "未按规定公示年度报告"
    client.force_login(head_a)
    response = client.put(f"/api/v1/benchmarks/{b.pk}", payload, content_type=JSON)
    assert response.status_code == 200, response.content
    assert response.json()["violation"] == "未按规定公示年度报告" and len(response.json()["tiers"]) == 3


# --- the filing actions -----------------------------------------------------------------------------------


def test_it_submits_and_files_through_the_action_endpoints(client, today, matter, head_a, supervisor):
    b = draft_benchmark(head_a, matter)
    assert _post(client, head_a, f"/api/v1/benchmarks/{b.pk}/submit", {}).json()["status"] == "submitted"
    queue = client.get("/api/v1/benchmarks/filing-queue")
    assert queue.status_code == 403
    client.force_login(supervisor)
    assert [row["id"] for row in client.get("/api/v1/benchmarks/filing-queue").json()] == [b.pk]
    filed = _post(client, supervisor, f"/api/v1/benchmarks/{b.pk}/file", {"reason": "审查通过"}).json()
    assert filed["status"] == "filed" and filed["filing_number"].startswith("清司备〔2026〕")
    assert [e["action_label"] for e in filed["events"]] == ["起草", "报送备案", "审查通过并备案"]


def test_it_forbids_an_officer_to_file(client, today, matter, head_a, officer_a):
    b = step(head_a, draft_benchmark(head_a, matter), "submit")
    response = _post(client, officer_a, f"/api/v1/benchmarks/{b.pk}/file", {})
    assert response.status_code == 403 and response.json()["code"] == "AUTH-PERM"
    assert Benchmark.objects.get(pk=b.pk).status == BenchmarkState.SUBMITTED


def test_it_hides_another_bodys_benchmark(client, today, matter, head_a, head_b):
    b = draft_benchmark(head_a, matter)
    assert _post(client, head_b, f"/api/v1/benchmarks/{b.pk}/submit", {}).status_code == 404
    assert client.get(f"/api/v1/benchmarks/{b.pk}").status_code == 404
    assert Benchmark.objects.get(pk=b.pk).status == BenchmarkState.DRAFT


def test_it_lets_another_body_read_but_not_act_on_a_filed_benchmark(
    client, today, matter, head_a, head_b, supervisor
):
    b = filed_benchmark(head_a, supervisor, matter)
    client.force_login(head_b)
    assert client.get(f"/api/v1/benchmarks/{b.pk}").status_code == 200
    assert (
        _post(
            client, head_b, f"/api/v1/benchmarks/{b.pk}/new-version", {"valid_from": "2027-01-01"}
        ).status_code
        == 404
    )


def test_it_refuses_a_return_without_a_reason_with_409(client, today, matter, head_a, supervisor):
    b = step(head_a, draft_benchmark(head_a, matter), "submit")
    response = _post(client, supervisor, f"/api/v1/benchmarks/{b.pk}/return", {"reason": ""})
    assert response.status_code == 409 and response.json()["code"] == "DISC-003"
    missing = _post(client, supervisor, f"/api/v1/benchmarks/{b.pk}/return", {})
    assert missing.status_code == 422
    returned = _post(client, supervisor, f"/api/v1/benchmarks/{b.pk}/return", {"reason": "从重情节不明确"})
    assert returned.json()["status"] == "returned"


def test_it_lists_with_filters_including_the_matter_code(client, today, matter, body_a, head_a, supervisor):
    filed_benchmark(head_a, supervisor, matter)
    other = penalty_matter(body_a, code="330000000002")
    draft_benchmark(head_a, other)
    client.force_login(head_a)
    rows = client.get("/api/v1/benchmarks", {"matter_code": "330000000001"}).json()["items"]
    assert [r["matter_code"] for r in rows] == ["330000000001"]
    assert len(client.get("/api/v1/benchmarks", {"status": "draft"}).json()["items"]) == 1


# --- calculator -------------------------------------------------------------------------------------------


def _calc(client, user, **data):
    data = {"matter_code": "330000000001", "party_type": "organisation", "act_date": "2026-03-01", **data}
    return _post(client, user, "/api/v1/discretion/calculate", data)


def test_it_calculates_with_the_trace(client, today, matter, body_a, head_a, supervisor, officer_a):
    b = filed_benchmark(head_a, supervisor, matter)
    PartyViolationFactory(matter=matter, organisation=body_a, decided_on=date(2025, 5, 1))
    response = _calc(client, officer_a, party_identifier=PARTY_USCC, circumstances=[C.CORRECTED_IN_TIME])
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["benchmark_id"], body["outcome"], body["outcome_label"]) == (b.pk, "aggravated", "从重处罚")
    assert (body["fine_low"], body["fine_high"], body["prior_count"]) == ("30000.00", "50000.00", 1)
    assert body["kinds"] == [{"value": "fine", "label": "罚款"}] and body["filing_number"] == b.filing_number
    assert body["trace"][0]["rule"] == "DISC-S37" and all(
        {"rule", "text", "citation"} <= set(s) for s in body["trace"]
    )


def test_it_derives_the_birth_date_from_a_resident_id(client, today, matter, head_a, supervisor, officer_a):
    filed_benchmark(head_a, supervisor, matter)
    response = _calc(client, officer_a, party_type="person", party_identifier=make_resident_id(3))
    assert response.status_code == 200, response.content
    assert any(step["rule"] == "DISC-AGE" for step in response.json()["trace"])


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"goods_value": "-1"}, "货值金额不能为负数"),
        ({"act_date": "2026-02-30"}, "act_date：不是有效日期"),
        ({"circumstances": ["first_offence"]}, "first_offence"),
        ({"party_identifier": "12345"}, "证件号码"),
        ({"party_type": "person", "party_birth_date": "2026-05-01"}, "出生日期晚于违法行为发生日期"),
    ],
    ids=["negative", "impossible-date", "derived-circumstance", "bad-identifier", "born-after-act"],
)
def test_it_refuses_bad_input_with_422(client, today, matter, head_a, supervisor, officer_a, extra, message):
    filed_benchmark(head_a, supervisor, matter)
    response = _calc(client, officer_a, **extra)
    assert response.status_code == 422
    assert response.json()["message"].startswith("请求数据有误，未保存：")
    assert message in response.json()["message"]


def test_it_answers_409_without_a_filed_benchmark(client, today, matter, head_a, officer_a):
    draft_benchmark(head_a, matter)
    response = _calc(client, officer_a)
    assert response.status_code == 409 and response.json()["code"] == "DISC-008"


def test_it_answers_404_for_an_unknown_matter(client, officer_a):
    assert _calc(client, officer_a, matter_code="999").status_code == 404


# --- split helper and three lists -------------------------------------------------------------------------


def test_it_splits_a_range_into_draft_tiers_without_saving(client, officer_a):
    payload = {"method": "three_bands", "low": "5000", "high": "50000", "mode": "amount"}
    response = _post(client, officer_a, "/api/v1/benchmarks/split", payload)
    assert response.status_code == 200, response.content
    rows = response.json()
    assert [r["outcome"] for r in rows] == ["lenient", "aggravated", "standard"]
    assert rows[0]["fine_low"] == "5000" and rows[1]["fine_high"] == "50000"
    assert not Benchmark.objects.exists()
    max_only = _post(
        client, officer_a, "/api/v1/benchmarks/split", {"method": "max_only", "high": "10000"}
    ).json()
    assert max_only[2]["fine_text"] == "4,000–6,000 元"
    bad = {"method": "three_bands", "low": "9", "high": "1"}
    assert _post(client, officer_a, "/api/v1/benchmarks/split", bad).status_code == 422


def test_it_lists_the_three_lists_of_filed_benchmarks(client, today, matter, head_a, supervisor, officer_a):
    filed_benchmark(head_a, supervisor, matter)
    draft_benchmark(head_a, penalty_matter(head_a.organisation, code="330000000009"))
    client.force_login(officer_a)
    rows = client.get("/api/v1/three-lists").json()
    assert [(r["outcome"], r["tier_label"]) for r in rows] == [
        ("lenient", "及时改正"),
        ("no_penalty", "首违不罚"),
    ]
    no_penalty = client.get("/api/v1/three-lists", {"outcome": "no_penalty"}).json()
    assert no_penalty[0]["basis"] == "《中华人民共和国行政处罚法》第三十三条第一款"
    assert no_penalty[0]["matter_name"] == "对未按规定公示信息的行政处罚"
    assert client.get("/api/v1/three-lists", {"outcome": "standard"}).status_code == 422


def test_it_refuses_a_local_draft_without_a_body_with_422(client, matter, admin_user):
    response = _post(client, admin_user, "/api/v1/benchmarks", _create_payload(matter))
    assert response.status_code == 422 and "本级基准必须有制定主体" in response.json()["message"]
    assert not Benchmark.objects.exists()
