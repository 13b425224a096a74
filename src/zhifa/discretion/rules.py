"""Rules on discretion benchmarks and their filing, with their sources (listed at /workbench/rules/)."""

from zhifa.core.rules import Rule, register

M = "discretion"
SEED_000_5 = "种子文件000第5项：依法对上级制定的行政裁量权基准…予以合理细化量化"
FILING = "种子文件004（二）2：加强行政裁量权基准的动态管理和备案审查"

PENALTY_ONLY = Rule(
    "DISC-001", "基准针对行政处罚事项", "事项“{name}”的类型为{kind}，行政处罚裁量基准只能针对行政处罚事项。",
    "《行政处罚法》第三十四条", module=M,
)  # fmt: skip
STATE = Rule(
    "DISC-002",
    "备案流程顺序",
    "基准当前状态为“{state}”，不能{action}。可以进行的操作：{allowed}。",
    FILING,
    "S",
    M,
)
REASON = Rule("DISC-003", "须说明理由", "{action}必须写明理由。", FILING, "S", M)
NOT_EDITABLE = Rule(
    "DISC-004", "报送或备案后不可修改", "基准状态为“{state}”，不能修改；已备案的基准请新建版本，报送中的请先撤回。",
    FILING + "；house style R8（版本化）", "S", M,
)  # fmt: skip
TABLE_INVALID = Rule(
    "DISC-005",
    "基准表须完整可用",
    "裁量基准表有误：{detail}",
    "国办发〔2022〕27号：细化量化裁量的标准、条件、种类、幅度（legal-rules §4）",
    "S",
    M,
)
OUTSIDE_SUPERIOR = Rule(
    "DISC-006", "细化不得超出上级基准幅度", "细化后的基准超出上级基准的范围：{detail}", SEED_000_5, "S", M
)
OUTSIDE_STATUTE = Rule(
    "DISC-007", "档次须在法定幅度内", "{detail}",
    "《行政处罚法》第五条（过罚相当）、第三十四条；减轻处罚在法定最低限以下（legal-rules §4）", module=M,
)  # fmt: skip
NO_BENCHMARK = Rule(
    "DISC-008", "适用已备案的基准", "事项“{name}”在 {date} 没有已备案施行的裁量基准（草稿、待审查、已退回的基准不能适用）。",
    FILING + "；《行政处罚法》第三十四条（裁量基准应当向社会公布）", "S", M,
)  # fmt: skip
OVERLAP = Rule("DISC-009", "同一主体基准期间不重叠", "{detail}", "house style R8（有效期不重叠）", "L", M)
BAD_PARENT = Rule(
    "DISC-010",
    "细化须依据已备案的上级基准",
    "“细化上级基准”必须选择同一事项已登记施行的上级基准。",
    SEED_000_5,
    "S",
    M,
)
NOT_EXERCISED = Rule(
    "DISC-011", "制定主体须行使该事项", "“{body}”不是事项“{name}”的实施主体，不能为其制定裁量基准。",
    "《行政处罚法》第十七条（在法定职权范围内实施）；种子文件000第7项（执法事项清单）", module=M,
)  # fmt: skip
LAW_IN_TIME = Rule(
    "DISC-S37", "从旧兼从轻", "适用违法行为发生时施行的裁量基准；作出决定时施行的基准较轻的，适用现行基准。",
    "《中华人民共和国行政处罚法》第三十七条", module=M,
)  # fmt: skip
FACTS = Rule(
    "DISC-012", "裁量事实须完整", "{detail}", "《行政处罚法》第五条（以事实为依据）、第四十条", module=M
)


def _calculator_rules() -> tuple[Rule, ...]:
    """The statutory rules the calculator applies (domain/calculator.py), listed with the others."""
    from .domain.legal_rules import RULES as CALC

    titles = {"DISC-S30": "不满十四周岁不予处罚", "DISC-S30-2": "未成年人应当从轻或减轻", "DISC-S32": "应当从轻或减轻的情形",
              "DISC-S33-1": "轻微及时改正无危害不予处罚", "DISC-S33-1B": "首违不罚（可以不罚）",
              "DISC-S33-2": "无主观过错不予处罚", "DISC-S33-3": "不予处罚应当教育",
              "DISC-S30-33": "无法定不予处罚情形", "DISC-TABLE": "基准表先符合者适用", "DISC-MIT": "减轻在法定最低限以下",
              "DISC-DERIVED": "派生情节由系统计算", "DISC-FINE": "倍数罚款计算", "DISC-AGE": "年龄计算",
              "DISC-REPEAT": "N年内再犯的计算"}  # fmt: skip
    return tuple(
        Rule(
            r.code,
            titles.get(r.code, r.code),
            r.text,
            r.citation or "zhifa 裁量计算规则（discretion/domain）",
            "V" if r.citation.startswith("《") else "L",
            M,
        )
        for r in CALC
    )


register(*_calculator_rules())
register(
    PENALTY_ONLY, STATE, REASON, NOT_EDITABLE, TABLE_INVALID, OUTSIDE_SUPERIOR, OUTSIDE_STATUTE, NO_BENCHMARK,
    OVERLAP, BAD_PARENT, NOT_EXERCISED, FACTS, LAW_IN_TIME,
)  # fmt: skip
