"""When a party may ask for a hearing and when a decision is major: pure functions over the intended penalty.

Thresholds come from the catalog (the matter's own 较大数额 / 重大 amounts) or the deployment's parameters; the
selectors pass them in as numbers (house style R7).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from zhifa.discretion.constants import PenaltyKind as K

# 《行政处罚法》第六十三条第一款: (三) 降低资质等级、吊销许可证件; (四) 责令停产停业、责令关闭、限制从业; (五) 其他较重
# 的行政处罚 — zhifa counts 暂扣许可证件 and 限制开展生产经营活动 as (五), the heaviest kinds left in 第九条.
HEARING_KINDS: dict[str, str] = {
    K.LOWER_QUALIFICATION: "第六十三条第一款第（三）项",
    K.REVOKE_LICENCE: "第六十三条第一款第（三）项",
    K.ORDER_SUSPENSION: "第六十三条第一款第（四）项",
    K.ORDER_CLOSURE: "第六十三条第一款第（四）项",
    K.RESTRICT_EMPLOYMENT: "第六十三条第一款第（四）项",
    K.SUSPEND_LICENCE: "第六十三条第一款第（五）项（其他较重的行政处罚）",
    K.RESTRICT_ACTIVITIES: "第六十三条第一款第（五）项（其他较重的行政处罚）",
}


def hearing_grounds(
    kinds: Iterable[str], fine: Decimal | None, confiscated: Decimal | None, threshold: Decimal
) -> list[str]:
    """Why the party may ask for a hearing (empty: it may not)."""
    grounds = []
    if fine is not None and fine >= threshold:
        grounds.append(f"罚款{fine}元达到较大数额{threshold}元（第六十三条第一款第（一）项）")
    if confiscated is not None and confiscated >= threshold:
        grounds.append(f"没收{confiscated}元达到较大数额{threshold}元（第六十三条第一款第（二）项）")
    for kind in kinds:
        if kind in HEARING_KINDS:
            grounds.append(f"{K(kind).label}（{HEARING_KINDS[kind]}）")
    return grounds


def major_grounds(
    kinds: Iterable[str],
    fine: Decimal | None,
    threshold: Decimal,
    major_kinds: Iterable[str],
    *,
    heard: bool,
    deviates: bool,
) -> list[str]:
    """Why a decision is major and needs a legal review (empty: it is not).

    《行政处罚法》第五十八条第一款 and the 法制审核目录清单 of the catalog: a fine from the major amount, a penalty kind
    the catalog lists, a decision after a hearing (第（二）项: 直接关系当事人或者第三人重大权益，经过听证程序的), and
    a deviation from the benchmark (国办发〔2022〕27号: 偏离基准须经法制审核).
    """
    grounds = []
    if fine is not None and fine >= threshold:
        grounds.append(f"罚款{fine}元达到重大执法决定数额{threshold}元")
    listed = set(major_kinds)
    grounds.extend(f"{K(k).label}属重大执法决定种类" for k in kinds if k in listed)
    if heard:
        grounds.append("经过听证程序（第五十八条第一款第（二）项）")
    if deviates:
        grounds.append("偏离裁量基准")
    return grounds


def heavier(
    kinds: Iterable[str], fine: Decimal | None, notified_kinds: Iterable[str], notified_fine: Decimal | None
) -> str:
    """What makes a decision heavier than the penalty the party was told of ('' when it is not)."""
    extra = [str(K(k).label) for k in kinds if k not in set(notified_kinds)]
    if extra:
        return f"增加了告知书中没有的处罚种类：{'、'.join(extra)}"
    if fine is not None and (notified_fine is None or fine > notified_fine):
        return f"罚款{fine}元高于告知的{notified_fine or 0}元"
    return ""
