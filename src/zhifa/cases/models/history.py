from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import DeadlineKind, DeadlineStatus, OfficerRole


class CaseStep(models.Model):
    """办案步骤: one step taken on a case (append-only, house style R6): the action of the procedure table, the
    states before and after, the day the act took place, the officers who took it (with the certificate each
    held that day), the facts entered and the actor. Suspensions, extensions and recusals are steps too, so every
    deadline can be recomputed from this history alone."""

    case = models.ForeignKey(
        "cases.Case",
        verbose_name=_("案件"),
        on_delete=models.PROTECT,
        related_name="steps",
        help_text=_("所属案件。"),
    )
    action = models.CharField(_("步骤"), max_length=40, help_text=_("程序表中的步骤代码。"))
    label = models.CharField(_("步骤名称"), max_length=60, help_text=_("步骤的中文名称。"))
    from_state = models.CharField(_("原环节"), max_length=30, blank=True, help_text=_("步骤前的环节。"))
    to_state = models.CharField(_("新环节"), max_length=30, help_text=_("步骤后的环节。"))
    on = models.DateField(_("实施日期"), help_text=_("该步骤实际实施（询问、检查、送达等）之日。"))
    officers = models.JSONField(
        _("执法人员"), default=list, blank=True,
        help_text=_("实施该步骤的执法人员：人员ID、姓名、当日所持执法证号。"),
    )  # fmt: skip
    data = models.JSONField(_("步骤内容"), default=dict, blank=True, help_text=_("该步骤录入的事实与意见。"))
    reason = models.TextField(_("理由/意见"), blank=True, help_text=_("步骤的理由、审批意见或说明。"))
    actor_label = models.CharField(_("操作人"), max_length=200, help_text=_("操作账号或系统。"))
    actor_id = models.BigIntegerField(_("操作人ID"), null=True, blank=True, help_text=_("操作账号ID。"))
    at = models.DateTimeField(_("记录时间"), help_text=_("步骤记入系统的时间。"))

    class Meta:
        verbose_name = _("办案步骤")
        verbose_name_plural = _("办案步骤")
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["case", "action"], name="casestep_case_action")]

    def __str__(self) -> str:
        return f"{self.case_id} {self.label}"


class CaseOfficer(models.Model):
    """承办人员: an officer assigned to a case. A recusal (回避, 《行政处罚法》第四十三条) is recorded on the row
    and the officer no longer counts for any later step; the row is never deleted."""

    case = models.ForeignKey(
        "cases.Case",
        verbose_name=_("案件"),
        on_delete=models.PROTECT,
        related_name="officers",
        help_text=_("所属案件。"),
    )
    person = models.ForeignKey(
        "personnel.Person", verbose_name=_("执法人员"), on_delete=models.PROTECT, related_name="case_assignments",
        help_text=_("承办或协办的执法人员。"),
    )  # fmt: skip
    role = models.CharField(
        _("分工"), max_length=12, choices=OfficerRole.choices, help_text=_("主办或协办。")
    )
    assigned_on = models.DateField(_("指派日期"), help_text=_("指派承办之日。"))
    recused_on = models.DateField(_("回避日期"), null=True, blank=True, help_text=_("决定回避之日。"))
    recusal_reason = models.TextField(_("回避理由"), blank=True, help_text=_("回避的理由与决定人。"))

    class Meta:
        verbose_name = _("承办人员")
        verbose_name_plural = _("承办人员")
        ordering = ["case_id", "role", "id"]
        constraints = [models.UniqueConstraint(fields=["case", "person"], name="caseofficer_unique")]

    def __str__(self) -> str:
        return f"{self.case_id} {self.person_id}"


class CaseDeadline(models.Model):
    """办案期限: a deadline a step started, with its legal basis. When a later step meets it, ``met_on`` is set;
    a deadline that is moved (suspension, approved extension) gets ``due_on`` recomputed from the case's steps
    (``cases.domain.deadlines``), and the change is audited."""

    case = models.ForeignKey(
        "cases.Case",
        verbose_name=_("案件"),
        on_delete=models.PROTECT,
        related_name="deadlines",
        help_text=_("所属案件。"),
    )
    kind = models.CharField(_("期限"), max_length=20, choices=DeadlineKind.choices, help_text=_("期限种类。"))
    starts_on = models.DateField(_("起算日"), help_text=_("期限起算的事件发生之日（不计入期限）。"))
    due_on = models.DateField(_("届满日"), help_text=_("期限的最后一日（节假日顺延后）。"))
    basis = models.CharField(_("依据"), max_length=300, help_text=_("期限的法律依据或配置来源。"))
    status = models.CharField(
        _("状态"), max_length=12, choices=DeadlineStatus.choices, default=DeadlineStatus.RUNNING,
        help_text=_("计时中、已完成或已终止。"),
    )  # fmt: skip
    met_on = models.DateField(_("完成日"), null=True, blank=True, help_text=_("完成（或终止）之日。"))
    step = models.ForeignKey(
        CaseStep, verbose_name=_("起算步骤"), on_delete=models.PROTECT, related_name="deadlines",
        help_text=_("开始计算该期限的步骤。"),
    )  # fmt: skip

    class Meta:
        verbose_name = _("办案期限")
        verbose_name_plural = _("办案期限")
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["status", "due_on"], name="casedeadline_status_due")]

    def __str__(self) -> str:
        return f"{self.case_id} {self.get_kind_display()} {self.due_on}"
