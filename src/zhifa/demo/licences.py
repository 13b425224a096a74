"""The demo district's year of 行政许可 (seed 003's count: 49,458 licences), planned in memory and bulk-inserted.

Each application is walked forward from its 申请登记 through the licensing table (``licensing.workflow``) by
``Walk``, which does in memory what ``licensing.services`` does through ``core.stepping.take_step``: it refuses a
step the table does not list from the current state, appends the step row, applies the step's effects
(``licensing.effects``), and starts, meets, restarts and cancels the deadlines with the same periods
(``licensing.domain.deadlines``, on the district's working-day calendar). The planner (``Year``) chooses the path:
a licence matter and a body that exercises it, the applicant, whether materials were missing (one complete list,
within five working days), whether the body let five working days pass (视为受理, the decision period then runs
from receipt), on-site verification by two officers certified for the body on that day, expert review or testing
(time excluded), an extension, a hearing, the decision (most granted, a few refused with reasons and remedies)
and the certificate. The licence then lives on: changes, renewals (decided, or deemed granted when the expiry
day passed without a decision), expiries, revocations, withdrawals and cancellations. A step that would fall
after today is not taken, so the last weeks are open applications in every state.

文号 are given at the end, per body, year and kind, in the order of issue; the series rows say where
each series stands (``LicenceNumberSeries``), so ``licensing.services`` continues them. One audit event per application goes onto the
chain (``append_many``), so ``zhifa verify`` checks them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Max
from django.utils import timezone

from zhifa.cases.models import Party
from zhifa.cases.numbering import body_word
from zhifa.catalog.constants import MatterKind, MatterStatus
from zhifa.catalog.models import MatterVersion
from zhifa.core.audit import PendingEvent, append_many
from zhifa.core.bulk import insert_rows, reset_sequences
from zhifa.core.calendar import work_calendar
from zhifa.core.domain.workdays import years_after
from zhifa.core.models.procedural import DeadlineState
from zhifa.core.parameters import get_param
from zhifa.licensing.constants import NUMBER_WORDS, Decision
from zhifa.licensing.constants import DeadlineKind as DL
from zhifa.licensing.domain import deadlines as dl
from zhifa.licensing.effects import BASIS, decision_basis
from zhifa.licensing.models import (
    ExcludedPeriod,
    Licence,
    LicenceApplication,
    LicenceApplicationDeadline,
    LicenceApplicationStep,
    LicenceDeadline,
    LicenceNumberSeries,
    LicenceStep,
)
from zhifa.licensing.parameters import RENEWAL_LEAD_DAYS
from zhifa.licensing.workflow import APPLICATION, LICENCE, PREVIOUS, ApplicationState, LicenceState

from .cases_world import BodyStaff, Params, Parties, PartyPlan, body_staff, handler_who, person_who
from .context import BATCH, LoadContext
from .plans import Who

LICENCES = 49_458  # seed 003: 行政许可 49,458 件
LOADER = "系统（演示数据加载）"
S, LS = ApplicationState, LicenceState
RUNNING, MET, CANCELLED = DeadlineState.RUNNING.value, DeadlineState.MET.value, DeadlineState.CANCELLED.value
MATERIALS = ("许可申请书", "营业执照复印件", "法定代表人（负责人）身份证明", "经营场所使用证明", "场所布局平面图",
             "设备设施清单", "管理制度文本", "从业人员健康证明")  # fmt: skip
MISSING = ("经营场所使用证明", "场所布局平面图", "管理制度文本", "从业人员健康证明", "授权委托书")
REMEDIES = "如不服本决定，可以自收到本决定书之日起六十日内向示范市清江区人民政府申请行政复议，或者六个月内向清江区人民法院提起行政诉讼。"


class Days:
    """``add_working_days`` and ``working_days_between`` on the district's calendar, precomputed for the load
    (tens of thousands of applications each compute several periods)."""

    def __init__(self, cal, first: date, last: date):
        self.cal = cal
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        self.work = [d for d in days if cal.is_working_day(d)]
        self.ords = [d.toordinal() for d in self.work]

    def after(self, day: date, n: int) -> date:
        """The ``n``-th working day after ``day`` (``add_working_days(day, n).due``, n ≥ 1)."""
        return self.work[bisect_right(self.ords, day.toordinal()) + n - 1]

    def between(self, start: date, end: date) -> int:
        return bisect_right(self.ords, end.toordinal()) - bisect_right(self.ords, start.toordinal())

    def on_or_after(self, day: date) -> date:
        return self.after(day - timedelta(days=1), 1)


@dataclass(frozen=True)
class Matter:
    """A licence matter, a body that exercises it, its people, and the term its licences run for (months; 0 for
    a licence without a term)."""

    version: MatterVersion
    body: object
    staff: BodyStaff
    term: int
    weight: float


APP_FIELDS = (
    "id", "organisation_id", "matter_id", "matter_version_id", "applicant_id", "number", "subject", "state",
    "state_before_pause", "received_on", "materials", "missing_materials", "completion_requested_on",
    "supplemented_on", "accepted_on", "deemed_accepted", "receipt_number", "reviewer_ids", "hearing_kind",
    "hearing_told_on", "hearing_requested_on", "hearing_on", "hearing_chair_id", "hearing_held", "excluded_days",
    "extended_on", "decision", "decided_on", "decision_number", "refusal_reasons", "remedies", "granted_scope",
    "granted_valid_from", "granted_valid_until", "issued_on", "created_at", "updated_at",
)  # fmt: skip
LICENCE_FIELDS = (
    "id", "number", "organisation_id", "holder_id", "matter_id", "matter_version_id", "application_id", "scope",
    "state", "state_before_pause", "issued_on", "valid_from", "valid_until", "renewal_requested_on", "ended_on",
    "created_at", "updated_at",
)  # fmt: skip
STEP_FIELDS = ("action", "label", "from_state", "to_state", "on", "officers", "data", "reason", "actor_label",
               "actor_id", "at")  # fmt: skip
DEADLINE_FIELDS = ("kind", "label", "starts_on", "due_on", "basis", "status", "met_on")
PERIOD_FIELDS = ("kind", "starts_on", "ends_on", "notice", "notice_on", "expected_days", "working_days")


class Row:
    """A row planned in memory: the model's columns as attributes (model instances cost too much at this size)."""

    def __init__(self, **values):
        self.__dict__.update(values)


