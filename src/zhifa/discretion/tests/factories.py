"""Builders for discretion tests: a published penalty matter, benchmark tables, benchmarks in any state.

Matters are written directly (a published penalty ``MatterVersion`` exercised by the given bodies); benchmarks go
through the services, so every test starts from data the services themselves accepted. The standard table
``standard_tiers()`` is a realistic one on a 5,000–50,000 元 statutory range: 首违不罚, 两年内再犯 从重, 及时改正
从轻, and the unconditional 一般 tier last.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from zhifa.accounts.tests.factories import actor_of
from zhifa.catalog.constants import MatterKind, MatterStatus
from zhifa.catalog.models import Matter, MatterVersion
from zhifa.discretion import services
from zhifa.discretion.constants import (
    BenchmarkLevel,
    BenchmarkMode,
    FineMode,
    Outcome,
    PartyType,
    PenaltyKind,
)
from zhifa.discretion.constants import Circumstance as C
from zhifa.discretion.data import BenchmarkData, TierData
from zhifa.discretion.models import Benchmark, PartyViolation
from zhifa.discretion.selectors import party_key
from zhifa.discretion.workflow import BenchmarkState
from zhifa.organisations.constants import Domain
from zhifa.organisations.tests.factories import make_uscc

MATTER_START = date(2024, 1, 1)
BENCHMARK_START = date(2025, 1, 1)
LAW = "《中华人民共和国测试法》第三十条"
CITY = "示范市市场监督管理局"
PARTY_USCC = make_uscc(9001)  # a valid 统一社会信用代码 of the party in calculator tests
_codes = itertools.count(1)


def penalty_matter(*bodies, name: str = "对未按规定公示信息的行政处罚", code: str = "", kind: str = MatterKind.PENALTY,
                   valid_from: date = MATTER_START) -> Matter:  # fmt: skip
    """A matter with one published version of ``kind`` (a penalty by default) exercised by ``bodies``."""
    matter = Matter.objects.create(basic_code=code or f"3300{next(_codes):08d}")
    version = MatterVersion.objects.create(
        matter=matter, version=1, status=MatterStatus.PUBLISHED, valid_from=valid_from, name=name, kind=kind,
        domain=Domain.MARKET, levels=["county"], published_at=timezone.now(), published_by="测试",
    )  # fmt: skip
    version.bodies.set(bodies)
    return matter


def cond(key: str, value: int | str | None = None) -> dict:
    return {"key": key, "value": str(value)} if value is not None else {"key": key}


def tier(outcome: str, label: str, *conditions: dict, fine=None, kinds=None, basis: str = "") -> TierData:
    """One row; ``fine`` is ``(low, high)`` in yuan or ``(mode, low, high)``."""
    if fine is not None and len(fine) == 2:
        fine = (FineMode.AMOUNT, *fine)
    mode, low, high = fine if fine is not None else (FineMode.NONE, None, None)
    if kinds is None:
        kinds = [] if outcome == Outcome.NO_PENALTY else [PenaltyKind.FINE] if fine else [PenaltyKind.WARNING]
    return TierData(
        outcome=outcome, label=label, conditions=list(conditions), kinds=list(kinds), fine_mode=mode,
        fine_low=_d(low), fine_high=_d(high), basis=basis,
    )  # fmt: skip


def _d(value) -> Decimal | None:
    return None if value is None else Decimal(value)


def standard_tiers(
    *, lenient=(5000, 15000), standard=(15000, 30000), aggravated=(30000, 50000)
) -> list[TierData]:
    return [
        tier(Outcome.NO_PENALTY, "首违不罚", cond(C.FIRST_OFFENCE), cond(C.SLIGHT_HARM), cond(C.CORRECTED_IN_TIME),
             basis="《中华人民共和国行政处罚法》第三十三条第一款"),
        tier(Outcome.AGGRAVATED, "两年内再次违法", cond(C.REPEAT_WITHIN_YEARS, 2), fine=aggravated),
        tier(Outcome.LENIENT, "及时改正", cond(C.CORRECTED_IN_TIME), fine=lenient),
        tier(Outcome.STANDARD, "情节一般", fine=standard),
    ]  # fmt: skip


def benchmark_data(
    *, violation: str = "未按规定公示信息", low=5000, high=50000, mode=FineMode.AMOUNT
) -> BenchmarkData:
    return BenchmarkData(
        violation=violation, penalty_basis=LAW, violated_basis="《中华人民共和国测试法》第十条",
        clause="违反本法第十条规定的，责令改正，处五千元以上五万元以下罚款。", document_number="测市监裁〔2025〕1号",
        statutory_fine_mode=mode, statutory_fine_low=_d(low), statutory_fine_high=_d(high),
    )  # fmt: skip


def draft_benchmark(head, matter: Matter, *, tiers=None, valid_from: date = BENCHMARK_START, parent=None,
                    data: BenchmarkData | None = None) -> Benchmark:  # fmt: skip
    """A body's own (or, with ``parent``, refined) draft, written by ``head`` for ``head``'s body."""
    actor = actor_of(head)
    return services.benchmark_create(
        by=actor, matter=matter, level=BenchmarkLevel.LOCAL,
        mode=BenchmarkMode.REFINED if parent else BenchmarkMode.OWN, issuer_name=actor.organisation.name,
        valid_from=valid_from, data=data or benchmark_data(), tiers=tiers if tiers is not None else standard_tiers(),
        organisation=actor.organisation, parent=parent,
    )  # fmt: skip


def superior_draft(supervisor, matter: Matter, *, tiers=None, valid_from: date = BENCHMARK_START,
                   level: str = BenchmarkLevel.CITY, issuer: str = CITY) -> Benchmark:  # fmt: skip
    return services.benchmark_create(
        by=actor_of(supervisor), matter=matter, level=level, mode=BenchmarkMode.SUPERIOR, issuer_name=issuer,
        valid_from=valid_from, data=benchmark_data(), tiers=tiers if tiers is not None else standard_tiers(),
    )  # fmt: skip


def step(user, benchmark: Benchmark, action: str, reason: str = "") -> Benchmark:
    return services.benchmark_transition(by=actor_of(user), benchmark=benchmark, action=action, reason=reason)


def filed_benchmark(head, supervisor, matter: Matter, **kwargs) -> Benchmark:
    """A body's benchmark drafted, submitted and filed through the services."""
    b = draft_benchmark(head, matter, **kwargs)
    step(head, b, "submit")
    return step(supervisor, b, "file", "审查通过")


