"""The catalog pages as staff use them: browse, a matter page, drafts and publishing, Excel, reports, the
guided list; what each role may do; and a list page whose query count does not grow with the catalog."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from zhifa.catalog.constants import MatterStatus
from zhifa.catalog.excel import HEADERS, XLSX
from zhifa.catalog.models import GuidedListItem, MatterVersion
from zhifa.catalog.services import catalog_export
from zhifa.catalog.tests.factories import MatterVersionFactory
from zhifa.catalog.tests.services.test_catalog_excel import cell, edited

pytestmark = pytest.mark.django_db
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
XLSX_NAME = "清单.xlsx"


def _as(client, user):
    client.force_login(user, backend=MODEL_BACKEND)
    return client


def _html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def _form(**changes) -> dict:
    data = {
        "basic_code": "330217777000", "valid_from": "2026-12-01", "name": "对违规设置户外广告的行政处罚",
        "kind": "penalty", "domain": "urban", "levels": ["county"], "street_delegation": "none",
        "establishes": "《城市市容和环境卫生管理条例》第三十六条\n", "checklist": "广告设置许可\n安全检测报告",
    }  # fmt: skip
    return data | changes


@pytest.fixture
def matter(today, body_a):
    return MatterVersionFactory(
        inspection=True, bodies=[body_a], name="对未取得食品经营许可从事食品经营活动的行政处罚",
        av_steps=["seizure"], major_kinds=["revoke_licence"], checklist=["查验许可证"],
    )  # fmt: skip


# --- browse -------------------------------------------------------------------------------------------------


def test_the_catalog_lists_matters_in_force_with_counts_per_type(client, today, officer_a, matter):
    MatterVersionFactory(draft=True, name="尚未发布的事项")
    html = _html(_as(client, officer_a).get(reverse("catalog:list")))
    assert "执法事项清单" in html and matter.name in html
    assert "尚未发布的事项" not in html
    assert "行政处罚 1" in html and "抽查事项" in html
    assert reverse("catalog:export") in html


def test_live_search_returns_the_table_only(client, today, officer_a, matter):
    MatterVersionFactory(name="对违法排污的行政处罚", domain="ecology")
    response = _as(client, officer_a).get(reverse("catalog:list"), {"q": "食品"}, HTTP_HX_REQUEST="true")
    html = _html(response)
    assert "<html" not in html and matter.name in html and "违法排污" not in html
    html = _html(client.get(reverse("catalog:list"), {"domain": "ecology"}))
    assert "违法排污" in html and matter.name not in html


def test_the_list_page_runs_a_fixed_number_of_queries(client, today, supervisor, body_a, body_b,
                                                      django_assert_max_num_queries):  # fmt: skip
    _as(client, supervisor)
    for _ in range(3):
        MatterVersionFactory(bodies=[body_a, body_b])
    url = reverse("catalog:list")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        _html(client.get(url))
    for _ in range(27):
        MatterVersionFactory(bodies=[body_a, body_b])
    with django_assert_max_num_queries(len(few.captured_queries)):
        _html(client.get(url))


# --- a matter -----------------------------------------------------------------------------------------------


def test_a_law_imported_after_the_matter_was_written_still_links_its_basis(client, today, officer_a, matter):
    from zhifa.laws.models import Law
    from zhifa.laws.numbers import int_to_cn
    from zhifa.laws.tests.factories import import_statute, statute

    citation = matter.bases.get().citation  # written while the library was empty: no stored article
    assert matter.bases.get().article_id is None
    title = citation[1 : citation.index("》")]
    articles = (f"第{int_to_cn(n)}条 条文。" for n in range(1, 31))
    import_statute(statute(title, *articles), f"{title.removeprefix('中华人民共和国')}(2020-01-01).md")
    html = _html(_as(client, officer_a).get(reverse("catalog:detail", args=[matter.matter_id])))
    assert f"/workbench/laws/{Law.objects.get().pk}/a/30/" in html


def test_the_matter_page_shows_every_group_and_links_the_law_and_benchmarks(client, today, officer_a, matter):
    from zhifa.laws.tests.factories import ArticleFactory

    article = ArticleFactory(number=30)
    matter.bases.update(article=article)
    html = _html(_as(client, officer_a).get(reverse("catalog:detail", args=[matter.matter_id])))
    for heading in ("基本信息", "依据", "音像记录事项清单", "重大执法决定法制审核标准", "听证标准", "随机抽查",
                    "检查表单", "版本历史"):  # fmt: skip
        assert heading in html, heading
    assert f"/workbench/laws/{article.version.law_id}/a/30/" in html
    assert f"/workbench/discretion/?matter={matter.matter.basic_code}" in html
    assert "查封、扣押" in html and "吊销许可证件" in html and "查验许可证" in html and "重点检查事项" in html
    assert 'data-testid="publish"' not in html and "废止" not in html and "新建版本" not in html  # no buttons


def test_a_head_registers_a_draft_and_the_supervisor_publishes_it(client, today, head_a, supervisor, body_a):
    response = _as(client, head_a).post(reverse("catalog:create"), _form(bodies=[body_a.pk]), follow=True)
    html = _html(response)
    version = MatterVersion.objects.get(matter__basic_code="330217777000")
    assert version.status == MatterStatus.DRAFT and version.checklist == ["广告设置许可", "安全检测报告"]
    assert "草稿" in html and "发布第1版" not in html  # a head may not publish
    html = _html(
        _as(client, supervisor).post(reverse("catalog:version_publish", args=[version.pk]), follow=True)
    )
    version.refresh_from_db()
    assert version.status == MatterStatus.PUBLISHED and "已发布" in html


def test_publishing_without_an_establishing_basis_shows_the_rule(client, today, head_a, supervisor, body_a,
                                                                 db_snapshot):  # fmt: skip
    _as(client, head_a).post(reverse("catalog:create"), _form(bodies=[body_a.pk], establishes=""))
    version = MatterVersion.objects.get()
    before = db_snapshot(version)
    html = _html(
        _as(client, supervisor).post(reverse("catalog:version_publish", args=[version.pk]), follow=True)
    )
    assert "CAT-003" in html and "设定依据" in html
    assert db_snapshot(version) == before


def test_a_head_of_another_body_cannot_open_the_edit_form(client, today, head_a, head_b, body_a):
    _as(client, head_a).post(reverse("catalog:create"), _form(bodies=[body_a.pk]))
    version = MatterVersion.objects.get()
    assert _as(client, head_b).get(reverse("catalog:version_edit", args=[version.pk])).status_code == 404
    response = client.post(reverse("catalog:version_edit", args=[version.pk]), _form(name="乙局改名"))
    assert response.status_code == 404
    version.refresh_from_db()
    assert version.name == "对违规设置户外广告的行政处罚"


def test_an_officer_cannot_open_the_draft_form(client, officer_a):
    assert _as(client, officer_a).get(reverse("catalog:create")).status_code == 403


def test_a_new_version_starts_from_the_latest_and_editing_a_published_version_is_refused(
    client, today, head_a, matter
):
    _as(client, head_a)
    html = _html(client.get(reverse("catalog:version_create", args=[matter.matter_id])))
    assert matter.name in html and "查验许可证" in html
    data = _form(bodies=[b.pk for b in matter.bodies.all()], name="新版本名称", inspection_item="")
    client.post(reverse("catalog:version_create", args=[matter.matter_id]), data)
    assert MatterVersion.objects.filter(matter=matter.matter, version=2, name="新版本名称").exists()
    html = _html(client.post(reverse("catalog:version_edit", args=[matter.pk]), data))
    assert "CAT-002" in html


def test_the_supervisor_repeals_a_matter(client, today, supervisor, matter):
    _as(client, supervisor)
    url = reverse("catalog:version_repeal", args=[matter.pk])
    assert "废止理由" in _html(client.get(url))
    client.post(url, {"last_day": "2026-11-30", "reason": "近五年未发生，予以取消"})
    matter.refresh_from_db()
    assert (matter.status, matter.valid_until) == (MatterStatus.REPEALED, date(2026, 11, 30))


def test_the_drafts_page_lists_drafts(client, today, head_a, body_a):
    MatterVersionFactory(draft=True, bodies=[body_a], name="待发布的事项草稿")
    assert "待发布的事项草稿" in _html(_as(client, head_a).get(reverse("catalog:drafts")))


# --- Excel --------------------------------------------------------------------------------------------------


def test_the_export_link_downloads_the_catalog(client, today, officer_a, matter):
    response = _as(client, officer_a).get(reverse("catalog:export"))
    assert response.status_code == 200 and response["Content-Type"] == XLSX
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert sheet["D2"].value == matter.name


def test_the_import_page_shows_each_bad_cell_in_a_table_and_saves_nothing(client, today, supervisor, matter,
                                                                          db_snapshot):  # fmt: skip
    content = edited(catalog_export(on=today), {cell("事项类型", 2): "行政罚款"})
    before = db_snapshot(matter)
    upload = SimpleUploadedFile(XLSX_NAME, content, content_type=XLSX)
    html = _html(
        _as(client, supervisor).post(reverse("catalog:import"), {"file": upload, "valid_from": "2026-12-01"})
    )
    assert "CAT-008" in html and "未导入任何事项" in html
    table = html.split('data-testid="import-error-table"')[1]
    assert "第2行" in table and "事项类型" in table and "“行政罚款”不是可选值" in table
    assert db_snapshot(matter) == before


def test_the_import_page_imports_and_publishes(client, today, supervisor, matter):
    content = edited(catalog_export(on=today), {cell("事项名称", 2): "修订后的名称"})
    upload = SimpleUploadedFile(XLSX_NAME, content, content_type=XLSX)
    _as(client, supervisor)
    assert "导入后直接发布" in _html(client.get(reverse("catalog:import")))
    html = _html(
        client.post(reverse("catalog:import"), {"file": upload, "valid_from": "2026-12-01", "publish": "on"})
    )
    assert "导入完成" in html and "已发布 1 项" in html
    assert MatterVersion.objects.get(matter=matter.matter, version=2).status == MatterStatus.PUBLISHED


def test_a_head_sees_no_publish_option_on_the_import_page(client, head_a):
    assert "导入后直接发布" not in _html(_as(client, head_a).get(reverse("catalog:import")))


# --- reports and the guided list ----------------------------------------------------------------------------


@pytest.mark.parametrize(("tab", "text"), [
    ("unused", "近五年未发生"), ("repeated", "交叉重复"), ("delegation", "接不住"),
])  # fmt: skip
def test_the_report_tabs_render(client, today, officer_a, matter, street, tab, text):
    MatterVersionFactory(bodies=[street], street_delegation="delegated", name="对占道经营的行政处罚")
    html = _html(_as(client, officer_a).get(reverse("catalog:reports"), {"tab": tab}))
    assert text in html
    if tab == "unused":
        assert matter.name in html
    if tab == "delegation":
        assert "对占道经营的行政处罚" in html and "期内无案件" in html


def test_the_delegation_thresholds_can_be_changed_on_the_page(client, today, officer_a, street):
    MatterVersionFactory(bodies=[street], street_delegation="delegated")
    html = _html(_as(client, officer_a).get(reverse("catalog:reports"), {"tab": "delegation"}))
    assert "超期率不低于 30%" in html and "不少于 3 件" in html
    params = {"tab": "delegation", "overdue_threshold": "0.6", "complaint_threshold": "5"}
    html = _html(client.get(reverse("catalog:reports"), params))
    assert "超期率不低于 60%" in html and "不少于 5 件" in html


def test_the_supervisor_adds_to_the_guided_list_and_a_head_may_not(client, today, supervisor, head_a):
    data = {"basic_code": "330217888000", "name": "对占道经营的行政处罚", "source": "测试省指导目录（2026年版）",
            "listed_on": "2026-01-01"}  # fmt: skip
    html = _html(_as(client, supervisor).post(reverse("catalog:guided"), data, follow=True))
    assert "330217888000" in html and "在目录中" in html
    assert _as(client, head_a).post(reverse("catalog:guided"), data | {"basic_code": "1"}).status_code == 403
    assert GuidedListItem.objects.count() == 1
    assert 'card-header">列入指导目录' not in _html(client.get(reverse("catalog:guided")))


def test_every_column_has_a_help_line_in_the_notes_sheet(today, matter):
    notes = load_workbook(io.BytesIO(catalog_export(on=today)))["说明"]
    described = {row[0].value for row in notes.iter_rows(min_row=2) if row[0].value}
    assert set(HEADERS) <= described
