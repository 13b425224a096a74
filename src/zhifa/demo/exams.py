"""资格考试: an earlier exam the longer-serving holders passed, and last year's, which every officer sat."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from zhifa.core.parameters import get_param
from zhifa.personnel.models import ExamResult, ExamSession

from . import data as D
from .context import BATCH, LoadContext
from .plans import PersonPlan

# Seed 003 (二)1: 665 candidates, 409 passed (61.5%).
PASS_RATE = Decimal("0.615")


def load_exams(ctx: LoadContext) -> None:
    """An earlier exam the longer-serving holders passed, and last year's: ~665 candidates, 61.5% pass."""
    tl, mark = ctx.tl, Decimal(str(get_param("exam.pass_mark")))
    bureau = ctx.orgs[D.BUREAU.name]
    early, recent = (
        ExamSession(
            name=f"{day.year}年全省行政执法资格考试（清江区考点）",
            held_on=day,
            pass_mark=mark,
            organiser=bureau,
        )
        for day in (tl.exam_early, tl.exam_recent)
    )
    ExamSession.objects.bulk_create([early, recent])
    results = [
        ExamResult(session=early, person=p.row, score=_score(ctx, mark, ok), passed=ok)
        for p, ok in _early_candidates(ctx)
    ]
    results += [
        ExamResult(session=recent, person=p.row, score=_score(ctx, mark, ok), passed=ok)
        for p, ok in _recent_candidates(ctx)
    ]
    ExamResult.objects.bulk_create(results, batch_size=BATCH)
    ctx.counts.update(exam_sessions=2, exam_results=len(results))


def _score(ctx: LoadContext, mark: Decimal, passed: bool) -> Decimal:
    tenths = ctx.rng.randint(int(mark * 10), 985) if passed else ctx.rng.randint(320, int(mark * 10) - 5)
    return Decimal(tenths) / 10


def _early_candidates(ctx: LoadContext) -> list[tuple[PersonPlan, bool]]:
    officers = [p for p in ctx.people if not p.aux]
    none = [p for p in officers if p.fate == "none"]
    failed = [p for p in officers if p.fate == "rejected"] + none[: round(len(none) * 0.4)]
    return [(p, p.group == "old") for p in officers if p.group == "old" or p in failed]


def _recent_candidates(ctx: LoadContext) -> list[tuple[PersonPlan, bool]]:
    """Every officer sat last year's exam; new holders and pending applicants must have passed it."""
    officers = [p for p in ctx.people if not p.aux]
    target = int((len(officers) * PASS_RATE).to_integral_value(ROUND_HALF_UP))
    must = [p for p in officers if p.group == "new" or p.fate in ("prelim_approved", "approved")]
    may = [p for p in officers if p.group == "old" or p.fate in ("applied", "rejected_prelim")]
    ctx.rng.shuffle(may)
    passed = set(must + may[: max(0, target - len(must))])
    return [(p, p in passed) for p in officers]
