"""What both halves of the demo's penalty cases read: who may act for each body on which days, the penalty
matters each body exercises, the benchmarks and the discretion calculator, the thresholds, the calendar, and the
parties cases are brought against.

Officers are read from the certificate plans (``ctx.certs``), the same histories the audit part writes later:
a person counts as a certified officer of a body on a day when the plan has the certificate valid for that body
at the end of that day, exactly as ``personnel.selectors.certificate_valid_on`` will read the written history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Prefetch

from zhifa.cases.constants import PartyKind
from zhifa.cases.domain import deadlines as dl
from zhifa.cases.models import Party
from zhifa.catalog.constants import MatterKind, MatterStatus
from zhifa.catalog.models import MatterVersion
from zhifa.core.calendar import work_calendar
from zhifa.core.domain.workdays import WorkCalendar
from zhifa.core.exceptions import DomainError
from zhifa.core.parameters import get_param
from zhifa.discretion import rules as disc_rules
from zhifa.discretion.constants import BenchmarkLevel
from zhifa.discretion.data import benchmark_rule
from zhifa.discretion.domain.calculator import recommend
from zhifa.discretion.domain.types import BenchmarkRule, Facts, Recommendation, TraceStep
from zhifa.discretion.models import Benchmark, BenchmarkTier
from zhifa.discretion.workflow import BenchmarkState
from zhifa.organisations.constants import Category
from zhifa.organisations.models import Organisation
from zhifa.personnel.domain.fields import certificate_covers
from zhifa.personnel.workflow import CertState
from zhifa.utils.validators import birth_date_of

from . import data as D
from .context import LoadContext
from .plans import CertPlan, PersonPlan, Who

LAW = "《中华人民共和国行政处罚法》"
ZERO = Decimal("0")
YEAR_DAYS = 400  # the cases' year, and the investigations before it


# --- people ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Officer:
    """A person with a certificate valid for ``org_id`` from ``start`` to ``end`` (both days included)."""

    plan: PersonPlan
    cert: CertPlan
    org_id: int
    start: date
    end: date
    domain: str

    @property
    def pk(self) -> int:
        return self.plan.row.pk

    @property
    def name(self) -> str:
        return self.plan.row.name

    def covers(self, first: date, last: date) -> bool:
        return self.start <= first and last <= self.end

    def record(self) -> dict:
        """The officer as ``CaseStep.officers`` records them (``services._officer_record``)."""
        return {"id": self.pk, "name": self.name, "certificate": self.cert.row.number}


def valid_runs(cert: CertPlan, today: date) -> list[tuple[int, date, date]]:
    """(organisation, first day, last day) of each stretch in which the certificate was valid at day's end."""
    runs, start, org, until = [], None, None, None
    for step in cert.steps:
        day = step.at.date()
        valid = step.after.get("state") == CertState.VALID
        step_org = step.after.get("organisation_id")
        if start is not None and (not valid or step_org != org):
            runs.append((org, start, min(day - timedelta(days=1), until or day)))
            start = None
        if valid:
            if start is None:
                start, org = day, step_org
            until = step.after.get("valid_until")
    if start is not None:
        runs.append((org, start, min(today, until or today)))
    return [(o, s, e) for o, s, e in runs if s <= e]


@dataclass(eq=False)
class BodyStaff:
    """The people of one body a case needs: certified officers, the head, the 法制审核员, everyone's names."""

    body: Organisation
    officers: list[Officer] = field(default_factory=list)
    head: PersonPlan | None = None
    reviewers: list[PersonPlan] = field(default_factory=list)
    others: list[PersonPlan] = field(default_factory=list)
    _by_domain: dict[str, list[Officer]] = field(default_factory=dict)

    def available(self, first: date, last: date, matter_domain: str) -> list[Officer]:
        able = self._by_domain.get(matter_domain)
        if able is None:
            able = self._by_domain[matter_domain] = [
                o for o in self.officers if certificate_covers(o.domain, matter_domain)
            ]
        return [o for o in able if o.start <= first and last <= o.end]

    @property
    def reviewer(self) -> PersonPlan | None:
        """The body's 法制审核员, one with the 法律职业资格 first."""
        return next(iter(sorted(self.reviewers, key=lambda p: not p.qualified)), None)


