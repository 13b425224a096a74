"""The API document that other systems generate clients from: served without login, stable operation ids."""

import collections

import pytest

pytestmark = pytest.mark.django_db


def test_it_serves_the_openapi_document_without_login(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert "/api/v1/certificates/{cert_id}/suspend" in response.json()["paths"]


def test_it_gives_every_operation_a_unique_id_named_after_its_endpoint(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    ids = [op["operationId"] for ops in paths.values() for op in ops.values()]
    assert [i for i, n in collections.Counter(ids).items() if n > 1] == []
    assert "person_list" in ids and "certificate_suspend" in ids
