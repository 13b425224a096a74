"""The licensing procedures as tables (house style R4): an application (许可申请) from receipt to certificate, and
the licence's life (许可证件: change, renewal, revocation, withdrawal, cancellation), under 《中华人民共和国行政许可法》.

Read a row as: *from these states, a person with this permission may take this step, if these rules hold; it
starts and meets these deadlines and leaves the application (or licence) in this state.* The engine is
``core.procedures``; ``licensing.services`` applies a step through ``core.stepping.take_step``. Unusual edges cite
their article in a comment.
"""

from __future__ import annotations

from zhifa.accounts.constants import Perm
from zhifa.core.procedures import PREVIOUS, Guard, Procedure, Produces, Step, register_procedure

from . import guards as g
from . import rules as r
from .constants import LAW as L
from .constants import ApplicationState, LicenceState
from .constants import DeadlineKind as DL

S = ApplicationState
BEFORE_ACCEPTANCE = frozenset({S.RECEIVED, S.AWAITING_COMPLETION, S.SUPPLEMENTED})
UNDER_REVIEW = frozenset({S.ACCEPTED, S.HEARD})  # the decision may be taken, extended, paused
HEARING = frozenset({S.HEARING_ANNOUNCED, S.HEARING_NOTIFIED, S.HEARING_REQUESTED, S.HEARING_SCHEDULED})
OPEN = BEFORE_ACCEPTANCE | UNDER_REVIEW | HEARING | {S.PAUSED}
APPLICATION_TERMINAL = frozenset({S.ISSUED, S.REFUSED, S.NOT_ACCEPTED, S.WITHDRAWN})
RUNNING_KINDS = (DL.ACCEPTANCE, DL.DECISION, DL.HEARING_REQUEST, DL.HEARING_HOLD)

DATE = Guard(r.STEP_DATE, g.step_date)
COMPETENCE = Guard(r.COMPETENCE, g.body_exercises_matter)
WINDOW = Guard(r.ACCEPT_WINDOW, g.within_acceptance_window)


def _steps(*rows: Step) -> tuple[Step, ...]:
    """Every step is dated, no later than today and not before the previous step (guard LIC-016 first)."""
    return tuple(Step(**{**s.__dict__, "guards": (DATE, *s.guards)}) for s in rows)


