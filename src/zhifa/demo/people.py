"""The district's people: officers and 辅助人员 seated in every body and street team, the 法制审核员, the
people behind the demo logins, and each officer's *fate* (what happens to their certificate)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from zhifa.core.domain.workdays import years_before
from zhifa.organisations.constants import Category
from zhifa.organisations.models import Organisation
from zhifa.personnel.constants import CancelReason, PersonStatus, StaffType
from zhifa.personnel.models import Person

from . import data as D
from .context import BATCH, LoadContext
from .plans import PersonPlan

# Fates: what happens to each officer's certificate. Fixed counts are the seed's (not scaled: the 3 suspended
# after a failed assessment must stay 3); scaled counts follow the district's size.
FIXED_FATES = (("suspended_assessment", 3), ("suspended_misconduct", 2), ("lost", 1), ("rejected_prelim", 1))
SCALED_FATES = (
    ("cancelled", 23),
    ("replaced", 4),
    ("revoked", 2),
    ("withdrawn", 3),
    ("applied", 6),
    ("prelim_approved", 5),
    ("approved", 4),
    ("rejected", 4),
)
NONE_SHARE = 0.15  # officers without any certificate (failed the exam, never applied)
NEW_SHARE = 0.23  # officers certified after last year's exam
UNDER_HOURS_SHARE = 0.1  # certified officers under the yearly hours last year (no 年审)
EXIT_FATES = {
    "suspended_assessment",
    "suspended_misconduct",
    "revoked",
    "withdrawn",
    "cancelled",
    "lost",
    "replaced",
    "transferred",
}
PENDING_FATES = {"applied", "prelim_approved", "approved"}
NEW_STAFF_FATES = PENDING_FATES | {"rejected", "rejected_prelim"}

REVIEWING_YEARS = 4
TEAM_MINIMUM = 6  # people of a street team that has its own 法制审核员


def load_people(ctx: LoadContext) -> None:
    _plan_people(ctx)
    _mark_reviewers(ctx)
    _mark_accounts(ctx)
    _assign_fates(ctx)
    for p in ctx.people:
        _plan_dates(ctx, p)
        p.row = _person_row(ctx, p)
    Person.objects.bulk_create([p.row for p in ctx.people], batch_size=BATCH)
    ctx.counts.update(people=len(ctx.people), auxiliaries=sum(p.aux for p in ctx.people))


def _allocate(total: int, weights: Sequence[float], minimum: Sequence[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` (largest remainder), giving each at least ``minimum``."""
    rest = total - sum(minimum)
    shares = [rest * w / sum(weights) for w in weights]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: (counts[i] - shares[i], i))
    for i in by_remainder[: rest - sum(counts)]:
        counts[i] += 1
    return [c + m for c, m in zip(counts, minimum, strict=True)]


# --- seats ------------------------------------------------------------------------------------------------


def _staff_type(ctx: LoadContext, body: Organisation) -> str:
    roll = ctx.rng.random()
    if body.category == Category.STREET_TEAM or (body.uscc and body.uscc[1] == "2"):
        return StaffType.PUBLIC_INSTITUTION if roll < 0.55 else StaffType.CIVIL_SERVANT_MANAGED
    if roll < 0.7:
        return StaffType.CIVIL_SERVANT
    return StaffType.CIVIL_SERVANT_MANAGED if roll < 0.9 else StaffType.PUBLIC_INSTITUTION


def _seats(ctx: LoadContext) -> list[tuple[Organisation, D.BodySpec | None, int, int]]:
    """(enforcing body, its spec, officer weight, 辅助人员 weight) for every place people work."""
    seats = [(ctx.orgs[s.name], s, s.staff, s.aux) for s in (D.BUREAU, *D.BODIES)]
    seats += [(ctx.orgs[f"{name}综合行政执法队"], None, staff, aux) for name, staff, aux in D.STREETS]
    return seats


def _plan_people(ctx: LoadContext) -> None:
    seats = _seats(ctx)
    officers = ctx.n(665) - D.ABOLISHED.staff
    # The bureau has its head and the supervisor; 区市场监督管理局 the officer, reviewer and head; a street team with
    # a 法制审核员 its head, the reviewer and enough officers for two on every case, even in the small demo.
    minimum = [2, 3] + [TEAM_MINIMUM if _reviewing_team(b) else 0 for b, *_ in seats[2:]]
    staff = _allocate(officers, [w for _, _, w, _ in seats], minimum)
    aux = _allocate(ctx.n(40), [a for _, _, _, a in seats], [0] * len(seats))
    for (body, spec, _, _), n_staff, n_aux in zip(seats, staff, aux, strict=True):
        ctx.people += _seat_people(ctx, body, spec, n_staff, n_aux)
    ctx.people += _abolished_people(ctx)


