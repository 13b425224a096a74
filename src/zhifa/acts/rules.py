"""The rules a recorded act (行政征收、征用、确认、给付、奖励、裁决) is held to: code, Chinese message, citation.

Guards (``acts.guards``) decide when a rule refuses; the table (``acts.workflow``) says which step each protects.
"""

from zhifa.core.rules import Rule

M = "acts"
LIST = "本级行政执法事项清单（权责清单，种子文件000第7项）"
STATS = "行政执法统计年报（legal-rules §9：征收、征用、检查、裁决、确认、奖励、给付按件次与金额统计）"

ORDER = Rule(
    "ACT-000", "记录顺序", "当前状态为“{state}”，不能进行“{step}”。当前可进行：{allowed}。",
    "执法行为记录的登记、更正、撤销规则：已更正或已撤销的记录不再变更，更正以新版本登记", source_tag="L", module=M,
)  # fmt: skip
KIND = Rule(
    "ACT-001", "事项类型", "{detail}",
    f"{LIST}：执法行为须依清单所列事项、按其事项类型实施", source_tag="L", module=M,
)  # fmt: skip
COMPETENCE = Rule(
    "ACT-002", "执法主体与职权", "{detail}",
    f"《法治政府建设实施纲要（2021－2025年）》“法定职责必须为、法无授权不可为”；{LIST}", source_tag="S", module=M,
)  # fmt: skip
AMOUNT = Rule(
    "ACT-003", "金额", "{detail}",
    f"{STATS}；征收、给付决定须载明数额", source_tag="L", module=M,
)  # fmt: skip
DATE = Rule(
    "ACT-004", "决定日期", "{detail}",
    "执法决定的日期须为已经发生之日，且事项版本在该日已经施行（事项清单版本管理，house style R8）", source_tag="L", module=M,
)  # fmt: skip
NUMBER = Rule(
    "ACT-005", "文号唯一", "{org}已有文号为“{number}”的记录（{kind}，{day}），文号不得重复。",
    "《党政机关公文处理工作条例》第九条（发文字号由发文机关代字、年份、发文顺序号组成）", source_tag="S", module=M,
)  # fmt: skip
PARTY = Rule(
    "ACT-006", "当事人", "{detail}",
    "执法决定须载明相对人（国办发〔2018〕118号：执法决定信息包括执法对象）", source_tag="S", module=M,
)  # fmt: skip
AGGREGATE = Rule(
    "ACT-007", "按月汇总登记", "{detail}",
    f"{STATS}；仅行政给付可按事项、按月汇总登记（人次与合计金额），不得含当事人", source_tag="L", module=M,
)  # fmt: skip
OFFICERS = Rule(
    "ACT-008", "执法人员", "{detail}",
    "国办发〔2018〕118号（执法人员身份与资格）；行政征用、行政裁决参照《中华人民共和国行政处罚法》第四十二条、"
    "《中华人民共和国行政强制法》第十八条由两名以上持有效执法证的执法人员实施；辅助人员不计入",
    source_tag="L", module=M,
)  # fmt: skip
REASON = Rule(
    "ACT-009", "更正与撤销", "{detail}",
    "国办发〔2018〕118号：执法决定被变更、撤销的，应当及时更新或撤回公开信息；更正、撤销须记明理由、日期与经办人",
    source_tag="S", module=M,
)  # fmt: skip
PUBLISH = Rule(
    "ACT-010", "公开", "{detail}",
    "国办发〔2018〕118号（执法决定信息20个工作日内公开）；《政府信息公开条例》第十五条（个人隐私不予公开）",
    source_tag="S", module=M,
)  # fmt: skip
