"""The discretion calculator (行政处罚裁量): from a benchmark and the facts of a case to a recommended penalty.

The order of reasoning, each step recorded in the trace with its rule code and citation:

1. Derived circumstances are computed, never taken from the officer's entries: party type, age on the act
   date, 初次违法 / N年内再次 from zhifa's earlier decisions, the amount thresholds from the amounts.
2. The statutory rules of 《中华人民共和国行政处罚法》 come first: 不予行政处罚 under 第三十条 (不满十四周岁) and
   第三十三条 (轻微并及时改正且没有危害后果; 没有主观过错) whatever the benchmark says; 应当从轻或者减轻 under
   第三十条 (已满十四周岁不满十八周岁) and 第三十二条.
3. The benchmark table: tiers in ascending ``order``; the first tier whose conditions all hold applies.
4. The fine: an amount range, or a multiple of 违法所得/货值金额/违法经营额/广告费用, rounded to the fen;
   减轻处罚 stays below the statutory minimum.

Pure functions (house style R7): no ORM, no clock, no database.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from zhifa.core.domain.workdays import years_before
from zhifa.discretion.constants import (
    DERIVED_CIRCUMSTANCES,
    VALUED_CIRCUMSTANCES,
    Circumstance,
    FineMode,
    Outcome,
    PartyType,
)
from zhifa.discretion.domain.formatting import (
    AMOUNT_LABELS,
    OUTCOME_SHORT,
    chinese_date,
    circumstance_label,
    multiple,
    outcome_label,
    tier_name,
    yuan,
)
from zhifa.discretion.domain.legal_rules import (
    LAW,
    NOTE_FIRST_OFFENCE_UNLISTED,
    RULE_AGE,
    RULE_DERIVED,
    RULE_FINE,
    RULE_MITIGATED,
    RULE_NO_EXEMPTION,
    RULE_REPEAT,
    RULE_S30_JUVENILE,
    RULE_S30_UNDER_14,
    RULE_S32,
    RULE_S33_EDUCATE,
    RULE_S33_FIRST,
    RULE_S33_MINOR,
    RULE_S33_NO_FAULT,
    RULE_TABLE,
    RULES,
    WARN_NO_BIRTH_DATE,
    WARN_NO_FAULT,
    WARN_NO_LENIENT_TIER,
    LegalRule,
)
from zhifa.discretion.domain.types import (
    BenchmarkRule,
    Condition,
    Facts,
    Fine,
    Recommendation,
    TierRule,
    TraceStep,
)

__all__ = [
    "RULES",
    "RULE_AGE",
    "RULE_DERIVED",
    "RULE_FINE",
    "RULE_MITIGATED",
    "RULE_NO_EXEMPTION",
    "RULE_REPEAT",
    "RULE_S30_JUVENILE",
    "RULE_S30_UNDER_14",
    "RULE_S32",
    "RULE_S33_EDUCATE",
    "RULE_S33_FIRST",
    "RULE_S33_MINOR",
    "RULE_S33_NO_FAULT",
    "RULE_TABLE",
    "LegalRule",
    "MissingAmount",
    "NoApplicableTier",
    "age_on",
    "explain",
    "fine_in_yuan",
    "recommend",
    "repeat_within",
]

_FEN = Decimal("0.01")
_PARTY_KEYS = frozenset({Circumstance.PARTY_PERSON, Circumstance.PARTY_ORGANISATION})
_ART_32 = (
    Circumstance.ELIMINATED_HARM,
    Circumstance.COERCED,
    Circumstance.CONFESSED,
    Circumstance.MERITORIOUS,
)
_AMOUNT_TESTS: dict[str, tuple[str, Callable[[Decimal, Decimal], bool]]] = {
    Circumstance.GAIN_BELOW: ("illegal_gain", operator.lt),
    Circumstance.GAIN_AT_LEAST: ("illegal_gain", operator.ge),
    Circumstance.GOODS_BELOW: ("goods_value", operator.lt),
    Circumstance.GOODS_AT_LEAST: ("goods_value", operator.ge),
    Circumstance.TURNOVER_BELOW: ("turnover", operator.lt),
    Circumstance.TURNOVER_AT_LEAST: ("turnover", operator.ge),
}
_MULTIPLE_BASES = {
    FineMode.GAIN_MULTIPLE: "illegal_gain",
    FineMode.GOODS_MULTIPLE: "goods_value",
    FineMode.TURNOVER_MULTIPLE: "turnover",
    FineMode.FEE_MULTIPLE: "ad_fee",
}


class NoApplicableTier(ValueError):
    """No tier of the benchmark holds (a benchmark should end with an unconditional 一般 tier)."""

    def __init__(self, message: str, trace: tuple[TraceStep, ...] = ()):
        super().__init__(message)
        self.trace = trace


class MissingAmount(ValueError):
    """The fine is a multiple of an amount the facts do not give; ``field`` names the ``Facts`` attribute."""

    def __init__(self, message: str, field: str):
        super().__init__(message)
        self.field = field


# --- dates --------------------------------------------------------------------------------------------------


def _anniversary(day: date, year: int) -> date:
    """``day`` in ``year``; 2月29日 becomes 2月28日 in a common year (《民法典》第二百零二条 by analogy)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def age_on(birth: date, day: date) -> int:
    """Age in full years on ``day``; a year is full from the day after the birthday (``RULE_AGE``)."""
    if day < birth:
        raise ValueError(f"出生日期{chinese_date(birth)}晚于违法行为发生日期{chinese_date(day)}")
    years = day.year - birth.year
    if day <= _anniversary(birth, day.year):
        years -= 1
    return max(years, 0)