def body_staff(ctx: LoadContext) -> dict[int, BodyStaff]:
    """Every enforcement body's people, by organisation id. Heads and reviewers are kept out of the officer pools:
    they approve, chair hearings and review, which an investigator of the same case may not."""
    staff: dict[int, BodyStaff] = {}
    for org in ctx.orgs.values():
        if org.category in (Category.BODY, Category.STREET_TEAM):
            staff[org.pk] = BodyStaff(org)
    for p in ctx.people:
        s = staff.get(p.body.pk)
        if s is None or p.aux:
            continue
        if p.head:
            s.head = p
        elif p.reviewer:
            s.reviewers.append(p)
        else:
            s.others.append(p)
    for cert in ctx.certs:
        p = cert.person
        if p.aux or p.head or p.reviewer or cert.row is None or not cert.row.number:
            continue
        for org_id, start, end in valid_runs(cert, ctx.tl.today):
            if org_id in staff:
                staff[org_id].officers.append(
                    Officer(p, cert, org_id, start, end, cert.state.get("domain", ""))
                )
    return staff


def handler_who(ctx: LoadContext, officer: Officer) -> Who:
    """Who records an officer's step: the demo login when the officer has one, else the officer by name."""
    if officer.plan.account:
        user = ctx.users[officer.plan.account]
        return Who(f"{user.full_name}（{user.username}）", user.pk)
    return Who(f"{officer.name}（{officer.plan.body.short_name}执法人员）")


def person_who(ctx: LoadContext, p: PersonPlan, role: str) -> Who:
    if p.account:
        user = ctx.users[p.account]
        return Who(f"{user.full_name}（{user.username}）", user.pk)
    return Who(f"{p.row.name}（{p.body.short_name}{role}）")


# --- matters, thresholds and the calendar ---------------------------------------------------------------------


@dataclass(frozen=True)
class Params:
    """The parameters the penalty procedure reads, read once."""

    hearing_person: Decimal
    hearing_org: Decimal
    major_person: Decimal
    major_org: Decimal
    individual_business_type: str
    statement_days: int
    review_days: int
    extension_days: int
    filing_days: int

    @classmethod
    def read(cls) -> Params:
        def money(key: str) -> Decimal:
            return Decimal(str(get_param(key)))

        return cls(
            hearing_person=money("hearing.large_fine_person"), hearing_org=money("hearing.large_fine_org"),
            major_person=money("major.fine_person"), major_org=money("major.fine_org"),
            individual_business_type=get_param("party.individual_business_type"),
            statement_days=int(get_param("notice.statement_working_days")), review_days=int(get_param("review.days")),
            extension_days=int(get_param("penalty.extension_days")), filing_days=int(get_param("simple.filing_days")),
        )  # fmt: skip

    def party_type(self, kind: str) -> str:
        if kind == PartyKind.INDIVIDUAL_BUSINESS:
            return self.individual_business_type
        return "person" if kind == PartyKind.PERSON else "organisation"

    def hearing_threshold(self, version: MatterVersion, party_type: str) -> Decimal:
        """``catalog.selectors.hearing_threshold`` without a query per case."""
        if party_type == "person":
            return Decimal(str(version.hearing_fine_person or self.hearing_person))
        return Decimal(str(version.hearing_fine_org or self.hearing_org))

    def major_threshold(self, version: MatterVersion, party_type: str) -> Decimal:
        if party_type == "person":
            return Decimal(str(version.major_fine_person or self.major_person))
        return Decimal(str(version.major_fine_org or self.major_org))


def penalty_versions(first: date, last: date) -> list[MatterVersion]:
    """The published versions of penalty matters in force from ``first`` to ``last`` (what a case in that time
    records), with their bodies and bases."""
    qs = MatterVersion.objects.filter(
        kind=MatterKind.PENALTY, status=MatterStatus.PUBLISHED, valid_from__lte=first
    )
    qs = qs.select_related("matter").prefetch_related("bodies", "bases").order_by("matter__basic_code")
    return [v for v in qs if v.valid_until is None or v.valid_until >= last]


