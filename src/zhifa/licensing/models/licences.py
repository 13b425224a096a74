"""许可证件: the licence a grant produced, and its life (change, renewal, revocation, withdrawal, cancellation)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel
from zhifa.core.models.procedural import DeadlineRecord, StepRecord

from ..constants import LicenceState


class Licence(TimeStampedModel):
    """许可证件/许可决定: the licence held under a grant (《行政许可法》第三十九条), its scope and term, and its
    current status; every change of it is a ``LicenceStep`` of the licence procedure (``licensing.workflow``)."""

    number = models.CharField(_("证件编号"), max_length=60, unique=True, help_text=_("许可证件编号。"))
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("许可机关"), on_delete=models.PROTECT, related_name="licences",
        help_text=_("作出许可决定的行政机关。"),
    )  # fmt: skip
    holder = models.ForeignKey(
        "cases.Party", verbose_name=_("被许可人"), on_delete=models.PROTECT, related_name="licences",
        help_text=_("取得许可的公民、法人或者其他组织。"),
    )  # fmt: skip
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("许可事项"), on_delete=models.PROTECT, related_name="licences",
        help_text=_("许可所属的事项。"),
    )  # fmt: skip
    matter_version = models.ForeignKey(
        "catalog.MatterVersion", verbose_name=_("事项版本"), on_delete=models.PROTECT, related_name="+",
        help_text=_("作出许可决定时施行的事项版本。"),
    )  # fmt: skip
    application = models.OneToOneField(
        "licensing.LicenceApplication", verbose_name=_("许可申请"), on_delete=models.PROTECT, related_name="licence",
        help_text=_("该证件所依据的许可申请。"),
    )  # fmt: skip
    scope = models.TextField(_("许可范围与内容"), help_text=_("许可的事项范围、项目、场所等。"))
    state = models.CharField(
        _("状态"), max_length=30, choices=LicenceState.choices, db_index=True, help_text=_("证件当前状态。")
    )
    state_before_pause = models.CharField(
        _("延续申请前状态"), max_length=30, blank=True, help_text=_("提出延续申请前的状态。")
    )
    issued_on = models.DateField(_("发证日期"), help_text=_("颁发、送达证件之日。"))
    valid_from = models.DateField(_("有效期自"), help_text=_("有效期起始日。"))
    valid_until = models.DateField(
        _("有效期至"), null=True, blank=True, help_text=_("有效期届满日；为空表示长期有效。")
    )
    renewal_requested_on = models.DateField(
        _("延续申请日期"), null=True, blank=True, help_text=_("被许可人提出延续申请之日。")
    )
    ended_on = models.DateField(
        _("失效日期"), null=True, blank=True, help_text=_("撤销、撤回、注销或过期之日。")
    )

    class Meta:
        verbose_name = _("许可证件")
        verbose_name_plural = _("许可证件")
        ordering = ["-issued_on", "-id"]
        indexes = [models.Index(fields=["organisation", "state"]), models.Index(fields=["valid_until"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True)
                | models.Q(valid_until__gte=models.F("valid_from")),
                name="licence_term_order",
            )
        ]

    def __str__(self) -> str:
        return self.number


class LicenceStep(StepRecord):
    """许可证件办理步骤: one step in a licence's life (append-only)."""

    licence = models.ForeignKey(
        Licence, verbose_name=_("许可证件"), on_delete=models.CASCADE, related_name="steps",
        help_text=_("该步骤所属的许可证件。"),
    )  # fmt: skip

    class Meta(StepRecord.Meta):
        verbose_name = _("许可证件办理步骤")
        verbose_name_plural = _("许可证件办理步骤")


class LicenceDeadline(DeadlineRecord):
    """许可证件期限: the renewal decision's deadline (the expiry day, 第五十条)."""

    licence = models.ForeignKey(
        Licence, verbose_name=_("许可证件"), on_delete=models.CASCADE, related_name="deadlines",
        help_text=_("该期限所属的许可证件。"),
    )  # fmt: skip

    class Meta(DeadlineRecord.Meta):
        verbose_name = _("许可证件期限")
        verbose_name_plural = _("许可证件期限")
