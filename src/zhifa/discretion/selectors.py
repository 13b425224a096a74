"""Reads of discretion benchmarks and the calculator (a read: it changes nothing).

Which benchmark applies (seed 000 §5): the body's own filed benchmark (its own or its refinement) covering the
date of the act; otherwise the superior department's filed benchmark (city before province), which applies
directly. Unfiled benchmarks are never used. 《行政处罚法》第三十七条: the rule in force when the act was committed
applies, unless the rule in force at decision time is lighter — the calculator runs both and says which it used.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import organisation_scope, require_scope
from zhifa.catalog.constants import MatterStatus
from zhifa.catalog.models import Matter, MatterVersion
from zhifa.core.exceptions import DomainError, NotInScope
from zhifa.organisations.models import Organisation

from . import rules
from .constants import BenchmarkLevel, Outcome
from .data import benchmark_rule
from .domain.calculator import MissingAmount, NoApplicableTier, recommend
from .domain.types import Facts, Recommendation, TraceStep
from .models import Benchmark, BenchmarkTier, PartyViolation
from .workflow import BenchmarkState, Transition, actions_from

LEVEL_PRECEDENCE = (BenchmarkLevel.LOCAL, BenchmarkLevel.CITY, BenchmarkLevel.PROVINCE)
SEVERITY = {
    Outcome.NO_PENALTY: 0,
    Outcome.MITIGATED: 1,
    Outcome.LENIENT: 2,
    Outcome.STANDARD: 3,
    Outcome.AGGRAVATED: 4,
}


def _filed_on(day: date) -> Q:
    return Q(status=BenchmarkState.FILED, valid_from__lte=day) & (
        Q(valid_until__isnull=True) | Q(valid_until__gte=day)
    )


def with_tiers(qs: QuerySet) -> QuerySet:
    return qs.select_related("matter", "organisation", "parent").prefetch_related(
        Prefetch("tiers", queryset=BenchmarkTier.objects.order_by("order"))
    )


def applicable_benchmark(*, matter: Matter, organisation, day: date) -> Benchmark | None:
    """The filed benchmark a body applies to an act of ``day``: its own, else the superior's."""
    filed = with_tiers(Benchmark.objects.filter(_filed_on(day), matter=matter))
    own = [
        b
        for b in filed
        if b.level == BenchmarkLevel.LOCAL and b.organisation_id == getattr(organisation, "pk", None)
    ]
    if own:
        return own[0]
    for level in LEVEL_PRECEDENCE[1:]:
        superior = [b for b in filed if b.level == level]
        if superior:
            return superior[0]
    return None


def party_key(identifier: str) -> str:
    """SHA-256 of the normalised 统一社会信用代码 or 身份证号 (how ``PartyViolation`` matches a party)."""
    return hashlib.sha256(identifier.strip().upper().encode("utf-8")).hexdigest()


def prior_decisions(*, key: str, matter: Matter, before: date) -> tuple[date, ...]:
    """Dates of the party's earlier established violations of the same matter (首违不罚 and repeat offences).

    A violation let off under 首违不罚 counts too: 首违不罚 is for the first violation only, so a party spared once
    is not a first offender the next time (《行政处罚法》第三十三条第一款 "初次违法")."""
    rows = PartyViolation.objects.filter(party_key=key, matter=matter, decided_on__lt=before)
    return tuple(rows.order_by("decided_on").values_list("decided_on", flat=True))


@dataclass(frozen=True)
class Calculation:
    """The calculator's answer for a case: the benchmark used and its recommendation."""

    benchmark: Benchmark
    recommendation: Recommendation
    prior_count: int


def _run(benchmark: Benchmark, facts: Facts) -> Recommendation:
    # ValueError too: the pure calculator refuses impossible facts (a birth date after the act, a negative
    # amount, an unknown party type) with ValueError, which must reach the user as DISC-012, not a 500.
    try:
        return recommend(benchmark_rule(benchmark), facts)
    except (MissingAmount, NoApplicableTier, ValueError) as exc:
        raise DomainError.from_rule(rules.FACTS, detail=str(exc)) from exc


def _lighter(a: Recommendation, b: Recommendation) -> bool:
    """True when ``b`` is lighter than ``a`` (a lower tier, or the same tier with a lower maximum fine)."""
    if SEVERITY[b.outcome] != SEVERITY[a.outcome]:
        return SEVERITY[b.outcome] < SEVERITY[a.outcome]
    return a.fine_high is not None and b.fine_high is not None and b.fine_high < a.fine_high


