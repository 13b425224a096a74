"""The 事前公开 pages as a citizen sees them: the catalog with its service guides, the random-inspection items,
the discretion benchmarks and 三张清单, the flow charts and the channels for supervision and remedy; never a
draft, a matter out of force or a benchmark under filing review."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from zhifa.catalog.constants import MatterKind
from zhifa.catalog.tests.factories import MatterFactory, MatterVersionFactory
from zhifa.core.procedures import all_procedures
from zhifa.discretion.tests.factories import (
    benchmark_data,
    draft_benchmark,
    filed_benchmark,
    penalty_matter,
    step,
)

pytestmark = pytest.mark.django_db
FOOD_LAW = "《中华人民共和国食品安全法》第一百二十二条第一款"


def _html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def contact(bureau, body_a):
    """The bureau's and the body's public office address and phone."""
    bureau.address, bureau.phone = "测试区河西路1号", "0746-1234567"
    bureau.save(update_fields=["address", "phone"])
    body_a.address, body_a.phone = "测试区解放路2号", "0746-7654321"
    body_a.save(update_fields=["address", "phone"])
    return body_a


@pytest.fixture
def food(contact):
    return MatterVersionFactory(
        name="对未取得食品经营许可从事食品经营活动的行政处罚", bodies=[contact], bases=[FOOD_LAW]
    )


def _field(html: str, label: str) -> str:
    """The text of one line of the service guide."""
    match = re.search(rf'data-field="{label}">(.*?)</dd>', html, re.S)
    assert match, f"the guide has no line {label}"
    return re.sub(r"<[^>]+>|\s+", "", match.group(1))


def _count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        _html(client.get(url))
    return len(ctx.captured_queries)


# --- the catalog ------------------------------------------------------------------------------------------------


def test_the_catalog_lists_each_matter_in_force_with_its_body_and_basis(public, today, food):
    html = _html(public.get(reverse("portal:matters")))
    assert food.name in html and FOOD_LAW in html and "测试区市场监督管理局" in html
    assert reverse("portal:matter", args=[food.matter_id]) in html


def test_the_catalog_leaves_out_drafts_and_matters_no_longer_in_force(public, today, body_a):
    MatterVersionFactory(name="尚在起草的事项", draft=True, bodies=[body_a])
    MatterVersionFactory(name="已失效的事项", valid_until=date(2025, 12, 31), bodies=[body_a])
    MatterVersionFactory(name="明年施行的事项", valid_from=date(2027, 1, 1), bodies=[body_a])
    html = _html(public.get(reverse("portal:matters")))
    assert "尚在起草的事项" not in html and "已失效的事项" not in html and "明年施行的事项" not in html


def test_the_catalog_filters_by_kind_and_body(public, today, food, body_b):
    MatterVersionFactory(name="对排污单位的行政检查", kind=MatterKind.INSPECTION, bodies=[body_b])
    html = _html(public.get(reverse("portal:matters"), {"kind": "inspection"}))
    assert "对排污单位的行政检查" in html and food.name not in html
    html = _html(public.get(reverse("portal:matters"), {"body": food.bodies.get().pk}))
    assert food.name in html and "对排污单位的行政检查" not in html


def test_the_catalog_runs_a_fixed_number_of_queries(
    public, today, body_a, body_b, django_assert_max_num_queries
):
    for _ in range(3):
        MatterVersionFactory(bodies=[body_a, body_b], bases=["《测试法》第一条", "《测试法》第二条"])
    few = _count_queries(public, reverse("portal:matters"))
    for _ in range(30):
        MatterVersionFactory(bodies=[body_a, body_b], bases=["《测试法》第一条", "《测试法》第二条"])
    with django_assert_max_num_queries(few):
        _html(public.get(reverse("portal:matters")))


# --- the service guide ---------------------------------------------------------------------------------------------


def test_the_guide_of_a_penalty_matter_shows_name_basis_body_contact_time_limit_and_remedies(
    public, today, food
):
    html = _html(public.get(reverse("portal:matter", args=[food.matter_id])))
    assert food.name in html and FOOD_LAW in html
    assert "测试区市场监督管理局：测试区解放路2号" in html and "测试区市场监督管理局：0746-7654321" in html
    assert (
        "自立案之日起九十日内作出行政处罚决定" in html
    )  # 办理时限, from the penalty procedure's deadline rule
    assert "六十日内提出行政复议申请" in html and "《中华人民共和国行政复议法》第二十条" in html
    assert "六个月内提出" in html and "《中华人民共和国行政诉讼法》第四十六条" in html
    assert "向测试区司法局（行政执法监督机构）投诉、举报" in html and "0746-1234567" in html
    assert reverse("portal:procedure", args=["penalty_general"]) in html


def test_the_guide_says_plainly_what_the_catalog_does_not_hold(public, today, food):
    html = _html(public.get(reverse("portal:matter", args=[food.matter_id])))
    for label in ("优惠政策", "收费标准", "责任追究", "办公时间"):
        assert _field(html, label).startswith("未提供本平台未登记")
    assert _field(html, "申请材料") == "未提供本事项由执法主体依职权实施，不需要提交申请材料。"
    assert _field(html, "办理时限").startswith("普通程序：《中华人民共和国行政处罚法》第六十条")


def test_the_guide_of_a_licence_gives_the_licensing_time_limits(public, today, contact):
    licence = MatterVersionFactory(name="食品经营许可", kind=MatterKind.LICENCE, bodies=[contact])
    html = _html(public.get(reverse("portal:matter", args=[licence.matter_id])))
    assert "自受理之日起20日内作出决定" in html and "《中华人民共和国行政许可法》第四十二条" in html
    assert "本平台未登记本事项的申请材料目录。" in html
    assert reverse("portal:procedure", args=["licence_application"]) in html


def test_a_body_without_an_address_shows_not_provided(public, today, body_b):
    version = MatterVersionFactory(bodies=[body_b])
    html = _html(public.get(reverse("portal:matter", args=[version.matter_id])))
    assert "测试区生态环境分局：未提供" in html


def test_there_is_no_guide_for_a_draft_or_a_matter_out_of_force(public, today, body_a):
    draft = MatterVersionFactory(draft=True, bodies=[body_a])
    expired = MatterVersionFactory(valid_until=date(2025, 12, 31), bodies=[body_a])
    for version in (draft, expired):
        response = public.get(reverse("portal:matter", args=[version.matter_id]))
        assert response.status_code == 404 and version.name not in response.content.decode()


def test_the_guide_shows_the_version_in_force_not_a_newer_draft(public, today, food):
    MatterVersionFactory(matter=food.matter, version=2, draft=True, name="草稿中的新名称", bodies=[])
    html = _html(public.get(reverse("portal:matter", args=[food.matter_id])))
    assert food.name in html and "草稿中的新名称" not in html


# --- the random-inspection items ------------------------------------------------------------------------------------


def test_the_inspection_list_shows_each_published_item_with_its_particulars(public, today, body_a, food):
    MatterVersionFactory(
        name="对食品经营者的监督检查", inspection=True, kind=MatterKind.INSPECTION, bodies=[body_a]
    )
    MatterVersionFactory(name="草稿抽查事项", inspection=True, draft=True, bodies=[body_a])
    html = _html(public.get(reverse("portal:inspection_items")))
    assert "对食品经营者的监督检查" in html and "辖区食品经营者" in html and "经营许可、进货查验记录" in html
    assert "5%" in html and "每年不少于1次" in html and "现场检查" in html and "重点检查事项" in html
    assert food.name not in html and "草稿抽查事项" not in html


def test_the_inspection_list_runs_a_fixed_number_of_queries(
    public, today, body_a, django_assert_max_num_queries
):
    MatterVersionFactory(inspection=True, bodies=[body_a])
    few = _count_queries(public, reverse("portal:inspection_items"))
    for _ in range(20):
        MatterVersionFactory(inspection=True, bodies=[body_a])
    with django_assert_max_num_queries(few):
        _html(public.get(reverse("portal:inspection_items")))


# --- discretion benchmarks and the 三张清单 ----------------------------------------------------------------------------


@pytest.fixture
def matter(body_a):
    return penalty_matter(body_a, name="对未按规定公示信息的行政处罚")


def test_filed_benchmarks_are_published_and_drafts_and_submissions_are_not(
    public, today, matter, head_a, supervisor
):
    filed = filed_benchmark(head_a, supervisor, matter)
    draft = draft_benchmark(head_a, matter, data=benchmark_data(violation="草稿中的违法行为"))
    html = _html(public.get(reverse("portal:benchmarks")))
    assert "未按规定公示信息" in html and "对未按规定公示信息的行政处罚" in html
    assert reverse("portal:benchmark", args=[filed.pk]) in html
    assert "草稿中的违法行为" not in html and reverse("portal:benchmark", args=[draft.pk]) not in html
    assert public.get(reverse("portal:benchmark", args=[draft.pk])).status_code == 404
    step(head_a, draft, "submit")
    assert public.get(reverse("portal:benchmark", args=[draft.pk])).status_code == 404


def test_a_benchmark_page_shows_its_clause_and_every_tier(public, today, matter, head_a, supervisor):
    b = filed_benchmark(head_a, supervisor, matter)
    html = _html(public.get(reverse("portal:benchmark", args=[b.pk])))
    assert "《中华人民共和国测试法》第三十条" in html and "处五千元以上五万元以下罚款" in html
    for label in ("首违不罚", "两年内再次违法", "及时改正", "情节一般"):
        assert label in html
    assert "15,000–30,000 元" in html


def test_a_repealed_benchmark_is_no_longer_published(public, today, matter, head_a, supervisor):
    b = filed_benchmark(head_a, supervisor, matter)
    step(supervisor, b, "repeal", "上位法修改")
    assert public.get(reverse("portal:benchmark", args=[b.pk])).status_code == 404
    assert "未按规定公示信息" not in _html(public.get(reverse("portal:benchmarks")))


def test_the_benchmark_list_runs_a_fixed_number_of_queries(
    public, today, body_a, head_a, supervisor, django_assert_max_num_queries
):
    filed_benchmark(head_a, supervisor, penalty_matter(body_a))
    few = _count_queries(public, reverse("portal:benchmarks"))
    for _ in range(5):
        filed_benchmark(head_a, supervisor, penalty_matter(body_a))
    with django_assert_max_num_queries(few):
        _html(public.get(reverse("portal:benchmarks")))


def test_the_three_lists_show_the_filed_rows_of_each_outcome(
    public, today, matter, head_a, supervisor, body_a
):
    filed_benchmark(head_a, supervisor, matter)
    other = penalty_matter(body_a, name="对草稿事项的行政处罚")
    draft_benchmark(head_a, other)
    html = _html(public.get(reverse("portal:three_lists")))
    assert (
        "首违不罚" in html and "对未按规定公示信息的行政处罚" in html and "对草稿事项的行政处罚" not in html
    )
    assert "不予处罚清单" in html and "从轻处罚清单" in html and "减轻处罚清单" in html
    lenient = _html(public.get(reverse("portal:three_lists"), {"outcome": "lenient"}))
    assert "及时改正" in lenient and "5,000–15,000 元" in lenient


# --- flow charts --------------------------------------------------------------------------------------------------


def test_the_procedure_list_links_every_procedure(public, today):
    html = _html(public.get(reverse("portal:procedures")))
    for p in all_procedures():
        assert p.name in html and reverse("portal:procedure", args=[p.code]) in html


@pytest.mark.parametrize("code", ["penalty_general", "licence_application", "inspection"])
def test_a_flow_chart_page_shows_every_state_and_every_step_of_the_table(public, today, code):
    procedure = next(p for p in all_procedures() if p.code == code)
    html = _html(public.get(reverse("portal:procedure", args=[code])))
    assert "<svg" in html and 'data-testid="flowchart-list"' in html
    for value, label in procedure.states.choices:
        assert f'data-state="{value}"' in html and str(label) in html
    for s in procedure.steps:
        assert html.count(f'<li class="mb-2 border-start ps-2" data-step="{s.action}">') == len(s.sources)
        assert s.label in html and s.citation in html


def test_an_unknown_procedure_is_not_found(public, today):
    assert public.get(reverse("portal:procedure", args=["nothing"])).status_code == 404


# --- channels and the body's page -----------------------------------------------------------------------------------


def test_the_channels_page_gives_the_bureau_and_the_remedy_time_limits(public, today, contact):
    html = _html(public.get(reverse("portal:channels")))
    assert "测试区司法局" in html and "测试区河西路1号" in html and "0746-1234567" in html
    assert "12345热线" in html and "上级交办" not in html
    assert "六十日内提出行政复议申请" in html and "六个月内提出" in html and "第七十五条第二款" in html


def test_a_bodys_page_lists_its_matters_and_the_benchmarks_it_applies(
    public, today, food, matter, head_a, supervisor, body_b
):
    filed_benchmark(head_a, supervisor, matter)
    MatterVersionFactory(name="乙局的事项", bodies=[body_b])
    MatterVersionFactory(name="甲局起草中的事项", draft=True, bodies=[food.bodies.get()])
    html = _html(public.get(reverse("portal:body", args=[food.bodies.get().pk])))
    assert food.name in html and reverse("portal:matter", args=[food.matter_id]) in html
    assert "未按规定公示信息" in html and "乙局的事项" not in html and "甲局起草中的事项" not in html


def test_a_bodys_page_runs_a_fixed_number_of_queries(public, today, body_a, django_assert_max_num_queries):
    MatterVersionFactory(bodies=[body_a])
    few = _count_queries(public, reverse("portal:body", args=[body_a.pk]))
    for _ in range(10):
        MatterVersionFactory(bodies=[body_a])
    with django_assert_max_num_queries(few):
        _html(public.get(reverse("portal:body", args=[body_a.pk])))


def test_the_header_links_the_prior_pages_and_the_publicity_page(public, today):
    html = _html(public.get(reverse("portal:channels")))
    for name in ("matters", "inspection_items", "benchmarks", "procedures", "channels"):
        assert f'href="{reverse(f"portal:{name}")}"' in html
    assert 'href="/gongshi/">执法公示</a>' in html


def test_no_page_shows_an_unpublished_matters_name_anywhere(public, today, body_a):
    MatterFactory()  # a matter with no version at all
    hidden = MatterVersionFactory(name="绝不公开的草稿事项", draft=True, inspection=True, bodies=[body_a])
    for name in ("matters", "inspection_items", "benchmarks", "three_lists", "procedures", "channels"):
        assert hidden.name not in _html(public.get(reverse(f"portal:{name}")))
    assert hidden.name not in _html(public.get(reverse("portal:body", args=[body_a.pk])))


def test_a_bodys_page_shows_the_first_twenty_matters_and_links_the_rest(public, today, body_a):
    for _ in range(22):
        MatterVersionFactory(bodies=[body_a])
    html = _html(public.get(reverse("portal:body", args=[body_a.pk])))
    assert len(re.findall(r'href="/matters/\d+/"', html)) == 20
    assert f'href="{reverse("portal:matters")}?body={body_a.pk}">查看全部 22 项执法事项</a>' in html


def test_the_rules_page_lists_every_rule_with_its_citation_and_the_parameters(client, db):
    from zhifa.core.rules import get_rule

    page = client.get("/rules/").content.decode()
    rule = get_rule("PUB-003")
    assert "PUB-003" in page and rule.title in page and "第四十八条第二款" in page
    assert "行政处罚、行政许可决定公开期限（工作日）" in page  # a parameter with its current value
