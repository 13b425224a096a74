"""Configurable values of archiving (house style: [S] and [M] values are configuration, never constants)."""

from zhifa.core.parameters import ParamSpec, register_params

register_params(
    ParamSpec(
        "archive.days_after_close",
        "结案后归档期限（日）",
        30,
        "M",
        "各地行政执法案卷管理规定多要求结案后及时立卷归档（常见为30日内或次年6月底前），全国统一期限未核实",
    ),
    ParamSpec(
        "archive.retention_years",
        "行政处罚案卷保管期限（年，0为永久）",
        {"major": 0, "general": 30, "simple": 10, "not_filed": 10},
        "M",
        "《机关文件材料归档范围和文书档案保管期限规定》（国家档案局令第8号）：永久、定期30年、定期10年；"
        "重大案件永久、一般程序30年、简易程序与不予立案10年为各地常见做法，未核实",
    ),
)
