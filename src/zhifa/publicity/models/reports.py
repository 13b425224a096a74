"""纠错: an error report from the public on a published record, and the body's answer."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import ReportState


class ErrorReport(models.Model):
    """纠错申请: what a reader says is wrong, when the body must answer, and its answer (the exchange is kept).

    The reporter's contact details are for the body only and never shown on the portal; the reader follows
    the report with its ``code``.
    """

    publication = models.ForeignKey(
        "publicity.Publication", verbose_name=_("公示记录"), on_delete=models.PROTECT,
        related_name="error_reports", help_text=_("被指出有误的公示记录。"),
    )  # fmt: skip
    code = models.CharField(_("查询码"), max_length=20, unique=True, help_text=_("申请人查询答复用的编码。"))
    content = models.TextField(_("纠错内容"), help_text=_("指出的错误与理由。"))
    reporter = models.CharField(
        _("申请人"), max_length=100, blank=True, help_text=_("申请人姓名或名称（可不填）。")
    )
    contact = models.CharField(_("联系方式"), max_length=100, blank=True, help_text=_("联系方式，不公开。"))
    received_at = models.DateTimeField(_("收到时间"), help_text=_("收到纠错申请的时间。"))
    due_on = models.DateField(_("答复期限"), help_text=_("最迟答复之日。"))
    state = models.CharField(
        _("状态"), max_length=20, choices=ReportState.choices, default=ReportState.RECEIVED,
        help_text=_("待答复或已答复。"),
    )  # fmt: skip
    reply = models.TextField(_("答复"), blank=True, help_text=_("执法主体的答复。"))
    corrected = models.BooleanField(_("已更正"), default=False, help_text=_("是否据此更正了公示内容。"))
    corrected_version = models.PositiveIntegerField(
        _("更正后版本"), null=True, blank=True, help_text=_("更正后的公示内容版本。")
    )
    answered_on = models.DateField(_("答复日期"), null=True, blank=True, help_text=_("作出答复之日。"))
    answered_by = models.CharField(_("答复人"), max_length=200, blank=True, help_text=_("答复的账号。"))

    class Meta:
        verbose_name = _("纠错申请")
        verbose_name_plural = _("纠错申请")
        ordering = ("-received_at", "-id")
        indexes = [models.Index(fields=("state", "due_on"), name="error_report_due")]

    def __str__(self) -> str:
        return self.code