def _app(**values) -> Row:
    blank = {f: None for f in APP_FIELDS}
    blank.update(state_before_pause="", materials=[], missing_materials=[], deemed_accepted=False, receipt_number="",
                 reviewer_ids=[], hearing_kind="", hearing_held=False, excluded_days=0, decision="",
                 decision_number="", refusal_reasons="", remedies="", granted_scope="")  # fmt: skip
    return Row(**{**blank, **values})


@dataclass(eq=False)
class Walk:
    """One application walked through the table in memory, with everything its steps wrote."""

    app: Row
    who: Who
    head: Who
    days: Days
    ctx: LoadContext
    matter: Matter
    steps: list = field(
        default_factory=list
    )  # [action, label, from, to, on, officers, data, reason, actor, id, at]
    deadlines: list = field(default_factory=list)  # [kind, label, starts_on, due_on, basis, status, met_on]
    periods: list = field(
        default_factory=list
    )  # [kind, starts_on, ends_on, notice, notice_on, expected, days]
    numbers: list = field(default_factory=list)  # (kind, day, setter) given 文号 at the end
    licence: Row | None = None
    lwalk: LicenceWalk | None = None
    term_end: date | None = None

    def take(
        self, action: str, on: date, *, who: Who | None = None, officers=(), data=None, reason: str = ""
    ):
        """``take_step`` in memory: the table's order, the history row, the effects, the state, the deadlines."""
        app, step = self.app, APPLICATION.step(action)
        assert app.state in step.sources, f"{action} from {app.state}"
        who = who or self.who
        row = [action, step.label, app.state, None, on, [o.record() for o in officers], data or {}, reason,
               who.label, who.user_id, self.ctx.at(on, 30 + 7 * len(self.steps))]  # fmt: skip
        effect = EFFECTS.get(action)
        if effect is not None:
            effect(self, on, row)
        target = step.target if step.target is not None else app.state
        app.state = app.state_before_pause if target == PREVIOUS else target
        row[3] = app.state
        self.steps.append(row)
        self._deadlines(step, on)
        return row

    def _deadlines(self, step, on: date) -> None:
        running = [d for d in self.deadlines if d[5] == RUNNING]
        for d in running:
            if d[0] in step.stops:
                d[5], d[6] = MET, on
            elif d[0] in step.starts:  # restarted: the earlier due date stays in the history
                d[5], d[6] = CANCELLED, on
        for kind in step.starts:
            due, basis = self.due(kind)
            self.deadlines.append([kind, APPLICATION.label(kind), on, due, basis, RUNNING, None])

    def due(self, kind: str) -> tuple[date, str]:
        app, days = self.app, self.days
        if kind == DL.ACCEPTANCE:
            return days.after(app.received_on, dl.ACCEPTANCE_DAYS), BASIS[kind]
        if kind == DL.DECISION:
            return self.decision_due(), decision_basis(app)
        if kind == DL.CERTIFICATE:
            return days.after(app.decided_on, dl.CERTIFICATE_DAYS), BASIS[kind]
        if kind == DL.HEARING_REQUEST:
            return days.after(app.hearing_told_on, dl.HEARING_REQUEST_DAYS), BASIS[kind]
        raise ValueError(kind)

    def decision_due(self) -> date:
        app = self.app
        start = dl.decision_start(app.received_on, app.accepted_on, app.deemed_accepted)
        n = dl.DECISION_DAYS + (dl.EXTENSION_DAYS if app.extended_on else 0) + app.excluded_days
        return self.days.after(start, n)

    def cancel_running(self, on: date) -> None:
        for d in self.deadlines:
            if d[5] == RUNNING:
                d[5], d[6] = CANCELLED, on


