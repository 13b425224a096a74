"""The demo district's year of 行政征收、征用、确认、给付、奖励、裁决 (seed 003's scale), planned in memory and bulk-inserted.

Seed 003 (冷水滩区 2023) gives 行政给付 286,547 件次, 行政奖励 9 and 行政确认 4,289 a year; it gives no 征收, 征用 or
裁决, so the district has small plausible numbers of those. Benefit payments are one aggregated row per payment
matter and month (recipients and total), the rest one row per act, each on a matter of its kind that the body
exercises, with a party (valid, unique identifiers from ``ctx.fake``), a 文号 per body, kind and year, the officers
the guards ask for (征用、裁决: two officers certified for the body that day, from the certificate plans as
``cases_world.body_staff`` reads them), the publication deadline ``acts.services`` computes, its ``ActStep``
history (登记, 公开, and for a few rows 更正 or 撤销) and one audit event per record.

The demo catalog holds only three 确认 and six 奖励 matters; the 征收、征用、给付、裁决 matters of the district (and the
high-volume 确认: 不动产登记、婚姻登记、工伤认定) are added here as published catalog versions of the bodies that hold
them, so the acts rest on the catalog exactly as a recorded act must.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from zhifa.acts.constants import ACT_KINDS, TWO_OFFICERS, ActDeadlineKind, ActState
from zhifa.acts.domain.deadlines import month_start, publication_due
from zhifa.acts.models import ActDeadline, ActRecord, ActStep
from zhifa.cases.constants import PartyKind
from zhifa.cases.models import Party
from zhifa.catalog.constants import BasisRole, MatterStatus
from zhifa.catalog.models import Matter, MatterBasis, MatterVersion
from zhifa.core.audit import PendingEvent, append_many
from zhifa.core.calendar import work_calendar
from zhifa.core.models.procedural import DeadlineState
from zhifa.core.parameters import describe_param, get_param
from zhifa.personnel.models import Person

from . import data as D
from .cases_world import BodyStaff, Params, Parties, body_staff, handler_who, person_who
from .context import BATCH, LoadContext
from .plans import Who

LOADER = "系统（演示数据加载）"
# seed 003: 行政确认 4,289, 行政奖励 9, 行政给付 286,547 件次 a year; the others are not given (small, plausible)
PER_YEAR = {"confirmation": 4289, "reward": 9, "levy": 48, "requisition": 6, "adjudication": 14}
PAYMENTS = 286547
CORRECTIONS, REVOCATIONS = 6, 2
WORD = {
    "levy": "征",
    "requisition": "用",
    "confirmation": "确",
    "payment": "给",
    "reward": "奖",
    "adjudication": "裁",
}
KIND_CODE = {"levy": "04", "payment": "05", "confirmation": "07", "adjudication": "09", "requisition": "12"}


@dataclass(frozen=True)
class ActMatter:
    """A matter of the district the demo catalog lacks: kind, name, domain, holder (short name), basis; how often
    it occurs (``weight`` within its kind), how many of its parties are natural persons, and its amounts (yuan)."""

    kind: str
    name: str
    domain: str
    body: str
    basis: str
    weight: float = 1.0
    persons: float = 0.5
    amount: tuple[int, int] | None = None


ADDED = (
    ActMatter("levy", "城市道路占用挖掘修复费的征收", "urban", "区城管执法局", "《城市道路管理条例》第三十三条", 3, 0.1, (2000, 60000)),
    ActMatter("levy", "土地闲置费的征收", "natural_resources", "区自然资源局", "《闲置土地处置办法》第十四条", 1, 0.0, (80000, 900000)),
    ActMatter("levy", "水土保持补偿费的征收", "water", "区水利局", "《中华人民共和国水土保持法》第三十二条", 2, 0.0, (5000, 120000)),
    ActMatter("requisition", "突发事件应急处置中对单位和个人财产的征用", "emergency", "区应急局",
              "《中华人民共和国突发事件应对法》第十二条", 2, 0.4, (1000, 30000)),
    ActMatter("requisition", "传染病暴发流行时临时征用房屋、交通工具及相关设施设备", "health", "区卫健局",
              "《中华人民共和国传染病防治法》第四十五条", 1, 0.2, (3000, 50000)),
    ActMatter("payment", "最低生活保障金的给付", "civil_affairs", "区民政局", "《社会救助暂行办法》第九条", 0.55, 1, (600, 640)),
    ActMatter("payment", "特困人员救助供养金的给付", "civil_affairs", "区民政局", "《社会救助暂行办法》第十四条", 0.15, 1, (950, 1010)),
    ActMatter("payment", "失业保险金的给付", "human_resources", "区人社局", "《失业保险条例》第十四条", 0.30, 1, (1430, 1530)),
    ActMatter("adjudication", "林木林地权属争议的处理", "forestry", "区林业局", "《中华人民共和国森林法》第二十二条", 2, 0.5),
    ActMatter("adjudication", "土地权属争议的处理", "natural_resources", "区自然资源局", "《中华人民共和国土地管理法》第十四条", 1, 0.5),
    ActMatter("confirmation", "不动产登记", "natural_resources", "区自然资源局", "《不动产登记暂行条例》第七条", 0.55, 0.85),
    ActMatter("confirmation", "内地居民婚姻登记", "civil_affairs", "区民政局", "《婚姻登记条例》第二条", 0.25, 1),
    ActMatter("confirmation", "工伤认定", "human_resources", "区人社局", "《工伤保险条例》第十七条", 0.06, 1),
)  # fmt: skip
# the demo catalog's own matters of these kinds: their share of the kind and of natural persons among the parties
CATALOG_WEIGHT = {"confirmation": (0.14 / 3, 0.3), "reward": (1.0, 0.9)}
DECISIONS = {
    "levy": "依法征收{name}，金额{amount}元，限十五日内缴入国库。",
    "requisition": "因应急处置需要，依法征用当事人财产，使用完毕后及时返还，给予补偿{amount}元。",
    "confirmation": "经审查，申请事项符合法定条件，予以确认（{name}）。",
    "reward": "举报情况经查证属实，依法给予奖励{amount}。",
    "adjudication": "经调查调解无效，依法裁决：争议{what}的使用权归申请人所有，被申请人应予配合。",
}


@dataclass(eq=False)
class Planned:
    """One record being planned, with its history rows and its deadline."""

    record: ActRecord
    steps: list[ActStep] = field(default_factory=list)
    deadline: ActDeadline | None = None
    who: Who | None = None


class Year:
    """Plans the year's acts of the district in memory."""

    def __init__(self, ctx: LoadContext):
        self.ctx, self.rng = ctx, ctx.rng
        self.cal = work_calendar(D.DEMO_REGION)
        self.staff = body_staff(ctx)
        self.body_of = dict(Person.objects.values_list("pk", "organisation__body_id"))
        self.parties = Parties(ctx, Params.read())
        self.first, self.today = ctx.tl.today - timedelta(days=364), ctx.tl.today
        self.days = [d for d in (self.first + timedelta(n) for n in range(365)) if self.cal.is_working_day(d)]
        self.publish_days = int(get_param("acts.publish_working_days"))
        self.basis = describe_param("acts.publish_working_days")
        self.private = set(get_param("acts.private_kinds"))
        self.planned: list[Planned] = []
        self._bodies: dict[int, list] = {}
        self._basis: dict[int, str] = {}
        self._on_duty: dict[tuple, tuple] = {}
        self.new_parties: list[Party] = []

    # --- people --------------------------------------------------------------------------------------------------

    def officers(self, staff: BodyStaff, day: date, kind: str) -> list | None:
        """The officers of an act on ``day``: two certified for 征用、裁决, else one person of the body (a certified
        officer where one is on duty, else another member of staff); None when nobody can."""
        valid, own, others = self.on_duty(staff, day)
        if kind in TWO_OFFICERS:
            return self.rng.sample(valid, 2) if len(valid) >= 2 else None
        if own:
            return [self.rng.choice(own)]
        return [self.rng.choice(others)] if others else None

    def on_duty(self, staff: BodyStaff, day: date) -> tuple[list, list, list]:
        """Who could act for the body on ``day`` (kept per body and day): its certified officers, those of them
        who are staff of the body now (guard ACT-008 for one officer), and its other staff."""
        key = (staff.body.pk, day)
        if key not in self._on_duty:
            body = staff.body.pk
            valid = [o for o in staff.officers if o.start <= day <= o.end]
            own = [o for o in valid if self.body_of.get(o.pk) == body]
            others = [p for p in staff.others if p.row is not None and self.body_of.get(p.row.pk) == body
                      and (p.left_on is None or p.left_on > day)]  # fmt: skip
            self._on_duty[key] = (valid, own, others)
        return self._on_duty[key]

    def record_of(self, people: list) -> list[dict]:
        return [p.record() if hasattr(p, "record") else {"id": p.row.pk, "name": p.row.name, "certificate": ""}
                for p in people]  # fmt: skip

    def who(self, person) -> Who:
        return (
            handler_who(self.ctx, person)
            if hasattr(person, "record")
            else person_who(self.ctx, person, "工作人员")
        )

    # --- one act -------------------------------------------------------------------------------------------------

    def party(self, domain: str, persons: float) -> Party:
        if self.rng.random() < persons:
            kind = PartyKind.PERSON
        else:
            kind = PartyKind.ORGANISATION if self.rng.random() < 0.65 else PartyKind.INDIVIDUAL_BUSINESS
        row = self.parties.new(domain, kind).row
        self.new_parties.append(row)
        return row

    def bodies(self, version: MatterVersion) -> list:
        """The bodies holding ``version`` that have staff (read once per version)."""
        if version.pk not in self._bodies:
            self._bodies[version.pk] = [b for b in version.bodies.all() if b.pk in self.staff]
            self._basis[version.pk] = "；".join(b.citation for b in version.bases.all())
        return self._bodies[version.pk]

    def capable(self, version: MatterVersion) -> bool:
        """Whether some body holding ``version`` has the people its kind needs (at small scales some have none)."""
        need = 2 if version.kind in TWO_OFFICERS else 1
        for b in self.bodies(version):
            staff = self.staff[b.pk]
            if len(staff.officers) + (0 if need == 2 else len(staff.others)) >= need:
                return True
        return False

    def act(self, version: MatterVersion, spec: ActMatter | None, persons: float) -> Planned | None:
        bodies = self.bodies(version)
        if not bodies:
            return None
        body = self.rng.choice(bodies)
        for _ in range(20):
            day = self.rng.choice(self.days)
            people = self.officers(self.staff[body.pk], day, version.kind)
            if people:
                break
        else:
            return None
        party = self.party(version.domain, persons)
        amount = self.amount(version.kind, spec)
        record = ActRecord(
            organisation=body, kind=version.kind, matter_id=version.matter_id, matter_version=version, party=party,
            decided_on=day, decision=self.decision(version, amount), amount=amount, officers=self.record_of(people),
            basis=self._basis[version.pk], state=ActState.VALID,
            to_publish=not (party.kind == PartyKind.PERSON and version.kind in self.private),
        )  # fmt: skip
        return self.history(Planned(record, who=self.who(people[0])))

    def amount(self, kind: str, spec: ActMatter | None) -> Decimal | None:
        if kind == "reward":
            return (
                Decimal(self.rng.choice((500, 1000, 2000, 3000, 5000))) if self.rng.random() < 0.7 else None
            )
        if spec is None or spec.amount is None:
            return None
        return Decimal(self.rng.randrange(spec.amount[0], spec.amount[1], 100)).quantize(Decimal("0.01"))

    def decision(self, version: MatterVersion, amount: Decimal | None) -> str:
        template = DECISIONS[version.kind]
        money = f"奖金{amount}元" if amount is not None else "荣誉证书"
        return template.format(name=version.name, amount=amount if version.kind != "reward" else money,
                                what=self.rng.choice(("林地", "山林", "宅基地", "耕地")))  # fmt: skip

    # --- history: 登记, 公开 ---------------------------------------------------------------------------------------

    def wd_after(self, day: date, n: int) -> date:
        return publication_due(day, n, self.cal)

    def history(self, p: Planned, action: str = "record", on: date | None = None) -> Planned:
        r = p.record
        on = on or r.decided_on
        label = "登记" if action == "record" else "登记更正版本"
        p.steps.append(self.step(p, action, label, ActState.NEW, ActState.VALID, on, r.officers))
        if not r.to_publish:
            return p
        r.publish_due_on = publication_due(r.decided_on, self.publish_days, self.cal)
        p.deadline = ActDeadline(kind=ActDeadlineKind.PUBLISH, label=str(ActDeadlineKind.PUBLISH.label),
                                 starts_on=on, due_on=r.publish_due_on, basis=self.basis[:300])  # fmt: skip
        late = self.rng.random() < 0.03
        published = self.wd_after(on, self.rng.randint(21, 28) if late else self.rng.randint(1, 15))
        if published <= self.today:
            self.publish(p, published)
        return p

    def publish(self, p: Planned, day: date) -> None:
        p.record.published_on = day
        p.deadline.status, p.deadline.met_on = DeadlineState.MET, day
        p.steps.append(self.step(p, "publish", "登记公开", ActState.VALID, ActState.VALID, day, []))

    def step(
        self, p: Planned, action, label, src, dst, on: date, officers, reason: str = "", who=None
    ) -> ActStep:
        who = who or p.who
        at = self.ctx.at(on, self.rng.randint(0, 480))
        return ActStep(action=action, label=label, from_state=src, to_state=dst, on=on, officers=officers,
                       reason=reason, actor_label=who.label, actor_id=who.user_id, at=at)  # fmt: skip

    # --- the kinds ---------------------------------------------------------------------------------------------------

    def plan(self, versions: dict[str, list[tuple[MatterVersion, ActMatter | None]]]) -> None:
        for kind, n in PER_YEAR.items():
            choices = [(v, s) for v, s in versions.get(kind, []) if self.capable(v)]
            if not choices:
                continue
            weights = [
                spec.weight if spec else CATALOG_WEIGHT.get(kind, (1.0, 0.5))[0] for _, spec in choices
            ]
            for _ in range(self.ctx.n(n)):
                for _try in range(5):  # a day nobody of the body could act: another matter or day
                    version, spec = self.rng.choices(choices, weights)[0]
                    persons = spec.persons if spec else CATALOG_WEIGHT.get(kind, (1.0, 0.5))[1]
                    planned = self.act(version, spec, persons)
                    if planned is not None:
                        self.planned.append(planned)
                        break
        self.payments(versions.get("payment", []))

    def payments(self, choices: list[tuple[MatterVersion, ActMatter | None]]) -> None:
        """One aggregated row per payment matter and month: recipients (seed 003's 件次) and the month's total."""
        months = self.months()
        cells = [(v, s, m) for v, s in choices if self.capable(v) for m in months]
        total = round(PAYMENTS * self.ctx.scale)
        weights = [(s.weight if s else 1.0) * self.rng.uniform(0.95, 1.05) for _, s, _ in cells]
        share = [round(total * w / sum(weights)) for w in weights]
        if share:
            share[-1] += total - sum(share)
        carried = (
            0  # recipients of a month nobody could sign for go with the next row, so the year's total holds
        )
        for (version, spec, (period, day)), recipients in zip(cells, share, strict=True):
            planned = self.payment(version, spec, period, day, recipients + carried)
            carried = recipients + carried if planned is None else 0
            if planned is not None:
                self.planned.append(planned)

    def months(self) -> list[tuple[date, date]]:
        """(month, decision day) of the year's months whose payment day (the 25th, or the working day before) has
        come."""
        out, month = [], month_start(self.first)
        while month <= self.today:
            day = month.replace(day=25)
            while not self.cal.is_working_day(day):
                day -= timedelta(days=1)
            if self.first <= day <= self.today:
                out.append((month, day))
            month = (month + timedelta(days=32)).replace(day=1)
        return out

    def payment(self, version, spec, period: date, day: date, recipients: int) -> Planned | None:
        bodies = self.bodies(version)
        days = [d for d in (day - timedelta(n) for n in range(day.day)) if self.cal.is_working_day(d)]
        # the payment day, or the latest working day of the month before it on which someone could sign
        found = (next(((d, p) for d in days if (p := self.officers(self.staff[bodies[0].pk], d, "payment"))), None)
                 if bodies and recipients > 0 else None)  # fmt: skip
        if found is None:
            return None
        day, people = found
        low, high = spec.amount if spec and spec.amount else (500, 600)
        amount = (Decimal(recipients) * Decimal(self.rng.randint(low, high))).quantize(Decimal("0.01"))
        record = ActRecord(
            organisation=bodies[0], kind="payment", matter_id=version.matter_id, matter_version=version, party=None,
            aggregated=True, period=period, recipients=recipients, decided_on=day, amount=amount,
            decision=f"{period:%Y年%m月}{version.name}：{recipients}人次，合计{amount}元。", officers=self.record_of(people),
            basis=self._basis[version.pk], state=ActState.VALID, to_publish=True,
        )  # fmt: skip
        return self.history(Planned(record, who=self.who(people[0])))


