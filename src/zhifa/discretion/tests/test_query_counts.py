"""List pages and endpoints run a fixed number of queries, however many benchmarks there are (no N+1)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from zhifa.discretion.tests.factories import draft_benchmark, filed_benchmark, penalty_matter, step

pytestmark = pytest.mark.django_db
LISTS = [
    "/workbench/discretion/",
    "/workbench/discretion/three-lists/",
    "/workbench/discretion/queue/",
    "/api/v1/benchmarks",
    "/api/v1/benchmarks/filing-queue",
    "/api/v1/three-lists",
]


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _add(n: int, body, head, supervisor, url: str) -> None:
    """``n`` benchmarks: submitted ones for the filing queue, filed ones for the other lists."""
    for _ in range(n):
        if "queue" in url:
            step(head, draft_benchmark(head, penalty_matter(body)), "submit")
        else:
            filed_benchmark(head, supervisor, penalty_matter(body))


@pytest.mark.parametrize("url", LISTS)
def test_it_runs_the_same_number_of_queries_for_2_and_12_benchmarks(
    client, today, body_a, head_a, supervisor, url
):
    client.force_login(supervisor)
    _add(2, body_a, head_a, supervisor, url)
    few = _queries(client, url)
    _add(10, body_a, head_a, supervisor, url)
    many = _queries(client, url)
    assert many == few, f"{url}: {few} queries for 2 benchmarks, {many} for 12"
