"""What the benchmarks share: a throw-away data directory and database, set up before Django starts.

A fresh SQLite file in a temporary directory by default; with a PostgreSQL ``database_url`` a throw-away
``test_<name>`` database next to the named one (the account needs CREATEDB), dropped afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup_django(database_url: str) -> Path:
    """Point the dev settings at a throw-away data directory (and database) before Django starts."""
    data_dir = Path(tempfile.mkdtemp(prefix="zhifa-bench-"))
    os.environ["ZHIFA_DATA_DIR"] = str(data_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ.setdefault("ZHIFA_LOG_LEVEL", "WARNING")
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    for path in (ROOT, ROOT / "src"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    import django

    django.setup()
    return data_dir


def prepare_database(database_url: str) -> tuple[float, str]:
    """Migrate a fresh database; returns (seconds, description)."""
    from django.core.management import call_command
    from django.db import connection

    start = time.perf_counter()
    if database_url:
        # test_<name>: created fresh (and migrated) here, dropped in drop_database.
        name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    else:
        call_command("migrate", verbosity=0, interactive=False)
        name = connection.settings_dict["NAME"]
    return time.perf_counter() - start, f"{connection.vendor} {name}"


def drop_database(database_url: str, old_name: str) -> None:
    if database_url:
        from django.db import connection

        connection.creation.destroy_test_db(old_name, verbosity=0)