def calculate(
    *, matter: Matter, organisation, facts: Facts, party_identifier: str = "", today: date | None = None
) -> Calculation:
    """Recommend the tier, penalty kinds and fine range for a case, with the trace of every rule used."""
    today = today or timezone.localdate()
    if facts.act_date > today:
        raise DomainError.from_rule(rules.FACTS, detail=f"违法行为日期 {facts.act_date} 晚于今天。")
    prior = (
        prior_decisions(key=party_key(party_identifier), matter=matter, before=facts.act_date)
        if party_identifier
        else ()
    )
    facts = replace(facts, prior_decisions=prior)
    then = applicable_benchmark(matter=matter, organisation=organisation, day=facts.act_date)
    if then is None:
        version = matter.versions.order_by("-version").first()
        raise DomainError.from_rule(
            rules.NO_BENCHMARK, name=version.name if version else matter.basic_code, date=facts.act_date
        )
    result = _run(then, facts)
    now = applicable_benchmark(matter=matter, organisation=organisation, day=today)
    if now is not None and now.pk != then.pk:
        later = _run(now, facts)
        if _lighter(result, later):
            step = TraceStep("DISC-S37", f"现行基准（{now.issuer_name}第{now.version}版）较行为时基准轻，适用现行基准。",
                             "《中华人民共和国行政处罚法》第三十七条")  # fmt: skip
            return Calculation(now, replace(later, trace=(step, *later.trace)), len(prior))
    step = TraceStep("DISC-S37", f"适用违法行为发生时（{facts.act_date}）施行的基准：{then.issuer_name}第{then.version}版。",
                     "《中华人民共和国行政处罚法》第三十七条")  # fmt: skip
    return Calculation(then, replace(result, trace=(step, *result.trace)), len(prior))


def benchmarks_visible_to(actor) -> QuerySet[Benchmark]:
    """Benchmarks ``actor`` may read (house style R9).

    - filed and repealed benchmarks: everyone (published, 《行政处罚法》第三十四条);
    - a body's draft, submitted or returned benchmark: the actors whose scope holds that body;
    - an unfiled superior department's benchmark (no body): the 司法局, who registers it.
    """
    published = Q(status__in=[BenchmarkState.FILED, BenchmarkState.REPEALED])
    in_scope = Q(organisation__in=Organisation.objects.filter(organisation_scope(actor)).values("pk"))
    superior = Q(organisation__isnull=True) if Perm.BENCHMARK_FILE in actor.permissions else Q(pk__in=[])
    return Benchmark.objects.filter(published | in_scope | superior)


def benchmark_for(actor, pk: int, *, write: bool = False) -> Benchmark:
    """One benchmark ``actor`` may read, with its tiers; ``write``: also one whose body is in the actor's scope
    (another body's published benchmark can be read but not acted on). Otherwise ``NotInScope`` (404)."""
    b = with_tiers(benchmarks_visible_to(actor)).filter(pk=pk).first()
    if b is None:
        raise NotInScope(
            "SCOPE-404",
            "对象不存在或不在您的管辖范围内。",
            citation="zhifa 数据范围规则（accounts/permissions.py）",
        )
    if write and b.organisation is not None:
        require_scope(actor, b.organisation)
    return b


def available_transitions(benchmark: Benchmark) -> list[Transition]:
    """The filing steps the table allows from the benchmark's state and for its level (local or superior)."""
    local = benchmark.level == BenchmarkLevel.LOCAL
    return [
        t
        for t in actions_from(benchmark.status)
        if not ((t.local_only and not local) or (t.superior_only and local))
    ]


def matter_names(matter_ids, day: date) -> dict[int, str]:
    """Each matter's name as its version in force on ``day`` gives it (else its latest version), in one query."""
    rows = MatterVersion.objects.filter(matter_id__in=set(matter_ids)).order_by("matter_id", "version")
    names: dict[int, str] = {}
    in_force: set[int] = set()
    for matter_id, name, status, start, end in rows.values_list(
        "matter_id", "name", "status", "valid_from", "valid_until"
    ):
        covers = status == MatterStatus.PUBLISHED and start <= day and (end is None or day <= end)
        if covers or matter_id not in in_force:
            names[matter_id] = name
        if covers:
            in_force.add(matter_id)
    return names


def benchmark_list(
    *, q: str = "", status: str = "", organisation_id: int | None = None, level: str = ""
) -> QuerySet[Benchmark]:
    qs = Benchmark.objects.select_related("matter", "organisation")
    if q:
        qs = qs.filter(
            Q(violation__icontains=q) | Q(matter__basic_code__startswith=q) | Q(issuer_name__icontains=q)
        )
    if status:
        qs = qs.filter(status=status)
    if organisation_id:
        qs = qs.filter(organisation_id=organisation_id)
    if level:
        qs = qs.filter(level=level)
    return qs.order_by("matter__basic_code", "level", "-version")


def filing_queue() -> QuerySet[Benchmark]:
    """Benchmarks waiting for the 司法局's filing review, oldest first."""
    return (
        Benchmark.objects.filter(status=BenchmarkState.SUBMITTED)
        .select_related("matter", "organisation")
        .order_by("submitted_at")
    )


def three_lists(*, day: date, outcome: str = "") -> QuerySet[BenchmarkTier]:
    """The 三张清单 in force on ``day``: the 不予、减轻、从轻 rows of filed benchmarks (seed 003 (四)2)."""
    outcomes = [outcome] if outcome else [Outcome.NO_PENALTY, Outcome.MITIGATED, Outcome.LENIENT]
    filed = Benchmark.objects.filter(_filed_on(day)).values("pk")
    return (
        BenchmarkTier.objects.filter(benchmark__in=filed, outcome__in=outcomes)
        .select_related("benchmark", "benchmark__matter", "benchmark__organisation")
        .order_by("outcome", "benchmark__matter__basic_code", "order")
    )
