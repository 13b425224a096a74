"""The demo district's year of inspections (seed 003 counted 31,787), planned in memory and bulk-inserted.

Each inspection is walked through the procedure table (``inspections.workflow``) by ``Walk``, which does in memory
what ``inspection_step`` does in the database: it refuses a step the table does not allow, appends the
``InspectionStep`` row and starts and meets the deadlines with the same periods (``inspections.domain.deadlines``
and the app's parameters). The planner (``Year``) chooses the body and one of its published inspection items, two
officers certified for that body over the whole inspection, the target (an enterprise or individual business of
the item's trade; some inspected again, never above the annual cap for routine visits — complaints, assignments and
special campaigns go over it with a reason), the checklist answers and the result: most find no problem, some are
ordered to correct and re-checked, a few open a penalty case. The inspections that open a case are drawn from the
penalty year's cases whose 案件来源 is 监督检查发现 (``cases_bulk``): the inspection of that case's party by that
body ends on the day the case's clue was registered and links to it, so no new case is made. An inspection whose
next step would fall after today stays where it is. The on-site recording the catalog's 音像记录事项清单 asks for is
one small clip per inspection (``core.storage``), its digest in the step, the inspection and its audit event.
"""

from __future__ import annotations

import contextlib
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import SimpleNamespace

from django.db import connection

from zhifa.cases.constants import ClueOrigin, PartyKind
from zhifa.cases.models import Case, Party
from zhifa.catalog.constants import MatterKind, MatterStatus
from zhifa.catalog.models import MatterVersion
from zhifa.core.audit import PendingEvent, append_many
from zhifa.core.bulk import insert_models, insert_rows
from zhifa.core.models import StoredFile
from zhifa.core.models.procedural import DeadlineState
from zhifa.core.parameters import get_param
from zhifa.core.storage import write_blob
from zhifa.inspections import parameters as P
from zhifa.inspections.constants import (
    CAP_EXEMPT_TRIGGERS,
    Answer,
    InspectionResult,
    InspectionTrigger,
    NoticeMethod,
    Signature,
)
from zhifa.inspections.constants import DeadlineKind as DL
from zhifa.inspections.domain import deadlines as dl
from zhifa.inspections.guards import av_required
from zhifa.inspections.models import Inspection, InspectionDeadline, InspectionState, InspectionStep
from zhifa.inspections.services import inspection_number
from zhifa.inspections.workflow import INSPECTION

from . import recordings as rec
from .cases_world import BodyStaff, Calendar, Officer, Params, Parties, body_staff, handler_who, person_who
from .context import LoadContext
from .plans import PersonPlan, Who

S = InspectionState
T = InspectionTrigger
YEAR = 31800  # seed 003: 31,787 inspections in the year
LOADER = "演示数据导入"
TRIGGERS = ((T.RANDOM, 0.45), (T.ROUTINE, 0.35), (T.COMPLAINT, 0.1), (T.SPECIAL, 0.06), (T.ASSIGNED, 0.03),
            (T.TRANSFERRED, 0.01))  # fmt: skip
REASONS = {T.COMPLAINT: "群众投诉举报，需现场核查", T.SPECIAL: "按照本年度专项整治行动方案开展专项检查",
           T.ASSIGNED: "上级机关交办核查", T.TRANSFERRED: "其他部门转办线索"}  # fmt: skip
CORRECTION_DAYS = (7, 10, 15, 30)


class Today(Exception):
    """The next step would fall after today: the inspection stays in its state."""


STEP_FIELDS = ("action", "label", "from_state", "to_state", "on", "officers", "data", "reason", "actor_label",
               "actor_id", "at")  # fmt: skip
DEADLINE_FIELDS = ("kind", "label", "starts_on", "due_on", "basis", "status", "met_on")


class StepRow(list):
    """An ``InspectionStep`` row before it is written, its values in ``STEP_FIELDS`` order (a list: 200,000 model
    instances cost seconds)."""

    on = property(lambda self: self[4])
    at = property(lambda self: self[10])
    action = property(lambda self: self[0])
    data = property(lambda self: self[6])


