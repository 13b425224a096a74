"""Deadlines of a case: started and met by steps (the table's ``starts``/``stops``), computed by the pure
functions of ``cases.domain.deadlines`` with the region's working-day calendar.

The 90-day decision deadline is recomputed after every step from the case's own history: suspensions (中止 →
恢复) and the time a transferred case spent with the police (移送 → 公安机关不予立案) do not count, and each
approved extension adds its days (parameter ``penalty.extension_days``).
"""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ImproperlyConfigured

from zhifa.core.audit import audit
from zhifa.core.parameters import get_param

from .constants import DeadlineKind as DL
from .constants import DeadlineStatus
from .domain import deadlines as d
from .guards import StepContext
from .models import CaseDeadline

L = "《中华人民共和国行政处罚法》"
BASIS = {
    DL.DECISION: f"{L}第六十条：自立案之日起九十日内作出行政处罚决定（中止期间不计，经批准延长的顺延）",
    DL.PRESERVATION: f"{L}第五十六条：先行登记保存后七日内作出处理决定（工作日）",
    DL.STATEMENT: f"{L}第六十二条、第六十四条第（一）项；参数 notice.statement_working_days",
    DL.LEGAL_REVIEW: "参数 review.days（工作日，legal-rules §2，S）",
    DL.SERVICE: f"{L}第六十一条：当事人不在场的，七日内送达（工作日）",
    DL.PAYMENT: f"{L}第六十七条第三款：自收到决定书之日起十五日内缴纳罚款",
    DL.HANDOVER: "《行政执法机关移送涉嫌犯罪案件的规定》第五条第二款：批准移送的，应当在24小时内向同级公安机关移送",
    DL.POLICE_FILING: "《行政执法机关移送涉嫌犯罪案件的规定》第八条：公安机关自接受移送之日起三日内作出立案或不予立案决定",
    DL.OBJECTION: "《行政执法机关移送涉嫌犯罪案件的规定》第九条：自接到不予立案通知书（复议决定）之日起三日内提请复议（建议立案监督）",
    DL.POLICE_RECONSIDERATION: "《行政执法机关移送涉嫌犯罪案件的规定》第九条第一款：公安机关自收到提请复议的文件之日起三日内作出复议决定",
    DL.ITEMS_HANDOVER: "《行政执法机关移送涉嫌犯罪案件的规定》第十二条：公安机关立案后三日内移交涉案物品及有关材料",
    DL.FILING_RECORD: f"{L}第五十二条第三款；参数 simple.filing_days",
    DL.TRANSFER_DECISION: "《行政执法机关移送涉嫌犯罪案件的规定》第五条：正职负责人自接到报告之日起三日内作出批准或不批准移送的决定",
}


def _due(ctx: StepContext, kind: str):
    cal, on, case = ctx.cal, ctx.on, ctx.case
    if kind == DL.DECISION:
        return decision_due(case, ctx)
    if kind == DL.PRESERVATION:
        return d.working_days_after(on, d.PRESERVATION_WORKING_DAYS, cal)
    if kind == DL.STATEMENT:
        return d.working_days_after(on, int(get_param("notice.statement_working_days")), cal)
    if kind == DL.LEGAL_REVIEW:
        return ctx.extra["review"].due_on
    if kind == DL.SERVICE:
        return d.working_days_after(on, d.SERVICE_WORKING_DAYS, cal)
    if kind == DL.PAYMENT:
        return case.payment_due_on
    if kind == DL.HANDOVER:
        return on + timedelta(days=1)  # 24 hours: the next day, holiday or not
    if kind == DL.ITEMS_HANDOVER and not _transferred_items(case):
        return None
    if kind in (
        DL.POLICE_FILING,
        DL.TRANSFER_DECISION,
        DL.OBJECTION,
        DL.POLICE_RECONSIDERATION,
        DL.ITEMS_HANDOVER,
    ):
        return d.calendar_days_after(on, 3, cal)
    if kind == DL.FILING_RECORD:
        return d.working_days_after(on, int(get_param("simple.filing_days")), cal)
    raise ImproperlyConfigured(f"未定义期限 {kind}")


def _transferred_items(case) -> bool:
    report = case.steps.filter(action="propose_transfer").order_by("-at", "-id").first()
    return bool(report and (report.data or {}).get("items"))


def pauses(case) -> list[d.Interval]:
    """The intervals that do not count against the decision deadline, read from the steps."""
    return d.pause_intervals(case.steps.order_by("at", "id").values_list("action", "on"))


def decision_due(case, ctx: StepContext):
    if case.registered_on is None:
        return None
    extensions = case.steps.filter(action="extend").count() * int(get_param("penalty.extension_days"))
    return d.decision_due(case.registered_on, pauses(case), extensions, ctx.cal)


def apply_deadlines(ctx: StepContext, step, row) -> None:
    case = ctx.case
    for kind in step.stops:
        case.deadlines.filter(kind=kind, status=DeadlineStatus.RUNNING).update(
            status=DeadlineStatus.MET, met_on=ctx.on
        )
    for kind in step.starts:
        due = _due(ctx, kind)
        if due is not None:
            CaseDeadline.objects.create(
                case=case, kind=kind, starts_on=ctx.on, due_on=due, basis=BASIS[kind], step=row
            )
    if step.action in ("close", "revoke_filing", "decline"):
        case.deadlines.filter(status=DeadlineStatus.RUNNING).update(
            status=DeadlineStatus.CANCELLED, met_on=ctx.on
        )
    _refresh_decision_deadline(ctx)


def _refresh_decision_deadline(ctx: StepContext) -> None:
    """Move the running decision deadline when a suspension ended or an extension was approved (audited)."""
    case = ctx.case
    running = case.deadlines.filter(kind=DL.DECISION, status=DeadlineStatus.RUNNING).first()
    if case.decided_on is None and case.registered_on is not None:
        due = decision_due(case, ctx)
        case.due_on = due  # None while suspended: the page shows the clock stopped
        if running is not None and due is not None and running.due_on != due:
            audit(actor=ctx.by, action="case.deadline_moved", obj=running, before={"due_on": str(running.due_on)},
                  after={"due_on": str(due)}, organisation_id=case.organisation_id)  # fmt: skip
            running.due_on = due
            running.save(update_fields=["due_on"])


def move_running(ctx: StepContext, kind: str, due) -> None:
    """Move the running deadline of ``kind`` to ``due`` when a step changed it (延长法制审核期限, 批准延期缴纳),
    audited like the decision deadline, so the deadline the workbench shows is the one in force."""
    running = ctx.case.deadlines.filter(kind=kind, status=DeadlineStatus.RUNNING).first()
    if running is not None and due is not None and running.due_on != due:
        audit(actor=ctx.by, action="case.deadline_moved", obj=running, before={"due_on": str(running.due_on)},
              after={"due_on": str(due)}, organisation_id=ctx.case.organisation_id)  # fmt: skip
        running.due_on = due
        running.save(update_fields=["due_on"])
