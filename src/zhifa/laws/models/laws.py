from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

from ..constants import LawKind


class Law(TimeStampedModel):
    """法律法规: a statute or other normative text that enforcement rests on, across its versions.

    A law is known by its full title (中华人民共和国食品安全法) and cited by its short title (《食品安全法》). Its
    texts are ``LawVersion`` rows, one per revision or amendment, imported from the statute files.
    """

    title = models.CharField(
        _("名称"), max_length=200, unique=True, help_text=_("法律法规全称，如“中华人民共和国食品安全法”。")
    )
    short_title = models.CharField(
        _("简称"), max_length=200, db_index=True,
        help_text=_("引用时使用的名称，即去掉“中华人民共和国”的名称，如“食品安全法”。"),
    )  # fmt: skip
    kind = models.CharField(
        _("法的形式"), max_length=30, choices=LawKind.choices,
        help_text=_("法律、行政法规、部门规章等（效力层级）；导入时按名称和制定机关推断，可在管理后台更正。"),
    )  # fmt: skip

    class Meta:
        verbose_name = _("法律法规")
        verbose_name_plural = _("法律法规")
        ordering = ["short_title"]

    def __str__(self) -> str:
        return self.title

    @property
    def citation_title(self) -> str:
        """The title in book-title marks as citations write it: 《食品安全法》."""
        return f"《{self.short_title}》"


class LawVersion(models.Model):
    """法律法规版本: the text of a law as revised or amended on ``version_date``, in force from
    ``effective_from``. Imported from one statute file and never edited (its SHA-256 identifies the file);
    the version with the latest version date is the current one (``is_current``)."""

    law = models.ForeignKey(
        Law, verbose_name=_("法律法规"), on_delete=models.PROTECT, related_name="versions",
        help_text=_("本版本所属的法律法规。"),
    )  # fmt: skip
    version_date = models.DateField(
        _("版本日期"), help_text=_("通过、修订或修正的日期，取自文件名，如“食品安全法(2021-04-29).md”。")
    )
    effective_from = models.DateField(
        _("施行日期"),
        help_text=_("本版本开始施行的日期：取自题注或附则“自…起施行”，未载明的为版本日期。"),
    )
    preamble = models.TextField(_("题注"), blank=True, help_text=_("通过与历次修订、修正的记载。"))
    source_name = models.CharField(_("来源文件"), max_length=255, help_text=_("导入时的文件名。"))
    sha256 = models.CharField(
        _("SHA-256"),
        max_length=64,
        unique=True,
        help_text=_("来源文件内容的 SHA-256 摘要；内容相同不再导入。"),
    )
    imported_at = models.DateTimeField(_("导入时间"), help_text=_("本版本导入法律法规库的时间。"))
    imported_by = models.CharField(_("导入人"), max_length=200, help_text=_("执行导入的账号或命令。"))
    is_current = models.BooleanField(
        _("现行版本"), default=False, help_text=_("是否为该法律法规版本日期最新的版本（由导入程序维护）。")
    )

    class Meta:
        verbose_name = _("法律法规版本")
        verbose_name_plural = _("法律法规版本")
        ordering = ["law", "-version_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["law", "version_date"],
                name="lawversion_one_per_date",
                violation_error_message=_("同一法律法规同一版本日期只能有一个版本。"),
            ),
            models.UniqueConstraint(
                fields=["law"],
                condition=models.Q(is_current=True),
                name="lawversion_one_current",
                violation_error_message=_("同一法律法规只能有一个现行版本。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.law.short_title}（{self.version_date:%Y-%m-%d}）"
