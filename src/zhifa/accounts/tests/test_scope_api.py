"""Scope through the API (/api/v1/): what a session or a token sees and may change, and what reads as 404."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client

from zhifa.accounts.constants import Perm
from zhifa.accounts.services import api_token_create, api_token_revoke
from zhifa.accounts.tests.factories import actor_of
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory
from zhifa.personnel.workflow import CertState

API = "/api/v1"


@pytest.fixture
def world(today, body_a, unit_a, body_b):
    people_a = [
        PersonFactory(organisation=body_a, name="甲局一"),
        PersonFactory(organisation=unit_a, name="甲局二"),
    ]
    person_b = PersonFactory(organisation=body_b, name="乙局一")
    return {
        "people_a": people_a,
        "person_b": person_b,
        "cert_a": CertificateFactory(valid=True, person=people_a[0]),
        "cert_b": CertificateFactory(valid=True, person=person_b),
    }


def _session(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _bearer(raw: str) -> Client:
    return Client(headers={"Authorization": f"Bearer {raw}"})


@pytest.fixture
def token_a(supervisor, body_a):
    """A token scoped to body A with the permissions of its head (view and manage people)."""
    perms = [Perm.PERSON_VIEW, Perm.PERSON_MANAGE, Perm.ORG_VIEW]
    token, raw = api_token_create(
        by=actor_of(supervisor), name="甲局办案系统", organisation=body_a, permissions=perms
    )
    return token, raw


def _items(response) -> list[dict]:
    assert response.status_code == 200, response.content.decode()
    data = response.json()
    return data["items"] if isinstance(data, dict) else data


def _person_ids(client: Client) -> set[int]:
    return {p["id"] for p in _items(client.get(f"{API}/persons"))}


@pytest.fixture
def head_a_client(head_a):
    return _session(head_a)


@pytest.fixture
def token_a_client(token_a):
    return _bearer(token_a[1])


CLIENTS = ["head_a_client", "token_a_client"]


@pytest.mark.parametrize("client_name", CLIENTS)
def test_it_lists_only_body_as_people(request, world, client_name):
    client = request.getfixturevalue(client_name)
    assert _person_ids(client) == {p.pk for p in world["people_a"]}


@pytest.mark.parametrize("client_name", CLIENTS)
def test_it_hides_another_bodys_person(request, world, client_name):
    client = request.getfixturevalue(client_name)
    response = client.get(f"{API}/persons/{world['person_b'].pk}")
    assert response.status_code == 404
    assert response.json()["code"] == "SCOPE-404"
    assert client.get(f"{API}/persons/{world['people_a'][1].pk}").status_code == 200


@pytest.mark.parametrize("client_name", CLIENTS)
def test_it_refuses_to_patch_another_bodys_person(request, db_snapshot, world, client_name):
    client = request.getfixturevalue(client_name)
    other = world["person_b"]
    before = db_snapshot(other)
    response = client.patch(f"{API}/persons/{other.pk}", {"post": "被改岗"}, content_type="application/json")
    assert response.status_code == 404
    assert db_snapshot(other) == before


@pytest.mark.parametrize("client_name", CLIENTS)
def test_it_patches_an_own_person(request, world, client_name):
    client = request.getfixturevalue(client_name)
    own = world["people_a"][1]
    response = client.patch(f"{API}/persons/{own.pk}", {"post": "科长"}, content_type="application/json")
    assert response.status_code == 200, response.content.decode()
    own.refresh_from_db()
    assert own.post == "科长"


@pytest.mark.parametrize("client_name", CLIENTS)
def test_it_lists_only_body_as_organisations(request, world, body_a, unit_a, client_name):
    client = request.getfixturevalue(client_name)
    assert {o["id"] for o in _items(client.get(f"{API}/organisations"))} == {body_a.pk, unit_a.pk}


def test_it_shows_the_supervisor_both_bodies(world, supervisor):
    everyone = {p.pk for p in world["people_a"]} | {world["person_b"].pk}
    assert _person_ids(_session(supervisor)) == everyone


def test_it_hides_another_bodys_certificate(world, head_a_client, supervisor):
    cert_b = world["cert_b"]
    assert head_a_client.get(f"{API}/certificates/{cert_b.pk}").status_code == 404
    assert head_a_client.get(f"{API}/certificates/{world['cert_a'].pk}").status_code == 200
    assert _session(supervisor).get(f"{API}/certificates/{cert_b.pk}").status_code == 200


def test_it_lets_the_supervisor_suspend_through_the_api(today, world, supervisor):
    cert = world["cert_b"]
    body = {"reason": "年度考核不合格", "until": str(today + timedelta(days=90))}
    response = _session(supervisor).post(
        f"{API}/certificates/{cert.pk}/suspend", body, content_type="application/json"
    )
    assert response.status_code == 200, response.content.decode()
    cert.refresh_from_db()
    assert (cert.state, cert.suspended_until) == (CertState.SUSPENDED, today + timedelta(days=90))


def test_it_refuses_a_head_suspending_without_permission(today, db_snapshot, world, head_a_client):
    cert = world["cert_a"]
    before = db_snapshot(cert)
    body = {"reason": "测试", "until": str(today + timedelta(days=90))}
    response = head_a_client.post(
        f"{API}/certificates/{cert.pk}/suspend", body, content_type="application/json"
    )
    assert response.status_code == 403
    assert response.json()["code"] == "AUTH-PERM"
    assert db_snapshot(cert) == before


def test_it_refuses_a_revoked_token(world, supervisor, token_a):
    token, raw = token_a
    client = _bearer(raw)
    assert client.get(f"{API}/persons").status_code == 200
    api_token_revoke(by=actor_of(supervisor), token=token)
    response = client.get(f"{API}/persons")
    assert response.status_code == 401
    assert response.json()["code"] == "AUTH-401"


def test_it_refuses_an_unknown_token_and_an_anonymous_visitor(world, public):
    assert _bearer("zf_not-a-real-token").get(f"{API}/persons").status_code == 401
    assert public.get(f"{API}/persons").status_code == 401


def test_it_gives_a_justice_office_token_the_street_scope(client, supervisor, sifasuo, street_team, body_a):
    from zhifa.accounts.services import api_token_create
    from zhifa.accounts.tests.factories import actor_of
    from zhifa.personnel.tests.factories import PersonFactory

    team_member = PersonFactory(organisation=street_team)
    PersonFactory(organisation=body_a)
    _, raw = api_token_create(
        by=actor_of(supervisor), name="司法所系统", organisation=sifasuo, permissions=["personnel.view"]
    )
    response = client.get("/api/v1/persons", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 200
    assert [p["id"] for p in response.json()["items"]] == [team_member.pk]
