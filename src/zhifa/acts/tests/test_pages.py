"""The acts pages: the list with filters (scoped), the record form (validating as the service does), a record
with its versions, history and deadline, a correction from the page, and the yearly table."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.accounts.tests.factories import UserFactory
from zhifa.acts.models import ActRecord
from zhifa.organisations.tests.factories import OrganisationFactory

from .factories import ORG_PARTY_USCC, make_act_team, record

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(today, body_a):
    return make_act_team(body_a)


def _form(team, **kw) -> dict:
    data = {"kind": "levy", "matter_id": team.matters["levy"].pk, "decided_on": "2026-11-02",
            "number": "测征〔2026〕3号", "decision": "征收城市道路占用挖掘修复费", "amount": "5600",
            "party_kind": "organisation", "party_name": "示范建设工程有限公司", "party_identifier": ORG_PARTY_USCC,
            "officer_ids": [team.officers[0].pk], "publish": "on"}  # fmt: skip
    return {**data, **kw}


def test_the_list_filters_by_kind_and_is_scoped(client, team):
    record(team, "levy", number="征〔2026〕1号")
    record(team, "reward", number="奖〔2026〕1号")
    client.force_login(team.officer_user)
    page = client.get("/workbench/acts/", {"kind": "reward"}).content.decode()
    assert "奖〔2026〕1号" in page and "征〔2026〕1号" not in page

    outsider = UserFactory(officer=True, organisation=OrganisationFactory(name="测试区交通运输局"))
    client.force_login(outsider)
    assert "奖〔2026〕1号" not in client.get("/workbench/acts/").content.decode()


def test_an_officer_records_a_levy_from_the_form(client, team):
    client.force_login(team.officer_user)
    assert "城市道路占用挖掘修复费的征收（行政征收）" in client.get("/workbench/acts/new/").content.decode()
    r = client.post("/workbench/acts/new/", _form(team))
    act = ActRecord.objects.get()
    assert r.status_code == 302 and r["Location"] == f"/workbench/acts/{act.pk}/"
    assert (act.number, str(act.amount), act.party.name) == (
        "测征〔2026〕3号",
        "5600.00",
        "示范建设工程有限公司",
    )


def test_the_form_shows_the_services_refusal_and_saves_nothing(client, team):
    client.force_login(team.officer_user)
    r = client.post("/workbench/acts/new/", _form(team, amount=""))
    assert r.status_code == 422
    assert "ACT-003" in r.content.decode() and "行政征收决定须载明金额" in r.content.decode()
    r = client.post("/workbench/acts/new/", _form(team, decided_on="不是日期"))
    assert r.status_code == 422
    assert not ActRecord.objects.exists()


def test_the_detail_shows_history_deadline_and_a_correction_makes_a_new_version(client, team):
    act = record(team, "levy")
    client.force_login(team.officer_user)
    page = client.get(f"/workbench/acts/{act.pk}/").content.decode()
    assert "登记" in page and "执法决定公开期限" in page and "acts.publish_working_days" in page
    assert (
        'data-testid="step-correct"' in page and 'data-testid="step-revoke"' not in page
    )  # revoking is the head's

    form = {
        f"correct-{k}": v for k, v in _form(team, amount="9000", number=act.number, reason="面积有误").items()
    }
    r = client.post(f"/workbench/acts/{act.pk}/correct/", form)
    new = ActRecord.objects.get(supersedes=act)
    assert r.status_code == 302 and r["Location"] == f"/workbench/acts/{new.pk}/"
    page = client.get(r["Location"]).content.decode()
    assert "第2版" in page and "已更正" in page and "面积有误" in page


def test_a_refused_step_on_the_page_shows_the_rule(client, team):
    act = record(team, "levy")
    client.force_login(team.head)
    r = client.post(
        f"/workbench/acts/{act.pk}/revoke/", {"revoke-reason": "复议撤销", "revoke-on": "2026-10-01"}
    )
    assert r.status_code == 422 and "ACT-004" in r.content.decode()
    r = client.post(f"/workbench/acts/{act.pk}/revoke/", {"revoke-reason": "复议撤销"})
    assert r.status_code == 302
    act.refresh_from_db()
    assert act.state == "revoked"


def test_the_yearly_table_shows_counts_per_body_and_kind(client, team):
    record(team, "reward", decided_on=date(2026, 2, 3), number="奖1")
    record(team, "reward", decided_on=date(2026, 2, 9), number="奖2")
    client.force_login(team.officer_user)
    page = client.get("/workbench/acts/summary/", {"year": "2026"}).content.decode()
    assert "测试区市场监督管理局" in page and "行政奖励" in page and "4000.00" in page
