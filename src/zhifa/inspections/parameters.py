"""Configurable values of 行政检查 (tags S/M of legal-rules §5 and §7: configuration, never constants)."""

from zhifa.core.parameters import ParamSpec, register_params

ANNUAL_CAP = "inspection.annual_cap_per_body"
PUBLICITY_DAYS = "inspection.publicity_working_days"
RECHECK_DAYS = "inspection.recheck_working_days"

register_params(
    ParamSpec(
        ANNUAL_CAP,
        "同一执法主体对同一企业每年日常检查次数上限",
        2,
        "M",
        "国办发〔2024〕54号：分级分类，2025年6月底前公布涉企行政检查年度频次上限；具体次数由各地公布，默认值未核实",
    ),
    ParamSpec(
        PUBLICITY_DAYS,
        "检查结果公示期限（工作日）",
        20,
        "S",
        "《企业信息公示暂行条例》第六条、第七条（20个工作日）；双随机抽查结果20个工作日内公示（河北等地，legal-rules §7）",
    ),
    ParamSpec(
        RECHECK_DAYS,
        "责令改正期满后复查期限（工作日）",
        10,
        "M",
        "各地做法不一（责令改正期满后及时复查）；默认10个工作日，未核实",
    ),
)
