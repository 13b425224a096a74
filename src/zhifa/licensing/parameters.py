"""Configurable values of the licensing app (imported by ``LicensingConfig.ready``)."""

from zhifa.core.parameters import ParamSpec, register_params

RENEWAL_LEAD_DAYS = "licensing.renewal_lead_days"

register_params(
    ParamSpec(
        RENEWAL_LEAD_DAYS,
        "许可延续申请提前天数（有效期届满前，日历日）",
        30,
        "V",
        "《行政许可法》第五十条：应当在有效期届满三十日前提出申请，但法律、法规、规章另有规定的，依照其规定"
        "（如《食品经营许可和备案管理办法》等特别规定不同时，由管理员按本地适用的规定调整）",
    ),
)
