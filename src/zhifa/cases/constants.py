from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseSource(models.TextChoices):
    """Where a case record comes from: handled in zhifa, or imported from a departmental system."""

    ZHIFA = "zhifa", _("本平台办理")
    IMPORTED = "imported", _("部门系统导入")


class CaseStatus(models.TextChoices):
    OPEN = "open", _("办理中")
    CLOSED = "closed", _("已办结")


class ProcedureCode(models.TextChoices):
    """Which procedure table a case follows (``cases.procedures``)."""

    PENALTY_GENERAL = "penalty_general", _("行政处罚普通程序")
    PENALTY_SIMPLE = "penalty_simple", _("行政处罚简易程序")
    REGISTER = "register", _("登记（导入）")


class ClueOrigin(models.TextChoices):
    """案件来源 (the issue's list; 《市场监督管理行政处罚程序规定》第十七条 lists the same kinds)."""

    INSPECTION = "inspection", _("监督检查发现")
    COMPLAINT = "complaint", _("投诉举报")
    REFERRAL = "referral", _("其他机关移送")
    ASSIGNED = "assigned", _("上级交办")
    TRANSFERRED = "transferred", _("下级报请或其他部门转办")
    OTHER = "other", _("其他途径")


class PartyKind(models.TextChoices):
    """当事人类型: the discretion calculator's party type follows from it (``party_type``)."""

    PERSON = "person", _("自然人")
    ORGANISATION = "organisation", _("法人或其他组织")
    INDIVIDUAL_BUSINESS = "individual_business", _("个体工商户")


class DecisionOutcome(models.TextChoices):
    """处理决定的种类 (《行政处罚法》第五十七条第一款)."""

    PENALTY = "penalty", _("给予行政处罚")
    NO_PENALTY = "no_penalty", _("不予行政处罚")
    NOT_ESTABLISHED = "not_established", _("违法事实不能成立，不予处罚")


class ReviewOpinion(models.TextChoices):
    """法制审核意见 (legal-rules §2, 国办发〔2018〕118号: 同意 / 纠正 / 移送)."""

    AGREE = "agree", _("同意")
    CORRECT = "correct", _("纠正后再审")
    TRANSFER = "transfer", _("移送有权机关")


class Finding(models.TextChoices):
    PASS = "pass", _("符合")
    FAIL = "fail", _("不符合")
    NOT_APPLICABLE = "na", _("不适用")


# 法制审核的审核内容 (legal-rules §2, quoting 国办发〔2018〕118号; seed 001 (三)). Every item needs a finding
# before an opinion can be submitted.
REVIEW_ITEMS: tuple[tuple[str, str], ...] = (
    ("subject", "执法主体是否合法"),
    ("officers", "执法人员是否具备执法资格"),
    ("facts", "主要事实是否清楚"),
    ("evidence", "证据是否合法、充分"),
    ("law", "适用法律、法规、规章是否准确"),
    ("benchmark", "裁量基准运用是否适当"),
    ("procedure", "执法程序是否合法"),
    ("powers", "是否超越执法机关法定权限"),
    ("documents", "执法文书是否完备、规范"),
    ("crime", "违法行为是否涉嫌犯罪、需要移送司法机关"),
)
REVIEW_ITEM_LABELS = dict(REVIEW_ITEMS)


class DocumentKind(models.TextChoices):
    """执法文书 of the penalty procedure; ``DOCUMENT_PREFIX`` gives each its 文号 word."""

    CLUE_REGISTER = "clue_register", _("案件来源登记表")
    FILING_APPROVAL = "filing_approval", _("立案审批表")
    NOT_FILED = "not_filed", _("不予立案审批表")
    INQUIRY_RECORD = "inquiry_record", _("询问笔录")
    INSPECTION_RECORD = "inspection_record", _("现场检查笔录")
    PRESERVATION_NOTICE = "preservation_notice", _("先行登记保存通知书")
    INVESTIGATION_REPORT = "investigation_report", _("调查终结报告")
    CASE_AUDIT = "case_audit", _("案件审核表")
    PRIOR_NOTICE = "prior_notice", _("行政处罚事先告知书")
    HEARING_RIGHTS = "hearing_rights", _("听证告知书")
    STATEMENT_RECORD = "statement_record", _("陈述申辩笔录")
    HEARING_NOTICE = "hearing_notice", _("听证通知书")
    HEARING_RECORD = "hearing_record", _("听证笔录")
    LEGAL_REVIEW = "legal_review", _("法制审核意见书")
    DISCUSSION_RECORD = "discussion_record", _("集体讨论记录")
    PENALTY_DECISION = "penalty_decision", _("行政处罚决定书")
    NO_PENALTY_DECISION = "no_penalty_decision", _("不予行政处罚决定书")
    CREDIT_REPAIR_NOTICE = "credit_repair_notice", _("信用修复告知书")
    SERVICE_RECEIPT = "service_receipt", _("送达回证")
    EXTENSION_APPROVAL = "extension_approval", _("延长办案期限审批表")
    SUSPENSION_APPROVAL = "suspension_approval", _("案件中止审批表")
    PAYMENT_DEFERRAL = "payment_deferral", _("延期（分期）缴纳罚款决定书")
    ENFORCEMENT_APPLICATION = "enforcement_application", _("强制执行申请书")
    TRANSFER_LETTER = "transfer_letter", _("涉嫌犯罪案件移送书")
    REVOCATION = "revocation", _("撤销立案审批表")
    CLOSING_REPORT = "closing_report", _("结案报告")
    ON_SPOT_DECISION = "on_spot_decision", _("当场行政处罚决定书")


