"""Abstract history and deadline rows shared by the procedures that run on the engine besides penalty cases
(行政许可, 行政强制, 行政检查): each app subclasses them with a foreign key to its own aggregate (house style R6,
R11). The penalty case keeps its own ``cases.CaseStep`` and ``cases.CaseDeadline``, which these mirror."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DeadlineState(models.TextChoices):
    RUNNING = "running", _("计时中")
    MET = "met", _("已完成")
    CANCELLED = "cancelled", _("已终止")


class StepRecord(models.Model):
    """办理步骤: one step of a procedure, append-only — the action of the table, the states before and after,
    the day the act took place, the officers who took it (with the certificate each held that day), the facts
    entered, the reason and the actor."""

    action = models.CharField(_("步骤"), max_length=40, help_text=_("程序表中的步骤代码。"))
    label = models.CharField(_("步骤名称"), max_length=60, help_text=_("步骤的中文名称。"))
    from_state = models.CharField(_("原环节"), max_length=30, blank=True, help_text=_("步骤前的环节。"))
    to_state = models.CharField(_("新环节"), max_length=30, help_text=_("步骤后的环节。"))
    on = models.DateField(_("实施日期"), help_text=_("该步骤实际实施之日。"))
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
        abstract = True
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.label}（{self.on}）"


class DeadlineRecord(models.Model):
    """法定期限: a period a step started, with its basis, its last day (holidays carried forward) and whether it
    was met. A period that excludes time (检验、检测、鉴定、专家评审) is pushed back by a later step, which closes
    the row and opens a new one, so the history of every due date stays."""

    kind = models.CharField(_("期限"), max_length=30, help_text=_("期限种类代码。"))
    label = models.CharField(_("期限名称"), max_length=60, help_text=_("期限的中文名称。"))
    starts_on = models.DateField(_("起算日"), help_text=_("期限起算的事件发生之日（不计入期限）。"))
    due_on = models.DateField(_("届满日"), help_text=_("期限的最后一日（节假日顺延后）。"))
    basis = models.CharField(_("依据"), max_length=300, help_text=_("期限的法律依据或配置来源。"))
    status = models.CharField(
        _("状态"), max_length=12, choices=DeadlineState.choices, default=DeadlineState.RUNNING,
        help_text=_("计时中、已完成或已终止。"),
    )  # fmt: skip
    met_on = models.DateField(_("完成日"), null=True, blank=True, help_text=_("完成（或终止）之日。"))

    class Meta:
        abstract = True
        ordering = ["due_on", "id"]

    def __str__(self) -> str:
        return f"{self.label} {self.due_on}"
