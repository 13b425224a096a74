from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseSource(models.TextChoices):
    """Where a case record comes from: handled in zhifa, or imported from a departmental system."""

    ZHIFA = "zhifa", _("本平台办理")
    IMPORTED = "imported", _("部门系统导入")


class CaseStatus(models.TextChoices):
    OPEN = "open", _("办理中")
    CLOSED = "closed", _("已办结")