def _reviewing_team(org: Organisation) -> bool:
    return org.category == Category.STREET_TEAM and org.name in D.REVIEWER_PRIORITY


def _seat_people(
    ctx: LoadContext, body: Organisation, spec: D.BodySpec | None, n_staff: int, n_aux: int
) -> list[PersonPlan]:
    units = ctx.units.get(body.name, [])
    street = body.street if body.category == Category.STREET_TEAM else None
    field_unit = next(
        (u for u in units if any(k in u.short_name for k in ("执法", "稽查", "监察", "监督"))),
        units[0] if units else body,
    )
    head_title = spec.head_title if spec else "队长"
    posts = [f"副{head_title}", *D.STAFF_POSTS[1:]] if spec else list(D.TEAM_POSTS)
    posts = list(D.BUREAU_POSTS) if spec is D.BUREAU else posts
    people = []
    for i in range(n_staff):
        org = body if i == 0 or not units else units[(i - 1) % len(units)]
        post = head_title if i == 0 else posts[(i - 1) % len(posts)]
        people.append(
            PersonPlan(
                org=org,
                body=body,
                post=post,
                staff_type=_staff_type(ctx, body),
                street=street,
                head=i == 0,
            )
        )
    people += [
        PersonPlan(
            org=field_unit,
            body=body,
            post=D.AUX_POST,
            staff_type=StaffType.AUXILIARY,
            street=street,
            aux=True,
        )
        for _ in range(n_aux)
    ]
    return people


def _abolished_people(ctx: LoadContext) -> list[PersonPlan]:
    """The 渔政站's officers, now in 区农业农村局's enforcement unit with their certificates (异动)."""
    agri = ctx.orgs[D.ABOLISHED_INTO]
    unit = next(u for u in ctx.units[agri.name] if "执法" in u.short_name)
    gone = ctx.orgs[D.ABOLISHED.name]
    return [
        PersonPlan(
            org=unit,
            body=agri,
            post="执法队员",
            staff_type=StaffType.PUBLIC_INSTITUTION,
            cert_body=gone,
            fate="transferred",
            group="old",
        )
        for _ in range(D.ABOLISHED.staff)
    ]


# --- roles ------------------------------------------------------------------------------------------------


def _mark_reviewers(ctx: LoadContext) -> None:
    """法制审核员 (seed 003 (三)3: 33, of whom 4 hold the 法律职业资格), by REVIEWER_PRIORITY."""
    wanted, marked = ctx.n(33), 0
    for body_name in D.REVIEWER_PRIORITY:
        candidate = _reviewer_candidate(ctx, body_name)
        if candidate is None:
            continue
        candidate.reviewer, candidate.post = True, D.REVIEWER_POST
        candidate.staff_type = StaffType.CIVIL_SERVANT
        candidate.qualified = marked < D.QUALIFIED_REVIEWERS
        marked += 1
        if marked == wanted:
            break
    ctx.counts["legal_reviewers"] = marked


def _reviewer_candidate(ctx: LoadContext, body_name: str) -> PersonPlan | None:
    officers = (p for p in ctx.people if p.body.name == body_name and not p.aux and p.cert_body is None)
    return next((p for p in officers if not p.head and not p.reviewer), None)


def _mark_accounts(ctx: LoadContext) -> None:
    market, bureau = D.BODIES[0].name, D.BUREAU.name
    in_market = [p for p in ctx.people if p.body.name == market and not p.aux]
    next(p for p in in_market if p.head).account = "head"
    next(p for p in in_market if p.reviewer and p.qualified).account = "reviewer"
    officer = next(p for p in in_market if not p.head and not p.reviewer)
    officer.account, officer.post = "officer", "执法队员"
    supervisor = next(p for p in ctx.people if p.body.name == bureau and not p.head)
    supervisor.account, supervisor.post = "supervisor", f"{D.SUPERVISION_UNIT}科长"
    supervisor.org = next(u for u in ctx.units[bureau] if u.short_name == D.SUPERVISION_UNIT)
    supervisor.staff_type = StaffType.CIVIL_SERVANT


# --- fates ------------------------------------------------------------------------------------------------


