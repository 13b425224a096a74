"""Training records: about ten courses a person over last year and this one (most officers above the yearly
hours, some under), the district's yearly class, and the public-law course new officers take before applying."""

from __future__ import annotations

from datetime import date, timedelta

from zhifa.personnel.constants import TrainingCategory
from zhifa.personnel.models import TrainingRecord

from . import data as D
from .context import BATCH, LoadContext
from .people import NEW_STAFF_FATES
from .plans import PersonPlan


def load_training(ctx: LoadContext) -> None:
    catalogue = [(cat, course) for cat, titles in D.COURSES.items() for course in titles]
    rows = []
    for p in ctx.people:
        p.records = _records_for(ctx, p, ctx.rng.sample(catalogue, 14))
        rows += p.records
    rows += _extra_courses(ctx)
    TrainingRecord.objects.bulk_create(rows, batch_size=BATCH)
    ctx.counts["training_records"] = len(rows)


def _split(ctx: LoadContext, minutes: int, parts: int) -> list[int]:
    units = max(parts, minutes // 45)
    cuts = sorted(ctx.rng.sample(range(1, units), parts - 1))
    return [45 * (b - a) for a, b in zip([0, *cuts], [*cuts, units], strict=True)]


def _records_for(ctx: LoadContext, p: PersonPlan, courses: list[tuple[str, str]]) -> list[TrainingRecord]:
    """About a dozen courses: last year (most officers ≥ 60 学时, some under) and this year up to today."""
    tl, last = ctx.tl, p.left_on or ctx.tl.today
    per_year = 5 if p.aux else 7
    low, high = (30, 60) if p.aux else (27, 57) if p.under_hours else (62, 90)
    plan = list(
        zip(_split(ctx, 45 * ctx.rng.randint(low, high), per_year), [tl.prev] * per_year, strict=True)
    )
    if last >= date(tl.cur, 1, 1):
        # This year so far: the same yearly pace, in proportion to the part of the year already past.
        done = (tl.today - date(tl.cur, 1, 1)).days / 365
        parts = max(1, round(per_year * done))
        hours = max(parts, round(ctx.rng.randint(low, high) * done))
        plan += list(zip(_split(ctx, 45 * hours, parts), [tl.cur] * parts, strict=True))
    rows = []
    for (minutes, year), (category, course) in zip(plan, courses, strict=False):
        held = ctx.day_between(date(year, 1, 1), min(date(year, 12, 31), last))
        rows.append(
            TrainingRecord(
                person=p.row,
                course=course,
                minutes=minutes,
                category=category,
                held_on=held,
                source=ctx.rng.choice(D.TRAINING_SOURCES),
            )
        )
    return rows


def _extra_courses(ctx: LoadContext) -> list[TrainingRecord]:
    """The district's yearly class (seed 003: 106 officers from 29 bodies and 18 streets) and the
    public-law course every new officer takes before applying (seed 004 二、2)."""
    tl, rows = ctx.tl, []
    on_duty = [p for p in ctx.people if not p.aux and p.fate != "cancelled" and not p.under_hours]
    for p in ctx.rng.sample(on_duty, min(len(on_duty), ctx.n(106))):
        rows.append(
            TrainingRecord(
                person=p.row,
                course=D.DISTRICT_CLASS.format(year=tl.prev),
                minutes=480,
                category=TrainingCategory.BUSINESS,
                held_on=date(tl.prev, 7, 18),
                source="区司法局培训班",
            )
        )
        p.records.append(rows[-1])
    for p in ctx.people:
        if p.group == "new" or p.fate in NEW_STAFF_FATES:
            held = max(date(tl.prev, 1, 1), p.apply_day - timedelta(days=ctx.rng.randint(10, 40)))
            rows.append(
                TrainingRecord(
                    person=p.row,
                    course=D.NEW_STAFF_COURSE,
                    minutes=2700,
                    category=TrainingCategory.PUBLIC_LAW,
                    held_on=held,
                    source="区司法局培训班",
                )
            )
            p.records.append(rows[-1])
    return rows
