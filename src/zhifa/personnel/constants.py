from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffType(models.TextChoices):
    CIVIL_SERVANT = "civil_servant", _("公务员")
    CIVIL_SERVANT_MANAGED = "civil_servant_managed", _("参照公务员法管理人员")
    PUBLIC_INSTITUTION = "public_institution", _("事业编制人员")
    AUXILIARY = "auxiliary", _("辅助人员")


class PersonStatus(models.TextChoices):
    ON_DUTY = "on_duty", _("在岗")
    LEFT = "left", _("已离岗")


class Gender(models.TextChoices):
    MALE = "男", _("男")
    FEMALE = "女", _("女")


class TrainingCategory(models.TextChoices):
    PUBLIC_LAW = "public_law", _("公共法律知识")
    BUSINESS = "business", _("业务知识")
    SKILLS = "skills", _("执法技能")


class AssessmentResult(models.TextChoices):
    EXCELLENT = "excellent", _("优秀")
    COMPETENT = "competent", _("合格")
    BASIC = "basic", _("基本合格")
    FAILED = "failed", _("不合格")


class CancelReason(models.TextChoices):
    RETIRED = "retired", _("退休")
    RESIGNED = "resigned", _("辞职、辞退")
    DECEASED = "deceased", _("死亡")
    TRANSFERRED_OUT = "transferred_out", _("调出执法单位")
    EXPIRED = "expired", _("有效期届满未换发")
    OTHER = "other", _("其他")
