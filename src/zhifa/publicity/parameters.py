"""Configurable values of publication (legal-rules §2, §11): read with ``get_param``. [S]/[M] values are
configuration, never constants."""

from zhifa.core.parameters import ParamSpec, register_params

T118 = "国办发〔2018〕118号（三项制度指导意见）"
SAMR45 = "《市场监督管理行政处罚信息公示规定》（市场监管总局令第45号）"

register_params(
    ParamSpec(
        "publicity.decision_working_days",
        "行政处罚、行政许可决定公开期限（工作日）",
        7,
        "S",
        f"{T118}：行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开，"
        "法律、行政法规另有规定的除外",
    ),
    ParamSpec(
        "publicity.other_working_days",
        "其他执法决定公开期限（工作日）",
        20,
        "S",
        f"{T118}：执法决定信息在执法决定作出之日起20个工作日内向社会公布；《企业信息公示暂行条例》第六条",
    ),
    ParamSpec(
        "publicity.withdraw_working_days",
        "决定被撤销、变更或确认无效后撤回公开的期限（工作日）",
        3,
        "V",
        "《行政处罚法》第四十八条第二款（三日内撤回）、第八十五条（三日为工作日）；" + SAMR45,
    ),
    ParamSpec(
        "publicity.near_due_working_days",
        "临近公开期限的提醒（剩余工作日）",
        2,
        "L",
        "本系统的管理设置：距公开期限不超过该工作日数的记录列入“即将到期”清单",
    ),
    ParamSpec(
        "publicity.short_period_months",
        "公示期（月）：警告、通报批评或较低数额罚款",
        3,
        "V",
        SAMR45 + "：仅受到通报批评或者较低数额罚款的，公示期3个月",
    ),
    ParamSpec(
        "publicity.long_period_years",
        "公示期（年）：其他行政处罚",
        3,
        "V",
        SAMR45 + "：其他行政处罚信息公示期为3年",
    ),
    ParamSpec(
        "publicity.low_fine_threshold",
        "“较低数额罚款”的上限（元）",
        10000,
        "M",
        SAMR45 + "未规定“较低数额”的具体金额，由各地各部门确定；默认1万元为占位值，须按本地规定配置",
    ),
    ParamSpec(
        "publicity.other_period_years",
        "公示期（年）：行政许可及其他执法决定",
        3,
        "M",
        f"{T118}未规定许可等决定的公示期；默认与行政处罚一般公示期一致，由各地确定",
    ),
    ParamSpec(
        "publicity.repair_minimum_months",
        "信用修复提前停止公示的最短公示期（月）",
        3,
        "S",
        "《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号）：行政处罚信息最短公示期3个月，"
        "期满后方可申请信用修复",
    ),
    ParamSpec(
        "publicity.error_reply_working_days",
        "纠错答复期限（工作日）",
        10,
        "M",
        "《政府信息公开条例》第四十一条（记录不准确的，有权更正的机关应当予以更正）未规定期限；"
        "默认10个工作日为占位值，由各地确定",
    ),
    ParamSpec(
        "publicity.auto_publish_kinds",
        "可不经人工保密审查自动公开的决定类别",
        ["licence"],
        "L",
        SAMR45
        + "规定公示前进行审查；本系统默认：当事人为法人或其他组织、脱敏未发现任何个人信息的行政许可决定"
        "可自动公开，其余须由指定人员保密审查。列出的类别（penalty、licence、levy…）适用同一条件",
    ),
    ParamSpec(
        "publicity.collect_since",
        "补生成公示记录的起始决定日期（YYYY-MM-DD，空为不限）",
        "",
        "L",
        "本系统的管理设置：已有执法数据的部署启用公示模块时，早于该日期作出的决定已在原平台公示，"
        "zhifa daily 不再为其补生成公示记录（否则全部列为逾期未公开）",
    ),
    ParamSpec(
        "publicity.publish_simple_penalties",
        "公开简易程序（当场）处罚决定",
        False,
        "M",
        SAMR45 + "公示适用普通程序作出的行政处罚信息；简易程序决定是否在门户公开由各地确定（默认不公开）",
    ),
)