# --- catalog --------------------------------------------------------------------------------------------------------


def _added_matters(ctx: LoadContext) -> dict[int, ActMatter]:
    """The district's matters of these kinds the demo catalog lacks, as published versions of their holders."""
    bodies = {o.short_name: o for o in ctx.orgs.values() if o.short_name}
    start = date(ctx.tl.cur - 2, 1, 1)
    specs = [s for s in ADDED if s.body in bodies]
    seq: dict[str, int] = defaultdict(int)
    codes = []
    for s in specs:
        seq[s.kind] += 1
        codes.append(f"{KIND_CODE[s.kind]}990{seq[s.kind]:04d}00")
    matters = Matter.objects.bulk_create([Matter(basic_code=c) for c in codes], batch_size=BATCH)
    versions = MatterVersion.objects.bulk_create([
        MatterVersion(matter=m, version=1, status=MatterStatus.PUBLISHED, valid_from=start, name=s.name, kind=s.kind,
                      domain=s.domain, levels=["county"], local_code=f"QJ{c}", power_item_code=c,
                      published_at=ctx.at(start - timedelta(days=10)), published_by=LOADER)
        for s, m, c in zip(specs, matters, codes, strict=True)
    ], batch_size=BATCH)  # fmt: skip
    MatterVersion.bodies.through.objects.bulk_create(
        [MatterVersion.bodies.through(matterversion_id=v.pk, organisation_id=bodies[s.body].pk)
         for s, v in zip(specs, versions, strict=True)]
    )  # fmt: skip
    MatterBasis.objects.bulk_create([MatterBasis(version=v, role=BasisRole.ESTABLISHES, citation=s.basis)
                                     for s, v in zip(specs, versions, strict=True)])  # fmt: skip
    ctx.counts["act_matters_added"] = len(versions)
    return {v.pk: s for s, v in zip(specs, versions, strict=True)}