def _request_completion(w: Walk, on: date, row) -> None:
    missing = w.ctx.rng.sample(MISSING, w.ctx.rng.randint(1, 3))
    w.app.missing_materials, w.app.completion_requested_on = missing, on
    row[6]["missing"] = missing
    w.numbers.append(("lic_completion", on, lambda n: row[6].__setitem__("notice_number", n)))


def _supplement(w: Walk, on: date, row) -> None:
    row[6]["materials"] = list(w.app.missing_materials)
    w.app.materials = [*w.app.materials, *w.app.missing_materials]
    w.app.supplemented_on = on


def _accept(w: Walk, on: date, row) -> None:
    app = w.app
    deemed = app.state == S.RECEIVED and on > w.days.after(app.received_on, dl.ACCEPTANCE_DAYS)
    app.deemed_accepted, app.accepted_on = deemed, app.received_on if deemed else on
    row[6].update(deemed=deemed, accepted_on=str(app.accepted_on))

    def setter(n: str) -> None:
        app.receipt_number = row[6]["receipt_number"] = n

    w.numbers.append(("lic_receipt", on, setter))


def _reject(w: Walk, on: date, row) -> None:
    def setter(n: str) -> None:
        w.app.receipt_number = row[6]["receipt_number"] = n

    w.numbers.append(("lic_not_accepted", on, setter))


def _review(w: Walk, on: date, row) -> None:
    ids = [o["id"] for o in row[5]]
    w.app.reviewer_ids = list(dict.fromkeys([*w.app.reviewer_ids, *ids]))


def _notify_hearing_right(w: Walk, on: date, row) -> None:
    w.app.hearing_kind, w.app.hearing_told_on = "major_interest", on
    w.periods.append(
        [
            "hearing",
            on,
            None,
            "告知申请人、利害关系人享有要求听证的权利；听证所需时间不计入决定期限。",
            on,
            None,
            0,
        ]
    )


def _close_excluded(w: Walk, on: date, row) -> None:
    period = next(p for p in reversed(w.periods) if p[2] is None)
    period[2], period[6] = on, max(0, w.days.between(period[1], on))
    w.app.excluded_days += period[6]


def _pause(w: Walk, on: date, row) -> None:
    kind = w.ctx.rng.choice(("testing", "detection", "appraisal", "expert_review"))
    expected = w.ctx.rng.randint(5, 15)
    notice = f"需进行{dict(EXCLUDED)[kind]}，预计需要{expected}个工作日，所需时间不计入许可期限。"
    w.app.state_before_pause = w.app.state
    w.periods.append([kind, on, None, notice, on, expected, 0])
    row[6].update(kind=kind, notice=notice, expected_days=expected)


def _extend(w: Walk, on: date, row) -> None:
    w.app.extended_on = on


def _decide(w: Walk, on: date, row, decision: str, kind: str) -> None:
    app = w.app
    app.decision, app.decided_on = decision, on

    def setter(n: str) -> None:
        app.decision_number = row[6]["decision_number"] = n

    w.numbers.append((kind, on, setter))


