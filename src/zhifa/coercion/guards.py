"""When each coercion rule refuses a step: small functions of the step's context (``core.stepping.ActContext``)
that return None when the rule holds, else the values of the rule's message. The tables (``coercion.workflow``)
attach them to steps."""

from __future__ import annotations

from datetime import time

from django.utils import timezone

from zhifa.catalog.constants import AVStep, MatterKind, StreetDelegation
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.core.parameters import describe_param, get_param
from zhifa.core.storage import AV_TYPES
from zhifa.organisations.constants import SubjectKind
from zhifa.personnel.selectors import officer_shortfall

from .constants import INVENTORY_KINDS, ON_SITE_KINDS, MeasureKind, TerminateGround
from .domain import deadlines as d


def fact(ctx, name: str, default=None):
    return getattr(ctx.facts, name, default)


def local(dt):
    """An aware datetime in Beijing time (a naive one is taken as Beijing time)."""
    return timezone.localtime(dt) if timezone.is_aware(dt) else dt


# --- shared ------------------------------------------------------------------------------------------------------


def step_date(ctx) -> dict | None:
    """A step cannot be dated in the future, nor before the step that came before it."""
    if ctx.on > ctx.today:
        return {"detail": f"实施日期 {ctx.on} 晚于今天（{ctx.today}）。"}
    last = ctx.obj.steps.order_by("-on").values_list("on", flat=True).first() if ctx.obj.pk else None
    if last and ctx.on < last:
        return {"detail": f"实施日期 {ctx.on} 早于上一步骤的日期 {last}；步骤须按实际发生顺序记录。"}
    return None


def officers(needed: int):
    def check(ctx) -> dict | None:
        ids = list(dict.fromkeys(fact(ctx, "officer_ids") or []))
        why = officer_shortfall(ctx.officers, ids, [ctx.obj.organisation], ctx.on, needed=needed)
        return {"detail": f"本步骤{why}"} if why else None

    check.__name__ = f"officers_{needed}"
    return check


def _stored_av(sha: str):
    from zhifa.core.models import StoredFile

    return StoredFile.objects.filter(sha256=sha.lower(), content_type__in=AV_TYPES).first() if sha else None


# --- measures ----------------------------------------------------------------------------------------------------


def body_may_coerce(ctx) -> dict | None:
    """第十七条: the body exercises the coercion matter in its own right; the power cannot be entrusted."""
    m = ctx.obj
    org, version = m.organisation, m.matter_version
    if org.subject_kind == SubjectKind.ENTRUSTED:
        return {"detail": f"{org.name}是受委托组织，行政强制措施权不得委托，不能实施行政强制措施。"}
    if version.kind != MatterKind.COERCION:
        return {"detail": f"事项“{version.name}”属于{version.get_kind_display()}，不是行政强制事项。"}
    entrusted = version.street_delegation == StreetDelegation.ENTRUSTED and version.entrustment_id
    if entrusted and version.entrustment.entrusted_id in (org.pk, org.street_id):
        return {"detail": f"事项“{version.name}”系委托{org.name}实施，行政强制措施权不得委托。"}
    if not matters_exercised_by(org, ctx.on).filter(pk=version.pk).exists():
        return {"detail": f"{org.name}在{ctx.on}的执法事项清单中没有“{version.name}”，无权实施。"}
    if m.case_id and m.case.organisation_id != org.pk:
        return {"detail": f"关联案件{m.case.number}不是{org.name}的案件。"}
    return None


def on_site_record(ctx) -> dict | None:
    """第十八条第（四）至（九）项: the party notified, told and heard; the record signed (or the refusal noted); a
    witness when the party is absent."""
    f = ctx.facts
    if local(f.implemented_at).date() != ctx.on:
        return {"detail": f"实施时间 {local(f.implemented_at):%Y-%m-%d %H:%M} 与实施日期 {ctx.on} 不一致。"}
    if not f.party_notified and not f.party_present:
        return {"detail": "未通知当事人到场（第十八条第（四）项）。"}
    if f.party_present and not f.rights_told:
        return {
            "detail": "未当场告知当事人采取措施的理由、依据以及依法享有的权利、救济途径（第十八条第（五）项）。"
        }
    if f.party_present and not (f.party_signed or f.refusal_note.strip()):
        return {
            "detail": "现场笔录须由当事人签名或盖章；当事人拒绝的，须在笔录中注明（第十八条第（八）项）。"
        }
    if not f.party_present and not f.witness_name.strip():
        return {"detail": "当事人不到场的，须邀请见证人到场并在现场笔录上签名或盖章（第十八条第（九）项）。"}
    return None


