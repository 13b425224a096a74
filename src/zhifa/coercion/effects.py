"""What each step writes on the measure or the execution (``ActAdapter.effects``), and the deadlines the steps start
(``ActAdapter.due``), with the basis each deadline row records."""

from __future__ import annotations

from collections.abc import Callable

from zhifa.core.stepping import ActAdapter, ActContext, DueDate

from .constants import INVENTORY_KINDS, DeadlineKind, MeasureKind
from .domain import deadlines as d
from .guards import execution_court_window, local
from .models import (
    CoercionExecutionDeadline,
    CoercionExecutionStep,
    CoercionMeasure,
    CoercionMeasureDeadline,
    CoercionMeasureStep,
)

L = "《中华人民共和国行政强制法》"
BASIS = {
    DeadlineKind.PERIOD: f"{L}第二十五条、第三十二条：三十日，经批准可延长一次不超过三十日；检测、鉴定期间不计入",
    DeadlineKind.REPORT: f"{L}第十九条：二十四小时内向行政机关负责人报告并补办批准手续",
    DeadlineKind.FREEZE_NOTICE: f"{L}第三十一条、第六十九条：三个工作日内向当事人交付冻结决定书",
    DeadlineKind.REMINDER: f"{L}第三十五条：催告书载明的履行期限",
    DeadlineKind.COURT: f"{L}第五十三条、第五十四条、第六十九条",
}


def _number(obj, word: str) -> None:
    org = obj.organisation
    year = obj.steps.order_by("on").values_list("on", flat=True).first().year
    n = type(obj).objects.filter(organisation=org, number__contains=f"〔{year}〕").count() + 1
    obj.number = f"{org.short_name or org.name}{word}〔{year}〕{n}号"


# --- measures ----------------------------------------------------------------------------------------------------


def recompute_end(m: CoercionMeasure, cal) -> None:
    if m.kind == MeasureKind.OTHER or m.implemented_on is None:
        m.ends_on = None
        return
    base = d.FREEZE_DAYS if m.kind == MeasureKind.FREEZE else d.SEIZURE_DAYS
    m.ends_on = d.period_end(m.implemented_on, base_days=base, extension_days=m.extension_days,
                             excluded_days=m.excluded_days, cal=cal)  # fmt: skip


def _on_site(ctx: ActContext) -> None:
    m, f = ctx.obj, ctx.facts
    for name in ("party_present", "party_notified", "rights_told", "statement", "party_signed", "refusal_note",
                 "witness_name", "inventory_delivered", "account", "frozen_amount"):  # fmt: skip
        setattr(m, name, getattr(f, name))
    m.inventory = [i.model_dump(mode="json") for i in f.inventory] if m.kind in INVENTORY_KINDS else []
    m.inventory_copies = f.inventory_copies if m.kind in INVENTORY_KINDS else 0
    m.implemented_on, m.implemented_at = ctx.on, f.implemented_at
    m.av_file, m.av_item = ctx.extra.get("av_file"), ctx.extra.get("av_item")
    recompute_end(m, ctx.cal)


def _emergency(ctx: ActContext) -> None:
    ctx.obj.emergency = True
    _number(ctx.obj, "强措")
    _on_site(ctx)


def _approve(ctx: ActContext) -> None:
    ctx.obj.approved_on = ctx.on


def _report(ctx: ActContext) -> None:
    ctx.obj.reported_at, ctx.obj.approved_on = ctx.facts.reported_at, ctx.on


def _extend(ctx: ActContext) -> None:
    ctx.obj.extension_days = ctx.facts.days
    recompute_end(ctx.obj, ctx.cal)


def _testing(ctx: ActContext) -> None:
    f = ctx.facts
    ctx.obj.excluded_days += (f.testing_to - f.testing_from).days + 1
    recompute_end(ctx.obj, ctx.cal)


def _freeze_notice(ctx: ActContext) -> None:
    ctx.obj.freeze_notice_on = ctx.on


def _release(ctx: ActContext) -> None:
    ctx.obj.released_on, ctx.obj.release_ground = ctx.on, ctx.facts.ground


def _dispose(ctx: ActContext) -> None:
    ctx.obj.disposed_on, ctx.obj.disposal = ctx.on, ctx.facts.disposal


MEASURE_EFFECTS: dict[str, Callable[[ActContext], None]] = {
    "propose": lambda ctx: _number(ctx.obj, "强措"), "implement_emergency": _emergency, "approve": _approve,
    "implement": _on_site, "report": _report, "extend": _extend, "record_testing": _testing,
    "deliver_freeze_notice": _freeze_notice, "release": _release, "dispose": _dispose,
}  # fmt: skip


def measure_effects(ctx: ActContext, row) -> None:
    if effect := MEASURE_EFFECTS.get(ctx.action):
        effect(ctx)


