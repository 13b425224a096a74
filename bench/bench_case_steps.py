"""Benchmark: penalty-case steps per second through the API (/api/v1/), on SQLite or PostgreSQL.

Run from the checkout:

    .venv/bin/python bench/bench_case_steps.py                      # a fresh SQLite file
    .venv/bin/python bench/bench_case_steps.py --cases 200
    .venv/bin/python bench/bench_case_steps.py --database-url postgres://postgres@127.0.0.1:5432/postgres

Each case goes the whole 普通程序 path an officer, a head and a reviewer take through the API (案源登记 → 核查 →
立案 → 询问 → 调查终结 → 案件审核 → 事先告知 → 放弃陈述申辩 → 决定 → 送达 → 缴款 → 执行完毕 → 结案), each step a
real HTTP request through the middleware, authentication, the guards, the documents with their 文号, the
deadlines and the audit chain. It prints the throughput and the latency of each step (median, 95th percentile)
and the queries per step. This is a measurement, not a test: it asserts nothing beyond each step succeeding.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import time
from collections import defaultdict
from datetime import date, timedelta

from _support import drop_database, prepare_database, setup_django


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="办案步骤吞吐量基准（经 API）。")
    parser.add_argument(
        "--database-url", default="", help="PostgreSQL 地址；缺省为临时目录中的新 SQLite 文件。"
    )
    parser.add_argument("--cases", type=int, default=60, help="办理的案件数（每件13步）。")
    return parser.parse_args()


def _world():
    """A body with a penalty matter, three certified officers, a head and a reviewer (test factories)."""
    from zhifa.cases.tests.factories import make_team
    from zhifa.organisations.tests.factories import OrganisationFactory

    OrganisationFactory(justice_bureau=True, name="基准区司法局")
    body = OrganisationFactory(name="基准区市场监督管理局", short_name="基准市监")
    return make_team(body)


def _path(team, case_id: int | None, start: date, n: int):
    """The steps of case ``n`` as (user, url, body); dates in order, all in the past."""
    from zhifa.organisations.tests.factories import make_uscc

    d = lambda k: (start + timedelta(days=k)).isoformat()  # noqa: E731
    officers = [p.pk for p in team.officers[:2]]
    base = f"/api/v1/cases/{case_id}" if case_id else ""
    if case_id is None:
        party = {"kind": "organisation", "name": f"基准贸易{n}号有限公司", "identifier": make_uscc(50000 + n)}
        return [(team.officer_user, "/api/v1/cases/register-clue", {
            "on": d(0), "matter_id": team.matter.pk, "title": "未按规定公示信息案", "origin": "inspection",
            "clue": "检查发现", "party": party})]  # fmt: skip
    return [
        (team.officer_user, f"{base}/verify", {"on": d(1), "officer_ids": officers, "finding": "属实", "act_date": d(-5)}),
        (team.head, f"{base}/file", {"on": d(2), "lead_officer_id": officers[0], "assistant_officer_ids": officers[1:]}),
        (team.officer_user, f"{base}/inquire", {"on": d(3), "officer_ids": officers, "person_inquired": "负责人", "summary": "承认"}),
        (team.officer_user, f"{base}/conclude", {"on": d(4), "facts": "未按规定公示", "outcome": "penalty", "kinds": ["fine"], "fine_amount": "5000"}),
        (team.reviewer, f"{base}/audit-pass", {"on": d(5)}),
        (team.officer_user, f"{base}/notify", {"on": d(6)}),
        (team.officer_user, f"{base}/waive", {"on": d(7), "reason": "当事人书面放弃"}),
        (team.head, f"{base}/decide", {"on": d(8), "outcome": "penalty", "kinds": ["fine"], "fine_amount": "5000"}),
        (team.officer_user, f"{base}/serve", {"on": d(9), "recipient": "当事人"}),
        (team.officer_user, f"{base}/record-payment", {"on": d(10), "amount": "5000", "receipt": f"R{n}"}),
        (team.officer_user, f"{base}/complete-execution", {"on": d(11)}),
        (team.head, f"{base}/close", {"on": d(12)}),
    ]  # fmt: skip


def _run(args) -> tuple[float, dict[str, list[float]], dict[str, list[int]]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    team = _world()
    clients = {u.pk: Client() for u in (team.officer_user, team.head, team.reviewer)}
    for u in (team.officer_user, team.head, team.reviewer):
        clients[u.pk].force_login(u)
    timings: dict[str, list[float]] = defaultdict(list)
    queries: dict[str, list[int]] = defaultdict(list)
    start_day = date.today() - timedelta(days=20)
    began = time.perf_counter()
    for n in range(args.cases):
        case_id = None
        for _ in range(2):
            for user, url, body in _path(team, case_id, start_day, n):
                step = url.rsplit("/", 1)[-1]
                with CaptureQueriesContext(connection) as captured:
                    t0 = time.perf_counter()
                    r = clients[user.pk].post(url, json.dumps(body), content_type="application/json")
                    timings[step].append(time.perf_counter() - t0)
                queries[step].append(len(captured))
                if r.status_code not in (200, 201):
                    raise SystemExit(f"{url}: {r.status_code} {r.content.decode()[:300]}")
                case_id = case_id or r.json()["id"]
    return time.perf_counter() - began, timings, queries


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _report(args, db: str, seconds: float, timings, queries) -> None:
    import django

    total = sum(len(v) for v in timings.values())
    print(f"zhifa 办案步骤吞吐量基准（经 /api/v1/）  案件={args.cases}  步骤={total}")
    print(f"Python {platform.python_version()}  Django {django.get_version()}  数据库 {db}")
    print(
        f"总耗时 {seconds:.2f} s   吞吐量 {total / seconds:.1f} 步/秒   {args.cases / seconds:.2f} 件/秒（13步/件）"
    )
    print(f"{'步骤':<22}{'中位数 ms':>10}{'P95 ms':>10}{'查询数':>8}")
    for step, values in timings.items():
        print(
            f"{step:<22}{statistics.median(values) * 1000:>10.1f}{_ms(values, 0.95):>10.1f}{statistics.median(queries[step]):>8.0f}"
        )
    everything = [v for values in timings.values() for v in values]
    print(f"{'全部':<22}{statistics.median(everything) * 1000:>10.1f}{_ms(everything, 0.95):>10.1f}")


def main() -> None:
    args = _parse_args()
    data_dir = setup_django(args.database_url)
    from django.conf import settings
    from django.db import connection

    settings.ALLOWED_HOSTS = ["*"]
    old_name = connection.settings_dict["NAME"]
    _, db = prepare_database(args.database_url)
    try:
        seconds, timings, queries = _run(args)
        _report(args, db, seconds, timings, queries)
    finally:
        drop_database(args.database_url, old_name)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
