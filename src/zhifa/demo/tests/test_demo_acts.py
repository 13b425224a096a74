"""The demo district's year of 征收、征用、确认、给付、奖励、裁决: seed 003's counts (4,289 确认, 9 奖励, 286,547 给付件次
at scale 1), every row on a matter of its kind the body exercises, the officers, 文号, publication deadlines and
version history the services would have written, one audit event per record, and a chain that verifies.

The demo is loaded once for the module at the small scale the other demo tests use and rolled back after the last
test; each test runs in a savepoint inside it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from zhifa.accounts.actors import Actor
from zhifa.acts import selectors
from zhifa.acts.constants import TWO_OFFICERS
from zhifa.acts.domain.deadlines import publication_due
from zhifa.acts.models import ActRecord
from zhifa.acts.schemas import ActInput
from zhifa.acts.services import act_correct
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.core.audit import verify_chain
from zhifa.core.calendar import work_calendar
from zhifa.core.models import AuditEvent
from zhifa.demo import data as D
from zhifa.demo.tests.support import loaded_demo
from zhifa.personnel.models import Person
from zhifa.personnel.selectors import officer_shortfall

TODAY = date(2026, 11, 22)
SMALL = 0.2

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), loaded_demo(scale=SMALL, today=TODAY, through="acts") as counts:
        yield counts


def _acts():
    return ActRecord.objects.select_related("organisation", "matter_version", "party")


def test_it_has_seed_003s_year_at_the_demo_scale(demo):
    assert demo["acts_confirmation"] >= round(4289 * SMALL) - 5  # a row is dropped only when nobody could act
    assert demo["acts_reward"] == round(9 * SMALL) and demo["acts_levy"] > 0 and demo["acts_requisition"] > 0
    assert demo["acts_payment_recipients"] == round(286547 * SMALL)
    valid = _acts().filter(state="valid")
    assert valid.filter(kind="confirmation").count() == demo["acts_confirmation"]
    assert not valid.filter(kind="payment", aggregated=False).exists()
    first = TODAY.toordinal() - 364
    assert all(
        first <= d.toordinal() <= TODAY.toordinal() for d in valid.values_list("decided_on", flat=True)
    )


def test_every_act_is_on_a_matter_of_its_kind_the_body_exercises_that_day(demo):
    for r in _acts():
        assert r.matter_version.kind == r.kind and r.matter_version.matter_id == r.matter_id
        assert matters_exercised_by(r.organisation, r.decided_on).filter(pk=r.matter_version_id).exists(), (
            r.number
        )
        assert r.basis and (r.aggregated or r.party_id)


def test_requisitions_and_adjudications_have_two_certified_officers_and_the_rest_staff_of_the_body(demo):
    people = Person.objects.in_bulk()
    for r in _acts():
        ids = [o["id"] for o in r.officers]
        if r.kind in TWO_OFFICERS:
            assert (
                officer_shortfall([people[i] for i in ids], ids, [r.organisation], r.decided_on, 2) == ""
            ), r.number
        else:
            assert ids and all(people[i].organisation.body_id == r.organisation_id for i in ids), r.number


def test_numbers_are_unique_per_body_and_a_correction_keeps_its_number(demo):
    current = Counter(_acts().exclude(state="corrected").values_list("organisation_id", "number"))
    assert current and max(current.values()) == 1
    corrected = list(_acts().filter(state="corrected"))
    assert len(corrected) == demo["act_corrections"] > 0
    for old in corrected:
        new = old.superseded_by
        assert (new.version, new.number, new.state) == (old.version + 1, old.number, "valid")
        assert [s.action for s in old.steps.all()][-1] == "correct"
        assert new.steps.first().action == "record_correction"
    revoked = _acts().filter(state="revoked")
    assert revoked.count() == demo["act_revocations"] and all(
        r.revoke_reason and r.revoked_on for r in revoked
    )


def test_publication_deadlines_are_twenty_working_days_and_private_confirmations_are_not_published(demo):
    cal = work_calendar(D.DEMO_REGION)
    for r in _acts().filter(to_publish=True).prefetch_related("deadlines"):
        assert r.publish_due_on == publication_due(r.decided_on, 20, cal), r.number
        deadline = r.deadlines.get()
        assert deadline.due_on == r.publish_due_on
        assert (deadline.status == "met") == (r.published_on is not None)
    private = _acts().filter(kind="confirmation", party__kind="person")
    assert private.exists() and not private.filter(to_publish=True).exists()
    assert not private.filter(deadlines__isnull=False).exists()


def test_one_audit_event_per_record_and_the_chain_verifies(demo):
    assert AuditEvent.objects.filter(action="act.import_demo").count() == ActRecord.objects.count()
    assert verify_chain().ok


def test_the_yearly_summary_reads_the_demo(demo):
    admin = Actor.system("测试")
    totals = Counter()
    for year in (TODAY.year - 1, TODAY.year):
        for line in selectors.yearly_summary(actor=admin, year=year):
            totals[line.kind] += line.total
    assert totals["payment"] == demo["acts_payment_recipients"]
    assert totals["confirmation"] == demo["acts_confirmation"]


def test_a_demo_act_is_corrected_through_the_service(demo):
    old = _acts().filter(kind="levy", state="valid").first()
    head = (
        old.organisation.users.filter(role="agency_head").first()
        if hasattr(old.organisation, "users")
        else None
    )
    actor = Actor.system("测试") if head is None else Actor.from_user(head)
    data = ActInput(kind="levy", matter_id=old.matter_id, decided_on=old.decided_on, decision=old.decision,
                    number=old.number, amount=old.amount, officer_ids=[o["id"] for o in old.officers],
                    organisation_id=old.organisation_id, reason="演示：更正金额",
                    party={"kind": old.party.kind, "name": old.party.name, "identifier": old.party.identifier})  # fmt: skip
    new = act_correct(record=old, data=data, by=actor)
    assert new.version == old.version + 1 and new.supersedes_id == old.pk
