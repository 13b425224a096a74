"""The guards of the penalty procedures: each returns None when its rule holds, else the values of its message.

A guard reads the ``StepContext`` the service builds (the locked case, the step's facts, the actor, the day the
step took place, the officers named) and may read the database; it never writes. The procedure tables in
``cases.workflow`` say which guards protect which step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from zhifa.catalog.constants import MANDATORY_AV_STEPS, AVStep, MatterKind
from zhifa.catalog.selectors import hearing_threshold, major_fine_threshold, matters_exercised_by
from zhifa.core.domain.workdays import WorkCalendar
from zhifa.core.parameters import get_param
from zhifa.discretion.constants import PenaltyKind
from zhifa.personnel.domain.fields import certificate_covers
from zhifa.personnel.selectors import certificate_valid_on

from .constants import DecisionOutcome, ReviewOpinion, ServiceMethod
from .domain import deadlines
from .domain.grounds import hearing_grounds, heavier
from .subject import acting_organisations, entrustment_problem


@dataclass
class StepContext:
    case: Any  # cases.Case, locked
    action: str
    facts: Any  # the step's schema instance (cases.facts)
    by: Any  # accounts.actors.Actor
    on: date
    today: date
    cal: WorkCalendar
    officers: list = field(default_factory=list)  # personnel.Person named in facts.officer_ids
    extra: dict = field(
        default_factory=dict
    )  # values a guard computed for the service (e.g. the calculation)


def fact(ctx: StepContext, name: str, default=None):
    return getattr(ctx.facts, name, default)


# --- people ---------------------------------------------------------------------------------------------------


def case_certificate(person, case, day: date):
    """The certificate under which ``person`` may act in ``case`` on ``day``: one of the 执法主体, or of the 承办单位
    (the street's 综合行政执法队, the entrusted organisation); else None and why not."""
    orgs = acting_organisations(case)
    reasons = []
    for org in orgs:
        cert, why = certificate_valid_on(person, org, day)
        if cert is not None:
            return cert, ""
        if person.certificates.filter(organisation=org).exists():
            reasons.append(why)
    if reasons:
        return None, "；".join(reasons)
    return None, f"{person.name}没有{'或'.join(o.name for o in orgs)}的行政执法证"


def officer_problem(ctx: StepContext, person) -> str:
    """Why ``person`` cannot count as an officer for this step ('' when they can)."""
    case = ctx.case
    if person.is_auxiliary:
        return f"{person.name}是辅助人员，不能独立执法，也不计入执法人员人数"
    if case.pk and case.officers.filter(person=person, recused_on__isnull=False).exists():
        return f"{person.name}已在本案回避"
    cert, why = case_certificate(person, case, ctx.on)
    if cert is None:
        return why
    if not certificate_covers(cert.domain, case.matter_version.domain):
        return f"{person.name}的执法证（{cert.number}）执法领域为“{cert.domain}”，不含本事项"
    return ""


def two_certified_officers(ctx: StepContext) -> dict | None:
    ids = list(dict.fromkeys(ctx.extra.get("officer_ids") or fact(ctx, "officer_ids") or []))
    found = {p.pk: p for p in ctx.officers}
    problems = [f"人员ID {i} 不存在" for i in ids if i not in found]
    refused = [why for p in ctx.officers if (why := officer_problem(ctx, p))]  # each officer checked once
    problems += refused
    qualified = len(ctx.officers) - len(refused)
    if qualified >= 2 and not problems:
        return None
    head = f"本步骤须由不少于两名在{ctx.on}持有效执法证的执法人员实施，现有{qualified}名"
    return {"detail": head + ("：" + "；".join(problems) if problems else "") + "。"}


# --- competence and time --------------------------------------------------------------------------------------


def body_exercises_matter(ctx: StepContext) -> dict | None:
    case = ctx.case
    version = case.matter_version
    if version.kind != MatterKind.PENALTY:
        return {"detail": f"事项“{version.name}”属于{version.get_kind_display()}，不能按行政处罚程序办理。"}
    if not matters_exercised_by(case.organisation, ctx.on).filter(matter_id=case.matter_id).exists():
        return {
            "detail": f"{case.organisation.name}在{ctx.on}的执法事项清单中没有“{version.name}”，无权办理。"
        }
    if why := entrustment_problem(case, ctx.on):
        return {"detail": why}
    return None


def entrustment_in_force(ctx: StepContext) -> dict | None:
    """An entrusted case is decided in the entrusting body's name only while the entrustment is in force."""
    if why := entrustment_problem(ctx.case, ctx.on):
        return {"detail": why}
    return None


def act_date_known(ctx: StepContext) -> dict | None:
    if ctx.case.act_date is None:
        return {"detail": "立案前须经核查确定违法行为发生日（计算追责时效与适用法律）。"}
    return None


def within_limitation(ctx: StepContext) -> dict | None:
    case = ctx.case
    found = case.received_on or ctx.on
    ends = deadlines.limitation_ends(case.act_end, case.safety_harm)
    if found <= ends:
        return None
    years = deadlines.LIMITATION_YEARS_SAFETY if case.safety_harm else deadlines.LIMITATION_YEARS
    return {"act_end": case.act_end, "found": found, "years": years, "ends": ends}


def party_known(ctx: StepContext) -> dict | None:
    if ctx.case.party_id is None:
        return {"detail": "须先登记当事人（名称、证件号码、地址），才能告知或作出决定。"}
    return None


def facts_recorded(ctx: StepContext) -> dict | None:
    if not ctx.case.facts or not ctx.case.proposal:
        return {"detail": "须先完成调查终结报告（违法事实与拟处理意见）。"}
    return None


def step_date(ctx: StepContext) -> dict | None:
    """A step cannot be dated in the future, nor before the step that came before it."""
    if ctx.on > ctx.today:
        return {"detail": f"实施日期 {ctx.on} 晚于今天（{ctx.today}）。"}
    last = ctx.case.steps.order_by("-on").values_list("on", flat=True).first() if ctx.case.pk else None
    if last and ctx.on < last:
        return {"detail": f"实施日期 {ctx.on} 早于上一步骤的日期 {last}；步骤须按实际发生顺序记录。"}
    return None


# --- the intended and decided penalty -------------------------------------------------------------------------


def _party_type(ctx: StepContext) -> str:
    return ctx.case.party.party_type if ctx.case.party_id else "person"


def _money(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def proposal_hearing_grounds(ctx: StepContext) -> list[str]:
    p = ctx.case.proposal
    threshold = Decimal(str(hearing_threshold(ctx.case.matter_version, _party_type(ctx))))
    return hearing_grounds(
        p.get("kinds", []), _money(p.get("fine_amount")), _money(p.get("confiscated_amount")), threshold
    )


def decision_hearing_grounds(ctx: StepContext) -> list[str]:
    threshold = Decimal(str(hearing_threshold(ctx.case.matter_version, _party_type(ctx))))
    return hearing_grounds(
        fact(ctx, "kinds") or [], fact(ctx, "fine_amount"), fact(ctx, "confiscated_amount"), threshold
    )


def hearing_may_be_requested(ctx: StepContext) -> dict | None:
    if ctx.case.hearing_offered:
        return None
    return {
        "detail": "告知的拟处罚不属于当事人可以要求听证的范围（较大数额罚款或没收、降低资质等级、吊销许可证件、责令停产停业等）。"
    }


def hearing_request_in_time(ctx: StepContext) -> dict | None:
    due = deadlines.working_days_after(ctx.case.notified_on, deadlines.HEARING_REQUEST_WORKING_DAYS, ctx.cal)
    if ctx.on <= due:
        return None
    return {"notified": ctx.case.notified_on, "due": due, "on": ctx.on}


def _investigator_ids(case) -> set[int]:
    ids = set(case.officers.values_list("person_id", flat=True))
    for officers in case.steps.values_list("officers", flat=True):
        ids.update(o["id"] for o in officers or [])
    return ids


def hearing_chair_not_investigator(ctx: StepContext) -> dict | None:
    chair_id = fact(ctx, "chair_id")
    if chair_id in _investigator_ids(ctx.case):
        return {"detail": "听证主持人参与了本案调查，须另行指定非本案调查人员主持。"}
    from zhifa.personnel.models import Person

    if not Person.objects.filter(pk=chair_id).exists():
        return {"detail": f"人员ID {chair_id} 不存在。"}
    return None


def hearing_notice_seven_days(ctx: StepContext) -> dict | None:
    served, scheduled = fact(ctx, "notice_served_on"), fact(ctx, "scheduled_on")
    earliest = deadlines.working_days_after(served, deadlines.HEARING_NOTICE_WORKING_DAYS, ctx.cal)
    if scheduled >= earliest and served >= ctx.case.notified_on:
        return None
    return {"served": served, "earliest": earliest, "scheduled": scheduled}


def open_hearing(case):
    return case.hearings.filter(held_on__isnull=True, waived=False).order_by("-id").first()


def hearing_scheduled(ctx: StepContext) -> dict | None:
    hearing = open_hearing(ctx.case)
    if hearing is None or hearing.scheduled_on is None:
        return {"detail": "尚未确定听证主持人、日期并通知当事人。"}
    if ctx.on < hearing.scheduled_on:
        return {"detail": f"听证定于 {hearing.scheduled_on} 举行，不能在 {ctx.on} 记录。"}
    return None


def notice_and_window(ctx: StepContext) -> dict | None:
    """No decision before notice, and before the party's time to state, defend or ask for a hearing has passed
    (or the party expressly waived it): 《行政处罚法》第六十二条."""
    case = ctx.case
    if case.notified_on is None:
        return {"detail": "尚未向当事人送达行政处罚事先告知书。"}
    if case.rights_waived:
        return None
    window = int(get_param("notice.statement_working_days"))
    due = deadlines.working_days_after(case.notified_on, window, ctx.cal)
    if ctx.on > due:
        return None
    return {
        "detail": f"告知书于 {case.notified_on} 送达，当事人陈述、申辩和要求听证的期限至 {due} 届满，期满前（当事人未明确放弃的）不得作出决定。"
    }


def hearing_concluded(ctx: StepContext) -> dict | None:
    if open_hearing(ctx.case) is not None:
        return {"detail": "当事人已要求听证，听证尚未举行；决定须在听证结束后根据听证笔录作出。"}
    return None


def hearing_offered_when_needed(ctx: StepContext) -> dict | None:
    if fact(ctx, "outcome") != DecisionOutcome.PENALTY:
        return None
    grounds = decision_hearing_grounds(ctx)
    if not grounds or ctx.case.hearing_offered:
        return None
    return {
        "detail": f"拟作出的处罚（{'；'.join(grounds)}）应当告知当事人有要求听证的权利，本案告知时未告知听证权，须重新告知。"
    }


def not_heavier_than_notified(ctx: StepContext) -> dict | None:
    if fact(ctx, "outcome") != DecisionOutcome.PENALTY:
        return None
    p = ctx.case.proposal
    why = heavier(
        fact(ctx, "kinds") or [], fact(ctx, "fine_amount"), p.get("kinds", []), _money(p.get("fine_amount"))
    )
    if not why:
        return None
    defended = ctx.case.steps.filter(action="record_statement").exists() or ctx.case.hearings.exists()
    tail = "当事人已陈述、申辩或听证，不得因此加重处罚" if defended else "加重的处罚须重新事先告知"
    return {"detail": f"决定{why}；{tail}。"}


def penalty_has_content(ctx: StepContext) -> dict | None:
    if fact(ctx, "outcome") != DecisionOutcome.PENALTY:
        return None
    kinds = fact(ctx, "kinds") or []
    if not kinds:
        return {"detail": "给予行政处罚的决定须载明处罚种类。"}
    if PenaltyKind.FINE in kinds and not fact(ctx, "fine_amount"):
        return {"detail": "处罚种类含罚款的，须载明罚款金额。"}
    return None


def _latest_review(case):
    return case.reviews.exclude(opinion="").order_by("-submitted_on", "-id").first()


def major_decision_reviewed(ctx: StepContext) -> dict | None:
    case = ctx.case
    grounds = list(case.major_reasons)
    if fact(ctx, "outcome") == DecisionOutcome.PENALTY:
        threshold = Decimal(str(major_fine_threshold(case.matter_version, _party_type(ctx))))
        fine = fact(ctx, "fine_amount")
        if fine is not None and fine >= threshold and not any("重大执法决定数额" in g for g in grounds):
            grounds.append(f"罚款{fine}元达到重大执法决定数额{threshold}元")
        grounds += [f"{PenaltyKind(k).label}属重大执法决定种类" for k in fact(ctx, "kinds") or []
                    if k in case.matter_version.major_kinds and f"{PenaltyKind(k).label}属重大执法决定种类" not in grounds]  # fmt: skip
    ctx.extra["major_reasons"] = grounds
    if not grounds:
        return None
    review = _latest_review(case)
    stale = _review_predates(case, review)
    if review is not None and review.opinion == ReviewOpinion.AGREE and not stale:
        return None
    if review is None:
        detail = "尚未送法制审核。"
    elif stale:
        detail = f"最近一次同意意见（{review.submitted_on}）早于{stale}，须就变化后的案件重新审核。"
    else:
        detail = f"最近一次审核意见为“{review.get_opinion_display()}”。"
    return {"reasons": "；".join(grounds), "detail": detail}


def _review_predates(case, review) -> str:
    """What happened after the review was assigned that it could not have examined ('' if nothing): a new
    调查终结 (a changed proposal) or the hearing, whose record the decision rests on (第六十五条)."""
    if review is None:
        return ""
    later = case.steps.filter(action__in=("conclude", "hold_hearing"), on__gt=review.assigned_on)
    last = later.order_by("-on").values_list("label", "on").first()
    return f"{last[0]}（{last[1]}）" if last else ""


def discussed_when_required(ctx: StepContext) -> dict | None:
    case = ctx.case
    if not case.needs_discussion or case.discussions.exists():
        return None
    why = "；".join(case.proposal.get("discussion_reasons", [])) or "情节复杂或重大违法"
    return {"detail": f"本案须经机关负责人集体讨论决定（{why}），尚无集体讨论记录。"}


def deviation_justified(ctx: StepContext) -> dict | None:
    """A fine outside the benchmark's range needs a written reason, 集体讨论 and an agreed legal review."""
    if fact(ctx, "outcome") != DecisionOutcome.PENALTY:
        return None
    rec = ctx.case.proposal.get("recommendation") or {}
    fine = fact(ctx, "fine_amount")
    low, high = _money(rec.get("fine_low")), _money(rec.get("fine_high"))
    if fine is None or (low is None and high is None):
        return None
    if (low is None or fine >= low) and (high is None or fine <= high):
        return None
    missing = []
    if not ctx.case.proposal.get("deviation_reason"):
        missing.append("书面理由（调查终结报告中的偏离理由）")
    if not ctx.case.discussions.exists():
        missing.append("集体讨论")
    review = _latest_review(ctx.case)
    if review is None or review.opinion != ReviewOpinion.AGREE:
        missing.append("法制审核同意")
    if not missing:
        return None
    return {
        "detail": f"罚款{fine}元超出裁量基准“{rec.get('tier_label', '')}”的幅度（{low}–{high}元），偏离基准须有：{'、'.join(missing)}。"
    }


# --- legal review ---------------------------------------------------------------------------------------------


def reviewer_qualified(ctx: StepContext) -> dict | None:
    from zhifa.accounts.constants import Role
    from zhifa.personnel.models import Person

    case = ctx.case
    reviewer = Person.objects.filter(pk=fact(ctx, "reviewer_id")).select_related("organisation").first()
    if reviewer is None:
        return {"detail": f"人员ID {fact(ctx, 'reviewer_id')} 不存在。"}
    if reviewer.pk in _investigator_ids(case):
        return {"detail": f"{reviewer.name}参与了本案调查，不能审核本案。"}
    own = reviewing_bodies(case)
    own_body = reviewer.organisation.body_id in own
    body_has_reviewers = Person.objects.filter(
        organisation__body_id__in=own, account__role=Role.LEGAL_REVIEWER
    ).exists()
    if not own_body and body_has_reviewers:
        return {"detail": f"{case.organisation.name}有本机关的法制审核人员，应由本机关审核。"}
    if not own_body and not may_assist(reviewer.organisation, case.organisation):
        return {
            "detail": f"{reviewer.name}所在的{reviewer.organisation.name}不是本机关的上级部门、司法局或所在街道的司法所，不能协助审核。"
        }
    reviewed_before = reviewer.legal_reviews.exclude(opinion="").exists() or (
        reviewer.legal_review_since is not None and reviewer.legal_review_since < ctx.on
    )
    if not reviewed_before and not reviewer.has_legal_qualification:
        return {
            "detail": f"{reviewer.name}初次从事法制审核（本平台无其审核记录，人员档案未登记从事法制审核起始日），须取得法律职业资格。"
        }
    return None


def reviewing_bodies(case) -> set[int]:
    """The bodies whose 法制审核人员 review ``case`` as its own: the 执法主体, and for a street's case its
    综合行政执法队 too. An entrusted case is reviewed by the entrusting body, which answers for the decision
    (《行政处罚法》第二十条第三款), not by the entrusted organisation."""
    own = {case.organisation.body_id or case.organisation.pk}
    if case.handled_by_id and case.entrustment_id is None:
        own.add(case.handled_by.body_id or case.handled_by_id)
    return own


def may_assist(helper_org, body) -> bool:
    """A reviewer of the body's superior department or of the 司法局 may assist a body that has none; for a street
    or township, so may its 司法所."""
    from zhifa.organisations.constants import Category

    if helper_org.category == Category.JUSTICE_BUREAU:
        return True
    if helper_org.category == Category.JUSTICE_OFFICE and helper_org.street_id == body.pk:
        return True
    return body.parent_id is not None and helper_org.body_id == body.parent_id


def open_review(case):
    return case.reviews.filter(opinion="").order_by("-id").first()


def actor_is_reviewer(ctx: StepContext) -> dict | None:
    review = open_review(ctx.case)
    if review is None:
        return {"reviewer": "无待审核记录"}
    if ctx.by.person_id == review.reviewer_id:
        return None
    return {"reviewer": review.reviewer.name}


def findings_complete(ctx: StepContext) -> dict | None:
    from .constants import REVIEW_ITEMS, Finding

    given = {f.item: f for f in fact(ctx, "findings") or []}
    unknown = [i for i in given if i not in dict(REVIEW_ITEMS)]
    missing = [label for code, label in REVIEW_ITEMS if code not in given]
    unexplained = [
        dict(REVIEW_ITEMS)[c]
        for c, f in given.items()
        if f.finding == Finding.FAIL and not f.note.strip() and c not in unknown
    ]
    parts = []
    if missing:
        parts.append("缺少“" + "”“".join(missing) + "”")
    if unknown:
        parts.append("未知事项 " + "、".join(unknown))
    if unexplained:
        parts.append("“" + "”“".join(unexplained) + "”认定不符合但未说明问题")
    return {"detail": "；".join(parts) + "。"} if parts else None


def agree_has_no_failures(ctx: StepContext) -> dict | None:
    from .constants import Finding

    failed = [f.item for f in fact(ctx, "findings") or [] if f.finding == Finding.FAIL]
    if failed:
        return {"detail": "有审核事项认定为“不符合”的，不能出具“同意”意见，应出具“纠正后再审”或“移送”意见。"}
    return None


# --- other steps ----------------------------------------------------------------------------------------------


def officer_on_case(ctx: StepContext) -> dict | None:
    row = ctx.case.officers.filter(person_id=fact(ctx, "person_id")).first()
    if row is None:
        return {"detail": f"人员ID {fact(ctx, 'person_id')} 不是本案承办人员。"}
    if row.recused_on is not None:
        return {"detail": f"{row.person.name}已于{row.recused_on}回避。"}
    remaining = ctx.case.officers.filter(recused_on__isnull=True).exclude(pk=row.pk).count()
    if remaining < 2:
        return {"detail": "回避后承办人员不足两人，须先增派执法人员。"}
    return None


def officer_assignable(ctx: StepContext) -> dict | None:
    from zhifa.personnel.models import Person

    person = Person.objects.filter(pk=fact(ctx, "person_id")).first()
    if person is None:
        return {"detail": f"人员ID {fact(ctx, 'person_id')} 不存在。"}
    if ctx.case.officers.filter(person=person).exists():
        return {"detail": f"{person.name}已是本案承办人员（回避的人员不得再承办本案）。"}
    why = officer_problem(ctx, person)
    return {"detail": why + "。"} if why else None


def extension_allowed(ctx: StepContext) -> dict | None:
    done = ctx.case.steps.filter(action="extend").count()
    allowed = int(get_param("penalty.max_extensions"))
    if done < allowed or fact(ctx, "collective"):
        return None
    return {
        "detail": f"已经负责人批准延长{done}次；再次延长须经负责人集体讨论决定（勾选“经负责人集体讨论决定”）。"
    }


def outstanding(case, today: date) -> Decimal:
    """What the party still owes: the fine, the surcharge so far, less what was paid. The surcharge stops
    accruing on the day the payments recorded reached the fine (a fine paid in time owes none); with an approved
    instalment plan it accrues per missed instalment."""
    fine = case.fine_amount or Decimal("0")
    extra = Decimal("0")
    plan, payments = payment_plan(case), _payments(case)
    if plan:
        extra = deadlines.plan_surcharge(plan, payments, today, fine)
    elif case.payment_due_on:
        settled = _fine_paid_on(payments, fine)
        extra = deadlines.surcharge(fine, case.payment_due_on, min(today, settled) if settled else today)
    return max(fine + extra - case.paid_amount, Decimal("0"))


def _payments(case) -> list[tuple[date, Decimal]]:
    rows = case.steps.filter(action="record_payment").order_by("on", "id").values_list("on", "data")
    return [(on, Decimal(str((data or {}).get("amount") or 0))) for on, data in rows]


def payment_plan(case) -> list[deadlines.Instalment]:
    """The latest approved instalment plan (延期（分期）缴纳), as the step recorded it; [] when there is none.
    Payments made before the plan was approved were already taken off the amount it splits, so they count first."""
    step = case.steps.filter(action="defer_payment").order_by("-on", "-id").first()
    schedule = (step.data or {}).get("schedule") if step else None
    if not schedule:
        return []
    before = sum((a for on, a in _payments(case) if on < step.on), Decimal("0"))
    plan = [deadlines.Instalment(date.fromisoformat(i["due_on"]), Decimal(i["amount"])) for i in schedule]
    return [deadlines.Instalment(step.on, before), *plan] if before else plan


def _fine_paid_on(payments: list[tuple[date, Decimal]], fine: Decimal) -> date | None:
    """The day the payments recorded (登记缴款, in date order) added up to the fine, or None."""
    total = Decimal("0")
    for on, amount in payments:
        total += amount
        if total >= fine:
            return on
    return None


def payment_not_more_than_owed(ctx: StepContext) -> dict | None:
    owed = outstanding(ctx.case, ctx.on)
    if fact(ctx, "amount") <= owed:
        return None
    return {
        "detail": f"缴纳金额{fact(ctx, 'amount')}元超过应缴未缴的{owed}元（罚款及至{ctx.on}的加处罚款）。"
    }


def nothing_owed(ctx: StepContext) -> dict | None:
    owed = outstanding(ctx.case, ctx.on)
    if owed == 0:
        return None
    return {"detail": f"当事人尚欠{owed}元（罚款及加处罚款）未缴纳，不能认定执行完毕。"}


def payment_overdue(ctx: StepContext) -> dict | None:
    case = ctx.case
    plan = payment_plan(case)
    missed = [
        i for i, paid in zip(plan, deadlines.settled_on(plan, _payments(case)), strict=True)
        if paid is None and i.due_on < ctx.on
    ]  # fmt: skip
    if plan and missed and outstanding(case, ctx.on) > 0:
        return None  # an instalment was missed: the body may apply without waiting for the last one
    if case.payment_due_on is None or ctx.on <= case.payment_due_on:
        return {"detail": f"缴款期限（{case.payment_due_on}）尚未届满，不能申请强制执行。"}
    if outstanding(case, ctx.on) == 0:
        return {"detail": "罚款已缴清，无须申请强制执行。"}
    return None


def deferral_later(ctx: StepContext) -> dict | None:
    case = ctx.case
    if (
        case.payment_due_on
        and fact(ctx, "new_due_on") > case.payment_due_on
        and case.paid_amount < (case.fine_amount or 0)
    ):
        return None
    return {"detail": "延期或分期的缴款期限须晚于原期限，且罚款尚未缴清。"}


def simple_within_limits(ctx: StepContext) -> dict | None:
    kinds = set(fact(ctx, "kinds") or [])
    allowed = {PenaltyKind.WARNING, PenaltyKind.FINE}
    if kinds - allowed:
        names = "、".join(str(PenaltyKind(k).label) for k in sorted(kinds - allowed))
        return {"detail": f"简易程序只能给予警告或罚款，不能给予{names}。"}
    party = fact(ctx, "party")
    party_type = ctx.extra.get("party_type", "person")
    limit = Decimal("200") if party_type == "person" else Decimal("3000")
    fine = fact(ctx, "fine_amount")
    if PenaltyKind.FINE in kinds and not fine:
        return {"detail": "处罚种类含罚款的，须填写罚款金额。"}
    if fine is not None and fine > limit:
        who = "公民" if party_type == "person" else "法人或者其他组织"
        return {"detail": f"对{who}（{party.name}）罚款{fine}元超过简易程序限额{limit}元，应当适用普通程序。"}
    return None


def closing_ready(ctx: StepContext) -> dict | None:
    case = ctx.case
    if case.state == "transferred" and not _since_last(case, "police_filed", "hand_over"):
        return {"detail": "公安机关尚未决定立案，不能结案（不予立案的，应依法作出处理）。"}
    running = case.deadlines.filter(status="running").exclude(kind__in=["decision"])
    names = "、".join(sorted({d.get_kind_display() for d in running}))
    if names:
        return {"detail": f"仍有未完成的期限事项：{names}。"}
    return None


# --- 先行登记保存 and 移送 ----------------------------------------------------------------------------------------


def _open_since(case, opened: str, closed: tuple[str, ...]) -> bool:
    """True when the last ``opened`` step has no ``closed`` step after it."""
    last = None
    for action in (
        case.steps.filter(action__in=(opened, *closed)).order_by("at", "id").values_list("action", flat=True)
    ):
        last = action
    return last == opened


def preservation_open(ctx: StepContext) -> dict | None:
    if _open_since(ctx.case, "preserve", ("handle_preserved",)):
        return None
    return {"detail": "本案没有待处理的先行登记保存证据。"}


def preservation_handled(ctx: StepContext) -> dict | None:
    if not _open_since(ctx.case, "preserve", ("handle_preserved",)):
        return None
    return {"detail": "先行登记保存的证据尚未作出处理决定（应在七日内作出），不能调查终结。"}


def transfer_not_pending(ctx: StepContext) -> dict | None:
    if _open_since(ctx.case, "propose_transfer", ("transfer", "decline_transfer")):
        return {"detail": "已有待负责人审批的移送报告，不能重复报告。"}
    return None


def transfer_pending(ctx: StepContext) -> dict | None:
    if _open_since(ctx.case, "propose_transfer", ("transfer", "decline_transfer")):
        return None
    return {
        "detail": "须先由两名以上执法人员组成的专案组提出移送报告（附调查报告、涉案物品清单），再由正职负责人审批。"
    }


def _since_last(case, action: str, after: str) -> bool:
    """True when an ``action`` step was taken after the last ``after`` step."""
    steps = list(
        case.steps.filter(action__in=(action, after)).order_by("at", "id").values_list("action", flat=True)
    )
    last = max((i for i, a in enumerate(steps) if a == after), default=-1)
    return action in steps[last + 1 :]


def _running(case, kind: str):
    return case.deadlines.filter(kind=kind, status="running").order_by("-id").first()


def objection_in_time(ctx: StepContext) -> dict | None:
    running = _running(ctx.case, "objection")
    if running is not None and ctx.on <= running.due_on:
        return None
    due = f"（期限至{running.due_on}）" if running else ""
    return {
        "detail": f"提请复议或建议立案监督应在接到不予立案通知书（复议决定）之日起三日内提出{due}，已逾期；应依法作出处理。"
    }


def reconsideration_once(ctx: StepContext) -> dict | None:
    if _since_last(ctx.case, "request_reconsideration", "hand_over"):
        return {"detail": "已就本次移送提请过复议；对复议决定仍有异议的，可建议人民检察院进行立案监督。"}
    return None


def supervision_after_reconsideration(ctx: StepContext) -> dict | None:
    case = ctx.case
    if not _since_last(case, "request_reconsideration", "hand_over"):
        return {"detail": "须先提请公安机关复议；对复议决定仍有异议的，才建议人民检察院立案监督。"}
    if _since_last(case, "request_supervision", "hand_over"):
        return {"detail": "已建议人民检察院进行立案监督。"}
    return None


def items_due(ctx: StepContext) -> dict | None:
    if _running(ctx.case, "items_handover") is not None:
        return None
    return {"detail": "公安机关立案后才移交涉案物品，且移送报告须列有涉案物品清单。"}


# --- 音像记录 (执法全过程记录) ------------------------------------------------------------------------------------

# The procedure step each 音像记录环节 records (catalog.AVStep): 当场处罚 is recorded before it is filed (备案).
AV_STEP_OF = {
    "inspect_site": AVStep.ON_SITE_INSPECTION, "inquire": AVStep.INVESTIGATION,
    "preserve": AVStep.EVIDENCE_PRESERVATION, "hold_hearing": AVStep.HEARING, "serve": AVStep.SERVICE,
    "file_record": AVStep.ON_SITE_DECISION,
}  # fmt: skip


def av_step_required(version, action: str, method: str = "") -> str | None:
    """The 音像记录环节 that ``action`` must have on record for a matter of ``version`` (None: no recording needed):
    the matter's 音像记录事项清单 and the acts every matter must record (legal-rules §2). Service needs it when
    the document is left at the party's place (留置送达)."""
    av_step = AV_STEP_OF.get(action)
    if av_step is None or (action == "serve" and method != ServiceMethod.LEFT):
        return None
    return av_step if av_step in {*version.av_steps, *MANDATORY_AV_STEPS} else None


def av_day(ctx: StepContext) -> date:
    return ctx.case.decided_on if ctx.action == "file_record" else ctx.on


def av_recorded(ctx: StepContext) -> dict | None:
    from zhifa.evidence.constants import EvidenceKind
    from zhifa.evidence.models import EvidenceItem

    case, version = ctx.case, ctx.case.matter_version
    av_step = av_step_required(version, ctx.action, str(fact(ctx, "method", "") or ""))
    if av_step is None:
        return None
    day = av_day(ctx)
    items = EvidenceItem.objects.filter(case=case, kind=EvidenceKind.AUDIO_VISUAL, av_step=av_step,
                                        step__isnull=True, recorded_at__date=day)  # fmt: skip
    ctx.extra["av_items"] = list(items.values_list("pk", flat=True))
    if ctx.extra["av_items"]:
        return None
    label = AVStep(av_step).label
    return {"detail": f"事项“{version.name}”的音像记录事项清单要求对“{label}”全程音像记录：请先在本案登记{day}的"
                      f"音像记录（视听资料，音像记录环节选“{label}”），再办理本步骤。"}  # fmt: skip
