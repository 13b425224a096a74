"""Output schemas of the cases API (the input schemas are ``cases.facts``, shared with the pages)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ninja import Field, Schema


class PartyOut(Schema):
    id: int
    kind: str
    kind_label: str
    name: str
    identifier_masked: str
    address: str


class CaseOut(Schema):
    id: int
    number: str
    title: str
    procedure: str
    procedure_label: str
    state: str
    state_label: str
    organisation: str = Field(
        description="执法主体：以其名义办理案件的机关（赋权的街道/乡镇、委托案件中的委托机关）"
    )
    handled_by: str = Field(
        description="承办单位（街道/乡镇综合行政执法队或受委托组织）；与执法主体相同时为空"
    )
    entrustment: str = Field(description="受委托办理时的委托书文号；否则为空")
    matter: str
    party: str
    registered_on: date | None
    due_on: date | None
    decided_on: date | None
    closed_on: date | None
    overdue: bool


class StepOut(Schema):
    id: int
    action: str
    label: str
    from_state: str
    to_state: str
    on: date
    officers: list[dict]
    data: dict
    reason: str
    actor: str
    at: datetime


class DocumentOut(Schema):
    id: int
    kind: str
    kind_label: str
    number: str
    issued_on: date
    served_on: date | None
    step_id: int


class DeadlineOut(Schema):
    kind: str
    kind_label: str
    starts_on: date
    due_on: date
    status: str
    status_label: str
    met_on: date | None
    basis: str
    overdue: bool


class OfficerOut(Schema):
    person_id: int
    name: str
    role: str
    assigned_on: date
    recused_on: date | None
    recusal_reason: str


class FindingOut(Schema):
    item: str
    item_label: str
    finding: str
    note: str


class ReviewOut(Schema):
    id: int
    reviewer: str
    assigned_on: date
    due_on: date
    opinion: str
    opinion_label: str
    reasons: str
    submitted_on: date | None
    findings: list[FindingOut]


class ActionOut(Schema):
    action: str
    label: str
    endpoint: str
    perm: str
    citation: str
    rules: list[str]


class CaseDetailOut(CaseOut):
    party_detail: PartyOut | None
    origin: str
    clue: str
    act_date: date | None
    act_place: str
    facts: str
    proposal: dict
    is_major: bool
    major_reasons: list[str]
    needs_discussion: bool
    notified_on: date | None
    hearing_offered: bool
    rights_waived: bool
    decision_outcome: str
    decided_kinds: list[str]
    fine_amount: Decimal | None
    confiscated_amount: Decimal | None
    decision_number: str
    served_on: date | None
    payment_due_on: date | None
    paid_amount: Decimal
    owed_today: Decimal
    officers: list[OfficerOut]
    steps: list[StepOut]
    documents: list[DocumentOut]
    deadlines: list[DeadlineOut]
    reviews: list[ReviewOut]
    actions: list[ActionOut]


class GuardOut(Schema):
    code: str
    title: str
    citation: str


class DocumentSpecOut(Schema):
    kind: str
    label: str
    when: str


class ProcedureStepOut(Schema):
    action: str
    label: str
    sources: list[str]
    target: str
    perm: str
    citation: str
    officers: int
    guards: list[GuardOut]
    documents: list[DocumentSpecOut]
    starts: list[str]
    stops: list[str]


class ProcedureOut(Schema):
    code: str
    name: str
    citation: str
    states: list[dict]
    steps: list[ProcedureStepOut]


class DueOut(Schema):
    case_id: int
    case_number: str
    case_title: str
    kind: str
    kind_label: str
    due_on: date
    overdue: bool


class PublicCaseOut(Schema):
    number: str
    title: str
    organisation: str
    state_label: str
    registered_on: date | None
    due_on: date | None
    decided_on: date | None
    closed_on: date | None
    deadlines: list[DeadlineOut]
    served_documents: list[DocumentOut]


class ViolationOut(Schema):
    reference: str = Field(description="决定书文号")
    matter_code: str
    matter: str
    organisation: str = Field(description="作出决定的执法主体")
    act_date: date
    decided_on: date
    outcome: str
    outcome_label: str = Field(description="适用的裁量档次（首违不罚、从轻、一般、从重……）")
    source: str


class PartyHistoryOut(PartyOut):
    legal_representative: str
    cases: list[CaseOut] = Field(description="本人可见范围内该当事人的案件")
    violations: list[ViolationOut] = Field(
        description="本平台登记的该当事人违法记录（全平台，裁量计算器据此判断首违与再犯）"
    )
