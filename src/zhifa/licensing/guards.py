"""The guards of the licensing procedures: each returns None when its rule holds, else the values of its message.

A guard reads the ``core.stepping.ActContext`` the service builds (the locked application or licence, the step's
facts, the actor, the day the step took place, the officers named); it may read the database but never writes.
"""

from __future__ import annotations

from zhifa.catalog.constants import MatterKind
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.core.parameters import describe_param, get_param
from zhifa.personnel.selectors import officer_shortfall

from . import parameters as P
from .constants import CancellationGround, ExcludedKind
from .domain import deadlines as dl


def fact(ctx, name: str, default=None):
    return getattr(ctx.facts, name, default)


def _blank(value) -> bool:
    return not (value or "").strip()


def clean_list(items) -> list[str]:
    """A list of material names without blanks or repeats, in the order given."""
    return list(dict.fromkeys(i.strip() for i in items or [] if i and i.strip()))


# --- both procedures ------------------------------------------------------------------------------------------


def step_date(ctx) -> dict | None:
    """A step is dated no later than today and no earlier than the previous step."""
    if ctx.on > ctx.today:
        return {"detail": f"实施日期 {ctx.on} 晚于今天（{ctx.today}）。"}
    if not ctx.obj.pk:
        return None
    last = ctx.obj.steps.order_by("-on", "-id").values_list("on", flat=True).first()
    if last and ctx.on < last:
        return {"detail": f"实施日期 {ctx.on} 早于上一步骤的日期 {last}。"}
    return None


def body_exercises_matter(ctx) -> dict | None:
    """The matter is a licence matter, and the body exercises it on the day (本级行政执法事项清单)."""
    obj = ctx.obj
    version = obj.matter_version
    if version.kind != MatterKind.LICENCE:
        return {"detail": f"事项“{version.name}”属于{version.get_kind_display()}，不能按行政许可程序办理。"}
    if not matters_exercised_by(obj.organisation, ctx.on).filter(matter_id=obj.matter_id).exists():
        return {
            "detail": f"{obj.organisation.name}在{ctx.on}的执法事项清单中没有“{version.name}”，无权实施该许可。"
        }
    return None


def reasons_and_remedies(ctx) -> dict | None:
    """A refusal (of the licence or of its renewal) states its reasons and the remedies (第三十八条)."""
    missing = [label for name, label in (("reasons", "理由"), ("remedies", "申请行政复议或者提起行政诉讼的权利"))
               if _blank(fact(ctx, name))]  # fmt: skip
    if missing:
        return {"detail": f"不予许可的书面决定须写明{'和'.join(missing)}。"}
    return None


# --- acceptance (第三十二条) -----------------------------------------------------------------------------------


def within_acceptance_window(ctx) -> dict | None:
    """Before acceptance, a completion request or a rejection must come within 5 working days of receipt."""
    obj = ctx.obj
    if obj.state != "received" or not dl.acceptance_deemed(obj.received_on, ctx.on, ctx.cal):
        return None
    due = dl.acceptance_due(obj.received_on, ctx.cal)
    return {"detail": f"申请材料于 {obj.received_on} 收到，受理期限已于 {due} 届满；逾期未告知补正的，"
                      f"自收到申请材料之日起即为受理，应当办理受理（视为受理）并进行审查。"}  # fmt: skip


def completion_not_requested(ctx) -> dict | None:
    requested = ctx.obj.completion_requested_on
    return None if requested is None else {"requested_on": requested}


def completion_list_given(ctx) -> dict | None:
    return None if clean_list(fact(ctx, "missing")) else {}


def supplement_complete(ctx) -> dict | None:
    supplied = set(clean_list(fact(ctx, "materials")))
    missing = [m for m in ctx.obj.missing_materials if m not in supplied]
    return {"missing": "、".join(missing)} if missing else None


def rejection_reasons(ctx) -> dict | None:
    return {} if _blank(fact(ctx, "reason")) else None


# --- review and hearing ---------------------------------------------------------------------------------------


def on_site_staff(ctx) -> dict | None:
    """实地核查 by two or more staff holding valid certificates of the body (auxiliaries never count)."""
    if not fact(ctx, "on_site"):
        return None
    why = officer_shortfall(ctx.officers, fact(ctx, "officer_ids") or [], [ctx.obj.organisation], ctx.on)
    return {"detail": why} if why else None


def hearing_request_in_time(ctx) -> dict | None:
    told = ctx.obj.hearing_told_on
    due = dl.hearing_request_due(told, ctx.cal)
    return {"told": told, "due": due, "on": ctx.on} if ctx.on > due else None


def hearing_window_over(ctx) -> dict | None:
    due = dl.hearing_request_due(ctx.obj.hearing_told_on, ctx.cal)
    if ctx.on > due or not _blank(fact(ctx, "reason")):
        return None
    return {"due": due}


def hearing_chair_independent(ctx) -> dict | None:
    from zhifa.personnel.models import Person

    chair = Person.objects.filter(pk=fact(ctx, "chair_id")).first()
    if chair is None:
        return {"detail": f"听证主持人（人员ID {fact(ctx, 'chair_id')}）不存在。"}
    if chair.pk in (ctx.obj.reviewer_ids or []):
        return {"detail": f"{chair.name}审查过该申请，不能主持听证。"}
    ctx.extra["chair"] = chair
    return None