def repeat_within(prior: Iterable[date], act_date: date, years: int) -> bool:
    """True when an earlier decision lies within ``years`` years before ``act_date`` (``RULE_REPEAT``): on or
    after the corresponding day ``years`` years earlier and before the act date."""
    start = years_before(act_date, years)
    return any(start <= day < act_date for day in prior)


# --- the working record -------------------------------------------------------------------------------------


@dataclass
class _Log:
    steps: list[TraceStep] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, rule: LegalRule, text: str, citation: str | None = None) -> None:
        self.steps.append(TraceStep(rule.code, text, rule.citation if citation is None else citation))

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)


@dataclass(frozen=True)
class _Context:
    """The facts plus the circumstances that hold: the valid asserted ones and the derived ones computed."""

    facts: Facts
    flags: frozenset[str]


@dataclass(frozen=True)
class _Check:
    holds: bool
    warning: str = ""


@dataclass(frozen=True)
class _TierCheck:
    position: int
    tier: TierRule
    failed: tuple[Condition, ...]
    warnings: tuple[str, ...]

    @property
    def holds(self) -> bool:
        return not self.failed

    @property
    def name(self) -> str:
        return tier_name(self.position, self.tier.label)


# --- derived circumstances ----------------------------------------------------------------------------------


def _check_facts(facts: Facts) -> None:
    if facts.party_type not in PartyType.values:
        raise ValueError(f"当事人类型“{facts.party_type}”无效")
    for attr, label in AMOUNT_LABELS.items():
        amount = getattr(facts, attr)
        if amount is not None and Decimal(amount) < 0:
            raise ValueError(f"{label}不能为负数：{amount}")


def _party_flags(facts: Facts, log: _Log) -> set[str]:
    if facts.party_type == PartyType.ORGANISATION:
        log.add(RULE_DERIVED, "当事人为法人或者其他组织")
        return {Circumstance.PARTY_ORGANISATION}
    log.add(RULE_DERIVED, "当事人为自然人")
    return {Circumstance.PARTY_PERSON, *_age_flags(facts, log)}


def _age_flags(facts: Facts, log: _Log) -> set[str]:
    if facts.party_birth_date is None:
        log.warn(WARN_NO_BIRTH_DATE)
        return set()
    age = age_on(facts.party_birth_date, facts.act_date)
    flag = Circumstance.UNDER_14 if age < 14 else Circumstance.AGED_14_TO_18 if age < 18 else None
    band = {Circumstance.UNDER_14: "不满十四周岁", Circumstance.AGED_14_TO_18: "已满十四周岁不满十八周岁"}
    text = (
        f"当事人{chinese_date(facts.party_birth_date)}出生，实施违法行为时（{chinese_date(facts.act_date)}）"
    )
    log.add(RULE_AGE, f"{text}为{age}周岁（{band.get(flag, '已满十八周岁')}）")
    return {flag} if flag else set()


