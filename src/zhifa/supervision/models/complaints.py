from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

from ..constants import ComplaintChannel, ComplaintStatus


class Complaint(TimeStampedModel):
    """执法投诉: a complaint about an enforcement body's handling of a matter (12345 hotline, letters, online).

    The supervision module builds its handling on this register; the catalog's delegation report counts the
    complaints against streets for each delegated matter (seed 000 §8: 街道普遍接不住、监管跟不上的职权事项).
    """

    number = models.CharField(
        _("投诉编号"), max_length=60, unique=True, help_text=_("投诉登记编号（如12345工单号）。")
    )
    channel = models.CharField(
        _("渠道"), max_length=12, choices=ComplaintChannel.choices, help_text=_("投诉来源渠道。")
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("被投诉主体"), on_delete=models.PROTECT,
        related_name="complaints", help_text=_("被投诉的执法主体或街道/乡镇。"),
    )  # fmt: skip
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("事项"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="complaints", help_text=_("投诉涉及的执法事项。"),
    )  # fmt: skip
    case = models.ForeignKey(
        "cases.Case", verbose_name=_("案件"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="complaints", help_text=_("投诉涉及的案件。"),
    )  # fmt: skip
    summary = models.CharField(_("投诉摘要"), max_length=300, help_text=_("投诉内容摘要。"))
    received_on = models.DateField(_("收到日期"), help_text=_("收到投诉之日。"))
    status = models.CharField(
        _("状态"),
        max_length=12,
        choices=ComplaintStatus.choices,
        default=ComplaintStatus.OPEN,
        help_text=_("办理状态。"),
    )
    closed_on = models.DateField(_("办结日期"), null=True, blank=True, help_text=_("投诉办结之日。"))
    substantiated = models.BooleanField(
        _("查证属实"), null=True, blank=True, help_text=_("经核查投诉是否属实。")
    )

    class Meta:
        verbose_name = _("执法投诉")
        verbose_name_plural = _("执法投诉")
        ordering = ["-received_on", "-id"]

    def __str__(self) -> str:
        return f"{self.number} {self.summary}"
