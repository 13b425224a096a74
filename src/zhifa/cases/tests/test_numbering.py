"""文号 are unique and gap-free per body, year and kind: two officers issuing at the same moment never get the same
number, and a refused step gives its number back (``cases.numbering``)."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import contextmanager
from datetime import date as D
from decimal import Decimal

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction

from zhifa.cases import numbering, rules
from zhifa.cases import services as case_services
from zhifa.cases.models import Document, NumberSeries
from zhifa.cases.tests.factories import make_team, notified, org_party, step
from zhifa.core.exceptions import DomainError
from zhifa.organisations.tests.factories import OrganisationFactory, make_uscc

THREADS, EACH = 2, 25


def _in_threads(target, n: int = 1) -> list:
    """Run ``target`` in ``n`` threads started together, each on its own database connection; their results."""
    start = threading.Barrier(n)
    results: list = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            start.wait()
            results.append(target())
        except BaseException as exc:  # reported by the calling thread
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    return results


@contextmanager
def _shared_database(tmp_path):
    """A database that concurrent connections can share as production does.

    On PostgreSQL that is the test database itself. SQLite's test database lives in memory with a shared cache,
    whose table locks fail at once ('database table is locked') instead of waiting; so it is copied to a file and
    the threads' new connections open that file with the project's SQLite options (WAL, IMMEDIATE transactions,
    busy timeout: config/settings/base.py) — the way a file-backed SQLite deployment serialises its writers."""
    if not (connection.vendor == "sqlite" and connection.is_in_memory_db()):
        yield
        return
    path = tmp_path / "numbering.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    connection.connection.backup(copy)
    # WAL before the writers connect: switching the journal mode needs the file to itself.
    copy.execute("PRAGMA journal_mode=WAL")
    copy.close()
    settings_dict = connections.settings[DEFAULT_DB_ALIAS]
    in_memory = settings_dict["NAME"]
    settings_dict["NAME"] = str(path)
    try:
        yield
    finally:
        settings_dict["NAME"] = in_memory


@pytest.mark.django_db(transaction=True)
def test_it_never_issues_the_same_number_twice_at_once(tmp_path):
    body = OrganisationFactory(name="测试区市场监督管理局", short_name="区市场监管局")

    def issue() -> list[str]:
        numbers = []
        for _ in range(EACH):
            with transaction.atomic():
                numbers.append(numbering.document_number(body, 2026, "penalty_decision"))
            time.sleep(0.005)  # between transactions: let the other writer in (SQLite's busy wait backs off)
        return numbers

    with _shared_database(tmp_path):
        issued = [n for numbers in _in_threads(issue, THREADS) for n in numbers]
        [last] = _in_threads(
            lambda: NumberSeries.objects.get(organisation=body, year=2026, kind="penalty_decision").last
        )
    assert len(issued) == len(set(issued)) == THREADS * EACH
    assert sorted(issued, key=_serial) == [
        f"区市场监管局罚〔2026〕{n}号" for n in range(1, THREADS * EACH + 1)
    ]
    assert last == THREADS * EACH


@pytest.mark.django_db(transaction=True)
def test_it_numbers_decisions_taken_at_the_same_moment_apart(team, tmp_path):
    """Two heads decide cases of the same body at once, through the whole write path (``case_step``)."""
    cases = [_waived(team, n) for n in range(6)]
    batches = iter([cases[0::2], cases[1::2]])
    lock = threading.Lock()

    def decide_batch() -> list[str]:
        with lock:
            batch = next(batches)
        return [step(team.head, c, "decide", on=D(2026, 9, 23), **DECIDE).decision_number for c in batch]

    with _shared_database(tmp_path):
        numbers = [n for batch in _in_threads(decide_batch, 2) for n in batch]
        [stored] = _in_threads(
            lambda: sorted(Document.objects.filter(kind="penalty_decision").values_list("number", flat=True))
        )
    expected = [f"区市场监管局罚〔2026〕{n}号" for n in range(1, 7)]
    assert sorted(numbers, key=_serial) == sorted(stored, key=_serial) == expected


def _serial(number: str) -> int:
    return int(number.split("〕")[1].removesuffix("号"))


@pytest.mark.django_db(transaction=True)
def test_it_keeps_series_apart_by_body_year_and_kind():
    a = OrganisationFactory(short_name="甲局")
    b = OrganisationFactory(short_name="乙局")
    with transaction.atomic():
        numbers = [
            numbering.document_number(a, 2026, "penalty_decision"),
            numbering.document_number(a, 2026, "penalty_decision"),
            numbering.document_number(a, 2025, "penalty_decision"),
            numbering.document_number(a, 2026, "prior_notice"),
            numbering.document_number(b, 2026, "penalty_decision"),
            numbering.document_number(a, 2026, "inquiry_record"),  # a record carries no 文号
        ]
    assert numbers == [
        "甲局罚〔2026〕1号",
        "甲局罚〔2026〕2号",
        "甲局罚〔2025〕1号",
        "甲局告〔2026〕1号",
        "乙局罚〔2026〕1号",
        "",
    ]


# --- a refused step leaves no gap -------------------------------------------------------------------------------


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


DECIDE = {"outcome": "penalty", "kinds": ["fine"], "fine_amount": Decimal("8000")}


def _waived(team, n: int):
    case = notified(team, party=org_party(name=f"示范公司{n}", identifier=make_uscc(5000 + n)))
    return step(team.officer_user, case, "waive", on=D(2026, 9, 23), reason="放弃")


def test_it_gives_no_number_to_a_refused_decision(team, refused):
    first = step(team.head, _waived(team, 1), "decide", on=D(2026, 9, 23), **DECIDE)
    assert first.decision_number == "区市场监管局罚〔2026〕1号"
    second = _waived(team, 2)
    with refused("PEN-016", second):  # heavier than notified
        step(team.head, second, "decide", on=D(2026, 9, 23), **{**DECIDE, "fine_amount": Decimal("9000")})
    second = step(team.head, second, "decide", on=D(2026, 9, 23), **DECIDE)
    assert second.decision_number == "区市场监管局罚〔2026〕2号"


def test_it_gives_back_a_number_drawn_by_a_step_refused_later(team, refused, monkeypatch):
    """A step refused after its documents were numbered (here: when its deadlines are applied) rolls the numbers
    back with everything else: the next decision gets the number the refused one drew."""
    step(team.head, _waived(team, 1), "decide", on=D(2026, 9, 23), **DECIDE)
    case = _waived(team, 2)
    drawn = []
    real_number = case_services.document_number

    def numbered(*args):
        drawn.append(real_number(*args))
        return drawn[-1]

    def refuse_late(ctx, step_, row):
        raise DomainError.from_rule(rules.FACTS, detail="测试：编号之后拒绝")

    monkeypatch.setattr(case_services, "document_number", numbered)
    monkeypatch.setattr(case_services, "apply_deadlines", refuse_late)
    with refused("PEN-017", case):
        step(team.head, case, "decide", on=D(2026, 9, 23), **DECIDE)
    assert drawn == ["区市场监管局罚〔2026〕2号", "区市场监管局信修〔2026〕2号"]
    monkeypatch.undo()
    series = NumberSeries.objects.get(organisation=team.body, year=2026, kind="penalty_decision")
    assert series.last == 1
    case = step(team.head, case, "decide", on=D(2026, 9, 23), **DECIDE)
    assert case.decision_number == "区市场监管局罚〔2026〕2号"
    assert not Document.objects.filter(number="").exclude(kind__in=_unnumbered()).exists()


def _unnumbered() -> list[str]:
    from zhifa.cases.constants import DOCUMENT_PREFIX, DocumentKind

    return [k for k in DocumentKind.values if k not in DOCUMENT_PREFIX]