def _grant(w: Walk, on: date, row) -> None:
    _decide(w, on, row, Decision.GRANTED, "lic_grant")
    app = w.app
    app.granted_scope, app.granted_valid_from, app.granted_valid_until = app.subject, on, w.term_end
    row[6].update(scope=app.granted_scope, valid_until=str(w.term_end) if w.term_end else None)


def _refuse(w: Walk, on: date, row) -> None:
    _decide(w, on, row, Decision.REFUSED, "lic_refusal")
    w.app.refusal_reasons, w.app.remedies = row[6]["reasons"], row[6]["remedies"]


def _issue(w: Walk, on: date, row) -> None:
    app = w.app
    app.issued_on = on
    w.licence = lic = Row(id=None, number="", organisation_id=app.organisation_id, holder_id=None,
                          matter_id=app.matter_id, matter_version_id=app.matter_version_id, application_id=app.id,
                          scope=app.granted_scope, state=LS.NEW, state_before_pause="", issued_on=on,
                          valid_from=app.granted_valid_from, valid_until=app.granted_valid_until,
                          renewal_requested_on=None, ended_on=None, created_at=None, updated_at=None)  # fmt: skip

    def setter(n: str) -> None:
        lic.number = row[6]["licence_number"] = n

    w.numbers.append(("lic_certificate", on, setter))
    w.lwalk = LicenceWalk(lic, w)
    w.lwalk.take("issue", on)


EFFECTS = {
    "request_completion": _request_completion, "supplement": _supplement, "accept": _accept, "reject": _reject,
    "withdraw": lambda w, on, row: w.cancel_running(on), "review": _review,
    "notify_hearing_right": _notify_hearing_right, "close_hearing_window": _close_excluded, "pause": _pause,
    "resume": _close_excluded, "extend": _extend, "grant": _grant, "refuse": _refuse, "issue": _issue,
}  # fmt: skip
EXCLUDED = (("testing", "检验"), ("detection", "检测"), ("appraisal", "鉴定"), ("expert_review", "专家评审"))


@dataclass(eq=False)
class LicenceWalk:
    """The licence's life in memory, as ``licence_step`` would write it."""

    licence: Row
    walk: Walk
    steps: list = field(default_factory=list)
    deadlines: list = field(default_factory=list)

    def take(self, action: str, on: date, *, who: Who | None = None, data=None, reason: str = "") -> None:
        lic, step = self.licence, LICENCE.step(action)
        assert lic.state in step.sources, f"licence {action} from {lic.state}"
        who = who or self.walk.who
        row = [action, step.label, lic.state, None, on, [], data or {}, reason, who.label, who.user_id,
               self.walk.ctx.at(on, 60 + 7 * len(self.steps))]  # fmt: skip
        effect = LICENCE_EFFECTS.get(action)
        if effect is not None:
            effect(self, on, row)
        target = step.target if step.target is not None else lic.state
        lic.state = lic.state_before_pause if target == PREVIOUS else target
        row[3] = lic.state
        self.steps.append(row)
        for d in self.deadlines:
            if d[5] == RUNNING and d[0] in step.stops:
                d[5], d[6] = MET, on
        if DL.RENEWAL_DECISION in step.starts:
            self.deadlines.append([DL.RENEWAL_DECISION, LICENCE.label(DL.RENEWAL_DECISION), on, lic.valid_until,
                                   BASIS[DL.RENEWAL_DECISION], RUNNING, None])  # fmt: skip


def _l_change(lw: LicenceWalk, on: date, row) -> None:
    row[6]["previous_scope"] = lw.licence.scope
    lw.licence.scope = row[6]["scope"]


def _l_apply(lw: LicenceWalk, on: date, row) -> None:
    lw.licence.renewal_requested_on, lw.licence.state_before_pause = on, lw.licence.state


def _l_renew(lw: LicenceWalk, on: date, row) -> None:
    lic = lw.licence
    row[6]["previous_valid_until"] = str(lic.valid_until)
    lic.valid_until = date.fromisoformat(row[6]["valid_until"])


def _l_deem(lw: LicenceWalk, on: date, row) -> None:
    lic = lw.licence
    row[6]["previous_valid_until"] = str(lic.valid_until)
    lic.valid_until = dl.renewed_until(lic.valid_from, lic.valid_until)
    row[6]["valid_until"] = str(lic.valid_until)


