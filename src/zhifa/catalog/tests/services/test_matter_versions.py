"""Matters as versions (house style R8): draft → published, a change is a new version, and the rules of
publishing (依据, streets, 指导目录, 委托, 抽查事项)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from zhifa.accounts.tests.factories import actor_of
from zhifa.catalog.constants import MatterStatus, StreetDelegation
from zhifa.catalog.models import Matter, MatterVersion
from zhifa.catalog.services import (
    guided_item_create,
    matter_create,
    matter_version_create,
    matter_version_publish,
    matter_version_repeal,
    matter_version_update,
)
from zhifa.catalog.tests.factories import GuidedListItemFactory, MatterVersionFactory, matter_data
from zhifa.core.exceptions import NotInScope
from zhifa.core.models import AuditEvent
from zhifa.organisations.tests.factories import EntrustmentFactory

pytestmark = pytest.mark.django_db
CODE = "330217099001"


@pytest.fixture
def draft(today, head_a, body_a) -> MatterVersion:
    return matter_create(
        by=actor_of(head_a), basic_code=CODE, data=matter_data([body_a]), valid_from=date(2026, 1, 1)
    )


def test_it_creates_a_matter_as_a_draft_with_its_bases(draft, body_a):
    assert draft.status == MatterStatus.DRAFT and draft.version == 1
    assert list(draft.bodies.all()) == [body_a]
    assert [b.citation for b in draft.bases.all()] == ["《中华人民共和国食品安全法》第一百二十二条第一款"]
    assert AuditEvent.objects.filter(action="matter.create", object_id=str(draft.pk)).exists()


def test_it_publishes_and_a_new_version_closes_the_old_one_the_day_before(today, draft, head_a, supervisor):
    v1 = matter_version_publish(by=actor_of(supervisor), version=draft)
    assert v1.status == MatterStatus.PUBLISHED and v1.valid_until is None
    data = matter_data(list(v1.bodies.all()), name="对未取得食品经营许可从事食品经营活动的行政处罚（修订）")
    v2 = matter_version_create(by=actor_of(head_a), matter=v1.matter, valid_from=date(2026, 12, 1), data=data)
    assert (v2.version, v2.status) == (2, MatterStatus.DRAFT)
    matter_version_publish(by=actor_of(supervisor), version=v2)
    v1.refresh_from_db()
    assert v1.valid_until == date(2026, 11, 30) == v2.valid_from - timedelta(days=1)
    day_before, first_day = MatterVersion.objects.filter(matter=v1.matter).order_by("version")
    assert day_before.covers(date(2026, 11, 30)) and not day_before.covers(date(2026, 12, 1))
    assert first_day.covers(date(2026, 12, 1))


def test_it_refuses_to_edit_a_published_version(refused, today, draft, head_a, supervisor):
    published = matter_version_publish(by=actor_of(supervisor), version=draft)
    with refused("CAT-002", published):
        matter_version_update(
            by=actor_of(head_a), version=published, data=matter_data([published.bodies.get()])
        )


def test_it_refuses_to_publish_without_an_establishing_basis(refused, today, head_a, supervisor, body_a):
    version = matter_create(by=actor_of(head_a), basic_code=CODE, data=matter_data([body_a], establishes=[]),
                            valid_from=date(2026, 1, 1))  # fmt: skip
    with refused("CAT-003", version) as info:
        matter_version_publish(by=actor_of(supervisor), version=version)
    assert "设定依据" in info.value.message


def test_it_refuses_a_street_among_the_bodies_without_delegation(refused, today, supervisor, body_a, street):
    version = matter_create(by=actor_of(supervisor), basic_code=CODE, data=matter_data([body_a, street]),
                            valid_from=date(2026, 1, 1))  # fmt: skip
    with refused("CAT-007", version):
        matter_version_publish(by=actor_of(supervisor), version=version)


def test_it_delegates_to_a_street_only_once_the_matter_is_on_the_guided_list(
    refused, today, supervisor, street
):
    data = matter_data([street], street_delegation=StreetDelegation.DELEGATED, levels=["township"])
    version = matter_create(by=actor_of(supervisor), basic_code=CODE, data=data, valid_from=date(2026, 1, 1))
    with refused("CAT-005", version):
        matter_version_publish(by=actor_of(supervisor), version=version)
    guided_item_create(by=actor_of(supervisor), basic_code=CODE, name=data.name, source="测试省指导目录",
                       listed_on=date(2025, 6, 1))  # fmt: skip
    assert matter_version_publish(by=actor_of(supervisor), version=version).status == MatterStatus.PUBLISHED


def test_it_refuses_an_entrustment_that_has_expired(refused, today, supervisor, body_a, street):
    expired = EntrustmentFactory(expired=True, entrusting=body_a, entrusted=street)
    data = matter_data([body_a, street], street_delegation=StreetDelegation.ENTRUSTED, entrustment=expired)
    version = matter_create(by=actor_of(supervisor), basic_code=CODE, data=data, valid_from=date(2026, 1, 1))
    with refused("CAT-006", version) as info:
        matter_version_publish(by=actor_of(supervisor), version=version)
    assert expired.letter_number in info.value.message


def test_it_refuses_an_inspection_item_without_its_subject_and_method(refused, today, supervisor, body_a):
    data = matter_data([body_a], inspection_item=True, inspection_category="key", inspection_target="食品经营者",
                       inspection_frequency="每年1次")  # fmt: skip
    version = matter_create(by=actor_of(supervisor), basic_code=CODE, data=data, valid_from=date(2026, 1, 1))
    with refused("CAT-009", version) as info:
        matter_version_publish(by=actor_of(supervisor), version=version)
    assert "抽查主体" in info.value.message and "抽查方式" in info.value.message


def test_it_refuses_a_second_matter_with_the_same_basic_code(refused, draft, head_a, body_a):
    with refused("CAT-001"):
        matter_create(
            by=actor_of(head_a), basic_code=CODE, data=matter_data([body_a]), valid_from=date(2026, 1, 1)
        )


def test_it_refuses_a_matter_without_any_body_by_name_not_as_out_of_scope(refused, today, head_a):
    with refused("CAT-012") as info:
        matter_create(by=actor_of(head_a), basic_code=CODE, data=matter_data([]), valid_from=date(2026, 1, 1))
    assert "实施主体" in info.value.message


def test_a_head_of_another_body_cannot_change_the_matter_even_by_naming_their_own_body(
    db_snapshot, draft, head_b, body_b
):
    before = db_snapshot(draft)
    with pytest.raises(NotInScope):
        matter_version_update(by=actor_of(head_b), version=draft, data=matter_data([body_b]))
    with pytest.raises(NotInScope):
        matter_version_create(by=actor_of(head_b), matter=draft.matter, valid_from=date(2027, 1, 1),
                              data=matter_data([body_b]))  # fmt: skip
    assert db_snapshot(draft) == before


def test_it_repeals_a_version_in_force_and_keeps_it_in_history(today, supervisor, body_a):
    version = MatterVersionFactory(bodies=[body_a])
    repealed = matter_version_repeal(
        by=actor_of(supervisor), version=version, last_day=today, reason="近五年未发生"
    )
    assert (repealed.status, repealed.valid_until) == (MatterStatus.REPEALED, today)
    assert "近五年未发生" in repealed.change_note
    assert Matter.objects.filter(pk=version.matter_id).exists()


def test_it_refuses_to_repeal_beyond_the_day_a_later_version_took_over(refused, today, supervisor, body_a):
    closed = MatterVersionFactory(bodies=[body_a], valid_until=date(2025, 12, 31))
    MatterVersionFactory(matter=closed.matter, version=2, bodies=[body_a], valid_from=date(2026, 1, 1))
    with refused("CAT-004", closed):
        matter_version_repeal(by=actor_of(supervisor), version=closed, last_day=today, reason="清理")


def test_the_justice_bureau_may_exercise_a_matter(today, supervisor, bureau):
    data = matter_data([bureau], name="对律师事务所违法行为的行政处罚", domain="justice")
    version = matter_create(by=actor_of(supervisor), basic_code=CODE, data=data, valid_from=date(2026, 1, 1))
    assert matter_version_publish(by=actor_of(supervisor), version=version).status == MatterStatus.PUBLISHED


def test_an_officer_may_not_publish(refused, draft, officer_a):
    with refused("AUTH-PERM", draft):
        matter_version_publish(by=actor_of(officer_a), version=draft)


def test_guided_list_item_is_listed_from_its_day(today, supervisor):
    item = GuidedListItemFactory(listed_on=date(2026, 6, 1))
    assert item.is_listed_on(today) and not item.is_listed_on(date(2026, 5, 31))