def _versions(ctx: LoadContext, added: dict[int, ActMatter]) -> dict[str, list]:
    first, today = ctx.tl.today - timedelta(days=364), ctx.tl.today
    qs = MatterVersion.objects.filter(
        kind__in=ACT_KINDS, status=MatterStatus.PUBLISHED, valid_from__lte=first
    )
    qs = qs.prefetch_related("bodies", "bases").order_by("matter__basic_code")
    out: dict[str, list] = defaultdict(list)
    for v in qs:
        if v.valid_until is None or v.valid_until >= today:
            out[v.kind].append((v, added.get(v.pk)))
    return out


# --- corrections, revocations, numbers ------------------------------------------------------------------------------


def _number(year: Year) -> None:
    """文号 per body, kind and year in the order of the decisions (a correction keeps its record's number)."""
    series: dict[tuple, list[Planned]] = defaultdict(list)
    for p in year.planned:
        r = p.record
        series[(r.organisation_id, r.kind, r.decided_on.year)].append(p)
    for (_, kind, y), rows in series.items():
        rows.sort(key=lambda p: (p.record.decided_on, p.steps[0].at))
        for n, p in enumerate(rows, start=1):
            r = p.record
            r.number = f"{r.organisation.short_name or r.organisation.name}{WORD[kind]}〔{y}〕{n}号"