def inventory_made(ctx) -> dict | None:
    """第二十四条: the 清单 of what is sealed or seized, in two copies, one handed to the party on the spot;
    第三十一条: a freeze names the account and the amount."""
    f, kind = ctx.facts, ctx.obj.kind
    if kind == MeasureKind.FREEZE and (not f.account.strip() or not f.frozen_amount):
        return {"detail": "冻结须载明冻结的账号和数额（第三十一条第（三）项）。"}
    if kind not in INVENTORY_KINDS:
        return None
    if not f.inventory:
        return {"detail": "查封、扣押须当场制作清单，载明场所、设施或者财物的名称、数量（第二十四条）。"}
    if f.inventory_copies < 2:
        return {"detail": f"清单应一式二份，现为{f.inventory_copies}份（第二十四条第三款）。"}
    if not f.inventory_delivered:
        return {"detail": "清单一份须当场交付当事人（或在场见证人）保存（第二十四条）。"}
    return None


def av_attached(ctx) -> dict | None:
    """查封、扣押 and other on-site coercion cannot be implemented without an audio/video record attached: an upload
    (its SHA-256) or, for a measure serving a penalty case, the case's 视听资料 recording the seizure."""
    m = ctx.obj
    if m.kind not in ON_SITE_KINDS:
        return None
    if stored := _stored_av(fact(ctx, "av_sha256", "")):
        ctx.extra["av_file"] = stored
        return None
    if item := _case_av_item(m, fact(ctx, "av_item_id")):
        ctx.extra["av_item"] = item
        return None
    return {"detail": f"{m.get_kind_display()}属于必须全程音像记录的现场执法活动：请先上传实施过程的音像记录"
                      "（执法记录仪视频等），或选择关联案件中音像记录环节为“查封、扣押”的视听资料，再办理本步骤。"}  # fmt: skip


def _case_av_item(measure, item_id):
    from zhifa.evidence.constants import EvidenceKind
    from zhifa.evidence.models import EvidenceItem

    if not item_id or not measure.case_id:
        return None
    steps = (AVStep.SEIZURE, AVStep.FORCED_DEMOLITION)
    return EvidenceItem.objects.filter(pk=item_id, case_id=measure.case_id, kind=EvidenceKind.AUDIO_VISUAL,
                                       av_step__in=steps).first()  # fmt: skip


def reported_in_time(ctx) -> dict | None:
    """第十九条: reported to the head within 24 hours of the emergency measure."""
    m, reported = ctx.obj, ctx.facts.reported_at
    if d.reported_in_time(m.implemented_at, reported):
        return None
    due = local(d.report_due(m.implemented_at))
    return {"detail": f"措施于 {local(m.implemented_at):%Y-%m-%d %H:%M} 当场实施，应在 {due:%Y-%m-%d %H:%M} 前报告负责人，"
                      f"实际报告时间为 {local(reported):%Y-%m-%d %H:%M}，已超过二十四小时，不能补办批准：应当立即解除措施。"}  # fmt: skip


def _period_limits(kind: str) -> int:
    return d.FREEZE_EXTENSION_MAX if kind == MeasureKind.FREEZE else d.SEIZURE_EXTENSION_MAX


def extension_allowed(ctx) -> dict | None:
    """第二十五条、第三十二条: one extension, by no more than 30 days, with reasons told to the party in writing."""
    m = ctx.obj
    if m.kind == MeasureKind.OTHER:
        return {"detail": "该措施没有法定期限，无需延长。"}
    done = m.steps.filter(action="extend").count()
    if why := d.extension_problem(extensions_so_far=done, days=ctx.facts.days, limit=_period_limits(m.kind)):
        return {"detail": why + "；期限届满应当解除措施或者依法作出处理决定。"}
    if not ctx.facts.reason.strip() or ctx.facts.notified_on is None:
        return {"detail": "延长须说明理由，并书面告知当事人（填写告知日期）。"}
    return None


def within_period(ctx) -> dict | None:
    """第二十八条第（四）项: after the period ends the measure can only be released."""
    m = ctx.obj
    if m.ends_on is None or ctx.on <= m.ends_on:
        return None
    what = {"extend": "延长期限", "record_testing": "扣除检测期间", "dispose": "依法处理"}.get(
        ctx.action, ctx.action
    )
    return {"detail": f"措施期限已于 {m.ends_on} 届满，不能再{what}，应当解除措施。"}


