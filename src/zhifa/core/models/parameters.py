from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import TimeStampedModel


class Parameter(TimeStampedModel):
    """参数: an administrator's override of a configurable rule value (see ``zhifa.core.parameters``).

    Values the legal research tagged [S] or [M] are never constants: their default and source live in the
    parameter table in code, and a row here overrides the default for this deployment, with the reason.
    """

    key = models.CharField(
        _("参数键"), max_length=100, unique=True, help_text=_("参数的英文键，如 training.annual_hours。")
    )
    value = models.JSONField(_("取值"), help_text=_("覆盖默认值的取值（JSON）。"))
    source = models.TextField(_("依据"), blank=True, help_text=_("采用该取值的依据（本地文件名、文号等）。"))

    class Meta:
        verbose_name = _("参数")
        verbose_name_plural = _("参数")

    def __str__(self) -> str:
        return self.key
