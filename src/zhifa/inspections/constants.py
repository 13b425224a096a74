"""Choices of the inspections app (行政检查): triggers, results, checklist answers, deadline kinds."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class InspectionTrigger(models.TextChoices):
    """检查启动方式: why the body inspects this target."""

    ROUTINE = "routine", _("日常检查")
    RANDOM = "random", _("双随机抽查")
    COMPLAINT = "complaint", _("投诉举报")
    ASSIGNED = "assigned", _("上级交办")
    SPECIAL = "special", _("专项检查")
    TRANSFERRED = "transferred", _("转办")


# Triggers that may go over the annual per-enterprise cap when the officer states why (国办发〔2024〕54号: the
# cap limits routine inspections; inspections on complaints, assignments and special campaigns are not planned).
CAP_EXEMPT_TRIGGERS = frozenset(
    {InspectionTrigger.COMPLAINT, InspectionTrigger.ASSIGNED, InspectionTrigger.SPECIAL}
)


class InspectionResult(models.TextChoices):
    """检查结果."""

    NO_PROBLEM = "no_problem", _("未发现问题")
    CORRECTION = "correction", _("责令改正")
    CASE = "case", _("立案查处")
    REFERRED = "referred", _("移送其他机关")


class Answer(models.TextChoices):
    """检查清单逐项结论."""

    PASS = "pass", _("符合")
    FAIL = "fail", _("不符合")
    NOT_APPLICABLE = "na", _("不适用")


class NoticeMethod(models.TextChoices):
    """告知方式."""

    SCAN = "scan", _("扫码入企平台告知")
    WRITTEN = "written", _("书面告知")
    PHONE = "phone", _("电话告知")
    ON_SITE = "on_site", _("现场告知")


class Signature(models.TextChoices):
    """现场检查笔录的签名情况."""

    SIGNED = "signed", _("当事人签名确认")
    REFUSED = "refused", _("当事人拒绝签名（已注明并由见证人签名）")
    ABSENT = "absent", _("当事人不在场（已由见证人签名）")


class DeadlineKind(models.TextChoices):
    CORRECTION = "correction", _("责令改正期限")
    RECHECK = "recheck", _("复查期限")
    PUBLICITY = "publicity", _("检查结果公示期限")
