"""The catalog through the API: list, detail with bases, drafts, publishing, Excel, reports, guided list;
refusals as 409 with the rule code, 403 for a missing permission, 404 outside the scope, 422 for bad input."""

from __future__ import annotations

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from zhifa.catalog.constants import MatterStatus
from zhifa.catalog.excel import XLSX
from zhifa.catalog.models import Matter, MatterVersion
from zhifa.catalog.services import catalog_export
from zhifa.catalog.tests.factories import ESTABLISHES, MatterVersionFactory
from zhifa.catalog.tests.services.test_catalog_excel import cell, edited

pytestmark = pytest.mark.django_db
JSON = "application/json"


def _create(client, body, **changes):
    data = {"basic_code": "330217666000", "valid_from": "2026-12-01", "name": "对违法发布广告的行政处罚",
            "kind": "penalty", "domain": "market", "body_ids": [body.pk], "establishes": ["《广告法》第五十八条"],
            "levels": ["county"], "major_fine_person": "5000.00"}  # fmt: skip
    return client.post("/api/v1/matters", data | changes, content_type=JSON)


def test_it_lists_the_catalog_with_filters_and_paging(client, today, officer_a, body_a, body_b):
    MatterVersionFactory(bodies=[body_a], name="对无照经营的行政处罚")
    MatterVersionFactory(bodies=[body_b], name="对违法排污的行政处罚", domain="ecology")
    MatterVersionFactory(draft=True)
    client.force_login(officer_a)
    rows = client.get("/api/v1/matters").json()
    assert sorted(r["name"] for r in rows) == ["对无照经营的行政处罚", "对违法排污的行政处罚"]
    assert [r["name"] for r in client.get("/api/v1/matters", {"domain": "ecology"}).json()] == [
        "对违法排污的行政处罚"
    ]
    assert [r["bodies"][0]["id"] for r in client.get("/api/v1/matters", {"body_id": body_a.pk}).json()] == [
        body_a.pk
    ]
    assert len(client.get("/api/v1/matters", {"limit": 1, "offset": 1}).json()) == 1
    assert client.get("/api/v1/matters", {"on": "2019-12-31"}).json() == []
    assert client.get("/api/v1/matters", {"kind": "nonsense"}).status_code == 422


def test_the_list_endpoint_runs_a_fixed_number_of_queries(client, today, officer_a, body_a, body_b):
    client.force_login(officer_a)
    MatterVersionFactory(bodies=[body_a, body_b])
    with CaptureQueriesContext(connection) as few:
        client.get("/api/v1/matters")
    for _ in range(10):
        MatterVersionFactory(bodies=[body_a, body_b])
    with CaptureQueriesContext(connection) as many:
        assert len(client.get("/api/v1/matters").json()) == 11
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_detail_has_every_version_with_its_bases(client, today, officer_a, body_a):
    from zhifa.laws.tests.factories import ArticleFactory

    v1 = MatterVersionFactory(bodies=[body_a])
    article = ArticleFactory(number=30)
    v1.bases.update(article=article)
    MatterVersionFactory(matter=v1.matter, version=2, draft=True, bodies=[body_a], valid_from="2027-01-01")
    client.force_login(officer_a)
    body = client.get(f"/api/v1/matters/{v1.matter_id}").json()
    assert [v["version"] for v in body["versions"]] == [2, 1]
    basis = body["versions"][1]["bases"][0]
    assert basis == {"role": "establishes", "citation": ESTABLISHES, "article_id": article.pk,
                     "law_id": article.version.law_id, "article_number": 30}  # fmt: skip
    one = client.get(f"/api/v1/matters/{v1.matter_id}/versions/1").json()
    assert (one["status"], one["kind_label"]) == ("published", "行政处罚")
    assert client.get(f"/api/v1/matters/{v1.matter_id}/versions/9").status_code == 404


def test_a_head_creates_a_draft_and_the_supervisor_publishes_it(client, today, head_a, supervisor, body_a):
    client.force_login(head_a)
    response = _create(client, body_a)
    assert response.status_code == 201, response.content
    draft = response.json()
    assert (draft["status"], draft["basic_code"], draft["major_fine_person"]) == (
        "draft",
        "330217666000",
        "5000.00",
    )
    client.force_login(supervisor)
    published = client.post(f"/api/v1/matter-versions/{draft['id']}/publish")
    assert published.status_code == 200 and published.json()["status"] == "published"


def test_a_new_version_copies_the_latest_and_a_patch_changes_only_what_is_sent(client, today, head_a, body_a):
    v1 = MatterVersionFactory(bodies=[body_a], checklist=["查验许可证"])
    client.force_login(head_a)
    response = client.post(
        f"/api/v1/matters/{v1.matter_id}/versions", {"valid_from": "2026-12-01"}, content_type=JSON
    )
    assert response.status_code == 201
    v2 = response.json()
    assert (v2["version"], v2["name"], v2["checklist"]) == (2, v1.name, ["查验许可证"])
    patched = client.patch(
        f"/api/v1/matter-versions/{v2['id']}", {"name": "改名后"}, content_type=JSON
    ).json()
    assert (patched["name"], patched["checklist"], patched["bases"][0]["citation"]) == (
        "改名后",
        ["查验许可证"],
        ESTABLISHES,
    )


