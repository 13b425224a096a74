"""Search of the portal (issue 6): two-character words and longer phrases find the right records on SQLite and
PostgreSQL (CI runs this file on both), with filters; only served records are found."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.accounts.actors import Actor
from zhifa.cases.tests.factories import make_team, org_party
from zhifa.publicity import selectors, services
from zhifa.publicity.selectors import SearchFilters

from .support import decided_case, publication_of

pytestmark = pytest.mark.django_db

FOOD = "当事人在经营场所销售超过保质期的食品，货值金额八百元。"
UNLICENSED = "当事人未取得食品经营许可证从事食品经营活动，即无证经营。"
SPLIT = "当事人经营无照的证件复印件，未取得许可。"  # 无, 证, 经营 all occur, never as 无证经营


@pytest.fixture
def records(today, body_a):
    team = make_team(body_a)
    reviewer = Actor.from_user(team.reviewer)
    made = {}
    for key, facts, party in (("food", FOOD, None), ("unlicensed", UNLICENSED, org_party(name="示范餐饮有限公司")),
                              ("split", SPLIT, None)):  # fmt: skip
        case = decided_case(make_team(body_a) if made else team, facts=facts, party=party,
                            decide_on=date(2026, 11, 20))  # fmt: skip
        made[key] = services.publication_review(publication=publication_of(case), publish=True, by=reviewer)
    return made


def _found(**kw) -> set[int]:
    return set(selectors.search(SearchFilters(**kw)).values_list("pk", flat=True))


def test_a_two_character_word_finds_every_record_that_contains_it(records):
    assert _found(q="罚款") == {p.pk for p in records.values()}  # each record's penalty reads 罚款3,000.00元
    assert _found(q="食品") == {records["food"].pk, records["unlicensed"].pk}
    assert _found(q="保质") == {records["food"].pk}


def test_a_longer_phrase_finds_only_the_records_where_it_occurs_as_written(records):
    assert _found(q="无证经营") == {records["unlicensed"].pk}
    assert _found(q="超过保质期的食品") == {records["food"].pk}
    assert _found(q="食品 无证经营") == {records["unlicensed"].pk}  # words are ANDed
    assert _found(q="无照的证件复印件") == {records["split"].pk}


def test_filters_narrow_the_search(records):
    assert _found(q="罚款", party="示范餐饮") == {records["unlicensed"].pk}  # organisations by name prefix
    assert _found(party="吴某") == set()  # a natural person's name is not a search key
    assert _found(kind="licence") == set()
    assert _found(date_from=date(2026, 11, 21)) == set()
    assert len(_found(organisation_id=records["food"].organisation_id, date_to=date(2026, 11, 20))) == 3


def test_a_withdrawn_record_is_not_found(records):
    services.publication_withdraw(publication=records["food"], ground="error", reason="当事人名称登记错误",
                                  by=Actor.from_user(make_team(records["food"].organisation).head))  # fmt: skip
    assert _found(q="保质") == set()


def test_the_portal_search_page_shows_the_matches(records, client):
    page = client.get("/gongshi/", {"q": "无证经营"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "共找到 1 条" in html and f"/gongshi/{records['unlicensed'].pk}/" in html
    assert f"/gongshi/{records['food'].pk}/" not in html


def test_the_api_search_is_public(records, client):
    data = client.get("/api/v1/publicity/search", {"q": "罚款"}).json()
    assert data["count"] == 3 and not data["more_than_count"]
    assert all("罚款" in str(r["content"]) for r in data["results"])
