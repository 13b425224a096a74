"""Writes on discretion benchmarks: drafting, versions, the filing workflow (备案审查) and the calculator.

A benchmark is drafted with its whole table; submitting checks the table, the statutory range and, for a
refinement, the superior's range (seed 000 §5); the 司法局 files it (then it is published and used) or returns it
with reasons. Every step is a row in ``BenchmarkEvent`` and an event on the audit chain.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require, require_scope
from zhifa.catalog.constants import MatterKind
from zhifa.catalog.models import Matter
from zhifa.catalog.selectors import in_force_on
from zhifa.core.audit import audit, snapshot
from zhifa.core.exceptions import DomainError, PermissionRefused

from . import rules
from .constants import BenchmarkLevel, BenchmarkMode, FineMode, Outcome
from .data import BENCHMARK_FIELDS, BenchmarkData, TierData, benchmark_rule, tier_rule
from .domain.refinement import check_refinement
from .domain.splitting import validate_table
from .models import Benchmark, BenchmarkEvent, BenchmarkTier
from .workflow import BY_ACTION, EDITABLE_STATES, BenchmarkState, actions_from

AUDITED = (
    *BENCHMARK_FIELDS,
    "status",
    "version",
    "valid_from",
    "valid_until",
    "level",
    "mode",
    "issuer_name",
)


def _latest_matter_version(matter: Matter):
    return matter.versions.order_by("-version").first()


def _check_matter(matter: Matter, organisation, valid_from: date) -> None:
    version = matter.versions.filter(in_force_on(valid_from)).first() or _latest_matter_version(matter)
    if version.kind != MatterKind.PENALTY:
        raise DomainError.from_rule(rules.PENALTY_ONLY, name=version.name, kind=version.get_kind_display())
    if organisation is not None and not version.bodies.filter(pk=organisation.pk).exists():
        raise DomainError.from_rule(rules.NOT_EXERCISED, body=organisation.name, name=version.name)


def _require_author(by, organisation, level: str) -> None:
    if level == BenchmarkLevel.LOCAL:
        require(by, Perm.BENCHMARK_MANAGE)
        # A missing body is refused by the model's constraint (benchmark_local_has_organisation).
        if organisation is not None:
            require_scope(by, organisation)
    else:
        require(by, Perm.BENCHMARK_FILE)


def _check_parent(matter: Matter, mode: str, parent: Benchmark | None) -> None:
    if mode != BenchmarkMode.REFINED:
        return
    if parent is None or parent.matter_id != matter.pk or parent.level == BenchmarkLevel.LOCAL:
        raise DomainError.from_rule(rules.BAD_PARENT)
    if parent.status != BenchmarkState.FILED:
        raise DomainError.from_rule(rules.BAD_PARENT)


def _write_tiers(benchmark: Benchmark, tiers: list[TierData]) -> None:
    benchmark.tiers.all().delete()
    for i, data in enumerate(tiers):
        tier = BenchmarkTier(benchmark=benchmark, order=(i + 1) * 10, **asdict(data))
        tier.full_clean(exclude=["benchmark"])
        tier.save()


def _snapshot(b: Benchmark) -> dict:
    after = snapshot(b, AUDITED)
    fields = (
        "order",
        "outcome",
        "label",
        "conditions",
        "kinds",
        "fine_mode",
        "fine_low",
        "fine_high",
        "basis",
    )
    after["tiers"] = [snapshot(t, fields) for t in b.tiers.all()]
    return after


def _event(b: Benchmark, action: str, from_state: str, by, reason: str = "") -> None:
    BenchmarkEvent.objects.create(
        benchmark=b, action=action, from_state=from_state, to_state=b.status, at=timezone.now(), by=by.label,
        reason=reason,
    )  # fmt: skip


@transaction.atomic
def benchmark_create(
    *, by, matter: Matter, level: str, mode: str, issuer_name: str, valid_from: date, data: BenchmarkData,
    tiers: list[TierData], organisation=None, parent: Benchmark | None = None,
) -> Benchmark:  # fmt: skip
    """Draft the first version of a benchmark (a body's own or refined one, or a superior department's)."""
    _require_author(by, organisation, level)
    _check_matter(matter, organisation, valid_from)
    _check_parent(matter, mode, parent)
    same = Benchmark.objects.filter(matter=matter, organisation=organisation, level=level)
    if level != BenchmarkLevel.LOCAL:
        same = same.filter(issuer_name=issuer_name)
    b = Benchmark(
        matter=matter, organisation=organisation, level=level, mode=mode, issuer_name=issuer_name, parent=parent,
        version=(max(same.values_list("version", flat=True), default=0) + 1), valid_from=valid_from, **asdict(data),
    )  # fmt: skip
    b.full_clean()
    b.save()
    _write_tiers(b, tiers)
    _event(b, "create", "", by)
    audit(actor=by, action="benchmark.create", obj=b, after=_snapshot(b), organisation_id=b.organisation_id)
    return b


def _locked(benchmark: Benchmark) -> Benchmark:
    return (
        Benchmark.objects.select_for_update(of=("self",))
        .select_related("matter", "organisation", "parent")
        .get(pk=benchmark.pk)
    )


@transaction.atomic
def benchmark_update(
    *, by, benchmark: Benchmark, data: BenchmarkData, tiers: list[TierData], valid_from: date | None = None,
    parent: Benchmark | None = None,
) -> Benchmark:  # fmt: skip
    """Change a draft or returned benchmark and its table (refused once submitted or filed)."""
    b = _locked(benchmark)
    _require_author(by, b.organisation, b.level)
    if b.status not in EDITABLE_STATES:
        raise DomainError.from_rule(rules.NOT_EDITABLE, state=b.get_status_display())
    before = _snapshot(b)
    for name, value in asdict(data).items():
        setattr(b, name, value)
    if valid_from is not None:
        b.valid_from = valid_from
    if parent is not None:
        _check_parent(b.matter, b.mode, parent)
        b.parent = parent
    b.full_clean()
    b.save()
    _write_tiers(b, tiers)
    after = _snapshot(b)
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    if changed:
        audit(actor=by, action="benchmark.update", obj=b, before={k: before.get(k) for k in changed}, after=changed,
              organisation_id=b.organisation_id)  # fmt: skip
    return b


@transaction.atomic
def benchmark_new_version(*, by, benchmark: Benchmark, valid_from: date) -> Benchmark:
    """Start the next version of a filed benchmark as a draft copy (the filed one stays in force until the new
    one is filed)."""
    tiers = [
        TierData(**{f: getattr(t, f) for f in TierData.__dataclass_fields__}) for t in benchmark.tiers.all()
    ]
    data = BenchmarkData(**{f: getattr(benchmark, f) for f in BENCHMARK_FIELDS})
    return benchmark_create(
        by=by, matter=benchmark.matter, level=benchmark.level, mode=benchmark.mode,
        issuer_name=benchmark.issuer_name, valid_from=valid_from, data=data, tiers=tiers,
        organisation=benchmark.organisation, parent=benchmark.parent,
    )  # fmt: skip


# --- checks on submission ------------------------------------------------------------------------------------


def check_table(b: Benchmark) -> None:
    """The table is usable (ends with an unconditional tier, ranges ordered) and inside the statute's range."""
    tiers = list(b.tiers.all())
    problems = [p for p in validate_table(tuple(tier_rule(t) for t in tiers)) if not p.startswith("提示")]
    if not tiers:
        problems.insert(0, "基准至少应有一个档次。")
    if problems:
        raise DomainError.from_rule(rules.TABLE_INVALID, detail="；".join(problems))
    for tier in tiers:
        _check_statutory(b, tier)


