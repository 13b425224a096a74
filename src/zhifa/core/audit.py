"""The audit hash chain: every state-changing service appends here (house style R10).

An event's hash is SHA-256 over its canonical JSON content and the previous event's hash. ``verify_chain``
recomputes the chain in sequence order and names the first event that was changed, removed or inserted.
Only hashes of content enter the chain; documents and evidence contribute their digests, so that content can
still be withdrawn or deleted under the personal-information law without breaking the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import Promise

from .bulk import insert_rows
from .models import AuditEvent, ChainCheckpoint, ChainHead

GENESIS_HASH = "0" * 64


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date | Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, Promise):  # lazy translations (TextChoices labels)
        return str(value)
    return value


def _canonical_at(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def event_hash(
    *,
    seq: int,
    at: dt.datetime,
    actor_id: int | None,
    actor_label: str,
    action: str,
    object_type: str,
    object_id: str,
    organisation_id: int | None,
    before: dict,
    after: dict,
    prev_hash: str,
) -> str:
    """SHA-256 of the canonical JSON of an event (sorted keys, UTF-8, no whitespace)."""
    content = {
        "seq": seq, "at": _canonical_at(at), "actor_id": actor_id, "actor_label": actor_label,
        "action": action, "object_type": object_type, "object_id": str(object_id),
        "organisation_id": organisation_id, "before": before, "after": after, "prev_hash": prev_hash,
    }  # fmt: skip
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _hash_of(event: AuditEvent) -> str:
    return event_hash(
        seq=event.seq, at=event.at, actor_id=event.actor_id, actor_label=event.actor_label, action=event.action,
        object_type=event.object_type, object_id=event.object_id, organisation_id=event.organisation_id,
        before=event.before, after=event.after, prev_hash=event.prev_hash,
    )  # fmt: skip


@dataclass(frozen=True)
class PendingEvent:
    """An event not yet on the chain (used by bulk loaders)."""

    action: str
    object_type: str
    object_id: str
    actor_label: str
    actor_id: int | None = None
    organisation_id: int | None = None
    before: dict | None = None
    after: dict | None = None
    at: dt.datetime | None = None


def _lock_head() -> ChainHead:
    # select_for_update serialises appenders on PostgreSQL; on SQLite the IMMEDIATE transaction mode
    # (settings) already holds the database write lock from BEGIN.
    head = ChainHead.objects.select_for_update().filter(pk=1).first()
    return head or ChainHead.objects.create(pk=1)


AUDIT_COLUMNS = ("seq", "at", "actor_id", "actor_label", "action", "object_type", "object_id", "organisation_id",
                 "before", "after", "prev_hash", "hash")  # fmt: skip


def append_many(pending: Iterable[PendingEvent]) -> int:
    """Append events in order, computing the chain in memory and inserting in bulk. Returns the count."""
    with transaction.atomic():
        head = _lock_head()
        seq, prev = head.seq, head.hash
        rows = []
        for p in pending:
            seq += 1
            row = AuditEvent(
                seq=seq, at=p.at or timezone.now(), actor_id=p.actor_id, actor_label=p.actor_label,
                action=p.action, object_type=p.object_type, object_id=str(p.object_id),
                organisation_id=p.organisation_id, before=_jsonable(p.before or {}),
                after=_jsonable(p.after or {}), prev_hash=prev,
            )  # fmt: skip
            row.hash = prev = _hash_of(row)
            rows.append(row)
        insert_rows(AuditEvent, AUDIT_COLUMNS, ([getattr(r, c) for c in AUDIT_COLUMNS] for r in rows))
        head.seq, head.hash = seq, prev
        head.save(update_fields=["seq", "hash"])
        return len(rows)


def audit(
    *,
    actor,
    action: str,
    obj: models.Model,
    before: dict | None = None,
    after: dict | None = None,
    organisation_id: int | None = None,
) -> None:
    """Append one event for ``obj`` changed by ``actor`` (an ``accounts.actors.Actor``)."""
    meta = obj._meta
    append_many([PendingEvent(
        action=action, object_type=f"{meta.app_label}.{meta.model_name}", object_id=str(obj.pk),
        actor_label=actor.label, actor_id=actor.user_id, organisation_id=organisation_id,
        before=before, after=after,
    )])  # fmt: skip


def snapshot(obj: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The values of ``fields`` on ``obj``, JSON-ready, for an audit event's before/after."""
    return {f: _jsonable(getattr(obj, f)) for f in fields}


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    kind: str  # "changed" | "removed" | "inserted" | "truncated"
    message: str