def registered_superior(supervisor, matter: Matter, **kwargs) -> Benchmark:
    return step(supervisor, superior_draft(supervisor, matter, **kwargs), "register")


def force_state(benchmark: Benchmark, state: str) -> Benchmark:
    """Put a benchmark straight into ``state`` (for walking the transition table)."""
    Benchmark.objects.filter(pk=benchmark.pk).update(status=state)
    benchmark.refresh_from_db()
    return benchmark


class PartyViolationFactory(DjangoModelFactory):
    """An earlier penalty decision against a party (``identifier`` is hashed into ``party_key``)."""

    class Meta:
        model = PartyViolation

    class Params:
        identifier = PARTY_USCC

    party_key = factory.LazyAttribute(lambda o: party_key(o.identifier))
    party_name = "测试商贸有限公司"
    party_type = PartyType.ORGANISATION
    act_date = date(2025, 3, 1)
    decided_on = date(2025, 5, 1)
    outcome = Outcome.STANDARD
    reference = factory.Sequence(lambda n: f"测市监罚〔2025〕{n + 1}号")
    source = "zhifa"


__all__ = [
    "BENCHMARK_START", "CITY", "PARTY_USCC", "BenchmarkState", "PartyViolationFactory", "benchmark_data", "cond", "draft_benchmark",
    "filed_benchmark", "force_state", "penalty_matter", "registered_superior", "standard_tiers", "step",
    "superior_draft", "tier",
]  # fmt: skip
