"""The demo district's year of 行政强制: about 125 coercive measures (mostly 查封、扣押 in market supervision,
ecology and emergency management, some serving the year's penalty cases of the same body) and a few dozen
executions (several by application to the people's court), planned in memory and bulk-inserted.

Every row follows the rules the services enforce (``coercion.guards``): two officers certified on the day of the
on-site step, an audio/video clip for every 查封/扣押 (a blob and its ``StoredFile``, as ``cases_bulk._recordings``
makes them), the inventory in two copies, the 30-day period computed with the region's calendar and extended at
most once by 30 days, released or decided on or before its last day, the emergency measure reported within 24
hours, the court applied to inside the window of 第五十三条、第五十四条, execution only on working days by day.
One audit event per measure and per execution goes onto the chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from zhifa.cases.models import Case, Party
from zhifa.catalog.constants import MatterKind, StreetDelegation
from zhifa.catalog.models import MatterVersion
from zhifa.coercion.domain import deadlines as dd
from zhifa.coercion.models import (
    CoercionExecution,
    CoercionExecutionDeadline,
    CoercionExecutionStep,
    CoercionMeasure,
    CoercionMeasureDeadline,
    CoercionMeasureStep,
)
from zhifa.coercion.workflow import EXECUTIONS, MEASURES
from zhifa.core.audit import PendingEvent, append_many
from zhifa.core.calendar import work_calendar
from zhifa.core.models import StoredFile
from zhifa.core.models.procedural import DeadlineState
from zhifa.core.storage import write_blob
from zhifa.organisations.constants import SubjectKind

from . import recordings as rec
from .cases_world import BodyStaff, Params, Parties, body_staff, handler_who, person_who
from .context import BATCH, LoadContext
from .plans import Who

LOADER = "系统（演示数据加载）"
MEASURES_PER_YEAR = 125
EXECUTIONS_PER_YEAR = 32
DOMAIN_WEIGHT = {"market": 6.0, "ecology": 2.5, "emergency": 2.5}
KINDS = (("seize", 0.5), ("seal", 0.36), ("freeze", 0.04), ("other", 0.1))
ITEMS = {
    "market": (
        ("过期预包装食品", "袋"),
        ("无中文标签进口食品", "箱"),
        ("假冒注册商标白酒", "瓶"),
        ("不合格电线", "卷"),
    ),
    "ecology": (("未经批准的排污设备", "台"), ("危险废物储存桶", "个"), ("喷漆作业设备", "套")),
    "emergency": (("非法储存的危险化学品", "桶"), ("无证生产设备", "台"), ("不合格特种作业工具", "件")),
}
L = "《中华人民共和国行政强制法》"
MEASURE_PERIOD = "period"


@dataclass(eq=False)
class Walk:
    """One measure or execution being planned: its row, its steps and deadlines, its recording."""

    row: object
    steps: list = field(default_factory=list)
    deadlines: list = field(default_factory=list)
    stored: StoredFile | None = None

    def take(
        self, action: str, on: date, at: datetime, who: Who, procedure, *, officers=(), data=None
    ) -> None:
        step = procedure.step(action)
        target = step.target if step.target not in (None, "__previous__") else self.row.state
        model = CoercionMeasureStep if procedure is MEASURES else CoercionExecutionStep
        self.steps.append(model(action=action, label=step.label, from_state=self.row.state, to_state=target, on=on,
                                officers=[o.record() for o in officers], data=data or {}, actor_label=who.label,
                                actor_id=who.user_id, at=at))  # fmt: skip
        self.row.state = target

    def deadline(self, kind: str, starts: date, due: date, basis: str, met: date | None, status=None) -> None:
        model = (
            CoercionMeasureDeadline if isinstance(self.row, CoercionMeasure) else CoercionExecutionDeadline
        )
        label = MEASURES.label(kind)
        state = status or (DeadlineState.MET if met else DeadlineState.RUNNING)
        self.deadlines.append(model(kind=kind, label=label, starts_on=starts, due_on=due, basis=basis, status=state,
                                    met_on=met))  # fmt: skip


class Year:
    def __init__(self, ctx: LoadContext):
        self.ctx, self.rng, self.today = ctx, ctx.rng, ctx.tl.today
        self.cal = work_calendar(next(iter(ctx.orgs.values())).region_code)
        self.staff = body_staff(ctx)
        self.parties = Parties(ctx, Params.read())
        self.new_parties: list[Party] = []
        self.candidates = self._candidates()
        self.cases = self._cases()
        self.measures: list[Walk] = []
        self.executions: list[Walk] = []

    def _candidates(self) -> list[tuple[MatterVersion, object, float]]:
        first = self.today - timedelta(days=365)
        qs = MatterVersion.objects.filter(kind=MatterKind.COERCION, valid_from__lte=first).prefetch_related(
            "bodies", "bases"
        )
        out = []
        for v in qs.exclude(street_delegation=StreetDelegation.ENTRUSTED):
            for body in v.bodies.all():
                s = self.staff.get(body.pk)
                if s and s.head and len(s.officers) >= 2 and body.subject_kind != SubjectKind.ENTRUSTED:
                    out.append((v, body, DOMAIN_WEIGHT.get(v.domain, 0.3)))
        return out

    def _cases(self) -> dict[int, list[Case]]:
        by_body: dict[int, list[Case]] = {}
        qs = Case.objects.filter(registered_on__isnull=False, party__isnull=False).only(
            "pk", "organisation_id", "party_id", "registered_on", "decided_on", "served_on", "fine_amount",
            "paid_amount", "decision_number", "title", "number",
        )  # fmt: skip
        for case in qs.order_by("pk"):
            by_body.setdefault(case.organisation_id, []).append(case)
        return by_body

    def _officers(self, st: BodyStaff, first: date, last: date, domain: str):
        able = st.available(first, last, domain) or [
            o for o in st.officers if o.start <= first and last <= o.end
        ]
        return self.rng.sample(able, 2) if len(able) >= 2 else None

    def _party(self, domain: str) -> Party:
        plan = self.parties.new(domain)
        self.new_parties.append(plan.row)
        return plan.row

    def _clip(self, w: Walk, number: str, av_step: str, day: date, n: int) -> StoredFile:
        content = rec.clip(
            number or f"强制-{n:05d}", av_step, day, n
        )  # one file per act: a caption of its own
        return StoredFile(sha256=write_blob(content), size=len(content), content_type="video/mp4",
                          original_name=f"DSJ{day:%Y%m%d}{n:05d}.mp4")  # fmt: skip

    # --- measures ------------------------------------------------------------------------------------------------

    def plan_measures(self) -> None:
        weights = [w for _, _, w in self.candidates]
        target, tries = self.ctx.n(MEASURES_PER_YEAR), 0
        while len(self.measures) < target and tries < target * 5 and self.candidates:
            tries += 1
            version, body, _ = self.rng.choices(self.candidates, weights)[0]
            self._measure(version, body)

    def _measure(self, version, body) -> None:
        rng, st = self.rng, self.staff[body.pk]
        day = self.today - timedelta(days=rng.randint(3, 360))
        officers = self._officers(st, day - timedelta(days=1), day, version.domain)
        if officers is None:
            return
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        case = self._serving_case(body, day)
        party = case.party if case else self._party(version.domain)
        m = CoercionMeasure(organisation=body, matter_id=version.matter_id, matter_version=version, case=case,
                            party=party, kind=kind, state="new", grounds=f"{party.name}涉嫌违法，{version.name}",
                            basis="；".join(b.citation for b in version.bases.all()) or f"{version.name}的设定依据",
                            place=party.address or body.address)  # fmt: skip
        w = Walk(m)
        self._open(w, st, officers, day, emergency=rng.random() < 0.1)
        self._period(w, st, day)
        self.measures.append(w)

    def _serving_case(self, body, day: date):
        cases = [
            c for c in self.cases.get(body.pk, []) if c.registered_on <= day <= (c.decided_on or self.today)
        ]
        return self.rng.choice(cases) if cases and self.rng.random() < 0.35 else None

    def _open(self, w: Walk, st: BodyStaff, officers, day: date, *, emergency: bool) -> None:
        ctx, m, rng = self.ctx, w.row, self.rng
        handler, head = handler_who(ctx, officers[0]), person_who(ctx, st.head, "负责人")
        minute = rng.randint(0, 420)
        at = ctx.at(day, minute)
        if not emergency:
            w.take("propose", day, at - timedelta(hours=2), handler, MEASURES)
            w.take("approve", day, at - timedelta(hours=1), head, MEASURES)
        items = ITEMS.get(m.matter_version.domain, ITEMS["market"])
        site = rng.random() < 0.8
        m.implemented_on, m.implemented_at, m.emergency = day, at, emergency
        m.party_present = m.party_signed = m.rights_told = site
        m.party_notified, m.witness_name = True, "" if site else "社区网格员"
        if m.kind in ("seize", "seal"):
            name, unit = rng.choice(items)
            m.inventory = [
                {"name": name, "quantity": str(rng.randint(2, 300)), "unit": unit, "condition": "完好"}
            ]
            m.inventory_copies, m.inventory_delivered = 2, True
        if m.kind == "freeze":
            m.account, m.frozen_amount = (
                f"62220{rng.randint(10**13, 10**14 - 1)}",
                Decimal(rng.randint(2, 50) * 10000),
            )
        else:
            w.stored = m.av_file = self._clip(w, "", "seizure", day, len(self.measures) + 1)
        w.take("implement_emergency" if emergency else "implement", day, at, handler, MEASURES, officers=officers,
               data={"inventory": m.inventory, "av_sha256": m.av_file.sha256 if m.av_file else ""})  # fmt: skip
        if emergency:
            reported = at + timedelta(hours=rng.randint(1, 20))
            m.reported_at, m.approved_on = reported, reported.astimezone(ctx.tz).date()
            w.take(
                "report", m.approved_on, reported, head, MEASURES, data={"reported_at": reported.isoformat()}
            )
            w.deadline(
                "report", day, dd.report_due(at).astimezone(ctx.tz).date(), f"{L}第十九条", m.approved_on
            )
        else:
            m.approved_on = day
        if m.kind == "freeze":
            notice = min(dd.freeze_notice_due(day, self.cal), self.today)
            m.freeze_notice_on = notice
            w.take("deliver_freeze_notice", notice, ctx.at(notice, 30), handler, MEASURES)
            w.deadline("freeze_notice", day, dd.freeze_notice_due(day, self.cal), f"{L}第三十一条", notice)

    def _ends(self, m) -> date:
        return dd.period_end(m.implemented_on, base_days=30, extension_days=m.extension_days, excluded_days=0,
                             cal=self.cal)  # fmt: skip

    def _period(self, w: Walk, st: BodyStaff, day: date) -> None:
        m, rng, ctx = w.row, self.rng, self.ctx
        head = person_who(ctx, st.head, "负责人")
        if m.kind == "other":
            return self._finish(w, head, day + timedelta(days=rng.randint(1, 10)))
        m.ends_on = self._ends(m)
        basis = f"{L}第二十五条、第三十二条：自{day}起三十日"
        if rng.random() < 0.08:
            extend_on = max(day + timedelta(days=1), m.ends_on - timedelta(days=rng.randint(1, 5)))
            if extend_on <= self.today:
                w.deadline(MEASURE_PERIOD, day, m.ends_on, basis, extend_on, DeadlineState.CANCELLED)
                m.extension_days = rng.choice((15, 20, 30))
                w.take("extend", extend_on, ctx.at(extend_on, 60), head, MEASURES,
                       data={"days": m.extension_days, "notified_on": str(extend_on)})  # fmt: skip
                m.ends_on, day = self._ends(m), extend_on
                basis = f"{L}第二十五条：经负责人批准延长{m.extension_days}日"
        final = day + timedelta(days=rng.randint(1, max(1, (m.ends_on - day).days)))
        done = final <= self.today
        w.deadline(MEASURE_PERIOD, day, m.ends_on, basis, final if done else None)
        if done:
            self._finish(w, head, final)
        return None

    def _finish(self, w: Walk, head: Who, on: date) -> None:
        m = w.row
        if on > self.today:
            return
        at = self.ctx.at(on, 120)
        if m.case_id and m.case.decided_on and m.case.decided_on <= on and self.rng.random() < 0.6:
            m.disposed_on, m.disposal = on, "confiscate"
            w.take("dispose", on, at, head, MEASURES, data={"disposal": "confiscate"})
        else:
            m.released_on = on
            m.release_ground = (
                "handled" if m.case_id else self.rng.choice(("no_violation", "handled", "unrelated"))
            )
            w.take("release", on, at, head, MEASURES, data={"ground": m.release_ground})

    # --- executions ----------------------------------------------------------------------------------------------

    def plan_executions(self) -> None:
        target = self.ctx.n(EXECUTIONS_PER_YEAR)
        unpaid = [c for cases in self.cases.values() for c in cases
                  if c.served_on and c.fine_amount and c.paid_amount < c.fine_amount]  # fmt: skip
        self.rng.shuffle(unpaid)
        bodies = {b.pk: b for _, b, _ in self.candidates}
        for i in range(target * 3):
            if len(self.executions) >= target:
                break
            case = unpaid[i] if i < len(unpaid) and unpaid[i].organisation_id in bodies else None
            body = bodies[case.organisation_id] if case else self.rng.choice(list(bodies.values()))
            self._execution(body, case, direct=case is None and self.rng.random() < 0.5)

    def _execution(self, body, case, *, direct: bool) -> None:
        rng, st, ctx = self.rng, self.staff[body.pk], self.ctx
        served = case.served_on if case else self.today - timedelta(days=rng.randint(60, 330))
        principal = (
            (case.fine_amount - case.paid_amount)
            if case
            else (None if direct else Decimal(rng.randint(5, 80) * 1000))
        )
        due = served + timedelta(days=15)
        remind_on = due + timedelta(days=rng.randint(5, 200))
        if remind_on + timedelta(days=15) > self.today:
            return
        officers = self._officers(st, remind_on, remind_on, "")
        if officers is None:
            return
        e = CoercionExecution(
            organisation=body, case=case, party=case.party if case else self._party(""), state="new",
            decision_number=case.decision_number if case else f"{body.short_name}责改〔{served.year}〕{rng.randint(1, 90)}号",
            decision_text=case.title if case else "责令限期拆除违法设置的户外广告设施", decision_served_on=served,
            obligation="缴纳罚款" if principal else "拆除违法设置的户外广告设施", obligation_due_on=due, principal=principal,
            direct_power=direct, reminder_served_on=remind_on + timedelta(days=1),
            reminder_deadline=remind_on + timedelta(days=11), reminder_manner="至指定银行缴纳" if principal else "自行拆除",
            reminder_amount=principal,
        )  # fmt: skip
        w = Walk(e)
        handler, head = handler_who(ctx, officers[0]), person_who(ctx, st.head, "负责人")
        w.take(
            "remind",
            remind_on,
            ctx.at(remind_on, 30),
            handler,
            EXECUTIONS,
            data={"served_on": str(e.reminder_served_on)},
        )
        w.deadline("reminder", remind_on, e.reminder_deadline, f"{L}第三十五条", None)
        window = None
        if not direct:
            window = dd.court_window(reminder_served=e.reminder_served_on, decision_served=served, review_days=60,
                                     suit_months=6, cal=self.cal)  # fmt: skip
            w.deadline(
                "court", remind_on, window.latest, f"{L}第五十三条、第五十四条：最早 {window.earliest}", None
            )
        if direct:
            self._direct(w, st, officers, handler, head)
        elif rng.random() < 0.55 and window.earliest <= min(window.latest, self.today):
            self._court(w, window, handler, head)
        else:
            self._performed(w, handler, head)
        self.executions.append(w)

    def _close(self, w: Walk, kinds: tuple[str, ...], on: date) -> None:
        for d in w.deadlines:
            if d.kind in kinds and d.status == DeadlineState.RUNNING:
                d.status, d.met_on = DeadlineState.MET, on

    def _performed(self, w: Walk, handler: Who, head: Who) -> None:
        e, rng, ctx = w.row, self.rng, self.ctx
        on = e.reminder_served_on + timedelta(days=rng.randint(1, 10))
        if e.principal and rng.random() < 0.3:
            days = (e.reminder_served_on - e.obligation_due_on).days
            computed, capped = dd.surcharge(e.principal, Decimal(3), days)
            e.surcharge_amount = capped
            w.take("surcharge", e.reminder_served_on, ctx.at(e.reminder_served_on, 90), head, EXECUTIONS,
                   data={"computed": str(computed), "amount": str(capped)})  # fmt: skip
            w.take("agree", on, ctx.at(on, 60), head, EXECUTIONS, data={"terms": "分两期缴纳"})
            on += timedelta(days=rng.randint(10, 30))
            if on > self.today:
                return self._close(w, ("reminder",), on - timedelta(days=10))
        e.closed_on = on
        w.take("perform", on, ctx.at(on, 120), handler, EXECUTIONS)
        self._close(w, ("reminder", "court"), on)
        return None

    def _court(self, w: Walk, window, handler: Who, head: Who) -> None:
        e, rng, ctx = w.row, self.rng, self.ctx
        last = min(window.latest, self.today)
        on = window.earliest + timedelta(days=rng.randint(0, max(0, min(30, (last - window.earliest).days))))
        e.court_name, e.court_applied_on = "示范市清江区人民法院", on
        w.take("apply_court", on, ctx.at(on, 60), head, EXECUTIONS, data={"court_name": e.court_name})
        self._close(w, ("reminder", "court"), on)
        ruled = on + timedelta(days=rng.randint(7, 30))
        if ruled <= self.today:
            e.court_ruling = "enforce"
            w.take("court_enforce", ruled, ctx.at(ruled, 60), handler, EXECUTIONS)
            done = ruled + timedelta(days=rng.randint(10, 40))
            if done <= self.today:
                e.closed_on = done
                w.take("court_executed", done, ctx.at(done, 60), handler, EXECUTIONS)

    def _direct(self, w: Walk, st: BodyStaff, officers, handler: Who, head: Who) -> None:
        e, rng, ctx = w.row, self.rng, self.ctx
        decide = e.reminder_deadline + timedelta(days=rng.randint(1, 5))
        e.decided_on, e.execution_number, e.manner = (
            decide,
            f"{e.organisation.short_name}强执〔{decide.year}〕{len(self.executions) + 1}号",
            "removal",
        )
        w.take("decide", decide, ctx.at(decide, 60), head, EXECUTIONS, data={"no_statement": True})
        self._close(w, ("reminder",), decide)
        day = decide + timedelta(days=rng.randint(3, 10))
        while dd.is_statutory_holiday(day, self.cal, weekend_is_holiday=True):
            day += timedelta(days=1)
        crew = self._officers(st, day, day, "")
        if day > self.today or crew is None:
            return
        e.executed_at, e.closed_on = ctx.at(day, rng.randint(30, 420)), day
        w.stored = e.av_file = self._clip(w, "", "coercive_execution", day, 5000 + len(self.executions))
        w.take("execute", day, e.executed_at, handler_who(ctx, crew[0]), EXECUTIONS, officers=crew,
               data={"no_utility_cut": True, "av_sha256": e.av_file.sha256})  # fmt: skip

    # --- writing ---------------------------------------------------------------------------------------------------

    def number(self) -> None:
        for walks, word in ((self.measures, "强措"), (self.executions, "催")):
            counters: dict[tuple[int, int], int] = {}
            for w in sorted(walks, key=lambda w: (w.steps[0].on, w.steps[0].at)):
                key = (w.row.organisation_id, w.steps[0].on.year)
                counters[key] = counters.get(key, 0) + 1
                org = w.row.organisation
                w.row.number = f"{org.short_name or org.name}{word}〔{key[1]}〕{counters[key]}号"

    def write(self) -> None:
        self.number()
        Party.objects.bulk_create(self.new_parties, batch_size=BATCH)
        walks = self.measures + self.executions
        StoredFile.objects.bulk_create([w.stored for w in walks if w.stored], batch_size=BATCH)
        for w in walks:
            if isinstance(w.row, CoercionMeasure):
                w.row.party_id, w.row.av_file_id = w.row.party.pk, w.stored.pk if w.stored else None
            else:
                w.row.party_id, w.row.av_file_id = w.row.party.pk, w.stored.pk if w.stored else None
        CoercionMeasure.objects.bulk_create([w.row for w in self.measures], batch_size=BATCH)
        CoercionExecution.objects.bulk_create([w.row for w in self.executions], batch_size=BATCH)
        for model, parent, ws in ((CoercionMeasureStep, "measure", self.measures),
                                  (CoercionExecutionStep, "execution", self.executions)):  # fmt: skip
            for w in ws:
                for s in w.steps + w.deadlines:
                    setattr(s, parent, w.row)
            model.objects.bulk_create([s for w in ws for s in w.steps], batch_size=BATCH)
        CoercionMeasureDeadline.objects.bulk_create(
            [d for w in self.measures for d in w.deadlines], batch_size=BATCH
        )
        CoercionExecutionDeadline.objects.bulk_create([d for w in self.executions for d in w.deadlines],
                                                      batch_size=BATCH)  # fmt: skip
        append_many(sorted((self._event(w) for w in walks), key=lambda e: e.at))

    def _event(self, w: Walk) -> PendingEvent:
        row, measure = w.row, isinstance(w.row, CoercionMeasure)
        return PendingEvent(
            action=f"coercion.{'measure' if measure else 'execution'}.import_demo",
            object_type=f"coercion.{type(row).__name__.lower()}", object_id=str(row.pk), actor_label=LOADER,
            organisation_id=row.organisation_id, at=w.steps[-1].at + timedelta(minutes=1),
            after={"number": row.number, "state": row.state, "steps": len(w.steps),
                   "av_sha256": w.stored.sha256 if w.stored else ""},
        )  # fmt: skip


def load_coercion(ctx: LoadContext) -> None:
    """Write the year's rows in bulk (see loader for the rules a part follows)."""
    year = Year(ctx)
    year.plan_measures()
    year.plan_executions()
    year.write()
    ctx.counts.update(
        coercion_measures=len(year.measures),
        coercion_measures_in_force=sum(w.row.state == "in_force" for w in year.measures),
        coercion_measures_extended=sum(w.row.extension_days > 0 for w in year.measures),
        coercion_executions=len(year.executions),
        coercion_executions_court=sum(w.row.court_applied_on is not None for w in year.executions),
    )