class Calendar:
    """The district's working-day calendar and the procedure's periods on it."""

    def __init__(self, params: Params):
        self.cal: WorkCalendar = work_calendar(D.DEMO_REGION)
        self.params = params

    def workday(self, day: date) -> date:
        """``day`` or the next working day."""
        while not self.cal.is_working_day(day):
            day += timedelta(days=1)
        return day

    def workday_back(self, day: date) -> date:
        """``day`` or the working day before it."""
        while not self.cal.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def wd_after(self, day: date, n: int) -> date:
        return day if n == 0 else dl.working_days_after(day, n, self.cal)

    def wd_before(self, day: date, n: int) -> date:
        """The working day ``n`` working days before ``day`` (``wd_after`` undone for a working ``day``)."""
        for _ in range(n):
            day = self.workday_back(day - timedelta(days=1))
        return day

    def days_after(self, day: date, n: int) -> date:
        return dl.calendar_days_after(day, n, self.cal)

    def statement_ends(self, notified: date) -> date:
        return self.wd_after(notified, self.params.statement_days)


# --- benchmarks and the calculator ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Calculated:
    """The calculator's answer for a case as ``cases.effects._recommendation`` stores it, and the raw result."""

    stored: dict
    rec: Recommendation | None

    @property
    def tier_id(self) -> int | None:
        return self.rec.tier_id if self.rec else None


class Benchmarks:
    """The filed benchmarks in memory, chosen as ``discretion.selectors.applicable_benchmark`` chooses them and
    run through the pure calculator (``discretion.domain.calculator.recommend``), without a query per case."""

    def __init__(self) -> None:
        rows = (
            Benchmark.objects.filter(status=BenchmarkState.FILED)
            .order_by("pk")
            .prefetch_related(Prefetch("tiers", queryset=BenchmarkTier.objects.order_by("order")))
        )
        self.by_matter: dict[int, list[Benchmark]] = {}
        self.rules: dict[int, BenchmarkRule] = {}
        for b in rows:
            self.by_matter.setdefault(b.matter_id, []).append(b)
            self.rules[b.pk] = benchmark_rule(b, list(b.tiers.all()))
        self.matters = set(self.by_matter)

    def applicable(self, matter_id: int, org_id: int, day: date) -> Benchmark | None:
        filed = [
            b for b in self.by_matter.get(matter_id, ())
            if b.valid_from <= day and (b.valid_until is None or b.valid_until >= day)
        ]  # fmt: skip
        own = [b for b in filed if b.level == BenchmarkLevel.LOCAL and b.organisation_id == org_id]
        if own:
            return own[0]
        for level in (BenchmarkLevel.CITY, BenchmarkLevel.PROVINCE):
            superior = [b for b in filed if b.level == level]
            if superior:
                return superior[0]
        return None

    def calculate(self, version: MatterVersion, org_id: int, facts: Facts) -> Calculated:
        """What ``case_step`` stores at 调查终结 (``effects._recommendation``) for these facts."""
        b = self.applicable(version.matter_id, org_id, facts.act_date)
        if b is None:
            err = DomainError.from_rule(disc_rules.NO_BENCHMARK, name=version.name, date=facts.act_date)
            return Calculated({"benchmark_id": None, "message": err.message}, None)
        rec = recommend(self.rules[b.pk], facts)
        first = TraceStep(
            "DISC-S37", f"适用违法行为发生时（{facts.act_date}）施行的基准：{b.issuer_name}第{b.version}版。", f"{LAW}第三十七条"
        )  # fmt: skip
        stored = {
            "benchmark_id": b.pk, "benchmark": f"{b.issuer_name}第{b.version}版", "violation": b.violation,
            "violated_basis": b.violated_basis, "penalty_basis": b.penalty_basis, "tier_id": rec.tier_id,
            "tier_label": rec.tier_label, "outcome": rec.outcome, "kinds": list(rec.kinds),
            "fine_low": _s(rec.fine_low), "fine_high": _s(rec.fine_high), "prior_count": len(facts.prior_decisions),
            "trace": [{"rule": t.rule, "text": t.text, "citation": t.citation} for t in (first, *rec.trace)],
        }  # fmt: skip
        return Calculated(stored, rec)


def _s(value) -> str | None:
    return None if value is None else str(value)


def pick_fine(rng, low: Decimal | None, high: Decimal | None) -> Decimal:
    """A round fine inside [low, high] (to the hundred, or the ten for small ranges)."""
    low = low or ZERO
    if high is None:
        high = max(low * Decimal("1.3"), low + 1000)
    step = Decimal("100") if high - low >= 500 else Decimal("10")
    floor = max(low, step) if max(low, step) <= high else low
    raw = floor + (high - floor) * Decimal(str(rng.random()))
    fine = (raw / step).to_integral_value(rounding=ROUND_HALF_UP) * step
    if fine < low or fine > high:
        fine = high.quantize(Decimal("0.01"))
    return max(fine, Decimal("1")).quantize(Decimal("0.01"))


