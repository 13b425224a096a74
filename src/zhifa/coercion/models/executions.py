from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models.procedural import DeadlineRecord, StepRecord

from ..constants import CourtRuling, ExecutionManner

MONEY = {"max_digits": 14, "decimal_places": 2}


class CoercionExecution(models.Model):
    """行政强制执行: compelling a party who does not perform the obligation of an administrative decision within its
    deadline (《行政强制法》第二条第三款) — after a written 催告 (第三十五条) and the party's statement (第三十六条),
    by the body's own 强制执行决定 where the law gives it the power (第三十四条、第三十七条), by 代履行 (第五十条),
    or by applying to the people's court (第五十三条、第五十四条).
    """

    number = models.CharField(_("文号"), max_length=60, blank=True, help_text=_("催告书文号。"))
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("执行机关"), on_delete=models.PROTECT,
        related_name="coercion_executions", help_text=_("作出据以执行的行政决定的机关。"),
    )  # fmt: skip
    case = models.ForeignKey(
        "cases.Case", verbose_name=_("关联案件"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="coercion_executions", help_text=_("罚款未缴纳的行政处罚案件（如有）。"),
    )  # fmt: skip
    party = models.ForeignKey(
        "cases.Party", verbose_name=_("当事人"), on_delete=models.PROTECT, related_name="coercion_executions",
        help_text=_("负有履行义务的当事人。"),
    )  # fmt: skip
    state = models.CharField(_("环节"), max_length=24, default="new", help_text=_("程序表中的当前环节。"))
    state_before_pause = models.CharField(_("中止前环节"), max_length=24, blank=True,
                                          help_text=_("中止执行前的环节，恢复执行时回到该环节。"))  # fmt: skip
    decision_number = models.CharField(
        _("行政决定文号"), max_length=80, help_text=_("据以执行的行政决定的文号。")
    )
    decision_text = models.TextField(_("行政决定内容"), help_text=_("行政决定确定的义务。"))
    decision_served_on = models.DateField(_("行政决定送达日"), help_text=_("复议、诉讼期限自此起算。"))
    obligation = models.TextField(_("履行义务"), help_text=_("当事人应履行的义务。"))
    obligation_due_on = models.DateField(_("履行期限"), help_text=_("行政决定确定的履行期限的最后一日。"))
    principal = models.DecimalField(_("金钱给付数额"), null=True, blank=True, help_text=_("金钱给付义务的数额（元）。"),
                                    **MONEY)  # fmt: skip
    direct_power = models.BooleanField(_("具有直接强制执行权"), default=False,
                                       help_text=_("法律是否授予本机关直接强制执行权（第十三条）。"))  # fmt: skip
    reminder_served_on = models.DateField(
        _("催告书送达日"), null=True, blank=True, help_text=_("催告书送达当事人之日。")
    )
    reminder_deadline = models.DateField(
        _("催告履行期限"), null=True, blank=True, help_text=_("催告书载明的履行期限。")
    )
    reminder_manner = models.CharField(
        _("履行方式"), max_length=200, blank=True, help_text=_("催告书载明的履行方式。")
    )
    reminder_amount = models.DecimalField(_("催告金额"), null=True, blank=True, help_text=_("涉及金钱给付的明确金额。"),
                                          **MONEY)  # fmt: skip
    statement = models.TextField(
        _("陈述申辩"), blank=True, help_text=_("当事人的陈述、申辩及复核意见（第三十六条）。")
    )
    decided_on = models.DateField(
        _("强制执行决定日"), null=True, blank=True, help_text=_("作出强制执行决定之日。")
    )
    execution_number = models.CharField(
        _("强制执行决定书文号"), max_length=80, blank=True, help_text=_("强制执行决定书文号。")
    )
    manner = models.CharField(_("执行方式"), max_length=12, choices=ExecutionManner.choices, blank=True,
                              help_text=_("第十二条规定的强制执行方式。"))  # fmt: skip
    executed_at = models.DateTimeField(
        _("实施时间"), null=True, blank=True, help_text=_("实施强制执行（代履行）的日期与时刻。")
    )
    urgent_reason = models.TextField(
        _("紧急情况"), blank=True, help_text=_("夜间或法定节假日实施的紧急理由（第四十三条）。")
    )
    surcharge_amount = models.DecimalField(_("加处罚款或滞纳金"), default=0, help_text=_("已加处的数额，不超过金钱给付数额。"),
                                           **MONEY)  # fmt: skip
    substitute_performer = models.CharField(
        _("代履行人"), max_length=200, blank=True, help_text=_("代履行人。")
    )
    substitute_budget = models.DecimalField(_("代履行费用预算"), null=True, blank=True, help_text=_("费用预算（元）。"),
                                            **MONEY)  # fmt: skip
    substitute_reminded_on = models.DateField(
        _("代履行催告日"), null=True, blank=True, help_text=_("代履行前催告之日。")
    )
    agreement_terms = models.TextField(
        _("执行协议"), blank=True, help_text=_("执行协议约定的履行方式与期限（第四十二条）。")
    )
    suspended_on = models.DateField(_("中止日期"), null=True, blank=True, help_text=_("中止执行之日。"))
    court_name = models.CharField(
        _("受理法院"), max_length=100, blank=True, help_text=_("申请强制执行的人民法院。")
    )
    court_applied_on = models.DateField(
        _("申请日期"), null=True, blank=True, help_text=_("申请人民法院强制执行之日。")
    )
    court_ruling = models.CharField(_("法院裁定"), max_length=10, choices=CourtRuling.choices, blank=True,
                                    help_text=_("人民法院的裁定。"))  # fmt: skip
    closed_on = models.DateField(
        _("结束日期"), null=True, blank=True, help_text=_("执行完毕、履行或终结之日。")
    )
    av_file = models.ForeignKey(
        "core.StoredFile", verbose_name=_("音像记录文件"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", help_text=_("现场强制执行的全程音像记录。"),
    )  # fmt: skip
    created_at = models.DateTimeField(_("登记时间"), auto_now_add=True, help_text=_("登记入系统的时间。"))

    class Meta:
        verbose_name = _("行政强制执行")
        verbose_name_plural = _("行政强制执行")
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"强制执行 {self.number or self.pk}"


class CoercionExecutionStep(StepRecord):
    """行政强制执行的办理步骤（追加式）。"""

    execution = models.ForeignKey(CoercionExecution, verbose_name=_("行政强制执行"), on_delete=models.CASCADE,
                                  related_name="steps", help_text=_("步骤所属的执行。"))  # fmt: skip

    class Meta(StepRecord.Meta):
        verbose_name = _("强制执行步骤")
        verbose_name_plural = _("强制执行步骤")


class CoercionExecutionDeadline(DeadlineRecord):
    """行政强制执行的法定期限。"""

    execution = models.ForeignKey(CoercionExecution, verbose_name=_("行政强制执行"), on_delete=models.CASCADE,
                                  related_name="deadlines", help_text=_("期限所属的执行。"))  # fmt: skip

    class Meta(DeadlineRecord.Meta):
        verbose_name = _("强制执行期限")
        verbose_name_plural = _("强制执行期限")


def _sha(self) -> str:
    """The SHA-256 of the audio/video record of the on-site execution (recorded in the audit event)."""
    return self.av_file.sha256 if self.av_file_id else ""


CoercionExecution.av_sha256 = property(_sha)