def _corrections(year: Year) -> list[tuple[Planned, Planned]]:
    """A few decisions corrected: the old row stays as 已更正 (its deadline ended), the new version is 登记更正 and
    published anew; returns (old, new) pairs (the new row's ``supersedes`` is set once the old one has its pk)."""
    rng, pairs = year.rng, []
    pool = [p for p in year.planned if p.record.kind in ("levy", "confirmation") and p.record.to_publish]
    for old in rng.sample(pool, min(len(pool), year.ctx.n(CORRECTIONS))):
        r = old.record
        day = year.wd_after(r.decided_on, rng.randint(1, 3))
        if day > year.today:
            continue
        _undo_publication(old, day)
        old.steps.append(year.step(old, "correct", "更正", ActState.VALID, ActState.CORRECTED, day, [],
                                   reason="决定书记载的金额（或地址）有误，依法更正"))  # fmt: skip
        r.state = ActState.CORRECTED
        new = Planned(_copy(r), who=old.who)
        new.record.correction_reason = "决定书记载的金额（或地址）有误，依法更正"
        if new.record.amount is not None:
            new.record.amount = (new.record.amount * Decimal("0.9")).quantize(Decimal("0.01"))
        year.history(new, "record_correction", on=day)
        pairs.append((old, new))
    return pairs


