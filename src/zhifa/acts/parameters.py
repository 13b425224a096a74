"""Configurable values of the recorded acts (legal-rules §2, §11–12): read with ``get_param``."""

from zhifa.core.parameters import ParamSpec, register_params

register_params(
    ParamSpec(
        "acts.publish_working_days",
        "征收、征用、确认、给付、奖励、裁决决定公开期限（工作日）",
        20,
        "S",
        "国办发〔2018〕118号：执法决定信息在执法决定作出之日起20个工作日内公开（法律、行政法规另有规定的除外）；"
        "《政府信息公开条例》第二十六条",
    ),
    ParamSpec(
        "acts.private_kinds",
        "对自然人作出时不予公开的执法行为类型",
        ["confirmation"],
        "M",
        "《政府信息公开条例》第十五条（个人隐私不予公开）；国办发〔2018〕118号未列举，默认自然人的行政确认"
        "（身份、关系、资格等）属个人隐私，由各地确定",
    ),
)