def testing_recorded(ctx) -> dict | None:
    """第二十五条第三款: only 查封、扣押 exclude the testing time, which must be definite and notified in writing."""
    m, f = ctx.obj, ctx.facts
    if m.kind not in INVENTORY_KINDS:
        return {"detail": "只有查封、扣押的期间可以扣除检测、检验、检疫或者技术鉴定的期间。"}
    if f.testing_to < f.testing_from or (m.implemented_on and f.testing_from < m.implemented_on):
        return {
            "detail": f"检测期间 {f.testing_from} 至 {f.testing_to} 不成立（须在措施实施之后，且起止有序）。"
        }
    if f.notified_on is None:
        return {"detail": "检测、检验、检疫或者技术鉴定的期间应当明确，并书面告知当事人（填写告知日期）。"}
    return None


def is_freeze(ctx) -> dict | None:
    if ctx.obj.kind != MeasureKind.FREEZE:
        return {"detail": "只有冻结存款、汇款须交付冻结决定书。"}
    return None


def disposal_lawful(ctx) -> dict | None:
    """第二十六条第三款、第三十三条: confiscation needs the penalty decision it rests on."""
    m = ctx.obj
    if ctx.facts.disposal == "confiscate" and not (m.case_id and m.case.decided_on):
        return {"detail": "依法没收须有已作出的行政处罚决定：请关联已作出决定的处罚案件。"}
    return None


# --- executions --------------------------------------------------------------------------------------------------


def execution_subject(ctx) -> dict | None:
    """The decision to enforce is the body's own, and the party failed to perform it by its deadline (第三十四条)."""
    e = ctx.obj
    if e.case_id and e.case.organisation_id != e.organisation_id:
        return {"detail": f"关联案件{e.case.number}不是{e.organisation.name}的案件。"}
    if e.case_id and e.case.decided_on is None:
        return {"detail": f"关联案件{e.case.number}尚未作出行政处罚决定。"}
    if e.obligation_due_on >= ctx.on:
        return {
            "detail": f"行政决定确定的履行期限至 {e.obligation_due_on} 届满，期限届满前不能催告强制执行（第三十四条）。"
        }
    return None


def reminder_complete(ctx) -> dict | None:
    """第三十五条: the written 催告 states the deadline, the manner, the amount of money, and the right to be heard."""
    f, e = ctx.facts, ctx.obj
    if not f.rights_stated:
        return {"detail": "催告书未载明当事人依法享有的陈述权和申辩权（第三十五条第（四）项）。"}
    if e.principal and not f.reminder_amount:
        return {"detail": "涉及金钱给付的，催告书应当有明确的金额和给付方式（第三十五条第（三）项）。"}
    if f.served_on < ctx.on or f.served_on > ctx.today:
        return {"detail": f"催告书送达日 {f.served_on} 应在催告之日 {ctx.on} 之后、今天之前。"}
    if f.reminder_deadline <= f.served_on:
        return {"detail": f"催告的履行期限 {f.reminder_deadline} 应在送达日 {f.served_on} 之后。"}
    return None


def statement_heard(ctx) -> dict | None:
    """第三十六条: the party's statement is heard and recorded before the decision."""
    if getattr(ctx.facts, "no_statement", False) or ctx.obj.steps.filter(action="hear_statement").exists():
        return None
    return {
        "detail": "作出决定前须记录、复核当事人的陈述申辩；当事人未陈述申辩的，请勾选“当事人未陈述申辩”。"
    }


def has_power(ctx) -> dict | None:
    e = ctx.obj
    if e.direct_power:
        return None
    return {"detail": f"{e.organisation.name}没有法律授予的直接强制执行权，应当申请人民法院强制执行。"}


def lacks_power(ctx) -> dict | None:
    e = ctx.obj
    if not e.direct_power:
        return None
    return {
        "detail": f"{e.organisation.name}依法具有直接强制执行权，应依照第四章自行强制执行，不申请人民法院强制执行。"
    }


def reminder_expired(ctx) -> dict | None:
    """第三十七条: decided after the 催告 period, unless evidence shows assets being moved or hidden."""
    e = ctx.obj
    if ctx.on > e.reminder_deadline:
        return None
    if getattr(ctx.facts, "immediate", False) and ctx.facts.reason.strip():
        return None
    return {"detail": f"催告的履行期限至 {e.reminder_deadline} 届满，期间内不能作出决定；有证据证明有转移或者隐匿财物迹象的，"
                      "可勾选“立即强制执行”并写明证据和理由。"}  # fmt: skip


def _clock(key: str) -> time:
    return time.fromisoformat(str(get_param(key)))