@dataclass(frozen=True)
class ChainReport:
    count: int
    head_seq: int
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _check_event(event: AuditEvent, expected_seq: int, expected_prev: str) -> ChainProblem | None:
    if event.seq > expected_seq:
        span = (
            f"第 {expected_seq} 号"
            if event.seq == expected_seq + 1
            else f"第 {expected_seq}–{event.seq - 1} 号"
        )
        return ChainProblem(
            expected_seq, "removed", f"{span}审计事件已被删除（序号不连续，下一个为第 {event.seq} 号）。"
        )
    if _hash_of(event) != event.hash:
        if event.prev_hash != expected_prev:
            return ChainProblem(
                event.seq,
                "inserted",
                f"第 {event.seq} 号审计事件是插入或伪造的：其哈希与前序哈希均与链不符。",
            )
        return ChainProblem(
            event.seq,
            "changed",
            f"第 {event.seq} 号审计事件（{event.action}）的内容被修改：重新计算的哈希与记录不符。",
        )
    if event.prev_hash != expected_prev:
        return ChainProblem(
            event.seq,
            "inserted",
            f"第 {event.seq} 号审计事件是插入的：其前序哈希与第 {event.seq - 1} 号事件不符。",
        )
    return None


def verify_chain() -> ChainReport:
    """Recompute the whole chain; report the first event changed, removed or inserted."""
    expected_seq, prev, count = 1, GENESIS_HASH, 0
    head = ChainHead.objects.filter(pk=1).first() or ChainHead(seq=0, hash=GENESIS_HASH)
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=5000):
        problem = (
            _check_event(event, expected_seq, prev) if event.seq <= head.seq else _beyond_head(event, head)
        )
        if problem:
            return ChainReport(count, head.seq, problem)
        expected_seq, prev, count = event.seq + 1, event.hash, count + 1
    return ChainReport(count, head.seq, _check_tail(head, expected_seq - 1, prev))


def _beyond_head(event: AuditEvent, head: ChainHead) -> ChainProblem:
    # Every append moves the head in the same transaction: a row past it was never appended by zhifa.
    return ChainProblem(
        event.seq, "inserted", f"第 {event.seq} 号审计事件是在链头（第 {head.seq} 号）之外插入的。"
    )


def _check_tail(head: ChainHead, last_seq: int, last_hash: str) -> ChainProblem | None:
    if head.seq > last_seq:
        return ChainProblem(
            last_seq + 1,
            "removed",
            f"链尾第 {last_seq + 1}–{head.seq} 号审计事件已被删除（链头记录到第 {head.seq} 号）。",
        )
    if head.seq < last_seq:
        return ChainProblem(
            head.seq + 1, "inserted", f"第 {head.seq + 1} 号之后的审计事件是在链头之外插入的。"
        )
    if head.hash != last_hash:
        return ChainProblem(last_seq, "changed", f"链头哈希与第 {last_seq} 号事件不符。")
    return None


# --- daily checkpoints -------------------------------------------------------------------------------------------


def take_checkpoint(day: dt.date | None = None) -> ChainCheckpoint:
    """Record the chain head as the checkpoint of ``day`` (today by default); once a day, never overwritten."""
    day = day or timezone.localdate()
    with transaction.atomic():
        head = ChainHead.objects.filter(pk=1).first() or ChainHead(seq=0, hash=GENESIS_HASH)
        checkpoint, _ = ChainCheckpoint.objects.get_or_create(
            day=day, defaults={"seq": head.seq, "hash": head.hash}
        )
    return checkpoint


def check_checkpoint(seq: int, hash_: str) -> ChainProblem | None:
    """Whether event ``seq`` still carries ``hash_`` (the chain itself is checked by ``verify_chain``)."""
    if seq == 0:
        return (
            None if hash_ == GENESIS_HASH else ChainProblem(0, "changed", "第 0 号检查点的哈希应为创世哈希。")
        )
    event = AuditEvent.objects.filter(seq=seq).first()
    if event is None:
        return ChainProblem(seq, "removed", f"检查点所指的第 {seq} 号审计事件已不存在。")
    if event.hash != hash_:
        return ChainProblem(seq, "changed", f"第 {seq} 号审计事件的哈希与检查点不符：此前的记录已被改写。")
    return None


def verify_checkpoints(extra: Iterable[tuple[int, str]] = ()) -> list[ChainProblem]:
    """The stored daily checkpoints and any a holder brings (``extra``) against the chain as it is now."""
    pairs = [*ChainCheckpoint.objects.order_by("day").values_list("seq", "hash"), *extra]
    return [p for seq, h in pairs if (p := check_checkpoint(seq, h))]
