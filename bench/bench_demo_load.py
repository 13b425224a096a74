"""Benchmark: how long the demo district takes to load, and how much memory it needs.

Run from the checkout:

    .venv/bin/python bench/bench_demo_load.py                 # a fresh SQLite file in a temporary directory
    .venv/bin/python bench/bench_demo_load.py --scale 2       # twice the district
    .venv/bin/python bench/bench_demo_load.py --database-url postgres://user:pass@host:5432/zhifa

With ``--database-url`` the script creates a throw-away database next to the named one (Django's
``test_<name>``, so the account needs CREATEDB) and drops it afterwards; the named database is not touched.

The load runs twice with the same seed: first plainly (wall time, resident memory), rolled back, then under
tracemalloc (peak of Python allocations) and committed, so that the row counts can be read. This is a
measurement, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import time
import tracemalloc
from datetime import date

from _support import drop_database, prepare_database, setup_django


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="演示数据载入基准：耗时、内存峰值与各表行数。")
    parser.add_argument(
        "--database-url", default="", help="PostgreSQL 地址；缺省为临时目录中的新 SQLite 文件。"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="演示区规模（1 = 种子文件003的规模）。")
    parser.add_argument("--seed", type=int, default=2026, help="随机种子。")
    parser.add_argument(
        "--today", type=date.fromisoformat, default=None, help="演示数据的“今天”（YYYY-MM-DD）。"
    )
    return parser.parse_args()


TIMINGS: dict[str, float] = {}  # each part's seconds in the plain load


def _load_plain(args: argparse.Namespace) -> tuple[float, int]:
    """Load, time it, roll back; returns (seconds, ru_maxrss in KiB after the load)."""
    from django.db import transaction

    from zhifa.demo.loader import load_demo

    with transaction.atomic():
        start = time.perf_counter()
        load_demo(seed=args.seed, today=args.today, scale=args.scale, timings=TIMINGS)
        seconds = time.perf_counter() - start
        transaction.set_rollback(True)
    return seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _load_traced(args: argparse.Namespace) -> tuple[float, int, dict[str, int]]:
    """Load again under tracemalloc and commit; returns (seconds, peak bytes, the loader's counts)."""
    from zhifa.demo.loader import load_demo

    tracemalloc.start()
    start = time.perf_counter()
    counts = load_demo(seed=args.seed, today=args.today, scale=args.scale)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak, counts


def _table_counts() -> list[tuple[str, int]]:
    from django.apps import apps

    rows = [(m._meta.db_table, m.objects.count()) for m in apps.get_models() if m._meta.managed]
    return sorted(rows)


def _print_report(args, db: str, migrate_s: float, baseline_kib: int, plain, traced) -> None:
    import django

    plain_s, maxrss_kib = plain
    traced_s, peak, counts = traced
    print(f"zhifa 演示数据载入基准  scale={args.scale} seed={args.seed} today={args.today or '（当天）'}")
    print(
        f"Python {platform.python_version()}  Django {django.get_version()}  CPU {os.cpu_count()}  数据库 {db}"
    )
    print(f"迁移（migrate）          {migrate_s:8.2f} s")
    print(f"载入耗时（wall）         {plain_s:8.2f} s")
    for part, part_s in TIMINGS.items():
        print(f"  其中 {part:<20}{part_s:8.2f} s")
    print(f"载入耗时（tracemalloc 下）{traced_s:8.2f} s")
    print(f"tracemalloc 峰值         {peak / 2**20:8.1f} MiB")
    print(f"ru_maxrss（载入前）      {baseline_kib / 1024:8.1f} MiB")
    # Argon2 hashes the demo password once with 100 MiB of memory (its memory_cost), which sets this figure.
    print(f"ru_maxrss（首次载入后）  {maxrss_kib / 1024:8.1f} MiB")
    print("载入器计数：" + "，".join(f"{k}={v}" for k, v in counts.items()))
    print(f"{'表':<40}{'行数':>10}")
    for table, count in _table_counts():
        print(f"{table:<40}{count:>10}")


def main() -> None:
    args = _parse_args()
    data_dir = setup_django(args.database_url)
    from django.db import connection

    old_name = connection.settings_dict["NAME"]
    migrate_s, db = prepare_database(args.database_url)
    baseline_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        plain = _load_plain(args)
        traced = _load_traced(args)
        _print_report(args, db, migrate_s, baseline_kib, plain, traced)
    finally:
        drop_database(args.database_url, old_name)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
