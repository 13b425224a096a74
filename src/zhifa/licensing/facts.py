"""What each step of a licence application or a licence needs to be told: one typed schema per action (house
style R3, R13). The same schema validates the API body, builds the step's form on the page, and reaches the
service as the step's ``facts``. Field titles are the Chinese labels users see."""

from __future__ import annotations

from datetime import date

from ninja import Schema
from pydantic import Field

from zhifa.cases.facts import PartyInput

from .constants import CancellationGround, ExcludedKind, HearingKind, RevocationGround, WithdrawalGround

REMEDIES_HINT = (
    "如：可自收到本决定之日起六十日内向××人民政府申请行政复议，或者六个月内向××人民法院提起行政诉讼。"
)


class StepFacts(Schema):
    """Fields every step takes: the day the step took place (default today) and a reason or note."""

    on: date | None = Field(None, title="实施日期", description="该步骤实际实施之日；不填为今天。")
    reason: str = Field("", title="理由/意见", max_length=4000)


class Receive(StepFacts):
    matter_id: int = Field(title="许可事项", description="执法事项清单中的行政许可事项ID。")
    applicant: PartyInput = Field(title="申请人")
    subject: str = Field(title="申请内容", min_length=2, max_length=2000)
    materials: list[str] = Field(default_factory=list, title="已提交材料", description="每行一项。")


class RequestCompletion(StepFacts):
    missing: list[str] = Field(
        default_factory=list, title="需要补正的全部内容", description="每行一项，一次列全。"
    )


class Supplement(StepFacts):
    materials: list[str] = Field(default_factory=list, title="补正的材料", description="每行一项。")


class Accept(StepFacts):
    pass


class Reject(StepFacts):
    pass


class Withdraw(StepFacts):
    pass


class Review(StepFacts):
    opinion: str = Field(title="审查意见", min_length=2, max_length=4000)
    on_site: bool = Field(
        False, title="实地核查", description="需要对申请材料的实质内容进行核实的，由两名以上工作人员核查。"
    )
    officer_ids: list[int] = Field(default_factory=list, title="审查/核查人员")


class AnnounceHearing(StepFacts):
    kind: HearingKind = Field(HearingKind.STATUTORY, title="听证情形")
    announcement: str = Field(title="听证公告内容", min_length=2, max_length=4000)


class NotifyHearingRight(StepFacts):
    interested_parties: str = Field("", title="利害关系人", max_length=1000)


class RequestHearing(StepFacts):
    requested_by: str = Field(title="申请人/利害关系人", min_length=1, max_length=200)


class CloseHearingWindow(StepFacts):
    pass


class ScheduleHearing(StepFacts):
    chair_id: int = Field(title="听证主持人")
    notice_served_on: date = Field(title="听证通知送达日期")
    scheduled_on: date = Field(title="举行听证日期")
    place: str = Field(title="听证地点", min_length=1, max_length=200)


class HoldHearing(StepFacts):
    record: str = Field(title="听证笔录摘要", min_length=2, max_length=4000)


class Pause(StepFacts):
    kind: ExcludedKind = Field(title="事由")
    notice: str = Field(
        "", title="书面告知内容", max_length=2000, description="告知申请人所需时间的书面通知。"
    )
    expected_days: int | None = Field(None, title="预计所需工作日", ge=1, le=3650)


class Resume(StepFacts):
    result: str = Field("", title="结果", max_length=2000)


class Extend(StepFacts):
    pass


class Grant(StepFacts):
    scope: str = Field(title="准予许可的内容", min_length=2, max_length=2000)
    valid_from: date | None = Field(None, title="有效期自", description="不填为决定之日。")
    valid_until: date | None = Field(None, title="有效期至", description="不填为长期有效。")


class Refuse(StepFacts):
    reasons: str = Field("", title="不予许可的理由", max_length=4000)
    remedies: str = Field("", title="救济途径与期限", max_length=2000, description=REMEDIES_HINT)


class Issue(StepFacts):
    pass


# --- the licence's life ---------------------------------------------------------------------------------------


class Change(StepFacts):
    scope: str = Field(title="变更后的许可内容", min_length=2, max_length=2000)


class ApplyRenewal(StepFacts):
    pass


class Renew(StepFacts):
    valid_until: date = Field(title="延续后有效期至")


class RefuseRenewal(StepFacts):
    reasons: str = Field("", title="不予延续的理由", max_length=4000)
    remedies: str = Field("", title="救济途径与期限", max_length=2000, description=REMEDIES_HINT)


class DeemRenewed(StepFacts):
    pass


class Revoke(StepFacts):
    ground: RevocationGround = Field(title="撤销事由")


class WithdrawLicence(StepFacts):
    ground: WithdrawalGround = Field(title="撤回事由")
    compensation: str = Field("", title="补偿说明", max_length=2000)


class Cancel(StepFacts):
    ground: CancellationGround = Field(title="注销事由")


class Expire(StepFacts):
    pass


APPLICATION_FACTS: dict[str, type[StepFacts]] = {
    "receive": Receive, "request_completion": RequestCompletion, "supplement": Supplement, "accept": Accept,
    "reject": Reject, "withdraw": Withdraw, "review": Review, "announce_hearing": AnnounceHearing,
    "notify_hearing_right": NotifyHearingRight, "request_hearing": RequestHearing,
    "close_hearing_window": CloseHearingWindow, "schedule_hearing": ScheduleHearing, "hold_hearing": HoldHearing,
    "pause": Pause, "resume": Resume, "extend": Extend, "grant": Grant, "refuse": Refuse, "issue": Issue,
}  # fmt: skip
LICENCE_FACTS: dict[str, type[StepFacts]] = {
    "issue": Issue, "change": Change, "apply_renewal": ApplyRenewal, "renew": Renew,
    "refuse_renewal": RefuseRenewal, "deem_renewed": DeemRenewed, "revoke": Revoke, "withdraw": WithdrawLicence,
    "cancel": Cancel, "expire": Expire,
}  # fmt: skip
