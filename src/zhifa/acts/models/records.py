"""执法行为记录: a 行政征收、征用、确认、给付、奖励 or 裁决 decision as recorded, with its version history."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import DeadlineRecord, StepRecord, TimeStampedModel

from ..constants import ACT_KIND_CHOICES, ActState


class ActRecord(TimeStampedModel):
    """执法行为记录: one decision of 行政征收、征用、确认、给付、奖励 or 裁决 taken by an enforcement body on a matter
    of its 执法事项清单 — who it concerns, when it was decided, what was decided, its 文号 and amount — enough for the
    行政执法统计年报 (legal-rules §9) and for publication (§2).

    Nothing is lost: a correction is a new row (``version`` + 1) that ``supersedes`` the old one, which stays as
    已更正; a revocation keeps the row as 已撤销 with its reason, day and actor. Benefit payments may be recorded as
    one aggregated row per matter and month (``aggregated``: no party, the number of recipients and the total).
    """

    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("执法主体"), on_delete=models.PROTECT,
        related_name="act_records", help_text=_("作出决定的行政执法主体。"),
    )  # fmt: skip
    kind = models.CharField(
        _("行为类型"), max_length=20, choices=ACT_KIND_CHOICES,
        help_text=_("行政征收、征用、确认、给付、奖励或裁决（与事项类型一致）。"),
    )  # fmt: skip
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("执法事项"), on_delete=models.PROTECT, related_name="+",
        help_text=_("执法事项清单中的事项。"),
    )  # fmt: skip
    matter_version = models.ForeignKey(
        "catalog.MatterVersion", verbose_name=_("事项版本"), on_delete=models.PROTECT, related_name="+",
        help_text=_("决定之日施行的事项版本。"),
    )  # fmt: skip
    party = models.ForeignKey(
        "cases.Party", verbose_name=_("当事人"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="act_records", help_text=_("行为的相对人；按月汇总的给付记录为空。"),
    )  # fmt: skip
    decided_on = models.DateField(_("决定日期"), db_index=True, help_text=_("作出决定之日。"))
    decision = models.TextField(
        _("决定内容"), help_text=_("决定了什么（征收标准与数额、确认结论、奖励内容等）。")
    )
    number = models.CharField(_("文号"), max_length=100, help_text=_("决定文书的文号，同一执法主体内唯一。"))
    amount = models.DecimalField(
        _("金额（元）"), max_digits=16, decimal_places=2, null=True, blank=True,
        help_text=_("征收、给付必填；征用补偿、奖金等可填；汇总记录为当月合计金额。"),
    )  # fmt: skip
    aggregated = models.BooleanField(
        _("按月汇总"), default=False, help_text=_("行政给付按事项、按月汇总登记的记录。")
    )
    period = models.DateField(
        _("汇总月份"), null=True, blank=True, help_text=_("汇总记录所属月份（记为该月第一日）。")
    )
    recipients = models.PositiveIntegerField(
        _("给付人次"), null=True, blank=True, help_text=_("汇总记录所含的给付对象人次。")
    )
    basis = models.TextField(_("法律依据"), blank=True, help_text=_("引自事项版本的设定依据与实施依据。"))
    officers = models.JSONField(
        _("执法人员"),
        default=list,
        blank=True,
        help_text=_("作出决定的执法人员：人员ID、姓名、当日所持执法证号。"),
    )
    to_publish = models.BooleanField(
        _("应当公开"), default=True, help_text=_("是否公开；涉及自然人隐私的确认等不公开。")
    )
    publish_due_on = models.DateField(
        _("公开期限"), null=True, blank=True, help_text=_("决定之日起若干工作日内公开的最后一日。")
    )
    published_on = models.DateField(_("公开日期"), null=True, blank=True, help_text=_("实际公开之日。"))
    state = models.CharField(
        _("状态"), max_length=12, choices=ActState.choices, default=ActState.NEW, db_index=True,
        help_text=_("有效、已更正或已撤销。"),
    )  # fmt: skip
    version = models.PositiveSmallIntegerField(_("版本"), default=1, help_text=_("第几版（更正一次加一）。"))
    supersedes = models.OneToOneField(
        "self", verbose_name=_("更正前记录"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="superseded_by", help_text=_("本版本所更正的上一版本。"),
    )  # fmt: skip
    correction_reason = models.TextField(_("更正理由"), blank=True, help_text=_("本版本更正上一版本的理由。"))
    revoked_on = models.DateField(_("撤销日期"), null=True, blank=True, help_text=_("决定被撤销之日。"))
    revoke_reason = models.TextField(_("撤销理由"), blank=True, help_text=_("撤销决定的理由。"))
    revoked_by = models.CharField(_("撤销人"), max_length=200, blank=True, help_text=_("登记撤销的账号。"))

    class Meta:
        verbose_name = _("执法行为记录")
        verbose_name_plural = _("执法行为记录")
        ordering = ["-decided_on", "-id"]
        indexes = [models.Index(fields=["organisation", "kind", "decided_on"], name="act_body_kind_day")]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "number"], condition=~Q(state="corrected"), name="act_number_unique_per_body",
                violation_error_message=_("该执法主体已有相同文号的记录。"),
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0), name="act_amount_not_negative",
                violation_error_message=_("金额不得为负数。"),
            ),
            models.CheckConstraint(
                condition=Q(aggregated=False, party__isnull=False)
                | Q(aggregated=True, party__isnull=True, kind="payment", period__isnull=False,
                    recipients__isnull=False),
                name="act_party_or_aggregated",
                violation_error_message=_("非汇总记录须有当事人；汇总记录仅限行政给付，须有月份与人次、不得有当事人。"),
            ),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.number}（{self.get_kind_display()}）"

    @property
    def count(self) -> int:
        """How many acts the row stands for in the statistics (件次): its recipients if aggregated, else one."""
        return (self.recipients or 0) if self.aggregated else 1


class ActStep(StepRecord):
    """执法行为记录的办理步骤 (登记、更正、撤销、公开): append-only."""

    record = models.ForeignKey(
        ActRecord, verbose_name=_("执法行为记录"), on_delete=models.CASCADE, related_name="steps",
        help_text=_("步骤所属的执法行为记录。"),
    )  # fmt: skip

    class Meta(StepRecord.Meta):
        verbose_name = _("执法行为步骤")
        verbose_name_plural = _("执法行为步骤")


class ActDeadline(DeadlineRecord):
    """执法行为记录的期限 (公开期限)."""

    record = models.ForeignKey(
        ActRecord, verbose_name=_("执法行为记录"), on_delete=models.CASCADE, related_name="deadlines",
        help_text=_("期限所属的执法行为记录。"),
    )  # fmt: skip

    class Meta(DeadlineRecord.Meta):
        verbose_name = _("执法行为期限")
        verbose_name_plural = _("执法行为期限")
