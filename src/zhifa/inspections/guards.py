"""The guards of the inspection procedure: each returns None when its rule holds, else the values of its message.

A guard reads the ``core.stepping.ActContext`` (the locked inspection as ``ctx.obj``, the step's facts, the actor,
the day, the officers named; ``ctx.extra`` holds the uploaded recording) and may read the database; it never
writes. The table in ``inspections.workflow`` says which guards protect which step.
"""

from __future__ import annotations

from django.utils import timezone

from zhifa.catalog.constants import AVStep, MatterKind
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.core.parameters import describe_param, get_param
from zhifa.personnel.selectors import officer_shortfall

from . import parameters as P
from .constants import CAP_EXEMPT_TRIGGERS, Answer, InspectionTrigger
from .domain.deadlines import over_cap


def fact(ctx, name: str, default=None):
    return getattr(ctx.facts, name, default)


# --- when and who -----------------------------------------------------------------------------------------------


def step_date(ctx) -> dict | None:
    """A step is dated no later than today and no earlier than the step before it."""
    if ctx.on > ctx.today:
        return {"detail": f"实施日期 {ctx.on} 晚于今天（{ctx.today}），不能预先记录。"}
    last = ctx.obj.steps.order_by("-on").first() if ctx.obj.pk else None
    if last is not None and ctx.on < last.on:
        return {"detail": f"实施日期 {ctx.on} 早于上一步骤“{last.label}”的日期 {last.on}。"}
    return None


def two_certified_officers(ctx) -> dict | None:
    ids = list(dict.fromkeys(fact(ctx, "officer_ids") or []))
    why = officer_shortfall(ctx.officers, ids, [ctx.obj.organisation], ctx.on)
    return {"detail": f"行政检查{why}"} if why else None


# --- what may be inspected --------------------------------------------------------------------------------------


def inspection_matter(ctx) -> dict | None:
    version = ctx.obj.matter_version
    if version.kind != MatterKind.INSPECTION:
        return {"detail": f"事项“{version.name}”属于{version.get_kind_display()}，不是行政检查事项。"}
    return None


def published_item(ctx) -> dict | None:
    """The item must be a published inspection item (抽查事项) of the body, in force on the day of the step."""
    obj = ctx.obj
    published = matters_exercised_by(obj.organisation, ctx.on).filter(
        matter_id=obj.matter_id, inspection_item=True
    )
    if published.exists():
        return None
    return {"name": obj.matter_version.name, "on": ctx.on, "body": obj.organisation.name}


def year_count(obj) -> int:
    """Inspections of the target by the body in the inspection's year (refused or cancelled ones do not count)."""
    from .models import Inspection, InspectionState

    qs = Inspection.objects.filter(organisation_id=obj.organisation_id, party_id=obj.party_id, year=obj.year)
    qs = qs.exclude(state__in=[InspectionState.NOT_APPROVED, InspectionState.CANCELLED])
    return qs.exclude(pk=obj.pk).count() if obj.pk else qs.count()


def within_annual_cap(ctx) -> dict | None:
    obj = ctx.obj
    cap = int(get_param(P.ANNUAL_CAP))
    count = year_count(obj)
    if not over_cap(count, cap):
        return None
    head = (f"{obj.organisation.name}{obj.year}年已对{obj.party.name}检查{count}次，"
            f"达到年度频次上限{cap}次（{describe_param(P.ANNUAL_CAP)}）")  # fmt: skip
    if obj.trigger not in CAP_EXEMPT_TRIGGERS:
        label = InspectionTrigger(obj.trigger).label
        return {"detail": f"{head}，不得再进行{label}；投诉举报、上级交办、专项检查须说明理由。"}
    if len(obj.trigger_reason.strip()) < 2:
        return {"detail": f"{head}；因{InspectionTrigger(obj.trigger).label}超出上限检查的，须写明启动理由。"}
    return None


# --- approval, notice, arrival ----------------------------------------------------------------------------------


def approved_before(ctx) -> dict | None:
    obj = ctx.obj
    if not obj.approval_number or obj.approved_on is None:
        return {"detail": "检查未经负责人审批（检查审批表），不得实施。"}
    if obj.approved_on > ctx.on:
        return {"detail": f"检查于 {obj.approved_on} 才获批准，不能在 {ctx.on} 实施。"}
    return None


