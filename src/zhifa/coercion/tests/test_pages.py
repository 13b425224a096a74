"""The workbench pages: the list with its filters, a measure's detail with history, deadlines and next steps, a
step taken from its form (and a refusal shown in it), the printable inventory."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from zhifa.accounts.tests.factories import UserFactory
from zhifa.cases.tests.factories import ORG_PARTY_USCC

from .factories import MP4, approved, in_force, reminded

pytestmark = pytest.mark.django_db


def test_the_list_shows_the_bodys_measures_and_filters_them(client, team, body_b):
    m = in_force(team)
    client.force_login(team.officer_user)
    page = client.get("/workbench/coercion/").content.decode()
    assert m.number in page and "实施中" in page and "示范贸易有限公司" in page
    assert m.number not in client.get("/workbench/coercion/?state=released").content.decode()
    assert (
        m.number
        in client.get(f"/workbench/coercion/?matter={team.matter.pk}&since=2026-09-01").content.decode()
    )
    assert m.number not in client.get("/workbench/coercion/?until=2026-08-31").content.decode()
    client.force_login(UserFactory(officer=True, organisation=body_b))
    assert m.number not in client.get("/workbench/coercion/").content.decode()
    assert client.get(f"/workbench/coercion/measures/{m.pk}/").status_code == 404


def test_the_executions_tab(client, team):
    e = reminded(team)
    client.force_login(team.head)
    page = client.get("/workbench/coercion/?tab=execution").content.decode()
    assert e.number in page and "已催告（履行期）" in page


def test_the_detail_shows_history_deadlines_and_next_steps(client, team):
    m = in_force(team)
    client.force_login(team.head)
    page = client.get(f"/workbench/coercion/measures/{m.pk}/").content.decode()
    assert "报请负责人批准" in page and "负责人批准" in page and "实施（现场笔录、决定书和清单）" in page
    assert "2026-10-08" in page and "第二十五条" in page and "已逾期" in page  # today is 22 November
    assert f"/workbench/coercion/measures/{m.pk}/release/" in page and "延长期限" in page
    inventory = client.get(f"/workbench/coercion/measures/{m.pk}/inventory/").content.decode()
    assert (
        inventory.count('data-testid="copy"') == 2
        and "过期预包装食品" in inventory
        and "一式二份" in inventory
    )


def test_an_officer_implements_a_seizure_from_the_form_with_its_video(client, team):
    m = approved(team, on=date(2026, 11, 20))
    client.force_login(team.officer_user)
    url = f"/workbench/coercion/measures/{m.pk}/implement/"
    assert "音像记录" in client.get(url).content.decode()
    form = {
        "implement-officer_ids": [str(i) for i in team.officer_ids], "implement-implemented_at": "2026-11-21T09:30",
        "implement-party_present": "on", "implement-party_notified": "on", "implement-rights_told": "on",
        "implement-party_signed": "on", "implement-inventory": "过期食品，30，箱，完好\n冷柜，1，台",
        "implement-inventory_copies": "2", "implement-inventory_delivered": "on",
    }  # fmt: skip
    r = client.post(url, form)
    assert r.status_code == 422 and "COE-006" in r.content.decode()
    r = client.post(
        url, {**form, "implement-av_file": SimpleUploadedFile("DSJ.mp4", MP4, content_type="video/mp4")}
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    m.refresh_from_db()
    assert m.state == "in_force" and len(m.inventory) == 2 and m.av_sha256
    assert "已完成：实施" in client.get(r["Location"]).content.decode()


def test_an_officer_cannot_open_an_approval_form(client, team):
    m = approved(team)
    client.force_login(team.officer_user)
    r = client.get(f"/workbench/coercion/measures/{m.pk}/release/")
    assert r.status_code == 302


def test_an_officer_proposes_a_measure_from_the_new_page(client, team):
    client.force_login(team.officer_user)
    page = client.get("/workbench/coercion/new/propose/").content.decode()
    assert "报请负责人批准" in page and "查封、扣押不符合安全标准的食品" in page
    r = client.post("/workbench/coercion/new/propose/", {
        "propose-on": "2026-11-20", "propose-matter_id": str(team.matter.pk), "propose-kind": "seize",
        "propose-party__kind": "organisation", "propose-party__name": "示范贸易有限公司",
        "propose-party__identifier": ORG_PARTY_USCC, "propose-grounds": "涉嫌经营过期食品",
        "propose-basis": "《食品安全法》第一百一十条",
    })  # fmt: skip
    assert r.status_code == 302, r.content.decode()[:3000]
    assert "报请批准" in client.get(r["Location"]).content.decode()