class DeadlineRow:
    """An ``InspectionDeadline`` row before it is written."""

    __slots__ = DEADLINE_FIELDS

    def __init__(self, kind: str, label: str, starts_on: date, due_on: date, basis: str):
        self.kind, self.label, self.starts_on, self.due_on, self.basis = kind, label, starts_on, due_on, basis
        self.status, self.met_on = DeadlineState.RUNNING, None


@dataclass(eq=False)
class Walk:
    """One inspection walked forward through the table in memory (what ``inspection_step`` does)."""

    row: SimpleNamespace  # the ``Inspection`` row's values (``new_row``)
    officers: list[Officer]
    today: date
    tz: object
    steps: list[StepRow] = field(default_factory=list)
    deadlines: list[DeadlineRow] = field(default_factory=list)
    recorded_on: date | None = None  # the day of the on-site recording the catalog requires
    records: list = field(default_factory=list)  # the officers as a step row records them
    minute: int = 0

    def take(self, action: str, on: date, who: Who, data: dict | None = None, reason: str = "",
             officers: bool = False) -> None:  # fmt: skip
        if on > self.today:
            raise Today
        step = INSPECTION.step(action)
        assert self.row.state in step.sources, (self.row.number, self.row.state, action)
        self.minute += 7
        at = datetime.combine(on, datetime.min.time(), tzinfo=self.tz)
        from_state = self.row.state
        self.row.state = step.target or from_state
        self.steps.append(StepRow((action, step.label, from_state, self.row.state, on, self.records if officers else [],
                                   data or {}, reason, who.label, who.user_id,
                                   at + timedelta(hours=9, minutes=self.minute))))  # fmt: skip
        for d in self.deadlines:
            if d.kind in step.stops and d.status == DeadlineState.RUNNING:
                d.status, d.met_on = DeadlineState.MET, on

    def start(self, kind: str, on: date, due: date, basis: str) -> None:
        self.deadlines.append(DeadlineRow(kind, INSPECTION.label(kind), on, due, basis[:300]))


class Workdays:
    """Working-day arithmetic over the demo's window by index (``add_working_days`` per step cost seconds); the
    same results as ``core.domain.workdays``, which the demo test checks."""

    def __init__(self, cal, first: date, last: date):
        days = (first + timedelta(days=i) for i in range((last - first).days + 1))
        self.days = [d for d in days if cal.is_working_day(d)]
        self.ords = [d.toordinal() for d in self.days]

    def after(self, day: date, n: int) -> date:
        """The ``n``-th working day after ``day`` (``day`` itself rolled forward when ``n`` is 0)."""
        k = bisect_right(self.ords, day.toordinal())
        if n == 0:
            return day if k and self.ords[k - 1] == day.toordinal() else self.days[k]
        return self.days[k + n - 1]

    def before(self, day: date, n: int) -> date:
        """The working day ``n`` working days before ``day`` (or before the working day preceding it)."""
        return self.days[bisect_right(self.ords, day.toordinal()) - 1 - n]


@dataclass(frozen=True)
class Item:
    """A published inspection item and a body that exercises it."""

    body_id: int
    version: MatterVersion


