"""The workbench pages of 行政检查: the list scoped to the user, an inspection with its history, deadlines and next
steps, the checklist form an officer fills in on site, and the registration form."""

from __future__ import annotations

import pytest

from zhifa.cases.tests.factories import ORG_PARTY_USCC
from zhifa.inspections.models import Inspection

from .factories import CHECKLIST, inspection_team, reach, take


@pytest.fixture
def team(today, body_a):
    return inspection_team(body_a)


def test_it_lists_the_inspections_of_the_user_s_body(client, team, head_b):
    inspection = reach(team, "pending")
    client.force_login(team.officer_user)
    r = client.get("/workbench/inspections/")
    assert r.status_code == 200
    assert inspection.number in r.text and "示范贸易有限公司" in r.text and "待审批" in r.text
    assert inspection.number not in client.get("/workbench/inspections/?state=closed").text
    assert inspection.number in client.get(f"/workbench/inspections/?matter={team.inspection_matter.pk}").text
    assert inspection.number not in client.get("/workbench/inspections/?from=2026-11-06").text
    client.force_login(head_b)
    assert inspection.number not in client.get("/workbench/inspections/").text
    assert client.get(f"/workbench/inspections/{inspection.pk}/").status_code == 404


def test_it_shows_an_inspection_with_its_history_deadlines_and_counts(client, team):
    inspection = take(team, reach(team, "recorded", failing=False), "conclude")
    client.force_login(team.officer_user)
    r = client.get(f"/workbench/inspections/{inspection.pk}/")
    assert r.status_code == 200
    for text in (
        "扫码入企",
        "现场检查",
        "未发现问题，办结",
        "检查结果公示期限",
        "2026-12-04",
        "20个工作日",
        "2026年本机关已检查 <strong>1</strong> 次",
        "检审〔2026〕1号",
        *CHECKLIST,
    ):
        assert text in r.text, text
    assert 'data-testid="step-record_publicity"' in r.text


def test_it_records_the_checklist_from_the_phone_form(client, team):
    inspection = reach(team, "on_site")
    client.force_login(team.officer_user)
    page = client.get(f"/workbench/inspections/{inspection.pk}/").text
    assert 'data-testid="checklist"' in page and 'class="btn-check"' in page
    data = {"record-on": "2026-11-05", "record-checked": "经营场所、台账", "record-found": "进货查验记录缺失",
            "record-signature": "signed", "record-officer_ids": [str(i) for i in team.officer_ids],
            "record-item_0": "pass", "record-item_1": "fail", "record-note_1": "缺10月记录"}  # fmt: skip
    r = client.post(f"/workbench/inspections/{inspection.pk}/steps/record/", data)
    assert (
        r.status_code == 422 and "INS-007" in r.text and "从业人员健康证明" in r.text
    )  # the third is unanswered
    assert Inspection.objects.get(pk=inspection.pk).state == "on_site"
    r = client.post(f"/workbench/inspections/{inspection.pk}/steps/record/", {**data, "record-item_2": "na"})
    assert r.status_code == 302
    inspection.refresh_from_db()
    assert (inspection.state, inspection.failed_items) == ("recorded", 1)
    row = inspection.steps.get(action="record")
    assert [e["answer"] for e in row.data["checklist"]] == ["pass", "fail", "na"]
    assert row.data["checklist"][1]["note"] == "缺10月记录"


def test_it_registers_an_inspection_from_the_form(client, team):
    client.force_login(team.officer_user)
    assert "食品经营者监督检查" in client.get("/workbench/inspections/new/").text
    r = client.post("/workbench/inspections/new/", {
        "on": "2026-11-20", "matter_id": team.inspection_matter.pk, "target_kind": "organisation",
        "target_name": "示范贸易有限公司", "target_identifier": ORG_PARTY_USCC, "place": "示范路1号",
        "trigger": "routine", "planned_on": "2026-11-25", "officer_ids": [str(team.officers[0].pk)],
    })  # fmt: skip
    assert r.status_code == 422 and "INS-003" in r.text and not Inspection.objects.exists()
    r = client.post("/workbench/inspections/new/", {
        "on": "2026-11-20", "matter_id": team.inspection_matter.pk, "target_kind": "organisation",
        "target_name": "示范贸易有限公司", "target_identifier": ORG_PARTY_USCC, "place": "示范路1号",
        "trigger": "routine", "planned_on": "2026-11-25", "officer_ids": [str(i) for i in team.officer_ids],
    })  # fmt: skip
    inspection = Inspection.objects.get()
    assert r.status_code == 302 and r["Location"] == f"/workbench/inspections/{inspection.pk}/"
    assert inspection.state == "pending"


def test_the_case_an_inspection_opened_shows_the_inspection_as_its_source(client, team):
    inspection = take(team, reach(team, "recorded"), "open_case")
    client.force_login(team.officer_user)
    page = client.get(f"/workbench/cases/{inspection.case_id}/").text
    assert "来源检查" in page and inspection.number in page
    assert f"/workbench/inspections/{inspection.pk}/" in page