def _history_flags(facts: Facts, log: _Log) -> set[str]:
    earlier = sorted(day for day in facts.prior_decisions if day < facts.act_date)
    if not earlier:
        log.add(RULE_DERIVED, "本平台无同一事项在违法行为发生前作出的处罚决定，属初次违法")
        return {Circumstance.FIRST_OFFENCE}
    dates = "、".join(chinese_date(day) for day in earlier)
    log.add(RULE_DERIVED, f"本平台同一事项在违法行为发生前已有处罚决定（{dates}），不属初次违法")
    return set()


def _trace_amounts(facts: Facts, log: _Log) -> None:
    given = [(label, getattr(facts, attr)) for attr, label in AMOUNT_LABELS.items()]
    parts = [f"{label} {yuan(Decimal(amount))} 元" for label, amount in given if amount is not None]
    if parts:
        log.add(RULE_DERIVED, "涉案金额：" + "；".join(parts))


def _asserted_flags(facts: Facts, log: _Log) -> set[str]:
    ignored = sorted(key for key in facts.circumstances if key in DERIVED_CIRCUMSTANCES)
    unknown = sorted(key for key in facts.circumstances if key not in Circumstance.values)
    if ignored:
        names = "、".join(f"“{circumstance_label(Condition(key))}”" for key in ignored)
        log.add(RULE_DERIVED, f"录入的{names}属于系统计算的情节，录入值不予采用")
    for key in unknown:
        log.warn(f"未知的情节代码“{key}”，已忽略")
    return {key for key in facts.circumstances if key in Circumstance.values} - DERIVED_CIRCUMSTANCES


def _derive(facts: Facts, log: _Log) -> _Context:
    _check_facts(facts)
    flags = _party_flags(facts, log) | _history_flags(facts, log) | _asserted_flags(facts, log)
    _trace_amounts(facts, log)
    return _Context(facts, frozenset(flags))


# --- conditions ---------------------------------------------------------------------------------------------


def _check_repeat(condition: Condition, facts: Facts) -> _Check:
    value = condition.value
    if value is None or Decimal(value) != Decimal(value).to_integral_value() or Decimal(value) < 1:
        return _Check(False, f"基准条件“{circumstance_label(condition)}”的年数无效，含该条件的档次不能适用")
    return _Check(repeat_within(facts.prior_decisions, facts.act_date, int(value)))


def _check_amount(condition: Condition, facts: Facts) -> _Check:
    attr, compare = _AMOUNT_TESTS[condition.key]
    if condition.value is None:
        return _Check(False, f"基准条件“{circumstance_label(condition)}”未设金额，含该条件的档次不能适用")
    amount = getattr(facts, attr)  # never None here: ``_require_amounts`` ran first
    return _Check(compare(Decimal(amount), Decimal(condition.value)))


def _require_amounts(tiers: list[TierRule], facts: Facts) -> None:
    """A benchmark that splits its tiers on an amount (货值金额不足一万元的… / 一万元以上的…) cannot recommend
    anything until that amount is known: falling through to the last tier would silently assume the lower band."""
    for tier in tiers:
        for condition in tier.conditions:
            attr = _AMOUNT_TESTS.get(condition.key, (None,))[0]
            if attr is not None and getattr(facts, attr) is None:
                label = AMOUNT_LABELS[attr]
                raise MissingAmount(f"该裁量基准按{label}区分档次，须提供{label}（没有的填 0）", attr)


def _check_condition(condition: Condition, ctx: _Context) -> _Check:
    if condition.key == Circumstance.REPEAT_WITHIN_YEARS:
        return _check_repeat(condition, ctx.facts)
    if condition.key in _AMOUNT_TESTS:
        return _check_amount(condition, ctx.facts)
    if condition.key not in Circumstance.values:
        return _Check(False, f"基准条件“{condition.key}”不是已知情节，含该条件的档次不能适用")
    return _Check(condition.key in ctx.flags)


