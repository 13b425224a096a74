"""Choices of the catalog of enforcement matters (行政执法事项清单)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MatterKind(models.TextChoices):
    """事项类型: the eleven kinds of a 权责清单 / 行政执法事项清单 (seed 000 §7)."""

    PENALTY = "penalty", _("行政处罚")
    LICENCE = "licence", _("行政许可")
    COERCION = "coercion", _("行政强制")
    INSPECTION = "inspection", _("行政检查")
    LEVY = "levy", _("行政征收")
    REQUISITION = "requisition", _("行政征用")
    CONFIRMATION = "confirmation", _("行政确认")
    PAYMENT = "payment", _("行政给付")
    REWARD = "reward", _("行政奖励")
    ADJUDICATION = "adjudication", _("行政裁决")
    OTHER = "other", _("其他行政权力")


class ExerciseLevel(models.TextChoices):
    """行使层级."""

    PROVINCE = "province", _("省级")
    CITY = "city", _("市级")
    COUNTY = "county", _("县级")
    TOWNSHIP = "township", _("乡级")


class StreetDelegation(models.TextChoices):
    """How a matter reaches the streets and townships (seed 000 §8; seed 003 三(三)2)."""

    NONE = "none", _("不下放")
    DELEGATED = "delegated", _("赋权（依指导目录）")
    ENTRUSTED = "entrusted", _("委托")


class MatterStatus(models.TextChoices):
    """A matter version moves draft → published; a published version is closed by a later one (R8)."""

    DRAFT = "draft", _("草稿")
    PUBLISHED = "published", _("已发布")
    REPEALED = "repealed", _("已废止")


class BasisRole(models.TextChoices):
    ESTABLISHES = "establishes", _("设定依据")
    IMPLEMENTS = "implements", _("实施依据")


class AVStep(models.TextChoices):
    """Steps that the 音像记录事项清单 may require on audio/video (seed 001 (二)3; legal-rules §2)."""

    ON_SITE_INSPECTION = "on_site_inspection", _("现场检查")
    RANDOM_INSPECTION = "random_inspection", _("随机抽查")
    INVESTIGATION = "investigation", _("调查取证")
    EVIDENCE_PRESERVATION = "evidence_preservation", _("证据保全（先行登记保存）")
    SEIZURE = "seizure", _("查封、扣押")
    FORCED_DEMOLITION = "forced_demolition", _("强制拆除")
    COERCIVE_EXECUTION = "coercive_execution", _("行政强制执行")
    HEARING = "hearing", _("听证")
    SERVICE = "service", _("送达（留置送达）")
    ON_SITE_DECISION = "on_site_decision", _("当场处罚")


# Acts that must be recorded on audio/video whatever the catalog says (legal-rules §2, 国办发〔2018〕118号).
MANDATORY_AV_STEPS = frozenset({AVStep.SEIZURE, AVStep.FORCED_DEMOLITION, AVStep.COERCIVE_EXECUTION})


class InspectionCategory(models.TextChoices):
    """抽查事项 category: 重点 items have no ratio cap, 一般 items a limited ratio (legal-rules §7)."""

    KEY = "key", _("重点检查事项")
    GENERAL = "general", _("一般检查事项")


class MajorCriterion(models.TextChoices):
    """Criteria of the 重大执法决定法制审核目录清单 besides amounts and penalty kinds (legal-rules §2)."""

    PUBLIC_INTEREST = "public_interest", _("涉及重大公共利益")
    SOCIAL_IMPACT = "social_impact", _("可能造成重大社会影响或引发社会风险")
    HEARING_HELD = "hearing_held", _("经过听证程序")
    COMPLEX = "complex", _("案件情况疑难复杂、涉及多个法律关系")
    BENCHMARK_DEVIATION = "benchmark_deviation", _("超出裁量基准拟减轻或加重处罚")
