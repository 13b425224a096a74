"""Vocabulary of discretion benchmarks (行政裁量权基准): outcomes, penalty kinds, circumstances, fine modes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Outcome(models.TextChoices):
    """裁量档次 (legal-rules §4; 《行政处罚法》第三十条至第三十三条)."""

    NO_PENALTY = "no_penalty", _("不予处罚")
    MITIGATED = "mitigated", _("减轻处罚")
    LENIENT = "lenient", _("从轻处罚")
    STANDARD = "standard", _("一般处罚")
    AGGRAVATED = "aggravated", _("从重处罚")


# The 三张清单 are the benchmark entries with these outcomes (seed 003 (四)2).
THREE_LISTS = (Outcome.NO_PENALTY, Outcome.MITIGATED, Outcome.LENIENT)


class PenaltyKind(models.TextChoices):
    """行政处罚的种类 (《行政处罚法》第九条), ordered light → heavy as the annual statistics count them (§9)."""

    WARNING = "warning", _("警告")
    CRITICISM = "criticism", _("通报批评")
    FINE = "fine", _("罚款")
    CONFISCATE_GAIN = "confiscate_gain", _("没收违法所得")
    CONFISCATE_PROPERTY = "confiscate_property", _("没收非法财物")
    SUSPEND_LICENCE = "suspend_licence", _("暂扣许可证件")
    LOWER_QUALIFICATION = "lower_qualification", _("降低资质等级")
    RESTRICT_ACTIVITIES = "restrict_activities", _("限制开展生产经营活动")
    ORDER_SUSPENSION = "order_suspension", _("责令停产停业")
    ORDER_CLOSURE = "order_closure", _("责令关闭")
    RESTRICT_EMPLOYMENT = "restrict_employment", _("限制从业")
    REVOKE_LICENCE = "revoke_licence", _("吊销许可证件")
    DETENTION = "detention", _("行政拘留")
    OTHER = "other", _("法律、行政法规规定的其他行政处罚")


class FineMode(models.TextChoices):
    """How a tier states its fine (legal-rules §4: amount range, or a multiple of illegal gain / goods value)."""

    NONE = "none", _("不处罚款")
    AMOUNT = "amount", _("罚款数额")
    GAIN_MULTIPLE = "gain_multiple", _("违法所得的倍数")
    GOODS_MULTIPLE = "goods_multiple", _("货值金额的倍数")
    TURNOVER_MULTIPLE = "turnover_multiple", _("违法经营额的倍数")
    FEE_MULTIPLE = "fee_multiple", _("广告费用的倍数")


class PartyType(models.TextChoices):
    PERSON = "person", _("自然人")
    ORGANISATION = "organisation", _("法人或其他组织")


class Circumstance(models.TextChoices):
    """Named circumstances a tier's conditions test (裁量情节).

    Flags are asserted by the officer from the facts; the ones marked *derived* are computed by the calculator
    from zhifa's data (the party's earlier decisions for the same matter, the party's age on the act date) and
    from the amounts; a condition on a derived circumstance is never taken from the officer's word alone.
    """

    FIRST_OFFENCE = "first_offence", _("初次违法（derived：本平台无同一事项的在先处罚）")
    REPEAT_WITHIN_YEARS = "repeat_within_years", _("N年内再次实施同一违法行为（derived）")
    MINOR = "minor", _("违法行为轻微")
    NO_HARM = "no_harm", _("没有造成危害后果")
    SLIGHT_HARM = "slight_harm", _("危害后果轻微")
    HARM_CAUSED = "harm_caused", _("造成危害后果")
    SERIOUS_HARM = "serious_harm", _("造成严重危害后果")
    CORRECTED_IN_TIME = "corrected_in_time", _("及时改正")
    REFUSED_CORRECTION = "refused_correction", _("责令改正后拒不改正")
    ELIMINATED_HARM = "eliminated_harm", _("主动消除或者减轻违法行为危害后果")
    COERCED = "coerced", _("受他人胁迫或者诱骗实施违法行为")
    CONFESSED = "confessed", _("主动供述行政机关尚未掌握的违法行为")
    MERITORIOUS = "meritorious", _("配合行政机关查处违法行为有立功表现")
    NO_FAULT = "no_fault", _("有证据足以证明没有主观过错")
    OBSTRUCTED = "obstructed", _("拒绝、阻碍执法或者伪造、隐匿、毁灭证据")
    VULNERABLE_TARGETS = "vulnerable_targets", _("以未成年人、老年人、病残孕等为主要对象")
    DURING_EMERGENCY = "during_emergency", _("在突发事件期间实施")
    UNDER_14 = "under_14", _("不满十四周岁（derived）")
    AGED_14_TO_18 = "aged_14_to_18", _("已满十四周岁不满十八周岁（derived）")
    PARTY_PERSON = "party_person", _("当事人为自然人（derived）")
    PARTY_ORGANISATION = "party_organisation", _("当事人为法人或其他组织（derived）")
    GAIN_BELOW = "gain_below", _("违法所得低于 X 元（derived）")
    GAIN_AT_LEAST = "gain_at_least", _("违法所得不低于 X 元（derived）")
    GOODS_BELOW = "goods_below", _("货值金额低于 X 元（derived）")
    GOODS_AT_LEAST = "goods_at_least", _("货值金额不低于 X 元（derived）")
    TURNOVER_BELOW = "turnover_below", _("违法经营额低于 X 元（derived）")
    TURNOVER_AT_LEAST = "turnover_at_least", _("违法经营额不低于 X 元（derived）")


# Circumstances that take a number: ``repeat_within_years`` years, the amount thresholds in yuan.
VALUED_CIRCUMSTANCES = frozenset({
    Circumstance.REPEAT_WITHIN_YEARS, Circumstance.GAIN_BELOW, Circumstance.GAIN_AT_LEAST,
    Circumstance.GOODS_BELOW, Circumstance.GOODS_AT_LEAST, Circumstance.TURNOVER_BELOW,
    Circumstance.TURNOVER_AT_LEAST,
})  # fmt: skip
DERIVED_CIRCUMSTANCES = VALUED_CIRCUMSTANCES | {
    Circumstance.FIRST_OFFENCE, Circumstance.UNDER_14, Circumstance.AGED_14_TO_18,
    Circumstance.PARTY_PERSON, Circumstance.PARTY_ORGANISATION,
}  # fmt: skip
# Circumstances the officer asserts (a form's checkboxes).
ASSERTED_CIRCUMSTANCES = frozenset(set(Circumstance) - DERIVED_CIRCUMSTANCES)


class BenchmarkLevel(models.TextChoices):
    """Who set the benchmark: a superior department (applies directly) or a body of this deployment."""

    PROVINCE = "province", _("省级部门制定")
    CITY = "city", _("市级部门制定")
    LOCAL = "local", _("本级制定")


class BenchmarkMode(models.TextChoices):
    """seed 000 §5: adopt the superior's benchmark directly, or refine it within its range, or set one where
    no superior benchmark exists."""

    SUPERIOR = "superior", _("上级基准（直接适用）")
    REFINED = "refined", _("细化上级基准")
    OWN = "own", _("自行制定")