def _is_scope(condition: Condition) -> bool:
    """Conditions that place a case in a band (amounts, years, party type) rather than describe conduct."""
    return condition.key in VALUED_CIRCUMSTANCES or condition.key in _PARTY_KEYS


def _check_tier(position: int, tier: TierRule, ctx: _Context, scope_only: bool = False) -> _TierCheck:
    conditions = [c for c in tier.conditions if _is_scope(c)] if scope_only else tier.conditions
    checks = [(c, _check_condition(c, ctx)) for c in conditions]
    failed = tuple(c for c, check in checks if not check.holds)
    return _TierCheck(position, tier, failed, tuple(check.warning for _, check in checks if check.warning))


# --- statutory rules ----------------------------------------------------------------------------------------


def _exemption(ctx: _Context) -> tuple[LegalRule, str] | None:
    """The statutory 不予行政处罚 rule that applies, with the finding, or None."""
    if Circumstance.UNDER_14 in ctx.flags:
        return RULE_S30_UNDER_14, "当事人实施违法行为时不满十四周岁"
    if Circumstance.NO_FAULT in ctx.flags:
        return RULE_S33_NO_FAULT, "当事人有证据足以证明没有主观过错"
    minor = {Circumstance.MINOR, Circumstance.CORRECTED_IN_TIME, Circumstance.NO_HARM}
    if minor <= ctx.flags:
        return RULE_S33_MINOR, "违法行为轻微并及时改正，没有造成危害后果"
    return None


def _article(rule: LegalRule) -> str:
    """The article of a rule's citation ("第三十三条第一款" → "第三十三条"), to match a tier's ``basis``."""
    return rule.citation.removeprefix(LAW).split("条")[0] + "条"


def _exemption_tier(tiers: list[TierRule], ctx: _Context, rule: LegalRule) -> TierRule | None:
    """The benchmark's 不予处罚 tier to record: one citing the article, else one that holds, else the first."""
    exempt = [t for t in tiers if t.outcome == Outcome.NO_PENALTY]
    citing = [t for t in exempt if _article(rule) in t.basis]
    holding = [t for i, t in enumerate(exempt, 1) if _check_tier(i, t, ctx).holds]
    return next(iter(citing + holding + exempt), None)


def _exempt(
    benchmark: BenchmarkRule, ctx: _Context, found: tuple[LegalRule, str], log: _Log
) -> Recommendation:
    rule, finding = found
    log.add(rule, f"{finding}：{rule.text}")
    if rule is RULE_S33_NO_FAULT:
        log.warn(WARN_NO_FAULT)
    log.add(RULE_S33_EDUCATE, RULE_S33_EDUCATE.text)
    tier = _exemption_tier(_ordered(benchmark.tiers), ctx, rule)
    label = tier.label if tier else outcome_label(Outcome.NO_PENALTY)
    where = f"按基准不予处罚档次“{tier.label}”记录" if tier else "基准未设不予处罚档次，依法直接不予处罚"
    log.add(rule, f"处理结果：不予行政处罚；{where}")
    return _result(benchmark, tier, log, outcome=Outcome.NO_PENALTY, label=label)


def _leniency_grounds(ctx: _Context, log: _Log) -> list[LegalRule]:
    """Trace and return the grounds on which the penalty must be 从轻或者减轻 (第三十条, 第三十二条)."""
    grounds = []
    if Circumstance.AGED_14_TO_18 in ctx.flags:
        log.add(RULE_S30_JUVENILE, f"当事人实施违法行为时已满十四周岁不满十八周岁：{RULE_S30_JUVENILE.text}")
        grounds.append(RULE_S30_JUVENILE)
    found = [circumstance_label(Condition(key)) for key in _ART_32 if key in ctx.flags]
    if found:
        log.add(RULE_S32, f"当事人{'、'.join(found)}：依法应当从轻或者减轻行政处罚")
        grounds.append(RULE_S32)
    return grounds


