"""List pages and endpoints run a fixed number of queries, however many people a body has (no N+1)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/persons",
    "/api/v1/certificates",
    "/workbench/personnel/",
    "/workbench/personnel/certificates/",
]


def _add_holders(body, n: int) -> None:
    for _ in range(n):
        CertificateFactory(person=PersonFactory(organisation=body), valid=True)


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


@pytest.mark.parametrize("url", LISTS)
def test_it_runs_the_same_number_of_queries_for_3_and_30_people(client, supervisor, body_a, url):
    client.force_login(supervisor)
    _add_holders(body_a, 3)
    few = _queries(client, url)
    _add_holders(body_a, 27)
    many = _queries(client, url)
    assert many == few, f"{url}: {few} queries for 3 people, {many} for 30"