def _fmt(value) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value is not None else "—"


def _check_statutory(b: Benchmark, tier: BenchmarkTier) -> None:
    low, high, mode = b.statutory_fine_low, b.statutory_fine_high, b.statutory_fine_mode
    if mode == FineMode.NONE or tier.fine_mode != mode:
        return
    where = f"第{tier.order // 10}档“{tier.get_outcome_display()}（{tier.label}）”"
    if tier.outcome == Outcome.MITIGATED:
        if low is not None and tier.fine_high is not None and tier.fine_high >= low:
            raise DomainError.from_rule(
                rules.OUTSIDE_STATUTE,
                detail=f"{where}为减轻处罚，罚款应低于法定最低限 {_fmt(low)}，现为至 {_fmt(tier.fine_high)}。",
            )
        return
    if (low is not None and tier.fine_low is not None and tier.fine_low < low) or (
        high is not None and tier.fine_high is not None and tier.fine_high > high
    ):
        raise DomainError.from_rule(
            rules.OUTSIDE_STATUTE,
            detail=f"{where}罚款 {_fmt(tier.fine_low)}–{_fmt(tier.fine_high)} 超出法定幅度 {_fmt(low)}–{_fmt(high)}。",
        )


def check_within_superior(b: Benchmark) -> None:
    """seed 000 §5: a refinement stays inside the superior benchmark's ranges, tier by tier."""
    if b.mode != BenchmarkMode.REFINED:
        return
    if b.parent is None or b.parent.status != BenchmarkState.FILED:
        raise DomainError.from_rule(rules.BAD_PARENT)
    problems = check_refinement(benchmark_rule(b), benchmark_rule(b.parent))
    if problems:
        raise DomainError.from_rule(rules.OUTSIDE_SUPERIOR, detail="；".join(p.message for p in problems))


