"""Configurable rule values (house style: [S] and [M] values are configuration, never constants).

``PARAMETERS`` is the table a lawyer reads: each value's default, where the default comes from and how sure the
research is (tag V/S/M as in legal-rules.md). An administrator overrides a value for the deployment with a
``core.Parameter`` row (Django admin, 参数), stating the local source; ``get_param`` returns the effective value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ParamSpec:
    key: str
    label: str
    default: Any
    tag: str
    source: str


PARAMETERS: dict[str, ParamSpec] = {
    p.key: p
    for p in [
        ParamSpec(
            "training.annual_hours",
            "执法人员年度培训学时下限",
            60,
            "S",
            "种子文件000（罗湖区三年行动计划）第2项、003（冷水滩区报告）三、1、004（崂山区方案）：每人每年不少于60学时；"
            "国办发〔2023〕27号原文未核实",
        ),
        ParamSpec(
            "training.minutes_per_hour",
            "每学时分钟数",
            45,
            "S",
            "种子文件004：未明确具体学时的教育培训按45分钟为1个学时",
        ),
        ParamSpec(
            "training.rotation_deadline",
            "全员轮训截止日期",
            "2024-06-30",
            "S",
            "种子文件000第2项、003三、1、004：原则上2024年6月前完成全员轮训（每年由本地通知更新）",
        ),
        ParamSpec(
            "exam.pass_mark",
            "行政执法资格考试合格分数线",
            60,
            "M",
            "各省自定；全国统一分数线未核实（legal-rules §6）",
        ),
        ParamSpec(
            "certificate.validity_years",
            "行政执法证有效期（年）",
            5,
            "S",
            "河北等地：执法证每5年换发（legal-rules §6）；全国统一有效期未核实",
        ),
        ParamSpec(
            "certificate.application_hours",
            "申领执法证所需培训学时",
            60,
            "M",
            "种子文件004：新上岗执法人员须参加公共法律知识培训；学时要求各地自定，默认与年度学时一致",
        ),
        ParamSpec(
            "certificate.eligible_staff_types",
            "可申领执法证的人员类别",
            ["civil_servant", "civil_servant_managed", "public_institution"],
            "S",
            "各地申领条件：公务员、参照公务员管理人员及授权/受委托组织在编人员（legal-rules §6）；辅助人员一律不得申领",
        ),
        ParamSpec(
            "certificate.required_materials",
            "申领材料清单",
            ["申领登记表", "居民身份证复印件", "在编在岗证明", "培训合格证明", "近期免冠照片"],
            "S",
            "种子文件000第3项：区司法局审查申领材料是否齐全、职权依据是否合法、是否通过考试",
        ),
        ParamSpec("certificate.number_prefix", "执法证编号前缀", "", "L", "为空时使用部署的行政区划代码"),
        ParamSpec(
            "calendar.extra_covered_years",
            "已完整录入放假安排的年份",
            [],
            "L",
            "chinesecalendar 尚未收录的年份：管理员按国务院办公厅放假通知录入全部“工作日调整”后在此登记该年，"
            "该年期限不再标记为临时结果（legal-rules §13）",
        ),
        ParamSpec(
            "person.photo_max_kb",
            "证件照大小上限（KB）",
            2048,
            "L",
            "zhifa 文件存储规则：证件照仅在核验页展示，无需高分辨率",
        ),
        ParamSpec(
            "certificate.max_suspension_days",
            "暂扣最长天数",
            365,
            "M",
            "暂扣期限由各省执法证件管理办法规定，全国统一期限未核实（legal-rules §6）",
        ),
        ParamSpec(
            "hearing.large_fine_person",
            "听证“较大数额罚款”（自然人，元）",
            10000,
            "M",
            "《行政处罚法》第六十三条授权各省、各部门确定；市场监管总局规定对自然人1万元以上（legal-rules §1，待核实）；"
            "事项可在清单中另设",
        ),
        ParamSpec(
            "hearing.large_fine_org",
            "听证“较大数额罚款”（法人或其他组织，元）",
            100000,
            "M",
            "同上：对法人或其他组织10万元以上（legal-rules §1，待核实）；事项可在清单中另设",
        ),
        ParamSpec(
            "major.fine_person",
            "重大执法决定罚款数额（自然人，元）",
            10000,
            "S",
            "地方重大执法决定法制审核目录清单：对自然人罚款1万元以上（http://public.gongyishi.gov.cn/D49Y/9628990.jhtml）",
        ),
        ParamSpec(
            "major.fine_org",
            "重大执法决定罚款数额（法人或其他组织，元）",
            100000,
            "S",
            "同上：对法人或其他组织罚款10万元以上",
        ),
        ParamSpec(
            "party.individual_business_type",
            "个体工商户按何种当事人类型适用罚款限额（person 自然人 / organisation 组织）",
            "person",
            "M",
            "《民法典》第五十四条：个体工商户属自然人；简易程序限额（《行政处罚法》第五十一条）对个体工商户的适用各地做法不一",
        ),
        ParamSpec(
            "penalty.extension_days",
            "办案期限经批准可延长的天数",
            30,
            "S",
            "《行政处罚法》第六十条“法律、法规、规章另有规定的，从其规定”；市场监管总局：经负责人批准可延长30日"
            "（https://www.np.gov.cn/cms/html/npszf/2022-11-08/1621293728.html）",
        ),
        ParamSpec(
            "penalty.max_extensions",
            "办案期限经负责人批准延长的次数（再延长须集体讨论）",
            1,
            "S",
            "同上：延长一次经负责人批准，再延长由负责人集体讨论决定",
        ),
        ParamSpec(
            "notice.statement_working_days",
            "事先告知后陈述、申辩的期限（工作日）",
            5,
            "S",
            "《行政处罚法》未规定陈述申辩期限；听证申请为五日（第六十四条）。各地告知书多载明五个工作日，与听证期限一致",
        ),
        ParamSpec(
            "review.days",
            "法制审核期限（工作日）",
            7,
            "S",
            "宁夏：7个工作日，可延长3个（https://jst.nx.gov.cn/zwgk/zcwjk/gzwj/202206/t20220624_3586219.html）；"
            "市场监管总局10个工作日（legal-rules §2）",
        ),
        ParamSpec(
            "review.extension_days",
            "法制审核期限可延长（工作日）",
            3,
            "S",
            "同上",
        ),
        ParamSpec(
            "simple.filing_days",
            "简易程序决定报所属机关备案期限（工作日）",
            2,
            "M",
            "《行政处罚法》第五十二条第三款要求备案，未规定期限；各地多为2日内（待核实）",
        ),
        ParamSpec(
            "discretion.max_only_percents",
            "只规定最高罚款时的拆分比例（从轻上限、一般下限、一般上限，%）",
            [20, 40, 60],
            "S",
            "浙江、义乌等地裁量基准制定规则：从轻不超过最高额20%，一般为40%–60%（legal-rules §4）",
        ),
    ]
}


def register_params(*specs: ParamSpec) -> None:
    """Add an app's own parameters to the table (called from the app's ``parameters`` module, which its
    ``AppConfig.ready`` imports), so that every value stays in the one list the settings page and docs read."""
    for spec in specs:
        if spec.key in PARAMETERS and PARAMETERS[spec.key] != spec:
            raise ValueError(f"参数 {spec.key} 已由其他模块定义")
        PARAMETERS[spec.key] = spec


def get_param(key: str) -> Any:
    """The effective value of a parameter: the deployment's override if any, else the table's default."""
    from .models import Parameter

    spec = PARAMETERS[key]
    row = Parameter.objects.filter(key=key).only("value").first()
    return spec.default if row is None else row.value


def describe_param(key: str) -> str:
    """A citation-style description, shown wherever the value refuses a step."""
    from .models import Parameter

    spec = PARAMETERS[key]
    row = Parameter.objects.filter(key=key).only("source").first()
    source = row.source if row and row.source else spec.source
    return f"参数“{spec.label}”（{key}，来源：{source}）"