# --- the world ----------------------------------------------------------------------------------------------------


class CaseWorld:
    """Everything the case parts read, built once per load."""

    def __init__(self, ctx: LoadContext):
        self.params = Params.read()
        self.calendar = Calendar(self.params)
        self.staff = body_staff(ctx)
        self.versions = penalty_versions(ctx.tl.today - timedelta(days=YEAR_DAYS), ctx.tl.today)
        self.benchmarks = Benchmarks()
        self.parties = Parties(ctx, self.params)


# --- parties ----------------------------------------------------------------------------------------------------

BRANDS = (
    "鑫盛", "华美", "福源", "宏达", "恒泰", "金鼎", "顺发", "佳禾", "瑞丰", "天成", "永兴", "隆昌", "嘉和", "润泽", "新宇",
    "百川", "聚丰", "盛世", "兴旺", "和顺", "惠民", "祥瑞", "万家", "东方", "锦程", "鸿运", "安康", "绿源", "明珠", "诚信",
)  # fmt: skip
TRADES = {
    "market": (("食品有限公司", "超市有限公司", "餐饮管理有限公司", "商贸有限公司", "广告传媒有限公司", "贸易有限公司"),
               ("食品店", "副食店", "餐馆", "小吃店", "便利店", "烟酒商行")),
    "culture": (("娱乐有限公司", "文化传媒有限公司", "KTV有限公司"), ("网吧", "歌厅", "棋牌室")),
    "emergency": (("化工有限公司", "建材有限公司", "矿业有限公司", "物流有限公司", "机械制造有限公司"),
                  ("五金店", "加油点", "汽修店")),
    "ecology": (("化工有限公司", "机械制造有限公司", "建材有限公司", "砖瓦有限公司"), ("汽车修理厂", "洗车店", "养殖场")),
    "urban": (("渣土运输有限公司", "建筑工程有限公司", "物业管理有限公司"), ("烧烤店", "餐馆", "夜宵摊")),
    "transport": (("运输有限公司", "客运有限公司", "物流有限公司", "汽车维修有限公司"), ("货运部", "汽修店", "驾校报名点")),
    "natural_resources": (("房地产开发有限公司", "建筑工程有限公司"), ("建材店",)),
    "housing": (("房地产开发有限公司", "建筑工程有限公司", "建筑劳务有限公司"), ("建材店",)),
}  # fmt: skip


@dataclass(eq=False)
class PartyPlan:
    row: Party
    party_type: str

    def input(self) -> dict:
        """The party as ``facts.PartyInput`` takes it (also the JSON a step's data records)."""
        r = self.row
        return {"kind": r.kind, "name": r.name, "identifier": r.identifier, "legal_representative": r.legal_representative,
                "address": r.address, "phone": r.phone}  # fmt: skip


class Parties:
    """Makes parties (about half companies, a quarter 个体工商户, the rest natural persons, named after the trades
    of the matter's domain) with valid, unique 统一社会信用代码 and 居民身份证号 (``ctx.fake``)."""

    def __init__(self, ctx: LoadContext, params: Params):
        self.ctx, self.params = ctx, params

    def new(self, domain: str, kind: str | None = None) -> PartyPlan:
        rng, fake = self.ctx.rng, self.ctx.fake
        roll = rng.random()
        kind = kind or (
            PartyKind.ORGANISATION
            if roll < 0.52
            else PartyKind.INDIVIDUAL_BUSINESS
            if roll < 0.8
            else PartyKind.PERSON
        )
        companies, shops = TRADES.get(domain, TRADES["market"])
        owner, gender = fake.name()
        if kind == PartyKind.ORGANISATION:
            row = Party(kind=kind, name=f"示范市清江区{rng.choice(BRANDS)}{rng.choice(companies)}",
                        identifier=fake.uscc("91"), legal_representative=owner)  # fmt: skip
        elif kind == PartyKind.INDIVIDUAL_BUSINESS:
            row = Party(kind=kind, name=f"清江区{rng.choice(BRANDS)}{rng.choice(shops)}",
                        identifier=fake.uscc("92"), legal_representative=owner)  # fmt: skip
        else:
            birth = date(rng.randint(1962, 2003), 1, 1) + timedelta(days=rng.randint(0, 364))
            row = Party(kind=kind, name=owner, identifier=fake.resident_id(birth, gender))
            row.birth_date = birth_date_of(row.identifier)
        row.address, row.phone = fake.address(), fake.phone()
        return PartyPlan(row, self.params.party_type(kind))