def _same_line(b: Benchmark):
    """Versions of the same benchmark line: same matter and same author (body, or superior issuer)."""
    qs = Benchmark.objects.filter(matter=b.matter, level=b.level, organisation=b.organisation)
    return qs if b.level == BenchmarkLevel.LOCAL else qs.filter(issuer_name=b.issuer_name)


def _close_previous(b: Benchmark) -> None:
    current = _same_line(b).select_for_update().filter(status=BenchmarkState.FILED).exclude(pk=b.pk)
    for old in current:
        if old.valid_from >= b.valid_from:
            raise DomainError.from_rule(
                rules.OVERLAP,
                detail=f"新版本施行日期 {b.valid_from} 须晚于在用的第{old.version}版施行日期 {old.valid_from}。",
            )
        if old.valid_until is None or old.valid_until >= b.valid_from:
            old.valid_until = b.valid_from - timedelta(days=1)
            old.save(update_fields=["valid_until", "updated_at"])


def _filing_number(b: Benchmark) -> str:
    year = timezone.localdate().year
    count = Benchmark.objects.filter(filed_at__year=year).exclude(filing_number="").count() + 1
    return f"清司备〔{year}〕{count:04d}号"


# --- the workflow ---------------------------------------------------------------------------------------------


def _guards(action: str, b: Benchmark) -> None:
    if action in ("submit", "register"):
        _check_matter(b.matter, b.organisation, b.valid_from)
        check_table(b)
        check_within_superior(b)
    if action in ("file", "register"):
        _close_previous(b)


def _effects(action: str, b: Benchmark, by) -> list[str]:
    now = timezone.now()
    if action == "submit":
        b.submitted_at = now
        return ["submitted_at"]
    if action in ("file", "register"):
        b.filed_at, b.filed_by, b.filing_number = now, by.label, _filing_number(b)
        return ["filed_at", "filed_by", "filing_number"]
    if action == "repeal":
        # A version already closed by its successor keeps its earlier last day: repealing must not stretch
        # it over the successor's period.
        last_day = max(timezone.localdate(), b.valid_from)
        b.valid_until = min(b.valid_until, last_day) if b.valid_until else last_day
        return ["valid_until"]
    return []


def _check_allowed(b: Benchmark, action: str, by, reason: str):
    t = BY_ACTION.get(action)
    allowed = "、".join(x.label for x in actions_from(b.status)) or "无"
    if t is None or b.status not in t.sources:
        label = t.label if t else action
        raise DomainError.from_rule(rules.STATE, state=b.get_status_display(), action=label, allowed=allowed)
    if (t.superior_only and b.level == BenchmarkLevel.LOCAL) or (
        t.local_only and b.level != BenchmarkLevel.LOCAL
    ):
        raise DomainError.from_rule(
            rules.STATE, state=b.get_status_display(), action=t.label, allowed=allowed
        )
    require(by, t.perm)
    if t.reason_required and not reason.strip():
        raise DomainError.from_rule(rules.REASON, action=t.label)
    return t


@transaction.atomic
def benchmark_transition(*, by, benchmark: Benchmark, action: str, reason: str = "") -> Benchmark:
    """Take one filing step (R5): lock, check the table and the guards, append history, audit."""
    b = _locked(benchmark)
    t = _check_allowed(b, action, by, reason)
    if b.organisation is not None:
        require_scope(by, b.organisation)
    _guards(action, b)
    before = b.status
    b.status = t.target
    fields = ["status", "updated_at", *_effects(action, b, by)]
    b.save(update_fields=fields)
    _event(b, action, before, by, reason.strip())
    audit(actor=by, action=f"benchmark.{action}", obj=b, before={"status": before},
          after={"status": b.status, "reason": reason.strip(), **snapshot(b, ("filing_number", "valid_until"))},
          organisation_id=b.organisation_id)  # fmt: skip
    return b


def require_transition_perm(by, action: str) -> None:
    t = BY_ACTION.get(action)
    if t is None:
        raise PermissionRefused("AUTH-PERM", f"未知操作：{action}", citation="discretion/workflow.py")
    require(by, t.perm)


def filed_on(day: date) -> Q:
    return Q(status=BenchmarkState.FILED, valid_from__lte=day) & (
        Q(valid_until__isnull=True) | Q(valid_until__gte=day)
    )
