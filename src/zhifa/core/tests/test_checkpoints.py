"""Daily checkpoints: whoever keeps the day's chain head can later prove that nothing up to it was changed, even
by an intruder who rewrote the whole chain so that it verifies on its own."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import CommandError, call_command

from zhifa.core.audit import GENESIS_HASH, take_checkpoint, verify_chain, verify_checkpoints
from zhifa.core.models import AuditEvent, ChainCheckpoint, ChainHead

from .test_audit_chain import _rehash, chain  # noqa: F401  (the fixture)


def _rewrite_whole_chain() -> None:
    """Change event 2, then recompute every hash after it and the head: the chain alone still verifies."""
    AuditEvent.objects.filter(seq=2).update(after={"name": "改写后的名称"})
    prev = GENESIS_HASH
    for event in AuditEvent.objects.order_by("seq"):
        event.prev_hash = prev
        event.hash = _rehash(event)
        event.save(update_fields=["prev_hash", "hash"])
        prev = event.hash
    ChainHead.objects.filter(pk=1).update(hash=prev)


def test_a_checkpoint_records_the_head_once_a_day(chain):  # noqa: F811
    first = take_checkpoint(date(2026, 11, 22))
    head = ChainHead.objects.get(pk=1)
    assert (first.seq, first.hash) == (head.seq, head.hash) == (5, chain.last().hash)
    assert take_checkpoint(date(2026, 11, 22)) == first and ChainCheckpoint.objects.count() == 1


def test_a_held_checkpoint_catches_a_chain_rewritten_to_verify(chain, capsys):  # noqa: F811
    held = take_checkpoint(date(2026, 11, 22))
    call_command("verify", checkpoint=[f"{held.seq}:{held.hash}"])
    assert "审计链完整" in capsys.readouterr().out

    _rewrite_whole_chain()
    ChainCheckpoint.objects.all().delete()  # the intruder removes the copy kept in the database too
    assert verify_chain().ok  # on its own the rewritten chain looks intact
    problems = verify_checkpoints([(held.seq, held.hash)])
    assert [p.seq for p in problems] == [5] and "已被改写" in problems[0].message
    with pytest.raises(CommandError) as info:
        call_command("verify", checkpoint=[f"{held.seq}:{held.hash}"])
    assert "检查点校验失败" in str(info.value)


def test_the_stored_checkpoints_are_checked_too(chain):  # noqa: F811
    take_checkpoint(date(2026, 11, 22))
    _rewrite_whole_chain()
    with pytest.raises(CommandError) as info:
        call_command("verify")
    assert "第 5 号审计事件的哈希与检查点不符" in str(info.value)


def test_the_checkpoint_command_prints_what_to_keep_and_the_api_publishes_it(chain, client, capsys):  # noqa: F811
    call_command("checkpoint")
    out = capsys.readouterr().out
    head = ChainHead.objects.get(pk=1)
    assert f"zhifa verify --checkpoint {head.seq}:{head.hash}" in out
    body = client.get("/api/v1/audit/checkpoints").json()
    assert [(c["seq"], c["hash"]) for c in body] == [(head.seq, head.hash)]


def test_a_malformed_checkpoint_is_refused(chain):  # noqa: F811
    with pytest.raises(CommandError) as info:
        call_command("verify", checkpoint=["5:abc"])
    assert "格式应为" in str(info.value)