def hearing_notice_in_time(ctx) -> dict | None:
    obj, served, scheduled = ctx.obj, fact(ctx, "notice_served_on"), fact(ctx, "scheduled_on")
    earliest = dl.hearing_earliest(served, ctx.cal)
    if served < (obj.hearing_told_on or obj.received_on):
        return {"detail": f"听证通知送达日 {served} 早于告知听证权利或公告之日 {obj.hearing_told_on}。"}
    if scheduled < earliest:
        return {
            "detail": f"应于举行听证的七日前通知：通知送达于 {served}，听证最早可定于 {earliest}，拟定于 {scheduled}。"
        }
    if obj.hearing_requested_on and scheduled > (
        due := dl.hearing_hold_due(obj.hearing_requested_on, ctx.cal)
    ):
        return {
            "detail": f"听证申请于 {obj.hearing_requested_on} 提出，应在 {due} 前组织听证，拟定于 {scheduled}。"
        }
    return None


# --- time (第四十二条, 第四十五条) ---------------------------------------------------------------------------------


def current_decision_due(obj, cal):
    start = dl.decision_start(obj.received_on, obj.accepted_on, obj.deemed_accepted)
    return dl.decision_due(start, cal, extended=obj.extended_on is not None, excluded=obj.excluded_days)


def excluded_time_noticed(ctx) -> dict | None:
    if fact(ctx, "kind") == ExcludedKind.HEARING:
        return {"detail": "听证所需时间由听证步骤（公告或告知听证权利至举行听证）自动扣除，不在此登记。"}
    if _blank(fact(ctx, "notice")):
        return {"detail": "须将所需时间书面告知申请人，并登记书面告知的内容。"}
    return None


def extension_allowed(ctx) -> dict | None:
    obj = ctx.obj
    if obj.extended_on is not None:
        return {"detail": f"决定期限已于 {obj.extended_on} 经批准延长十日，只能延长一次。"}
    if _blank(fact(ctx, "reason")):
        return {"detail": "延长须写明理由（应将延长期限的理由告知申请人）。"}
    due = current_decision_due(obj, ctx.cal)
    if ctx.on > due:
        return {"detail": f"二十日的决定期限已于 {due} 届满，不能再批准延长。"}
    return None


def accepted(ctx) -> dict | None:
    return None if ctx.obj.accepted_on is not None else {}


def term_in_order(ctx) -> dict | None:
    start = fact(ctx, "valid_from") or ctx.on
    until = fact(ctx, "valid_until")
    if until is not None and until < start:
        return {"detail": f"有效期届满日 {until} 早于起始日 {start}。"}
    return None


def granted(ctx) -> dict | None:
    application = getattr(ctx.obj, "application", ctx.obj)
    return None if application.decision == "granted" else {}


# --- the licence's life (第四十九条, 第五十条, 第八条, 第六十九条, 第七十条) -----------------------------------------


def renewal_in_time(ctx) -> dict | None:
    licence = ctx.obj
    if licence.valid_until is None:
        return {"detail": "该许可长期有效，无需延续。"}
    lead = int(get_param(P.RENEWAL_LEAD_DAYS))
    latest = dl.renewal_latest(licence.valid_until, lead)
    if ctx.on > latest:
        return {"detail": f"有效期届满日为 {licence.valid_until}，应在届满{lead}日前（{latest} 前）提出延续申请，"
                          f"申请日为 {ctx.on}（{describe_param(P.RENEWAL_LEAD_DAYS)}）。"}  # fmt: skip
    return None


def before_expiry(ctx) -> dict | None:
    until = ctx.obj.valid_until
    return {"valid_until": until} if until and dl.renewal_deemed(until, ctx.on) else None


def new_term_later(ctx) -> dict | None:
    until, new = ctx.obj.valid_until, fact(ctx, "valid_until")
    if until and new <= until:
        return {"detail": f"延续后的有效期届满日 {new} 应晚于原届满日 {until}。"}
    return None


def after_expiry(ctx) -> dict | None:
    until = ctx.obj.valid_until
    return None if until and dl.renewal_deemed(until, ctx.on) else {"valid_until": until}


def expired(ctx) -> dict | None:
    until = ctx.obj.valid_until
    if until is None:
        return {"detail": "该许可长期有效，不会过期。"}
    if ctx.on <= until:
        return {"detail": f"有效期至 {until}，尚未届满。"}
    return None


def annulment_reasoned(ctx) -> dict | None:
    if _blank(fact(ctx, "reason")):
        return {"detail": "撤销、撤回或注销须写明事实与理由。"}
    return None


def cancellation_grounds(ctx) -> dict | None:
    if (missing := annulment_reasoned(ctx)) is not None:
        return missing
    licence, ground = ctx.obj, fact(ctx, "ground")
    if ground == CancellationGround.ANNULLED and licence.state not in ("revoked", "withdrawn"):
        return {"detail": "以“许可被撤销、撤回”为由注销的，须先作出撤销或撤回决定。"}
    if ground == CancellationGround.EXPIRED and not (licence.valid_until and ctx.on > licence.valid_until):
        return {
            "detail": f"以“有效期届满未延续”为由注销的，须在有效期（至 {licence.valid_until or '长期'}）届满后。"
        }
    return None
