"""What each step of a case needs to be told: one typed schema per action (house style R3, R13).

The same schema validates the API body of ``POST /api/v1/cases/{id}/<action>``, builds the step's form on the
case page, and reaches the service as the step's ``facts``. Field titles are the Chinese labels users see.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from ninja import Schema
from pydantic import Field

from zhifa.discretion.constants import PenaltyKind

from .constants import ClueOrigin, DecisionOutcome, Finding, PartyKind, PreservedMeasure, ServiceMethod

Money = Decimal


# The 重大 circumstances an officer asserts (amounts, kinds, a hearing and a deviation are derived, not asserted).
MajorCircumstance = Literal["public_interest", "social_impact", "complex"]


class StepFacts(Schema):
    """Fields every step takes: the day the step took place (default today) and a reason or note."""

    on: date | None = Field(None, title="实施日期", description="该步骤实际实施之日；不填为今天。")
    reason: str = Field("", title="理由/意见", max_length=4000)


class WithOfficers(StepFacts):
    officer_ids: list[int] = Field(
        default_factory=list, title="执法人员",
        description="实施该步骤的执法人员（人员ID），不少于两名持有效执法证的人员（《行政处罚法》第四十二条）。",
    )  # fmt: skip


class PartyInput(Schema):
    kind: PartyKind = Field(title="当事人类型")
    name: str = Field(title="名称/姓名", min_length=1, max_length=200)
    identifier: str = Field(
        title="证件号码", description="居民身份证号或统一社会信用代码。", min_length=15, max_length=18
    )
    legal_representative: str = Field("", title="法定代表人/经营者", max_length=50)
    address: str = Field("", title="住所/地址", max_length=300)
    phone: str = Field("", title="联系电话", max_length=30)


class RegisterClue(StepFacts):
    matter_id: int = Field(title="执法事项", description="执法事项清单中的事项ID。")
    title: str = Field(title="案由", min_length=2, max_length=300)
    origin: ClueOrigin = Field(title="案件来源")
    clue: str = Field(title="案源情况", min_length=2, max_length=4000)
    party: PartyInput | None = Field(None, title="当事人")
    act_date: date | None = Field(None, title="违法行为发生日")


class Verify(WithOfficers):
    finding: str = Field(title="核查情况", min_length=2, max_length=4000)
    act_date: date = Field(title="违法行为发生日")
    act_ended_on: date | None = Field(
        None, title="违法行为终了日", description="连续或继续状态的违法行为终了之日。"
    )
    act_place: str = Field("", title="违法行为地点", max_length=300)
    safety_harm: bool = Field(False, title="涉及生命健康安全或金融安全且有危害后果")
    party: PartyInput | None = Field(None, title="当事人")


class File(StepFacts):
    lead_officer_id: int = Field(title="主办人员")
    assistant_officer_ids: list[int] = Field(title="协办人员", min_length=1)


class Decline(StepFacts):
    reason: str = Field(title="不予立案理由", min_length=2, max_length=4000)


class Inquire(WithOfficers):
    person_inquired: str = Field(title="被询问人", min_length=1, max_length=100)
    summary: str = Field(title="询问内容摘要", min_length=2, max_length=8000)


class InspectSite(WithOfficers):
    place: str = Field(title="检查地点", min_length=1, max_length=300)
    summary: str = Field(title="检查情况", min_length=2, max_length=8000)


class Preserve(WithOfficers):
    items: str = Field(title="先行登记保存物品清单", min_length=2, max_length=4000)
    reason: str = Field(title="证据可能灭失或者以后难以取得的情况", min_length=2, max_length=4000)


class Conclude(StepFacts):
    facts: str = Field(title="违法事实", min_length=2, max_length=8000)
    outcome: DecisionOutcome = Field(title="拟处理意见")
    kinds: list[PenaltyKind] = Field(default_factory=list, title="拟处罚种类")
    fine_amount: Money | None = Field(None, title="拟罚款金额（元）", ge=0, max_digits=14, decimal_places=2)
    confiscated_amount: Money | None = Field(
        None, title="拟没收金额（元）", ge=0, max_digits=14, decimal_places=2
    )
    circumstances: list[str] = Field(default_factory=list, title="裁量情节")
    illegal_gain: Money | None = Field(None, title="违法所得（元）", ge=0)
    goods_value: Money | None = Field(None, title="货值金额（元）", ge=0)
    turnover: Money | None = Field(None, title="违法经营额（元）", ge=0)
    ad_fee: Money | None = Field(None, title="广告费用（元）", ge=0)
    complex_case: bool = Field(False, title="情节复杂或重大违法行为（须集体讨论）")
    major_circumstances: list[MajorCircumstance] = Field(
        default_factory=list, title="重大执法决定情形",
        description="《行政处罚法》第五十八条第一款：涉及重大公共利益、可能造成重大社会影响、案情疑难复杂等，须法制审核。",
    )  # fmt: skip
    deviation_reason: str = Field("", title="偏离裁量基准的理由", max_length=4000)


class Notify(StepFacts):
    method: ServiceMethod = Field(ServiceMethod.DIRECT, title="送达方式")


class RecordStatement(StepFacts):
    statement: str = Field(title="陈述申辩内容", min_length=1, max_length=8000)
    adopted: bool = Field(title="复核后是否采纳")
    review_note: str = Field(title="复核意见", min_length=1, max_length=4000)


class Waive(StepFacts):
    reason: str = Field(title="当事人书面放弃的情况", min_length=2, max_length=2000)


class ScheduleHearing(StepFacts):
    chair_id: int = Field(title="听证主持人")
    notice_served_on: date = Field(title="听证通知送达日")
    scheduled_on: date = Field(title="听证日期")
    place: str = Field(title="听证地点", min_length=1, max_length=200)
    public: bool = Field(True, title="公开举行")


class HoldHearing(StepFacts):
    record: str = Field(title="听证笔录摘要", min_length=2, max_length=8000)
    waived: bool = Field(False, title="当事人无正当理由未出席或中途退出（视为放弃）")


class SendReview(StepFacts):
    reviewer_id: int = Field(title="法制审核人员")


class FindingInput(Schema):
    item: str = Field(title="审核事项")
    finding: Finding = Field(title="结论")
    note: str = Field("", title="说明", max_length=2000)


class SubmitReview(StepFacts):
    findings: list[FindingInput] = Field(title="逐项审核结论")
    reason: str = Field(title="审核意见与理由", min_length=2, max_length=8000)


class Discuss(StepFacts):
    chair: str = Field(title="主持人（机关负责人）", min_length=1, max_length=50)
    participants: list[str] = Field(title="参加人员", min_length=3)
    opinions: str = Field(title="讨论意见", min_length=2, max_length=8000)
    conclusion: str = Field(title="讨论结论", min_length=2, max_length=4000)


class Decide(StepFacts):
    outcome: DecisionOutcome = Field(title="处理决定")
    kinds: list[PenaltyKind] = Field(default_factory=list, title="处罚种类")
    fine_amount: Money | None = Field(None, title="罚款金额（元）", ge=0, max_digits=14, decimal_places=2)
    confiscated_amount: Money | None = Field(
        None, title="没收金额（元）", ge=0, max_digits=14, decimal_places=2
    )


class Serve(StepFacts):
    method: ServiceMethod = Field(ServiceMethod.DIRECT, title="送达方式")
    recipient: str = Field(title="受送达人", min_length=1, max_length=200)


class RecordPayment(StepFacts):
    amount: Money = Field(title="缴纳金额（元）", gt=0, max_digits=14, decimal_places=2)
    receipt: str = Field(title="缴款凭证号", min_length=1, max_length=100)


class DeferPayment(StepFacts):
    new_due_on: date = Field(title="批准的缴款期限")
    instalments: int = Field(1, title="分期期数", ge=1, le=36)


class Extend(StepFacts):
    reason: str = Field(title="延期理由", min_length=2, max_length=4000)
    collective: bool = Field(False, title="经负责人集体讨论决定")


class Suspend(StepFacts):
    reason: str = Field(title="中止理由", min_length=2, max_length=4000)


class Recuse(StepFacts):
    person_id: int = Field(title="回避人员")
    reason: str = Field(title="回避理由与决定", min_length=2, max_length=4000)


class AssignOfficer(StepFacts):
    person_id: int = Field(title="增派执法人员")


class ProposeTransfer(WithOfficers):
    police_authority: str = Field(title="拟移送的公安机关", min_length=2, max_length=200)
    reason: str = Field(title="涉嫌犯罪的事实、证据与理由", min_length=2, max_length=8000)
    items: str = Field("", title="涉案物品清单", max_length=4000)


class DeclineTransfer(StepFacts):
    reason: str = Field(title="不批准移送的理由", min_length=2, max_length=4000)


class HandlePreserved(StepFacts):
    measure: PreservedMeasure = Field(title="处理决定")
    reason: str = Field(title="处理理由与物品去向", min_length=2, max_length=4000)


class PoliceAnswer(StepFacts):
    reference: str = Field(title="公安机关回复文号", min_length=1, max_length=100)


class HandOver(StepFacts):
    receipt: str = Field(title="公安机关回执", description="在移送书回执上签字的公安机关承办人及回执编号（第七条）。",
                         min_length=2, max_length=200)  # fmt: skip


class Objection(StepFacts):
    reason: str = Field(title="认为应当立案的理由", min_length=2, max_length=4000)


class Supervision(Objection):
    procuratorate: str = Field(title="人民检察院", min_length=2, max_length=200)


class ItemsHandOver(StepFacts):
    receipt: str = Field(title="涉案物品移交清单回执", min_length=2, max_length=200)


class DecideOnSpot(WithOfficers):
    matter_id: int = Field(title="执法事项")
    title: str = Field(title="案由", min_length=2, max_length=300)
    party: PartyInput = Field(title="当事人")
    act_date: date = Field(title="违法行为发生日")
    act_place: str = Field(title="违法行为地点", min_length=1, max_length=300)
    facts: str = Field(title="违法事实", min_length=2, max_length=4000)
    kinds: list[PenaltyKind] = Field(title="处罚种类", min_length=1)
    fine_amount: Money | None = Field(None, title="罚款金额（元）", ge=0, max_digits=14, decimal_places=2)
    paid_on_spot: bool = Field(False, title="当场收缴罚款")


class Note(StepFacts):
    """A step that needs nothing but its date and reason."""


class AnnulDecision(StepFacts):
    """The decision was revoked, changed or declared void (复议决定、判决或本机关自行纠正): who, by which document."""

    ground: Literal["revoked", "changed", "void"] = Field(
        title="情形", description="revoked 撤销 / changed 变更 / void 确认无效"
    )
    authority: str = Field(
        title="作出机关",
        min_length=2,
        max_length=200,
        description="如：某区人民政府（行政复议）、某区人民法院、本机关",
    )
    document: str = Field(title="文书文号", min_length=2, max_length=100)
    reason: str = Field(title="理由", min_length=4, max_length=4000)


FACTS_BY_ACTION: dict[str, type[StepFacts]] = {
    "register_clue": RegisterClue,
    "verify": Verify,
    "file": File,
    "decline": Decline,
    "inquire": Inquire,
    "inspect_site": InspectSite,
    "preserve": Preserve,
    "conclude": Conclude,
    "audit_pass": Note,
    "audit_return": Note,
    "notify": Notify,
    "record_statement": RecordStatement,
    "waive": Waive,
    "request_hearing": Note,
    "schedule_hearing": ScheduleHearing,
    "hold_hearing": HoldHearing,
    "send_review": SendReview,
    "review_agree": SubmitReview,
    "review_correct": SubmitReview,
    "review_transfer": SubmitReview,
    "extend_review": Note,
    "discuss": Discuss,
    "decide": Decide,
    "serve": Serve,
    "record_payment": RecordPayment,
    "defer_payment": DeferPayment,
    "apply_court": Note,
    "complete_execution": Note,
    "close": Note,
    "suspend": Suspend,
    "resume": Note,
    "extend": Extend,
    "recuse": Recuse,
    "assign_officer": AssignOfficer,
    "propose_transfer": ProposeTransfer,
    "transfer": Note,
    "decline_transfer": DeclineTransfer,
    "handle_preserved": HandlePreserved,
    "police_declined": PoliceAnswer,
    "police_filed": PoliceAnswer,
    "hand_over": HandOver,
    "hand_over_items": ItemsHandOver,
    "request_reconsideration": Objection,
    "request_supervision": Supervision,
    "resume_administrative": Note,
    "revoke_filing": Note,
    "annul_decision": AnnulDecision,
    "decide_on_spot": DecideOnSpot,
    "file_record": Note,
}
