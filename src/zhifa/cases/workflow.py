"""The penalty procedures as tables (house style R4): 普通程序 and 简易程序 of 《中华人民共和国行政处罚法》.

Read a row as: *from these states, a person with this permission may take this step, if these rules hold; it
produces these documents, starts and meets these deadlines, and leaves the case in this state.* The engine is
``core.procedures``; ``cases.services.case_step`` applies a step. Unusual edges cite their article in a comment.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.accounts.constants import Perm
from zhifa.core.procedures import PREVIOUS, Guard, Procedure, Produces, Step, register_procedure

from . import guards as g
from . import rules as r
from .constants import DeadlineKind, DocumentKind, ProcedureCode
from .constants import DeadlineKind as DL
from .constants import DocumentKind as D

L = "《中华人民共和国行政处罚法》"


class PenaltyState(models.TextChoices):
    NEW = "new", _("新建")
    CLUE = "clue", _("案源登记")
    VERIFIED = "verified", _("核查完毕（待立案审批）")
    INVESTIGATING = "investigating", _("调查取证")
    CASE_REVIEW = "case_review", _("案件审核")
    REVIEWED = "reviewed", _("审核通过（待告知）")
    NOTIFIED = "notified", _("已告知（陈述申辩期）")
    HEARING = "hearing", _("听证")
    HEARD = "heard", _("听证结束")
    LEGAL_REVIEW = "legal_review", _("法制审核中")
    REVIEW_AGREED = "review_agreed", _("法制审核同意")
    DECIDED = "decided", _("已决定（待送达）")
    EXECUTING = "executing", _("执行")
    COURT_ENFORCEMENT = "court_enforcement", _("申请法院强制执行")
    EXECUTED = "executed", _("执行完毕（待结案）")
    TRANSFER_APPROVED = "transfer_approved", _("已批准移送（待移交公安机关）")
    TRANSFERRED = "transferred", _("已移送司法机关")
    POLICE_DECLINED = "police_declined", _("公安机关不予立案")
    SUSPENDED = "suspended", _("中止")
    NOT_FILED = "not_filed", _("不予立案")
    REVOKED = "revoked", _("撤销立案")
    CLOSED = "closed", _("结案")
    ANNULLED = "annulled", _("决定已被撤销、变更或确认无效")


S = PenaltyState
# States in which the case is being investigated or decided: the 90-day clock runs, it can be suspended,
# extended, transferred, and officers can be recused or added.
BEFORE_DECISION = frozenset({S.INVESTIGATING, S.CASE_REVIEW, S.REVIEWED, S.NOTIFIED, S.HEARING, S.HEARD,
                             S.LEGAL_REVIEW, S.REVIEW_AGREED})  # fmt: skip
ACTIVE = BEFORE_DECISION | {S.DECIDED, S.EXECUTING, S.COURT_ENFORCEMENT}
DECIDABLE = frozenset({S.NOTIFIED, S.HEARD, S.REVIEW_AGREED})
TERMINAL = frozenset({S.NOT_FILED, S.REVOKED, S.CLOSED, S.ANNULLED})

OFFICERS = Guard(r.OFFICERS, g.two_certified_officers)
AV = Guard(r.AV_RECORD, g.av_recorded)
DATE = Guard(r.STEP_DATE, g.step_date)


def _penalised(ctx) -> bool:
    return g.fact(ctx, "outcome") == "penalty"


def _org_party(ctx) -> bool:
    return ctx.case.party_id is not None and ctx.case.party.party_type == "organisation"


def _credit_repair(ctx) -> bool:
    """两书同达 (seed 004; legal-rules §11): a decision on an organisation is served with the 信用修复告知书, except
    a warning alone, which is not published as credit information."""
    kinds = set(g.fact(ctx, "kinds") or [])
    return _penalised(ctx) and _org_party(ctx) and bool(kinds - {"warning"})


def _has_fine(ctx) -> bool:
    return bool(ctx.case.fine_amount)


def _steps(*rows: Step) -> tuple[Step, ...]:
    """Every step is dated, and its date must follow the previous step's (guard PEN-023 first)."""
    return tuple(Step(**{**s.__dict__, "guards": (DATE, *s.guards)}) for s in rows)


