"""Choices of the recorded acts (行政征收、征用、确认、给付、奖励、裁决)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.catalog.constants import MatterKind

# The six kinds of 执法行为 recorded here (the other kinds run their own procedures: 处罚、许可、强制、检查).
ACT_KINDS = (
    MatterKind.LEVY,
    MatterKind.REQUISITION,
    MatterKind.CONFIRMATION,
    MatterKind.PAYMENT,
    MatterKind.REWARD,
    MatterKind.ADJUDICATION,
)
ACT_KIND_CHOICES = [(k.value, k.label) for k in ACT_KINDS]

# Kinds whose decision states an amount the statistics add up (征收金额、给付金额).
AMOUNT_REQUIRED = frozenset({MatterKind.LEVY, MatterKind.PAYMENT})
# Kinds that touch property or settle a dispute between parties: taken by two certified officers
# (《行政强制法》第十八条 and the 行政执法 "两人以上" practice of 国办发〔2018〕118号 for acts with major effect).
TWO_OFFICERS = frozenset({MatterKind.REQUISITION, MatterKind.ADJUDICATION})
# The only kind that may be recorded as a monthly total (one row per matter and month, seed 003: 286,547 payments).
AGGREGATABLE = frozenset({MatterKind.PAYMENT})


class ActDeadlineKind(models.TextChoices):
    PUBLISH = "publish", _("执法决定公开期限")


class ActState(models.TextChoices):
    """执法行为记录的状态: a record is 有效 until a correction supersedes it (已更正) or it is revoked (已撤销)."""

    NEW = "new", _("新建")
    VALID = "valid", _("有效")
    CORRECTED = "corrected", _("已更正")
    REVOKED = "revoked", _("已撤销")
