"""Factories for workbench accounts, with one trait per role, and ``actor_of`` for calling services."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from zhifa.accounts.actors import Actor
from zhifa.accounts.constants import Role
from zhifa.accounts.models import User
from zhifa.organisations.tests.factories import OrganisationFactory

PASSWORD = "测试口令-not-secret-123"


class UserFactory(DjangoModelFactory):
    """An account; the default is an 执法人员 of a new enforcement body."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    class Params:
        officer = factory.Trait(role=Role.OFFICER)
        legal_reviewer = factory.Trait(role=Role.LEGAL_REVIEWER)
        head = factory.Trait(role=Role.AGENCY_HEAD)
        supervisor = factory.Trait(
            role=Role.SUPERVISOR, organisation=factory.SubFactory(OrganisationFactory, justice_bureau=True)
        )
        justice_office = factory.Trait(
            role=Role.JUSTICE_OFFICE,
            organisation=factory.SubFactory(OrganisationFactory, justice_office=True),
        )
        admin = factory.Trait(role=Role.ADMIN, organisation=None, is_staff=True, is_superuser=True)

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Sequence(lambda n: f"测试用户{n}")
    role = Role.OFFICER
    organisation = factory.SubFactory(OrganisationFactory)
    is_active = True

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or PASSWORD)
        if create:
            obj.save(update_fields=["password"])


def actor_of(user) -> Actor:
    """The ``Actor`` services take for ``user`` (an Actor is returned unchanged)."""
    return user if isinstance(user, Actor) else Actor.from_user(user)
