"""Shared by the demo tests: a demo district loaded for a module's tests and rolled back after the last."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction

from zhifa.demo.loader import load_demo


@contextmanager
def loaded_demo(**kwargs) -> Iterator[dict[str, int]]:
    """Load the demo (``load_demo(**kwargs)``), yield its counts, roll it back.

    On PostgreSQL the rolled-back rows stay in the tables as dead tuples until vacuumed, and every ``count()`` after
    them (the ``refused`` fixture counts every table) would scan hundreds of thousands of them: the run vacuums
    once the load is rolled back, outside any transaction.
    """
    with transaction.atomic():
        counts = load_demo(**kwargs)
        yield counts
        transaction.set_rollback(True)
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM")
