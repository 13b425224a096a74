import secrets
from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

from ..workflow import TERMINAL_STATES, CertState


def new_public_token() -> str:
    return secrets.token_urlsafe(12)


class Certificate(TimeStampedModel):
    """行政执法证: one certificate (or application for one) of one person, from 申领 to its end.

    The state changes only through ``certificate_transition``; each step appends a ``CertificateEvent``. A
    reissue after loss creates a new certificate with a new number that points back at the lost one. The
    public verification page is addressed by ``public_token`` (in the QR code) so numbers cannot be enumerated.
    """

    person = models.ForeignKey(
        "personnel.Person", verbose_name=_("持证人"), on_delete=models.PROTECT, related_name="certificates",
        help_text=_("证件持有人。"),
    )  # fmt: skip
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("执法主体"), on_delete=models.PROTECT, related_name="certificates",
        help_text=_("持证人以其名义执法的主体；异动时变更。"),
    )  # fmt: skip
    state = models.CharField(
        _("状态"),
        max_length=20,
        choices=CertState.choices,
        default=CertState.APPLIED,
        db_index=True,
        help_text=_("证件当前状态（由状态历史推得并缓存）。"),
    )
    number = models.CharField(
        _("证号"),
        max_length=40,
        null=True,
        blank=True,
        unique=True,
        help_text=_("发证时分配的唯一证号，永不复用。"),
    )
    domain = models.CharField(
        _("执法类别/领域"), max_length=100, blank=True, help_text=_("证件载明的执法领域。")
    )
    area = models.CharField(_("执法区域"), max_length=100, blank=True, help_text=_("证件载明的执法区域。"))
    issued_on = models.DateField(_("发证日期"), null=True, blank=True, help_text=_("发证日期。"))
    valid_until = models.DateField(_("有效期至"), null=True, blank=True, help_text=_("有效期最后一日。"))
    suspended_until = models.DateField(
        _("暂扣至"), null=True, blank=True, help_text=_("暂扣期限的最后一日。")
    )
    materials = models.JSONField(
        _("已交材料"), default=list, blank=True, help_text=_("申领时提交的材料名称。")
    )
    last_annual_review_year = models.IntegerField(
        _("最近年审年度"), null=True, blank=True, help_text=_("最近一次通过年审所审查的年度。")
    )
    replaces = models.OneToOneField(
        "self", verbose_name=_("补发前原证"), on_delete=models.PROTECT, null=True, blank=True, related_name="replaced_by",
        help_text=_("挂失补发时，被本证替代的原证。"),
    )  # fmt: skip
    public_token = models.CharField(
        _("核验码"),
        max_length=32,
        unique=True,
        default=new_public_token,
        help_text=_("公开核验链接与二维码中的随机码。"),
    )

    class Meta:
        verbose_name = _("行政执法证")
        verbose_name_plural = _("行政执法证")
        ordering = ["-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(state__in=["valid", "suspended", "lost", "withdrawn"])
                | models.Q(number__isnull=False),
                name="certificate_issued_has_number",
                violation_error_message=_("已发证的证件必须有证号。"),
            ),
        ]

    def __str__(self) -> str:
        return self.number or f"申领#{self.pk}"

    @property
    def is_terminal(self) -> bool:
        return self.state in TERMINAL_STATES

    def live_status(self, today: date) -> tuple[str, str]:
        """(code, Chinese label) of the status the public sees today: an expired valid certificate shows as expired."""
        if self.state == CertState.VALID and self.valid_until and self.valid_until < today:
            return "expired", "已过期"
        if self.state == CertState.SUSPENDED and self.suspended_until:
            return "suspended", f"暂扣（至 {self.suspended_until:%Y年%m月%d日}）"
        return self.state, self.get_state_display()


class CertificateEvent(models.Model):
    """证件状态历史: one step of a certificate's life (append-only): from, to, action, reason, actor, time."""

    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("证件"),
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("所属证件。"),
    )
    action = models.CharField(_("操作"), max_length=30, help_text=_("转换表中的操作代码。"))
    from_state = models.CharField(
        _("原状态"), max_length=20, blank=True, help_text=_("操作前状态；申领时为空。")
    )
    to_state = models.CharField(_("新状态"), max_length=20, help_text=_("操作后状态。"))
    reason = models.TextField(_("理由"), help_text=_("操作理由或审查意见。"))
    data = models.JSONField(
        _("操作数据"), default=dict, blank=True, help_text=_("操作相关的数据，如暂扣期限、异动前后机构。")
    )
    actor_label = models.CharField(_("操作人"), max_length=200, help_text=_("操作账号或系统。"))
    actor_id = models.BigIntegerField(_("操作人ID"), null=True, blank=True, help_text=_("操作账号ID。"))
    at = models.DateTimeField(_("时间"), help_text=_("操作时间。"))

    class Meta:
        verbose_name = _("证件状态历史")
        verbose_name_plural = _("证件状态历史")
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.certificate} {self.action}"
