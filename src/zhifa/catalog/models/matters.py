from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel
from zhifa.organisations.constants import Domain

from ..constants import BasisRole, InspectionCategory, MatterKind, MatterStatus, StreetDelegation


class Matter(TimeStampedModel):
    """行政执法事项: one enforcement power of the district's catalog, identified by its 基本编码 across versions.

    seed 000 §7: 权责清单和行政执法事项清单在事项名称、基本编码、设定依据、事项类型、行业部门、行使层级等方面要保持
    一致，可以"一单两用". Everything that can change lives on ``MatterVersion``; a case records the version it used.
    """

    basic_code = models.CharField(
        _("基本编码"), max_length=32, unique=True, help_text=_("全省统一的事项基本编码（与权责清单一致）。")
    )

    class Meta:
        verbose_name = _("行政执法事项")
        verbose_name_plural = _("行政执法事项")
        ordering = ["basic_code"]

    def __str__(self) -> str:
        return self.basic_code


class MatterVersion(TimeStampedModel):
    """事项版本: the content of a matter valid over a period (house style R8).

    A version is written as a draft, then published; publishing closes the previous published version the day
    before the new one takes effect, so published versions of a matter never overlap. Published versions are
    never edited: a change is a new version.
    """

    matter = models.ForeignKey(
        Matter, verbose_name=_("事项"), on_delete=models.PROTECT, related_name="versions",
        help_text=_("本版本所属的事项。"),
    )  # fmt: skip
    version = models.PositiveIntegerField(_("版本号"), help_text=_("同一事项内从 1 起递增。"))
    status = models.CharField(
        _("状态"), max_length=12, choices=MatterStatus.choices, default=MatterStatus.DRAFT,
        help_text=_("草稿、已发布或已废止；只有已发布的版本可被案件适用。"),
    )  # fmt: skip
    valid_from = models.DateField(_("生效日期"), help_text=_("本版本开始适用的日期。"))
    valid_until = models.DateField(
        _("失效日期"), null=True, blank=True, help_text=_("本版本适用的最后一日（含）；为空表示长期有效。")
    )
    name = models.CharField(_("事项名称"), max_length=300, help_text=_("与权责清单一致的事项名称。"))
    local_code = models.CharField(
        _("实施编码"), max_length=64, blank=True, help_text=_("本地实施清单的事项编码。")
    )
    power_item_code = models.CharField(
        _("权责清单事项编码"), max_length=64, blank=True,
        help_text=_("对应的权责清单事项编码（“一单两用”的对应关系）；与基本编码相同时可为空。"),
    )  # fmt: skip
    kind = models.CharField(
        _("事项类型"), max_length=16, choices=MatterKind.choices, help_text=_("十一类事项类型之一。")
    )
    domain = models.CharField(
        _("执法领域"), max_length=30, choices=Domain.choices, help_text=_("事项所属的行业领域。")
    )
    levels = models.JSONField(
        _("行使层级"), default=list, help_text=_("省级、市级、县级、乡级中行使该事项的层级（可多选）。")
    )
    bodies = models.ManyToManyField(
        "organisations.Organisation", verbose_name=_("实施主体"), related_name="matter_versions", blank=True,
        help_text=_("行使该事项的执法主体；赋权或受委托的街道/乡镇也在其中。"),
    )  # fmt: skip
    street_delegation = models.CharField(
        _("下放方式"), max_length=12, choices=StreetDelegation.choices, default=StreetDelegation.NONE,
        help_text=_("不下放、依指导目录赋权街道/乡镇，或委托街道/乡镇实施。"),
    )  # fmt: skip
    entrustment = models.ForeignKey(
        "organisations.Entrustment", verbose_name=_("委托"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="matter_versions", help_text=_("下放方式为委托时，所依据的书面委托。"),
    )  # fmt: skip
    description = models.TextField(_("说明"), blank=True, help_text=_("事项的办理说明、责任事项等。"))
    av_steps = models.JSONField(
        _("音像记录环节"), default=list, blank=True,
        help_text=_("音像记录事项清单：本事项必须全程音像记录的环节（种子文件001（二）3）。"),
    )  # fmt: skip
    major_fine_person = models.DecimalField(
        _("重大决定罚款数额（自然人）"), max_digits=14, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("对自然人罚款达到该数额即为重大执法决定；为空则适用本地区参数。"),
    )  # fmt: skip
    major_fine_org = models.DecimalField(
        _("重大决定罚款数额（组织）"), max_digits=14, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("对法人或其他组织罚款达到该数额即为重大执法决定；为空则适用本地区参数。"),
    )  # fmt: skip
    major_kinds = models.JSONField(
        _("重大决定处罚种类"), default=list, blank=True,
        help_text=_("作出即为重大执法决定的处罚种类，如吊销许可证件、责令停产停业。"),
    )  # fmt: skip
    major_criteria = models.JSONField(
        _("重大决定其他情形"), default=list, blank=True,
        help_text=_("重大执法决定法制审核目录清单中的其他情形（经过听证、涉及重大公共利益、疑难复杂等）。"),
    )  # fmt: skip
    hearing_fine_person = models.DecimalField(
        _("听证较大数额（自然人）"), max_digits=14, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("《行政处罚法》第六十三条“较大数额罚款”；为空则适用本省参数。"),
    )  # fmt: skip
    hearing_fine_org = models.DecimalField(
        _("听证较大数额（组织）"), max_digits=14, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)], help_text=_("同上，适用于法人或其他组织。"),
    )  # fmt: skip
    inspection_item = models.BooleanField(
        _("随机抽查事项"), default=False, help_text=_("是否列入随机抽查事项清单（“双随机、一公开”）。")
    )
    inspection_category = models.CharField(
        _("抽查类别"), max_length=12, choices=InspectionCategory.choices, blank=True,
        help_text=_("重点检查事项不设比例上限，一般检查事项比例严格控制。"),
    )  # fmt: skip
    inspection_subject = models.CharField(
        _("抽查主体"), max_length=200, blank=True, help_text=_("实施抽查的机关。")
    )
    inspection_target = models.CharField(
        _("抽查对象"), max_length=300, blank=True, help_text=_("被抽查的对象范围。")
    )
    inspection_content = models.TextField(_("抽查内容"), blank=True, help_text=_("抽查的具体内容。"))
    inspection_ratio = models.DecimalField(
        _("抽查比例（%）"), max_digits=5, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)], help_text=_("每轮抽取的对象比例。"),
    )  # fmt: skip
    inspection_frequency = models.CharField(
        _("抽查频次"), max_length=100, blank=True, help_text=_("如每年不少于1次。")
    )
    inspection_method = models.CharField(
        _("抽查方式"), max_length=200, blank=True, help_text=_("现场检查、书面检查等。")
    )
    checklist = models.JSONField(
        _("检查表单"), default=list, blank=True, help_text=_("行政检查时逐项记录的检查项目。")
    )
    change_note = models.TextField(
        _("修订说明"), blank=True, help_text=_("本版本与上一版本相比改了什么、为什么。")
    )
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True, help_text=_("版本发布的时间。"))
    published_by = models.CharField(_("发布人"), max_length=200, blank=True, help_text=_("发布版本的账号。"))

    class Meta:
        verbose_name = _("事项版本")
        verbose_name_plural = _("事项版本")
        ordering = ["matter__basic_code", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["matter", "version"], name="matter_version_unique"),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gte=models.F("valid_from")),
                name="matter_version_period_ordered",
                violation_error_message=_("失效日期不得早于生效日期。"),
            ),
            models.CheckConstraint(
                condition=~Q(street_delegation="entrusted") | Q(entrustment__isnull=False),
                name="matter_version_entrusted_has_entrustment",
                violation_error_message=_("下放方式为委托时必须关联书面委托。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.matter.basic_code} {self.name}（第{self.version}版）"

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def clean(self) -> None:
        """Published versions of one matter never overlap (R8)."""
        if self.status != MatterStatus.PUBLISHED or self.matter_id is None:
            return
        others = MatterVersion.objects.filter(
            matter_id=self.matter_id, status=MatterStatus.PUBLISHED
        ).exclude(pk=self.pk)
        end = self.valid_until or date.max
        clash = others.filter(
            Q(valid_until__isnull=True) | Q(valid_until__gte=self.valid_from), valid_from__lte=end
        )
        if clash.exists():
            raise ValidationError(_("该事项已有与此期间重叠的已发布版本。"))


class MatterBasis(models.Model):
    """依据: an article that establishes (设定依据) or under which a matter is implemented (实施依据).

    ``citation`` is kept as written; ``article`` links it to the law library's article in force when the
    version was written, so every citation can open the article text.
    """

    version = models.ForeignKey(
        MatterVersion, verbose_name=_("事项版本"), on_delete=models.CASCADE, related_name="bases",
        help_text=_("依据所属的事项版本。"),
    )  # fmt: skip
    role = models.CharField(
        _("依据类别"), max_length=12, choices=BasisRole.choices, help_text=_("设定依据或实施依据。")
    )
    citation = models.CharField(
        _("引用"), max_length=300, help_text=_("如《中华人民共和国食品安全法》第一百二十二条第一款。")
    )
    article = models.ForeignKey(
        "laws.Article", verbose_name=_("条文"), on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        help_text=_("法律法规库中对应的条文；库中尚无该法时为空。"),
    )  # fmt: skip
    order = models.PositiveSmallIntegerField(_("顺序"), default=0, help_text=_("同类依据的排列顺序。"))

    class Meta:
        verbose_name = _("事项依据")
        verbose_name_plural = _("事项依据")
        ordering = ["role", "order", "id"]

    def __str__(self) -> str:
        return self.citation