GENERAL_STEPS = _steps(
    Step("register_clue", "案源登记", frozenset({S.NEW}), S.CLUE, Perm.CASE_HANDLE,
         f"{L}第五十四条；《市场监督管理行政处罚程序规定》第十七条（案件来源）",
         documents=(Produces(D.CLUE_REGISTER),), help="登记发现或收到的案件线索。"),
    Step("verify", "核查", frozenset({S.CLUE}), S.VERIFIED, Perm.CASE_HANDLE,
         f"{L}第五十四条（符合立案标准的，应当及时立案）",
         guards=(OFFICERS,), officers=2, help="核查线索，确定违法行为发生日、地点与当事人。"),
    Step("file", "立案", frozenset({S.VERIFIED}), S.INVESTIGATING, Perm.CASE_APPROVE,
         f"{L}第五十四条第二款；第三十六条（追责时效）",
         guards=(Guard(r.COMPETENCE, g.body_exercises_matter), Guard(r.FACTS, g.act_date_known),
                 Guard(r.LIMITATION, g.within_limitation), OFFICERS),
         documents=(Produces(D.FILING_APPROVAL),), starts=(DL.DECISION,),
         help="机关负责人批准立案，指定两名以上承办人员；办案期限自立案之日起算。"),
    Step("decline", "不予立案", frozenset({S.CLUE, S.VERIFIED}), S.NOT_FILED, Perm.CASE_APPROVE,
         f"{L}第五十四条", documents=(Produces(D.NOT_FILED),), help="不符合立案条件的，经负责人批准不予立案并说明理由。"),
    Step("inquire", "询问", frozenset({S.INVESTIGATING}), None, Perm.CASE_HANDLE, f"{L}第四十二条、第五十五条",
         guards=(OFFICERS, AV), officers=2, documents=(Produces(D.INQUIRY_RECORD),), help="询问当事人或证人并制作笔录。"),
    Step("inspect_site", "现场检查", frozenset({S.INVESTIGATING}), None, Perm.CASE_HANDLE, f"{L}第四十二条、第五十五条",
         guards=(OFFICERS, AV), officers=2, documents=(Produces(D.INSPECTION_RECORD),), help="检查现场并制作笔录。"),
    Step("preserve", "先行登记保存", frozenset({S.INVESTIGATING}), None, Perm.CASE_APPROVE, f"{L}第五十六条",
         guards=(OFFICERS, AV), officers=2, documents=(Produces(D.PRESERVATION_NOTICE),), starts=(DL.PRESERVATION,),
         help="经负责人批准先行登记保存证据，七日内作出处理决定。"),
    Step("handle_preserved", "对先行登记保存证据作出处理决定", frozenset({S.INVESTIGATING}), None, Perm.CASE_APPROVE,
         f"{L}第五十六条", guards=(Guard(r.PRESERVATION, g.preservation_open),), stops=(DL.PRESERVATION,),
         help="先行登记保存后七日内作出处理决定：解除保存、送检、依法查封扣押或移送。"),
    Step("conclude", "调查终结", frozenset({S.INVESTIGATING}), S.CASE_REVIEW, Perm.CASE_HANDLE,
         f"{L}第五十七条；国办发〔2022〕27号（适用裁量基准）",
         guards=(Guard(r.PRESERVATION, g.preservation_handled),),
         documents=(Produces(D.INVESTIGATION_REPORT),),
         help="认定违法事实，提出处理意见；系统按裁量基准计算建议档次并判断是否重大、是否须集体讨论。"),
    Step("audit_pass", "案件审核通过", frozenset({S.CASE_REVIEW}), S.REVIEWED, Perm.CASE_REVIEW,
         "《市场监督管理行政处罚程序规定》第六十条至第六十三条（案件审核）", documents=(Produces(D.CASE_AUDIT),)),
    Step("audit_return", "案件审核退回补充调查", frozenset({S.CASE_REVIEW}), S.INVESTIGATING, Perm.CASE_REVIEW,
         "《市场监督管理行政处罚程序规定》第六十三条", documents=(Produces(D.CASE_AUDIT),)),
    Step("notify", "事先告知", frozenset({S.REVIEWED, S.REVIEW_AGREED}), S.NOTIFIED, Perm.CASE_HANDLE,
         f"{L}第四十四条、第六十三条",
         guards=(Guard(r.FACTS, g.party_known), Guard(r.FACTS, g.facts_recorded)),
         documents=(Produces(D.PRIOR_NOTICE),
                    Produces(D.HEARING_RIGHTS, lambda ctx: bool(g.proposal_hearing_grounds(ctx)), "拟处罚属听证范围时")),
         starts=(DL.STATEMENT,),
         help="告知拟作出的处罚内容及事实、理由、依据，以及陈述、申辩和（适用时）要求听证的权利。"),
    Step("record_statement", "陈述申辩与复核", frozenset({S.NOTIFIED, S.HEARD}), None, Perm.CASE_HANDLE,
         f"{L}第四十五条", documents=(Produces(D.STATEMENT_RECORD),), help="记录当事人的陈述、申辩，并复核是否采纳。"),
    Step("waive", "当事人放弃陈述申辩和听证", frozenset({S.NOTIFIED}), None, Perm.CASE_HANDLE, f"{L}第六十二条",
         stops=(DL.STATEMENT,), help="当事人书面明确放弃陈述、申辩和听证权利的，可不待期满作出决定。"),
    Step("request_hearing", "当事人要求听证", frozenset({S.NOTIFIED}), S.HEARING, Perm.CASE_HANDLE,
         f"{L}第六十三条、第六十四条第（一）项",
         guards=(Guard(r.HEARING_SCOPE, g.hearing_may_be_requested), Guard(r.HEARING_WINDOW, g.hearing_request_in_time)),
         stops=(DL.STATEMENT,)),
    Step("schedule_hearing", "指定主持人并通知听证", frozenset({S.HEARING}), None, Perm.CASE_APPROVE,
         f"{L}第六十四条第（二）项、第（四）项",
         guards=(Guard(r.HEARING_CHAIR, g.hearing_chair_not_investigator), Guard(r.HEARING_NOTICE, g.hearing_notice_seven_days)),
         documents=(Produces(D.HEARING_NOTICE),)),
    Step("hold_hearing", "举行听证", frozenset({S.HEARING}), S.HEARD, Perm.CASE_HANDLE, f"{L}第六十四条、第六十五条",
         guards=(Guard(r.HEARING_RECORD, g.hearing_scheduled), AV), documents=(Produces(D.HEARING_RECORD),)),
    Step("send_review", "送法制审核", frozenset({S.REVIEWED, S.NOTIFIED, S.HEARD}), S.LEGAL_REVIEW, Perm.CASE_HANDLE,
         f"{L}第五十八条", guards=(Guard(r.REVIEWER, g.reviewer_qualified),), starts=(DL.LEGAL_REVIEW,),
         help="重大执法决定在作出前送法制审核；审核人员未参与本案调查，初次审核须有法律职业资格。"),
    Step("review_agree", "法制审核：同意", frozenset({S.LEGAL_REVIEW}), S.REVIEW_AGREED, Perm.CASE_REVIEW,
         f"{L}第五十八条",
         guards=(Guard(r.REVIEW_ACTOR, g.actor_is_reviewer), Guard(r.REVIEW_ITEMS, g.findings_complete),
                 Guard(r.REVIEW_ITEMS, g.agree_has_no_failures)),
         documents=(Produces(D.LEGAL_REVIEW),), stops=(DL.LEGAL_REVIEW,)),
    # 纠正后再审: the case goes back to investigation; a corrected case is reviewed again (a new review row).
    Step("review_correct", "法制审核：纠正后再审", frozenset({S.LEGAL_REVIEW}), S.INVESTIGATING, Perm.CASE_REVIEW,
         f"{L}第五十八条；国办发〔2018〕118号（legal-rules §2）",
         guards=(Guard(r.REVIEW_ACTOR, g.actor_is_reviewer), Guard(r.REVIEW_ITEMS, g.findings_complete)),
         documents=(Produces(D.LEGAL_REVIEW),), stops=(DL.LEGAL_REVIEW,)),
    Step("review_transfer", "法制审核：建议移送", frozenset({S.LEGAL_REVIEW}), S.INVESTIGATING, Perm.CASE_REVIEW,
         f"{L}第二十七条、第五十八条",
         guards=(Guard(r.REVIEW_ACTOR, g.actor_is_reviewer), Guard(r.REVIEW_ITEMS, g.findings_complete)),
         documents=(Produces(D.LEGAL_REVIEW),), stops=(DL.LEGAL_REVIEW,)),
    Step("extend_review", "延长法制审核期限", frozenset({S.LEGAL_REVIEW}), None, Perm.CASE_REVIEW,
         "参数 review.extension_days（legal-rules §2，S）",
         guards=(Guard(r.REVIEW_ACTOR, g.actor_is_reviewer),)),
    Step("discuss", "集体讨论", frozenset({S.NOTIFIED, S.HEARD, S.REVIEW_AGREED, S.REVIEWED, S.LEGAL_REVIEW}), None,
         Perm.CASE_APPROVE, f"{L}第五十七条第二款", documents=(Produces(D.DISCUSSION_RECORD),)),
    Step("decide", "作出决定", DECIDABLE, S.DECIDED, Perm.CASE_APPROVE, f"{L}第五十七条、第五十九条、第六十二条",
         guards=(Guard(r.COMPETENCE, g.entrustment_in_force), Guard(r.FACTS, g.penalty_has_content),
                 Guard(r.NOTICE, g.notice_and_window),
                 Guard(r.HEARING_RECORD, g.hearing_concluded), Guard(r.HEARING_SCOPE, g.hearing_offered_when_needed),
                 Guard(r.NO_HEAVIER, g.not_heavier_than_notified), Guard(r.DISCUSSION, g.discussed_when_required),
                 Guard(r.DEVIATION, g.deviation_justified), Guard(r.MAJOR_REVIEW, g.major_decision_reviewed)),
         documents=(Produces(D.PENALTY_DECISION, _penalised, "给予行政处罚时"),
                    Produces(D.NO_PENALTY_DECISION, lambda ctx: not _penalised(ctx), "不予处罚时"),
                    Produces(D.CREDIT_REPAIR_NOTICE, _credit_repair, "当事人为单位且非仅警告（两书同达）")),
         starts=(DL.SERVICE,), stops=(DL.DECISION, DL.STATEMENT)),
    Step("serve", "送达决定书", frozenset({S.DECIDED}), S.EXECUTING, Perm.CASE_HANDLE,
         f"{L}第六十一条；《民事诉讼法》第八十七条至第九十五条", guards=(AV,),
         documents=(Produces(D.SERVICE_RECEIPT),), starts=(DL.PAYMENT,), stops=(DL.SERVICE,),
         help="宣告后当场交付；当事人不在场的，七日内送达。罚款自收到决定书之日起十五日内缴纳。"),
    Step("record_payment", "登记缴款", frozenset({S.EXECUTING, S.COURT_ENFORCEMENT}), None, Perm.CASE_HANDLE,
         f"{L}第六十七条、第七十二条", guards=(Guard(r.PAYMENT, g.payment_not_more_than_owed),)),
    Step("defer_payment", "批准延期（分期）缴纳", frozenset({S.EXECUTING}), None, Perm.CASE_APPROVE, f"{L}第六十六条第二款",
         guards=(Guard(r.PAYMENT, g.deferral_later),), documents=(Produces(D.PAYMENT_DEFERRAL),)),
    Step("apply_court", "申请法院强制执行", frozenset({S.EXECUTING}), S.COURT_ENFORCEMENT, Perm.CASE_APPROVE,
         f"{L}第七十二条第一款第（四）项", guards=(Guard(r.ENFORCEMENT, g.payment_overdue),),
         documents=(Produces(D.ENFORCEMENT_APPLICATION),)),
    Step("complete_execution", "执行完毕", frozenset({S.EXECUTING, S.COURT_ENFORCEMENT}), S.EXECUTED, Perm.CASE_HANDLE,
         f"{L}第六十六条", guards=(Guard(r.PAYMENT, g.nothing_owed),), stops=(DL.PAYMENT,)),
    Step("close", "结案", frozenset({S.EXECUTED, S.TRANSFERRED}), S.CLOSED, Perm.CASE_APPROVE,
         f"{L}第四十七条（执法全过程记录、归档）", guards=(Guard(r.CLOSING, g.closing_ready),),
         documents=(Produces(D.CLOSING_REPORT),)),
    Step("suspend", "中止", ACTIVE, S.SUSPENDED, Perm.CASE_APPROVE,
         "《市场监督管理行政处罚程序规定》第四十七条（案件中止），中止期间不计入办案期限（S）",
         documents=(Produces(D.SUSPENSION_APPROVAL),)),
    Step("resume", "恢复办理", frozenset({S.SUSPENDED}), PREVIOUS, Perm.CASE_APPROVE,
         "《市场监督管理行政处罚程序规定》第四十七条第二款（中止原因消除后恢复）（S）"),
    Step("extend", "延长办案期限", BEFORE_DECISION, None, Perm.CASE_APPROVE,
         f"{L}第六十条；参数 penalty.extension_days、penalty.max_extensions（S）",
         guards=(Guard(r.EXTENSION, g.extension_allowed),), documents=(Produces(D.EXTENSION_APPROVAL),)),
    Step("recuse", "决定回避", ACTIVE, None, Perm.CASE_APPROVE, f"{L}第四十三条",
         guards=(Guard(r.RECUSAL, g.officer_on_case),)),
    Step("assign_officer", "增派执法人员", ACTIVE, None, Perm.CASE_APPROVE, f"{L}第四十二条",
         guards=(Guard(r.OFFICERS, g.officer_assignable),)),
    # 两法衔接 (国务院令310 第五条): a case team of at least two officers reports; the head decides within 3 days;
    # an approved transfer goes to the police with the letter, the report and the inventory (第六条).
    Step("propose_transfer", "移送报告（涉嫌犯罪）", BEFORE_DECISION, None, Perm.CASE_HANDLE,
         "《行政执法机关移送涉嫌犯罪案件的规定》第三条、第五条",
         guards=(Guard(r.TRANSFER, g.two_certified_officers), Guard(r.TRANSFER, g.transfer_not_pending)),
         officers=2, starts=(DL.TRANSFER_DECISION,),
         help="专案组（两名以上执法人员）提出移送报告，报正职负责人或主持工作的负责人审批。"),
    Step("transfer", "批准移送司法机关", BEFORE_DECISION, S.TRANSFER_APPROVED, Perm.CASE_APPROVE,
         "《行政执法机关移送涉嫌犯罪案件的规定》第五条、第六条；《行政处罚法》第二十七条",
         guards=(Guard(r.TRANSFER, g.transfer_pending),), documents=(Produces(D.TRANSFER_LETTER),),
         starts=(DL.HANDOVER,), stops=(DL.TRANSFER_DECISION,),
         help="正职负责人批准移送，制作涉嫌犯罪案件移送书；批准后二十四小时内移交同级公安机关。"),
    Step("decline_transfer", "不批准移送", BEFORE_DECISION, None, Perm.CASE_APPROVE,
         "《行政执法机关移送涉嫌犯罪案件的规定》第五条第二款（不批准移送的，应当将不予批准的理由记录在案）",
         guards=(Guard(r.TRANSFER, g.transfer_pending),), stops=(DL.TRANSFER_DECISION,)),
    Step("hand_over", "移交公安机关", frozenset({S.TRANSFER_APPROVED}), S.TRANSFERRED, Perm.CASE_HANDLE,
         "《行政执法机关移送涉嫌犯罪案件的规定》第五条第二款（批准移送的，应当在24小时内向同级公安机关移送）、第六条、第七条",
         stops=(DL.HANDOVER,), starts=(DL.POLICE_FILING,),
         help="附移送书、调查报告、涉案物品清单和检验鉴定结论移交公安机关，公安机关在移送书回执上签字；公安机关自接受之日起三日内决定是否立案。"),
    # 公安机关立案: the body hands over the seized items within 3 days (第十二条); the case is then closed.
    Step("police_filed", "公安机关已立案", frozenset({S.TRANSFERRED}), None, Perm.CASE_HANDLE,
         "《行政执法机关移送涉嫌犯罪案件的规定》第八条、第十二条", stops=(DL.POLICE_FILING, DL.POLICE_RECONSIDERATION),
         starts=(DL.ITEMS_HANDOVER,), help="登记公安机关立案决定；移送时列有涉案物品的，自接到立案通知书之日起三日内移交。"),
    Step("hand_over_items", "移交涉案物品", frozenset({S.TRANSFERRED}), None, Perm.CASE_HANDLE,
         "《行政执法机关移送涉嫌犯罪案件的规定》第十二条", guards=(Guard(r.POLICE_OBJECTION, g.items_due),),
         stops=(DL.ITEMS_HANDOVER,)),
    # 公安机关不予立案 (第九条): within 3 days the body may ask the police to reconsider, and after a reconsideration
    # that upholds the refusal, the procuratorate to supervise the filing; otherwise it handles the case itself
    # (第十条). The days with the police do not count against the 90 (treated like a suspension).
    Step("police_declined", "公安机关不予立案", frozenset({S.TRANSFERRED}), S.POLICE_DECLINED, Perm.CASE_HANDLE,
         "《行政执法机关移送涉嫌犯罪案件的规定》第八条、第九条", stops=(DL.POLICE_FILING, DL.POLICE_RECONSIDERATION),
         starts=(DL.OBJECTION,)),
    Step("request_reconsideration", "提请公安机关复议", frozenset({S.POLICE_DECLINED}), S.TRANSFERRED, Perm.CASE_APPROVE,
         "《行政执法机关移送涉嫌犯罪案件的规定》第九条第一款",
         guards=(Guard(r.POLICE_OBJECTION, g.objection_in_time), Guard(r.POLICE_OBJECTION, g.reconsideration_once)),
         stops=(DL.OBJECTION,), starts=(DL.POLICE_RECONSIDERATION,),
         help="认为应当立案的，自接到不予立案通知书之日起三日内提请作出决定的公安机关复议；公安机关三日内作出复议决定。"),
    Step("request_supervision", "建议人民检察院立案监督", frozenset({S.POLICE_DECLINED}), S.TRANSFERRED,
         Perm.CASE_APPROVE, "《行政执法机关移送涉嫌犯罪案件的规定》第九条第二款",
         guards=(Guard(r.POLICE_OBJECTION, g.objection_in_time),
                 Guard(r.POLICE_OBJECTION, g.supervision_after_reconsideration)), stops=(DL.OBJECTION,),
         help="对公安机关的复议决定仍有异议的，自收到复议决定之日起三日内建议人民检察院依法进行立案监督。"),
    Step("resume_administrative", "不予立案后依法处理", frozenset({S.POLICE_DECLINED}), S.INVESTIGATING,
         Perm.CASE_APPROVE, "《行政执法机关移送涉嫌犯罪案件的规定》第十条", stops=(DL.OBJECTION,),
         help="公安机关不予立案（复议、立案监督后仍不立案）的，依法作出处理；办案期限恢复计算。"),
    Step("revoke_filing", "撤销立案", BEFORE_DECISION, S.REVOKED, Perm.CASE_APPROVE,
         f"{L}第五十七条第一款第（三）项（违法事实不能成立）", documents=(Produces(D.REVOCATION),)),
    Step("annul_decision", "登记决定被撤销、变更或确认无效",
         frozenset({S.DECIDED, S.EXECUTING, S.COURT_ENFORCEMENT, S.EXECUTED, S.CLOSED}), S.ANNULLED, Perm.CASE_APPROVE,
         f"{L}第四十八条第二款（三日内撤回公开的决定信息并说明理由）、第七十五条", stops=(DL.SERVICE, DL.PAYMENT),
         help="处罚决定被行政复议机关、人民法院撤销、变更或确认无效，或本机关依法自行纠正的，登记后公示自动撤回。"),
)  # fmt: skip


