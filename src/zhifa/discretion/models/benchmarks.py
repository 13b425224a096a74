from datetime import date

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

from ..constants import BenchmarkLevel, BenchmarkMode, FineMode, Outcome
from ..workflow import BenchmarkState

MONEY = {"max_digits": 16, "decimal_places": 2}


class Benchmark(TimeStampedModel):
    """行政裁量权基准 (one version): how a penalty matter's discretion is exercised, as a decision table.

    《行政处罚法》第三十四条: 行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权。行政处罚裁量基准应当
    向社会公布。A benchmark belongs to a matter of the catalog and is set either by a superior department (it
    applies directly) or by a body of this deployment (its own, or a refinement of the superior's that must stay
    inside the superior's ranges). Only a filed (已备案) version is published and used, on the dates it covers.
    """

    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("事项"), on_delete=models.PROTECT, related_name="benchmarks",
        help_text=_("基准所适用的行政处罚事项。"),
    )  # fmt: skip
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("制定主体"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="benchmarks", help_text=_("制定或细化基准的本级执法主体；上级部门制定的基准为空。"),
    )  # fmt: skip
    level = models.CharField(
        _("制定层级"),
        max_length=12,
        choices=BenchmarkLevel.choices,
        help_text=_("省级、市级部门或本级制定。"),
    )
    mode = models.CharField(
        _("制定方式"),
        max_length=12,
        choices=BenchmarkMode.choices,
        help_text=_("上级基准、细化上级基准或自行制定。"),
    )
    issuer_name = models.CharField(_("制定机关"), max_length=200, help_text=_("制定基准的机关名称。"))
    document_number = models.CharField(
        _("文号"), max_length=100, blank=True, help_text=_("发布基准的文件文号。")
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("所细化的上级基准"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="refinements", help_text=_("细化上级基准时，被细化的上级基准版本。"),
    )  # fmt: skip
    version = models.PositiveIntegerField(_("版本号"), help_text=_("同一制定主体、同一事项内从 1 起递增。"))
    valid_from = models.DateField(_("施行日期"), help_text=_("基准开始适用的日期（按违法行为发生日判断）。"))
    valid_until = models.DateField(
        _("失效日期"), null=True, blank=True, help_text=_("基准适用的最后一日（含）；为空表示长期有效。")
    )
    status = models.CharField(
        _("状态"), max_length=12, choices=BenchmarkState.choices, default=BenchmarkState.DRAFT,
        help_text=_("草稿、待审查、已退回、已备案或已废止；只有已备案的基准公布施行。"),
    )  # fmt: skip
    violation = models.CharField(_("违法行为"), max_length=300, help_text=_("基准所针对的违法行为。"))
    violated_basis = models.TextField(
        _("违法依据"), blank=True, help_text=_("当事人违反的条文，多条以“；”分隔。")
    )
    penalty_basis = models.TextField(_("处罚依据"), help_text=_("设定处罚的条文，多条以“；”分隔。"))
    clause = models.TextField(_("罚则"), help_text=_("处罚条文原文。"))
    statutory_fine_mode = models.CharField(
        _("法定罚款方式"), max_length=20, choices=FineMode.choices, default=FineMode.NONE,
        help_text=_("法条本身规定的罚款方式。"),
    )  # fmt: skip
    statutory_fine_low = models.DecimalField(
        _("法定罚款下限"), **MONEY, null=True, blank=True, validators=[MinValueValidator(0)],
        help_text=_("法条规定的最低罚款（元，或倍数）；只规定上限时为空。"),
    )  # fmt: skip
    statutory_fine_high = models.DecimalField(
        _("法定罚款上限"), **MONEY, null=True, blank=True, validators=[MinValueValidator(0)],
        help_text=_("法条规定的最高罚款（元，或倍数）。"),
    )  # fmt: skip
    submitted_at = models.DateTimeField(_("报送时间"), null=True, blank=True, help_text=_("报送备案的时间。"))
    filed_at = models.DateTimeField(
        _("备案时间"), null=True, blank=True, help_text=_("司法局备案通过的时间。")
    )
    filed_by = models.CharField(
        _("备案审查人"), max_length=200, blank=True, help_text=_("作出备案决定的账号。")
    )
    filing_number = models.CharField(
        _("备案号"), max_length=60, blank=True, help_text=_("司法局编制的备案登记号。")
    )

    class Meta:
        verbose_name = _("行政裁量权基准")
        verbose_name_plural = _("行政裁量权基准")
        ordering = ["matter__basic_code", "level", "-version"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gte=models.F("valid_from")),
                name="benchmark_period_ordered",
                violation_error_message=_("失效日期不得早于施行日期。"),
            ),
            models.CheckConstraint(
                condition=Q(level="local", organisation__isnull=False) | (~Q(level="local") & Q(organisation__isnull=True)),
                name="benchmark_local_has_organisation",
                violation_error_message=_("本级基准必须有制定主体，上级基准不得填写本级主体。"),
            ),
            models.CheckConstraint(
                condition=~Q(mode="refined") | Q(parent__isnull=False),
                name="benchmark_refined_has_parent",
                violation_error_message=_("细化上级基准必须指明所细化的上级基准。"),
            ),
            models.CheckConstraint(
                condition=Q(statutory_fine_low__isnull=True) | Q(statutory_fine_high__isnull=True)
                | Q(statutory_fine_high__gte=models.F("statutory_fine_low")),
                name="benchmark_statutory_range_ordered",
                violation_error_message=_("法定罚款上限不得低于下限。"),
            ),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.issuer_name}：{self.violation}（第{self.version}版）"

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