def _undo_publication(p: Planned, day: date) -> None:
    """A row corrected or revoked before it was published is no longer to be published (its deadline ends);
    one published earlier keeps its 公开 step."""
    r = p.record
    if r.published_on is not None and r.published_on > day:
        r.published_on = None
        p.steps = [s for s in p.steps if s.action != "publish"]
    if p.deadline is not None and r.published_on is None:
        p.deadline.status, p.deadline.met_on = DeadlineState.CANCELLED, day


def _copy(r: ActRecord) -> ActRecord:
    fields = ("organisation", "kind", "matter_id", "matter_version", "party", "decided_on", "decision", "amount",
              "officers", "basis", "to_publish", "number")  # fmt: skip
    new = ActRecord(**{f: getattr(r, f) for f in fields}, state=ActState.VALID, version=r.version + 1)
    new.published_on = None
    return new


def _revocations(year: Year) -> None:
    rng = year.rng
    pool = [
        p for p in year.planned if p.record.kind in ("levy", "reward") and p.record.state == ActState.VALID
    ]
    for p in rng.sample(pool, min(len(pool), year.ctx.n(REVOCATIONS))):
        r = p.record
        day = year.wd_after(r.decided_on, rng.randint(15, 40))
        head = year.staff[r.organisation_id].head
        if day > year.today or head is None:
            continue
        _undo_publication(p, day)
        who = person_who(year.ctx, head, "负责人")
        r.state, r.revoked_on, r.revoke_reason, r.revoked_by = (
            ActState.REVOKED,
            day,
            "经行政复议，复议机关决定撤销",
            who.label,
        )
        p.steps.append(year.step(p, "revoke", "撤销", ActState.VALID, ActState.REVOKED, day, [],
                                 reason=r.revoke_reason, who=who))  # fmt: skip


