from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OFFICER = "officer", _("执法人员")
    LEGAL_REVIEWER = "legal_reviewer", _("法制审核人员")
    AGENCY_HEAD = "agency_head", _("机关负责人")
    SUPERVISOR = "supervisor", _("司法局监督人员")
    JUSTICE_OFFICE = "justice_office", _("司法所人员")
    ADMIN = "admin", _("系统管理员")


class Perm(models.TextChoices):
    """Permissions a role or an API token carries; each API action and page declares the one it needs."""

    ORG_VIEW = "organisations.view", _("查看执法主体")
    ORG_MANAGE = "organisations.manage", _("管理执法主体、主体公告与委托")
    PERSON_VIEW = "personnel.view", _("查看执法人员")
    PERSON_MANAGE = "personnel.manage", _("登记与维护执法人员")
    CERT_APPLY = "certificates.apply", _("申领、收回、挂失执法证")
    CERT_PRELIM = "certificates.preliminary_review", _("初审执法证申领")
    CERT_REVIEW = "certificates.review", _("审核、发证、年审、暂扣、吊销、注销、异动执法证")
    TRAINING_MANAGE = "training.manage", _("登记与导入培训记录")
    EXAM_MANAGE = "exams.manage", _("组织资格考试、登记成绩")
    ASSESSMENT_MANAGE = "assessments.manage", _("登记年度考核结果")
    AUDIT_VIEW = "audit.view", _("查看审计日志")
    TOKEN_MANAGE = "tokens.manage", _("管理 API 令牌")
    LAW_MANAGE = "laws.manage", _("导入与维护法律法规库")
    CATALOG_VIEW = "catalog.view", _("查看执法事项清单与裁量基准")
    CATALOG_MANAGE = "catalog.manage", _("编制执法事项（草稿）")
    CATALOG_PUBLISH = "catalog.publish", _("审核发布执法事项清单与街道赋权指导目录")
    BENCHMARK_MANAGE = "benchmarks.manage", _("制定、细化与报送裁量基准")
    BENCHMARK_FILE = "benchmarks.file", _("裁量基准备案审查、登记上级基准")
    CASE_VIEW = "cases.view", _("查看执法案件")
    CASE_HANDLE = "cases.handle", _("承办案件（登记、调查、告知、送达、执行）")
    CASE_APPROVE = "cases.approve", _("审批案件（立案、决定、中止、延期、回避、移送、结案）")
    CASE_REVIEW = "cases.review", _("案件审核与法制审核")
    ACT_VIEW = "acts.view", _("查看行政许可、行政强制、行政检查及其他执法行为")
    ACT_HANDLE = "acts.handle", _("办理行政许可、行政强制、行政检查及其他执法行为（受理、审查、实施、记录）")
    ACT_APPROVE = "acts.approve", _("审批行政许可决定、行政强制措施与执行、行政检查")
    PUBLICITY_VIEW = "publicity.view", _("查看公示记录、公示期限与纠错")
    PUBLICITY_REVIEW = "publicity.review", _("保密审查、发布与撤回公示、答复纠错")