def measure_due(ctx: ActContext, kind: str) -> DueDate | None:
    m = ctx.obj
    if kind == DeadlineKind.PERIOD and m.ends_on:
        total = (
            (d.FREEZE_DAYS if m.kind == MeasureKind.FREEZE else d.SEIZURE_DAYS)
            + m.extension_days
            + m.excluded_days
        )
        days = (
            f"自{m.implemented_on}起{total}日（延长{m.extension_days}日，检测等扣除{m.excluded_days}日），"
            "届满日为法定节假日的顺延"
        )
        return DueDate(m.ends_on, f"{BASIS[kind]}；{days}")
    if kind == DeadlineKind.REPORT and m.emergency:
        return DueDate(local(d.report_due(m.implemented_at)).date(),
                       f"{BASIS[kind]}；应于 {local(d.report_due(m.implemented_at)):%Y-%m-%d %H:%M} 前报告")  # fmt: skip
    if kind == DeadlineKind.FREEZE_NOTICE and m.kind == MeasureKind.FREEZE and m.freeze_notice_on is None:
        return DueDate(d.freeze_notice_due(m.implemented_on, ctx.cal), BASIS[kind])
    return None


MEASURE_FIELDS = ("number", "kind", "approved_on", "implemented_on", "ends_on", "extension_days", "excluded_days",
                  "released_on", "release_ground", "disposed_on", "av_sha256")  # fmt: skip
MEASURE_ADAPTER = ActAdapter(history=CoercionMeasureStep, deadlines=CoercionMeasureDeadline, parent="measure",
                             due=measure_due, effects=measure_effects, fields=MEASURE_FIELDS,
                             audit_prefix="coercion.measure")  # fmt: skip


# --- executions --------------------------------------------------------------------------------------------------


def _statement(ctx: ActContext) -> None:
    e, f = ctx.obj, ctx.facts
    verdict = "予以采纳" if f.adopted else "经复核不予采纳"
    e.statement = (e.statement + "\n" if e.statement else "") + f"{ctx.on}：{f.statement}（{verdict}）"


def _decide(ctx: ActContext) -> None:
    e, f = ctx.obj, ctx.facts
    e.decided_on, e.execution_number = ctx.on, f.execution_number
    e.manner = getattr(f, "manner", "substitute")


def _substitute(ctx: ActContext) -> None:
    _decide(ctx)
    ctx.obj.substitute_performer, ctx.obj.substitute_budget = ctx.facts.performer, ctx.facts.budget


def _executed(ctx: ActContext) -> None:
    e, f = ctx.obj, ctx.facts
    e.executed_at, e.urgent_reason, e.closed_on = f.executed_at, f.urgent_reason, ctx.on
    e.av_file = ctx.extra.get("av_file")


def _surcharge(ctx: ActContext) -> None:
    ctx.obj.surcharge_amount += ctx.extra["surcharge"]


def _closed(ctx: ActContext) -> None:
    ctx.obj.closed_on = ctx.on


def _suspend(ctx: ActContext) -> None:
    ctx.obj.state_before_pause, ctx.obj.suspended_on = ctx.obj.state, ctx.on


def _court(ctx: ActContext) -> None:
    ctx.obj.court_name, ctx.obj.court_applied_on = ctx.facts.court_name, ctx.on


EXECUTION_EFFECTS: dict[str, Callable[[ActContext], None]] = {
    "remind": lambda ctx: _number(ctx.obj, "催"), "hear_statement": _statement, "decide": _decide,
    "execute": _executed, "surcharge": _surcharge, "substitute_decide": _substitute,
    "substitute_remind": lambda ctx: setattr(ctx.obj, "substitute_reminded_on", ctx.on),
    "substitute_perform": _executed, "agree": lambda ctx: setattr(ctx.obj, "agreement_terms", ctx.facts.terms),
    "perform": _closed, "suspend": _suspend, "resume": lambda ctx: setattr(ctx.obj, "suspended_on", None),
    "terminate": _closed, "apply_court": _court,
    "court_enforce": lambda ctx: setattr(ctx.obj, "court_ruling", "enforce"),
    "court_refuse": lambda ctx: (setattr(ctx.obj, "court_ruling", "refuse"), _closed(ctx)),
    "court_executed": _closed,
}  # fmt: skip


def execution_effects(ctx: ActContext, row) -> None:
    if effect := EXECUTION_EFFECTS.get(ctx.action):
        effect(ctx)


def execution_due(ctx: ActContext, kind: str) -> DueDate | None:
    e = ctx.obj
    if kind == DeadlineKind.REMINDER:
        return DueDate(e.reminder_deadline, BASIS[kind])
    if kind == DeadlineKind.COURT and not e.direct_power:
        w = execution_court_window(e, ctx.cal)
        return DueDate(w.latest, f"{BASIS[kind]}：催告书送达十个工作日后、复议诉讼期限（{w.remedy_end}）届满后方可申请，"
                                 f"最早 {w.earliest}，最迟 {w.latest}")  # fmt: skip
    return None


EXECUTION_FIELDS = ("number", "reminder_served_on", "reminder_deadline", "decided_on", "executed_at",
                    "surcharge_amount", "court_applied_on", "closed_on", "av_sha256")  # fmt: skip
EXECUTION_ADAPTER = ActAdapter(history=CoercionExecutionStep, deadlines=CoercionExecutionDeadline,
                               parent="execution", due=execution_due, effects=execution_effects,
                               fields=EXECUTION_FIELDS, audit_prefix="coercion.execution")  # fmt: skip