def _note_first_offence(tiers: list[TierRule], ctx: _Context, log: _Log) -> None:
    """首违不罚 is discretionary: only a 不予处罚清单 tier applies it; otherwise the trace says so."""
    harm = {Circumstance.SLIGHT_HARM, Circumstance.NO_HARM} & ctx.flags
    needed = {Circumstance.FIRST_OFFENCE, Circumstance.CORRECTED_IN_TIME}
    if not harm or not needed <= ctx.flags:
        return
    listed = any(
        t.outcome == Outcome.NO_PENALTY and any(c.key == Circumstance.FIRST_OFFENCE for c in t.conditions)
        for t in tiers
    )
    finding = "当事人初次违法且危害后果轻微并及时改正，符合“可以不予行政处罚”的情形"
    tail = "本基准列有首违不罚档次，按基准列序审查" if listed else NOTE_FIRST_OFFENCE_UNLISTED
    log.add(RULE_S33_FIRST, f"{finding}；{tail}")


# --- the table ----------------------------------------------------------------------------------------------


def _ordered(tiers: Iterable[TierRule]) -> list[TierRule]:
    return sorted(tiers, key=lambda tier: tier.order)


def _tier_line(check: _TierCheck) -> str:
    head = f"{check.name}（{outcome_label(check.tier.outcome)}）"
    if check.holds:
        return f"{head}：{'条件全部满足，' if check.tier.conditions else '无附加条件，'}适用"
    failed = "、".join(f"“{circumstance_label(c)}”" for c in check.failed)
    return f"{head}：不符合{failed}"


def _first_match(benchmark: BenchmarkRule, checks: list[_TierCheck], log: _Log) -> _TierCheck:
    """Trace every tier up to the first that holds; raise ``NoApplicableTier`` when none does."""
    for check in checks:
        log.add(RULE_TABLE, _tier_line(check), check.tier.basis or benchmark.citation)
        for warning in check.warnings:
            log.warn(warning)
        if check.holds:
            return check
    message = f"裁量基准“{benchmark.title}”没有条件全部满足的档次；基准应当以无附加条件的一般档次结尾"
    raise NoApplicableTier(message, tuple(log.steps))


def _trace_table_start(benchmark: BenchmarkRule, tiers: list[TierRule], log: _Log) -> None:
    version = f"（{benchmark.version_label}）" if benchmark.version_label else ""
    log.add(
        RULE_TABLE,
        f"适用裁量基准“{benchmark.title}”{version}，处罚依据{benchmark.citation}；{RULE_TABLE.text}",
    )
    if any(c.key == Circumstance.REPEAT_WITHIN_YEARS for t in tiers for c in t.conditions):
        log.add(RULE_REPEAT, RULE_REPEAT.text)


def _lenient_tier(tiers: list[TierRule], ctx: _Context) -> tuple[int, TierRule] | None:
    """The first 从轻 (then 减轻) tier whose amount, year and party-type conditions hold."""
    for outcome in (Outcome.LENIENT, Outcome.MITIGATED):
        for position, tier in enumerate(tiers, 1):
            if tier.outcome == outcome and _check_tier(position, tier, ctx, scope_only=True).holds:
                return position, tier
    return None


def _apply_leniency(
    tiers: list[TierRule], match: _TierCheck, ctx: _Context, grounds: list[LegalRule], log: _Log
) -> TierRule:
    """第三十条、第三十二条: the result must be 从轻 or 减轻 (or lighter) whatever tier the table gives first."""
    rule = LegalRule(
        "+".join(g.code for g in grounds), "", "、".join(dict.fromkeys(g.citation for g in grounds))
    )
    if match.tier.outcome not in (Outcome.STANDARD, Outcome.AGGRAVATED):
        log.add(
            rule, f"所适用的{match.name}为{outcome_label(match.tier.outcome)}，符合应当从轻或者减轻的规定"
        )
        return match.tier
    found = _lenient_tier(tiers, ctx)
    if found is None:
        log.warn(WARN_NO_LENIENT_TIER)
        log.add(
            rule,
            f"依法应当从轻或者减轻处罚，但基准未设可适用的从轻档次，暂按{match.name}；须说明理由并经法制审核",
        )
        return match.tier
    position, tier = found
    text = f"依法应当从轻或者减轻处罚，不适用{match.name}（{outcome_label(match.tier.outcome)}）"
    log.add(rule, f"{text}，改按{tier_name(position, tier.label)}（{outcome_label(tier.outcome)}）处罚")
    return tier


