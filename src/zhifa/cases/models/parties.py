from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

from ..constants import PartyKind


class Party(TimeStampedModel):
    """当事人: a natural person, an organisation or an individual business that cases are brought against.

    One row per identifier (居民身份证号 for a person, 统一社会信用代码 for an organisation or an individual
    business), so that a party's history across cases, bodies and years is one query: 首违不罚 and repeat
    offences (《行政处罚法》第三十三条) are derived from it, never typed in. The identifier is validated by
    ``utils.validators`` and never published in full.
    """

    kind = models.CharField(
        _("当事人类型"),
        max_length=24,
        choices=PartyKind.choices,
        help_text=_("自然人、法人或其他组织、个体工商户。"),
    )
    name = models.CharField(_("名称/姓名"), max_length=200, db_index=True, help_text=_("当事人名称或姓名。"))
    identifier = models.CharField(
        _("证件号码"), max_length=18, unique=True,
        help_text=_("自然人的居民身份证号；单位和个体工商户的统一社会信用代码（校验码必须正确）。"),
    )  # fmt: skip
    legal_representative = models.CharField(
        _("法定代表人/经营者"),
        max_length=50,
        blank=True,
        help_text=_("单位的法定代表人或个体工商户的经营者。"),
    )
    address = models.CharField(
        _("住所/地址"), max_length=300, blank=True, help_text=_("住所或经营场所地址。")
    )
    phone = models.CharField(_("联系电话"), max_length=30, blank=True, help_text=_("联系电话，不公开。"))
    birth_date = models.DateField(
        _("出生日期"), null=True, blank=True, help_text=_("自然人由身份证号推得（用于年龄规则）。")
    )

    class Meta:
        verbose_name = _("当事人")
        verbose_name_plural = _("当事人")
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    @property
    def party_type(self) -> str:
        """自然人 or 法人或其他组织, for the thresholds of 《行政处罚法》第五十一条 and the calculator.

        An individual business is a natural person in civil law (《民法典》第五十四条) but is treated as an
        organisation by some benchmarks; parameter ``party.individual_business_type`` decides (default: person).
        """
        if self.kind == PartyKind.INDIVIDUAL_BUSINESS:
            from zhifa.core.parameters import get_param

            return get_param("party.individual_business_type")
        return "person" if self.kind == PartyKind.PERSON else "organisation"

    @property
    def masked_identifier(self) -> str:
        return f"{self.identifier[:6]}{'*' * (len(self.identifier) - 10)}{self.identifier[-4:]}"
