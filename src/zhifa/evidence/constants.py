from django.db import models
from django.utils.translation import gettext_lazy as _


class EvidenceKind(models.TextChoices):
    """The eight kinds of evidence (《中华人民共和国行政处罚法》第四十六条第一款)."""

    DOCUMENTARY = "documentary", _("书证")
    PHYSICAL = "physical", _("物证")
    AUDIO_VISUAL = "audio_visual", _("视听资料")
    ELECTRONIC = "electronic", _("电子数据")
    WITNESS = "witness", _("证人证言")
    PARTY_STATEMENT = "party_statement", _("当事人的陈述")
    EXPERT_OPINION = "expert_opinion", _("鉴定意见")
    RECORD = "record", _("勘验笔录、现场笔录")


# Kinds whose content is the file itself: an item of these kinds cannot be saved without it.
FILE_REQUIRED = frozenset({EvidenceKind.AUDIO_VISUAL, EvidenceKind.ELECTRONIC})


class CaseFileStatus(models.TextChoices):
    ARCHIVED = "archived", _("已归档")
    DESTRUCTION_PROPOSED = "destruction_proposed", _("拟销毁（待审批）")
    DESTROYED = "destroyed", _("已销毁")


class DestructionDecision(models.TextChoices):
    PENDING = "pending", _("待审批")
    APPROVED = "approved", _("批准销毁")
    REJECTED = "rejected", _("不予销毁（继续保存）")
