from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel
from zhifa.utils.validators import validate_region_code, validate_uscc

from ..constants import AnnouncementKind, Category, Domain, OrgStatus, SubjectKind


class Organisation(TimeStampedModel):
    """机构: an enforcement body (执法主体), one of its internal units, a street or township and its
    comprehensive enforcement team, the 司法局 or a 司法所.

    ``body`` is the organisation whose scope a row shares: itself for bodies, streets, teams and justice
    organisations; the parent body for an internal unit. A body's existence, changes and abolition are
    announced (主体公告, seed 004 (一)3: "严格落实行政执法主体公告制度").
    """

    name = models.CharField(_("名称"), max_length=100, help_text=_("机构全称。"))
    short_name = models.CharField(_("简称"), max_length=30, blank=True, help_text=_("机构简称。"))
    category = models.CharField(
        _("机构类别"), max_length=20, choices=Category.choices, help_text=_("机构在组织树中的类别。")
    )
    subject_kind = models.CharField(
        _("主体类别"), max_length=20, choices=SubjectKind.choices, blank=True,
        help_text=_("法定行政机关、法律法规授权组织或受委托组织（《行政处罚法》第十七至二十一条）；内设机构为空。"),
    )  # fmt: skip
    uscc = models.CharField(
        _("统一社会信用代码"), max_length=18, null=True, blank=True, unique=True, validators=[validate_uscc],
        help_text=_("GB 32100-2015 统一社会信用代码；内设机构可为空。"),
    )  # fmt: skip
    legal_basis = models.TextField(
        _("主体资格依据"),
        blank=True,
        help_text=_("设立或授权、委托的法律依据（三定方案、法律法规条款、委托书）。"),
    )
    region_code = models.CharField(
        _("行政区划代码"),
        max_length=6,
        validators=[validate_region_code],
        help_text=_("GB/T 2260 行政区划代码。"),
    )
    domain = models.CharField(
        _("执法领域"), max_length=30, choices=Domain.choices, blank=True, help_text=_("主要执法领域。")
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("上级机构"), on_delete=models.PROTECT, null=True, blank=True, related_name="children",
        help_text=_("内设机构所属的主体、司法所所属的司法局、执法队所属的街道。"),
    )  # fmt: skip
    street = models.ForeignKey(
        "self", verbose_name=_("所属街道/乡镇"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="street_organisations", help_text=_("街道综合行政执法队、司法所所在的街道/乡镇。"),
    )  # fmt: skip
    body = models.ForeignKey(
        "self", verbose_name=_("所属主体"), on_delete=models.PROTECT, null=True, blank=True, related_name="units",
        help_text=_("决定数据范围的主体：主体本身，或内设机构所属的主体。"),
    )  # fmt: skip
    status = models.CharField(
        _("状态"),
        max_length=12,
        choices=OrgStatus.choices,
        default=OrgStatus.ACTIVE,
        help_text=_("存续或已撤销。"),
    )
    abolished_on = models.DateField(_("撤销日期"), null=True, blank=True, help_text=_("主体撤销生效的日期。"))
    head_name = models.CharField(_("负责人"), max_length=50, blank=True, help_text=_("机构主要负责人。"))
    address = models.CharField(_("地址"), max_length=200, blank=True, help_text=_("办公地址。"))
    phone = models.CharField(_("电话"), max_length=30, blank=True, help_text=_("对外联系电话。"))
    sort_order = models.IntegerField(_("排序"), default=0, help_text=_("同级机构的显示顺序。"))

    class Meta:
        verbose_name = _("机构")
        verbose_name_plural = _("机构")
        ordering = ["sort_order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(category="internal_unit") | models.Q(parent__isnull=False),
                name="organisation_internal_unit_has_parent",
                violation_error_message=_("内设机构必须有所属主体。"),
            ),
            models.CheckConstraint(
                condition=~models.Q(status="abolished") | models.Q(abolished_on__isnull=False),
                name="organisation_abolished_has_date",
                violation_error_message=_("已撤销的机构必须有撤销日期。"),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.status == OrgStatus.ACTIVE


class OrganisationAnnouncement(models.Model):
    """主体公告: the public announcement of a body's confirmation, change or abolition. Append-only."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("机构"),
        on_delete=models.PROTECT,
        related_name="announcements",
        help_text=_("公告涉及的机构。"),
    )
    kind = models.CharField(
        _("公告类型"), max_length=12, choices=AnnouncementKind.choices, help_text=_("确认、变更或撤销。")
    )
    title = models.CharField(_("标题"), max_length=200, help_text=_("公告标题。"))
    content = models.TextField(_("正文"), help_text=_("公告正文，含依据与生效日期。"))
    effective_on = models.DateField(_("生效日期"), help_text=_("公告事项生效的日期。"))
    published_at = models.DateTimeField(_("发布时间"), help_text=_("公告发布的时间。"))
    published_by = models.CharField(_("发布人"), max_length=200, help_text=_("发布公告的账号。"))
    changes = models.JSONField(
        _("变更内容"), default=dict, blank=True, help_text=_("变更公告所涉字段的前后值。")
    )

    class Meta:
        verbose_name = _("主体公告")
        verbose_name_plural = _("主体公告")
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return self.title
