"""Factories for the catalog (setup only: they write rows directly, the services are tested through their calls).

``MatterVersionFactory()`` is a published version 1 of a new matter, in force since 2020-01-01, exercised by a
new enforcement body and established by one article. Pass ``bodies=[…]`` and ``bases=["《…》第X条", …]`` to
choose them; traits: ``draft``, ``inspection`` (a complete 重点 random-inspection item).
``matter_data(**changes)`` is the ``MatterData`` a service call takes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from zhifa.catalog.constants import BasisRole, InspectionCategory, MatterKind, MatterStatus
from zhifa.catalog.domain import MatterData
from zhifa.catalog.models import GuidedListItem, Matter, MatterBasis, MatterVersion
from zhifa.organisations.constants import Domain
from zhifa.organisations.tests.factories import OrganisationFactory

ESTABLISHES = "《中华人民共和国测试管理法》第三十条第一款"


class MatterFactory(DjangoModelFactory):
    class Meta:
        model = Matter

    basic_code = factory.Sequence(lambda n: f"330217{n + 1:06d}")


class MatterVersionFactory(DjangoModelFactory):
    class Meta:
        model = MatterVersion
        skip_postgeneration_save = True

    class Params:
        draft = factory.Trait(status=MatterStatus.DRAFT, published_at=None, published_by="")
        inspection = factory.Trait(
            inspection_item=True,
            inspection_category=InspectionCategory.KEY,
            inspection_subject="区市场监督管理局",
            inspection_target="辖区食品经营者",
            inspection_content="经营许可、进货查验记录",
            inspection_ratio=Decimal("5.00"),
            inspection_frequency="每年不少于1次",
            inspection_method="现场检查",
        )

    matter = factory.SubFactory(MatterFactory)
    version = 1
    status = MatterStatus.PUBLISHED
    valid_from = date(2020, 1, 1)
    name = factory.Sequence(lambda n: f"对未按规定公示测试信息{n}的行政处罚")
    kind = MatterKind.PENALTY
    domain = Domain.MARKET
    levels = factory.LazyFunction(lambda: ["county"])
    published_at = factory.LazyFunction(timezone.now)
    published_by = "测试发布人"

    @factory.post_generation
    def bodies(obj, create, extracted, **kwargs):
        if create:
            obj.bodies.set(extracted if extracted is not None else [OrganisationFactory()])

    @factory.post_generation
    def bases(obj, create, extracted, **kwargs):
        if not create:
            return
        citations = extracted if extracted is not None else [ESTABLISHES]
        MatterBasis.objects.bulk_create(
            MatterBasis(version=obj, role=BasisRole.ESTABLISHES, citation=c, order=i)
            for i, c in enumerate(citations)
        )


class GuidedListItemFactory(DjangoModelFactory):
    class Meta:
        model = GuidedListItem

    basic_code = factory.Sequence(lambda n: f"330217{n + 1:06d}")
    name = factory.Sequence(lambda n: f"指导目录事项{n}")
    source = "测试省街道综合行政执法事项指导目录（2025年版）"
    listed_on = date(2025, 1, 1)


def matter_data(bodies: list, **changes) -> MatterData:
    """A complete penalty matter exercised by ``bodies``, ready to publish."""
    values = {
        "name": "对未取得食品经营许可从事食品经营活动的行政处罚",
        "kind": MatterKind.PENALTY,
        "domain": Domain.MARKET,
        "bodies": bodies,
        "establishes": ["《中华人民共和国食品安全法》第一百二十二条第一款"],
        "levels": ["county"],
    }
    return MatterData(**(values | changes))
