"""The shape of the demo district's catalog data (``catalog_*.py`` modules hold the rows).

Every matter and benchmark of the demo is written from a real provision of the statute texts in
``../shared/data/laws/`` (laws are not subject to copyright, 《著作权法》第五条): ``clause`` quotes the penalty
article verbatim so the benchmark table carries its own text even where the full law library is not imported.
Codes are shaped like a provincial 基本编码 but fictional.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Cite:
    """One article: ``law`` is the short title as in the statute file name without the date
    (e.g. "食品安全法", "道路运输条例"); ``paragraph`` (款) and ``item`` (项) are optional."""

    law: str
    article: int
    paragraph: int | None = None
    item: int | None = None


@dataclass(frozen=True)
class InspectionSpec:
    """A random-inspection item (抽查事项, legal-rules §7): 重点 ("key") items have no ratio cap."""

    category: str  # "key" | "general"
    subject: str  # 抽查主体, e.g. "区市场监督管理局"
    target: str  # 抽查对象, e.g. "辖区食品经营者"
    content: str  # 抽查内容
    ratio_percent: Decimal  # 抽查比例
    frequency: str  # 抽查频次, e.g. "每年不少于1次"
    method: str  # 抽查方式, e.g. "现场检查、书面检查"


@dataclass(frozen=True)
class MatterSpec:
    """One row of the 行政执法事项清单.

    ``kind`` is a ``catalog.constants.MatterKind`` value; ``domain`` an ``organisations.constants.Domain``
    value; ``body`` the short name of the demo body that exercises it (``demo.data.BODIES``); ``levels``
    ``ExerciseLevel`` values; ``street`` "" (not delegated), "delegated" (赋权 by the guided list) or
    "entrusted" (委托); ``av_steps`` ``AVStep`` values; ``checklist`` the inspection form's items.
    ``major_fine_person``/``major_fine_org`` override the deployment's 重大执法决定 amounts for this matter.
    """

    code: str
    name: str
    kind: str
    domain: str
    body: str
    establishes: tuple[Cite, ...]
    implements: tuple[Cite, ...] = ()
    levels: tuple[str, ...] = ("county",)
    street: str = ""
    av_steps: tuple[str, ...] = ()
    inspection: InspectionSpec | None = None
    checklist: tuple[str, ...] = ()
    major_fine_person: Decimal | None = None
    major_fine_org: Decimal | None = None
    major_kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class CondSpec:
    """A tier condition: a ``discretion.constants.Circumstance`` value, with a number where it takes one."""

    key: str
    value: Decimal | None = None


@dataclass(frozen=True)
class FineSpec:
    """``mode`` a ``FineMode`` value; yuan for "amount", multiples for the multiple modes."""

    mode: str
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(frozen=True)
class TierSpec:
    """One row of a benchmark table; tiers are checked in order, the first whose conditions all hold applies,
    so the unconditional 一般 tier comes last."""

    outcome: str  # Outcome value
    label: str  # 情节 as the printed table says it, e.g. "情节轻微"
    conditions: tuple[CondSpec, ...]
    kinds: tuple[str, ...]  # PenaltyKind values
    fine: FineSpec | None = None
    basis: str = ""  # extra basis for the tier, e.g. "《中华人民共和国行政处罚法》第三十三条第一款"
    note: str = ""


@dataclass(frozen=True)
class BenchmarkSpec:
    """The discretion benchmark of one penalty matter (``matter_code`` refers to a ``MatterSpec.code``).

    ``superior`` names the superior department whose benchmark this is (e.g. "示范市市场监督管理局"); such a
    benchmark applies directly. ``refines`` True means the body's own refinement of that superior benchmark.
    """

    matter_code: str
    violation: str  # 违法行为
    violated: tuple[Cite, ...]  # 违法依据 (the duty broken)
    penalised: tuple[Cite, ...]  # 处罚依据 (the penalty clause)
    clause: str  # the penalty clause quoted verbatim
    statutory_fine: FineSpec | None
    tiers: tuple[TierSpec, ...]
    superior: str = ""
    refines: bool = False