APPLICATION_STEPS = _steps(
    Step(
        "receive",
        "申请登记（收件）",
        frozenset({S.NEW}),
        S.RECEIVED,
        Perm.ACT_HANDLE,
        f"{L}第二十九条、第三十二条",
        guards=(COMPETENCE,),
        starts=(DL.ACCEPTANCE,),
        help="登记申请人、申请事项与已提交的材料；自收到申请材料之日起五个工作日内应当受理、不予受理或一次告知补正。",
    ),
    # 第三十二条第一款第（四）项: once, within 5 working days, every missing item; from 已补正 only to refuse a second
    # request with its own rule (LIC-003) rather than the order rule.
    Step(
        "request_completion",
        "一次性告知补正",
        frozenset({S.RECEIVED, S.SUPPLEMENTED}),
        S.AWAITING_COMPLETION,
        Perm.ACT_HANDLE,
        f"{L}第三十二条第一款第（四）项",
        guards=(
            WINDOW,
            Guard(r.COMPLETION_ONCE, g.completion_not_requested),
            Guard(r.COMPLETION_LIST, g.completion_list_given),
        ),
        documents=(Produces("completion_notice"),),
        stops=(DL.ACCEPTANCE,),
        help="申请材料不齐全或者不符合法定形式的，在五个工作日内一次告知需要补正的全部内容；逾期不告知的，自收到申请材料之日起即为受理。",
    ),
    Step(
        "supplement",
        "补正材料",
        frozenset({S.AWAITING_COMPLETION}),
        S.SUPPLEMENTED,
        Perm.ACT_HANDLE,
        f"{L}第三十二条第一款第（五）项",
        guards=(Guard(r.SUPPLEMENT_FULL, g.supplement_complete),),
        help="登记申请人提交的补正材料；须补齐告知的全部内容。",
    ),
    Step(
        "accept",
        "受理",
        frozenset({S.RECEIVED, S.SUPPLEMENTED}),
        S.ACCEPTED,
        Perm.ACT_HANDLE,
        f"{L}第三十二条第一款第（五）项、第二款（加盖专用印章和注明日期的书面凭证）",
        guards=(COMPETENCE,),
        documents=(Produces("acceptance_receipt"),),
        stops=(DL.ACCEPTANCE,),
        starts=(DL.DECISION,),
        help="出具受理凭证；超过五个工作日未告知补正的，记为视为受理，决定期限自收到申请材料之日起算。",
    ),
    Step(
        "reject",
        "不予受理",
        BEFORE_ACCEPTANCE,
        S.NOT_ACCEPTED,
        Perm.ACT_HANDLE,
        f"{L}第三十二条第一款第（一）项、第（二）项、第二款",
        guards=(WINDOW, Guard(r.REJECT_REASONS, g.rejection_reasons)),
        documents=(Produces("rejection_notice"),),
        stops=(DL.ACCEPTANCE,),
        help="申请事项依法不需要取得许可或不属于本机关职权范围的，出具不予受理凭证并说明理由。",
    ),
    Step(
        "withdraw",
        "申请人撤回申请",
        OPEN - {S.PAUSED},
        S.WITHDRAWN,
        Perm.ACT_HANDLE,
        f"{L}第二十九条（依申请）",
        help="申请人书面撤回申请，办理终止，计时中的期限终止。",
    ),
    Step(
        "review",
        "审查（含实地核查）",
        UNDER_REVIEW,
        None,
        Perm.ACT_HANDLE,
        f"{L}第三十四条、第三十六条",
        guards=(Guard(r.ON_SITE, g.on_site_staff),),
        help="审查申请材料；需要核实实质内容的，指派两名以上持证工作人员实地核查。",
    ),
    Step(
        "announce_hearing",
        "听证公告",
        frozenset({S.ACCEPTED}),
        S.HEARING_ANNOUNCED,
        Perm.ACT_HANDLE,
        f"{L}第四十六条；第四十五条（听证时间不计入期限）",
        help="法定应当听证或涉及公共利益的重大许可事项，向社会公告并举行听证；听证所需时间不计入决定期限。",
    ),
    Step(
        "notify_hearing_right",
        "告知听证权利",
        frozenset({S.ACCEPTED}),
        S.HEARING_NOTIFIED,
        Perm.ACT_HANDLE,
        f"{L}第四十七条第一款；第四十五条",
        starts=(DL.HEARING_REQUEST,),
        documents=(Produces("hearing_right_notice"),),
        help="许可直接涉及申请人与他人之间重大利益关系的，告知申请人、利害关系人五日内可以申请听证。",
    ),
    Step(
        "request_hearing",
        "申请听证",
        frozenset({S.HEARING_NOTIFIED}),
        S.HEARING_REQUESTED,
        Perm.ACT_HANDLE,
        f"{L}第四十七条第一款",
        guards=(Guard(r.HEARING_WINDOW, g.hearing_request_in_time),),
        stops=(DL.HEARING_REQUEST,),
        starts=(DL.HEARING_HOLD,),
        help="登记听证申请；二十日内组织听证。",
    ),
    Step(
        "close_hearing_window",
        "未申请听证（期满或书面放弃）",
        frozenset({S.HEARING_NOTIFIED}),
        S.ACCEPTED,
        Perm.ACT_HANDLE,
        f"{L}第四十七条第一款",
        guards=(Guard(r.HEARING_WAIT, g.hearing_window_over),),
        stops=(DL.HEARING_REQUEST,),
        starts=(DL.DECISION,),
        help="听证申请期满未申请或书面放弃的，恢复计算决定期限。",
    ),
    Step(
        "schedule_hearing",
        "通知举行听证",
        frozenset({S.HEARING_ANNOUNCED, S.HEARING_REQUESTED}),
        S.HEARING_SCHEDULED,
        Perm.ACT_HANDLE,
        f"{L}第四十八条第一款第（一）项、第（三）项",
        guards=(
            Guard(r.HEARING_CHAIR, g.hearing_chair_independent),
            Guard(r.HEARING_NOTICE, g.hearing_notice_in_time),
        ),
        documents=(Produces("hearing_notice"),),
        help="指定审查人员以外的主持人，于举行听证的七日前通知时间、地点。",
    ),
    Step(
        "hold_hearing",
        "举行听证",
        frozenset({S.HEARING_SCHEDULED}),
        S.HEARD,
        Perm.ACT_HANDLE,
        f"{L}第四十八条",
        stops=(DL.HEARING_HOLD,),
        starts=(DL.DECISION,),
        documents=(Produces("hearing_record"),),
        help="公开举行听证并制作笔录；根据听证笔录作出决定。",
    ),
    Step(
        "pause",
        "中止计时",
        UNDER_REVIEW,
        S.PAUSED,
        Perm.ACT_HANDLE,
        f"{L}第四十五条",
        guards=(Guard(r.EXCLUDED_TIME, g.excluded_time_noticed),),
        documents=(Produces("excluded_time_notice"),),
        help="需要检验、检测、检疫、鉴定、专家评审、招标、拍卖的，停止计时，并将所需时间书面告知申请人。",
    ),
    Step(
        "resume",
        "恢复计时",
        frozenset({S.PAUSED}),
        PREVIOUS,
        Perm.ACT_HANDLE,
        f"{L}第四十五条",
        starts=(DL.DECISION,),
        help="检验、检测、鉴定、专家评审等结束，恢复计时；决定期限顺延所用的工作日。",
    ),
    Step(
        "extend",
        "延长决定期限",
        UNDER_REVIEW,
        None,
        Perm.ACT_APPROVE,
        f"{L}第四十二条第一款",
        guards=(Guard(r.EXTENSION, g.extension_allowed),),
        starts=(DL.DECISION,),
        documents=(Produces("extension_notice"),),
        help="二十日内不能作出决定的，经本机关负责人批准延长十日（只能一次），并将理由告知申请人。",
    ),
    Step(
        "grant",
        "准予许可",
        UNDER_REVIEW,
        S.GRANTED,
        Perm.ACT_APPROVE,
        f"{L}第三十八条第一款、第四十条",
        guards=(Guard(r.ACCEPTED_FIRST, g.accepted), COMPETENCE, Guard(r.TERM, g.term_in_order)),
        documents=(Produces("grant_decision"),),
        stops=(DL.DECISION,),
        starts=(DL.CERTIFICATE,),
        help="作出准予行政许可的书面决定（予以公开）；自决定之日起十个工作日内颁发、送达证件。",
    ),
    Step(
        "refuse",
        "不予许可",
        UNDER_REVIEW,
        S.REFUSED,
        Perm.ACT_APPROVE,
        f"{L}第三十八条第二款",
        guards=(Guard(r.ACCEPTED_FIRST, g.accepted), Guard(r.REFUSAL, g.reasons_and_remedies)),
        documents=(Produces("refusal_decision"),),
        stops=(DL.DECISION,),
        help="作出不予行政许可的书面决定，说明理由，并告知申请行政复议或者提起行政诉讼的权利。",
    ),
    Step(
        "issue",
        "颁发证件",
        frozenset({S.GRANTED}),
        S.ISSUED,
        Perm.ACT_HANDLE,
        f"{L}第三十九条、第四十四条",
        guards=(Guard(r.ISSUE_AFTER_GRANT, g.granted),),
        stops=(DL.CERTIFICATE,),
        documents=(Produces("licence"),),
        help="颁发加盖本机关印章的许可证件并送达。",
    ),
)

