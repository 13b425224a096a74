"""The benchmark pages as staff use them: the list, a benchmark, the editor (save, split, submit refused), the
filing queue, the 三张清单 and the calculator."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from zhifa.discretion.constants import FineMode, Outcome
from zhifa.discretion.models import Benchmark
from zhifa.discretion.tests.factories import (
    PARTY_USCC,
    PartyViolationFactory,
    benchmark_data,
    draft_benchmark,
    filed_benchmark,
    penalty_matter,
    step,
    tier,
)
from zhifa.discretion.workflow import BenchmarkState
from zhifa.laws.models import Law

pytestmark = pytest.mark.django_db
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _as(client, user):
    client.force_login(user, backend=MODEL_BACKEND)
    return client


def _html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def matter(body_a):
    return penalty_matter(body_a, code="330000000001")


# --- list and detail --------------------------------------------------------------------------------------


def test_it_lists_benchmarks_with_a_status_badge_and_filters_by_matter(
    client, today, matter, body_a, head_a, supervisor
):
    filed_benchmark(head_a, supervisor, matter)
    draft_benchmark(head_a, penalty_matter(body_a, code="330000000002", name="对其他违法行为的行政处罚"))
    html = _html(_as(client, head_a).get(reverse("discretion:list")))
    assert "已备案（公布施行）" in html and "草稿" in html and "text-bg-success" in html
    filtered = _html(client.get(reverse("discretion:list"), {"matter": "330000000001"}))
    assert "共 1 件" in filtered and "对未按规定公示信息的行政处罚" in filtered


def test_it_hides_another_bodys_draft_from_the_list_and_the_page(client, today, matter, head_a, head_b):
    b = draft_benchmark(head_a, matter)
    _as(client, head_b)
    assert "共 0 件" in _html(client.get(reverse("discretion:list")))
    assert client.get(reverse("discretion:detail", args=[b.pk])).status_code == 404


def test_it_shows_the_table_in_chinese_with_units_and_the_history(client, today, matter, head_a, supervisor):
    goods = [
        tier(Outcome.NO_PENALTY, "首违不罚", {"key": "first_offence"}, {"key": "corrected_in_time"}),
        tier(Outcome.STANDARD, "货值不足一万元", {"key": "goods_below", "value": "10000"}, fine=(50000, 100000)),
        tier(Outcome.AGGRAVATED, "两年内再犯", {"key": "repeat_within_years", "value": "2"},
             fine=(FineMode.GOODS_MULTIPLE, 15, 20)),
        tier(Outcome.STANDARD, "货值一万元以上", fine=(FineMode.GOODS_MULTIPLE, 10, 20)),
    ]  # fmt: skip
    b = filed_benchmark(head_a, supervisor, matter, tiers=goods, data=benchmark_data(low=50000, high=100000))
    html = _html(_as(client, head_a).get(reverse("discretion:detail", args=[b.pk])))
    assert "货值金额低于 10,000 元" in html and "2年内再次实施同一违法行为" in html and "初次违法" in html
    assert "50,000–100,000 元" in html and "货值金额的 10–20 倍" in html
    assert "处五千元以上五万元以下罚款" in html and "《中华人民共和国测试法》第三十条" in html
    assert "审查通过并备案" in html and "清司备〔2026〕0001号" in html
    assert "新建版本" in html and "编辑草稿" not in html


def test_it_links_the_penalty_basis_to_the_article_in_the_law_library(
    client, today, matter, head_a, supervisor
):
    from zhifa.laws.tests.factories import import_statute, statute

    import_statute(statute("中华人民共和国测试法", "第一条 为了测试，制定本法。", *(f"第{n}条 条文。" for n in (
        "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八",
        "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十"))),
        "测试法(2020-01-01).md")  # fmt: skip
    b = filed_benchmark(head_a, supervisor, matter)
    html = _html(_as(client, head_a).get(reverse("discretion:detail", args=[b.pk])))
    article = reverse("laws:article", args=[Law.objects.get().pk, 30])
    assert f'href="{article}' in html


def test_it_offers_only_the_actions_the_user_may_take(client, today, matter, head_a, supervisor, officer_a):
    b = step(head_a, draft_benchmark(head_a, matter), "submit")
    url = reverse("discretion:detail", args=[b.pk])
    assert "撤回报送" in _html(_as(client, head_a).get(url)) and "退回修改" not in _html(client.get(url))
    sup = _html(_as(client, supervisor).get(url))
    assert "审查通过并备案" in sup and "退回修改" in sup and "撤回报送" not in sup
    assert 'data-testid="actions"' not in _html(_as(client, officer_a).get(url))


def test_it_shows_a_refused_return_on_the_page_and_changes_nothing(client, today, matter, head_a, supervisor):
    b = step(head_a, draft_benchmark(head_a, matter), "submit")
    url = reverse("discretion:action", args=[b.pk, "return"])
    html = _html(_as(client, supervisor).post(url, {"return-reason": ""}))
    assert "DISC-003" in html and "退回修改必须写明理由" in html
    assert Benchmark.objects.get(pk=b.pk).status == BenchmarkState.SUBMITTED
    response = client.post(url, {"return-reason": "从重情节不明确"}, follow=True)
    assert "已退回修改" in _html(response) and "从重情节不明确" in response.content.decode()


def test_it_forbids_an_officer_to_file_through_the_page(client, today, matter, head_a, officer_a):
    b = step(head_a, draft_benchmark(head_a, matter), "submit")
    response = _as(client, officer_a).post(reverse("discretion:action", args=[b.pk, "file"]), {})
    assert response.status_code == 403
    assert Benchmark.objects.get(pk=b.pk).status == BenchmarkState.SUBMITTED


# --- editor -------------------------------------------------------------------------------------------------


def _editor_data(matter, *rows: dict, **extra) -> dict:
    data = {
        "matter": matter.pk, "level": "local", "mode": "own", "violation": "未按规定公示信息",
        "valid_from": "2025-01-01", "penalty_basis": "《中华人民共和国测试法》第三十条",
        "clause": "处五千元以上五万元以下罚款。", "statutory_fine_mode": "amount", "statutory_fine_low": "5000",
        "statutory_fine_high": "50000", "tiers-TOTAL_FORMS": str(len(rows)), "tiers-INITIAL_FORMS": "0",
        "tiers-MIN_NUM_FORMS": "0", "tiers-MAX_NUM_FORMS": "1000", **extra,
    }  # fmt: skip
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"tiers-{i}-{key}"] = value
    return data


LENIENT = {"ORDER": "1", "outcome": "lenient", "label": "及时改正", "cond_1_key": "corrected_in_time",
           "kinds": ["fine"], "fine_mode": "amount", "fine_low": "5000", "fine_high": "15000"}  # fmt: skip
STANDARD = {"ORDER": "2", "outcome": "standard", "label": "情节一般", "kinds": ["fine"], "fine_mode": "amount",
            "fine_low": "15000", "fine_high": "30000"}  # fmt: skip


def test_it_saves_a_draft_with_its_tier_table(client, today, matter, head_a, body_a):
    response = _as(client, head_a).post(
        reverse("discretion:create"), _editor_data(matter, STANDARD, LENIENT, do="save")
    )
    b = Benchmark.objects.get()
    assert response.status_code == 302 and response.url == reverse("discretion:detail", args=[b.pk])
    assert (b.organisation, b.issuer_name, b.status) == (body_a, body_a.name, BenchmarkState.DRAFT)
    assert [(t.order, t.outcome, t.conditions) for t in b.tiers.all()] == [
        (10, "lenient", [{"key": "corrected_in_time"}]), (20, "standard", []),
    ]  # fmt: skip


def test_it_fills_the_table_with_the_three_band_split(client, today, matter, head_a):
    html = _html(
        _as(client, head_a).post(reverse("discretion:create"), _editor_data(matter, do="split_three"))
    )
    # 50,000 / 5,000 ≥ 4: cut geometrically (legal-rules §4 [S])
    assert 'value="10772"' in html and 'value="23208"' in html and "请补充从轻情节" in html
    assert html.count('data-testid="tier-row"') == 4  # three drafts and one blank row
    assert not Benchmark.objects.exists()


def test_it_splits_a_range_given_only_by_its_maximum(client, today, matter, head_a):
    data = _editor_data(matter, do="split_max", statutory_fine_low="")
    html = _html(_as(client, head_a).post(reverse("discretion:create"), data))
    assert 'value="20000"' in html and 'value="30000"' in html
    missing = _editor_data(matter, do="split_max", statutory_fine_high="")
    assert "请先填写法定罚款上限" in _html(client.post(reverse("discretion:create"), missing))


def test_it_shows_the_refusal_when_the_table_leaves_the_statutory_range(client, today, matter, head_a):
    wide = {**STANDARD, "fine_high": "80000"}
    url = reverse("discretion:create")
    response = _as(client, head_a).post(url, _editor_data(matter, LENIENT, wide, do="submit"), follow=True)
    html = _html(response)
    assert "DISC-007" in html and "超出法定幅度 5,000–50,000" in html and "草稿已保存" in html
    assert Benchmark.objects.get().status == BenchmarkState.DRAFT


def test_it_submits_from_the_editor(client, today, matter, head_a):
    b = draft_benchmark(head_a, matter)
    data = _editor_data(matter, LENIENT, STANDARD, do="submit")
    response = _as(client, head_a).post(reverse("discretion:edit", args=[b.pk]), data)
    assert response.status_code == 302
    assert Benchmark.objects.get(pk=b.pk).status == BenchmarkState.SUBMITTED


def test_it_refuses_to_open_the_editor_for_an_officer(client, today, matter, head_a, officer_a):
    b = draft_benchmark(head_a, matter)
    assert _as(client, officer_a).get(reverse("discretion:edit", args=[b.pk])).status_code == 403
    assert client.get(reverse("discretion:create")).status_code == 403


# --- queue and three lists -------------------------------------------------------------------------------


def test_it_queues_submitted_benchmarks_and_files_from_the_queue(client, today, matter, head_a, supervisor):
    b = step(head_a, draft_benchmark(head_a, matter), "submit")
    queue = reverse("discretion:queue")
    html = _html(_as(client, supervisor).get(queue))
    assert "未按规定公示信息" in html and "审查通过并备案" in html and "退回修改" in html
    response = client.post(
        reverse("discretion:action", args=[b.pk, "file"]), {"file-reason": "", "file-next": queue}
    )
    assert response.status_code == 302 and response.url == queue
    assert Benchmark.objects.get(pk=b.pk).status == BenchmarkState.FILED
    assert "没有待审查的基准" in _html(client.get(queue))


def test_it_lists_the_three_lists_in_tabs(client, today, matter, head_a, supervisor, officer_a):
    filed_benchmark(head_a, supervisor, matter)
    _as(client, officer_a)
    html = _html(client.get(reverse("discretion:three_lists")))
    assert "不予处罚清单" in html and "首违不罚" in html and "初次违法" in html
    assert "《中华人民共和国行政处罚法》第三十三条第一款" in html
    lenient = _html(client.get(reverse("discretion:three_lists"), {"outcome": "lenient"}))
    assert "及时改正" in lenient and "5,000–15,000 元" in lenient
    before = _html(client.get(reverse("discretion:three_lists"), {"on": "2024-06-01"}))
    assert "该日没有施行中的清单条目" in before


# --- calculator -----------------------------------------------------------------------------------------------


def test_it_calculates_on_the_page_with_the_range_and_trace(
    client, today, matter, body_a, head_a, supervisor, officer_a
):
    filed_benchmark(head_a, supervisor, matter)
    PartyViolationFactory(matter=matter, organisation=body_a, decided_on=date(2025, 5, 1))
    url = reverse("discretion:calculator")
    form = _html(_as(client, officer_a).get(url))
    assert "330000000001 对未按规定公示信息的行政处罚" in form and "及时改正" in form
    data = {"matter": matter.pk, "party_type": "organisation", "party_identifier": PARTY_USCC,
            "act_date": "2026-03-01", "circumstances": ["corrected_in_time"]}  # fmt: skip
    html = _html(client.post(url, data))
    assert "从重处罚" in html and "30,000–50,000 元" in html and "在先处罚决定 1 件" in html
    assert "第三十七条" in html and "DISC-REPEAT" in html


def test_it_shows_why_the_calculator_has_no_benchmark(client, today, matter, head_a, officer_a):
    draft_benchmark(head_a, matter)
    data = {"matter_code": "330000000001", "party_type": "organisation", "act_date": "2026-03-01"}
    html = _html(_as(client, officer_a).post(reverse("discretion:calculator"), data))
    assert "DISC-008" in html


def test_it_refuses_a_negative_amount_on_the_calculator(client, today, matter, officer_a):
    data = {"matter_code": "330000000001", "party_type": "organisation", "act_date": "2026-03-01",
            "goods_value": "-5"}  # fmt: skip
    html = _html(_as(client, officer_a).post(reverse("discretion:calculator"), data))
    assert "确保该值大于或等于0" in html or "大于或等于" in html
