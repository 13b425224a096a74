"""What each step of a coercive measure or an execution needs to be told: one typed schema per action (house style
R3, R13). The same schema validates the API body, builds the step's form on the page and reaches the service as the
step's ``facts``. Field titles are the Chinese labels users see."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ninja import Schema
from pydantic import Field

from zhifa.cases.facts import PartyInput

from .constants import (
    DisposalKind,
    ExecutionManner,
    MeasureKind,
    ReleaseGround,
    SuspendGround,
    TerminateGround,
)

OFFICERS_HELP = "实施的执法人员（人员ID），不少于两名持有效执法证的人员（《行政强制法》第十八条第（二）项）。"


class StepFacts(Schema):
    on: date | None = Field(None, title="实施日期", description="该步骤实际实施之日；不填为今天。")
    reason: str = Field("", title="理由/意见", max_length=4000)


class InventoryItem(Schema):
    name: str = Field(title="名称", min_length=1, max_length=200)
    quantity: Decimal = Field(title="数量", gt=0)
    unit: str = Field("件", title="单位", max_length=20)
    condition: str = Field("", title="状况", max_length=200)


class OnSite(StepFacts):
    """The on-site part of a measure (第十八条): officers, the record, the inventory and the audio/video record."""

    officer_ids: list[int] = Field(default_factory=list, title="执法人员", description=OFFICERS_HELP)
    implemented_at: datetime = Field(title="实施时间")
    party_present: bool = Field(False, title="当事人到场")
    party_notified: bool = Field(False, title="已通知当事人到场")
    rights_told: bool = Field(False, title="已当场告知理由、依据、权利和救济途径")
    statement: str = Field("", title="当事人陈述申辩", max_length=4000)
    party_signed: bool = Field(False, title="当事人已在现场笔录上签名或盖章")
    refusal_note: str = Field("", title="当事人拒绝签名的注明", max_length=300)
    witness_name: str = Field("", title="见证人（当事人不到场时）", max_length=100)
    inventory: list[InventoryItem] = Field(default_factory=list, title="清单")
    inventory_copies: int = Field(0, title="清单份数", ge=0, le=9)
    inventory_delivered: bool = Field(False, title="清单一份已当场交付当事人")
    account: str = Field("", title="冻结账号", max_length=60)
    frozen_amount: Decimal | None = Field(None, title="冻结数额（元）", ge=0)
    av_sha256: str = Field("", title="音像记录文件（SHA-256）", max_length=64,
                           description="先上传音像记录文件，填其 SHA-256；或填关联案件的视听资料证据ID。")  # fmt: skip
    av_item_id: int | None = Field(None, title="关联案件的音像记录证据ID")


class Propose(StepFacts):
    matter_id: int = Field(title="执法事项", description="本机关行使的行政强制事项ID。")
    kind: MeasureKind = Field(title="措施种类")
    party: PartyInput = Field(title="当事人")
    case_id: int | None = Field(None, title="关联处罚案件ID")
    grounds: str = Field(title="理由", min_length=2, max_length=4000)
    basis: str = Field(title="依据", min_length=2, max_length=2000)
    place: str = Field("", title="实施地点", max_length=300)


class ImplementEmergency(OnSite, Propose):
    """第十九条: implemented on the spot; the head is told within 24 hours."""


class Approve(StepFacts):
    pass


class Implement(OnSite):
    pass


class Report(StepFacts):
    reported_at: datetime = Field(title="报告负责人时间")


class Extend(StepFacts):
    days: int = Field(30, title="延长天数", ge=1, le=60)
    notified_on: date | None = Field(None, title="书面告知当事人日期")


class RecordTesting(StepFacts):
    testing_from: date = Field(title="检测（鉴定）开始日")
    testing_to: date = Field(title="检测（鉴定）结束日")
    notified_on: date | None = Field(None, title="书面告知当事人日期")


class Release(StepFacts):
    ground: ReleaseGround = Field(title="解除情形")
    returned: bool = Field(True, title="财物已立即退还")


class Dispose(StepFacts):
    disposal: DisposalKind = Field(title="处理方式")
    legal_basis: str = Field(title="处理的法律依据", min_length=2, max_length=1000)
    decision_number: str = Field("", title="处理决定文号", max_length=80)


# --- execution ----------------------------------------------------------------------------------------------------


class Remind(StepFacts):
    party: PartyInput | None = Field(None, title="当事人", description="关联案件时可不填，取案件当事人。")
    case_id: int | None = Field(None, title="关联处罚案件ID")
    decision_number: str = Field("", title="行政决定文号", max_length=80)
    decision_text: str = Field("", title="行政决定内容", max_length=4000)
    decision_served_on: date | None = Field(None, title="行政决定送达日")
    obligation: str = Field(title="履行义务", min_length=2, max_length=2000)
    obligation_due_on: date = Field(title="决定确定的履行期限")
    principal: Decimal | None = Field(None, title="金钱给付数额（元）", ge=0)
    direct_power: bool = Field(False, title="本机关依法具有直接强制执行权")
    reminder_deadline: date = Field(title="催告履行期限")
    reminder_manner: str = Field(title="履行方式", min_length=2, max_length=200)
    reminder_amount: Decimal | None = Field(None, title="催告金额（元）", ge=0)
    rights_stated: bool = Field(False, title="已载明当事人的陈述权和申辩权")
    served_on: date = Field(title="催告书送达日")


class HearStatement(StepFacts):
    statement: str = Field(title="陈述申辩内容", min_length=1, max_length=4000)
    adopted: bool = Field(False, title="事实、理由或证据成立，予以采纳")


class Decide(StepFacts):
    execution_number: str = Field(title="强制执行决定书文号", min_length=2, max_length=80)
    manner: ExecutionManner = Field(title="执行方式")
    immediate: bool = Field(False, title="立即强制执行（有转移或隐匿财物迹象）")
    no_statement: bool = Field(False, title="当事人未陈述申辩")


class Execute(StepFacts):
    officer_ids: list[int] = Field(default_factory=list, title="执法人员", description=OFFICERS_HELP)
    executed_at: datetime = Field(title="实施时间（日期与时刻）")
    urgent_reason: str = Field("", title="情况紧急的理由（夜间或节假日实施时必填）", max_length=2000)
    no_utility_cut: bool = Field(False, title="未对居民生活采取停水、停电、停热、停气等方式")
    av_sha256: str = Field("", title="音像记录文件（SHA-256）", max_length=64)


class Surcharge(StepFacts):
    from_on: date = Field(title="加处起算日")
    to_on: date = Field(title="加处截止日")
    daily_percent: Decimal | None = Field(None, title="每日比例（%）", ge=0, le=100)
    amount: Decimal | None = Field(
        None, title="加处数额（元）", ge=0, description="不填按比例计算，封顶为金钱给付数额。"
    )


class SubstituteDecide(StepFacts):
    execution_number: str = Field(title="代履行决定书文号", min_length=2, max_length=80)
    performer: str = Field(title="代履行人", min_length=2, max_length=200)
    budget: Decimal = Field(title="费用预算（元）", ge=0)
    scheduled_on: date = Field(title="代履行日期")
    no_statement: bool = Field(False, title="当事人未陈述申辩")


class SubstitutePerform(Execute):
    pass


class Agree(StepFacts):
    terms: str = Field(title="协议内容（分阶段履行、补救措施）", min_length=2, max_length=4000)


class Suspend(StepFacts):
    ground: SuspendGround = Field(title="中止情形")


class Terminate(StepFacts):
    ground: TerminateGround = Field(title="终结情形")


class ApplyCourt(StepFacts):
    court_name: str = Field(title="受理法院", min_length=2, max_length=100)


MEASURE_FACTS: dict[str, type[StepFacts]] = {
    "propose": Propose, "implement_emergency": ImplementEmergency, "approve": Approve, "refuse": Approve,
    "implement": Implement, "report": Report, "extend": Extend, "record_testing": RecordTesting,
    "deliver_freeze_notice": StepFacts, "release": Release, "dispose": Dispose,
}  # fmt: skip
EXECUTION_FACTS: dict[str, type[StepFacts]] = {
    "remind": Remind, "hear_statement": HearStatement, "decide": Decide, "execute": Execute,
    "surcharge": Surcharge, "substitute_decide": SubstituteDecide, "substitute_remind": StepFacts,
    "substitute_perform": SubstitutePerform, "agree": Agree, "breach": StepFacts, "perform": StepFacts,
    "suspend": Suspend, "resume": StepFacts, "terminate": Terminate, "apply_court": ApplyCourt,
    "court_enforce": StepFacts, "court_refuse": StepFacts, "court_executed": StepFacts,
}  # fmt: skip
