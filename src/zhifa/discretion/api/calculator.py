"""API: the 三张清单 and the calculator (行政处罚裁量计算)."""

from datetime import date
from decimal import Decimal
from typing import Literal, Self

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Schema
from pydantic import model_validator

from zhifa.accounts.constants import Perm
from zhifa.catalog.models import Matter
from zhifa.core.api_support import acting, responses
from zhifa.utils.validators import birth_date_of, normalise_party_identifier

from .. import selectors
from ..constants import (
    ASSERTED_CIRCUMSTANCES,
    Outcome,
    PartyType,
)
from ..domain.formatting import AMOUNT_LABELS
from ..domain.types import Facts
from ..models import BenchmarkTier
from . import router
from .benchmarks import (
    ConditionOut,
    KindOut,
    _body,
    _kind_out,
    _label,
    _matter,
    _not_negative,
    tier_out,
)

# --- 三张清单 ----------------------------------------------------------------------------------------------


class ThreeListRowOut(Schema):
    outcome: str
    outcome_label: str
    matter_id: int
    matter_code: str
    matter_name: str
    benchmark_id: int
    issuer_name: str
    violation: str
    tier_label: str
    conditions: list[ConditionOut]
    kinds: list[KindOut]
    fine_text: str
    basis: str


def three_list_row(t: BenchmarkTier, names: dict[int, str]) -> ThreeListRowOut:
    b = t.benchmark
    out = tier_out(t)
    return ThreeListRowOut(
        outcome=t.outcome, outcome_label=out.outcome_label, matter_id=b.matter_id, matter_code=b.matter.basic_code,
        matter_name=names.get(b.matter_id, ""), benchmark_id=b.pk, issuer_name=b.issuer_name,
        violation=b.violation, tier_label=t.label, conditions=out.conditions, kinds=out.kinds,
        fine_text=out.fine_text, basis=t.basis or b.penalty_basis,
    )  # fmt: skip


@router.get(
    "/three-lists", response=responses(200, list[ThreeListRowOut]), summary="三张清单（不予、减轻、从轻处罚）"
)
def discretion_three_lists(
    request: HttpRequest,
    outcome: Literal["no_penalty", "mitigated", "lenient"] | None = None,
    on: date | None = None,
):
    acting(request, Perm.CATALOG_VIEW)
    day = on or timezone.localdate()
    tiers = list(selectors.three_lists(day=day, outcome=outcome or ""))
    names = selectors.matter_names([t.benchmark.matter_id for t in tiers], day)
    return [three_list_row(t, names) for t in tiers]


# --- the calculator ---------------------------------------------------------------------------------------


class CalculateIn(Schema):
    matter_id: int | None = None
    matter_code: str = ""
    organisation_id: int | None = None
    party_type: PartyType
    party_identifier: str = Field("", description="统一社会信用代码或居民身份证号码（用于查询在先处罚记录）")
    party_birth_date: date | None = None
    act_date: date
    circumstances: list[str] = []
    illegal_gain: Decimal | None = None
    goods_value: Decimal | None = None
    turnover: Decimal | None = None
    ad_fee: Decimal | None = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.matter_id is None and not self.matter_code.strip():
            raise ValueError("须指明事项（matter_id 或 matter_code）")
        for name, label in AMOUNT_LABELS.items():
            _not_negative(getattr(self, name), label)
        unknown = [c for c in self.circumstances if c not in ASSERTED_CIRCUMSTANCES]
        if unknown:
            raise ValueError(f"以下情节不能录入（未知或由系统计算）：{'、'.join(unknown)}")
        if self.party_birth_date and self.party_birth_date > self.act_date:
            raise ValueError("出生日期晚于违法行为发生日期")
        self.party_identifier = normalise_party_identifier(self.party_identifier)
        return self

    def facts(self) -> Facts:
        birth = self.party_birth_date
        if birth is None and self.party_type == PartyType.PERSON:
            birth = birth_date_of(self.party_identifier)
        return Facts(
            party_type=str(self.party_type), act_date=self.act_date, circumstances=frozenset(self.circumstances),
            illegal_gain=self.illegal_gain, goods_value=self.goods_value, turnover=self.turnover,
            ad_fee=self.ad_fee, party_birth_date=birth,
        )  # fmt: skip


class TraceOut(Schema):
    rule: str
    text: str
    citation: str


class CalculationOut(Schema):
    matter_id: int
    matter_code: str
    matter_name: str
    benchmark_id: int
    issuer_name: str
    version: int
    filing_number: str
    outcome: str
    outcome_label: str
    tier_id: int | None
    tier_label: str
    kinds: list[KindOut]
    fine_low: Decimal | None
    fine_high: Decimal | None
    trace: list[TraceOut]
    warnings: list[str]
    prior_count: int


def calculation_out(matter: Matter, calc: selectors.Calculation) -> CalculationOut:
    b, rec = calc.benchmark, calc.recommendation
    return CalculationOut(
        matter_id=matter.pk, matter_code=matter.basic_code,
        matter_name=selectors.matter_names([matter.pk], timezone.localdate()).get(matter.pk, ""),
        benchmark_id=b.pk, issuer_name=b.issuer_name, version=b.version, filing_number=b.filing_number,
        outcome=rec.outcome, outcome_label=_label(Outcome, rec.outcome), tier_id=rec.tier_id,
        tier_label=rec.tier_label, kinds=[_kind_out(k) for k in rec.kinds], fine_low=rec.fine_low,
        fine_high=rec.fine_high, trace=[TraceOut(rule=s.rule, text=s.text, citation=s.citation) for s in rec.trace],
        warnings=list(rec.warnings), prior_count=calc.prior_count,
    )  # fmt: skip


@router.post(
    "/discretion/calculate",
    response=responses(200, CalculationOut),
    summary="裁量计算：推荐档次、种类与罚款幅度",
)
def discretion_calculate(request: HttpRequest, payload: CalculateIn):
    actor = acting(request, Perm.CATALOG_VIEW)
    matter = _matter(payload.matter_id, payload.matter_code)
    calc = selectors.calculate(
        matter=matter, organisation=_body(actor, payload.organisation_id), facts=payload.facts(),
        party_identifier=payload.party_identifier,
    )  # fmt: skip
    return calculation_out(matter, calc)
