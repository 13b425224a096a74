"""Benchmark: resumable evidence upload and file verification throughput, through the API (/api/v1/).

Run from the checkout:

    .venv/bin/python bench/bench_uploads.py                 # a 500 MB video in 8 MB parts, on a fresh SQLite file
    .venv/bin/python bench/bench_uploads.py --mb 100 --part-mb 4
    .venv/bin/python bench/bench_uploads.py --database-url postgres://postgres@127.0.0.1:5432/postgres

The file is uploaded the way a phone sends a body camera's video: start an upload, send parts at the offset the
server reached, break the connection half-way (the last part before the break arrives only in part), ask for
the offset, resume, complete. It prints the upload throughput (MB/s, the break included), the time to digest and
store the complete file, whether the stored SHA-256 is right, and how fast ``zhifa verify`` re-reads stored
files. This is a measurement, not a test: it asserts only that the digest comes out right.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

from _support import drop_database, prepare_database, setup_django

MB = 1024 * 1024
MP4_HEADER = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="证据断点续传与文件校验吞吐量基准（经 API）。")
    parser.add_argument(
        "--database-url", default="", help="PostgreSQL 地址；缺省为临时目录中的新 SQLite 文件。"
    )
    parser.add_argument("--mb", type=int, default=500, help="上传文件大小（MB）。")
    parser.add_argument("--part-mb", type=int, default=8, help="每段大小（MB）。")
    return parser.parse_args()


def _video(size: int) -> tuple[Path, str]:
    """A file of ``size`` bytes with an MP4 header, written to disk; returns its path and SHA-256."""
    digest = hashlib.sha256()
    fd, name = tempfile.mkstemp(suffix=".mp4")
    with os.fdopen(fd, "wb") as fh:
        fh.write(MP4_HEADER)
        digest.update(MP4_HEADER)
        left = size - len(MP4_HEADER)
        while left > 0:
            block = os.urandom(min(MB, left))
            fh.write(block)
            digest.update(block)
            left -= len(block)
    return Path(name), digest.hexdigest()


def _world():
    from zhifa.cases.tests.factories import filed, make_team
    from zhifa.organisations.tests.factories import OrganisationFactory

    OrganisationFactory(justice_bureau=True, name="基准区司法局")
    team = make_team(OrganisationFactory(name="基准区市场监督管理局", short_name="基准市监"))
    return team, filed(team)


def _upload(client, case, path: Path, part: int) -> tuple[float, float, dict]:
    """(seconds for all parts, seconds for the last part incl. digest and store, the final state)."""
    size = path.stat().st_size
    start = time.perf_counter()
    up = client.post(f"/api/v1/cases/{case.pk}/evidence/uploads", {"filename": path.name, "size": size},
                     content_type="application/json").json()  # fmt: skip
    url, offset, broke, last = f"/api/v1/evidence/uploads/{up['id']}", 0, False, 0.0
    with path.open("rb") as fh:
        while offset < size:
            fh.seek(offset)
            data = fh.read(min(part, size - offset))
            if not broke and offset >= size // 2:  # the connection drops: only half of this part arrives
                broke = True
                data = data[: len(data) // 2]
                client.put(f"{url}?offset={offset}", data, content_type="application/offset+octet-stream")
                offset = client.get(url).json()["offset"]  # reconnect: where do we go on?
                continue
            t = time.perf_counter()
            state = client.put(
                f"{url}?offset={offset}", data, content_type="application/offset+octet-stream"
            ).json()
            last = time.perf_counter() - t
            offset = state["offset"]
    return time.perf_counter() - start, last, state


def _verify_rate() -> tuple[float, float]:
    from zhifa.core.models import StoredFile
    from zhifa.core.storage import verify_files

    total = sum(StoredFile.objects.values_list("size", flat=True))
    start = time.perf_counter()
    problems = verify_files()
    seconds = time.perf_counter() - start
    if problems:
        raise SystemExit("校验失败：" + "；".join(problems))
    return total / MB, seconds


def main() -> None:
    args = _parse_args()
    data_dir = setup_django(args.database_url)
    import django
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    old_name = connection.settings_dict["NAME"]
    _, db = prepare_database(args.database_url)
    path, digest = _video(args.mb * MB)
    try:
        team, case = _world()
        client = Client()
        client.force_login(team.officer_user)
        seconds, last, state = _upload(client, case, path, args.part_mb * MB)
        mb, verify_seconds = _verify_rate()
        print(
            f"zhifa 证据断点续传基准（经 /api/v1/）  文件 {args.mb} MB  每段 {args.part_mb} MB（中途断线一次）"
        )
        print(f"Python {platform.python_version()}  Django {django.get_version()}  数据库 {db}")
        print(f"上传：{seconds:.1f} 秒，{args.mb / seconds:.1f} MB/s（含断线、查询续传位置与续传）")
        print(f"最后一段（写入、按内容识别类型、计算 SHA-256、存储）：{last:.2f} 秒")
        print(f"SHA-256 {'正确' if state['sha256'] == digest else '错误'}：{state['sha256']}")
        print(f"校验存储文件（zhifa verify 的文件部分）：{mb:.0f} MB 用时 {verify_seconds:.2f} 秒，"
              f"{mb / verify_seconds:.0f} MB/s")  # fmt: skip
        if state["sha256"] != digest:
            raise SystemExit(1)
    finally:
        path.unlink(missing_ok=True)
        drop_database(args.database_url, old_name)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
