"""Bulk writes for loaders and the audit chain: ``INSERT … VALUES`` with one ``executemany`` per chunk.

``bulk_create`` prepares every value through its field on every row; for the hundreds of thousands of rows the
demo district writes (the year's licences, inspections and their steps, one audit event each) that preparation
alone costs more than the whole load may take. Here each column's adaptation is chosen once, dates and times are
adapted once per distinct value, and JSON is serialised directly on SQLite. No model ``save()`` or signal runs:
callers write rows the services would have written, and say so.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter

from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Max
from django.utils import timezone

CHUNK = 5000


def _memo(adapt: Callable) -> Callable:
    """``adapt`` remembered per value: a load has a few thousand distinct days and moments, used a million times."""
    seen: dict = {}

    def cached(value):
        out = seen.get(value)
        if out is None:
            out = seen[value] = adapt(value)
        return out

    return cached


def _sqlite_json(value) -> str:
    return "[]" if value == [] else "{}" if value == {} else json.dumps(value, ensure_ascii=False)


def _adapter(field, connection) -> Callable | None:
    """How the backend takes a value of ``field`` (what ``bulk_create`` would send, without its per-value cost)."""
    kind = field.get_internal_type()
    if kind == "DateField":
        return _memo(connection.ops.adapt_datefield_value)
    if kind == "DateTimeField":
        return _memo(connection.ops.adapt_datetimefield_value)
    if kind == "JSONField":
        return (
            _sqlite_json if connection.vendor == "sqlite" else lambda v: field.get_db_prep_save(v, connection)
        )
    return None


def insert_rows(model, columns: Sequence[str], rows: Iterable[Sequence], *, prepared: bool = False) -> int:
    """INSERT ``rows`` (values in the order of ``columns``, attribute names such as ``case_id``) into ``model``'s
    table; ``prepared`` rows are already in the backend's form. Returns the number of rows."""
    connection = connections[DEFAULT_DB_ALIAS]
    fields = {f.attname: f for f in model._meta.concrete_fields}
    adapt = (
        [] if prepared else [(i, a) for i, c in enumerate(columns) if (a := _adapter(fields[c], connection))]
    )
    qn = connection.ops.quote_name
    sql = (f"INSERT INTO {qn(model._meta.db_table)} ({', '.join(qn(fields[c].column) for c in columns)}) "
           f"VALUES ({', '.join(['%s'] * len(columns))})")  # fmt: skip
    batch: list = []
    count = 0
    with connection.cursor() as cursor:
        for row in rows:
            if adapt:
                row = list(row)
                for i, a in adapt:
                    if row[i] is not None:
                        row[i] = a(row[i])
            batch.append(row)
            if len(batch) >= CHUNK:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


def reset_sequences(*models) -> None:
    """After rows inserted with their own keys, move the key sequences past them (PostgreSQL; SQLite follows)."""
    connection = connections[DEFAULT_DB_ALIAS]
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def insert_models(model, objs: list) -> None:
    """Write unsaved instances (or objects with the same attributes), numbering their primary keys after the
    table's last and stamping ``auto_now`` fields, then move the key sequence past them."""
    first = (model.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
    now = timezone.now()
    fields = list(model._meta.concrete_fields)
    stamped = [
        f.attname for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    for i, obj in enumerate(objs):
        setattr(obj, model._meta.pk.attname, first + i)
        for name in stamped:
            if getattr(obj, name) is None:
                setattr(obj, name, now)
    columns = [f.attname for f in fields]
    getter = attrgetter(*columns)
    insert_rows(model, columns, (getter(o) for o in objs))
    reset_sequences(model)
