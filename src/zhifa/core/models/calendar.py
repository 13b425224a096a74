from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import TimeStampedModel


class CalendarOverride(TimeStampedModel):
    """工作日调整: a day whose working status differs from the national calendar package.

    Used for regional ethnic holidays (《全国年节及纪念日放假办法》第四条), corrections, and years the
    chinesecalendar package does not cover yet. ``region_code`` empty = the whole deployment; otherwise the
    override applies inside that GB/T 2260 region.
    """

    class Kind(models.TextChoices):
        HOLIDAY = "holiday", _("休息日（放假）")
        WORKDAY = "workday", _("工作日（调休上班）")

    day = models.DateField(_("日期"), help_text=_("被调整的日期。"))
    kind = models.CharField(
        _("调整为"), max_length=10, choices=Kind.choices, help_text=_("该日调整后的性质。")
    )
    region_code = models.CharField(
        _("适用区划"), max_length=6, blank=True, help_text=_("为空表示全部署适用；否则仅适用于该行政区划。")
    )
    name = models.CharField(_("名称"), max_length=100, help_text=_("如“三月三”“中秋节调整”。"))
    source = models.CharField(_("依据"), max_length=300, blank=True, help_text=_("通知文号或其他依据。"))

    class Meta:
        verbose_name = _("工作日调整")
        verbose_name_plural = _("工作日调整")
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["day", "region_code"], name="calendar_override_unique_day")
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.get_kind_display()} {self.name}"
