"""Factories for people, certificates, training, exams and assessments.

The factories write rows directly, to put the world in a given state for a test
(``CertificateFactory(valid=True)`` is a valid certificate without any history). ``issued_certificate``
instead takes a person through the real services (申领 → 初审 → 审核 → 发证), after giving them what the
rules require (``qualify``).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from zhifa.accounts.actors import Actor
from zhifa.accounts.constants import Role
from zhifa.core.parameters import PARAMETERS, get_param
from zhifa.organisations.constants import Category
from zhifa.organisations.models import Organisation
from zhifa.organisations.tests.factories import OrganisationFactory
from zhifa.personnel import services
from zhifa.personnel.constants import AssessmentResult, PersonStatus, StaffType, TrainingCategory
from zhifa.personnel.models import (
    AnnualAssessment,
    Certificate,
    ExamResult,
    ExamSession,
    Person,
    TrainingRecord,
)
from zhifa.personnel.workflow import CertState
from zhifa.utils.validators import resident_id_check_char, resident_id_info

ALL_MATERIALS = list(PARAMETERS["certificate.required_materials"].default)
NUMBERED_STATES = {
    CertState.VALID, CertState.SUSPENDED, CertState.REVOKED, CertState.WITHDRAWN,
    CertState.CANCELLED, CertState.LOST, CertState.REPLACED,
}  # fmt: skip
ISSUED_ON = date(2024, 3, 1)
VALID_UNTIL = date(2029, 2, 28)
SUSPENDED_UNTIL = date(2026, 12, 31)


def make_resident_id(n: int, *, region: str = "110101", male: bool = True) -> str:
    """A 居民身份证号 with a correct GB 11643 check character, distinct for each ``n`` (below 9 million)."""
    born = date(1970, 1, 1) + timedelta(days=n % 9000)
    order = (n // 9000) % 500 * 2 + (1 if male else 0)
    first17 = f"{region}{born:%Y%m%d}{order:03d}"
    return first17 + resident_id_check_char(first17)


def wrong_check_digit(id_number: str) -> str:
    """The same number with a check character that is certainly wrong."""
    right = id_number[-1]
    return id_number[:-1] + ("1" if right != "1" else "2")


class PersonFactory(DjangoModelFactory):
    """A 公务员 on duty in a new enforcement body; ``auxiliary=True`` for a 辅助人员, ``left=True`` off duty,
    ``qualified=True`` with a passed exam and a year's training (``qualify``)."""

    class Meta:
        model = Person
        skip_postgeneration_save = True

    class Params:
        auxiliary = factory.Trait(staff_type=StaffType.AUXILIARY, post="执法辅助")
        left = factory.Trait(status=PersonStatus.LEFT)

    name = factory.Sequence(lambda n: f"测试人员{n}")
    id_number = factory.Sequence(lambda n: make_resident_id(n + 1, male=n % 2 == 0))
    gender = factory.LazyAttribute(lambda o: resident_id_info(o.id_number).gender)
    birth_date = factory.LazyAttribute(lambda o: resident_id_info(o.id_number).birth_date)
    organisation = factory.SubFactory(OrganisationFactory)
    post = "执法人员"
    staff_type = StaffType.CIVIL_SERVANT
    status = PersonStatus.ON_DUTY

    @factory.post_generation
    def qualified(obj, create, extracted, **kwargs):
        if extracted and create:
            qualify(obj)


def _bureau() -> Organisation:
    found = Organisation.objects.filter(category=Category.JUSTICE_BUREAU).order_by("id").first()
    return found or OrganisationFactory(justice_bureau=True)


class ExamSessionFactory(DjangoModelFactory):
    class Meta:
        model = ExamSession

    name = factory.Sequence(lambda n: f"行政执法资格考试（测试第{n + 1}场）")
    held_on = date(2025, 6, 15)
    pass_mark = Decimal("60")
    organiser = factory.LazyFunction(_bureau)


class ExamResultFactory(DjangoModelFactory):
    """A passed result by default; ``failed=True`` for 45 points."""

    class Meta:
        model = ExamResult

    class Params:
        failed = factory.Trait(score=Decimal("45"), passed=False)

    session = factory.SubFactory(ExamSessionFactory)
    person = factory.SubFactory(PersonFactory)
    score = Decimal("85")
    passed = True


class TrainingRecordFactory(DjangoModelFactory):
    """One course; ``minutes`` defaults to 60 学时 (2 700 minutes at 45 minutes per 学时)."""

    class Meta:
        model = TrainingRecord

    person = factory.SubFactory(PersonFactory)
    course = factory.Sequence(lambda n: f"公共法律知识专题培训{n}")
    minutes = 60 * 45
    category = TrainingCategory.PUBLIC_LAW
    held_on = date(2025, 12, 15)
    source = "测试培训平台"