def _warn_conflicts(checks: list[_TierCheck], match: _TierCheck, chosen: TierRule, log: _Log) -> None:
    """A later conditional tier with another outcome also holds: the officer must see it."""
    reason = "按基准列序适用" if chosen is match.tier else "依法应当从轻或者减轻处罚，适用"
    for check in checks[match.position - 1 :]:
        if check.tier is chosen or not check.tier.conditions or check.tier.outcome == chosen.outcome:
            continue
        if check.holds:
            short = OUTCOME_SHORT.get(check.tier.outcome, check.tier.outcome)
            log.warn(
                f"同时符合{short}情节“{check.tier.label}”，{reason}“{chosen.label}”；"
                "如认为明显不当，须经集体讨论并说明理由"
            )


# --- the fine -----------------------------------------------------------------------------------------------


def _quantise(amount: Decimal) -> Decimal:
    return Decimal(amount).quantize(_FEN, rounding=ROUND_HALF_UP)


def _range_text(low: Decimal, high: Decimal | None) -> str:
    return f"{yuan(low)} 元以上" if high is None else f"{yuan(low)}–{yuan(high)} 元"


def fine_in_yuan(fine: Fine, facts: Facts) -> tuple[Decimal, Decimal | None, str]:
    """A fine in yuan with the arithmetic as text; a multiple needs its base amount (``MissingAmount``)."""
    low = Decimal(fine.low) if fine.low is not None else Decimal(0)
    high = None if fine.high is None else Decimal(fine.high)
    if fine.mode == FineMode.AMOUNT:
        low, high = _quantise(low), None if high is None else _quantise(high)
        return low, high, f"罚款 {_range_text(low, high)}"
    attr = _MULTIPLE_BASES.get(fine.mode)
    if attr is None:
        raise ValueError(f"罚款方式“{fine.mode}”无效")
    base = getattr(facts, attr)
    if base is None:
        label = AMOUNT_LABELS[attr]
        raise MissingAmount(f"该档次罚款按{label}的倍数计算，须提供{label}", attr)
    base = Decimal(base)
    result = _quantise(base * low), None if high is None else _quantise(base * high)
    times = f"{multiple(low)} 倍以上" if high is None else f"{multiple(low)}–{multiple(high)} 倍"
    return *result, f"{AMOUNT_LABELS[attr]} {yuan(base)} 元 × {times} = {_range_text(*result)}"


def _below_statutory_low(
    low: Decimal, high: Decimal | None, statutory_low: Decimal, citation: str, log: _Log
) -> tuple[Decimal, Decimal | None]:
    """减轻处罚: the fine lies below the statutory minimum; a tier reaching it is cut back (and flagged)."""
    if statutory_low <= 0:
        log.warn("法定罚款没有最低限，无法在最低限以下减轻；减轻处罚应当选择较轻的处罚种类，请核对基准")
        return low, high
    cap = statutory_low - _FEN
    if high is not None and high <= cap:
        log.add(
            RULE_MITIGATED,
            f"{RULE_MITIGATED.text}：法定最低限 {yuan(statutory_low)} 元，建议罚款在其以下",
            citation,
        )
        return low, high
    low, high = min(low, cap), cap
    log.warn(
        f"基准减轻档次的罚款未低于法定最低限 {yuan(statutory_low)} 元，已限定为 {_range_text(low, high)}；请核对基准"
    )
    log.add(
        RULE_MITIGATED,
        f"{RULE_MITIGATED.text}：法定最低限 {yuan(statutory_low)} 元，建议罚款限定为 {_range_text(low, high)}",
        citation,
    )
    return low, high


def _outside(low: Decimal, high: Decimal | None, s_low: Decimal, s_high: Decimal | None) -> bool:
    return low < s_low or (s_high is not None and (high is None or high > s_high))


