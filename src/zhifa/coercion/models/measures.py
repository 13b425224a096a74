from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models.procedural import DeadlineRecord, StepRecord

from ..constants import DisposalKind, MeasureKind, ReleaseGround


class CoercionMeasure(models.Model):
    """行政强制措施: the temporary control of a party's places, things or deposits by an enforcement body, to stop a
    violation, preserve evidence or prevent harm (《行政强制法》第二条第二款), taken under the procedure of 第十八条 —
    with the head's prior approval, or on the spot in an emergency and reported within twenty-four hours (第十九条) —
    and lasting no longer than the statutory period (第二十五条、第三十二条) until released or decided.

    The current ``state`` is cached; the steps (``steps``) and deadlines (``deadlines``) are the history.
    """

    number = models.CharField(
        _("文号"), max_length=60, blank=True, help_text=_("查封、扣押（冻结）决定书文号。")
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("实施机关"), on_delete=models.PROTECT,
        related_name="coercion_measures", help_text=_("以自己名义实施措施的行政机关（行政强制措施权不得委托，第十七条）。"),
    )  # fmt: skip
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("执法事项"), on_delete=models.PROTECT, related_name="coercion_measures",
        help_text=_("行政执法事项清单中的行政强制事项。"),
    )  # fmt: skip
    matter_version = models.ForeignKey(
        "catalog.MatterVersion", verbose_name=_("事项版本"), on_delete=models.PROTECT, related_name="+",
        help_text=_("实施时施行的事项版本。"),
    )  # fmt: skip
    case = models.ForeignKey(
        "cases.Case", verbose_name=_("关联案件"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="coercion_measures", help_text=_("措施所服务的行政处罚案件（如有）。"),
    )  # fmt: skip
    party = models.ForeignKey(
        "cases.Party", verbose_name=_("当事人"), on_delete=models.PROTECT, related_name="coercion_measures",
        help_text=_("被采取措施的公民、法人或者其他组织。"),
    )  # fmt: skip
    kind = models.CharField(_("措施种类"), max_length=10, choices=MeasureKind.choices,
                            help_text=_("《行政强制法》第九条规定的种类。"))  # fmt: skip
    state = models.CharField(_("环节"), max_length=20, default="new", help_text=_("程序表中的当前环节。"))
    grounds = models.TextField(_("理由"), help_text=_("采取措施的事实与理由。"))
    basis = models.TextField(_("依据"), help_text=_("设定该措施的法律、法规条款。"))
    place = models.CharField(_("实施地点"), max_length=300, blank=True, help_text=_("场所或财物所在地。"))
    emergency = models.BooleanField(
        _("情况紧急当场实施"), default=False, help_text=_("第十九条：先实施、后报告补批。")
    )
    approved_on = models.DateField(
        _("批准日期"), null=True, blank=True, help_text=_("负责人批准（或补办批准）之日。")
    )
    implemented_on = models.DateField(
        _("实施日期"), null=True, blank=True, help_text=_("措施实施之日，期限自次日起算。")
    )
    implemented_at = models.DateTimeField(
        _("实施时间"), null=True, blank=True, help_text=_("实施的时刻（紧急报告期限自此起算）。")
    )
    reported_at = models.DateTimeField(
        _("报告时间"), null=True, blank=True, help_text=_("紧急实施后向负责人报告的时刻。")
    )
    party_present = models.BooleanField(
        _("当事人到场"), default=False, help_text=_("现场笔录：当事人是否到场。")
    )
    party_notified = models.BooleanField(
        _("已通知当事人到场"), default=False, help_text=_("第十八条第（四）项。")
    )
    rights_told = models.BooleanField(_("已告知理由、依据、权利与救济途径"), default=False,
                                      help_text=_("第十八条第（五）项。"))  # fmt: skip
    statement = models.TextField(
        _("当事人陈述申辩"), blank=True, help_text=_("现场听取的陈述和申辩（第十八条第（六）项）。")
    )
    party_signed = models.BooleanField(
        _("当事人签名"), default=False, help_text=_("当事人在现场笔录上签名或盖章。")
    )
    refusal_note = models.CharField(_("拒绝签名注明"), max_length=300, blank=True,
                                    help_text=_("当事人拒绝签名的，在笔录中注明的情况。"))  # fmt: skip
    witness_name = models.CharField(_("见证人"), max_length=100, blank=True,
                                    help_text=_("当事人不到场时邀请的见证人（第十八条第（九）项）。"))  # fmt: skip
    inventory = models.JSONField(_("清单"), default=list, blank=True,
                                 help_text=_("查封、扣押的场所、设施或财物：名称、数量、单位、状况。"))  # fmt: skip
    inventory_copies = models.PositiveSmallIntegerField(
        _("清单份数"), default=0, help_text=_("一式二份（第二十四条）。")
    )
    inventory_delivered = models.BooleanField(_("清单已当场交付当事人"), default=False,
                                              help_text=_("一份由当事人保存。"))  # fmt: skip
    account = models.CharField(
        _("冻结账号"), max_length=60, blank=True, help_text=_("冻结的存款、汇款账号。")
    )
    frozen_amount = models.DecimalField(_("冻结数额"), max_digits=14, decimal_places=2, null=True, blank=True,
                                        help_text=_("冻结数额（元），不得超出所需（第二十九条）。"))  # fmt: skip
    freeze_notice_on = models.DateField(_("冻结决定书交付日"), null=True, blank=True,
                                        help_text=_("向当事人交付冻结决定书之日（第三十一条：三日内）。"))  # fmt: skip
    extension_days = models.PositiveSmallIntegerField(
        _("延长天数"), default=0, help_text=_("经负责人批准延长的天数。")
    )
    excluded_days = models.PositiveSmallIntegerField(_("不计入期间的天数"), default=0,
                                                     help_text=_("检测、检验、检疫、技术鉴定的天数（第二十五条第三款）。"))  # fmt: skip
    ends_on = models.DateField(_("期限届满日"), null=True, blank=True, help_text=_("措施期限的最后一日。"))
    released_on = models.DateField(_("解除日期"), null=True, blank=True, help_text=_("解除措施之日。"))
    release_ground = models.CharField(_("解除情形"), max_length=20, choices=ReleaseGround.choices, blank=True,
                                      help_text=_("第二十八条规定的解除情形。"))  # fmt: skip
    disposed_on = models.DateField(_("处理日期"), null=True, blank=True, help_text=_("依法处理财物之日。"))
    disposal = models.CharField(_("处理方式"), max_length=12, choices=DisposalKind.choices, blank=True,
                                help_text=_("依法没收、销毁、划拨或拍卖变卖。"))  # fmt: skip
    av_file = models.ForeignKey(
        "core.StoredFile", verbose_name=_("音像记录文件"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", help_text=_("实施过程的全程音像记录（按 SHA-256 内容寻址存储）。"),
    )  # fmt: skip
    av_item = models.ForeignKey(
        "evidence.EvidenceItem", verbose_name=_("音像记录证据"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", help_text=_("关联案件中记录查封、扣押的视听资料。"),
    )  # fmt: skip
    created_at = models.DateTimeField(_("登记时间"), auto_now_add=True, help_text=_("登记入系统的时间。"))

    class Meta:
        verbose_name = _("行政强制措施")
        verbose_name_plural = _("行政强制措施")
        ordering = ["-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(extension_days__lte=30), name="coercion_measure_extension_max",
                violation_error_message=_("延长期限不得超过三十日（《行政强制法》第二十五条）。"),
            ),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number or self.pk}"


class CoercionMeasureStep(StepRecord):
    """行政强制措施的办理步骤（追加式）。"""

    measure = models.ForeignKey(CoercionMeasure, verbose_name=_("行政强制措施"), on_delete=models.CASCADE,
                                related_name="steps", help_text=_("步骤所属的措施。"))  # fmt: skip

    class Meta(StepRecord.Meta):
        verbose_name = _("强制措施步骤")
        verbose_name_plural = _("强制措施步骤")


class CoercionMeasureDeadline(DeadlineRecord):
    """行政强制措施的法定期限。"""

    measure = models.ForeignKey(CoercionMeasure, verbose_name=_("行政强制措施"), on_delete=models.CASCADE,
                                related_name="deadlines", help_text=_("期限所属的措施。"))  # fmt: skip

    class Meta(DeadlineRecord.Meta):
        verbose_name = _("强制措施期限")
        verbose_name_plural = _("强制措施期限")


def _sha(self) -> str:
    """The SHA-256 of the audio/video record the measure was implemented with (recorded in the audit event)."""
    if self.av_file_id:
        return self.av_file.sha256
    if self.av_item_id and self.av_item.file_id:
        return self.av_item.file.sha256
    return ""


CoercionMeasure.av_sha256 = property(_sha)
