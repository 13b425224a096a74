"""A party's history across cases: its cases the officer may see, and its violations on the whole platform, which
the discretion calculator reads for 首违不罚 and repeat offences (《行政处罚法》第三十三条)."""

from datetime import date
from decimal import Decimal

import pytest

from zhifa.accounts.tests.factories import UserFactory
from zhifa.organisations.tests.factories import OrganisationFactory

from .factories import make_team, notified, step

pytestmark = pytest.mark.django_db


def _decided(team, *, on=date(2026, 9, 24)):
    case = notified(team)
    step(team.officer_user, case, "waive", on=date(2026, 9, 23), reason="当事人书面放弃")
    return step(
        team.head, case, "decide", on=on, outcome="penalty", kinds=["fine"], fine_amount=Decimal("8000")
    )


@pytest.fixture
def two_bodies(today, body_a, body_b):
    """The same company fined by 区市场监管局 and by 区生态环境分局."""
    a, b = make_team(body_a), make_team(body_b)
    return _decided(a), _decided(b), a, b


def test_the_party_page_shows_every_violation_and_only_the_cases_in_scope(client, two_bodies):
    case_a, case_b, a, _ = two_bodies
    client.force_login(a.officer_user)

    page = client.get(f"/workbench/cases/parties/{case_a.party_id}/").content.decode()

    assert case_a.party_id == case_b.party_id  # one party row per 统一社会信用代码
    assert (
        case_a.decision_number in page and case_b.decision_number in page
    )  # the platform's record, both bodies
    assert "测试区生态环境分局" in page and "近两年 2 条" in page
    assert case_a.number in page and case_b.number not in page  # the other body's case stays in its scope
    detail = client.get(f"/workbench/cases/{case_a.pk}/").content.decode()
    assert f"/workbench/cases/parties/{case_a.party_id}/" in detail


def test_the_api_gives_the_same_history(client, two_bodies):
    case_a, case_b, a, _ = two_bodies
    client.force_login(a.officer_user)

    body = client.get(f"/api/v1/parties/{case_a.party_id}").json()

    assert body["identifier_masked"] != "" and "*" in body["identifier_masked"]
    assert [c["number"] for c in body["cases"]] == [case_a.number]
    refs = {v["reference"]: v for v in body["violations"]}
    assert set(refs) == {case_a.decision_number, case_b.decision_number}
    assert refs[case_b.decision_number]["organisation"] == "测试区生态环境分局"
    assert refs[case_a.decision_number]["matter"] == "对未按规定公示信息的行政处罚"


def test_a_party_without_a_case_in_scope_is_not_found(client, two_bodies):
    case_a, *_ = two_bodies
    outsider = UserFactory(officer=True, organisation=OrganisationFactory(name="测试区交通运输局"))
    client.force_login(outsider)

    assert client.get(f"/workbench/cases/parties/{case_a.party_id}/").status_code == 404
    assert client.get(f"/api/v1/parties/{case_a.party_id}").status_code == 404