# --- what a case proposes and decides -------------------------------------------------------------------------


@dataclass(frozen=True)
class Amounts:
    """The amounts an investigation establishes (the calculator needs those its benchmark splits or multiplies on)."""

    illegal_gain: Decimal
    goods_value: Decimal
    turnover: Decimal
    ad_fee: Decimal

    @classmethod
    def draw(cls, rng, *, large: bool = False) -> Amounts:
        def yuan(low: int, high: int) -> Decimal:
            return Decimal(rng.randint(low, high) * 10)

        goods = yuan(1000, 6000) if large else yuan(50, 900)
        gain = ZERO if rng.random() < 0.55 else yuan(20, 300)
        return cls(gain, goods, goods + yuan(100, 5000), yuan(100, 3000))

    def facts(self) -> dict:
        return {"illegal_gain": self.illegal_gain, "goods_value": self.goods_value, "turnover": self.turnover,
                "ad_fee": self.ad_fee}  # fmt: skip


@dataclass(frozen=True)
class Proposal:
    """拟处理意见 (and, unchanged, the decision): outcome, kinds, fine and confiscated amount."""

    outcome: str
    kinds: tuple[str, ...]
    fine: Decimal | None
    confiscated: Decimal | None

    @property
    def penalised(self) -> bool:
        return self.outcome == "penalty"


def propose(rng, calc: Calculated, amounts: Amounts, party_type: str) -> Proposal:
    """What the officer proposes: the recommended tier's kinds, a fine inside its range (none where the benchmark
    recommends 不予处罚, which the case then decides: 首违不罚 or 第三十三条); a plausible penalty where no benchmark
    is filed."""
    rec = calc.rec
    if rec is None:
        if rng.random() < 0.35:
            return Proposal("penalty", ("warning",), None, None)
        low, high = (200, 5000) if party_type == "person" else (2000, 50000)
        return Proposal("penalty", ("fine",), pick_fine(rng, Decimal(low), Decimal(high)), None)
    if rec.outcome == "no_penalty":
        return Proposal("no_penalty", (), None, None)
    kinds = (
        tuple(k for k in rec.kinds if not (k == "confiscate_gain" and not amounts.illegal_gain)) or rec.kinds
    )
    kinds = kinds or ("warning",)
    fine = pick_fine(rng, rec.fine_low, rec.fine_high) if "fine" in kinds else None
    confiscated = (amounts.illegal_gain if "confiscate_gain" in kinds else ZERO) + (
        amounts.goods_value if "confiscate_property" in kinds else ZERO
    )
    return Proposal("penalty", kinds, fine, confiscated or None)


def facts_for_calculator(
    party: PartyPlan, act_date: date, circumstances, amounts: Amounts, prior=()
) -> Facts:
    """The calculator's input as ``effects._recommendation`` builds it."""
    return Facts(party_type=party.party_type, act_date=act_date, circumstances=frozenset(circumstances),
                 illegal_gain=amounts.illegal_gain, goods_value=amounts.goods_value, turnover=amounts.turnover,
                 ad_fee=amounts.ad_fee, party_birth_date=party.row.birth_date, prior_decisions=tuple(prior))  # fmt: skip


def case_title(version: MatterVersion, party_name: str) -> str:
    what = version.name.removeprefix("对").removesuffix("的行政处罚")
    return f"{party_name}{what}案"[:300]


def violation_text(version: MatterVersion, calc: Calculated | None) -> str:
    rec = calc.stored if calc else {}
    return rec.get("violation") or version.name.removeprefix("对").removesuffix("的行政处罚")


def violated_basis(version: MatterVersion, calc: Calculated | None) -> str:
    rec = calc.stored if calc else {}
    if rec.get("violated_basis"):
        return rec["violated_basis"]
    bases = [b.citation for b in version.bases.all()]
    return bases[0] if bases else ""