def _against_statute(
    benchmark: BenchmarkRule,
    outcome: str,
    low: Decimal,
    high: Decimal | None,
    facts: Facts,
    log: _Log,
    tier_mode: str = FineMode.AMOUNT,
) -> tuple[Decimal, Decimal | None]:
    statutory = benchmark.statutory_fine
    if statutory is None or statutory.mode == FineMode.NONE or statutory.mode != tier_mode:
        # A statute that sets one range in yuan and another as a multiple (e.g. 食品安全法第一百二十二条, split on
        # 货值金额) stores one of them as ``statutory_fine``; a tier in the other mode is not compared with it.
        return low, high
    s_low, s_high, _ = fine_in_yuan(statutory, facts)
    if outcome == Outcome.MITIGATED:
        return _below_statutory_low(low, high, s_low, benchmark.citation, log)
    if _outside(low, high, s_low, s_high):
        log.warn(
            f"建议罚款 {_range_text(low, high)}超出法定罚款幅度 {_range_text(s_low, s_high)}（{benchmark.citation}），"
            "须说明理由并经法制审核"
        )
    return low, high


def _fine(
    benchmark: BenchmarkRule, tier: TierRule, facts: Facts, log: _Log
) -> tuple[Decimal | None, Decimal | None]:
    if tier.fine is None or tier.fine.mode == FineMode.NONE:
        return None, None
    low, high, text = fine_in_yuan(tier.fine, facts)
    log.add(RULE_FINE, text, tier.basis or benchmark.citation)
    return _against_statute(benchmark, tier.outcome, low, high, facts, log, tier.fine.mode)


# --- result -------------------------------------------------------------------------------------------------


def _result(
    benchmark: BenchmarkRule,
    tier: TierRule | None,
    log: _Log,
    *,
    outcome: str | None = None,
    label: str | None = None,
    fines: tuple[Decimal | None, Decimal | None] = (None, None),
) -> Recommendation:
    return Recommendation(
        outcome=outcome or tier.outcome,
        tier_id=tier.tier_id if tier else None,
        tier_label=label if label is not None else tier.label,
        kinds=() if outcome == Outcome.NO_PENALTY else tuple(tier.kinds),
        fine_low=fines[0],
        fine_high=fines[1],
        trace=tuple(log.steps),
        warnings=tuple(log.warnings),
        benchmark_id=benchmark.benchmark_id,
    )


def recommend(benchmark: BenchmarkRule, facts: Facts) -> Recommendation:
    """Recommend the outcome, penalty kinds and fine range for ``facts`` under ``benchmark``.

    Statutory rules (《行政处罚法》第三十条、第三十二条、第三十三条) are applied before the benchmark table; the
    first tier (ascending ``order``) whose conditions all hold applies. Raises ``NoApplicableTier`` when no tier
    holds and ``MissingAmount`` when the fine is a multiple of an amount not given.
    """
    log = _Log()
    ctx = _derive(facts, log)
    exemption = _exemption(ctx)
    if exemption is not None:
        return _exempt(benchmark, ctx, exemption, log)
    log.add(RULE_NO_EXEMPTION, RULE_NO_EXEMPTION.text)
    grounds = _leniency_grounds(ctx, log)
    tiers = _ordered(benchmark.tiers)
    _require_amounts(tiers, facts)
    _note_first_offence(tiers, ctx, log)
    _trace_table_start(benchmark, tiers, log)
    checks = [_check_tier(position, tier, ctx) for position, tier in enumerate(tiers, 1)]
    match = _first_match(benchmark, checks, log)
    chosen = _apply_leniency(tiers, match, ctx, grounds, log) if grounds else match.tier
    _warn_conflicts(checks, match, chosen, log)
    fines = _fine(benchmark, chosen, facts, log)
    return _result(benchmark, chosen, log, fines=fines)


def explain(rec: Recommendation) -> list[str]:
    """The trace as numbered Chinese lines for documents (依据 in brackets)."""
    return [
        f"{number}. {step.text}" + (f"（依据：{step.citation}）" if step.citation else "")
        for number, step in enumerate(rec.trace, 1)
    ]
