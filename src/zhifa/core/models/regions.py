from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """行政区划: a GB/T 2260 code with its name and the years it was valid.

    Loaded from the list shipped with python-stdnum and editable, because codes change every year
    (民政部 publishes the list); the same code may appear with several names over time.
    """

    code = models.CharField(_("区划代码"), max_length=6, db_index=True, help_text=_("六位行政区划代码。"))
    name = models.CharField(_("名称"), max_length=100, help_text=_("区划名称。"))
    level = models.CharField(_("层级"), max_length=12, help_text=_("province / prefecture / county。"))
    valid_from_year = models.IntegerField(_("启用年份"), null=True, blank=True, help_text=_("为空表示不详。"))
    valid_until_year = models.IntegerField(
        _("停用年份"), null=True, blank=True, help_text=_("为空表示仍在使用。")
    )
    local = models.BooleanField(
        _("本地增补"), default=False, help_text=_("由本部署增补（如演示区域），非国家标准数据。")
    )

    class Meta:
        verbose_name = _("行政区划")
        verbose_name_plural = _("行政区划")
        ordering = ["code"]
        constraints = [models.UniqueConstraint(fields=["code", "name"], name="region_unique_code_name")]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"