def approval_number_unique(ctx) -> dict | None:
    from .models import Inspection

    number = fact(ctx, "approval_number", "").strip()
    clash = Inspection.objects.filter(organisation_id=ctx.obj.organisation_id, approval_number=number)
    if clash.exclude(pk=ctx.obj.pk).exists():
        return {"detail": f"审批编号“{number}”已用于本机关的其他检查。"}
    return None


def notice_given(ctx) -> dict | None:
    if fact(ctx, "notified"):
        return None if fact(ctx, "method") else {"detail": "已事先告知的，须写明告知方式。"}
    if len(fact(ctx, "no_notice_reason", "").strip()) < 2:
        return {"detail": "不事先告知企业的，须说明理由（如核查投诉举报、防止证据灭失）。"}
    return None


def scanned_on_arrival(ctx) -> dict | None:
    scanned = fact(ctx, "scanned_at")
    if scanned > timezone.now():
        return {"detail": f"扫码时间 {timezone.localtime(scanned):%Y-%m-%d %H:%M} 晚于现在。"}
    if timezone.localtime(scanned).date() != ctx.on:
        return {"detail": f"扫码时间 {timezone.localtime(scanned):%Y-%m-%d %H:%M} 不在入企当日（{ctx.on}）。"}
    return None


# --- the on-site record -----------------------------------------------------------------------------------------


def checklist_answered(ctx) -> dict | None:
    items = list(ctx.obj.matter_version.checklist or [])
    answered = [e.item for e in fact(ctx, "checklist", [])]
    problems = []
    if missing := [i for i in items if i not in answered]:
        problems.append("未作结论的项目：" + "、".join(missing))
    if unknown := [i for i in answered if i not in items]:
        problems.append("不在本事项检查清单中的项目：" + "、".join(unknown))
    if len(set(answered)) != len(answered):
        problems.append("同一项目填写了多次")
    if not problems:
        return None
    return {
        "detail": f"检查清单（{len(items)}项）须逐项作出“符合/不符合/不适用”的结论："
        + "；".join(problems)
        + "。"
    }


def av_required(version, trigger: str) -> str | None:
    """The 环节 the matter's 音像记录事项清单 requires on audio/video for this inspection, or None."""
    steps = set(version.av_steps or [])
    if trigger == InspectionTrigger.RANDOM and AVStep.RANDOM_INSPECTION in steps:
        return str(AVStep.RANDOM_INSPECTION.label)
    if AVStep.ON_SITE_INSPECTION in steps:
        return str(AVStep.ON_SITE_INSPECTION.label)
    return None


def av_recorded(ctx) -> dict | None:
    step = av_required(ctx.obj.matter_version, ctx.obj.trigger)
    if step is None or ctx.extra.get("upload") is not None:
        return None
    return {"name": ctx.obj.matter_version.name, "step": step}


def failed_answers(facts) -> int:
    return sum(1 for e in getattr(facts, "checklist", []) if e.answer == Answer.FAIL)


# --- results ----------------------------------------------------------------------------------------------------


def no_failed_items(ctx) -> dict | None:
    if ctx.obj.failed_items:
        return {"detail": f"检查清单有{ctx.obj.failed_items}项“不符合”，不能作出“未发现问题”的结论。"}
    return None


def some_failed_item(ctx) -> dict | None:
    if not ctx.obj.failed_items:
        return {
            "detail": "检查清单没有“不符合”的项目，不能责令改正；检查中发现清单外违法行为的，应立案查处。"
        }
    return None


def correction_overdue(ctx) -> dict | None:
    due = ctx.obj.correction_due
    if due is not None and ctx.on <= due:
        return {"detail": f"改正期限至 {due} 届满，期满前不能认定“未改正”（可在期满前复查认定已改正）。"}
    return None


def penalty_matter_of_body(ctx) -> dict | None:
    matter_id = fact(ctx, "penalty_matter_id")
    exercised = matters_exercised_by(ctx.obj.organisation, ctx.on).filter(matter_id=matter_id)
    version = exercised.first()
    if version is None:
        return {"detail": f"事项ID {matter_id} 不在{ctx.obj.organisation.name}{ctx.on}的执法事项清单中。"}
    if version.kind != MatterKind.PENALTY:
        return {"detail": f"事项“{version.name}”不是行政处罚事项，不能据以立案查处。"}
    return None
