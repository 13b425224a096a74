from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    """Abstract base: when a row was created and last changed."""

    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True, help_text=_("记录创建的时间。"))
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True, help_text=_("记录最后修改的时间。"))

    class Meta:
        abstract = True
