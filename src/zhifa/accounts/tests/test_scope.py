"""The one scoping function, persona by persona (accounts/permissions.py), and the services that rely on it.

- 执法人员、机关负责人: their own body and its internal units;
- 司法所人员: their street, the street's enforcement team, and the 司法所 itself;
- 司法局监督人员: every organisation whose region code lies in the bureau's region;
- 系统管理员: everything.
"""

from __future__ import annotations

import pytest

from zhifa.accounts.permissions import get_in_scope, restrict
from zhifa.accounts.tests.factories import actor_of
from zhifa.core.exceptions import NotInScope
from zhifa.organisations.models import Organisation
from zhifa.organisations.tests.factories import OrganisationFactory
from zhifa.personnel.models import Certificate, Person
from zhifa.personnel.services import certificate_transition, person_update
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory

ORGS = ["bureau", "body_a", "unit_a", "body_b", "street", "street_team", "sifasuo", "elsewhere"]
SCOPES = {
    "officer_a": {"body_a", "unit_a"},
    "head_a": {"body_a", "unit_a"},
    "head_b": {"body_b"},
    "sifasuo_user": {"street", "street_team", "sifasuo"},
    "supervisor": set(ORGS) - {"elsewhere"},
    "admin_user": set(ORGS),
}
# Organisations that may employ officers (a 司法局 and a 司法所 hold no enforcement officers here).
EMPLOYERS = ["body_a", "unit_a", "body_b", "street", "street_team", "elsewhere"]


@pytest.fixture
def world(request, bureau):
    """Every organisation of the district, one in another district (439902), one person per employer."""
    orgs = {name: request.getfixturevalue(name) for name in ORGS if name != "elsewhere"}
    orgs["elsewhere"] = OrganisationFactory(name="外区市场监督管理局", region_code="439902")
    people = {name: PersonFactory(organisation=orgs[name], name=f"{name}的人员") for name in EMPLOYERS}
    certs = {name: CertificateFactory(valid=True, person=person) for name, person in people.items()}
    return {"orgs": orgs, "people": people, "certs": certs}


@pytest.mark.parametrize("persona", SCOPES)
def test_it_shows_each_persona_exactly_its_organisations(request, world, persona):
    actor = actor_of(request.getfixturevalue(persona))
    visible = set(restrict(Organisation.objects.all(), actor, via="self"))
    assert visible == {world["orgs"][name] for name in SCOPES[persona]}


@pytest.mark.parametrize("persona", SCOPES)
def test_it_shows_each_persona_exactly_its_people(request, world, persona):
    actor = actor_of(request.getfixturevalue(persona))
    expected = {world["people"][name] for name in EMPLOYERS if name in SCOPES[persona]}
    assert set(restrict(Person.objects.all(), actor)) == expected


@pytest.mark.parametrize("persona", SCOPES)
def test_it_shows_each_persona_exactly_its_certificates(request, world, persona):
    actor = actor_of(request.getfixturevalue(persona))
    expected = {world["certs"][name] for name in EMPLOYERS if name in SCOPES[persona]}
    assert set(restrict(Certificate.objects.all(), actor)) == expected


def test_it_reports_an_object_out_of_scope_as_not_found(world, head_a):
    other = world["people"]["body_b"]
    with pytest.raises(NotInScope) as info:
        get_in_scope(Person.objects.all(), actor_of(head_a), pk=other.pk)
    assert (info.value.code, info.value.status) == ("SCOPE-404", 404)


def test_it_sees_nothing_for_an_account_without_organisation(world, head_a):
    head_a.organisation = None
    assert not restrict(Person.objects.all(), actor_of(head_a)).exists()


# --- writes out of scope ------------------------------------------------------------------------------------


def test_it_refuses_a_head_updating_another_bodys_person(refused, world, head_a):
    other = world["people"]["body_b"]
    with refused("SCOPE-404", other):
        person_update(by=actor_of(head_a), person=other, data={"post": "改岗"})


def test_it_refuses_a_head_moving_a_person_into_another_body(refused, world, head_a):
    own = world["people"]["body_a"]
    with refused("SCOPE-404", own):
        person_update(by=actor_of(head_a), person=own, data={"organisation": world["orgs"]["body_b"]})


def test_it_lets_a_head_update_a_person_of_an_internal_unit(today, world, head_a):
    person = world["people"]["unit_a"]
    person_update(by=actor_of(head_a), person=person, data={"post": "科长"})
    person.refresh_from_db()
    assert person.post == "科长"


def test_it_refuses_a_head_taking_a_step_on_another_bodys_certificate(refused, today, world, head_a):
    cert = world["certs"]["body_b"]
    with refused("SCOPE-404", cert):
        certificate_transition(
            by=actor_of(head_a), certificate=cert, action="report_lost", reason="遗失", today=today
        )


def test_it_refuses_the_supervisor_a_certificate_in_another_district(refused, today, world, supervisor):
    cert = world["certs"]["elsewhere"]
    with refused("SCOPE-404", cert):
        certificate_transition(
            by=actor_of(supervisor), certificate=cert, action="report_lost", reason="遗失", today=today
        )


def test_it_lets_the_head_take_a_step_on_its_own_certificate(today, world, head_a):
    cert = world["certs"]["body_a"]
    certificate_transition(
        by=actor_of(head_a), certificate=cert, action="report_lost", reason="遗失", today=today
    )
    cert.refresh_from_db()
    assert cert.state == "lost"
