from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import AssessmentResult, TrainingCategory


class TrainingImport(models.Model):
    """培训导入批次: one Excel file imported from a training platform (all rows or none)."""

    file = models.ForeignKey(
        "core.StoredFile",
        verbose_name=_("导入文件"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("导入的 Excel 文件。"),
    )
    source = models.CharField(_("来源"), max_length=100, help_text=_("培训平台或组织单位，如“法治教育网”。"))
    rows = models.IntegerField(_("导入行数"), help_text=_("新增的培训记录数。"))
    skipped = models.IntegerField(
        _("重复跳过"), default=0, help_text=_("已存在而跳过的行数（重复导入不重复计学时）。")
    )
    imported_by = models.CharField(_("导入人"), max_length=200, help_text=_("导入的账号。"))
    imported_at = models.DateTimeField(_("导入时间"), help_text=_("导入时间。"))

    class Meta:
        verbose_name = _("培训导入批次")
        verbose_name_plural = _("培训导入批次")
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return f"{self.source} {self.imported_at:%Y-%m-%d}"


class TrainingRecord(models.Model):
    """培训记录: one course a person attended. 45 minutes = 1 学时 where the hours are not stated
    (seed 004 (一)2); categories 公共法律知识 / 业务知识 / 执法技能 (seed 003 三、1)."""

    person = models.ForeignKey(
        "personnel.Person",
        verbose_name=_("人员"),
        on_delete=models.PROTECT,
        related_name="trainings",
        help_text=_("参训人员。"),
    )
    course = models.CharField(_("课程"), max_length=200, help_text=_("课程或培训班名称。"))
    minutes = models.PositiveIntegerField(
        _("时长（分钟）"), validators=[MinValueValidator(1)], help_text=_("培训时长，学时 = 分钟 ÷ 45。")
    )
    category = models.CharField(
        _("类别"), max_length=20, choices=TrainingCategory.choices, help_text=_("培训内容类别。")
    )
    held_on = models.DateField(_("培训日期"), db_index=True, help_text=_("完成培训的日期。"))
    source = models.CharField(_("来源"), max_length=100, help_text=_("培训平台或组织单位。"))
    batch = models.ForeignKey(
        TrainingImport,
        verbose_name=_("导入批次"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="records",
        help_text=_("从 Excel 导入时的批次。"),
    )
    recorded_at = models.DateTimeField(_("登记时间"), auto_now_add=True, help_text=_("登记时间。"))

    class Meta:
        verbose_name = _("培训记录")
        verbose_name_plural = _("培训记录")
        ordering = ["-held_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "course", "held_on", "source"], name="training_record_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(minutes__gt=0),
                name="training_minutes_positive",
                violation_error_message=_("培训时长必须大于 0。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} {self.course}"


class ExamSession(models.Model):
    """资格考试场次: one sitting of the 行政执法资格考试 (seed 003: 全年两次组织参加全省行政执法资格考试)."""

    name = models.CharField(_("名称"), max_length=100, help_text=_("考试名称。"))
    held_on = models.DateField(_("考试日期"), help_text=_("考试日期。"))
    pass_mark = models.DecimalField(
        _("合格分数线"),
        max_digits=5,
        decimal_places=1,
        help_text=_("本场合格分数线（参数 exam.pass_mark 的当时取值）。"),
    )
    organiser = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("组织单位"),
        on_delete=models.PROTECT,
        related_name="exam_sessions",
        help_text=_("组织考试的司法局。"),
    )

    class Meta:
        verbose_name = _("资格考试场次")
        verbose_name_plural = _("资格考试场次")
        ordering = ["-held_on"]

    def __str__(self) -> str:
        return self.name


class ExamResult(models.Model):
    """考试成绩: one candidate's result in one session; absent candidates have no score."""

    session = models.ForeignKey(
        ExamSession,
        verbose_name=_("考试场次"),
        on_delete=models.PROTECT,
        related_name="results",
        help_text=_("考试场次。"),
    )
    person = models.ForeignKey(
        "personnel.Person",
        verbose_name=_("考生"),
        on_delete=models.PROTECT,
        related_name="exam_results",
        help_text=_("考生。"),
    )
    score = models.DecimalField(
        _("成绩"), max_digits=5, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))], help_text=_("百分制成绩；缺考为空。"),
    )  # fmt: skip
    passed = models.BooleanField(_("合格"), default=False, help_text=_("成绩不低于本场合格分数线。"))

    class Meta:
        verbose_name = _("考试成绩")
        verbose_name_plural = _("考试成绩")
        constraints = [
            models.UniqueConstraint(fields=["session", "person"], name="exam_result_unique"),
            models.CheckConstraint(
                condition=models.Q(score__isnull=True) | (models.Q(score__gte=0) & models.Q(score__lte=100)),
                name="exam_score_range",
                violation_error_message=_("成绩应在 0 至 100 之间。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.session} {self.person}"


class AnnualAssessment(models.Model):
    """年度考核: one result per person per year; 不合格 suspends the certificate (seed 003 二、1)."""

    person = models.ForeignKey(
        "personnel.Person",
        verbose_name=_("人员"),
        on_delete=models.PROTECT,
        related_name="assessments",
        help_text=_("被考核人员。"),
    )
    year = models.IntegerField(
        _("考核年度"), validators=[MinValueValidator(2000)], help_text=_("考核所属年度。")
    )
    result = models.CharField(
        _("考核结果"), max_length=12, choices=AssessmentResult.choices, help_text=_("年度考核等次。")
    )
    note = models.TextField(_("说明"), blank=True, help_text=_("考核说明。"))
    recorded_by = models.CharField(_("登记人"), max_length=200, help_text=_("登记的账号。"))
    recorded_at = models.DateTimeField(_("登记时间"), help_text=_("登记时间。"))

    class Meta:
        verbose_name = _("年度考核")
        verbose_name_plural = _("年度考核")
        ordering = ["-year"]
        constraints = [models.UniqueConstraint(fields=["person", "year"], name="assessment_unique_year")]

    def __str__(self) -> str:
        return f"{self.person} {self.year} {self.get_result_display()}"
