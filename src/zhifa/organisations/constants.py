from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    """What kind of organisation a row is, for the organisation tree and for scoping."""

    BODY = "body", _("行政执法主体")
    INTERNAL_UNIT = "internal_unit", _("内设机构")
    STREET = "street", _("街道/乡镇")
    STREET_TEAM = "street_team", _("街道/乡镇综合行政执法队")
    JUSTICE_BUREAU = "justice_bureau", _("司法局")
    JUSTICE_OFFICE = "justice_office", _("司法所")


class SubjectKind(models.TextChoices):
    """执法主体类别 (《行政处罚法》第十七条至第二十一条)."""

    STATUTORY = "statutory", _("法定行政机关")
    AUTHORISED = "authorised", _("法律法规授权组织")
    ENTRUSTED = "entrusted", _("受委托组织")


class Domain(models.TextChoices):
    MARKET = "market", _("市场监管")
    URBAN = "urban", _("城市管理")
    ECOLOGY = "ecology", _("生态环境")
    EMERGENCY = "emergency", _("应急管理")
    TRANSPORT = "transport", _("交通运输")
    CULTURE = "culture", _("文化市场")
    AGRICULTURE = "agriculture", _("农业农村")
    HEALTH = "health", _("卫生健康")
    NATURAL_RESOURCES = "natural_resources", _("自然资源")
    COMPREHENSIVE = "comprehensive", _("综合行政执法")
    HOUSING = "housing", _("住房城乡建设")
    WATER = "water", _("水利")
    FORESTRY = "forestry", _("林业")
    EDUCATION = "education", _("教育")
    CIVIL_AFFAIRS = "civil_affairs", _("民政")
    HUMAN_RESOURCES = "human_resources", _("人力资源社会保障")
    JUSTICE = "justice", _("司法行政")
    TAX = "tax", _("税务")
    PUBLIC_SECURITY = "public_security", _("公安")
    OTHER = "other", _("其他")


class OrgStatus(models.TextChoices):
    ACTIVE = "active", _("存续")
    ABOLISHED = "abolished", _("已撤销")


class AnnouncementKind(models.TextChoices):
    ESTABLISHED = "established", _("主体确认")
    CHANGED = "changed", _("主体变更")
    ABOLISHED = "abolished", _("主体撤销")


class EntrustmentStatus(models.TextChoices):
    ACTIVE = "active", _("有效")
    TERMINATED = "terminated", _("已终止")


# Categories whose rows act as an enforcement body for scoping (``body`` points at themselves).
SELF_BODY_CATEGORIES = {
    Category.BODY, Category.STREET, Category.STREET_TEAM, Category.JUSTICE_BUREAU, Category.JUSTICE_OFFICE,
}  # fmt: skip
# Categories that may hold enforcement powers and whose officers may hold certificates.
ENFORCING_CATEGORIES = {Category.BODY, Category.STREET, Category.STREET_TEAM, Category.JUSTICE_BUREAU}
# Categories that stand for a street or township when it exercises delegated or entrusted matters.
STREET_CATEGORIES = frozenset({Category.STREET, Category.STREET_TEAM})
