"""What each step of an inspection needs to be told: one typed schema per action (house style R3, R13).

The same schema validates the API body of ``POST /api/v1/inspections/{id}/<action>``, builds the step's form on
the inspection page, and reaches the service as the step's ``facts``. Field titles are the labels users see.
"""

from __future__ import annotations

from datetime import date, datetime

from django.utils import timezone
from ninja import Schema
from pydantic import Field, field_validator

from zhifa.cases.facts import PartyInput

from .constants import Answer, InspectionTrigger, NoticeMethod, Signature


class StepFacts(Schema):
    """Fields every step takes: the day the step took place (default today) and a reason or note."""

    on: date | None = Field(None, title="实施日期", description="该步骤实际实施之日；不填为今天。")
    reason: str = Field("", title="理由/意见", max_length=4000)


class WithOfficers(StepFacts):
    officer_ids: list[int] = Field(
        default_factory=list, title="检查人员",
        description="实施检查的执法人员（人员ID），不少于两名持有效执法证的人员；辅助人员不计入。",
    )  # fmt: skip


class Register(WithOfficers):
    matter_id: int = Field(title="检查事项", description="本机关公布的检查事项（行政检查类事项ID）。")
    target: PartyInput = Field(title="检查对象")
    place: str = Field(title="检查地点", min_length=2, max_length=300)
    trigger: InspectionTrigger = Field(title="检查启动方式")
    trigger_reason: str = Field(
        "",
        title="启动理由",
        max_length=2000,
        description="投诉举报、交办、专项的具体情况；超出年度频次上限时必填。",
    )
    planned_on: date = Field(title="计划检查日期")


class Approve(StepFacts):
    approval_number: str = Field(
        title="审批编号", min_length=2, max_length=60, description="检查审批表编号。"
    )


class Refuse(StepFacts):
    reason: str = Field(title="不予批准理由", min_length=2, max_length=4000)


class Cancel(StepFacts):
    reason: str = Field(title="撤销理由", min_length=2, max_length=4000)


class Notify(StepFacts):
    notified: bool = Field(True, title="已事先告知企业")
    method: NoticeMethod | None = Field(None, title="告知方式")
    no_notice_reason: str = Field("", title="不事先告知的理由", max_length=2000)


class CheckIn(WithOfficers):
    scanned_at: datetime = Field(title="扫码时间", description="到达现场扫码入企的时间。")
    location: str = Field(title="扫码地点", min_length=2, max_length=300, description="定位地址或经纬度。")

    @field_validator("scanned_at")
    @classmethod
    def _local_time(cls, value: datetime) -> datetime:
        """A time sent without a zone is the officer's local time."""
        return timezone.make_aware(value) if timezone.is_naive(value) else value


class ChecklistEntry(Schema):
    item: str = Field(title="检查项目", min_length=1, max_length=300)
    answer: Answer = Field(title="结论")
    note: str = Field("", title="说明", max_length=1000)


class Record(WithOfficers):
    checklist: list[ChecklistEntry] = Field(default_factory=list, title="检查清单")
    checked: str = Field(
        title="检查内容", min_length=2, max_length=4000, description="检查了哪些场所、物品、资料。"
    )
    found: str = Field(title="检查情况", min_length=2, max_length=4000, description="检查发现的情况与问题。")
    signature: Signature = Field(title="当事人签名情况")
    witness: str = Field("", title="见证人", max_length=200)


class Conclude(StepFacts):
    pass


class OrderCorrection(StepFacts):
    correction_days: int = Field(title="改正期限（日）", ge=1, le=365)
    requirements: str = Field(title="改正要求", min_length=2, max_length=4000)


class Recheck(WithOfficers):
    finding: str = Field(title="复查情况", min_length=2, max_length=4000)


class OpenCase(StepFacts):
    penalty_matter_id: int = Field(title="立案查处的处罚事项", description="本机关行使的行政处罚事项ID。")
    title: str = Field(title="案由", min_length=2, max_length=300)
    clue: str = Field("", title="案源情况", max_length=4000, description="不填则取现场检查笔录的检查情况。")


class Refer(StepFacts):
    authority: str = Field(title="移送机关", min_length=2, max_length=200)
    reason: str = Field(title="移送理由", min_length=2, max_length=4000)


class RecordPublicity(StepFacts):
    url: str = Field("", title="公示网址", max_length=500)


FACTS_BY_ACTION: dict[str, type[StepFacts]] = {
    "register": Register, "approve": Approve, "refuse": Refuse, "cancel": Cancel, "notify": Notify,
    "check_in": CheckIn, "record": Record, "conclude": Conclude, "order_correction": OrderCorrection,
    "recheck_corrected": Recheck, "recheck_not_corrected": Recheck, "open_case": OpenCase, "refer": Refer,
    "record_publicity": RecordPublicity,
}  # fmt: skip
