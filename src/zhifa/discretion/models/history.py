from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import Outcome, PartyType


class PartyViolation(models.Model):
    """违法记录: a penalty decision against a party for a matter, as the discretion calculator reads it for
    首违不罚 and repeat offences (《行政处罚法》第三十三条第一款).

    The case procedure appends a row when a decision is made; decisions from departmental systems are imported
    with ``source`` "imported". ``party_key`` is the SHA-256 of the normalised 统一社会信用代码 or 身份证号, so
    the history can be matched without keeping a second copy of an ID number.
    """

    party_key = models.CharField(
        _("当事人标识"), max_length=64, db_index=True, help_text=_("证件号码的 SHA-256。")
    )
    party_name = models.CharField(_("当事人"), max_length=200, help_text=_("当事人名称或姓名。"))
    party_type = models.CharField(
        _("当事人类型"), max_length=12, choices=PartyType.choices, help_text=_("自然人或组织。")
    )
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("事项"), on_delete=models.PROTECT, related_name="violations",
        help_text=_("违法行为所属的事项。"),
    )  # fmt: skip
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("作出决定的主体"), on_delete=models.PROTECT,
        related_name="violations", help_text=_("作出处罚决定的执法主体。"),
    )  # fmt: skip
    act_date = models.DateField(_("违法行为日期"), help_text=_("违法行为发生（或终了）之日。"))
    decided_on = models.DateField(_("决定日期"), help_text=_("处罚决定作出之日。"))
    outcome = models.CharField(
        _("裁量档次"), max_length=12, choices=Outcome.choices, help_text=_("决定适用的档次。")
    )
    reference = models.CharField(_("决定书文号"), max_length=100, help_text=_("处罚决定书文号。"))
    source = models.CharField(
        _("来源"), max_length=20, default="zhifa", help_text=_("zhifa 办案或外部系统导入。")
    )
    created_at = models.DateTimeField(_("登记时间"), auto_now_add=True, help_text=_("记录写入的时间。"))

    class Meta:
        verbose_name = _("违法记录")
        verbose_name_plural = _("违法记录")
        ordering = ["-decided_on", "-id"]
        indexes = [models.Index(fields=["party_key", "matter"], name="violation_party_matter")]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "reference"], name="violation_reference_unique")
        ]

    def __str__(self) -> str:
        return f"{self.party_name} {self.reference}"
