"""The portal home and the workbench pages of publicity, as their users open them."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.accounts.actors import Actor
from zhifa.cases.tests.factories import make_team

from .support import decided_case, publication_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


def test_the_home_page_lists_recent_publications_and_searches_them(team, client):
    pub = publication_of(decided_case(team, decide_on=date(2026, 11, 20)))
    assert pub.title not in client.get("/").content.decode()
    client.force_login(team.reviewer)
    response = client.post(f"/workbench/publicity/{pub.pk}/publish/", {"extra_names": "", "redactions": ""})
    assert response.status_code == 302
    client.logout()
    home = client.get("/").content.decode()
    assert pub.title in home and 'action="/gongshi/"' in home and "行政执法证核验" in home


def test_the_desk_shows_the_review_queue_to_a_reviewer(team, client):
    pub = publication_of(decided_case(team))
    client.force_login(team.reviewer)
    page = client.get("/workbench/publicity/").content.decode()
    assert pub.title in page and "待保密审查" in page


def test_a_refused_action_shows_its_rule_on_the_record_page(team, client):
    pub = publication_of(decided_case(team))
    client.force_login(team.reviewer)
    page = client.post(f"/workbench/publicity/{pub.pk}/hold/", {"reason": ""}, follow=True).content.decode()
    assert "PUB-001" in page
    pub.refresh_from_db()
    assert pub.state == "pending"


def test_an_officer_cannot_review(team, client):
    pub = publication_of(decided_case(team))
    client.force_login(team.officer_user)
    assert client.get(f"/workbench/publicity/{pub.pk}/").status_code == 200
    assert client.post(f"/workbench/publicity/{pub.pk}/publish/").status_code == 403


def test_records_of_another_body_are_not_found(team, client, body_b):
    pub = publication_of(decided_case(team))
    other = make_team(body_b)
    client.force_login(other.reviewer)
    assert client.get(f"/workbench/publicity/{pub.pk}/").status_code == 404


def test_the_api_withdraws_with_a_reason(team, client):
    from zhifa.publicity import services

    pub = publication_of(decided_case(team, decide_on=date(2026, 11, 20)))
    services.publication_review(publication=pub, publish=True, by=Actor.from_user(team.reviewer))
    client.force_login(team.head)
    bad = client.post(f"/api/v1/publicity/publications/{pub.pk}/withdraw", {"ground": "changed", "reason": "短"},
                      content_type="application/json")  # fmt: skip
    assert bad.status_code == 422
    ok = client.post(f"/api/v1/publicity/publications/{pub.pk}/withdraw",
                     {"ground": "changed", "reason": "复议决定变更罚款数额", "on": "2026-11-21"},
                     content_type="application/json")  # fmt: skip
    assert ok.status_code == 200 and ok.json()["state"] == "withdrawn"
    assert ok.json()["withdraw_reason"] == "决定被变更：复议决定变更罚款数额"
    assert ok.json()["withdraw_due_on"] == "2026-11-25"  # Saturday 21st + 3 working days
