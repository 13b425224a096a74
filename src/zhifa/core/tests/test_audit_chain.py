"""The audit hash chain catches tampering done directly in the database, and ``zhifa verify`` reports it."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from zhifa.accounts.tests.factories import actor_of
from zhifa.core.audit import GENESIS_HASH, event_hash, verify_chain
from zhifa.core.models import AuditEvent, ChainHead
from zhifa.organisations.constants import Category, SubjectKind
from zhifa.organisations.services import organisation_create

EVENTS = 5


@pytest.fixture
def chain(today, supervisor):
    """Five events appended through a service (registering five bodies)."""
    for n in range(EVENTS):
        organisation_create(
            by=actor_of(supervisor), name=f"审计测试局{n + 1}", category=Category.BODY,
            region_code="439901", subject_kind=SubjectKind.STATUTORY,
        )  # fmt: skip
    assert list(AuditEvent.objects.values_list("seq", flat=True)) == list(range(1, EVENTS + 1))
    return AuditEvent.objects.order_by("seq")


def _rehash(event: AuditEvent) -> str:
    fields = ("seq", "at", "actor_id", "actor_label", "action", "object_type", "object_id", "organisation_id")
    values = {f: getattr(event, f) for f in (*fields, "before", "after", "prev_hash")}
    return event_hash(**values)


def _forged(seq: int, prev_hash: str, *, hash_: str | None = None) -> AuditEvent:
    """An event an intruder writes straight into the table, copying the look of a real one."""
    template = AuditEvent.objects.get(seq=1)
    event = AuditEvent(
        seq=seq, at=template.at, actor_id=template.actor_id, actor_label=template.actor_label,
        action="certificate.issue", object_type="personnel.certificate", object_id="999",
        organisation_id=template.organisation_id, before={}, after={"state": "valid"}, prev_hash=prev_hash,
    )  # fmt: skip
    event.hash = hash_ or _rehash(event)
    event.save()
    return event


def _assert_problem(seq: int, kind: str) -> None:
    report = verify_chain()
    assert not report.ok
    assert (report.problem.seq, report.problem.kind) == (seq, kind), report.problem.message
    assert f"{seq}" in report.problem.message
    with pytest.raises(CommandError) as info:
        call_command("verify")
    assert f"事件序号：{seq}" in str(info.value)
    assert kind in str(info.value)


def test_it_verifies_an_intact_chain(chain, capsys):
    report = verify_chain()
    assert report.ok
    assert (report.count, report.head_seq) == (EVENTS, EVENTS)
    assert chain.first().prev_hash == GENESIS_HASH
    call_command("verify")
    assert "审计链完整" in capsys.readouterr().out


def test_it_finds_a_changed_event(chain):
    AuditEvent.objects.filter(seq=3).update(after={"name": "篡改后的名称"})
    _assert_problem(3, "changed")


def test_it_finds_a_changed_last_event_even_with_its_hash_recomputed(chain):
    last = AuditEvent.objects.get(seq=EVENTS)
    last.after = {"name": "篡改后的名称"}
    AuditEvent.objects.filter(seq=EVENTS).update(after=last.after, hash=_rehash(last))
    _assert_problem(EVENTS, "changed")


def test_it_finds_a_changed_event_whose_hash_was_recomputed(chain):
    third = AuditEvent.objects.get(seq=3)
    third.after = {"name": "篡改后的名称"}
    AuditEvent.objects.filter(seq=3).update(after=third.after, hash=_rehash(third))
    report = verify_chain()
    assert not report.ok
    assert report.problem.seq in (3, 4)  # the break shows at the event after the rewritten one


def test_it_finds_an_event_removed_from_the_middle(chain):
    AuditEvent.objects.filter(seq=3).delete()
    _assert_problem(3, "removed")


def test_it_finds_the_last_event_removed(chain):
    AuditEvent.objects.filter(seq=EVENTS).delete()
    _assert_problem(EVENTS, "removed")


def test_it_finds_an_event_inserted_in_the_middle_with_a_fabricated_hash(chain):
    for seq in range(EVENTS, 2, -1):  # make room at 3, last first (seq is unique)
        AuditEvent.objects.filter(seq=seq).update(seq=seq + 1)
    _forged(3, prev_hash="e" * 64, hash_="f" * 64)
    _assert_problem(3, "inserted")


def test_it_finds_an_event_appended_beyond_the_head_with_a_fabricated_hash(chain):
    head = ChainHead.objects.get()
    _forged(EVENTS + 1, prev_hash=head.hash, hash_="f" * 64)
    _assert_problem(EVENTS + 1, "inserted")


def test_it_finds_an_event_appended_beyond_the_head_with_a_correct_hash(chain):
    head = ChainHead.objects.get()
    _forged(EVENTS + 1, prev_hash=head.hash)
    _assert_problem(EVENTS + 1, "inserted")