APPLICATION = register_procedure(
    Procedure(
        code="licence_application",
        name="行政许可（申请与决定）",
        citation=f"{L}第四章第一节至第四节",
        states=ApplicationState,
        initial=S.NEW,
        terminal=APPLICATION_TERMINAL,
        steps=APPLICATION_STEPS,
        state_rule=r.ORDER,
        labels={
            **{k: str(v) for k, v in DL.choices},
            "completion_notice": "补正材料通知书",
            "acceptance_receipt": "受理凭证",
            "rejection_notice": "不予受理决定书",
            "hearing_right_notice": "听证权利告知书",
            "hearing_notice": "听证通知书",
            "hearing_record": "听证笔录",
            "excluded_time_notice": "所需时间告知书",
            "extension_notice": "延长期限告知书",
            "grant_decision": "准予行政许可决定书",
            "refusal_decision": "不予行政许可决定书",
            "licence": "行政许可证件",
        },
    )
)

LS = LicenceState
ACTIVE = frozenset({LS.VALID, LS.CHANGED, LS.RENEWED, LS.DEEMED_RENEWED})
IN_FORCE = ACTIVE | {LS.RENEWAL_PENDING}
REASONED = Guard(r.GROUNDS, g.annulment_reasoned)

LICENCE_STEPS = _steps(
    Step(
        "issue",
        "颁发证件",
        frozenset({LS.NEW}),
        LS.VALID,
        Perm.ACT_HANDLE,
        f"{L}第三十九条、第四十四条",
        guards=(Guard(r.ISSUE_AFTER_GRANT, g.granted),),
        help="依准予许可决定颁发证件（由许可申请的“颁发证件”步骤进行）。",
    ),
    Step(
        "change",
        "变更",
        ACTIVE,
        LS.CHANGED,
        Perm.ACT_HANDLE,
        f"{L}第四十九条",
        help="被许可人申请变更许可事项，符合法定条件、标准的，依法办理变更手续。",
    ),
    Step(
        "apply_renewal",
        "延续申请",
        ACTIVE,
        LS.RENEWAL_PENDING,
        Perm.ACT_HANDLE,
        f"{L}第五十条第一款",
        guards=(Guard(r.RENEWAL_WINDOW, g.renewal_in_time),),
        starts=(DL.RENEWAL_DECISION,),
        help="被许可人应在有效期届满三十日前（特别规定另有规定的从其规定）提出延续申请；届满前须作出决定。",
    ),
    Step(
        "renew",
        "准予延续",
        frozenset({LS.RENEWAL_PENDING}),
        LS.RENEWED,
        Perm.ACT_APPROVE,
        f"{L}第五十条第二款",
        guards=(Guard(r.RENEWAL_DECISION, g.before_expiry), Guard(r.TERM, g.new_term_later)),
        stops=(DL.RENEWAL_DECISION,),
        help="在有效期届满前作出准予延续的决定。",
    ),
    # 不予延续: the licence stays as it was until it expires (第五十条; 第七十条第（一）项 then 注销).
    Step(
        "refuse_renewal",
        "不予延续",
        frozenset({LS.RENEWAL_PENDING}),
        PREVIOUS,
        Perm.ACT_APPROVE,
        f"{L}第五十条第二款、第三十八条第二款",
        guards=(Guard(r.RENEWAL_DECISION, g.before_expiry), Guard(r.REFUSAL, g.reasons_and_remedies)),
        stops=(DL.RENEWAL_DECISION,),
        help="在有效期届满前作出不予延续的书面决定，说明理由并告知救济途径。",
    ),
    # 视为准予延续: no decision by the expiry day; the system (or an officer) records it on or after the next day.
    Step(
        "deem_renewed",
        "视为准予延续",
        frozenset({LS.RENEWAL_PENDING}),
        LS.DEEMED_RENEWED,
        Perm.ACT_HANDLE,
        f"{L}第五十条第二款：逾期未作决定的，视为准予延续",
        guards=(Guard(r.DEEMED_RENEWAL, g.after_expiry),),
        stops=(DL.RENEWAL_DECISION,),
        help="有效期届满前未作出延续决定的，视为准予延续，有效期按原期限顺延。",
    ),
    Step(
        "revoke",
        "撤销",
        IN_FORCE,
        LS.REVOKED,
        Perm.ACT_APPROVE,
        f"{L}第六十九条",
        guards=(REASONED,),
        stops=(DL.RENEWAL_DECISION,),
        help="有第六十九条所列情形的，撤销许可；以欺骗、贿赂等不正当手段取得的，应当撤销。",
    ),
    Step(
        "withdraw",
        "撤回",
        IN_FORCE,
        LS.WITHDRAWN,
        Perm.ACT_APPROVE,
        f"{L}第八条第二款",
        guards=(REASONED,),
        stops=(DL.RENEWAL_DECISION,),
        help="为了公共利益的需要依法撤回已生效的许可，造成财产损失的依法给予补偿。",
    ),
    Step(
        "expire",
        "有效期届满",
        ACTIVE,
        LS.EXPIRED,
        Perm.ACT_HANDLE,
        f"{L}第七十条第（一）项",
        guards=(Guard(r.TERM, g.expired),),
        help="有效期届满未延续的，许可失效。",
    ),
    Step(
        "cancel",
        "注销",
        IN_FORCE | {LS.REVOKED, LS.WITHDRAWN, LS.EXPIRED},
        LS.CANCELLED,
        Perm.ACT_APPROVE,
        f"{L}第七十条",
        guards=(Guard(r.GROUNDS, g.cancellation_grounds),),
        stops=(DL.RENEWAL_DECISION,),
        help="有第七十条所列情形的，依法办理注销手续。",
    ),
)

LICENCE = register_procedure(
    Procedure(
        code="licence",
        name="行政许可证件（变更、延续、撤销、撤回、注销）",
        citation=f"{L}第四章第五节、第八条、第六十九条、第七十条",
        states=LicenceState,
        initial=LS.NEW,
        terminal=frozenset({LS.CANCELLED}),
        steps=LICENCE_STEPS,
        state_rule=r.LICENCE_ORDER,
        labels={k: str(v) for k, v in DL.choices},
    )
)
