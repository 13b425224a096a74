"""The rules the discretion calculator applies, as a table a lawyer reads: each with the code it carries in the
trace, the rule in Chinese, and its citation (listed with every other rule at /workbench/rules/). Warnings the
calculator may add to a recommendation are worded here too."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LegalRule:
    """A rule the calculator applies: a stable code (for the trace), the rule in Chinese and its citation."""

    code: str
    text: str
    citation: str


LAW = "《中华人民共和国行政处罚法》"


RULE_S30_UNDER_14 = LegalRule(
    "DISC-S30",
    "不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教",
    f"{LAW}第三十条",
)
RULE_S30_JUVENILE = LegalRule(
    "DISC-S30-2",
    "已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚",
    f"{LAW}第三十条",
)
RULE_S32 = LegalRule(
    "DISC-S32",
    "当事人主动消除或者减轻违法行为危害后果的，受他人胁迫或者诱骗实施违法行为的，主动供述行政机关尚未掌握的"
    "违法行为的，配合行政机关查处违法行为有立功表现的，应当从轻或者减轻行政处罚",
    f"{LAW}第三十二条",
)
RULE_S33_MINOR = LegalRule(
    "DISC-S33-1",
    "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚",
    f"{LAW}第三十三条第一款",
)
RULE_S33_FIRST = LegalRule(
    "DISC-S33-1B",
    "初次违法且危害后果轻微并及时改正的，可以不予行政处罚（首违不罚，裁量适用，以不予处罚清单为准）",
    f"{LAW}第三十三条第一款",
)
RULE_S33_NO_FAULT = LegalRule(
    "DISC-S33-2",
    "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定",
    f"{LAW}第三十三条第二款",
)
RULE_S33_EDUCATE = LegalRule(
    "DISC-S33-3",
    "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育",
    f"{LAW}第三十三条第三款",
)
RULE_NO_EXEMPTION = LegalRule(
    "DISC-S30-33",
    "根据系统计算和录入的情节，不具有法定应当不予行政处罚的情形",
    f"{LAW}第三十条、第三十三条",
)
# [M] The Supreme People's Court rule for criminal cases, applied by analogy: the party is the benefit of the
# doubt on the birthday itself (a 14th birthday is still 不满十四周岁).
RULE_AGE = LegalRule(
    "DISC-AGE",
    "周岁按照公历的年、月、日计算，从周岁生日的第二天起算；二月二十九日出生的，平年以二月二十八日为生日",
    "参照《最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释》第二条",
)
RULE_DERIVED = LegalRule(
    "DISC-DERIVED",
    "当事人类型、年龄、初次违法、N年内再次违法和涉案金额档次由系统根据案件数据计算，不采用录入的情节",
    "",
)
RULE_REPEAT = LegalRule(
    "DISC-REPEAT",
    "N年内再次实施同一违法行为：本平台同一事项的在先处罚决定作出日期在违法行为发生之日前N年内"
    "（含前N年的对应日；没有对应日的，以该月末日为对应日）",
    "参照《中华人民共和国民法典》第二百零二条",
)
RULE_TABLE = LegalRule(
    "DISC-TABLE",
    "裁量基准各档次按列序审查，适用第一个条件全部满足的档次",
    f"{LAW}第三十四条",
)
RULE_FINE = LegalRule(
    "DISC-FINE",
    "按倍数确定的罚款为基数乘以倍数；罚款数额计算至分，四舍五入",
    "",
)
RULE_MITIGATED = LegalRule(
    "DISC-MIT",
    "减轻处罚，是指在法定处罚幅度的最低限以下给予处罚",
    f"{LAW}第三十条、第三十二条",
)
RULES = (
    RULE_DERIVED,
    RULE_AGE,
    RULE_REPEAT,
    RULE_S30_UNDER_14,
    RULE_S33_NO_FAULT,
    RULE_S33_MINOR,
    RULE_S33_EDUCATE,
    RULE_NO_EXEMPTION,
    RULE_S30_JUVENILE,
    RULE_S32,
    RULE_S33_FIRST,
    RULE_TABLE,
    RULE_FINE,
    RULE_MITIGATED,
)

WARN_NO_FAULT = "法律、行政法规对没有主观过错另有规定的，从其规定；请核实本事项的处罚依据有无此类规定"
WARN_NO_LENIENT_TIER = "基准未设可适用的从轻档次，依法应当从轻或者减轻处罚，须说明理由并经法制审核"
NOTE_FIRST_OFFENCE_UNLISTED = (
    "本基准未将该情形列入不予处罚清单，按基准裁量；如拟不予处罚，须说明理由并经法制审核"
)
WARN_NO_BIRTH_DATE = "未提供当事人出生日期，未能依照《中华人民共和国行政处罚法》第三十条判断是否为未成年人"