class SimpleState(models.TextChoices):
    NEW = "new", _("新建")
    DECIDED_ON_SPOT = "decided_on_spot", _("已当场决定（待备案）")
    EXECUTING = "executing", _("执行")
    EXECUTED = "executed", _("执行完毕（待结案）")
    CLOSED = "closed", _("结案")


SS = SimpleState
SIMPLE_STEPS = _steps(
    Step("decide_on_spot", "当场作出处罚决定", frozenset({SS.NEW}), SS.DECIDED_ON_SPOT, Perm.CASE_HANDLE,
         f"{L}第五十一条、第五十二条",
         guards=(OFFICERS, Guard(r.COMPETENCE, g.body_exercises_matter), Guard(r.LIMITATION, g.within_limitation),
                 Guard(r.SIMPLE_LIMIT, g.simple_within_limits)),
         officers=2, documents=(Produces(D.ON_SPOT_DECISION),), starts=(DL.FILING_RECORD,),
         help="违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，当场填写预定格式、编有号码的决定书并交付当事人。"),
    Step("file_record", "报所属机关备案", frozenset({SS.DECIDED_ON_SPOT}), SS.EXECUTING, Perm.CASE_HANDLE,
         f"{L}第五十二条第三款", guards=(AV,), stops=(DL.FILING_RECORD,), starts=(DL.PAYMENT,)),
    Step("record_payment", "登记缴款", frozenset({SS.EXECUTING}), None, Perm.CASE_HANDLE, f"{L}第六十七条至第七十二条",
         guards=(Guard(r.PAYMENT, g.payment_not_more_than_owed),)),
    Step("complete_execution", "执行完毕", frozenset({SS.EXECUTING}), SS.EXECUTED, Perm.CASE_HANDLE, f"{L}第六十六条",
         guards=(Guard(r.PAYMENT, g.nothing_owed),), stops=(DL.PAYMENT,)),
    Step("close", "结案", frozenset({SS.EXECUTED}), SS.CLOSED, Perm.CASE_APPROVE, f"{L}第四十七条",
         guards=(Guard(r.CLOSING, g.closing_ready),), documents=(Produces(D.CLOSING_REPORT),)),
)  # fmt: skip

LABELS = {**{k: str(v) for k, v in DocumentKind.choices}, **{k: str(v) for k, v in DeadlineKind.choices}}
GENERAL = register_procedure(Procedure(
    code=ProcedureCode.PENALTY_GENERAL, name="行政处罚普通程序", citation=f"{L}第五章第三节",
    states=PenaltyState, initial=S.NEW, terminal=TERMINAL, steps=GENERAL_STEPS, state_rule=r.ORDER, labels=LABELS,
))  # fmt: skip
SIMPLE = register_procedure(Procedure(
    code=ProcedureCode.PENALTY_SIMPLE, name="行政处罚简易程序", citation=f"{L}第五章第二节",
    states=SimpleState, initial=SS.NEW, terminal=frozenset({SS.CLOSED}), steps=SIMPLE_STEPS, state_rule=r.SIMPLE_ORDER, labels=LABELS,
))  # fmt: skip

PROCEDURES = {GENERAL.code: GENERAL, SIMPLE.code: SIMPLE}
# The actions that create a case (from the pseudo-state NEW).
CREATING_ACTIONS = {"register_clue": GENERAL, "decide_on_spot": SIMPLE}
