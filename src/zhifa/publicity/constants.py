"""Choices of the publicity app (行政执法公示): what a published record is, where it stands, what changed."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceKind(models.TextChoices):
    """The record a publication comes from (one publication per source record)."""

    PENALTY = "penalty", _("行政处罚案件")
    LICENCE = "licence", _("行政许可申请")
    ACT = "act", _("其他执法行为记录")
    INSPECTION = "inspection", _("行政检查")


class PublicationKind(models.TextChoices):
    """执法决定的类别, as the portal's filter and the annual statistics name them (legal-rules §9)."""

    PENALTY = "penalty", _("行政处罚")
    LICENCE = "licence", _("行政许可")
    INSPECTION = "inspection", _("行政检查结果")
    LEVY = "levy", _("行政征收")
    REQUISITION = "requisition", _("行政征用")
    CONFIRMATION = "confirmation", _("行政确认")
    PAYMENT = "payment", _("行政给付")
    REWARD = "reward", _("行政奖励")
    ADJUDICATION = "adjudication", _("行政裁决")


class PubState(models.TextChoices):
    """公示状态. Only ``PUBLISHED`` with a publication period still running is served on the portal."""

    PENDING = "pending", _("待保密审查")
    HELD = "held", _("不予公开")
    PUBLISHED = "published", _("公示中")
    WITHDRAWN = "withdrawn", _("已撤回")
    EXPIRED = "expired", _("公示期满")
    ENDED = "ended", _("提前停止公示")


class FeedOp(models.TextChoices):
    """What a feed entry reports to the platforms that read the feed (the provincial publicity platform)."""

    PUBLISHED = "published", _("公开")
    UPDATED = "updated", _("更正")
    WITHDRAWN = "withdrawn", _("撤回")
    EXPIRED = "expired", _("公示期满")
    ENDED = "ended", _("提前停止公示")


class WithdrawGround(models.TextChoices):
    """Why a published decision is withdrawn (《行政处罚法》第四十八条第二款)."""

    REVOKED = "revoked", _("决定被撤销")
    CHANGED = "changed", _("决定被变更")
    VOID = "void", _("决定被确认无效")
    ERROR = "error", _("公开信息有误")


class ReportState(models.TextChoices):
    RECEIVED = "received", _("待答复")
    ANSWERED = "answered", _("已答复")


class ReviewMode(models.TextChoices):
    MANUAL = "manual", _("人工保密审查")
    AUTO = "auto", _("依自动公开规则")
