from django.db import models
from django.utils.translation import gettext_lazy as _


class ComplaintChannel(models.TextChoices):
    HOTLINE = "12345", _("12345热线")
    LETTER = "letter", _("来信来访")
    ONLINE = "online", _("网上投诉")
    REFERRAL = "referral", _("上级交办")


class ComplaintStatus(models.TextChoices):
    OPEN = "open", _("办理中")
    CLOSED = "closed", _("已办结")