def _l_end(lw: LicenceWalk, on: date, row) -> None:
    lw.licence.ended_on = lw.licence.ended_on or on


LICENCE_EFFECTS = {
    "change": _l_change, "apply_renewal": _l_apply, "renew": _l_renew, "deem_renewed": _l_deem,
    "revoke": _l_end, "withdraw": _l_end, "expire": _l_end, "cancel": _l_end,
}  # fmt: skip


class Year:
    """Plans the year's applications and licences, then writes them."""

    def __init__(self, ctx: LoadContext):
        self.ctx, self.rng, self.today = ctx, ctx.rng, ctx.tl.today
        self.first = self.today - timedelta(days=365)
        body = next(o for o in ctx.orgs.values() if o.region_code)
        self.days = Days(work_calendar(body.region_code), self.first - timedelta(days=30),
                         self.today + timedelta(days=4 * 365))  # fmt: skip
        self.parties = Parties(ctx, Params.read())
        self.staff = body_staff(ctx)
        self.matters = self._matters()
        self.weights = [m.weight for m in self.matters]
        self.lead_days = int(get_param(RENEWAL_LEAD_DAYS))
        self.walks: list[Walk] = []
        self.party_rows: list[Party] = []
        # Keys are given here (rows are inserted with them): after the rows the earlier parts wrote.
        self.next_party = Party.objects.aggregate(m=Max("pk"))["m"] or 0
        self.next_app = LicenceApplication.objects.aggregate(m=Max("pk"))["m"] or 0
        self.next_licence = Licence.objects.aggregate(m=Max("pk"))["m"] or 0

    def _matters(self) -> list[Matter]:
        versions = MatterVersion.objects.filter(kind=MatterKind.LICENCE, status=MatterStatus.PUBLISHED,
                                                valid_from__lte=self.first).prefetch_related("bodies")  # fmt: skip
        out = []
        for i, v in enumerate(sorted(versions, key=lambda v: v.matter_id)):
            if v.valid_until is not None and v.valid_until < self.today:
                continue
            term = (6, 12, 0, 60, 60, 60, 60, 36)[i % 8]  # months: 临时/年度许可, 长期有效, 五年, 三年
            for b in v.bodies.all():
                staff = self.staff.get(b.pk)
                if staff is not None and staff.officers:
                    out.append(Matter(v, b, staff, term, 1.0 + 3.0 * (i % 5 == 0) + self.rng.random()))
        if not out:
            raise ValueError("演示目录中没有可办理的行政许可事项")
        return out

    # --- planning -----------------------------------------------------------------------------------------

    def plan(self) -> None:
        target, issued = self.ctx.n(LICENCES), 0
        while issued < target:
            w = self._walk(self._received_on())
            issued += w.licence is not None
        self._number()

    def _received_on(self) -> date:
        day = self.days.on_or_after(self.ctx.day_between(self.first, self.today - timedelta(days=1)))
        return (
            day
            if day <= self.today
            else self.days.work[bisect_right(self.days.ords, self.today.toordinal()) - 1]
        )

    def _party(self, m: Matter) -> PartyPlan:
        if (
            self.party_rows and self.rng.random() < 0.6
        ):  # a shop holds several licences (食品经营、卫生、消防…)
            return PartyPlan(self.rng.choice(self.party_rows), "organisation")
        plan = self.parties.new(m.version.domain)
        self.next_party += 1
        plan.row.pk = self.next_party
        self.party_rows.append(plan.row)
        return plan

    def _walk(self, received: date) -> Walk:
        rng = self.rng
        m = rng.choices(self.matters, weights=self.weights)[0]
        party = self._party(m)
        officers = m.staff.available(received, received, m.version.domain)
        lead = rng.choice(officers) if officers else rng.choice(m.staff.officers)
        who = handler_who(self.ctx, lead)
        head = (
            person_who(self.ctx, m.staff.head, "负责人")
            if m.staff.head
            else Who(f"{m.body.short_name}负责人")
        )
        materials = rng.sample(MATERIALS, rng.randint(3, 6))
        self.next_app += 1
        app = _app(id=self.next_app, organisation_id=m.body.pk, matter_id=m.version.matter_id,
                   matter_version_id=m.version.pk, applicant_id=party.row.pk, state=S.NEW, received_on=received,
                   subject=_subject(m.version.name, party.row.name), materials=materials)  # fmt: skip
        w = Walk(app, who, head, self.days, self.ctx, m)
        w.numbers.append(("lic_application", received, lambda n: setattr(app, "number", n)))
        self.walks.append(w)
        w.take("receive", received, data={"matter_id": m.version.matter_id})
        self._acceptance(w, m)
        return w

    def _at(self, day: date) -> bool:
        """A step on ``day`` may be taken (it is not after today)."""
        return day <= self.today

    def _acceptance(self, w: Walk, m: Matter) -> None:
        rng, days, received = self.rng, self.days, w.app.received_on
        roll = rng.random()
        if roll < 0.012:
            day = days.after(received, rng.randint(1, 4))
            if self._at(day):
                w.take("reject", day, reason=rng.choice(("申请事项依法不需要取得行政许可。",
                                                         "申请事项不属于本机关职权范围，已告知向有关行政机关申请。")))  # fmt: skip
            return
        if roll < 0.14:
            day = days.after(received, rng.randint(1, 5))
            if not self._at(day):
                return
            w.take("request_completion", day)
            day = days.after(day, rng.randint(2, 12))
            if not self._at(day):
                return
            w.take("supplement", day)
            day = days.after(day, rng.randint(0, 2)) if rng.random() < 0.6 else day
        elif roll < 0.17:  # the body let five working days pass: 视为受理 from receipt
            day = days.after(received, rng.randint(6, 9))
        else:
            day = days.after(received, rng.randint(1, 3)) if rng.random() < 0.7 else received
        if self._at(day):
            w.take("accept", day)
            self._review(w, m, day)

    def _review(self, w: Walk, m: Matter, accepted: date) -> None:
        rng, days = self.rng, self.days
        if rng.random() < 0.01:
            day = days.after(accepted, rng.randint(1, 8))
            if self._at(day):
                w.take("withdraw", day, reason="申请人书面申请撤回许可申请。")
            return
        day = days.after(accepted, rng.randint(1, 6))
        if not self._at(day):
            return
        # 实地核查 (第三十四条) by two officers certified for the body that day; a review on the papers alone is
        # part of the decision and not recorded as a step of its own.
        pair = m.staff.available(day, day, m.version.domain) if rng.random() < 0.35 else []
        if len(pair) >= 2:
            w.take("review", day, officers=rng.sample(pair, 2), reason="经实地核查，场所、设施与申请材料一致。",
                   data={"opinion": "实地核查：符合要求", "on_site": True})  # fmt: skip
        self._time(w, day)

    def _time(self, w: Walk, day: date) -> None:
        """Excluded time (第四十五条), a hearing (第四十七条), an extension (第四十二条), then the decision."""
        rng, days = self.rng, self.days
        roll = rng.random()
        if roll < 0.025:
            start = days.after(day, rng.randint(1, 3))
            if not self._at(start):
                return
            w.take("pause", start)
            day = days.after(start, rng.randint(3, 15))
            if not self._at(day):
                return
            w.take("resume", day, data={"result": "结论符合要求。"})
        elif roll < 0.03:
            start = days.after(day, 1)
            if not self._at(start):
                return
            w.take("notify_hearing_right", start, data={"interested_parties": "相邻业主"})
            day = days.after(start, dl.HEARING_REQUEST_DAYS + 1)
            if not self._at(day):
                return
            w.take(
                "close_hearing_window", day, data={}, reason="听证申请期满，申请人、利害关系人未申请听证。"
            )
        if rng.random() < 0.015:
            ext = days.after(day, 1)
            if ext <= w.decision_due() and self._at(ext):
                w.take(
                    "extend", ext, who=w.head, reason="需进一步核实申请人的经营条件，经负责人批准延长十日。"
                )
                day = ext
        self._decide(w, day)

    def _decide(self, w: Walk, after: date) -> None:
        rng, due = self.rng, w.decision_due()
        room = max(0, self.days.between(after, due))
        day = self.days.after(after, rng.randint(1, max(1, min(room, 12)))) if room else after
        if not self._at(day):
            return
        if rng.random() < 0.025:
            w.take(
                "refuse",
                day,
                who=w.head,
                data={"reasons": "经审查，申请人的经营场所不符合法定条件。", "remedies": REMEDIES},
            )
            return
        m = w.matter
        w.term_end = _term_end(day, m.term)
        w.take("grant", day, who=w.head)
        issue = self.days.after(day, rng.randint(1, 6)) if rng.random() < 0.85 else day
        if self._at(issue):
            w.take("issue", issue)
            self._life(w, m)

    def _life(self, w: Walk, m: Matter) -> None:
        """变更, 延续 (decided or deemed), 有效期届满, 撤销, 撤回, 注销."""
        rng, lw, lic = self.rng, w.lwalk, w.licence
        self.next_licence += 1
        lic.id, lic.holder_id = self.next_licence, w.app.applicant_id
        last = lic.issued_on
        if rng.random() < 0.04:
            day = last + timedelta(days=rng.randint(20, 200))
            if self._at(day) and self._in_term(lic, day):
                lw.take(
                    "change",
                    day,
                    data={"scope": f"{lic.scope}（变更：增加经营项目）"},
                    reason="被许可人申请变更许可事项。",
                )
                last = day
        roll = rng.random()
        if roll < 0.003:
            day = last + timedelta(days=rng.randint(10, 120))
            if self._at(day) and self._in_term(lic, day):
                lw.take(
                    "revoke",
                    day,
                    who=w.head,
                    data={"ground": "fraud"},
                    reason="被许可人以提交虚假材料的不正当手段取得许可。",
                )
                self._cancel(lw, w, day, "annulled")
            return
        if roll < 0.004:
            day = last + timedelta(days=rng.randint(10, 120))
            if self._at(day) and self._in_term(lic, day):
                lw.take("withdraw", day, who=w.head, data={"ground": "facts_changed", "compensation": "依法给予补偿。"},
                        reason="所在区域规划调整，准予许可所依据的客观情况发生重大变化。")  # fmt: skip
            return
        if roll < 0.012:
            day = last + timedelta(days=rng.randint(30, 200))
            if self._at(day) and self._in_term(lic, day):
                lw.take(
                    "cancel",
                    day,
                    who=w.head,
                    data={"ground": "terminated"},
                    reason="被许可人已依法注销登记。",
                )
            return
        if lic.valid_until is not None:
            self._renewal(lw, w, last)

    def _in_term(self, lic: Row, day: date) -> bool:
        return lic.valid_until is None or day <= lic.valid_until

    def _renewal(self, lw: LicenceWalk, w: Walk, last: date) -> None:
        rng, lic = self.rng, lw.licence
        latest = dl.renewal_latest(lic.valid_until, self.lead_days)
        if rng.random() < 0.85 and latest >= last:
            day = latest - timedelta(days=rng.randint(0, min(30, (latest - last).days)))
            if not self._at(day):
                return
            lw.take("apply_renewal", day)
            decided = day + timedelta(days=rng.randint(5, 40))
            if rng.random() < 0.1 or decided > lic.valid_until:  # no decision by expiry: deemed renewed
                deemed = lic.valid_until + timedelta(days=1)
                if self._at(deemed):
                    lw.take("deem_renewed", deemed, who=Who("系统（视为准予延续）"))
            elif self._at(decided):
                new = dl.renewed_until(lic.valid_from, lic.valid_until)
                lw.take("renew", decided, who=w.head, data={"valid_until": str(new)})
            return
        expired = lic.valid_until + timedelta(days=1)
        if self._at(expired):
            lw.take("expire", expired, who=Who("系统（有效期届满）"))
            later = expired + timedelta(days=rng.randint(1, 20))
            if rng.random() < 0.5 and self._at(later):
                self._cancel(lw, w, later, "expired")

    def _cancel(self, lw: LicenceWalk, w: Walk, day: date, ground: str) -> None:
        later = day + timedelta(days=self.rng.randint(0, 10))
        if self._at(later):
            lw.take("cancel", later, who=w.head, data={"ground": ground}, reason="依法办理注销手续。")

    # --- 文号 ------------------------------------------------------------------------------------------------

    def _number(self) -> None:
        """Give every 文号 in the order of issue, per body, year and kind (``effects.number``)."""
        pending = defaultdict(list)
        for i, w in enumerate(self.walks):
            for kind, day, setter in w.numbers:
                pending[(w.app.organisation_id, day.year, kind)].append((day, i, setter, w.matter.body))
        self.series = []
        for (org_id, year, kind), items in pending.items():
            items.sort(key=lambda t: (t[0], t[1]))
            word = f"{body_word(items[0][3])}{NUMBER_WORDS[kind]}〔{year}〕"
            for n, (_, _, setter, _) in enumerate(items, start=1):
                setter(f"{word}{n}号")
            self.series.append(
                LicenceNumberSeries(organisation_id=org_id, year=year, kind=kind, last=len(items))
            )

    # --- writing ------------------------------------------------------------------------------------------

    def write(self) -> None:
        now = timezone.now()
        for row in self.party_rows:
            row.created_at = row.updated_at = now
        insert_rows(
            Party,
            [f.attname for f in Party._meta.concrete_fields],
            (tuple(getattr(r, f.attname) for f in Party._meta.concrete_fields) for r in self.party_rows),
        )
        apps = [w.app for w in self.walks]
        for app in apps:
            app.created_at = app.updated_at = now
        insert_rows(LicenceApplication, APP_FIELDS, (tuple(getattr(a, f) for f in APP_FIELDS) for a in apps))
        done = [w for w in self.walks if w.licence is not None]
        for w in done:
            w.licence.created_at = w.licence.updated_at = now
        insert_rows(
            Licence, LICENCE_FIELDS, (tuple(getattr(w.licence, f) for f in LICENCE_FIELDS) for w in done)
        )
        insert_rows(
            LicenceApplicationStep,
            ("application_id", *STEP_FIELDS),
            ((w.app.id, *s) for w in self.walks for s in w.steps),
        )
        insert_rows(
            LicenceApplicationDeadline,
            ("application_id", *DEADLINE_FIELDS),
            ((w.app.id, *d) for w in self.walks for d in w.deadlines),
        )
        insert_rows(
            ExcludedPeriod,
            ("application_id", *PERIOD_FIELDS),
            ((w.app.id, *p) for w in self.walks for p in w.periods),
        )
        insert_rows(
            LicenceStep,
            ("licence_id", *STEP_FIELDS),
            ((w.licence.id, *s) for w in done for s in w.lwalk.steps),
        )
        insert_rows(LicenceDeadline, ("licence_id", *DEADLINE_FIELDS),
               ((w.licence.id, *d) for w in done for d in w.lwalk.deadlines))  # fmt: skip
        LicenceNumberSeries.objects.bulk_create(self.series, batch_size=BATCH)
        reset_sequences(Party, LicenceApplication, Licence)
        append_many(sorted((self._event(w) for w in self.walks), key=lambda e: e.at))

    def _event(self, w: Walk) -> PendingEvent:
        app, lic = w.app, w.licence
        after = {"number": app.number, "state": app.state, "steps": len(w.steps)}
        last = w.steps[-1][10]
        if lic is not None:
            after["licence"] = lic.number
            last = max(last, w.lwalk.steps[-1][10])
        return PendingEvent(action="licence_application.import_demo", object_type="licensing.licenceapplication",
                            object_id=str(app.id), actor_label=LOADER, organisation_id=app.organisation_id,
                            at=last + timedelta(minutes=1), after=after)  # fmt: skip


