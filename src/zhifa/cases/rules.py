"""The rules a penalty case is held to: each refuses a step with its code, a Chinese message and its citation.

Guards (``cases.guards``) decide when a rule refuses; the procedure tables (``cases.workflow``) say which step
each guard protects. Values that are configuration (tag S/M) name the parameter they come from.
"""

from zhifa.core.rules import Rule, register

L = "《中华人民共和国行政处罚法》"
M = "cases"

ORDER = Rule(
    "PEN-000",
    "程序顺序",
    "当前环节为“{state}”，不能进行“{step}”。当前可进行：{allowed}。",
    f"{L}第五章（行政处罚的决定）规定的程序顺序",
    module=M,
)
OFFICERS = Rule(
    "PEN-001",
    "执法人员",
    "{detail}",
    f"{L}第四十二条第一款：执法人员不得少于两人，法律另有规定的除外",
    module=M,
)
COMPETENCE = Rule(
    "PEN-002",
    "执法主体与职权",
    "{detail}",
    f"{L}第十七条、第二十条（委托：以委托行政机关名义、在委托范围和期限内）、第二十二条、第二十三条、第二十四条（赋权乡镇街道）；"
    "本级行政执法事项清单（种子文件000第7项）",
    module=M,
)
LIMITATION = Rule(
    "PEN-003",
    "追责时效",
    "违法行为于 {act_end} 终了，至发现之日 {found} 已超过{years}年追责期限（届满日 {ends}），不再给予行政处罚。",
    f"{L}第三十六条",
    module=M,
)
SIMPLE_LIMIT = Rule(
    "PEN-004",
    "简易程序适用范围",
    "{detail}",
    f"{L}第五十一条：违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，可以当场作出行政处罚决定",
    module=M,
)
NOTICE = Rule(
    "PEN-005",
    "告知与陈述申辩",
    "{detail}",
    f"{L}第四十四条、第六十二条：未告知拟作出的行政处罚内容及事实、理由、依据，或者拒绝听取陈述、申辩的，不得作出行政处罚决定（当事人明确放弃的除外）",
    module=M,
)
HEARING_SCOPE = Rule(
    "PEN-006",
    "听证权利",
    "{detail}",
    f"{L}第六十三条：拟作出较大数额罚款、没收较大数额违法所得或非法财物、降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业等处罚的，应当告知当事人有要求听证的权利",
    module=M,
)
HEARING_WINDOW = Rule(
    "PEN-007",
    "听证申请期限",
    "当事人应在告知后五日内提出听证要求：告知送达于 {notified}，期限届满于 {due}，申请日为 {on}。",
    f"{L}第六十四条第（一）项；第八十五条（五日指工作日）",
    module=M,
)
HEARING_NOTICE = Rule(
    "PEN-008",
    "听证通知",
    "应在举行听证的七日前通知当事人：通知送达于 {served}，听证最早可定于 {earliest}，拟定于 {scheduled}。",
    f"{L}第六十四条第（二）项；第八十五条（七日指工作日）",
    module=M,
)
HEARING_CHAIR = Rule(
    "PEN-009",
    "听证主持人",
    "{detail}",
    f"{L}第六十四条第（四）项：听证由行政机关指定的非本案调查人员主持",
    module=M,
)
HEARING_RECORD = Rule(
    "PEN-010",
    "依听证笔录决定",
    "{detail}",
    f"{L}第六十五条：听证结束后，行政机关应当根据听证笔录，依照本法第五十七条的规定，作出决定",
    module=M,
)
MAJOR_REVIEW = Rule(
    "PEN-011",
    "重大执法决定法制审核",
    "本案属重大执法决定（{reasons}），须经法制审核且审核意见为“同意”后方可作出决定。{detail}",
    f"{L}第五十八条：未经法制审核或者审核未通过的，不得作出决定",
    module=M,
)
REVIEWER = Rule(
    "PEN-012",
    "法制审核人员",
    "{detail}",
    f"{L}第五十八条第二款：初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格；"
    "审核人员不得参与本案调查（国办发〔2018〕118号，legal-rules §2，S）；本机关无法制审核人员的由上级部门或司法局协助（种子文件000第9项、002第三部分）",
    module=M,
)
REVIEW_ITEMS = Rule(
    "PEN-013",
    "逐项审核",
    "法制审核意见须对每一审核事项给出结论：{detail}",
    "国办发〔2018〕118号关于法制审核内容的规定（legal-rules §2，S）；种子文件001（三）",
    source_tag="S",
    module=M,
)
DISCUSSION = Rule(
    "PEN-014",
    "集体讨论",
    "{detail}",
    f"{L}第五十七条第二款：对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定；"
    "国办发〔2022〕27号：因特殊情况偏离裁量基准的，须经集体讨论（legal-rules §4，S）",
    module=M,
)
DEVIATION = Rule(
    "PEN-015",
    "偏离裁量基准",
    "{detail}",
    "国办发〔2022〕27号：适用裁量基准将出现明显不当、显失公平的，可以在充分说明理由并经集体讨论、法制审核后调整适用（legal-rules §4，S）；种子文件003二（一）四",
    source_tag="S",
    module=M,
)
NO_HEAVIER = Rule(
    "PEN-016",
    "不得加重",
    "{detail}",
    f"{L}第四十五条第二款：行政机关不得因当事人陈述、申辩而给予更重的处罚；第四十四条：决定的处罚须经事先告知",
    module=M,
)
FACTS = Rule("PEN-017", "办案要素", "{detail}", f"{L}第五十四条、第五十九条（决定书应载明的事项）", module=M)
PRESERVATION = Rule(
    "PEN-018",
    "先行登记保存",
    "{detail}",
    f"{L}第五十六条：在证据可能灭失或者以后难以取得的情况下，经行政机关负责人批准，可以先行登记保存，并应当在七日内及时作出处理决定",
    module=M,
)
RECUSAL = Rule("PEN-019", "回避", "{detail}", f"{L}第四十三条", module=M)
EXTENSION = Rule(
    "PEN-020",
    "延长办案期限",
    "{detail}",
    f"{L}第六十条“法律、法规、规章另有规定的，从其规定”；参数 penalty.extension_days、penalty.max_extensions",
    source_tag="S",
    module=M,
)
TRANSFER = Rule(
    "PEN-021",
    "涉嫌犯罪移送",
    "{detail}",
    "《行政执法机关移送涉嫌犯罪案件的规定》第五条：应当指定2名或者2名以上行政执法人员组成专案组，报经本机关正职负责人或者主持工作的负责人审批",
    module=M,
)
PAYMENT = Rule("PEN-022", "罚款缴纳", "{detail}", f"{L}第六十六条、第六十七条、第七十二条", module=M)
STEP_DATE = Rule(
    "PEN-023", "实施日期", "{detail}", f"{L}第四十七条（执法全过程记录：如实记录每一步骤的时间）", module=M
)
REVIEW_ACTOR = Rule(
    "PEN-024",
    "审核人",
    "只有被指派的法制审核人员（{reviewer}）可以出具本案的审核意见。",
    f"{L}第五十八条",
    module=M,
)
ENFORCEMENT = Rule(
    "PEN-025",
    "申请强制执行",
    "{detail}",
    f"{L}第七十二条第一款第（四）项；《中华人民共和国行政强制法》第五十三条、第五十四条",
    module=M,
)
CLOSING = Rule(
    "PEN-026",
    "结案",
    "{detail}",
    f"{L}第四十七条；《市场监督管理行政处罚程序规定》第七十九条（结案情形）",
    source_tag="S",
    module=M,
)
POLICE_OBJECTION = Rule(
    "PEN-030",
    "不予立案的复议与立案监督",
    "{detail}",
    "《行政执法机关移送涉嫌犯罪案件的规定》第九条（三日内提请复议；对复议决定仍有异议的，三日内建议人民检察院立案监督）、"
    "第十二条（立案后三日内移交涉案物品）",
    module=M,
)
AV_RECORD = Rule(
    "PEN-031",
    "音像记录",
    "{detail}",
    f"{L}第四十七条（执法全过程记录）；国办发〔2018〕118号（查封扣押、强制拆除等现场执法活动全程音像记录）；"
    "本事项的音像记录事项清单（种子文件001（二）3）",
    source_tag="S",
    module=M,
)
SIMPLE_ORDER = Rule(
    "PEN-029",
    "简易程序顺序",
    "当前环节为“{state}”，不能进行“{step}”。当前可进行：{allowed}。",
    f"{L}第五十一条、第五十二条",
    module=M,
)

register(ORDER, SIMPLE_ORDER, FACTS, STEP_DATE, OFFICERS)
