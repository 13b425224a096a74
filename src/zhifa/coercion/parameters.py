"""The coercion app's configurable values (house style: [S]/[M] values, and values the brief asks to be
configurable, are parameters read with ``get_param`` and cited with ``describe_param``)."""

from zhifa.core.parameters import ParamSpec, register_params

register_params(
    ParamSpec(
        "coercion.night_start",
        "行政强制执行“夜间”起始时刻",
        "22:00",
        "M",
        "《行政强制法》第四十三条未界定“夜间”；实践中多参照22时至次日6时（《环境噪声污染防治法》等对夜间的界定），待核实",
    ),
    ParamSpec(
        "coercion.night_end",
        "行政强制执行“夜间”结束时刻",
        "06:00",
        "M",
        "同上：夜间至次日6时止",
    ),
    ParamSpec(
        "coercion.reconsideration_days",
        "申请行政复议期限（日）",
        60,
        "V",
        "《行政复议法》（2023）第二十条：自知道或者应当知道行政行为之日起六十日内提出行政复议申请",
    ),
    ParamSpec(
        "coercion.litigation_months",
        "提起行政诉讼期限（月）",
        6,
        "V",
        "《行政诉讼法》第四十六条：自知道或者应当知道作出行政行为之日起六个月内提出",
    ),
    ParamSpec(
        "coercion.surcharge_daily_percent",
        "加处罚款每日比例（%）",
        3,
        "V",
        "《行政处罚法》第七十二条第一款第（一）项：到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款；"
        "其他金钱给付义务的滞纳金标准依有关法律规定",
    ),
)

register_params(
    ParamSpec(
        "coercion.weekend_is_holiday",
        "双休日视为第四十三条的“法定节假日”",
        True,
        "M",
        "《行政强制法》第四十三条“法定节假日”是否包括公休日（双休日）未见权威界定；稳妥起见默认包括，调休上班日除外",
    ),
)