# The word in a document's 文号, e.g. 区市场监管罚〔2026〕12号 (one series per body, year and kind). Documents that
# carry no 文号 in practice (records, forms) are numbered in the case's own sequence instead (see ``Document``).
DOCUMENT_PREFIX: dict[str, str] = {
    DocumentKind.FILING_APPROVAL: "立",
    DocumentKind.PRESERVATION_NOTICE: "保",
    DocumentKind.PRIOR_NOTICE: "告",
    DocumentKind.HEARING_RIGHTS: "听告",
    DocumentKind.HEARING_NOTICE: "听通",
    DocumentKind.LEGAL_REVIEW: "法审",
    DocumentKind.PENALTY_DECISION: "罚",
    DocumentKind.NO_PENALTY_DECISION: "不罚",
    DocumentKind.CREDIT_REPAIR_NOTICE: "信修",
    DocumentKind.PAYMENT_DEFERRAL: "缓",
    DocumentKind.ENFORCEMENT_APPLICATION: "强申",
    DocumentKind.TRANSFER_LETTER: "移",
    DocumentKind.ON_SPOT_DECISION: "简罚",
}


class DeadlineKind(models.TextChoices):
    """The deadlines a case step starts (legal-rules §0, §1, §2, §10); each row says its basis."""

    DECISION = "decision", _("作出处理决定")
    PRESERVATION = "preservation", _("先行登记保存物品处理")
    STATEMENT = "statement", _("陈述申辩、申请听证")
    HEARING_REQUEST = "hearing_request", _("申请听证")
    LEGAL_REVIEW = "legal_review", _("法制审核")
    SERVICE = "service", _("送达决定书")
    PAYMENT = "payment", _("缴纳罚款")
    TRANSFER_DECISION = "transfer_decision", _("负责人作出是否批准移送的决定")
    HANDOVER = "handover", _("向公安机关移交案件")
    POLICE_FILING = "police_filing", _("公安机关作出立案决定")
    OBJECTION = "objection", _("对不予立案提请复议或建议立案监督")
    POLICE_RECONSIDERATION = "police_review", _("公安机关作出复议决定")
    ITEMS_HANDOVER = "items_handover", _("向公安机关移交涉案物品")
    FILING_RECORD = "filing_record", _("简易程序决定备案")


class DeadlineStatus(models.TextChoices):
    RUNNING = "running", _("计时中")
    MET = "met", _("已完成")
    CANCELLED = "cancelled", _("已终止")


class OfficerRole(models.TextChoices):
    LEAD = "lead", _("主办")
    ASSISTANT = "assistant", _("协办")


class InvestigationKind(models.TextChoices):
    """调查取证 acts; each produces its record (文书)."""

    INQUIRY = "inquiry", _("询问")
    ON_SITE = "on_site", _("现场检查（勘验）")
    PRESERVATION = "preservation", _("先行登记保存证据")
    OTHER = "other", _("调取、抽样等其他取证")


INVESTIGATION_DOCUMENT = {
    InvestigationKind.INQUIRY: DocumentKind.INQUIRY_RECORD,
    InvestigationKind.ON_SITE: DocumentKind.INSPECTION_RECORD,
    InvestigationKind.PRESERVATION: DocumentKind.PRESERVATION_NOTICE,
    InvestigationKind.OTHER: DocumentKind.INSPECTION_RECORD,
}


class PreservedMeasure(models.TextChoices):
    """对先行登记保存证据的处理决定 (《市场监督管理行政处罚程序规定》第三十四条, S: the usual measures)."""

    RECORD_AND_RETURN = "record_return", _("记录、复制、拍照后解除保存")
    TEST = "test", _("交由检验、检测、检疫、鉴定")
    SEIZE = "seize", _("依法采取查封、扣押等行政强制措施")
    TRANSFER = "transfer", _("移送有关机关处理")
    RELEASE = "release", _("不需要继续保存的，解除先行登记保存")


class ServiceMethod(models.TextChoices):
    """送达方式 (《行政处罚法》第六十一条 → 《民事诉讼法》第八十七条至第九十五条)."""

    DIRECT = "direct", _("直接送达")
    LEFT = "left", _("留置送达")
    POSTAL = "postal", _("邮寄送达")
    ELECTRONIC = "electronic", _("电子送达（经当事人书面同意）")
    PUBLIC_NOTICE = "public_notice", _("公告送达")
