"""Choices of the licensing app (行政许可)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

LAW = "《中华人民共和国行政许可法》"


class Decision(models.TextChoices):
    GRANTED = "granted", _("准予行政许可")
    REFUSED = "refused", _("不予行政许可")


class DeadlineKind(models.TextChoices):
    ACCEPTANCE = "acceptance", _("受理期限（5个工作日）")
    DECISION = "decision", _("作出许可决定期限")
    CERTIFICATE = "certificate", _("颁发、送达证件期限（10个工作日）")
    HEARING_REQUEST = "hearing_request", _("听证申请期限（5个工作日）")
    HEARING_HOLD = "hearing_hold", _("组织听证期限（20个工作日）")
    RENEWAL_DECISION = "renewal_decision", _("延续决定期限（有效期届满前）")


class ExcludedKind(models.TextChoices):
    """第四十五条: time that does not count in the periods of 第四十二条—第四十四条."""

    HEARING = "hearing", _("听证")
    TENDER = "tender", _("招标")
    AUCTION = "auction", _("拍卖")
    TESTING = "testing", _("检验")
    DETECTION = "detection", _("检测")
    QUARANTINE = "quarantine", _("检疫")
    APPRAISAL = "appraisal", _("鉴定")
    EXPERT_REVIEW = "expert_review", _("专家评审")


class HearingKind(models.TextChoices):
    STATUTORY = "statutory", _("法定应当听证（第四十六条）")
    PUBLIC_INTEREST = "public_interest", _("涉及公共利益的重大事项（第四十六条）")
    MAJOR_INTEREST = "major_interest", _("涉及申请人与他人重大利益关系（第四十七条）")


class RevocationGround(models.TextChoices):
    """第六十九条 grounds for 撤销."""

    ABUSE = "abuse", _("工作人员滥用职权、玩忽职守作出准予决定（第六十九条第一款第一项）")
    ULTRA_VIRES = "ultra_vires", _("超越法定职权作出准予决定（第一款第二项）")
    PROCEDURE = "procedure", _("违反法定程序作出准予决定（第一款第三项）")
    UNQUALIFIED = "unqualified", _("对不具备申请资格或者不符合法定条件的申请人准予许可（第一款第四项）")
    OTHER = "other", _("依法可以撤销的其他情形（第一款第五项）")
    FRAUD = "fraud", _("以欺骗、贿赂等不正当手段取得（第二款，应当撤销）")


class WithdrawalGround(models.TextChoices):
    """第八条第二款 grounds for 撤回 (and 变更 by the body)."""

    LAW_CHANGED = "law_changed", _("所依据的法律、法规、规章修改或者废止")
    FACTS_CHANGED = "facts_changed", _("准予许可所依据的客观情况发生重大变化")


class CancellationGround(models.TextChoices):
    """第七十条 grounds for 注销."""

    EXPIRED = "expired", _("有效期届满未延续（第一项）")
    DEATH = "death", _("赋予公民特定资格的，该公民死亡或者丧失行为能力（第二项）")
    TERMINATED = "terminated", _("法人或者其他组织依法终止（第三项）")
    ANNULLED = "annulled", _("许可依法被撤销、撤回，或者证件依法被吊销（第四项）")
    FORCE_MAJEURE = "force_majeure", _("因不可抗力导致许可事项无法实施（第五项）")
    OTHER = "other", _("法律、法规规定的其他情形（第六项）")


# 文号 series (``LicenceNumberSeries`` kinds) and the word in each number.
NUMBER_WORDS = {
    "lic_application": "许申",
    "lic_receipt": "许受",
    "lic_not_accepted": "许不受",
    "lic_completion": "许补",
    "lic_grant": "许准",
    "lic_refusal": "许不准",
    "lic_certificate": "许证",
}


class ApplicationState(models.TextChoices):
    NEW = "new", _("新建")
    RECEIVED = "received", _("已收件（待受理）")
    AWAITING_COMPLETION = "awaiting_completion", _("已一次告知补正（待补正）")
    SUPPLEMENTED = "supplemented", _("已补正（待受理）")
    ACCEPTED = "accepted", _("已受理（审查中）")
    HEARING_ANNOUNCED = "hearing_announced", _("已公告听证")
    HEARING_NOTIFIED = "hearing_notified", _("已告知听证权利")
    HEARING_REQUESTED = "hearing_requested", _("已申请听证")
    HEARING_SCHEDULED = "hearing_scheduled", _("已通知举行听证")
    HEARD = "heard", _("听证结束（审查中）")
    PAUSED = "paused", _("中止计时（检验、检测、鉴定、专家评审等）")
    GRANTED = "granted", _("准予许可（待颁证）")
    ISSUED = "issued", _("已颁发证件")
    REFUSED = "refused", _("不予许可")
    NOT_ACCEPTED = "not_accepted", _("不予受理")
    WITHDRAWN = "withdrawn", _("申请人撤回")


class LicenceState(models.TextChoices):
    NEW = "new", _("新建")
    VALID = "valid", _("有效")
    CHANGED = "changed", _("已变更")
    RENEWED = "renewed", _("已延续")
    DEEMED_RENEWED = "deemed_renewed", _("视为准予延续")
    RENEWAL_PENDING = "renewal_pending", _("延续申请审查中")
    REVOKED = "revoked", _("已撤销")
    WITHDRAWN = "withdrawn", _("已撤回")
    CANCELLED = "cancelled", _("已注销")
    EXPIRED = "expired", _("已过期")
