"""The rules an inspection (行政检查) is held to: each refuses a step with its code, a Chinese message naming the
rule and its citation. Guards (``inspections.guards``) decide when a rule refuses; the procedure table
(``inspections.workflow``) says which step each guard protects."""

from zhifa.core.rules import Rule

G54 = "国办发〔2024〕54号《关于严格规范涉企行政检查的意见》"
M = "inspections"

ORDER = Rule(
    "INS-000", "检查程序顺序", "当前环节为“{state}”，不能进行“{step}”。当前可进行：{allowed}。",
    f"{G54}（检查须经审批、告知后实施，现场检查后作出处理）；司法部《行政检查文书格式（试行）》", source_tag="S", module=M,
)  # fmt: skip
MATTER = Rule(
    "INS-001", "检查主体与检查事项", "{detail}",
    f"{G54}（只有执法机关、授权组织和受委托组织可以实施检查）；本级行政执法事项清单", source_tag="S", module=M,
)  # fmt: skip
PUBLISHED_ITEM = Rule(
    "INS-002", "检查事项须已公布", "“{name}”在{on}不是{body}公布的检查事项（随机抽查事项清单），不得实施检查。",
    f"{G54}：未公布的检查事项不得实施检查；国发〔2019〕5号“一单两库”（抽查事项清单）", source_tag="S", module=M,
)  # fmt: skip
OFFICERS = Rule(
    "INS-003", "检查人员", "{detail}",
    f"{G54}“五个严禁”（严禁未取得执法证件的人员、辅助人员实施检查）；《中华人民共和国行政处罚法》第四十二条、第五十五条",
    source_tag="S", module=M,
)  # fmt: skip
APPROVAL = Rule(
    "INS-004", "先审批后检查", "{detail}",
    f"{G54}：实施行政检查应当经审批（检查审批表）；司法部《行政检查文书格式（试行）》", source_tag="S", module=M,
)  # fmt: skip
NOTICE = Rule(
    "INS-005", "检查告知", "{detail}", f"{G54}：实施行政检查应当告知；不事先告知的须说明理由", source_tag="S", module=M,
)  # fmt: skip
ANNUAL_CAP = Rule(
    "INS-006", "年度检查频次上限", "{detail}",
    f"{G54}：公布涉企行政检查年度频次上限；上限见参数 inspection.annual_cap_per_body", source_tag="M", module=M,
    params=("inspection.annual_cap_per_body",),
)  # fmt: skip
CHECKLIST = Rule(
    "INS-007", "检查清单逐项记录", "{detail}",
    f"{G54}（一表通查）；事项的检查表单（检查清单）", source_tag="S", module=M,
)  # fmt: skip
AV_RECORD = Rule(
    "INS-008", "音像记录", "事项“{name}”的音像记录事项清单要求对“{step}”全程音像记录，须上传本次现场检查的音视频。",
    "国办发〔2018〕118号（执法全过程记录制度：现场检查、随机抽查等环节按音像记录事项清单记录）", source_tag="S", module=M,
)  # fmt: skip
RESULT = Rule(
    "INS-009", "检查结果与检查记录一致", "{detail}", f"{G54}；现场检查笔录", source_tag="S", module=M,
)  # fmt: skip
CORRECTION = Rule(
    "INS-010", "责令改正期限", "{detail}",
    "《中华人民共和国行政处罚法》第二十八条第一款（实施行政处罚时应当责令当事人改正）；责令改正通知书载明的期限",
    module=M,
)  # fmt: skip
RECHECK = Rule(
    "INS-011", "复查", "{detail}", "责令改正通知书载明的期限；期满后复查（参数 inspection.recheck_working_days）",
    source_tag="M", module=M,
)  # fmt: skip
CASE_MATTER = Rule(
    "INS-012", "立案查处的事项", "{detail}",
    "《中华人民共和国行政处罚法》第十七条、第五十四条（监督检查中发现违法行为，符合立案标准的应当立案）", module=M,
)  # fmt: skip
STEP_DATE = Rule(
    "INS-013", "步骤日期", "{detail}", "执法全过程记录制度（国办发〔2018〕118号）：如实记录各环节的时间", source_tag="S",
    module=M,
)  # fmt: skip
SCAN = Rule(
    "INS-014", "扫码入企", "{detail}",
    f"{G54}：推行“扫码入企”，检查人员到达现场后扫码登记检查时间、地点", source_tag="S", module=M,
)  # fmt: skip
FACTS = Rule(
    "INS-015", "检查信息", "{detail}", f"{G54}；司法部《行政检查文书格式（试行）》", source_tag="S", module=M
)