def _assign_fates(ctx: LoadContext) -> None:
    officers = [p for p in ctx.people if not p.aux]
    pool = [p for p in officers if not p.reserved]
    ctx.rng.shuffle(pool)
    wanted = [
        *FIXED_FATES,
        *((f, ctx.n(n)) for f, n in SCALED_FATES),
        ("none", round(NONE_SHARE * len(officers))),
        ("new", round(NEW_SHARE * len(officers))),
    ]
    if sum(n for _, n in wanted) > len(pool):
        raise ValueError(f"演示数据规模 {ctx.scale} 过小：人员不足以覆盖证件的全部状态。")
    for fate, count in wanted:
        for p in pool[:count]:
            p.fate, p.group = (
                ("valid", "new") if fate == "new" else (fate, "old" if fate in EXIT_FATES else "")
            )
        pool = pool[count:]
    for p in [*pool, *(p for p in officers if p.reserved and not p.fate)]:
        p.fate, p.group = "valid", "old"
    for p in ctx.people:
        p.fate = p.fate or "auxiliary"
        p.post = D.NON_ENFORCEMENT_POST if p.fate == "withdrawn" else p.post
    _assign_cancel_reasons(ctx)
    plain = [p for p in pool if p.group == "old"]
    for p in plain[: round(UNDER_HOURS_SHARE * len(plain))]:
        p.under_hours = True


def _assign_cancel_reasons(ctx: LoadContext) -> None:
    """退休、离职、死亡 (seed 003 (二)1), most of them retirements."""
    cancelled = [p for p in ctx.people if p.fate == "cancelled"]
    retired = round(len(cancelled) * 0.6)
    deceased = max(1, round(len(cancelled) * 0.09)) if len(cancelled) > 2 else 0
    for i, p in enumerate(cancelled):
        if i < retired:
            p.cancel_reason = CancelReason.RETIRED
        elif i >= len(cancelled) - deceased:
            p.cancel_reason = CancelReason.DECEASED
        else:
            p.cancel_reason = CancelReason.RESIGNED


# --- rows -------------------------------------------------------------------------------------------------


def _birth_year(ctx: LoadContext, p: PersonPlan) -> int:
    if p.cancel_reason == CancelReason.RETIRED:
        return max(1965, ctx.tl.cur - 60 - ctx.rng.randint(0, 1))
    if p.cancel_reason == CancelReason.RESIGNED:
        return ctx.rng.randint(1985, 1998)
    if p.head:
        return ctx.rng.randint(1967, 1982)
    if p.group == "new" or p.fate in ("none", *NEW_STAFF_FATES):
        return ctx.rng.randint(1988, 2000)
    return ctx.rng.randint(1967, 1995)


def _plan_dates(ctx: LoadContext, p: PersonPlan) -> None:
    tl, span = ctx.tl, (ctx.tl.today - ctx.tl.exam_recent).days
    if p.group == "old":
        p.apply_day = tl.exam_early + timedelta(days=ctx.rng.randint(20, 400))
    elif p.group == "new":
        p.apply_day = tl.exam_recent + timedelta(days=ctx.rng.randint(15, 75))
    elif p.fate in ("rejected", "rejected_prelim"):
        p.apply_day = tl.exam_recent + timedelta(days=ctx.rng.randint(15, 60))
    elif p.fate in PENDING_FATES:
        back = {"applied": (3, 12), "prelim_approved": (15, 30), "approved": (30, 45)}[p.fate]
        p.apply_day = tl.today - timedelta(days=ctx.rng.randint(*back))
    if p.apply_day:
        p.apply_day = min(p.apply_day, tl.today)
    if p.fate == "cancelled":
        p.left_on = tl.exam_recent + timedelta(days=ctx.rng.randint(10, max(10, span - 5)))


def _person_row(ctx: LoadContext, p: PersonPlan) -> Person:
    head_name = p.body.head_name if p.head else ""
    gender = ctx.head_gender.get(p.body.name) if p.head else None
    p.name, p.gender = (head_name, gender) if head_name else ctx.fake.name()
    year = _birth_year(ctx, p)
    birth = date(year, 1, 1) + timedelta(days=ctx.rng.randint(0, 364))
    return Person(
        name=p.name,
        id_number=ctx.fake.resident_id(birth, p.gender),
        gender=p.gender,
        birth_date=birth,
        organisation=p.org,
        post=p.post,
        staff_type=p.staff_type,
        has_legal_qualification=p.qualified,
        # the district's reviewers were reviewing before zhifa: most without the 法律职业资格 (seed 003 (三)3)
        legal_review_since=years_before(ctx.tl.today, REVIEWING_YEARS) if p.reviewer else None,
        phone=ctx.fake.phone(),
        status=PersonStatus.LEFT if p.fate == "cancelled" else PersonStatus.ON_DUTY,
    )
