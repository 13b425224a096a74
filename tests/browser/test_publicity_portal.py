"""In a real browser, on a phone: the portal home → search for a two-character word → a published decision,
masked → back home → verify an officer's certificate (issue 6, "Done when")."""

import re
from datetime import date

import pytest

from zhifa.accounts.actors import Actor
from zhifa.cases.tests.factories import make_team
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory
from zhifa.publicity import services
from zhifa.publicity.tests.support import SECRETS, decided_case, publication_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def published(today, body_a):
    team = make_team(body_a)
    pub = publication_of(decided_case(team, decide_on=date(2026, 11, 20)))
    return services.publication_review(publication=pub, publish=True, by=Actor.from_user(team.reviewer))


@pytest.fixture
def certificate(body_a):
    person = PersonFactory(organisation=body_a, name="林晓东")
    return CertificateFactory(person=person, valid=True, number="439901202600077")


def test_home_search_record_and_certificate(page, live_server, published, certificate):
    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", name="行政执法信息公示").is_visible()
    assert published.title in page.content()  # 最新公示

    page.fill("#hq", "罚款")
    page.get_by_role("button", name="检索").first.click()
    page.wait_for_url(re.compile(r"/gongshi/\?q="))
    assert "共找到 1 条" in page.get_by_test_id("result-count").inner_text()

    page.get_by_role("link", name=published.title).click()
    page.wait_for_url(re.compile(rf"/gongshi/{published.pk}/$"))
    record = page.get_by_test_id("record").inner_text()
    assert "罚款3,000.00元" in record and "吴某" in record and "陈某某" in record
    html = page.content()
    for secret in SECRETS:
        assert secret not in html, secret
    assert page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth + 1"
    )  # no sideways scroll

    page.goto(live_server.url + "/")
    page.fill("#q", certificate.number)
    page.get_by_role("button", name="查询").click()
    page.get_by_role("link", name="核验详情").click()
    page.wait_for_url(re.compile(r"/zhengjian/"))
    assert "林晓东" in page.content() and "有效" in page.content()
