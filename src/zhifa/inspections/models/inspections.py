"""行政检查: one inspection of one target by one body on one published inspection item, its steps and deadlines."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel
from zhifa.core.models.procedural import DeadlineRecord, StepRecord

from ..constants import InspectionResult, InspectionTrigger, NoticeMethod


class InspectionState(models.TextChoices):
    NEW = "new", _("新建")
    PENDING = "pending", _("待审批")
    APPROVED = "approved", _("已审批（待告知）")
    NOTIFIED = "notified", _("已告知（待入企）")
    ON_SITE = "on_site", _("现场检查中")
    RECORDED = "recorded", _("已记录（待处理）")
    CORRECTING = "correcting", _("责令改正（待复查）")
    NOT_CORRECTED = "not_corrected", _("复查未改正")
    CLOSED = "closed", _("办结")
    CASE_OPENED = "case_opened", _("已立案查处")
    REFERRED = "referred", _("已移送其他机关")
    NOT_APPROVED = "not_approved", _("不予批准")
    CANCELLED = "cancelled", _("已撤销")


class Inspection(TimeStampedModel):
    """行政检查: a body's inspection of an enterprise, an individual business or a person on one published
    inspection item (国办发〔2024〕54号): approved by a head (检查审批表), notified, entered by scanning the
    enterprise's code (扫码入企), carried out by at least two certified officers against the item's checklist,
    written up in the 现场检查笔录 and concluded with a result — no problem, an order to correct (then a
    re-check), a penalty case opened with the inspection as its source, or a referral."""

    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("执法主体"), on_delete=models.PROTECT,
        related_name="inspections", help_text=_("实施检查的执法主体。"),
    )  # fmt: skip
    number = models.CharField(
        _("检查编号"), max_length=60, unique=True, help_text=_("执法主体年度内顺序编号。")
    )
    year = models.PositiveSmallIntegerField(_("检查年度"), help_text=_("登记检查的年份，用于年度频次计数。"))
    seq = models.PositiveIntegerField(_("年度序号"), help_text=_("执法主体本年度内的顺序号。"))
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("检查事项"), on_delete=models.PROTECT, related_name="inspections",
        help_text=_("行政检查类执法事项。"),
    )  # fmt: skip
    matter_version = models.ForeignKey(
        "catalog.MatterVersion", verbose_name=_("事项版本"), on_delete=models.PROTECT, related_name="inspections",
        help_text=_("登记检查之日施行的事项版本（检查清单取自该版本）。"),
    )  # fmt: skip
    party = models.ForeignKey(
        "cases.Party", verbose_name=_("检查对象"), on_delete=models.PROTECT, related_name="inspections",
        help_text=_("被检查的企业（统一社会信用代码）、个体工商户或自然人。"),
    )  # fmt: skip
    place = models.CharField(_("检查地点"), max_length=300, help_text=_("检查的场所地址。"))
    trigger = models.CharField(
        _("检查启动方式"), max_length=12, choices=InspectionTrigger.choices,
        help_text=_("日常检查、双随机抽查、投诉举报、上级交办、专项检查或转办。"),
    )  # fmt: skip
    trigger_reason = models.TextField(
        _("启动理由"), blank=True, help_text=_("投诉举报、交办、专项的具体情况；超出年度频次上限时必填。")
    )
    planned_on = models.DateField(_("计划检查日期"), help_text=_("计划实施检查的日期。"))
    state = models.CharField(
        _("环节"), max_length=16, choices=InspectionState.choices, default=InspectionState.NEW,
        help_text=_("检查所处的程序环节。"),
    )  # fmt: skip
    approval_number = models.CharField(
        _("审批编号"), max_length=60, blank=True, help_text=_("检查审批表的编号。")
    )
    approved_by = models.CharField(_("审批人"), max_length=200, blank=True, help_text=_("批准检查的负责人。"))
    approved_on = models.DateField(_("审批日期"), null=True, blank=True, help_text=_("负责人批准检查之日。"))
    notice_method = models.CharField(
        _("告知方式"), max_length=12, choices=NoticeMethod.choices, blank=True,
        help_text=_("事先告知企业的方式；不事先告知时为空。"),
    )  # fmt: skip
    notified_on = models.DateField(_("告知日期"), null=True, blank=True, help_text=_("告知企业之日。"))
    no_notice_reason = models.TextField(
        _("不事先告知理由"), blank=True, help_text=_("不事先告知的，说明理由（如投诉举报核查、突发事件）。")
    )
    scanned_at = models.DateTimeField(
        _("扫码入企时间"), null=True, blank=True, help_text=_("检查人员到达现场扫码登记的时间。")
    )
    scan_location = models.CharField(
        _("扫码地点"), max_length=300, blank=True, help_text=_("扫码时的定位地址或经纬度。")
    )
    found = models.TextField(
        _("检查发现"), blank=True, help_text=_("现场检查笔录记载的检查情况与发现的问题。")
    )
    failed_items = models.PositiveSmallIntegerField(
        _("不符合项数"), default=0, help_text=_("检查清单中结论为“不符合”的项目数。")
    )
    av_record = models.ForeignKey(
        "core.StoredFile", verbose_name=_("音像记录"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", help_text=_("现场检查的音视频（音像记录事项清单要求时必须上传）。"),
    )  # fmt: skip
    result = models.CharField(
        _("检查结果"), max_length=12, choices=InspectionResult.choices, blank=True,
        help_text=_("未发现问题、责令改正、立案查处或移送其他机关。"),
    )  # fmt: skip
    result_on = models.DateField(_("结果日期"), null=True, blank=True, help_text=_("作出检查结果之日。"))
    correction_due = models.DateField(
        _("改正期限"), null=True, blank=True, help_text=_("责令改正通知书载明的改正期限届满日。")
    )
    corrected = models.BooleanField(
        _("复查已改正"), null=True, blank=True, help_text=_("复查结论：已改正、未改正；未复查为空。")
    )
    case = models.ForeignKey(
        "cases.Case", verbose_name=_("立案案件"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="inspections", help_text=_("检查发现违法行为而登记的行政处罚案件（案件来源：监督检查发现）。"),
    )  # fmt: skip
    referred_to = models.CharField(
        _("移送机关"), max_length=200, blank=True, help_text=_("移送其他机关处理时的接收机关。")
    )
    published_on = models.DateField(
        _("结果公示日期"), null=True, blank=True, help_text=_("检查结果公示之日。")
    )
    closed_on = models.DateField(_("办结日期"), null=True, blank=True, help_text=_("检查程序终结之日。"))

    class Meta:
        verbose_name = _("行政检查")
        verbose_name_plural = _("行政检查")
        ordering = ["-planned_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year", "seq"], name="inspection_number_unique"),
        ]
        indexes = [models.Index(fields=["party", "year"], name="inspection_party_year")]

    def __str__(self) -> str:
        return self.number

    @property
    def state_label(self) -> str:
        return str(InspectionState(self.state).label)

    @property
    def av_sha256(self) -> str:
        """The recording's digest, which the audit event of the on-site step records (so the chain covers it)."""
        return self.av_record.sha256 if self.av_record_id else ""


class InspectionStep(StepRecord):
    """检查步骤: one step of an inspection (append-only); the checklist answers live in the 现场检查 step's data."""

    inspection = models.ForeignKey(
        Inspection, verbose_name=_("行政检查"), on_delete=models.CASCADE, related_name="steps",
        help_text=_("步骤所属的行政检查。"),
    )  # fmt: skip

    class Meta(StepRecord.Meta):
        verbose_name = _("检查步骤")
        verbose_name_plural = _("检查步骤")


class InspectionDeadline(DeadlineRecord):
    """检查期限: the correction period, the re-check and the publication of the result."""

    inspection = models.ForeignKey(
        Inspection, verbose_name=_("行政检查"), on_delete=models.CASCADE, related_name="deadlines",
        help_text=_("期限所属的行政检查。"),
    )  # fmt: skip

    class Meta(DeadlineRecord.Meta):
        verbose_name = _("检查期限")
        verbose_name_plural = _("检查期限")
