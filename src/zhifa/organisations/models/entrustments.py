from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

from ..constants import EntrustmentStatus


class Entrustment(TimeStampedModel):
    """行政执法委托: a body entrusts an organisation to enforce matters in the body's name
    (《行政处罚法》第二十条: written entrustment, published, the entrusting body supervises and answers for it).

    Until the catalog of matters exists, the matters are a free list of names. An entrustment grants nothing
    outside its term or after termination (``is_effective_on``).
    """

    entrusting = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("委托机关"), on_delete=models.PROTECT,
        related_name="entrustments_given", help_text=_("作出委托的行政机关。"),
    )  # fmt: skip
    entrusted = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("受委托组织"), on_delete=models.PROTECT,
        related_name="entrustments_received", help_text=_("接受委托、以委托机关名义实施的组织。"),
    )  # fmt: skip
    matters = models.JSONField(
        _("委托事项"), default=list, help_text=_("委托的执法事项名称列表（事项清单上线后关联事项）。")
    )
    valid_from = models.DateField(_("委托起始日"), help_text=_("委托期限的第一日。"))
    valid_until = models.DateField(_("委托截止日"), help_text=_("委托期限的最后一日（含）。"))
    letter = models.ForeignKey(
        "core.StoredFile", verbose_name=_("委托书"), on_delete=models.PROTECT, related_name="+",
        help_text=_("书面委托书（PDF 或图片），按内容摘要存储。"),
    )  # fmt: skip
    letter_number = models.CharField(_("委托书文号"), max_length=100, help_text=_("委托书的文号。"))
    status = models.CharField(
        _("状态"),
        max_length=12,
        choices=EntrustmentStatus.choices,
        default=EntrustmentStatus.ACTIVE,
        help_text=_("有效或已终止。"),
    )
    terminated_on = models.DateField(
        _("终止日期"), null=True, blank=True, help_text=_("提前终止委托的日期。")
    )
    termination_reason = models.TextField(_("终止原因"), blank=True, help_text=_("提前终止的原因。"))

    class Meta:
        verbose_name = _("行政执法委托")
        verbose_name_plural = _("行政执法委托")
        ordering = ["-valid_from", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__gte=models.F("valid_from")),
                name="entrustment_term_ordered",
                violation_error_message=_("委托截止日不得早于起始日。"),
            ),
            models.CheckConstraint(
                condition=~models.Q(entrusting=models.F("entrusted")),
                name="entrustment_not_self",
                violation_error_message=_("委托机关与受委托组织不能相同。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entrusting} → {self.entrusted}（{self.letter_number}）"

    def is_effective_on(self, day: date) -> bool:
        """Effective on ``day``: not terminated before it and inside the term."""
        if self.terminated_on and day >= self.terminated_on:
            return False
        return self.valid_from <= day <= self.valid_until

    def days_to_expiry(self, today: date) -> int:
        return (self.valid_until - today).days
