"""许可申请: one application for an administrative licence, from receipt to decision and certificate."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel
from zhifa.core.models.procedural import DeadlineRecord, StepRecord

from ..constants import ApplicationState, Decision, ExcludedKind, HearingKind


class LicenceApplication(TimeStampedModel):
    """许可申请: what an applicant asks a licensing body for under one licence matter (《行政许可法》第二十九条),
    with what the body did about it: receipt, the one complete list of missing materials (第三十二条), acceptance
    (or 视为受理 when the body let 5 working days pass), review and on-site verification (第三十四条), hearing
    (第四十六—四十八条), excluded time (第四十五条), extension (第四十二条) and the decision (第三十八条)."""

    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("许可机关"), on_delete=models.PROTECT,
        related_name="licence_applications", help_text=_("受理并作出许可决定的行政机关。"),
    )  # fmt: skip
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("许可事项"), on_delete=models.PROTECT, related_name="licence_applications",
        help_text=_("行政执法事项清单中的行政许可事项。"),
    )  # fmt: skip
    matter_version = models.ForeignKey(
        "catalog.MatterVersion", verbose_name=_("事项版本"), on_delete=models.PROTECT, related_name="+",
        help_text=_("收到申请之日施行的事项版本。"),
    )  # fmt: skip
    applicant = models.ForeignKey(
        "cases.Party", verbose_name=_("申请人"), on_delete=models.PROTECT, related_name="licence_applications",
        help_text=_("提出申请的公民、法人或者其他组织。"),
    )  # fmt: skip
    number = models.CharField(
        _("申请编号"), max_length=60, unique=True, help_text=_("收件时给出的申请编号。")
    )
    subject = models.TextField(_("申请内容"), help_text=_("申请许可的具体内容（经营项目、场所、范围等）。"))
    state = models.CharField(
        _("环节"),
        max_length=30,
        choices=ApplicationState.choices,
        db_index=True,
        help_text=_("办理所处的环节。"),
    )
    state_before_pause = models.CharField(
        _("中止前环节"),
        max_length=30,
        blank=True,
        help_text=_("中止计时前所处的环节，恢复计时后回到该环节。"),
    )
    received_on = models.DateField(_("收件日期"), help_text=_("收到申请材料之日。"))
    materials = models.JSONField(
        _("已提交材料"), default=list, blank=True, help_text=_("申请人已提交的材料名称。")
    )
    missing_materials = models.JSONField(
        _("需补正材料"), default=list, blank=True, help_text=_("一次告知需要补正的全部内容（第三十二条）。")
    )
    completion_requested_on = models.DateField(
        _("告知补正日期"), null=True, blank=True, help_text=_("一次告知补正之日。")
    )
    supplemented_on = models.DateField(
        _("补正日期"), null=True, blank=True, help_text=_("申请人补齐材料之日。")
    )
    accepted_on = models.DateField(
        _("受理日期"), null=True, blank=True, help_text=_("受理之日；视为受理的，为收到申请材料之日。")
    )
    deemed_accepted = models.BooleanField(
        _("视为受理"),
        default=False,
        help_text=_("逾期未告知补正，自收到申请材料之日起即为受理（第三十二条）。"),
    )
    receipt_number = models.CharField(
        _("受理凭证编号"),
        max_length=60,
        blank=True,
        help_text=_("加盖专用印章、注明日期的受理或不予受理凭证编号。"),
    )
    reviewer_ids = models.JSONField(
        _("审查人员"),
        default=list,
        blank=True,
        help_text=_("审查、核查该申请的工作人员ID（听证主持人不得为其中之一）。"),
    )
    hearing_kind = models.CharField(
        _("听证类型"), max_length=20, choices=HearingKind.choices, blank=True, help_text=_("听证的法定情形。")
    )
    hearing_told_on = models.DateField(
        _("告知听证权利/公告日期"), null=True, blank=True, help_text=_("告知听证权利或发布听证公告之日。")
    )
    hearing_requested_on = models.DateField(
        _("听证申请日期"), null=True, blank=True, help_text=_("申请人、利害关系人提出听证申请之日。")
    )
    hearing_on = models.DateField(_("听证日期"), null=True, blank=True, help_text=_("举行听证之日。"))
    hearing_chair = models.ForeignKey(
        "personnel.Person", verbose_name=_("听证主持人"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", help_text=_("审查人员以外的听证主持人。"),
    )  # fmt: skip
    hearing_held = models.BooleanField(
        _("已举行听证"), default=False, help_text=_("是否已举行听证并制作笔录。")
    )
    excluded_days = models.PositiveIntegerField(
        _("不计入期限的工作日"),
        default=0,
        help_text=_("听证、检验、检测、鉴定、专家评审等已结束的不计时工作日合计。"),
    )
    extended_on = models.DateField(
        _("延长批准日期"), null=True, blank=True, help_text=_("负责人批准延长十日之日（只能一次）。")
    )
    decision = models.CharField(
        _("许可决定"),
        max_length=10,
        choices=Decision.choices,
        blank=True,
        help_text=_("准予或不予行政许可。"),
    )
    decided_on = models.DateField(_("决定日期"), null=True, blank=True, help_text=_("作出许可决定之日。"))
    decision_number = models.CharField(
        _("决定书文号"), max_length=60, blank=True, help_text=_("许可决定书文号。")
    )
    refusal_reasons = models.TextField(
        _("不予许可理由"), blank=True, help_text=_("不予许可的理由（第三十八条）。")
    )
    remedies = models.TextField(
        _("救济途径"), blank=True, help_text=_("申请行政复议或提起行政诉讼的途径与期限（第三十八条）。")
    )
    granted_scope = models.TextField(_("准予许可内容"), blank=True, help_text=_("准予许可的范围与内容。"))
    granted_valid_from = models.DateField(
        _("有效期自"), null=True, blank=True, help_text=_("准予的有效期起始日。")
    )
    granted_valid_until = models.DateField(
        _("有效期至"), null=True, blank=True, help_text=_("准予的有效期届满日；不填为长期有效。")
    )
    issued_on = models.DateField(
        _("颁证日期"), null=True, blank=True, help_text=_("颁发、送达许可证件之日。")
    )

    class Meta:
        verbose_name = _("许可申请")
        verbose_name_plural = _("许可申请")
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["organisation", "state"]), models.Index(fields=["received_on"])]

    def __str__(self) -> str:
        return f"{self.number} {self.subject[:30]}"


class LicenceApplicationStep(StepRecord):
    """许可办理步骤: one step taken on an application (append-only)."""

    application = models.ForeignKey(
        LicenceApplication, verbose_name=_("许可申请"), on_delete=models.CASCADE, related_name="steps",
        help_text=_("该步骤所属的许可申请。"),
    )  # fmt: skip

    class Meta(StepRecord.Meta):
        verbose_name = _("许可办理步骤")
        verbose_name_plural = _("许可办理步骤")


class LicenceApplicationDeadline(DeadlineRecord):
    """许可办理期限: a period of 《行政许可法》 running on an application."""

    application = models.ForeignKey(
        LicenceApplication, verbose_name=_("许可申请"), on_delete=models.CASCADE, related_name="deadlines",
        help_text=_("该期限所属的许可申请。"),
    )  # fmt: skip

    class Meta(DeadlineRecord.Meta):
        verbose_name = _("许可办理期限")
        verbose_name_plural = _("许可办理期限")


class ExcludedPeriod(models.Model):
    """不计入期限的时间: a 听证、检验、检测、检疫、鉴定、专家评审… period (第四十五条) with the written notice that told
    the applicant the time needed; when it ends, its working days push the decision deadline back."""

    application = models.ForeignKey(
        LicenceApplication, verbose_name=_("许可申请"), on_delete=models.CASCADE, related_name="excluded_periods",
        help_text=_("该期间所属的许可申请。"),
    )  # fmt: skip
    kind = models.CharField(
        _("事由"), max_length=20, choices=ExcludedKind.choices, help_text=_("第四十五条所列事由。")
    )
    starts_on = models.DateField(_("开始日期"), help_text=_("停止计时之日。"))
    ends_on = models.DateField(
        _("结束日期"), null=True, blank=True, help_text=_("恢复计时之日；未结束为空。")
    )
    notice = models.TextField(_("书面告知内容"), help_text=_("告知申请人所需时间的书面通知内容。"))
    notice_on = models.DateField(_("告知日期"), help_text=_("书面告知申请人之日。"))
    expected_days = models.PositiveIntegerField(
        _("预计所需工作日"), null=True, blank=True, help_text=_("书面告知的预计所需时间。")
    )
    working_days = models.PositiveIntegerField(
        _("不计入的工作日"), default=0, help_text=_("结束后计算的不计入期限的工作日数。")
    )

    class Meta:
        verbose_name = _("不计入期限的时间")
        verbose_name_plural = _("不计入期限的时间")
        ordering = ["starts_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.starts_on}—{self.ends_on or ''}"


class LicenceNumberSeries(models.Model):
    """许可文号序列: the last number issued per body, year and kind (申请编号、受理凭证、决定书、证件…). Taken with
    ``select_for_update`` so two officers issuing at once get consecutive numbers, and a refused step's number
    rolls back with it (no gaps)."""

    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("许可机关"), on_delete=models.PROTECT, related_name="+",
        help_text=_("编号所属机关。"),
    )  # fmt: skip
    year = models.PositiveIntegerField(_("年度"), help_text=_("编号年度。"))
    kind = models.CharField(
        _("种类"), max_length=30, help_text=_("编号种类（申请、受理凭证、决定书、证件等）。")
    )
    last = models.PositiveIntegerField(_("已用至"), default=0, help_text=_("该序列最后使用的号。"))

    class Meta:
        verbose_name = _("许可文号序列")
        verbose_name_plural = _("许可文号序列")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year", "kind"], name="licencenumberseries_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id}/{self.year}/{self.kind}: {self.last}"