def test_editing_a_published_version_is_refused_with_409(client, today, head_a, body_a):
    v1 = MatterVersionFactory(bodies=[body_a])
    client.force_login(head_a)
    response = client.patch(f"/api/v1/matter-versions/{v1.pk}", {"name": "改名"}, content_type=JSON)
    assert response.status_code == 409 and response.json()["code"] == "CAT-002"


def test_an_officer_may_not_publish(client, today, officer_a, body_a):
    draft = MatterVersionFactory(draft=True, bodies=[body_a])
    client.force_login(officer_a)
    response = client.post(f"/api/v1/matter-versions/{draft.pk}/publish")
    assert response.status_code == 403 and response.json()["code"] == "AUTH-PERM"
    draft.refresh_from_db()
    assert draft.status == MatterStatus.DRAFT


def test_a_head_of_another_body_gets_404(client, today, head_b, body_a):
    draft = MatterVersionFactory(draft=True, bodies=[body_a])
    client.force_login(head_b)
    response = client.patch(f"/api/v1/matter-versions/{draft.pk}", {"name": "乙局改名"}, content_type=JSON)
    assert response.status_code == 404


def test_bad_input_is_refused_at_the_boundary(client, today, head_a, body_a):
    client.force_login(head_a)
    assert _create(client, body_a, major_fine_person="-1").status_code == 422
    assert _create(client, body_a, kind="penalties").status_code == 422
    assert _create(client, body_a, inspection_ratio="120").status_code == 422
    assert _create(client, body_a, body_ids=[999999]).status_code == 404
    assert Matter.objects.count() == 0


def test_the_repeal_action(client, today, supervisor, body_a):
    v1 = MatterVersionFactory(bodies=[body_a])
    client.force_login(supervisor)
    response = client.post(f"/api/v1/matter-versions/{v1.pk}/repeal",
                           {"last_day": "2026-11-30", "reason": "近五年未发生"}, content_type=JSON)  # fmt: skip
    assert response.status_code == 200 and response.json()["status"] == "repealed"


# --- Excel ----------------------------------------------------------------------------------------------------


def test_export_and_import_round_trip(client, today, supervisor, body_a):
    v1 = MatterVersionFactory(bodies=[body_a])
    client.force_login(supervisor)
    response = client.get("/api/v1/catalog/export")
    assert response.status_code == 200 and response["Content-Type"] == XLSX
    assert load_workbook(io.BytesIO(response.content)).worksheets[0]["D2"].value == v1.name
    content = edited(response.content, {cell("事项名称", 2): "新名称"})
    upload = io.BytesIO(content)
    upload.name = "清单.xlsx"
    result = client.post(
        "/api/v1/catalog/import", {"file": upload, "valid_from": "2026-12-01", "publish": "true"}
    )
    assert result.status_code == 200, result.content
    assert (result.json()["new_versions"], result.json()["published"]) == (1, 1)
    assert MatterVersion.objects.get(matter=v1.matter, version=2).status == MatterStatus.PUBLISHED


def test_a_broken_import_is_refused_with_409_and_every_row_error(
    client, today, supervisor, body_a, db_snapshot
):
    v1 = MatterVersionFactory(bodies=[body_a])
    content = edited(
        catalog_export(on=today), {cell("事项类型", 2): "行政罚款", cell("抽查比例（%）", 2): -5}
    )
    upload = io.BytesIO(content)
    upload.name = "清单.xlsx"
    client.force_login(supervisor)
    before = db_snapshot(v1)
    response = client.post("/api/v1/catalog/import", {"file": upload, "valid_from": "2026-12-01"})
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "CAT-008"
    assert [(e["row"], e["column"]) for e in body["extra"]["errors"]] == [
        (2, "事项类型"),
        (2, "抽查比例（%）"),
    ]
    assert db_snapshot(v1) == before


# --- reports and guided list ----------------------------------------------------------------------------------


def test_the_reports(client, today, officer_a, body_a, body_b, street):
    idle = MatterVersionFactory(bodies=[body_a, body_b])
    MatterVersionFactory(bodies=[street], street_delegation="delegated")
    client.force_login(officer_a)
    unused = client.get("/api/v1/catalog/reports/unused").json()
    assert idle.matter.basic_code in {r["basic_code"] for r in unused}
    repeated = client.get("/api/v1/catalog/reports/repeated").json()
    assert [r["basic_code"] for r in repeated] == [idle.matter.basic_code]
    (row,) = client.get("/api/v1/catalog/reports/delegation", {"complaint_threshold": 5}).json()
    assert (row["street"]["id"], row["cases"], row["struggling"], row["reasons"]) == (
        street.pk,
        0,
        True,
        ["期内无案件"],
    )


def test_the_guided_list(client, today, supervisor, head_a):
    data = {"basic_code": "330217888000", "name": "对占道经营的行政处罚", "source": "测试省指导目录",
            "listed_on": "2026-01-01"}  # fmt: skip
    client.force_login(head_a)
    assert client.post("/api/v1/guided-items", data, content_type=JSON).status_code == 403
    client.force_login(supervisor)
    assert client.post("/api/v1/guided-items", data, content_type=JSON).status_code == 201
    assert [i["basic_code"] for i in client.get("/api/v1/guided-items").json()] == ["330217888000"]
