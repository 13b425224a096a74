"""The admin shows benchmarks (with their tiers and history) and the party history, and changes neither."""

import pytest

from zhifa.discretion.tests.factories import PartyViolationFactory, filed_benchmark, penalty_matter

pytestmark = pytest.mark.django_db
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def test_it_shows_a_benchmark_read_only(client, today, body_a, head_a, supervisor, admin_user):
    b = filed_benchmark(head_a, supervisor, penalty_matter(body_a))
    client.force_login(admin_user, backend=MODEL_BACKEND)
    assert client.get("/workbench/admin/discretion/benchmark/").status_code == 200
    page = client.get(f"/workbench/admin/discretion/benchmark/{b.pk}/change/")
    assert page.status_code == 200 and "情节一般" in page.content.decode()
    assert client.get("/workbench/admin/discretion/benchmark/add/").status_code == 403
    assert (
        client.post(f"/workbench/admin/discretion/benchmark/{b.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )


def test_it_lists_party_violations_without_editing(client, today, body_a, admin_user):
    v = PartyViolationFactory(matter=penalty_matter(body_a), organisation=body_a)
    client.force_login(admin_user, backend=MODEL_BACKEND)
    assert v.reference in client.get("/workbench/admin/discretion/partyviolation/").content.decode()
    assert client.get("/workbench/admin/discretion/partyviolation/add/").status_code == 403