# --- writing --------------------------------------------------------------------------------------------------------


def _write(year: Year, pairs: list[tuple[Planned, Planned]]) -> None:
    Party.objects.bulk_create(year.new_parties, batch_size=BATCH)
    for p in year.planned:
        if p.record.party is not None:
            p.record.party_id = p.record.party.pk
    ActRecord.objects.bulk_create([p.record for p in year.planned], batch_size=BATCH)
    for old, new in pairs:
        new.record.supersedes = old.record
    ActRecord.objects.bulk_create([new.record for _, new in pairs], batch_size=BATCH)
    everything = [*year.planned, *(new for _, new in pairs)]
    steps, deadlines = [], []
    for p in everything:
        for s in p.steps:
            s.record = p.record
            steps.append(s)
        if p.deadline is not None:
            p.deadline.record = p.record
            deadlines.append(p.deadline)
    ActStep.objects.bulk_create(steps, batch_size=BATCH)
    ActDeadline.objects.bulk_create(deadlines, batch_size=BATCH)
    append_many(sorted((_event(p) for p in everything), key=lambda e: e.at))


def _event(p: Planned) -> PendingEvent:
    r = p.record
    return PendingEvent(
        action="act.import_demo", object_type="acts.actrecord", object_id=str(r.pk), actor_label=LOADER,
        organisation_id=r.organisation_id, at=p.steps[-1].at + timedelta(minutes=1),
        after={"number": r.number, "kind": r.kind, "state": r.state, "version": r.version,
               "decided_on": r.decided_on.isoformat(), "amount": str(r.amount) if r.amount is not None else None,
               "recipients": r.recipients, "steps": [s.action for s in p.steps]},
    )  # fmt: skip


def load_acts(ctx: LoadContext) -> None:
    """Write the year's acts in bulk (see loader for the rules a part follows)."""
    added = _added_matters(ctx)
    year = Year(ctx)
    year.plan(_versions(ctx, added))
    _number(year)
    pairs = _corrections(year)
    _revocations(year)
    _write(year, pairs)
    rows = [p.record for p in year.planned] + [new.record for _, new in pairs]
    valid = [r for r in rows if r.state == ActState.VALID]
    counts = {f"acts_{k}": sum(1 for r in valid if r.kind == k and not r.aggregated) for k in PER_YEAR}
    ctx.counts.update(
        acts=len(rows), **counts, acts_payment_rows=sum(1 for r in valid if r.aggregated),
        acts_payment_recipients=sum(r.recipients or 0 for r in valid if r.aggregated),
        act_corrections=len(pairs), act_revocations=sum(1 for r in rows if r.state == ActState.REVOKED),
        act_steps=ActStep.objects.count(), act_deadlines=ActDeadline.objects.count(),
    )  # fmt: skip
