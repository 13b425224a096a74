"""Rules on enforcement bodies and entrustment, with their sources (listed at /workbench/rules/)."""

from zhifa.core.rules import Rule, register

ORG_PARENT_REQUIRED = Rule(
    "ORG-001", "内设机构须有所属主体", "内设机构必须隶属于一个行政执法主体，且不能独立作为执法主体。",
    "《行政处罚法》第十七条（行政处罚由具有行政处罚权的行政机关在法定职权范围内实施）", module="organisations",
)  # fmt: skip
ORG_ABOLISH_HOLDERS = Rule(
    "ORG-002", "撤销前处置执法证", "“{name}”仍有 {count} 名持有效执法证的人员，撤销主体前应先办理异动或注销。",
    "种子文件004二、3（行政执法主体动态调整、资格管理）；种子文件000二、3（离开本部门人员证件上交注销）", "S", "organisations",
)  # fmt: skip
ORG_ALREADY_ABOLISHED = Rule(
    "ORG-003", "已撤销主体不可变更", "“{name}”已于 {date} 撤销，不能再变更或委托。",
    "种子文件004二、3：严格落实行政执法主体公告制度", "S", "organisations",
)  # fmt: skip
ORG_CATEGORY_FIELDS = Rule(
    "ORG-004",
    "机构类别与字段一致",
    "{detail}",
    "zhifa 组织树规则（organisations/services.py）",
    "L",
    "organisations",
)
ENTRUST_BY_ORGAN = Rule(
    "ORG-010", "委托机关须为行政机关", "“{name}”不是法定行政机关或授权组织，不能委托他人实施行政执法。",
    "《行政处罚法》第二十条第一款（行政机关依照法律、法规、规章的规定，可以在其法定权限内书面委托）", module="organisations",
)  # fmt: skip
ENTRUST_TARGET_ACTIVE = Rule(
    "ORG-011", "受委托组织须存续", "受委托组织“{name}”已撤销或不是可执法的组织。",
    "《行政处罚法》第二十一条（受委托组织的条件）", module="organisations",
)  # fmt: skip
ENTRUST_MATTERS = Rule(
    "ORG-012", "委托须载明事项与期限", "委托书应当载明委托的具体事项、权限、期限等内容：{detail}",
    "《行政处罚法》第二十条第二款", module="organisations",
)  # fmt: skip
ENTRUST_TERMINATED = Rule(
    "ORG-013",
    "委托已终止",
    "该委托已于 {date} 终止，不能再次终止。",
    "《行政处罚法》第二十条",
    module="organisations",
)

register(
    ORG_PARENT_REQUIRED, ORG_ABOLISH_HOLDERS, ORG_ALREADY_ABOLISHED, ORG_CATEGORY_FIELDS,
    ENTRUST_BY_ORGAN, ENTRUST_TARGET_ACTIVE, ENTRUST_MATTERS, ENTRUST_TERMINATED,
)  # fmt: skip