class AnnualAssessmentFactory(DjangoModelFactory):
    class Meta:
        model = AnnualAssessment

    class Params:
        failed = factory.Trait(result=AssessmentResult.FAILED)

    person = factory.SubFactory(PersonFactory)
    year = 2025
    result = AssessmentResult.COMPETENT
    recorded_by = "测试"
    recorded_at = factory.LazyFunction(timezone.now)


def _numbered(o) -> bool:
    return o.state in NUMBERED_STATES


class CertificateFactory(DjangoModelFactory):
    """A certificate put directly in a state (no events, no audit): ``CertificateFactory(valid=True)``.

    Issued states get a number, issue date and validity; ``suspended`` also a suspension end. The materials
    are complete. One trait per ``CertState`` value; the default is ``applied``.
    """

    class Meta:
        model = Certificate

    class Params:
        applied = factory.Trait(state=CertState.APPLIED)
        prelim_approved = factory.Trait(state=CertState.PRELIM_APPROVED)
        approved = factory.Trait(state=CertState.APPROVED)
        rejected = factory.Trait(state=CertState.REJECTED)
        valid = factory.Trait(state=CertState.VALID)
        suspended = factory.Trait(state=CertState.SUSPENDED, suspended_until=SUSPENDED_UNTIL)
        revoked = factory.Trait(state=CertState.REVOKED)
        withdrawn = factory.Trait(state=CertState.WITHDRAWN)
        cancelled = factory.Trait(state=CertState.CANCELLED)
        lost = factory.Trait(state=CertState.LOST)
        replaced = factory.Trait(state=CertState.REPLACED)

    person = factory.SubFactory(PersonFactory)
    organisation = factory.LazyAttribute(lambda o: o.person.organisation.body or o.person.organisation)
    state = CertState.APPLIED
    number = factory.LazyAttributeSequence(lambda o, n: f"TEST{n + 1:08d}" if _numbered(o) else None)
    domain = "市场监管"
    area = "测试区"
    issued_on = factory.LazyAttribute(lambda o: ISSUED_ON if _numbered(o) else None)
    valid_until = factory.LazyAttribute(lambda o: VALID_UNTIL if _numbered(o) else None)
    suspended_until = None
    materials = factory.LazyFunction(lambda: list(ALL_MATERIALS))


# --- going through the real services ------------------------------------------------------------------------


def qualify(person: Person, today: date | None = None, *, hours: int = 60) -> None:
    """Give ``person`` a passed exam and ``hours`` 学时 of training, counted both for the last 12 months
    (申领) and for the previous calendar year (年审)."""
    today = today or timezone.localdate()
    ExamResultFactory(person=person)
    held_on = date(today.year - 1, 12, 15)
    TrainingRecordFactory(person=person, minutes=hours * 45, held_on=held_on)
    if held_on < today - timedelta(days=365):  # late December: the previous year is outside the 12 months
        TrainingRecordFactory(person=person, minutes=hours * 45, held_on=today)


def _as_actor(who) -> Actor:
    return who if isinstance(who, Actor) else Actor.from_user(who)


def _prelim_reviewer(person: Person, reviewer: Actor) -> Actor:
    """Who may 初审 ``person``: the street's 司法所 for street officers, else the body head (seed 000 §3)."""
    from zhifa.accounts.tests.factories import UserFactory

    if reviewer.role == Role.ADMIN:
        return reviewer
    body = person.organisation.body or person.organisation
    if body.category in (Category.STREET, Category.STREET_TEAM):
        street = body if body.category == Category.STREET else body.street
        office = Organisation.objects.filter(category=Category.JUSTICE_OFFICE, street=street).first()
        office = office or OrganisationFactory(justice_office=True, street=street)
        return _as_actor(UserFactory(justice_office=True, organisation=office))
    return _as_actor(UserFactory(head=True, organisation=body))


def issued_certificate(person: Person, by, *, prelim_by=None, today: date | None = None) -> Certificate:
    """Qualify ``person`` and take them through apply → preliminary_approve → approve → issue.

    ``by`` (a 司法局 supervisor or an admin, as ``User`` or ``Actor``) applies, approves and issues; the
    preliminary review is by ``prelim_by`` or, by default, the reviewer the rules name for the person.
    """
    today = today or timezone.localdate()
    reviewer = _as_actor(by)
    prelim = _as_actor(prelim_by) if prelim_by is not None else _prelim_reviewer(person, reviewer)
    qualify(person, today)
    cert = services.certificate_apply(
        by=reviewer, person=person, materials=list(get_param("certificate.required_materials"))
    )
    steps = [(prelim, "preliminary_approve"), (reviewer, "approve"), (reviewer, "issue")]
    for actor, action in steps:
        cert = services.certificate_transition(
            by=actor, certificate=cert, action=action, reason="测试：符合条件", today=today
        )
    return cert