def not_night_or_holiday(ctx) -> dict | None:
    """第四十三条第一款: no execution at night or on a statutory holiday, unless urgent (a reason recorded)."""
    at = local(ctx.facts.executed_at)
    if at.date() != ctx.on:
        return {"detail": f"实施时间 {at:%Y-%m-%d %H:%M} 与实施日期 {ctx.on} 不一致。"}
    night = d.is_night(at.time(), _clock("coercion.night_start"), _clock("coercion.night_end"))
    holiday = d.is_statutory_holiday(
        at.date(), ctx.cal, weekend_is_holiday=bool(get_param("coercion.weekend_is_holiday"))
    )
    if not (night or holiday) or ctx.facts.urgent_reason.strip():
        return None
    when = "夜间" if night else "法定节假日"
    cite = describe_param("coercion.night_start") if night else "本地区节假日日历"
    return {
        "detail": f"{at:%Y-%m-%d %H:%M} 属于{when}（{cite}），不得实施行政强制执行；情况紧急的，须写明紧急理由。"
    }


def no_utility_cut(ctx) -> dict | None:
    if ctx.facts.no_utility_cut:
        return None
    return {"detail": "须声明未对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行。"}


def execution_av(ctx) -> dict | None:
    if stored := _stored_av(ctx.facts.av_sha256):
        ctx.extra["av_file"] = stored
        return None
    return {
        "detail": "现场强制执行属于必须全程音像记录的执法活动：请先上传实施过程的音像记录，再办理本步骤。"
    }


def surcharge_capped(ctx) -> dict | None:
    """第四十五条: the surcharge is told to the party and never exceeds the principal."""
    e, f = ctx.obj, ctx.facts
    if not e.principal:
        return {"detail": "只有金钱给付义务可以加处罚款或者滞纳金。"}
    if e.surcharge_amount >= e.principal:
        return {
            "detail": f"已加处{e.surcharge_amount}元，已达金钱给付义务的数额{e.principal}元，不能再加处。"
        }
    if f.to_on < f.from_on or f.from_on <= e.obligation_due_on:
        return {"detail": f"加处期间应自履行期限 {e.obligation_due_on} 届满后起算，且起止有序。"}
    percent = (
        f.daily_percent if f.daily_percent is not None else get_param("coercion.surcharge_daily_percent")
    )
    days = (f.to_on - f.from_on).days + 1
    computed, _capped = d.surcharge(e.principal, percent, days)
    amount = f.amount if f.amount is not None else min(computed, e.principal - e.surcharge_amount)
    if e.surcharge_amount + amount > e.principal:
        return {
            "detail": f"已加处{e.surcharge_amount}元，本次{amount}元，合计超出金钱给付义务的数额{e.principal}元。"
        }
    ctx.extra["surcharge"] = amount
    return None


def substitute_reminded(ctx) -> dict | None:
    """第五十一条第一款第（二）项: the party is reminded at least three (working) days before substitute performance."""
    e = ctx.obj
    if e.substitute_reminded_on is None:
        return {"detail": "代履行三日前须催告当事人履行，尚无代履行催告记录。"}
    earliest = d.substitute_earliest(e.substitute_reminded_on, ctx.cal)
    if ctx.on < earliest:
        return {
            "detail": f"代履行催告于 {e.substitute_reminded_on}，最早于 {earliest} 实施代履行（三个工作日）。"
        }
    return None


def court_window(ctx) -> dict | None:
    """第五十三条、第五十四条: after the 催告 has been served ten (working) days and the remedy periods expired, and
    within three months of their expiry."""
    window = execution_court_window(ctx.obj, ctx.cal)
    if window.earliest <= ctx.on <= window.latest:
        return None
    return {"detail": f"催告书于 {ctx.obj.reminder_served_on} 送达，十个工作日届满于 {window.ten_days_end}；复议、诉讼期限届满于"
                      f" {window.remedy_end}；可申请的期间为 {window.earliest} 至 {window.latest}，申请日 {ctx.on} 不在其内。"}  # fmt: skip


def execution_court_window(e, cal) -> d.CourtWindow:
    return d.court_window(reminder_served=e.reminder_served_on, decision_served=e.decision_served_on,
                          review_days=int(get_param("coercion.reconsideration_days")),
                          suit_months=int(get_param("coercion.litigation_months")), cal=cal)  # fmt: skip


def termination_ground(ctx) -> dict | None:
    """第三十九条第二款: 'suspended for three years' only after three years of suspension."""
    e = ctx.obj
    if ctx.facts.ground != TerminateGround.LONG_SUSPENDED:
        return None
    if e.suspended_on and d.suspension_long_enough(e.suspended_on, ctx.on):
        return None
    return {"detail": f"中止执行满三年未恢复的才能终结，中止日为 {e.suspended_on or '无'}。"}
