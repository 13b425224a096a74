"""What the services are told (house style R3, R13): one typed schema per write, shared by the API and the forms.

Business rules (amounts, kinds, dates, officers) are not validated here but by the guards, so that a refusal
names its rule and article whether it comes from a page, the API or a script.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ninja import Schema
from pydantic import Field

from zhifa.cases.facts import PartyInput


class ActInput(Schema):
    """A decision to record (登记) or the new content of a correction (更正)."""

    organisation_id: int | None = Field(None, title="执法主体", description="不填为当前账号所属执法主体。")
    kind: str = Field(
        title="行为类型", description="levy、requisition、confirmation、payment、reward 或 adjudication。"
    )
    matter_id: int = Field(
        title="执法事项", description="执法事项清单中的事项ID（须为本主体当日行使、同类型的事项）。"
    )
    party: PartyInput | None = Field(None, title="当事人", description="按月汇总的给付记录不填。")
    decided_on: date = Field(title="决定日期")
    decision: str = Field(title="决定内容", min_length=2, max_length=4000)
    number: str = Field(title="文号", min_length=1, max_length=100)
    amount: Decimal | None = Field(None, title="金额（元）", max_digits=16, decimal_places=2)
    aggregated: bool = Field(
        False, title="按月汇总", description="仅行政给付：一个事项一个月的给付合并为一条记录。"
    )
    period: date | None = Field(None, title="汇总月份", description="汇总记录所属月份（该月任一日）。")
    recipients: int | None = Field(None, title="给付人次")
    officer_ids: list[int] = Field(default_factory=list, title="执法人员",
                                   description="人员ID；征用、裁决须两名持有效执法证的执法人员。")  # fmt: skip
    publish: bool = Field(True, title="公开", description="对自然人的确认等涉及隐私的记录一律不公开。")
    reason: str = Field("", title="更正理由", max_length=4000, description="更正时必填。")


class ReasonInput(Schema):
    """撤销 (or the old row's side of 更正): the day and the reason."""

    on: date | None = Field(None, title="日期", description="不填为今天。")
    reason: str = Field("", title="理由", max_length=4000)


class PublishInput(Schema):
    on: date | None = Field(None, title="公开日期", description="不填为今天。")
