from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

from ..constants import CaseSource, CaseStatus


class Case(TimeStampedModel):
    """执法案件: one enforcement case (a penalty case, a licence application, an inspection…) of a matter.

    This is the register every module reads (the catalog's clean-up and delegation reports, statistics); the
    statutory procedure of each kind is added on top of it (issue #4 for penalties). ``matter_version`` is the exact
    catalog version the case applied (house style R8). Cases imported from departmental systems keep their number.
    """

    number = models.CharField(
        _("案件编号"), max_length=60, unique=True, help_text=_("一案一码：全区唯一的案件编号。")
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("办案主体"), on_delete=models.PROTECT, related_name="cases",
        help_text=_("以其名义办理案件的执法主体（含赋权或受委托的街道/乡镇）。"),
    )  # fmt: skip
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("事项"), on_delete=models.PROTECT, related_name="cases",
        help_text=_("案件所属的执法事项。"),
    )  # fmt: skip
    matter_version = models.ForeignKey(
        "catalog.MatterVersion", verbose_name=_("事项版本"), on_delete=models.PROTECT, related_name="cases",
        help_text=_("案件适用的事项版本。"),
    )  # fmt: skip
    title = models.CharField(_("案由"), max_length=300, help_text=_("案件名称或案由。"))
    party_name = models.CharField(_("当事人"), max_length=200, blank=True, help_text=_("当事人名称或姓名。"))
    source = models.CharField(
        _("来源"),
        max_length=12,
        choices=CaseSource.choices,
        default=CaseSource.ZHIFA,
        help_text=_("本平台办理或导入。"),
    )
    status = models.CharField(
        _("状态"),
        max_length=12,
        choices=CaseStatus.choices,
        default=CaseStatus.OPEN,
        help_text=_("办理中或已办结。"),
    )
    registered_on = models.DateField(_("立案/受理日期"), help_text=_("立案或受理之日。"))
    due_on = models.DateField(
        _("办理期限"), null=True, blank=True, help_text=_("法定或承诺办结期限的最后一日。")
    )
    closed_on = models.DateField(_("办结日期"), null=True, blank=True, help_text=_("案件办结之日。"))

    class Meta:
        verbose_name = _("执法案件")
        verbose_name_plural = _("执法案件")
        ordering = ["-registered_on", "-id"]
        indexes = [models.Index(fields=["matter", "registered_on"], name="case_matter_registered")]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    def is_overdue(self, today: date) -> bool:
        """Closed after its deadline, or still open past it."""
        if self.due_on is None:
            return False
        return (self.closed_on or today) > self.due_on