class Year:
    """Plans the year's inspections; ``write`` bulk-inserts them."""

    def __init__(self, ctx: LoadContext):
        self.ctx, self.rng = ctx, ctx.rng
        self.params = Params.read()
        self.calendar = Calendar(self.params)
        self.cal = self.calendar.cal
        self.staff = body_staff(ctx)
        self.parties = Parties(ctx, self.params)
        self.cap = int(get_param(P.ANNUAL_CAP))
        self.recheck_days = int(get_param(P.RECHECK_DAYS))
        self.publicity_days = int(get_param(P.PUBLICITY_DAYS))
        self.first, self.today = ctx.tl.today - timedelta(days=365), ctx.tl.today
        self.wd = Workdays(self.cal, self.first - timedelta(days=120), self.today + timedelta(days=240))
        self.items = self._items()
        self.pool: dict[str, list[Party]] = defaultdict(list)  # targets by trade domain
        self.new_parties: list[Party] = []
        self.counts: Counter = Counter()  # (body, party key, year) → inspections
        self.walks: list[Walk] = []
        self.av: dict[tuple, bool] = {}
        self.whos: dict[int, Who] = {}

    def _who(self, person) -> Who:
        """Who records a step: an officer (``handler_who``) or the head (``person_who``), once per person."""
        key = id(person)
        if key not in self.whos:
            head = isinstance(person, PersonPlan)
            self.whos[key] = person_who(self.ctx, person, "负责人") if head else handler_who(self.ctx, person)
        return self.whos[key]

    def _needs_av(self, version: MatterVersion, trigger: str) -> bool:
        """``guards.av_required``, once per item and trigger (it renders a label)."""
        key = (version.pk, trigger == T.RANDOM)
        if key not in self.av:
            self.av[key] = av_required(version, trigger) is not None
        return self.av[key]

    def _items(self) -> list[Item]:
        versions = MatterVersion.objects.filter(kind=MatterKind.INSPECTION, inspection_item=True,
                                                status=MatterStatus.PUBLISHED).prefetch_related("bodies")  # fmt: skip
        out = []
        for v in versions.order_by("pk"):
            if not v.checklist or v.valid_from > self.first or (v.valid_until and v.valid_until < self.today):
                continue  # items in force the whole year (so every day's check finds them published) with a checklist
            out += [Item(b.pk, v) for b in v.bodies.all() if len(self._officers(b.pk, v, self.first)) >= 2]
        return out

    def _officers(self, body_id: int, version: MatterVersion, first: date) -> list[Officer]:
        staff: BodyStaff | None = self.staff.get(body_id)
        if staff is None or staff.head is None:
            return []
        return staff.available(first, min(first + timedelta(days=75), self.today), version.domain)

    # --- targets ------------------------------------------------------------------------------------------------

    def _target(self, item: Item, year: int, trigger: str) -> tuple[Party, str]:
        """A target of the item's trade (60 % seen before); the cap is kept when the year is numbered."""
        pool = self.pool[item.version.domain]
        party = self.rng.choice(pool) if pool and self.rng.random() < 0.6 else None
        if party is None:
            kind = PartyKind.ORGANISATION if self.rng.random() < 0.62 else PartyKind.INDIVIDUAL_BUSINESS
            party = self.parties.new(item.version.domain, kind).row
            self.new_parties.append(party)
            pool.append(party)
        return party, trigger

    def _trigger(self) -> str:
        roll, acc = self.rng.random(), 0.0
        for trigger, share in TRIGGERS:
            acc += share
            if roll < acc:
                return trigger
        return T.ROUTINE

    # --- planning -----------------------------------------------------------------------------------------------

    def plan(self, n: int) -> None:
        linked = self._case_inspections()
        for _ in range(max(0, n - linked)):
            item = self.rng.choice(self.items)
            start = self.wd.after(self.first + timedelta(days=self.rng.randint(0, 364)), 0)
            if start > self.today:
                continue
            trigger = self._trigger()
            party, trigger = self._target(item, start.year, trigger)
            roll = self.rng.random()
            result = "no_problem" if roll < 0.82 else "correction" if roll < 0.985 else "referred"
            self._walk(item, start, party, trigger, result)

    def _case_inspections(self) -> int:
        """Inspections that end on the day a penalty case of origin 监督检查发现 was registered, linked to it."""
        by_body = defaultdict(list)
        for item in self.items:
            by_body[(item.body_id, item.version.domain)].append(item)
        cases = Case.objects.filter(origin=ClueOrigin.INSPECTION, party__isnull=False, received_on__isnull=False,
                                    received_on__gt=self.first + timedelta(days=50)).select_related(
            "matter_version", "party").order_by("pk")  # fmt: skip
        made = 0
        for case in cases:
            items = by_body.get((case.organisation_id, case.matter_version.domain))
            if not items:
                continue
            item = self.rng.choice(items)
            via_correction = self.rng.random() < 0.3
            start = self.wd.before(case.received_on, 45 if via_correction else 8)
            walk = self._walk(item, start, case.party, T.ROUTINE, "correction_case" if via_correction else "case",
                              case=case)  # fmt: skip
            made += walk is not None
        return made

    def _walk(
        self, item: Item, start: date, party: Party, trigger: str, result: str, case=None
    ) -> Walk | None:
        officers = self._officers(item.body_id, item.version, start)
        if len(officers) < 2:
            return None
        staff = self.staff[item.body_id]
        row = new_row(organisation=staff.body, organisation_id=staff.body.pk, matter_id=item.version.matter_id,
                      matter_version=item.version, matter_version_id=item.version.pk, party=party,
                      place=party.address or "清江区", trigger=trigger, state=S.NEW, case=None, av_record=None,
                      trigger_reason=REASONS.get(trigger, ""), year=start.year, planned_on=start)  # fmt: skip
        pair = self.rng.sample(officers, 2)
        walk = Walk(row, pair, self.today, self.ctx.tz, records=[o.record() for o in pair])
        with contextlib.suppress(Today):  # the rest of the inspection lies after today
            self._steps(walk, staff, start, result, case)
        self.walks.append(walk)
        return walk

    def _steps(self, w: Walk, staff: BodyStaff, start: date, result: str, case) -> None:
        rng, row, wd = self.rng, w.row, self.wd.after
        officer, head = self._who(w.officers[0]), self._who(staff.head)
        w.take("register", start, officer, officers=True)
        row.planned_on = wd(start, rng.randint(2, 6))
        approved = wd(start, rng.randint(0, 1))
        w.take("approve", approved, head, {"approval_number": ""})
        row.approved_by, row.approved_on = head.label, approved
        self._notify(w, officer, wd(approved, rng.randint(0, 1)))
        self._on_site(w, officer, max(row.planned_on, w.steps[-1].on), result)
        self._result(w, officer, head, result, case)

    def _notify(self, w: Walk, who: Who, on: date) -> None:
        row = w.row
        if row.trigger == T.COMPLAINT and self.rng.random() < 0.5:
            row.no_notice_reason = "核查投诉举报，事先告知可能导致证据灭失"
            w.take(
                "notify",
                on,
                who,
                {"notified": False, "method": None, "no_notice_reason": row.no_notice_reason},
            )
            return
        row.notice_method, row.notified_on = NoticeMethod.SCAN, on
        w.take("notify", on, who, {"notified": True, "method": NoticeMethod.SCAN, "no_notice_reason": ""})

    def _on_site(self, w: Walk, who: Who, on: date, result: str) -> None:
        row, rng = w.row, self.rng
        row.scanned_at = rec.recorded_at(on, rng.randint(0, 400))
        row.scan_location = row.place
        w.take(
            "check_in",
            on,
            who,
            {"scanned_at": row.scanned_at.isoformat(), "location": row.place},
            officers=True,
        )
        items = list(row.matter_version.checklist or [])
        failing = (
            set()
            if result in ("no_problem", "referred")
            else set(rng.sample(items, min(len(items), rng.randint(1, 2))))
        )
        checklist = [{"item": i, "answer": Answer.FAIL if i in failing else Answer.PASS,
                      "note": "现场发现不符合要求" if i in failing else ""} for i in items]  # fmt: skip
        row.failed_items = len(failing)
        row.found = "；".join(f"{i}不符合要求" for i in sorted(failing)) or "检查未发现问题"
        data = {"checklist": checklist, "checked": row.matter_version.inspection_content or "经营场所及相关资料",
                "found": row.found, "signature": Signature.SIGNED, "witness": ""}  # fmt: skip
        if self._needs_av(row.matter_version, row.trigger):
            w.recorded_on = on
        w.take("record", on, who, data, officers=True)

    def _result(self, w: Walk, who: Who, head: Who, result: str, case) -> None:
        row, rng, wd = w.row, self.rng, self.wd.after
        on = wd(w.steps[-1].on, rng.randint(0, 2))
        if result == "no_problem":
            self._close(w, "conclude", on, who, InspectionResult.NO_PROBLEM)
        elif result == "referred":
            row.referred_to = "清江区公安分局"
            self._close(w, "refer", on, head, InspectionResult.REFERRED, {"authority": row.referred_to},
                        reason="涉嫌违法犯罪，依法移送")  # fmt: skip
        elif result == "case":
            self._open_case(w, who, case.received_on, case)
        else:
            self._correction(w, who, on, case)
        self._publish(w, who)

    def _close(
        self, w: Walk, action: str, on: date, who: Who, result: str, data=None, reason: str = ""
    ) -> None:
        row = w.row
        if on > self.today:
            raise Today
        first = not row.result_on
        row.result, row.result_on, row.closed_on = result, row.result_on or on, on
        w.take(action, on, who, data, reason)
        if first:
            self._publicity(w, on)

    def _publicity(self, w: Walk, on: date) -> None:
        due = self.wd.after(on, self.publicity_days)  # = dl.publicity_due (checked by the demo test)
        w.start(
            DL.PUBLICITY, on, due, f"检查结果{self.publicity_days}个工作日内公示（参数 {P.PUBLICITY_DAYS}）"
        )

    def _open_case(self, w: Walk, who: Who, on: date, case) -> None:
        w.row.case, w.row.case_id = case, case.pk
        self._close(w, "open_case", on, who, InspectionResult.CASE,
                    {"penalty_matter_id": case.matter_id, "title": case.title, "clue": case.clue,
                     "case": {"id": case.pk, "number": case.number}})  # fmt: skip

    def _correction(self, w: Walk, who: Who, on: date, case) -> None:
        row, rng = w.row, self.rng
        days = rng.choice(CORRECTION_DAYS)
        if on > self.today:
            raise Today
        row.result, row.result_on = InspectionResult.CORRECTION, on
        row.correction_due = dl.correction_due(on, days, self.cal)
        w.take("order_correction", on, who, {"correction_days": days, "requirements": "限期改正检查发现的问题",
                                             "correction_due": row.correction_due.isoformat()})  # fmt: skip
        recheck = dl.recheck_due(row.correction_due, self.recheck_days, self.cal)
        w.start(DL.CORRECTION, on, row.correction_due, f"责令改正通知书：{days}日内改正")
        w.start(
            DL.RECHECK, on, recheck, f"改正期满后{self.recheck_days}个工作日内复查（参数 {P.RECHECK_DAYS}）"
        )
        self._publicity(w, on)
        if case is None and rng.random() < 0.9:
            day = self.wd.after(row.correction_due - timedelta(days=rng.randint(0, 2)), 0)
            row.corrected, row.closed_on = True, day
            w.take("recheck_corrected", day, who, {"finding": "已按要求改正"}, officers=True)
            return
        day = self.wd.after(row.correction_due, rng.randint(1, self.recheck_days))
        row.corrected = False
        w.take("recheck_not_corrected", day, who, {"finding": "逾期仍未改正"}, officers=True)
        if case is not None and case.received_on >= day:
            self._open_case(w, who, case.received_on, case)

    def _publish(self, w: Walk, who: Who) -> None:
        row = w.row
        if not row.result_on:
            return
        # after the last step (a re-check may come later than the result), usually within the period
        day = max(
            self.wd.after(row.result_on, self.rng.randint(2, self.publicity_days - 2)),
            w.steps[-1].on,
        )
        if day <= self.today and row.state in INSPECTION.step("record_publicity").sources:
            row.published_on = day
            w.take("record_publicity", day, who, {"url": "https://www.gsxt.gov.cn/"})

    # --- writing ------------------------------------------------------------------------------------------------

    def write(self) -> None:
        insert_models(Party, self.new_parties)
        self._number()
        self._recordings()
        for w in self.walks:
            w.row.party_id = w.row.party.pk  # saved above, after the inspection was planned
        insert_models(Inspection, [w.row for w in self.walks])
        ops = connection.ops
        day, moment, js = ops.adapt_datefield_value, ops.adapt_datetimefield_value, ops.adapt_json_value
        step_fields = [InspectionStep._meta.get_field(n).attname for n in ("inspection", *STEP_FIELDS)]
        rows = []
        for w in self.walks:
            officers = js(w.records, None)  # the same two officers on every step that names them
            for s in w.steps:
                rows.append((w.row.id, *s[:4], day(s[4]), officers if s[5] else "[]", js(s[6], None) if s[6] else "{}", s[7], s[8],
                             s[9], moment(s[10])))  # fmt: skip
        insert_rows(InspectionStep, step_fields, rows, prepared=True)
        dl_fields = [InspectionDeadline._meta.get_field(n).attname for n in ("inspection", *DEADLINE_FIELDS)]
        insert_rows(InspectionDeadline, dl_fields, ([w.row.id, *(getattr(d, n) for n in DEADLINE_FIELDS)]
                                                   for w in self.walks for d in w.deadlines))  # fmt: skip
        append_many(sorted((self._event(w) for w in self.walks), key=lambda e: e.at))

    def _number(self) -> None:
        """检查编号 and 审批编号 per body and year, in the order the inspections were registered; an inspection
        beyond the annual cap for its target becomes a complaint or special campaign with its reason (INS-006)."""
        seqs: Counter = Counter()
        for w in sorted(self.walks, key=lambda w: (w.steps[0].on, w.steps[0].at)):
            r = w.row
            self.counts[(r.organisation_id, r.party.pk, r.year)] += 1
            if (
                self.counts[(r.organisation_id, r.party.pk, r.year)] > self.cap
                and r.trigger not in CAP_EXEMPT_TRIGGERS
            ):
                r.trigger = self.rng.choice(sorted(CAP_EXEMPT_TRIGGERS))
                r.trigger_reason = REASONS[r.trigger]
            seqs[(r.organisation_id, r.year)] += 1
            r.seq = seqs[(r.organisation_id, r.year)]
            r.number = inspection_number(r.organisation, r.year, r.seq)
            if len(w.steps) > 1:
                r.approval_number = (
                    f"{r.organisation.short_name or r.organisation.name}检审〔{r.year}〕{r.seq}号"
                )
                w.steps[1].data["approval_number"] = r.approval_number

    def _recordings(self) -> None:
        """The on-site recordings the catalog requires: one body-camera file per body and day, uploaded once and
        shared by that day's inspections (content-addressed like an upload; a file per inspection would cost the
        demo 30,000 blob writes)."""
        files: dict[tuple, StoredFile] = {}
        for w in self.walks:
            key = (w.row.organisation_id, w.recorded_on)
            if w.recorded_on is None or key in files:
                continue
            org = w.row.organisation
            content = rec.clip(
                f"{org.short_name or org.name}现场检查", "on_site_inspection", w.recorded_on, len(files)
            )
            files[key] = StoredFile(sha256=write_blob(content), size=len(content), content_type="video/mp4",
                                    original_name=f"DSJ{w.recorded_on:%Y%m%d}-{org.pk:04d}.mp4")  # fmt: skip
        insert_models(StoredFile, list(files.values()))
        planned = [(w, files[(w.row.organisation_id, w.recorded_on)]) for w in self.walks if w.recorded_on]
        for w, stored in planned:
            w.row.av_record, w.row.av_record_id = stored, stored.pk
            record = next(s for s in w.steps if s.action == "record")
            record.data["recording"] = {
                "sha256": stored.sha256,
                "size": stored.size,
                "name": stored.original_name,
            }

    def _event(self, w: Walk) -> PendingEvent:
        r = w.row
        return PendingEvent(
            action="inspection.import_demo", object_type="inspections.inspection", object_id=str(r.id),
            actor_label=LOADER, organisation_id=r.organisation_id, at=w.steps[-1].at + timedelta(minutes=1),
            after={"number": r.number, "state": r.state, "result": r.result, "party_id": r.party_id,
                   "steps": len(w.steps), "case_id": r.case_id,
                   "av_sha256": r.av_record.sha256 if r.av_record else ""},
        )  # fmt: skip


def new_row(**values) -> SimpleNamespace:
    """An ``Inspection`` row as plain attributes (the model's defaults, then ``values``): cheaper than 30,000
    model instances, and written by ``insert_models`` like one."""
    if not _DEFAULTS:
        _DEFAULTS.update({f.attname: f.get_default() for f in Inspection._meta.concrete_fields})
    return SimpleNamespace(**{**_DEFAULTS, **values})


_DEFAULTS: dict = {}


def load_inspections(ctx: LoadContext) -> None:
    """Plan the year's inspections and write them in bulk (see loader for the rules a part follows)."""
    year = Year(ctx)
    if not year.items:
        return
    year.plan(ctx.n(YEAR))
    year.write()
    ctx.counts.update(
        inspections=len(year.walks),
        inspection_steps=sum(len(w.steps) for w in year.walks),
        inspections_with_case=sum(1 for w in year.walks if w.row.case_id),
        inspections_corrected=sum(1 for w in year.walks if w.row.result == InspectionResult.CORRECTION),
        inspection_parties=len(year.new_parties),
    )