class BenchmarkTier(models.Model):
    """裁量档次: one row of the benchmark table. Rows are checked in ``order``; the first whose conditions all
    hold applies, so the unconditional 一般 row comes last. ``conditions`` is a list of
    ``{"key": <Circumstance>, "value": "<number>"}``; the 三张清单 are the rows whose outcome is 不予处罚, 减轻处罚
    or 从轻处罚."""

    benchmark = models.ForeignKey(
        Benchmark,
        verbose_name=_("基准"),
        on_delete=models.CASCADE,
        related_name="tiers",
        help_text=_("所属基准。"),
    )
    order = models.PositiveSmallIntegerField(_("顺序"), help_text=_("判断顺序：从小到大，先符合者适用。"))
    outcome = models.CharField(
        _("裁量档次"),
        max_length=12,
        choices=Outcome.choices,
        help_text=_("不予、减轻、从轻、一般或从重处罚。"),
    )
    label = models.CharField(_("情节"), max_length=200, help_text=_("如“情节轻微”“情节严重”。"))
    conditions = models.JSONField(
        _("适用条件"), default=list, blank=True, help_text=_("全部满足时适用本档次的裁量情节。")
    )
    kinds = models.JSONField(_("处罚种类"), default=list, blank=True, help_text=_("本档次给予的处罚种类。"))
    fine_mode = models.CharField(
        _("罚款方式"),
        max_length=20,
        choices=FineMode.choices,
        default=FineMode.NONE,
        help_text=_("罚款数额或倍数。"),
    )
    fine_low = models.DecimalField(
        _("罚款下限"), **MONEY, null=True, blank=True, validators=[MinValueValidator(0)],
        help_text=_("元；倍数方式时为倍数。"),
    )  # fmt: skip
    fine_high = models.DecimalField(
        _("罚款上限"), **MONEY, null=True, blank=True, validators=[MinValueValidator(0)],
        help_text=_("元；倍数方式时为倍数。"),
    )  # fmt: skip
    basis = models.CharField(_("档次依据"), max_length=300, blank=True, help_text=_("本档次另有的法律依据。"))
    note = models.TextField(_("说明"), blank=True, help_text=_("适用说明。"))

    class Meta:
        verbose_name = _("裁量档次")
        verbose_name_plural = _("裁量档次")
        ordering = ["benchmark", "order"]
        constraints = [
            models.UniqueConstraint(fields=["benchmark", "order"], name="benchmark_tier_order_unique"),
            models.CheckConstraint(
                condition=Q(fine_low__isnull=True) | Q(fine_high__isnull=True) | Q(fine_high__gte=models.F("fine_low")),
                name="benchmark_tier_range_ordered",
                violation_error_message=_("罚款上限不得低于下限。"),
            ),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}（{self.label}）"


class BenchmarkEvent(models.Model):
    """基准备案记录: one step of a benchmark's filing history (append-only, house style R6)."""

    benchmark = models.ForeignKey(
        Benchmark,
        verbose_name=_("基准"),
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("所属基准。"),
    )
    action = models.CharField(_("操作"), max_length=20, help_text=_("报送、备案、退回、废止等。"))
    from_state = models.CharField(_("原状态"), max_length=12, blank=True, help_text=_("操作前的状态。"))
    to_state = models.CharField(_("新状态"), max_length=12, help_text=_("操作后的状态。"))
    at = models.DateTimeField(_("时间"), help_text=_("操作时间。"))
    by = models.CharField(_("操作人"), max_length=200, help_text=_("操作的账号。"))
    reason = models.TextField(_("理由"), blank=True, help_text=_("退回、撤回、废止的理由或审查意见。"))

    class Meta:
        verbose_name = _("基准备案记录")
        verbose_name_plural = _("基准备案记录")
        ordering = ["benchmark", "at", "id"]

    def __str__(self) -> str:
        return f"{self.action} {self.from_state}→{self.to_state}"
