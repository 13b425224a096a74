"""Rules on the catalog of enforcement matters, with their sources (listed at /workbench/rules/)."""

from zhifa.core.rules import Rule, register

M = "catalog"
SEED_000_7 = "种子文件000（罗湖区三年行动计划）第7项：权责清单和行政执法事项清单…保持一致，可以“一单两用”"
SEED_000_8 = "种子文件000第8项：各行政执法部门不得自行将目录以外的执法事项下放给街道实施"

CODE_TAKEN = Rule(
    "CAT-001", "基本编码唯一", "基本编码 {code} 已是事项“{name}”的编码，不能重复登记。", SEED_000_7, "S", M
)
PUBLISHED_FROZEN = Rule(
    "CAT-002", "已发布版本不可修改", "“{name}”第{version}版状态为{status}，不能再修改；变更事项请新建版本。",
    "house style R8（事项版本化：发布后只能以新版本变更）；种子文件001（一）2（1）动态调整", "L", M,
)  # fmt: skip
INCOMPLETE = Rule(
    "CAT-003", "事项要素齐全", "事项“{name}”不能发布：{detail}",
    "种子文件001（一）2（1）：明确行政执法主体、职责、权限、依据等须事前公开的内容；" + SEED_000_7, "S", M,
)  # fmt: skip
PERIOD = Rule("CAT-004", "版本期间连续不重叠", "{detail}", "house style R8（有效期不重叠）", "L", M)
DELEGATION_GUIDED = Rule(
    "CAT-005", "赋权须在指导目录内", "事项 {code}“{name}”不在街道综合行政执法事项指导目录内（或已移出），不能赋权街道/乡镇实施。",
    SEED_000_8, "S", M,
)  # fmt: skip
ENTRUSTMENT_VALID = Rule(
    "CAT-006", "委托须有有效书面委托", "{detail}",
    "《行政处罚法》第二十条（书面委托，载明委托事项、权限、期限）；种子文件003三（三）2（1）", module=M,
)  # fmt: skip
STREET_WITHOUT_BASIS = Rule(
    "CAT-007", "街道实施须经赋权或委托", "“{name}”是街道/乡镇，只有下放方式为赋权或委托时才能作为实施主体。",
    "《行政处罚法》第二十四条（省、自治区、直辖市决定交由乡镇、街道行使）；" + SEED_000_8, module=M,
)  # fmt: skip
IMPORT_ROWS = Rule(
    "CAT-008", "清单导入逐行校验", "导入文件有 {count} 处错误，未导入任何事项：{detail}",
    "zhifa 数据交换规则：导入全部成功或全部不导入（种子文件000第13项）", "L", M,
)  # fmt: skip
INSPECTION_FIELDS = Rule(
    "CAT-009", "抽查事项要素齐全", "随机抽查事项须载明抽查类别、主体、对象、比例、频次、方式：缺少{missing}。",
    "种子文件001（一）2（2）：明确抽查主体、依据、对象、内容、比例、方式、频次等须事前公开的内容", "S", M,
)  # fmt: skip
NOT_A_BODY = Rule(
    "CAT-010", "实施主体须为执法主体", "“{name}”不是存续的执法主体，不能作为事项的实施主体。",
    "《行政处罚法》第十七条（在法定职权范围内实施）", module=M,
)  # fmt: skip
GENERAL_RATIO = Rule(
    "CAT-011", "一般检查事项须设抽查比例", "一般检查事项应当设定抽查比例（重点检查事项不设比例上限）。",
    "国家市场监管总局“一单两库”通知（legal-rules §7，S）", "S", M,
)  # fmt: skip

NO_BODY = Rule(
    "CAT-012", "须指定实施主体", "事项必须至少有一个实施主体（行使该事项的执法主体）。",
    "《行政处罚法》第十七条；" + SEED_000_7, module=M,
)  # fmt: skip

register(
    CODE_TAKEN, PUBLISHED_FROZEN, INCOMPLETE, PERIOD, DELEGATION_GUIDED, ENTRUSTMENT_VALID, STREET_WITHOUT_BASIS,
    IMPORT_ROWS, INSPECTION_FIELDS, NOT_A_BODY, GENERAL_RATIO, NO_BODY,
)  # fmt: skip
