"""The rules a publication is held to: code, Chinese message, citation (docs/legal-sources.md lists them).

Services raise ``DomainError.from_rule(rule, …)``; the message names the rule and cites its source.
"""

from zhifa.core.rules import Rule, register

M = "publicity"
T118 = "国办发〔2018〕118号（行政执法公示制度）"
SAMR45 = "《市场监督管理行政处罚信息公示规定》（市场监管总局令第45号）"

ORDER = Rule(
    "PUB-000", "公示顺序", "该公示记录当前为“{state}”，不能{step}。",
    f"{T118}：执法决定经审查后公开，决定被撤销、变更或确认无效的撤回公开；公示记录的历史版本均予保留",
    source_tag="L", module=M,
)  # fmt: skip
BARRIER = Rule(
    "PUB-001", "不予公开", "{detail}",
    "《政府信息公开条例》第十四条、第十五条；《个人信息保护法》第二十八条；浙江省《行政处罚结果信息网上公开暂行办法》"
    "（未成年人）", source_tag="S", module=M,
)  # fmt: skip
REVIEWER = Rule(
    "PUB-002", "保密审查人", "{detail}",
    f"{SAMR45}：公示前应当进行审查；{T118}：建立执法信息公开审核制度，由指定人员审核",
    source_tag="S", module=M,
)  # fmt: skip
REASON = Rule(
    "PUB-003", "撤回理由", "撤回公开须写明理由（决定被撤销、变更或确认无效的文书或情况）。",
    "《行政处罚法》第四十八条第二款：行政处罚决定被依法变更、撤销、确认违法或者确认无效的，应当在三日内撤回"
    "行政处罚决定信息并公开说明理由", source_tag="V", module=M,
)  # fmt: skip
EARLY_END = Rule(
    "PUB-004", "提前停止公示", "{detail}",
    f"{SAMR45}（停产停业、限制开展生产经营活动、降低资质等级、吊销许可证件的处罚不得提前停止公示）；"
    "国家发展改革委令第58号（最短公示期满后方可信用修复）", source_tag="S", module=M,
)  # fmt: skip
REPORT = Rule(
    "PUB-005", "纠错申请", "{detail}",
    "《政府信息公开条例》第四十一条：公民、法人或者其他组织有证据证明行政机关提供的与其自身相关的政府信息记录不准确的，"
    "可以要求更正", source_tag="V", module=M,
)  # fmt: skip
REPLY = Rule(
    "PUB-006", "纠错答复", "{detail}",
    "《政府信息公开条例》第四十一条：有权更正的行政机关审核属实的，应当予以更正并告知申请人；不属于职能范围的，告知申请人",
    source_tag="V", module=M,
)  # fmt: skip
REDACTION = Rule(
    "PUB-007", "人工隐去", "{detail}",
    f"{SAMR45}：公示前审查个人信息；保密审查只能隐去内容，不能改写决定内容（改写须更正源记录）",
    source_tag="L", module=M,
)  # fmt: skip
DATE = Rule(
    "PUB-008", "日期", "{detail}", "公示的日期须为已经发生之日，且不早于执法决定作出之日", source_tag="L", module=M,
)  # fmt: skip

register(ORDER, BARRIER, REVIEWER, REASON, EARLY_END, REPORT, REPLY, REDACTION, DATE)
