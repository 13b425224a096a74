"""The recorded acts as a table (house style R4): 登记 → 有效 → 更正 / 撤销, and 公开 inside 有效.

Read a row as: *from these states, a person with this permission may take this step, if these rules hold; it
starts and meets these deadlines and leaves the record in this state.* 行政征收、征用、确认、给付、奖励、裁决 are
recorded once decided, not walked through a multi-step procedure here; the table keeps them with the other
procedures (``/workbench/rules/procedures/``, ``GET /api/v1/procedures``) and gives every change its history
row and audit event through ``core.stepping.take_step``. A correction is two steps in one transaction: the old
row is 更正 (→ 已更正) and the new version is 登记更正 (新建 → 有效, pointing to the old one).
"""

from __future__ import annotations

from zhifa.accounts.constants import Perm
from zhifa.core.procedures import Guard, Procedure, Step, register_procedure

from . import guards as g
from . import rules as r
from .constants import ActDeadlineKind, ActState

S = ActState
DL = ActDeadlineKind
PUBLISH_CITATION = "国办发〔2018〕118号（执法决定信息20个工作日内公开）；《政府信息公开条例》第二十六条"

RECORD_GUARDS = (
    Guard(r.KIND, g.kind_matches_matter),
    Guard(r.DATE, g.decided_on_valid),
    Guard(r.COMPETENCE, g.body_exercises_matter),
    Guard(r.AGGREGATE, g.aggregated_only_payments),
    Guard(r.PARTY, g.party_present),
    Guard(r.AMOUNT, g.amount_valid),
    Guard(r.NUMBER, g.number_unique),
    Guard(r.OFFICERS, g.officers_qualified),
)

STEPS = (
    Step("record", "登记", frozenset({S.NEW}), S.VALID, Perm.ACT_HANDLE,
         "行政执法统计年报（legal-rules §9）；国办发〔2018〕118号（执法全过程记录）",
         guards=RECORD_GUARDS, starts=(DL.PUBLISH,),
         help="登记已作出的征收、征用、确认、给付、奖励或裁决决定：事项、当事人、决定日期、决定内容、文号、金额与执法人员。"
              "行政征用、行政裁决须两名持证执法人员；行政给付可按事项按月汇总登记。"),
    Step("record_correction", "登记更正版本", frozenset({S.NEW}), S.VALID, Perm.ACT_HANDLE,
         "国办发〔2018〕118号（执法决定变更的，及时更新公开信息）",
         guards=(Guard(r.REASON, g.reason_given), *RECORD_GUARDS), starts=(DL.PUBLISH,),
         help="以新版本登记更正后的内容，指向被更正的记录；原记录保留并标为已更正。"),
    Step("correct", "更正", frozenset({S.VALID}), S.CORRECTED, Perm.ACT_HANDLE,
         "国办发〔2018〕118号（执法决定变更的，及时更新公开信息）",
         guards=(Guard(r.REASON, g.reason_given),),
         help="记录有误的，登记更正：原记录保留为“已更正”，更正内容以新版本登记。"),
    Step("revoke", "撤销", frozenset({S.VALID}), S.REVOKED, Perm.ACT_APPROVE,
         "国办发〔2018〕118号（执法决定被撤销的，及时撤回公开信息）",
         guards=(Guard(r.REASON, g.reason_given), Guard(r.DATE, g.step_day_valid)),
         help="决定被依法撤销（自行撤销、复议或诉讼撤销）的，登记撤销日期与理由；记录保留为“已撤销”。"),
    Step("publish", "登记公开", frozenset({S.VALID}), None, Perm.ACT_HANDLE, PUBLISH_CITATION,
         guards=(Guard(r.PUBLISH, g.publishable), Guard(r.DATE, g.step_day_valid)), stops=(DL.PUBLISH,),
         help="登记决定信息已在政府网站公开之日（不含身份证号、联系电话等个人信息）。"),
)  # fmt: skip

ACTS = register_procedure(Procedure(
    code="act_record", name="行政征收、征用、确认、给付、奖励、裁决的登记", citation="行政执法统计年报（legal-rules §9）；国办发〔2018〕118号",
    states=ActState, initial=S.NEW, terminal=frozenset({S.CORRECTED, S.REVOKED}), steps=STEPS, state_rule=r.ORDER,
    labels={k: str(v) for k, v in ActDeadlineKind.choices},
))  # fmt: skip
