from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel


class GuidedListItem(TimeStampedModel):
    """街道综合行政执法事项指导目录条目: a matter that the province or city allows to be delegated to streets and
    townships. seed 000 §8: "各行政执法部门不得自行将目录以外的执法事项下放给街道实施" — a matter version may be
    marked 赋权 only when its basic code is on this list."""

    basic_code = models.CharField(
        _("基本编码"), max_length=32, unique=True, help_text=_("指导目录所列事项的基本编码。")
    )
    name = models.CharField(_("事项名称"), max_length=300, help_text=_("指导目录中的事项名称。"))
    source = models.CharField(
        _("指导目录文件"), max_length=300, help_text=_("发布该指导目录的文件名称与文号。")
    )
    listed_on = models.DateField(_("列入日期"), help_text=_("该事项列入指导目录的日期。"))
    removed_on = models.DateField(
        _("移出日期"), null=True, blank=True, help_text=_("该事项移出指导目录的日期；为空表示仍在目录中。")
    )

    class Meta:
        verbose_name = _("街道赋权指导目录事项")
        verbose_name_plural = _("街道赋权指导目录事项")
        ordering = ["basic_code"]

    def __str__(self) -> str:
        return f"{self.basic_code} {self.name}"

    def is_listed_on(self, day) -> bool:
        return self.listed_on <= day and (self.removed_on is None or day < self.removed_on)
