"""Factories for organisations, entrustments and stored files (setup only: they write rows directly).

``OrganisationFactory()`` is an enforcement body (法定行政机关) in region 439901 with a valid
统一社会信用代码; traits give the other categories: ``internal_unit``, ``street``, ``street_team``,
``justice_bureau``, ``justice_office``, and the states ``abolished`` and ``entrusted`` (受委托组织).
"""

from __future__ import annotations

import hashlib
from datetime import date

import factory
from factory.django import DjangoModelFactory

from zhifa.core.models import StoredFile
from zhifa.organisations.constants import (
    SELF_BODY_CATEGORIES,
    Category,
    Domain,
    EntrustmentStatus,
    OrgStatus,
    SubjectKind,
)
from zhifa.organisations.models import Entrustment, Organisation
from zhifa.utils.validators import org_code_check_char, uscc_check_char

DISTRICT = "439901"
PDF_BYTES = b"%PDF-1.4\n% zhifa test letter\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def make_uscc(n: int, region_code: str = DISTRICT) -> str:
    """A 统一社会信用代码 with correct GB 11714 and GB 32100 check characters (登记管理部门码 1: 机构编制)."""
    org_code = f"{n % 10**8:08d}"
    first17 = f"11{region_code}{org_code}{org_code_check_char(org_code)}"
    return first17 + uscc_check_char(first17)


def _is_street(o) -> bool:
    return o.street is True


def _body_of(o) -> Organisation | None:
    """Internal units share their parent's body; every other category is its own body (set after saving)."""
    if o.category == Category.INTERNAL_UNIT and o.parent is not None:
        return o.parent.body or o.parent
    return None


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True
        rename = {"street_org": "street"}

    class Params:
        internal_unit = factory.Trait(
            category=Category.INTERNAL_UNIT,
            subject_kind="",
            uscc=None,
            name=factory.Sequence(lambda n: f"测试内设科室{n}"),
            parent=factory.SubFactory("zhifa.organisations.tests.factories.OrganisationFactory"),
        )
        # ``street=True`` makes a 街道/乡镇; ``street=<Organisation>`` sets the 所属街道 of a team or 司法所.
        street = False
        street_team = factory.Trait(
            category=Category.STREET_TEAM,
            subject_kind="",
            uscc=None,
            domain=Domain.COMPREHENSIVE,
            name=factory.Sequence(lambda n: f"测试街道{n}综合行政执法队"),
            street=factory.SubFactory("zhifa.organisations.tests.factories.OrganisationFactory", street=True),
            parent=factory.SelfAttribute("street"),
        )
        justice_bureau = factory.Trait(
            category=Category.JUSTICE_BUREAU,
            domain=Domain.JUSTICE,
            name=factory.Sequence(lambda n: f"测试区司法局{n}"),
        )
        justice_office = factory.Trait(
            category=Category.JUSTICE_OFFICE,
            subject_kind="",
            uscc=None,
            domain=Domain.JUSTICE,
            name=factory.Sequence(lambda n: f"测试司法所{n}"),
            street=factory.SubFactory("zhifa.organisations.tests.factories.OrganisationFactory", street=True),
        )
        abolished = factory.Trait(status=OrgStatus.ABOLISHED, abolished_on=date(2026, 1, 1))
        entrusted = factory.Trait(subject_kind=SubjectKind.ENTRUSTED)

    name = factory.LazyAttributeSequence(
        lambda o, n: f"测试街道{n}办事处" if _is_street(o) else f"测试执法局{n}"
    )
    category = factory.LazyAttribute(lambda o: Category.STREET if _is_street(o) else Category.BODY)
    subject_kind = SubjectKind.STATUTORY
    uscc = factory.LazyAttributeSequence(lambda o, n: make_uscc(n + 1, o.region_code))
    legal_basis = "三定方案（测试）"
    region_code = DISTRICT
    domain = factory.LazyAttribute(lambda o: Domain.COMPREHENSIVE if _is_street(o) else Domain.MARKET)
    parent = None
    street_org = factory.LazyAttribute(lambda o: o.street if isinstance(o.street, Organisation) else None)
    body = factory.LazyAttribute(_body_of)

    @factory.post_generation
    def self_body(obj, create, extracted, **kwargs):
        if obj.body_id is None and obj.category in SELF_BODY_CATEGORIES:
            obj.body = obj
            if create:
                obj.save(update_fields=["body"])


class StoredFileFactory(DjangoModelFactory):
    """A ``StoredFile`` row (the blob itself is not written; use the services to store real uploads)."""

    class Meta:
        model = StoredFile

    sha256 = factory.Sequence(lambda n: hashlib.sha256(PDF_BYTES + str(n).encode()).hexdigest())
    size = len(PDF_BYTES)
    content_type = "application/pdf"
    original_name = factory.Sequence(lambda n: f"委托书{n}.pdf")


class EntrustmentFactory(DjangoModelFactory):
    class Meta:
        model = Entrustment

    class Params:
        expired = factory.Trait(valid_from=date(2024, 1, 1), valid_until=date(2025, 12, 31))
        terminated = factory.Trait(
            status=EntrustmentStatus.TERMINATED, terminated_on=date(2026, 6, 1), termination_reason="测试终止"
        )

    entrusting = factory.SubFactory(OrganisationFactory)
    entrusted = factory.SubFactory(OrganisationFactory, entrusted=True)
    matters = factory.LazyFunction(lambda: ["对无照经营的行政处罚"])
    valid_from = date(2026, 1, 1)
    valid_until = date(2027, 12, 31)
    letter = factory.SubFactory(StoredFileFactory)
    letter_number = factory.Sequence(lambda n: f"测委〔2026〕{n + 1}号")
