from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel
from zhifa.utils.validators import validate_resident_id

from ..constants import Gender, PersonStatus, StaffType


class Person(TimeStampedModel):
    """执法人员档案: a person working in an enforcement body, whether or not they hold a certificate.

    Gender and birth date are derived from the 居民身份证号 (GB 11643-1999) when the record is saved by
    ``person_create``/``person_update``. 辅助人员 can never hold a certificate nor act alone (《行政处罚法》
    第四十二条; 国办发〔2024〕54号 "五个严禁").
    """

    name = models.CharField(_("姓名"), max_length=50, db_index=True, help_text=_("姓名。"))
    id_number = models.CharField(
        _("居民身份证号"), max_length=18, unique=True, validators=[validate_resident_id],
        help_text=_("18 位居民身份证号码，校验码与出生日期必须正确。从不公开。"),
    )  # fmt: skip
    gender = models.CharField(
        _("性别"), max_length=2, choices=Gender.choices, help_text=_("由身份证号第17位推得。")
    )
    birth_date = models.DateField(_("出生日期"), help_text=_("由身份证号推得。"))
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("所在机构"), on_delete=models.PROTECT, related_name="people",
        help_text=_("人员所在的执法主体或其内设机构。"),
    )  # fmt: skip
    post = models.CharField(_("职务/岗位"), max_length=50, blank=True, help_text=_("职务或岗位。"))
    staff_type = models.CharField(
        _("人员类别"), max_length=30, choices=StaffType.choices, help_text=_("编制与身份类别。")
    )
    has_legal_qualification = models.BooleanField(
        _("法律职业资格"),
        default=False,
        help_text=_("是否取得国家统一法律职业资格（初次从事法制审核须具备，《行政处罚法》第五十八条）。"),
    )
    legal_review_since = models.DateField(
        _("从事法制审核起始日"), null=True, blank=True,
        help_text=_("在本平台启用前已从事行政处罚决定法制审核的，填写起始日；此后不属于初次从事，"
                    "不受须取得法律职业资格的限制（《行政处罚法》第五十八条第二款）。"),
    )  # fmt: skip
    phone = models.CharField(_("联系电话"), max_length=30, blank=True, help_text=_("工作联系电话，不公开。"))
    photo = models.ForeignKey(
        "core.StoredFile", verbose_name=_("照片"), on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        help_text=_("证件照（JPEG/PNG），在执法证核验页展示。"),
    )  # fmt: skip
    status = models.CharField(
        _("在岗状态"),
        max_length=12,
        choices=PersonStatus.choices,
        default=PersonStatus.ON_DUTY,
        help_text=_("在岗或已离岗。"),
    )

    class Meta:
        verbose_name = _("执法人员")
        verbose_name_plural = _("执法人员")
        ordering = ["organisation_id", "name", "id"]
        indexes = [models.Index(fields=["organisation", "status"])]

    def clean(self) -> None:
        if self.legal_review_since and self.legal_review_since > timezone.localdate():
            raise ValidationError({"legal_review_since": _("从事法制审核起始日不能晚于今天。")})

    def __str__(self) -> str:
        return self.name

    @property
    def is_auxiliary(self) -> bool:
        return self.staff_type == StaffType.AUXILIARY

    @property
    def masked_id_number(self) -> str:
        return f"{self.id_number[:6]}********{self.id_number[-4:]}"
