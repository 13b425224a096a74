import secrets
from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

from ..constants import CaseSource, CaseStatus, ClueOrigin, DecisionOutcome, ProcedureCode


def new_check_code() -> str:
    """The 查询码 printed with the case's QR code: the party needs it, with the case number, to see the case."""
    return f"{secrets.randbelow(10**6):06d}"


class Case(TimeStampedModel):
    """执法案件: one enforcement case (a penalty case, a licence application, an inspection…) of a matter.

    This is the register every module reads (the catalog's clean-up and delegation reports, statistics). A case
    handled in zhifa follows a procedure table (``cases.workflow``): ``state`` is cached from its append-only
    ``CaseStep`` history and changes only through ``cases.services.case_step`` (house style R5). ``matter_version``
    is the exact catalog version the case applied (R8). Cases imported from departmental systems keep their number
    and follow no procedure (``procedure = register``).
    """

    number = models.CharField(
        _("案件编号"), max_length=60, unique=True, help_text=_("一案一码：全区唯一的案件编号。")
    )
    check_code = models.CharField(
        _("查询码"), max_length=6, default=new_check_code,
        help_text=_("当事人凭案件编号和查询码查看案件进度与已送达文书。"),
    )  # fmt: skip
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("办案主体"), on_delete=models.PROTECT, related_name="cases",
        help_text=_("以其名义办理案件的执法主体：主体本身、经赋权的街道/乡镇，或受委托案件中的委托机关。"),
    )  # fmt: skip
    handled_by = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("承办单位"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="handled_cases",
        help_text=_("实际承办的单位，与执法主体不同时填写：街道/乡镇的综合行政执法队，或受委托组织。"),
    )  # fmt: skip
    entrustment = models.ForeignKey(
        "organisations.Entrustment", verbose_name=_("委托"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="cases", help_text=_("受委托组织以委托机关名义办理时所依据的书面委托（《行政处罚法》第二十条）。"),
    )  # fmt: skip
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("事项"), on_delete=models.PROTECT, related_name="cases",
        help_text=_("案件所属的执法事项。"),
    )  # fmt: skip
    matter_version = models.ForeignKey(
        "catalog.MatterVersion", verbose_name=_("事项版本"), on_delete=models.PROTECT, related_name="cases",
        help_text=_("案件适用的事项版本。"),
    )  # fmt: skip
    procedure = models.CharField(
        _("程序"), max_length=20, choices=ProcedureCode.choices, default=ProcedureCode.REGISTER,
        help_text=_("案件适用的程序（决定可走哪些步骤）。"),
    )  # fmt: skip
    state = models.CharField(
        _("环节"),
        max_length=30,
        blank=True,
        db_index=True,
        help_text=_("当前办案环节（由步骤历史推得并缓存）。"),
    )
    state_before_suspension = models.CharField(
        _("中止前环节"), max_length=30, blank=True, help_text=_("案件中止时所处的环节，恢复时回到该环节。")
    )
    title = models.CharField(_("案由"), max_length=300, help_text=_("案件名称或案由。"))
    party = models.ForeignKey(
        "cases.Party", verbose_name=_("当事人"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="cases", help_text=_("案件当事人。"),
    )  # fmt: skip
    party_name = models.CharField(
        _("当事人名称"), max_length=200, blank=True, help_text=_("当事人名称或姓名。")
    )
    source = models.CharField(
        _("来源"),
        max_length=12,
        choices=CaseSource.choices,
        default=CaseSource.ZHIFA,
        help_text=_("本平台办理或导入。"),
    )
    origin = models.CharField(
        _("案件来源"), max_length=16, choices=ClueOrigin.choices, blank=True,
        help_text=_("监督检查、投诉举报、移送、交办、转办等。"),
    )  # fmt: skip
    clue = models.TextField(_("案源情况"), blank=True, help_text=_("案源登记时记载的线索内容。"))
    received_on = models.DateField(
        _("案源登记日期"), null=True, blank=True, help_text=_("发现或收到案源之日。")
    )
    status = models.CharField(
        _("状态"),
        max_length=12,
        choices=CaseStatus.choices,
        default=CaseStatus.OPEN,
        help_text=_("办理中或已办结。"),
    )
    registered_on = models.DateField(
        _("立案/受理日期"), null=True, blank=True, help_text=_("立案或受理之日；案源尚未立案时为空。")
    )
    due_on = models.DateField(
        _("办理期限"), null=True, blank=True,
        help_text=_("作出处理决定的期限（立案之日起九十日，中止与经批准的延期顺延）。"),
    )  # fmt: skip
    closed_on = models.DateField(_("办结日期"), null=True, blank=True, help_text=_("案件办结之日。"))
    # The act (违法行为): what the limitation period (第三十六条) and the law in time (第三十七条) are computed from.
    act_date = models.DateField(_("违法行为发生日"), null=True, blank=True, help_text=_("违法行为发生之日。"))
    act_ended_on = models.DateField(
        _("违法行为终了日"), null=True, blank=True, help_text=_("连续或继续状态的违法行为终了之日。")
    )
    act_place = models.CharField(
        _("违法行为地点"), max_length=300, blank=True, help_text=_("违法行为发生地。")
    )
    safety_harm = models.BooleanField(
        _("涉及生命健康安全、金融安全且有危害后果"), default=False,
        help_text=_("是则追责期限为五年（《行政处罚法》第三十六条第一款）。"),
    )  # fmt: skip
    facts = models.TextField(_("违法事实"), blank=True, help_text=_("调查认定的违法事实。"))
    # What the investigation proposes and the party is told (事先告知); the decision may not be heavier unless
    # the party is told again (第四十五条第二款, 第六十二条).
    proposal = models.JSONField(
        _("拟处理意见"), default=dict, blank=True,
        help_text=_("调查终结时拟作出的处理：处罚种类、罚款金额、裁量档次与计算过程。"),
    )  # fmt: skip
    benchmark_tier = models.ForeignKey(
        "discretion.BenchmarkTier", verbose_name=_("适用裁量档次"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="cases", help_text=_("决定所适用的裁量基准档次。"),
    )  # fmt: skip
    is_major = models.BooleanField(
        _("重大执法决定"), default=False, help_text=_("须经法制审核（《行政处罚法》第五十八条）。")
    )
    major_reasons = models.JSONField(
        _("重大理由"), default=list, blank=True, help_text=_("认定为重大决定的理由。")
    )
    needs_discussion = models.BooleanField(
        _("须集体讨论"),
        default=False,
        help_text=_("情节复杂、重大违法或偏离裁量基准（《行政处罚法》第五十七条第二款）。"),
    )
    notified_on = models.DateField(
        _("告知送达日"), null=True, blank=True, help_text=_("事先告知书送达之日。")
    )
    hearing_offered = models.BooleanField(
        _("已告知听证权"), default=False, help_text=_("事先告知时是否告知听证权利。")
    )
    rights_waived = models.BooleanField(
        _("当事人明确放弃陈述申辩和听证"),
        default=False,
        help_text=_("当事人书面明确放弃的，可不待期满作出决定。"),
    )
    decision_outcome = models.CharField(
        _("处理决定"),
        max_length=20,
        choices=DecisionOutcome.choices,
        blank=True,
        help_text=_("处罚、不予处罚等。"),
    )
    decided_kinds = models.JSONField(
        _("处罚种类"), default=list, blank=True, help_text=_("决定给予的处罚种类。")
    )
    fine_amount = models.DecimalField(
        _("罚款金额（元）"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("决定的罚款金额。"),
    )
    confiscated_amount = models.DecimalField(
        _("没收金额（元）"), max_digits=14, decimal_places=2, null=True, blank=True,
        help_text=_("没收违法所得或非法财物的金额（价值）。"),
    )  # fmt: skip
    decided_on = models.DateField(_("决定日期"), null=True, blank=True, help_text=_("处理决定作出之日。"))
    decision_number = models.CharField(
        _("决定书文号"), max_length=100, blank=True, help_text=_("决定书文号。")
    )
    served_on = models.DateField(_("决定送达日"), null=True, blank=True, help_text=_("决定书送达之日。"))
    payment_due_on = models.DateField(
        _("缴款期限"),
        null=True,
        blank=True,
        help_text=_("收到决定书之日起十五日（延期或分期时为批准的期限）。"),
    )
    paid_amount = models.DecimalField(
        _("已缴金额（元）"),
        max_digits=14,
        decimal_places=2,
        default=0,
        help_text=_("已缴纳的罚款及加处罚款。"),
    )

    class Meta:
        verbose_name = _("执法案件")
        verbose_name_plural = _("执法案件")
        ordering = ["-registered_on", "-id"]
        indexes = [
            models.Index(fields=["matter", "registered_on"], name="case_matter_registered"),
            models.Index(fields=["organisation", "state"], name="case_org_state"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(fine_amount__isnull=True) | models.Q(fine_amount__gte=0),
                name="case_fine_not_negative",
                violation_error_message=_("罚款金额不能为负数。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    def is_overdue(self, today: date) -> bool:
        """Decided (or, for an imported case, closed) after its deadline, or still undecided past it."""
        if self.due_on is None:
            return False
        return (self.decided_on or self.closed_on or today) > self.due_on

    @property
    def state_label(self) -> str:
        """The stage in Chinese, from the case's procedure table (an imported case shows 办理中/已办结)."""
        from ..workflow import PROCEDURES

        procedure = PROCEDURES.get(self.procedure)
        return procedure.state_label(self.state) if procedure else self.get_status_display()

    @property
    def act_end(self) -> date | None:
        """The day the limitation period runs from: the act, or its end when it continued (第三十六条第二款)."""
        return self.act_ended_on or self.act_date

    @property
    def penalised(self) -> bool:
        return self.decision_outcome == DecisionOutcome.PENALTY
