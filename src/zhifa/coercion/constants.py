"""Choices of the coercion app (行政强制), each with the article it comes from (house style R11)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

L = "《中华人民共和国行政强制法》"


class MeasureKind(models.TextChoices):
    """行政强制措施的种类 (第九条; 限制人身自由 is not handled by this platform)."""

    SEAL = "seal", _("查封场所、设施或者财物")
    SEIZE = "seize", _("扣押财物")
    FREEZE = "freeze", _("冻结存款、汇款")
    OTHER = "other", _("其他行政强制措施")


# Measures taken on site, which must be recorded on audio/video in any case (国办发〔2018〕118号; legal-rules §2).
ON_SITE_KINDS = frozenset({MeasureKind.SEAL, MeasureKind.SEIZE, MeasureKind.OTHER})
# Measures with an inventory of the things sealed or seized (第二十四条).
INVENTORY_KINDS = frozenset({MeasureKind.SEAL, MeasureKind.SEIZE})


class ReleaseGround(models.TextChoices):
    """解除查封、扣押（冻结）的情形 (第二十八条、第三十三条)."""

    NO_VIOLATION = "no_violation", _("当事人没有违法行为")
    UNRELATED = "unrelated", _("查封、扣押的场所、设施或者财物与违法行为无关")
    HANDLED = "handled", _("已对违法行为作出处理决定，不再需要采取措施")
    EXPIRED = "expired", _("期限已经届满")
    NOT_APPROVED = "not_approved", _("负责人认为不应当采取行政强制措施（第十九条）")
    OTHER = "other", _("其他不再需要采取措施的情形")


class DisposalKind(models.TextChoices):
    """依法处理查封、扣押、冻结的财物 (第二十六条第三款、第三十三条；没收、销毁、划拨须有法律依据)."""

    CONFISCATE = "confiscate", _("依法没收")
    DESTROY = "destroy", _("依法销毁")
    TRANSFER = "transfer", _("依法划拨")
    AUCTION = "auction", _("鲜活易腐物品依法拍卖或者变卖")


class SuspendGround(models.TextChoices):
    """中止执行的情形 (第三十九条)."""

    HARDSHIP = "hardship", _("当事人履行行政决定确有困难或者暂无履行能力")
    THIRD_PARTY = "third_party", _("第三人对执行标的主张权利，确有理由")
    HARM = "harm", _("执行可能造成难以弥补的损失，且中止执行不损害公共利益")
    OTHER = "other", _("行政机关认为需要中止执行的其他情形")


class TerminateGround(models.TextChoices):
    """终结执行的情形 (第四十条)."""

    DEATH = "death", _("公民死亡，无遗产可供执行，又无义务承受人")
    DISSOLVED = "dissolved", _("法人或者其他组织终止，无财产可供执行，又无义务承受人")
    OBJECT_GONE = "object_gone", _("执行标的灭失")
    REVOKED = "revoked", _("据以执行的行政决定被撤销")
    OTHER = "other", _("行政机关认为需要终结执行的其他情形")
    LONG_SUSPENDED = "long_suspended", _("中止执行满三年未恢复（第三十九条第二款）")


class ExecutionManner(models.TextChoices):
    """行政强制执行的方式 (第十二条)."""

    SURCHARGE = "surcharge", _("加处罚款或者滞纳金")
    TRANSFER = "transfer", _("划拨存款、汇款")
    AUCTION = "auction", _("拍卖或者依法处理查封、扣押的场所、设施或者财物")
    REMOVAL = "removal", _("排除妨碍、恢复原状")
    SUBSTITUTE = "substitute", _("代履行")
    OTHER = "other", _("其他强制执行方式")


class CourtRuling(models.TextChoices):
    ENFORCE = "enforce", _("裁定执行")
    REFUSE = "refuse", _("裁定不予执行")


class DeadlineKind(models.TextChoices):
    PERIOD = "period", _("查封扣押（冻结）期限")
    REPORT = "report", _("紧急实施后报告负责人（二十四小时）")
    FREEZE_NOTICE = "freeze_notice", _("交付冻结决定书（三日）")
    REMINDER = "reminder", _("催告履行期限")
    COURT = "court", _("申请人民法院强制执行期限")