def _subject(matter: str, party: str) -> str:
    what = matter.removesuffix("核发").removesuffix("审批").removesuffix("许可")
    return f"申请办理{what}许可（{party}）"


def _term_end(start: date, months: int) -> date | None:
    """The last day of a term of ``months`` from ``start`` (None: no term)."""
    if not months:
        return None
    if months % 12 == 0:
        return years_after(start, months // 12) - timedelta(days=1)
    year, month = divmod(start.month - 1 + months, 12)
    return date(start.year + year, month + 1, min(start.day, 28)) - timedelta(days=1)


def load_licences(ctx: LoadContext) -> None:
    """Write the year's applications, licences, their steps, deadlines and 文号 series, and one event each."""
    year = Year(ctx)
    year.plan()
    year.write()
    apps = year.walks
    ctx.counts.update(
        licence_applications=len(apps),
        licences=sum(w.licence is not None for w in apps),
        licence_applications_deemed_accepted=sum(w.app.deemed_accepted for w in apps),
        licence_applications_refused=sum(w.app.decision == Decision.REFUSED for w in apps),
        licence_application_steps=sum(len(w.steps) for w in apps),
        licence_application_deadlines=sum(len(w.deadlines) for w in apps),
        licence_steps=sum(len(w.lwalk.steps) for w in apps if w.lwalk),
        licences_deemed_renewed=sum(w.licence.state == LS.DEEMED_RENEWED for w in apps if w.licence),
    )
