"""Catalog rows of the demo district's market-regulation and cultural-market enforcement (行政执法事项清单 and
行政处罚裁量基准).

Statutes (texts in ``../shared/data/laws/``): 《中华人民共和国食品安全法》(2021-04-29), 《中华人民共和国产品质量法》
(2018-12-29), 《中华人民共和国广告法》(2021-04-29), 《中华人民共和国消费者权益保护法》(2013-10-25), all exercised by
区市场监管局 (domain market); 《娱乐场所管理条例》(2020-11-29), exercised by 区文旅广体局 (domain culture). The penalties
that 《娱乐场所管理条例》 gives to 公安部门 (第四十三条 except the 吊销 by the 原发证机关, 第四十四条 to 第四十七条 except the
吊销 in 第四十六条) and to 劳动保障行政部门 (第五十二条) are left out.

Every amount, multiple and range in ``BENCHMARKS`` comes from the penalty article quoted in ``clause``; the bands inside a
statutory range follow legal-rules §4 (three bands; where only a maximum is set 从轻 ≤ 20 % and 一般 40–60 % of the
maximum; 减轻 below the statutory minimum). Where a statute splits on 货值金额 or 违法所得 the table has one tier per
branch; ``statutory_fine`` then holds the branch stated in yuan. 广告法 fines are multiples of 广告费用; the yuan
ranges it sets where 广告费用无法计算或者明显偏低 are given in each tier's ``note``. Three matters carry both the city's benchmark
(示范市市场监督管理局, applied directly) and 区市场监管局's refinement of it.
"""

from __future__ import annotations

from decimal import Decimal as D

from .catalog_spec import BenchmarkSpec, Cite, CondSpec, FineSpec, InspectionSpec, MatterSpec, TierSpec

FS = "食品安全法"
PQ = "产品质量法"
AD = "广告法"
CP = "消费者权益保护法"
EN = "娱乐场所管理条例"

MARKET_BODY = "区市场监管局"
CULTURE_BODY = "区文旅广体局"
CITY_MARKET = "示范市市场监督管理局"

# Code = kind (2) + domain (3) + sequence (4) + "00"; the kind and domain of a row are read from its code.
_KINDS = {
    "01": "licence",
    "02": "penalty",
    "03": "coercion",
    "06": "inspection",
    "07": "confirmation",
    "08": "reward",
    "10": "other",
}
_DOMAINS = {"201": ("market", MARKET_BODY), "206": ("culture", CULTURE_BODY)}

AV_PENALTY = ("on_site_inspection", "investigation", "service")
AV_PENALTY_HEARING = ("on_site_inspection", "investigation", "evidence_preservation", "hearing", "service")
AV_SIMPLE = ("on_site_inspection", "investigation", "on_site_decision", "service")
AV_COERCION = ("on_site_inspection", "evidence_preservation", "seizure", "service")
AV_INSPECTION = ("on_site_inspection", "random_inspection")
AV_LICENCE = ("on_site_inspection",)
AV_OTHER = ("on_site_inspection", "service")
_DEFAULT_AV = {
    "licence": AV_LICENCE,
    "penalty": AV_PENALTY,
    "coercion": AV_COERCION,
    "inspection": AV_INSPECTION,
    "confirmation": (),
    "reward": (),
    "other": AV_OTHER,
}

SUSPEND_REVOKE = ("order_suspension", "revoke_licence")
REVOKE = ("revoke_licence",)


def _matter(
    code: str, name: str, establishes: tuple[Cite, ...], implements: tuple[Cite, ...] = (), **extra
) -> MatterSpec:
    kind = _KINDS[code[:2]]
    domain, body = _DOMAINS[code[2:5]]
    extra.setdefault("av_steps", _DEFAULT_AV[kind])
    return MatterSpec(
        code=code,
        name=name,
        kind=kind,
        domain=domain,
        body=body,
        establishes=establishes,
        implements=implements,
        **extra,
    )


# ---------------------------------------------------------------------------------------------------------------
# Matters
# ---------------------------------------------------------------------------------------------------------------

_FOOD_LICENCES = (
    _matter("01201000100", "食品生产许可", (Cite(FS, 35, 1),), (Cite(FS, 35, 2), Cite(FS, 33, 1))),
    _matter("01201000200", "食品经营许可", (Cite(FS, 35, 1),), (Cite(FS, 35, 2), Cite(FS, 33, 1))),
)

_FOOD_INSPECTIONS = (
    _matter(
        "06201000100",
        "对食品生产经营者的监督检查",
        (Cite(FS, 110, 1),),
        (Cite(FS, 109, 1), Cite(FS, 113)),
        inspection=InspectionSpec(
            category="key",
            subject="区市场监督管理局",
            target="辖区食品生产者、食品销售者和餐饮服务提供者",
            content="食品生产经营许可、从业人员健康管理、进货查验记录、食品贮存、餐饮具清洗消毒、食品安全自查等情况",
            ratio_percent=D("100"),
            frequency="按风险分级确定，每年不少于1次",
            method="现场检查、抽样检验、查阅复制有关资料",
        ),
        checklist=(
            "是否取得有效食品生产经营许可证并在经营场所显著位置悬挂",
            "是否建立并执行从业人员健康管理制度，从事接触直接入口食品工作的人员是否取得健康证明",
            "进货时是否查验供货者的许可证和食品合格证明文件，是否如实记录进货查验记录并保存相关凭证",
            "是否存在腐败变质、霉变生虫、超过保质期等禁止生产经营的食品、食品添加剂",
            "餐具、饮具和盛放直接入口食品的容器使用前是否洗净、消毒",
            "是否按照保证食品安全的要求贮存食品，定期检查库存食品并及时清理变质或者超过保质期的食品",
            "食品生产经营企业是否配备食品安全管理人员、建立食品安全自查制度并定期检查评价",
        ),
    ),
    _matter(
        "06201000200",
        "对食品生产经营企业食品安全管理人员的监督抽查考核",
        (Cite(FS, 44, 3),),
        inspection=InspectionSpec(
            category="general",
            subject="区市场监督管理局",
            target="辖区食品生产经营企业的食品安全管理人员",
            content="食品安全管理人员的配备、培训、考核及食品安全知识掌握情况",
            ratio_percent=D("5"),
            frequency="每年不少于1次",
            method="随机抽查考核、书面考核",
        ),
        checklist=(
            "企业是否按规定配备食品安全管理人员",
            "企业是否对食品安全管理人员进行培训和考核，经考核不具备食品安全管理能力的人员是否仍在岗",
            "食品安全管理人员对食品安全法律、法规、标准和专业知识的掌握情况",
            "企业主要负责人是否落实企业食品安全管理制度",
            "抽查考核是否未向企业收取费用",
        ),
    ),
    _matter(
        "06201000300",
        "食品安全监督抽检",
        (Cite(FS, 87),),
        (Cite(FS, 109, 1), Cite(FS, 112, 1)),
        inspection=InspectionSpec(
            category="key",
            subject="区市场监督管理局",
            target="辖区食品生产经营者生产经营的食品、食品添加剂",
            content="致病性微生物、农药兽药残留、重金属等污染物质限量，食品添加剂使用，标签标注等",
            ratio_percent=D("100"),
            frequency="按年度食品安全抽检计划定期或者不定期实施",
            method="抽样检验、快速检测",
        ),
        checklist=(
            "抽检食品的致病性微生物、农药残留、兽药残留、重金属等污染物质含量是否超过食品安全标准限量",
            "食品添加剂是否超范围、超限量使用",
            "预包装食品标签是否标明名称、规格、净含量、生产日期、保质期、生产许可证编号等事项",
            "抽样时是否核对被抽样单位的许可证件和进货凭证",
            "样品是否购买取得并委托符合规定的食品检验机构检验，是否未向被抽样单位收取检验费",
        ),
    ),
    _matter(
        "06201000400",
        "对食品生产加工小作坊、食品摊贩的监督检查",
        (Cite(FS, 36, 1),),
        (Cite(FS, 36, 3),),
        inspection=InspectionSpec(
            category="general",
            subject="区市场监督管理局",
            target="辖区食品生产加工小作坊、食品摊贩",
            content="与生产经营规模、条件相适应的食品安全要求的落实情况",
            ratio_percent=D("10"),
            frequency="每年不少于1次",
            method="现场检查",
        ),
        checklist=(
            "是否按省级具体管理办法办理登记或者备案",
            "所生产经营的食品是否卫生、无毒、无害",
            "从业人员是否保持个人卫生，销售无包装的直接入口食品是否使用无毒、清洁的容器、售货工具和设备",
            "餐具、饮具和盛放直接入口食品的容器使用前是否洗净、消毒",
            "用水是否符合国家规定的生活饮用水卫生标准",
            "是否在指定的临时经营区域、时段经营",
        ),
    ),
)

_FOOD_COERCION = (
    _matter(
        "03201000100",
        "查封、扣押不符合食品安全标准或者有证据证明存在安全隐患以及用于违法生产经营的食品、食品添加剂、食品相关产品",
        (Cite(FS, 110, 1, 4),),
    ),
    _matter("03201000200", "查封违法从事食品生产经营活动的场所", (Cite(FS, 110, 1, 5),)),
    _matter(
        "03201000300",
        "封存可能导致食品安全事故的食品及其原料和被污染的食品相关产品",
        (Cite(FS, 105, 1, 2), Cite(FS, 105, 1, 3)),
        (Cite(FS, 103, 1),),
    ),
)

_FOOD_OTHER = (
    _matter("10201000100", "仅销售预包装食品备案", (Cite(FS, 35, 1),), av_steps=()),
    _matter(
        "10201000200",
        "责令食品生产经营者召回或者停止经营不符合食品安全标准的食品",
        (Cite(FS, 63, 5),),
        (Cite(FS, 63, 1), Cite(FS, 63, 2)),
    ),
    _matter(
        "10201000300", "对食品生产经营者的法定代表人或者主要负责人进行责任约谈", (Cite(FS, 114),), av_steps=()
    ),
)

_FOOD_REWARDS = (
    _matter("08201000100", "食品安全违法行为举报奖励", (Cite(FS, 115, 1),), (Cite(FS, 12),)),
    _matter("08201000200", "对在食品安全工作中做出突出贡献的单位和个人给予表彰、奖励", (Cite(FS, 13),)),
)

_FOOD_PENALTIES = (
    _matter(
        "02201000100",
        "对未取得食品生产经营许可从事食品生产经营活动的行政处罚",
        (Cite(FS, 122, 1),),
        (Cite(FS, 35, 1),),
        av_steps=AV_PENALTY_HEARING,
    ),
    _matter(
        "02201000200",
        "对用非食品原料生产食品、在食品中添加食品添加剂以外的化学物质和其他可能危害人体健康的物质，或者用回收食品作为原料生产食品，或者经营上述食品的行政处罚",
        (Cite(FS, 123, 1, 1),),
        (Cite(FS, 34, 1, 1),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201000300",
        "对经营病死、毒死或者死因不明的禽、畜、兽、水产动物肉类，或者生产经营其制品的行政处罚",
        (Cite(FS, 123, 1, 3),),
        (Cite(FS, 34, 1, 7),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201000400",
        "对经营未按规定进行检疫或者检疫不合格的肉类，或者生产经营未经检验或者检验不合格的肉类制品的行政处罚",
        (Cite(FS, 123, 1, 4),),
        (Cite(FS, 34, 1, 8),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201000500",
        "对生产经营添加药品的食品的行政处罚",
        (Cite(FS, 123, 1, 6),),
        (Cite(FS, 38),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201000600",
        "对生产经营致病性微生物，农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂的行政处罚",
        (Cite(FS, 124, 1, 1),),
        (Cite(FS, 34, 1, 2),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201000700",
        "对用超过保质期的食品原料、食品添加剂生产食品、食品添加剂，或者经营上述食品、食品添加剂的行政处罚",
        (Cite(FS, 124, 1, 2),),
        (Cite(FS, 34, 1, 3),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201000800",
        "对生产经营超范围、超限量使用食品添加剂的食品的行政处罚",
        (Cite(FS, 124, 1, 3),),
        (Cite(FS, 34, 1, 4), Cite(FS, 40, 2)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201000900",
        "对生产经营腐败变质、油脂酸败、霉变生虫、污秽不洁、混有异物、掺假掺杂或者感官性状异常的食品、食品添加剂的行政处罚",
        (Cite(FS, 124, 1, 4),),
        (Cite(FS, 34, 1, 6),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201001000",
        "对生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂的行政处罚",
        (Cite(FS, 124, 1, 5),),
        (Cite(FS, 34, 1, 10),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201001100",
        "对食品生产经营者在食品安全监督管理部门责令其召回或者停止经营后仍拒不召回或者停止经营的行政处罚",
        (Cite(FS, 124, 1, 9),),
        (Cite(FS, 63, 5),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201001200",
        "对生产经营被包装材料、容器、运输工具等污染的食品、食品添加剂的行政处罚",
        (Cite(FS, 125, 1, 1),),
        (Cite(FS, 34, 1, 9),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201001300",
        "对生产经营无标签的预包装食品、食品添加剂或者标签、说明书不符合规定的食品、食品添加剂的行政处罚",
        (Cite(FS, 125, 1, 2),),
        (Cite(FS, 34, 1, 11), Cite(FS, 67, 1), Cite(FS, 71, 1)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201001400",
        "对食品生产经营者采购或者使用不符合食品安全标准的食品原料、食品添加剂、食品相关产品的行政处罚",
        (Cite(FS, 125, 1, 4),),
        (Cite(FS, 50, 1), Cite(FS, 55, 1)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201001500",
        "对食品、食品添加剂的标签、说明书存在瑕疵拒不改正的行政处罚",
        (Cite(FS, 125, 2),),
        (Cite(FS, 71, 2),),
    ),
    _matter(
        "02201001600",
        "对食品、食品添加剂生产者未按规定对采购的食品原料和生产的食品、食品添加剂进行检验的行政处罚",
        (Cite(FS, 126, 1, 1),),
        (Cite(FS, 50, 1), Cite(FS, 52)),
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201001700",
        "对食品生产经营企业未按规定建立食品安全管理制度，或者未按规定配备或者培训、考核食品安全管理人员的行政处罚",
        (Cite(FS, 126, 1, 2),),
        (Cite(FS, 44, 1), Cite(FS, 44, 3)),
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201001800",
        "对食品、食品添加剂生产经营者进货时未查验许可证和相关证明文件，或者未按规定建立并遵守进货查验记录、出厂检验记录和销售记录制度的行政处罚",
        (Cite(FS, 126, 1, 3),),
        (Cite(FS, 50, 2), Cite(FS, 51), Cite(FS, 53, 1), Cite(FS, 53, 2)),
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201001900",
        "对食品生产经营企业未制定食品安全事故处置方案的行政处罚",
        (Cite(FS, 126, 1, 4),),
        (Cite(FS, 102, 4),),
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002000",
        "对餐具、饮具和盛放直接入口食品的容器使用前未经洗净、消毒或者清洗消毒不合格的行政处罚",
        (Cite(FS, 126, 1, 5),),
        (Cite(FS, 33, 1, 5), Cite(FS, 56, 2)),
        street="delegated",
        av_steps=AV_SIMPLE,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002100",
        "对食品生产经营者安排未取得健康证明或者患有有碍食品安全疾病的人员从事接触直接入口食品工作的行政处罚",
        (Cite(FS, 126, 1, 6),),
        (Cite(FS, 45, 1), Cite(FS, 45, 2)),
        street="delegated",
        av_steps=AV_SIMPLE,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002200",
        "对食品生产经营者未定期对食品安全状况进行检查评价，或者生产经营条件发生变化未按规定处理的行政处罚",
        (Cite(FS, 126, 1, 11),),
        (Cite(FS, 47),),
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002300",
        "对学校、托幼机构、养老机构、建筑工地等集中用餐单位未按规定履行食品安全管理责任的行政处罚",
        (Cite(FS, 126, 1, 12),),
        (Cite(FS, 57, 1),),
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002400",
        "对食用农产品销售者未建立并执行食用农产品进货查验记录制度的行政处罚",
        (Cite(FS, 126, 4), Cite(FS, 126, 1)),
        (Cite(FS, 65),),
        street="delegated",
        av_steps=AV_SIMPLE,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002500",
        "对事故单位在发生食品安全事故后未进行处置、报告的行政处罚",
        (Cite(FS, 128),),
        (Cite(FS, 103, 1), Cite(FS, 103, 4)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002600",
        "对集中交易市场的开办者、柜台出租者、展销会的举办者允许未依法取得许可的食品经营者进入市场销售食品，或者未履行检查、报告等义务的行政处罚",
        (Cite(FS, 130, 1),),
        (Cite(FS, 61),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002700",
        "对网络食品交易第三方平台提供者未对入网食品经营者进行实名登记、审查许可证，或者未履行报告、停止提供网络交易平台服务等义务的行政处罚",
        (Cite(FS, 131, 1),),
        (Cite(FS, 62, 1), Cite(FS, 62, 2)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002800",
        "对未按要求进行食品贮存、运输和装卸的行政处罚",
        (Cite(FS, 132),),
        (Cite(FS, 33, 1, 6), Cite(FS, 33, 2)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201002900",
        "对拒绝、阻挠、干涉依法开展食品安全监督检查、事故调查处理、风险监测和风险评估的行政处罚",
        (Cite(FS, 133, 1),),
        (Cite(FS, 108, 1), Cite(FS, 108, 2)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201003000",
        "对食品生产经营者在一年内累计三次因违反食品安全法受到责令停产停业、吊销许可证以外处罚的行政处罚",
        (Cite(FS, 134),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201003100",
        "对食品生产经营者聘用不得从事食品生产经营管理工作的人员的行政处罚",
        (Cite(FS, 135, 3),),
        (Cite(FS, 135, 1), Cite(FS, 135, 2)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201003200",
        "对被省级以上人民政府食品安全监督管理部门决定暂停销售的虚假宣传食品仍然销售的行政处罚",
        (Cite(FS, 140, 5),),
        (Cite(FS, 73, 1),),
        av_steps=AV_PENALTY_HEARING,
    ),
    _matter(
        "02201003300",
        "对食品摊贩违反食品安全管理规定的行政处罚",
        (Cite(FS, 127),),
        (Cite(FS, 36, 1), Cite(FS, 36, 3)),
        street="delegated",
        av_steps=AV_SIMPLE,
    ),
)

_PRODUCT_MATTERS = (
    _matter(
        "06201000500",
        "产品质量监督抽查",
        (Cite(PQ, 15, 1),),
        (Cite(PQ, 15, 3), Cite(PQ, 16)),
        inspection=InspectionSpec(
            category="general",
            subject="区市场监督管理局",
            target="辖区工业产品生产者、销售者",
            content="可能危及人体健康和人身、财产安全的产品，影响国计民生的重要工业产品以及消费者反映有质量问题的产品的质量",
            ratio_percent=D("5"),
            frequency="每年不少于1次",
            method="在市场上或者企业成品仓库内的待销产品中随机抽取样品检验",
        ),
        checklist=(
            "产品是否符合保障人体健康和人身、财产安全的国家标准、行业标准",
            "产品或者其包装上是否有产品质量检验合格证明",
            "是否有中文标明的产品名称、生产厂厂名和厂址",
            "限期使用的产品是否在显著位置清晰地标明生产日期和安全使用期或者失效日期",
            "是否生产国家明令淘汰的产品，是否销售国家明令淘汰并停止销售的产品和失效、变质的产品",
            "销售者是否建立并执行进货检查验收制度，验明产品合格证明和其他标识",
        ),
    ),
    _matter(
        "03201000400",
        "查封、扣押不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品或者有其他严重质量问题的产品，以及直接用于生产、销售该项产品的原辅材料、包装物、生产工具",
        (Cite(PQ, 18, 1, 4),),
    ),
    _matter("07201000100", "产品质量监督抽查检验结果复检", (Cite(PQ, 15, 4),)),
    _matter("08201000300", "产品质量违法行为检举奖励", (Cite(PQ, 10, 2),), (Cite(PQ, 10, 1),)),
    _matter(
        "10201000400",
        "责令销售者对售出的产品负责修理、更换、退货或者赔偿损失",
        (Cite(PQ, 40, 3),),
        (Cite(PQ, 40, 1),),
    ),
    _matter(
        "02201003400",
        "对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚",
        (Cite(PQ, 49),),
        (Cite(PQ, 13, 2), Cite(PQ, 26, 2, 1)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201003500",
        "对在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品的行政处罚",
        (Cite(PQ, 50),),
        (Cite(PQ, 32), Cite(PQ, 39)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201003600",
        "对生产国家明令淘汰的产品、销售国家明令淘汰并停止销售的产品的行政处罚",
        (Cite(PQ, 51),),
        (Cite(PQ, 29), Cite(PQ, 35)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201003700",
        "对销售失效、变质的产品的行政处罚",
        (Cite(PQ, 52),),
        (Cite(PQ, 35),),
        av_steps=AV_PENALTY_HEARING,
        major_fine_person=D("5000"),
        major_fine_org=D("50000"),
        major_kinds=REVOKE,
    ),
    _matter(
        "02201003800",
        "对伪造产品产地，伪造或者冒用他人厂名、厂址，伪造或者冒用认证标志等质量标志的行政处罚",
        (Cite(PQ, 53),),
        (Cite(PQ, 5), Cite(PQ, 30), Cite(PQ, 31), Cite(PQ, 37), Cite(PQ, 38)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201003900",
        "对产品标识不符合规定的行政处罚",
        (Cite(PQ, 54),),
        (Cite(PQ, 27, 1), Cite(PQ, 36)),
    ),
    _matter(
        "02201004000",
        "对拒绝接受依法进行的产品质量监督检查的行政处罚",
        (Cite(PQ, 56),),
        (Cite(PQ, 16),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201004100",
        "对监督抽查的产品质量不合格，逾期不改正且公告后经复查仍不合格的行政处罚",
        (Cite(PQ, 17, 1),),
        levels=("province", "county"),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201004200",
        "对产品质量检验机构、认证机构伪造检验结果或者出具虚假证明的行政处罚",
        (Cite(PQ, 57, 1),),
        (Cite(PQ, 21, 1),),
        av_steps=AV_PENALTY_HEARING,
    ),
    _matter(
        "02201004300",
        "对知道或者应当知道属于禁止生产、销售的产品而为其提供运输、保管、仓储等便利条件，或者为以假充真的产品提供制假生产技术的行政处罚",
        (Cite(PQ, 61),),
        av_steps=AV_PENALTY_HEARING,
    ),
    _matter(
        "02201004400",
        "对服务业的经营者将禁止销售的产品用于经营性服务的行政处罚",
        (Cite(PQ, 62),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201004500",
        "对隐匿、转移、变卖、损毁被市场监督管理部门查封、扣押的物品的行政处罚",
        (Cite(PQ, 63),),
        av_steps=AV_PENALTY_HEARING,
    ),
    _matter(
        "02201004600",
        "对产品质量检验机构向社会推荐生产者的产品或者以监制、监销等方式参与产品经营活动的行政处罚",
        (Cite(PQ, 67, 2),),
        (Cite(PQ, 25),),
    ),
)

_AD_MATTERS = (
    _matter(
        "06201000600",
        "对广告活动的监督检查",
        (Cite(AD, 49, 1),),
        (Cite(AD, 49, 2), Cite(AD, 51)),
        inspection=InspectionSpec(
            category="general",
            subject="区市场监督管理局",
            target="辖区广告主、广告经营者、广告发布者",
            content="广告内容的真实性、合法性，广告审查，广告业务管理制度",
            ratio_percent=D("3"),
            frequency="每年不少于1次",
            method="现场检查、广告监测、书面检查",
        ),
        checklist=(
            "广告是否含有虚假或者引人误解的内容",
            "广告是否使用“国家级”“最高级”“最佳”等用语或者含有其他禁止情形",
            "医疗、药品、医疗器械、保健食品等广告是否在发布前经广告审查机关审查",
            "医疗、药品、医疗器械广告以外的广告是否涉及疾病治疗功能或者使用医疗用语",
            "广告经营者、广告发布者是否建立、健全广告业务的承接登记、审核、档案管理制度",
            "在互联网页面以弹出等形式发布的广告是否显著标明关闭标志，确保一键关闭",
        ),
    ),
    _matter(
        "03201000500",
        "查封、扣押与涉嫌违法广告直接相关的广告物品、经营工具、设备等财物",
        (Cite(AD, 49, 1, 5),),
    ),
    _matter("10201000500", "责令暂停发布可能造成严重后果的涉嫌违法广告", (Cite(AD, 49, 1, 6),)),
    _matter(
        "02201004700",
        "对发布虚假广告的行政处罚",
        (Cite(AD, 55, 1),),
        (Cite(AD, 4, 1), Cite(AD, 28, 1)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201004800",
        "对广告经营者、广告发布者明知或者应知广告虚假仍设计、制作、代理、发布的行政处罚",
        (Cite(AD, 55, 3),),
        (Cite(AD, 34, 2),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201004900",
        "对发布有广告法第九条、第十条规定的禁止情形的广告的行政处罚",
        (Cite(AD, 57, 1, 1),),
        (Cite(AD, 9), Cite(AD, 10)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005000",
        "对违法发布处方药广告、药品类易制毒化学品广告、戒毒治疗的医疗器械和治疗方法广告的行政处罚",
        (Cite(AD, 57, 1, 2),),
        (Cite(AD, 15),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005100",
        "对违法发布烟草广告的行政处罚",
        (Cite(AD, 57, 1, 4),),
        (Cite(AD, 22),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005200",
        "对在针对未成年人的大众传播媒介上发布医疗、药品、保健食品、医疗器械、化妆品、酒类、美容广告以及不利于未成年人身心健康的网络游戏广告的行政处罚",
        (Cite(AD, 57, 1, 6),),
        (Cite(AD, 40, 1),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005300",
        "对违法发布医疗、药品、医疗器械广告的行政处罚",
        (Cite(AD, 58, 1, 1),),
        (Cite(AD, 16),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005400",
        "对在广告中涉及疾病治疗功能，以及使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语的行政处罚",
        (Cite(AD, 58, 1, 2),),
        (Cite(AD, 17),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005500",
        "对违法发布保健食品广告的行政处罚",
        (Cite(AD, 58, 1, 3),),
        (Cite(AD, 18),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005600",
        "对违法发布教育、培训广告的行政处罚",
        (Cite(AD, 58, 1, 6),),
        (Cite(AD, 24),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005700",
        "对违法发布房地产广告的行政处罚",
        (Cite(AD, 58, 1, 8),),
        (Cite(AD, 26),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005800",
        "对未经审查发布广告的行政处罚",
        (Cite(AD, 58, 1, 14),),
        (Cite(AD, 46),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02201005900",
        "对广告中对商品或者服务的表示不准确、清楚、明白，或者未明示附带赠送的商品或者服务的品种、规格、数量、期限和方式的行政处罚",
        (Cite(AD, 59, 1, 1),),
        (Cite(AD, 8),),
    ),
    _matter(
        "02201006000",
        "对广告贬低其他生产经营者的商品或者服务的行政处罚",
        (Cite(AD, 59, 1, 4),),
        (Cite(AD, 13),),
    ),
    _matter(
        "02201006100",
        "对广告不具有可识别性或者变相发布医疗、药品、医疗器械、保健食品广告的行政处罚",
        (Cite(AD, 59, 3),),
        (Cite(AD, 14), Cite(AD, 19)),
    ),
    _matter(
        "02201006200",
        "对广告经营者、广告发布者未按照国家有关规定建立、健全广告业务管理制度或者未对广告内容进行核对的行政处罚",
        (Cite(AD, 60, 1),),
        (Cite(AD, 34, 1), Cite(AD, 34, 2)),
    ),
    _matter(
        "02201006300",
        "对广告代言人违法在广告中对商品、服务作推荐、证明的行政处罚",
        (Cite(AD, 61),),
        (Cite(AD, 38, 1),),
        av_steps=AV_PENALTY_HEARING,
    ),
    _matter(
        "02201006400",
        "对利用互联网发布广告，未显著标明关闭标志，确保一键关闭的行政处罚",
        (Cite(AD, 62, 2),),
        (Cite(AD, 44, 2),),
    ),
    _matter(
        "02201006500",
        "对公共场所的管理者和电信业务经营者、互联网信息服务提供者明知或者应知广告活动违法不予制止的行政处罚",
        (Cite(AD, 63),),
        (Cite(AD, 45),),
        av_steps=AV_PENALTY_HEARING,
    ),
    _matter(
        "02201006600",
        "对伪造、变造或者转让广告审查批准文件的行政处罚",
        (Cite(AD, 65),),
        (Cite(AD, 48),),
        av_steps=AV_PENALTY_HEARING,
    ),
)

_CONSUMER_MATTERS = (
    _matter(
        "06201000700",
        "对经营者提供的商品和服务的抽查检验",
        (Cite(CP, 33, 1),),
        (Cite(CP, 32, 1),),
        inspection=InspectionSpec(
            category="general",
            subject="区市场监督管理局",
            target="辖区向消费者提供商品或者服务的经营者",
            content="商品和服务的质量、安全警示、明码标价、格式条款等经营者义务的履行情况",
            ratio_percent=D("3"),
            frequency="每年不少于1次",
            method="现场检查、抽样检验",
        ),
        checklist=(
            "提供的商品或者服务是否符合保障人身、财产安全的要求",
            "对可能危及人身、财产安全的商品和服务是否作出真实的说明和明确的警示",
            "提供商品或者服务是否明码标价，是否标明真实名称和标记",
            "是否按照国家有关规定或者商业惯例向消费者出具发票等购货凭证或者服务单据",
            "是否以格式条款、通知、声明、店堂告示等方式作出排除或者限制消费者权利等不公平、不合理的规定",
            "采用网络、电视、电话、邮购等方式销售商品的，是否履行七日无理由退货义务",
        ),
    ),
    _matter("10201000600", "消费者投诉处理", (Cite(CP, 46),), (Cite(CP, 39), Cite(CP, 32, 2)), av_steps=()),
    _matter(
        "10201000700",
        "责令经营者对存在缺陷的商品或者服务采取停止销售、警示、召回、无害化处理、销毁、停止生产或者服务等措施",
        (Cite(CP, 33, 2),),
        (Cite(CP, 19),),
    ),
    _matter(
        "02201006700",
        "对经营者提供的商品或者服务不符合保障人身、财产安全要求的行政处罚",
        (Cite(CP, 56, 1, 1),),
        (Cite(CP, 18, 1),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201006800",
        "对经营者伪造商品的产地，伪造或者冒用他人的厂名、厂址，篡改生产日期的行政处罚",
        (Cite(CP, 56, 1, 4),),
        (Cite(CP, 20, 1),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201006900",
        "对经营者销售的商品应当检验、检疫而未检验、检疫或者伪造检验、检疫结果的行政处罚",
        (Cite(CP, 56, 1, 5),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201007000",
        "对经营者对商品或者服务作虚假或者引人误解的宣传的行政处罚",
        (Cite(CP, 56, 1, 6),),
        (Cite(CP, 20, 1),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201007100",
        "对经营者拒绝或者拖延有关行政部门责令对缺陷商品或者服务采取停止销售、警示、召回、无害化处理、销毁、停止生产或者服务等措施的行政处罚",
        (Cite(CP, 56, 1, 7),),
        (Cite(CP, 19), Cite(CP, 33, 2)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201007200",
        "对经营者故意拖延或者无理拒绝消费者提出的修理、重作、更换、退货、补足商品数量、退还货款和服务费用或者赔偿损失的要求的行政处罚",
        (Cite(CP, 56, 1, 8),),
        (Cite(CP, 24, 1), Cite(CP, 25, 1)),
        street="delegated",
        av_steps=AV_SIMPLE,
        major_fine_person=D("5000"),
        major_fine_org=D("50000"),
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02201007300",
        "对经营者侵害消费者人格尊严、侵犯消费者人身自由或者侵害消费者个人信息依法得到保护的权利的行政处罚",
        (Cite(CP, 56, 1, 9),),
        (Cite(CP, 14), Cite(CP, 27), Cite(CP, 29, 1)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
)

_CULTURE_MATTERS = (
    _matter(
        "01206000100",
        "娱乐经营许可",
        (Cite(EN, 9, 1), Cite(EN, 9, 3)),
        (Cite(EN, 7, 1), Cite(EN, 8), Cite(EN, 10)),
        levels=("province", "county"),
        av_steps=("on_site_inspection", "hearing"),
    ),
    _matter(
        "01206000200",
        "娱乐经营许可证重新核发（改建、扩建营业场所或者变更场地、主要设施设备、投资人员及许可证载明事项）",
        (Cite(EN, 12),),
        (Cite(EN, 9, 3),),
        levels=("province", "county"),
    ),
    _matter(
        "06206000100",
        "对娱乐场所日常经营活动的监督检查",
        (Cite(EN, 32, 1), Cite(EN, 32, 2)),
        (Cite(EN, 3), Cite(EN, 33)),
        inspection=InspectionSpec(
            category="general",
            subject="区文化旅游广电体育局",
            target="辖区歌舞娱乐场所、游艺娱乐场所",
            content="经营许可、未成年人保护、播放内容、营业时间、从业人员名簿和营业日志、警示标志等日常经营活动",
            ratio_percent=D("10"),
            frequency="每年不少于2次",
            method="现场检查、查阅营业日志和从业人员名簿",
        ),
        checklist=(
            "是否持有有效娱乐经营许可证，变更有关事项是否申请重新核发",
            "歌舞娱乐场所是否接纳未成年人，游艺娱乐场所的电子游戏机是否在国家法定节假日外向未成年人提供",
            "播放的曲目、屏幕画面和游戏项目是否含有禁止内容，歌曲点播系统是否与境外的曲库联接",
            "是否在每日凌晨2时至上午8时营业",
            "容纳的消费者是否超过核定人数",
            "是否建立从业人员名簿和营业日志，营业日志是否留存60日备查",
            "是否在大厅、包厢、包间内的显著位置悬挂禁毒、禁赌、禁止卖淫嫖娼等警示标志和未成年人禁入或者限入标志",
            "营业期间从业人员是否统一着工作服并佩带工作标志",
        ),
    ),
    _matter("10206000100", "取缔擅自从事娱乐场所经营活动", (Cite(EN, 41),), (Cite(EN, 9, 1),)),
    _matter(
        "10206000200",
        "撤销以欺骗等不正当手段取得的娱乐经营许可证",
        (Cite(EN, 42),),
        levels=("province", "county"),
    ),
    _matter(
        "02206000100",
        "对歌舞娱乐场所的歌曲点播系统与境外的曲库联接的行政处罚",
        (Cite(EN, 48, 1, 1),),
        (Cite(EN, 18, 2),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=("order_suspension",),
    ),
    _matter(
        "02206000200",
        "对歌舞娱乐场所播放的曲目、屏幕画面或者游艺娱乐场所电子游戏机内的游戏项目含有禁止内容的行政处罚",
        (Cite(EN, 48, 1, 2),),
        (Cite(EN, 13), Cite(EN, 18, 2)),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=("order_suspension",),
    ),
    _matter(
        "02206000300",
        "对歌舞娱乐场所接纳未成年人的行政处罚",
        (Cite(EN, 48, 1, 3),),
        (Cite(EN, 23),),
        av_steps=AV_PENALTY_HEARING,
        major_fine_person=D("5000"),
        major_fine_org=D("20000"),
        major_kinds=("order_suspension",),
    ),
    _matter(
        "02206000400",
        "对游艺娱乐场所设置的电子游戏机在国家法定节假日外向未成年人提供的行政处罚",
        (Cite(EN, 48, 1, 4),),
        (Cite(EN, 23),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=("order_suspension",),
    ),
    _matter(
        "02206000500",
        "对娱乐场所容纳的消费者超过核定人数的行政处罚",
        (Cite(EN, 48, 1, 5),),
        (Cite(EN, 9, 3),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=("order_suspension",),
    ),
    _matter(
        "02206000600",
        "对娱乐场所变更有关事项未按规定申请重新核发娱乐经营许可证的行政处罚",
        (Cite(EN, 49, 1, 1),),
        (Cite(EN, 12),),
        major_kinds=("order_suspension",),
    ),
    _matter(
        "02206000700",
        "对娱乐场所在规定的禁止营业时间内营业的行政处罚",
        (Cite(EN, 49, 1, 2),),
        (Cite(EN, 28),),
        major_kinds=("order_suspension",),
    ),
    _matter(
        "02206000800",
        "对娱乐场所从业人员在营业期间未统一着装并佩带工作标志的行政处罚",
        (Cite(EN, 49, 1, 3),),
        (Cite(EN, 27, 1),),
        major_kinds=("order_suspension",),
    ),
    _matter(
        "02206000900",
        "对娱乐场所未按规定建立从业人员名簿、营业日志，或者发现违法犯罪行为未按规定报告的行政处罚",
        (Cite(EN, 50),),
        (Cite(EN, 25, 1), Cite(EN, 25, 2), Cite(EN, 31)),
        major_kinds=("order_suspension",),
    ),
    _matter(
        "02206001000",
        "对娱乐场所未按规定悬挂警示标志、未成年人禁入或者限入标志的行政处罚",
        (Cite(EN, 51),),
        (Cite(EN, 30),),
        street="delegated",
        av_steps=AV_SIMPLE,
    ),
    _matter(
        "02206001100",
        "对娱乐场所二年内多次受到行政处罚又有违反娱乐场所管理条例的行为应受行政处罚的行政处罚",
        (Cite(EN, 53, 3),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=SUSPEND_REVOKE,
    ),
    _matter(
        "02206001200",
        "对娱乐场所实施娱乐场所管理条例第十四条禁止行为情节严重的行政处罚（吊销娱乐经营许可证）",
        (Cite(EN, 43),),
        (Cite(EN, 14, 1),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
    _matter(
        "02206001300",
        "对娱乐场所指使、纵容从业人员侵害消费者人身权利造成严重后果的行政处罚（吊销娱乐经营许可证）",
        (Cite(EN, 46),),
        (Cite(EN, 27, 2),),
        av_steps=AV_PENALTY_HEARING,
        major_kinds=REVOKE,
    ),
)

MATTERS: tuple[MatterSpec, ...] = (
    *_FOOD_LICENCES,
    *_FOOD_INSPECTIONS,
    *_FOOD_COERCION,
    *_FOOD_OTHER,
    *_FOOD_REWARDS,
    *_FOOD_PENALTIES,
    *_PRODUCT_MATTERS,
    *_AD_MATTERS,
    *_CONSUMER_MATTERS,
    *_CULTURE_MATTERS,
)


# ---------------------------------------------------------------------------------------------------------------
# Benchmarks
# ---------------------------------------------------------------------------------------------------------------

ART33_1 = "《中华人民共和国行政处罚法》第三十三条第一款"
ART32_1 = "《中华人民共和国行政处罚法》第三十二条第（一）项"
ART32_2 = "《中华人民共和国行政处罚法》第三十二条第（二）项"
FS136 = "《中华人民共和国食品安全法》第一百三十六条"

FIRST = CondSpec("first_offence")
SLIGHT = CondSpec("slight_harm")
CORRECTED = CondSpec("corrected_in_time")
MINOR = CondSpec("minor")
NO_HARM = CondSpec("no_harm")
ELIMINATED = CondSpec("eliminated_harm")
COERCED = CondSpec("coerced")
CONFESSED = CondSpec("confessed")
NO_FAULT = CondSpec("no_fault")
SERIOUS = CondSpec("serious_harm")
REFUSED = CondSpec("refused_correction")
OBSTRUCTED = CondSpec("obstructed")
VULNERABLE = CondSpec("vulnerable_targets")
REPEAT_2Y = CondSpec("repeat_within_years", D("2"))
GOODS_GE_10K = CondSpec("goods_at_least", D("10000"))
GAIN_GE_10K = CondSpec("gain_at_least", D("10000"))
HAS_GAIN = CondSpec("gain_at_least", D("1"))


def _yuan(low: str | None, high: str | None) -> FineSpec:
    return FineSpec("amount", None if low is None else D(low), None if high is None else D(high))


def _times(mode: str, low: str | None, high: str | None) -> FineSpec:
    return FineSpec(mode, None if low is None else D(low), None if high is None else D(high))


def _goods(low: str | None, high: str) -> FineSpec:
    return _times("goods_multiple", low, high)


def _gain(low: str | None, high: str) -> FineSpec:
    return _times("gain_multiple", low, high)


def _fee(low: str, high: str) -> FineSpec:
    return _times("fee_multiple", low, high)


def _first_offence(note: str = "责令改正，对当事人进行教育") -> TierSpec:
    """首违不罚 (《行政处罚法》第三十三条第一款 second sentence)."""
    return TierSpec(
        "no_penalty", "初次违法且危害后果轻微并及时改正", (FIRST, SLIGHT, CORRECTED), (), None, ART33_1, note
    )


def _by_goods(
    outcome: str,
    label: str,
    conds: tuple[CondSpec, ...],
    kinds: tuple[str, ...],
    amount: tuple[str, str],
    multiple: tuple[str, str],
    basis: str = "",
    note: str = "",
) -> tuple[TierSpec, TierSpec]:
    """One tier per branch of a statute that splits at 货值金额一万元: multiples of 货值金额 from it, then yuan below
    it. The yuan tier carries no amount condition so that it also applies when no 货值金额 is stated (the calculator
    fails an amount condition whose amount is missing)."""
    if not conds:
        raise ValueError("a conditional band needs its own conditions, or it would end the table early")
    return (
        TierSpec(outcome, label, (*conds, GOODS_GE_10K), kinds, _goods(*multiple), basis, note),
        TierSpec(outcome, label, conds, kinds, _yuan(*amount), basis, note),
    )


def _by_gain(
    outcome: str,
    label: str,
    conds: tuple[CondSpec, ...],
    kinds: tuple[str, ...],
    amount: tuple[str, str],
    multiple: tuple[str, str],
    basis: str = "",
    note: str = "",
) -> tuple[TierSpec, TierSpec]:
    """The same for 《娱乐场所管理条例》第四十八条: 违法所得一万元以上 in multiples of it; 没有违法所得或者违法所得不足
    一万元 in yuan (no amount condition, so that it covers a case without illegal gain)."""
    if not conds:
        raise ValueError("a conditional band needs its own conditions, or it would end the table early")
    return (
        TierSpec(outcome, label, (*conds, GAIN_GE_10K), kinds, _gain(*multiple), basis, note),
        TierSpec(outcome, label, conds, kinds, _yuan(*amount), basis, note),
    )


def _warn_then_fine(
    bands: tuple[tuple[str, str], tuple[str, str], tuple[str, str]],
    refused_kinds: tuple[str, ...],
    severe_kinds: tuple[str, ...],
) -> tuple[TierSpec, ...]:
    """Articles shaped 责令改正，给予警告；拒不改正的，处(责令停产停业并处)罚款；情节严重的，…: the fine only after a refusal."""
    low, mid, high = bands
    return (
        _first_offence(),
        # Listed before the fines so that a 从轻 required by 《行政处罚法》第三十二条 never turns the warning into a fine.
        TierSpec(
            "lenient",
            "情节较轻",
            (CORRECTED,),
            ("warning",),
            None,
            note="责令改正，给予警告；未拒不改正的，不处罚款",
        ),
        TierSpec("lenient", "拒不改正，情节较轻", (REFUSED, SLIGHT), refused_kinds, _yuan(*low)),
        TierSpec("aggravated", "拒不改正，情节严重", (REFUSED, SERIOUS), severe_kinds, _yuan(*high)),
        TierSpec("aggravated", "拒不改正，情节较重", (REFUSED, REPEAT_2Y), refused_kinds, _yuan(*high)),
        TierSpec("standard", "拒不改正", (REFUSED,), refused_kinds, _yuan(*mid)),
        TierSpec("standard", "情节一般", (), ("warning",), None, note="责令改正，给予警告"),
    )


def _cp56_tiers() -> tuple[TierSpec, ...]:
    """《消费者权益保护法》第五十六条: 单处或者并处警告、没收违法所得、违法所得一倍以上十倍以下罚款；没有违法所得的，
    五十万元以下罚款（从轻 ≤ 10万，一般 20万–30万，从重 30万–50万）；情节严重的，责令停业整顿、吊销营业执照."""
    severe = ("confiscate_gain", "fine", "order_suspension", "revoke_licence")
    return (
        _first_offence(),
        TierSpec("lenient", "情节轻微", (CORRECTED, SLIGHT), ("warning",), None, note="单处警告"),
        TierSpec(
            "lenient", "情节较轻", (SLIGHT, HAS_GAIN), ("warning", "confiscate_gain", "fine"), _gain("1", "4")
        ),
        TierSpec(
            "lenient", "情节较轻", (SLIGHT,), ("warning", "fine"), _yuan(None, "100000"), note="没有违法所得"
        ),
        TierSpec("aggravated", "情节严重", (SERIOUS, HAS_GAIN), severe, _gain("7", "10")),
        TierSpec(
            "aggravated",
            "情节严重",
            (SERIOUS,),
            ("fine", "order_suspension", "revoke_licence"),
            _yuan("300000", "500000"),
        ),
        TierSpec(
            "aggravated", "情节较重", (REPEAT_2Y, HAS_GAIN), ("confiscate_gain", "fine"), _gain("7", "10")
        ),
        TierSpec(
            "aggravated", "情节较重", (REPEAT_2Y,), ("fine",), _yuan("300000", "500000"), note="没有违法所得"
        ),
        TierSpec("standard", "情节一般", (HAS_GAIN,), ("confiscate_gain", "fine"), _gain("4", "7")),
        TierSpec("standard", "情节一般", (), ("fine",), _yuan("200000", "300000"), note="没有违法所得"),
    )


CONFISCATE_FINE = ("confiscate_gain", "confiscate_property", "fine")
CONFISCATE_FINE_REVOKE = ("confiscate_gain", "confiscate_property", "fine", "revoke_licence")

# 食品安全法 第一百二十二条第一款 ----------------------------------------------------------------------------------
_FS122_CLAUSE = (
    "违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，"
    "由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、"
    "原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，"
    "并处货值金额十倍以上二十倍以下罚款。"
)
_FS122_COMMON = {
    "matter_code": "02201000100",
    "violation": "未取得食品生产经营许可从事食品生产经营活动",
    "violated": (Cite(FS, 35, 1),),
    "penalised": (Cite(FS, 122, 1),),
    "clause": _FS122_CLAUSE,
    "statutory_fine": _yuan("50000", "100000"),
}
_FS122_MITIGATED = _by_goods(
    "mitigated", "减轻处罚", (ELIMINATED,), CONFISCATE_FINE, ("20000", "40000"), ("5", "8"), ART32_1
)
_FS122_SEVERE = _by_goods(
    "aggravated", "情节严重", (SERIOUS,), CONFISCATE_FINE, ("85000", "100000"), ("17", "20")
)
_FS122_REPEAT = _by_goods(
    "aggravated", "情节较重", (REPEAT_2Y,), CONFISCATE_FINE, ("85000", "100000"), ("17", "20")
)
_FS122_STANDARD_MULTIPLE = TierSpec(
    "standard", "情节一般", (GOODS_GE_10K,), CONFISCATE_FINE, _goods("13", "17")
)

_FS122_SUPERIOR = BenchmarkSpec(
    **_FS122_COMMON,
    tiers=(
        *_FS122_MITIGATED,
        *_by_goods("lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, ("50000", "65000"), ("10", "13")),
        *_FS122_SEVERE,
        *_FS122_REPEAT,
        _FS122_STANDARD_MULTIPLE,
        TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _yuan("65000", "85000")),
    ),
    superior=CITY_MARKET,
)
# The district splits the city's 从轻 and 一般 amount bands at 货值金额五千元.
_FS122_REFINED = BenchmarkSpec(
    **_FS122_COMMON,
    tiers=(
        *_FS122_MITIGATED,
        TierSpec("lenient", "情节较轻", (CORRECTED, GOODS_GE_10K), CONFISCATE_FINE, _goods("10", "13")),
        TierSpec(
            "lenient",
            "情节较轻（货值金额不足五千元）",
            (CORRECTED, CondSpec("goods_below", D("5000"))),
            CONFISCATE_FINE,
            _yuan("50000", "57500"),
        ),
        TierSpec("lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, _yuan("57500", "65000")),
        *_FS122_SEVERE,
        *_FS122_REPEAT,
        _FS122_STANDARD_MULTIPLE,
        TierSpec(
            "standard",
            "情节一般（货值金额不足五千元）",
            (CondSpec("goods_below", D("5000")),),
            CONFISCATE_FINE,
            _yuan("65000", "75000"),
        ),
        TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _yuan("75000", "85000")),
    ),
    refines=True,
)

# 食品安全法 第一百二十四条第一款第（一）项 ----------------------------------------------------------------------------
_FS124_LEAD = (
    "违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、"
    "食品添加剂，并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，"
    "并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证："
)
_FS124_NO_FAULT = TierSpec(
    "no_penalty",
    "履行进货查验义务且如实说明进货来源",
    (NO_FAULT,),
    (),
    None,
    FS136,
    "食品经营者有充分证据证明不知道所采购的食品不符合食品安全标准的，可以免予处罚，但应当依法没收不符合食品安全标准的食品",
)
_FS124_1_COMMON = {
    "matter_code": "02201000600",
    "violation": "生产经营致病性微生物，农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂",
    "violated": (Cite(FS, 34, 1, 2),),
    "penalised": (Cite(FS, 124, 1, 1),),
    "clause": _FS124_LEAD
    + "\n（一）生产经营致病性微生物，农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂；",
    "statutory_fine": _yuan("50000", "100000"),
}
_FS124_MITIGATED = _by_goods(
    "mitigated", "减轻处罚", (ELIMINATED,), CONFISCATE_FINE, ("20000", "40000"), ("5", "8"), ART32_1
)
_FS124_SEVERE = _by_goods(
    "aggravated", "情节严重", (SERIOUS,), CONFISCATE_FINE_REVOKE, ("85000", "100000"), ("17", "20")
)
_FS124_VULNERABLE = _by_goods(
    "aggravated", "情节较重", (VULNERABLE,), CONFISCATE_FINE, ("85000", "100000"), ("17", "20")
)
_FS124_SUPERIOR = BenchmarkSpec(
    **_FS124_1_COMMON,
    tiers=(
        _FS124_NO_FAULT,
        *_FS124_MITIGATED,
        *_by_goods("lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, ("50000", "65000"), ("10", "13")),
        *_FS124_SEVERE,
        *_FS124_VULNERABLE,
        TierSpec("standard", "情节一般", (GOODS_GE_10K,), CONFISCATE_FINE, _goods("13", "17")),
        TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _yuan("65000", "85000")),
    ),
    superior=CITY_MARKET,
)
# The district splits the city's 从轻 and 一般 tiers by 货值金额 (三千元; 五万元).
_GOODS_LT_3K = CondSpec("goods_below", D("3000"))
_GOODS_LT_50K = CondSpec("goods_below", D("50000"))
_FS124_REFINED = BenchmarkSpec(
    **_FS124_1_COMMON,
    tiers=(
        _FS124_NO_FAULT,
        *_FS124_MITIGATED,
        TierSpec("lenient", "情节较轻", (CORRECTED, GOODS_GE_10K), CONFISCATE_FINE, _goods("10", "13")),
        TierSpec(
            "lenient",
            "情节较轻（货值金额不足三千元）",
            (CORRECTED, _GOODS_LT_3K),
            CONFISCATE_FINE,
            _yuan("50000", "57500"),
        ),
        TierSpec("lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, _yuan("57500", "65000")),
        *_FS124_SEVERE,
        *_FS124_VULNERABLE,
        TierSpec(
            "standard",
            "情节一般（货值金额一万元以上不足五万元）",
            (GOODS_GE_10K, _GOODS_LT_50K),
            CONFISCATE_FINE,
            _goods("13", "15"),
        ),
        TierSpec(
            "standard", "情节一般（货值金额五万元以上）", (GOODS_GE_10K,), CONFISCATE_FINE, _goods("15", "17")
        ),
        TierSpec(
            "standard",
            "情节一般（货值金额不足三千元）",
            (_GOODS_LT_3K,),
            CONFISCATE_FINE,
            _yuan("65000", "75000"),
        ),
        TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _yuan("75000", "85000")),
    ),
    refines=True,
)

# 广告法 第五十五条第一款 ------------------------------------------------------------------------------------------
_AD55_COMMON = {
    "matter_code": "02201004700",
    "violation": "广告主发布虚假广告",
    "violated": (Cite(AD, 4, 1), Cite(AD, 28, 1)),
    "penalised": (Cite(AD, 55, 1),),
    "clause": (
        "违反本法规定，发布虚假广告的，由市场监督管理部门责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款，"
        "广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款；两年内有三次以上违法行为或者有其他严重情节的，"
        "处广告费用五倍以上十倍以下的罚款，广告费用无法计算或者明显偏低的，处一百万元以上二百万元以下的罚款，可以吊销营业执照，"
        "并由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请。"
    ),
    "statutory_fine": _fee("3", "10"),
}
_AD55_MITIGATED = TierSpec(
    "mitigated",
    "减轻处罚",
    (ELIMINATED,),
    ("fine",),
    _fee("1", "2.5"),
    ART32_1,
    "广告费用无法计算或者明显偏低的，处二十万元以下罚款",
)
_AD55_REPEAT = TierSpec(
    "aggravated",
    "情节较重",
    (REPEAT_2Y,),
    ("fine",),
    _fee("4.4", "5"),
    note="广告费用无法计算或者明显偏低的，处七十五万元以上一百万元以下罚款",
)
_AD55_SUPERIOR = BenchmarkSpec(
    **_AD55_COMMON,
    tiers=(
        _AD55_MITIGATED,
        TierSpec(
            "lenient",
            "情节较轻",
            (CORRECTED,),
            ("fine",),
            _fee("3", "3.6"),
            note="广告费用无法计算或者明显偏低的，处二十万元以上四十五万元以下罚款",
        ),
        TierSpec(
            "aggravated",
            "情节严重",
            (SERIOUS,),
            ("fine", "revoke_licence"),
            _fee("5", "10"),
            note="两年内有三次以上违法行为的同此档；广告费用无法计算或者明显偏低的，处一百万元以上二百万元以下罚款",
        ),
        _AD55_REPEAT,
        TierSpec(
            "standard",
            "情节一般",
            (),
            ("fine",),
            _fee("3.6", "4.4"),
            note="广告费用无法计算或者明显偏低的，处四十五万元以上七十五万元以下罚款",
        ),
    ),
    superior=CITY_MARKET,
)
_AD55_REFINED = BenchmarkSpec(
    **_AD55_COMMON,
    tiers=(
        _AD55_MITIGATED,
        TierSpec("lenient", "初次违法，情节较轻", (CORRECTED, FIRST), ("fine",), _fee("3", "3.3")),
        TierSpec("lenient", "情节较轻", (CORRECTED,), ("fine",), _fee("3.3", "3.6")),
        TierSpec(
            "aggravated",
            "情节严重，以未成年人、老年人为主要对象",
            (SERIOUS, VULNERABLE),
            ("fine", "revoke_licence"),
            _fee("7.5", "10"),
        ),
        TierSpec("aggravated", "情节严重", (SERIOUS,), ("fine", "revoke_licence"), _fee("5", "7.5")),
        _AD55_REPEAT,
        TierSpec("standard", "情节一般，危害后果轻微", (SLIGHT,), ("fine",), _fee("3.6", "4")),
        TierSpec("standard", "情节一般", (), ("fine",), _fee("4", "4.4")),
    ),
    refines=True,
)

BENCHMARKS: tuple[BenchmarkSpec, ...] = (
    _FS122_SUPERIOR,
    _FS122_REFINED,
    _FS124_SUPERIOR,
    _FS124_REFINED,
    _AD55_SUPERIOR,
    _AD55_REFINED,
    BenchmarkSpec(
        matter_code="02201000200",
        violation="用非食品原料生产食品、在食品中添加食品添加剂以外的化学物质和其他可能危害人体健康的物质，或者用回收食品作为原料生产食品，或者经营上述食品",
        violated=(Cite(FS, 34, 1, 1),),
        penalised=(Cite(FS, 123, 1, 1),),
        clause=(
            "违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品，"
            "并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品货值金额不足一万元的，并处十万元以上十五万元以下罚款；"
            "货值金额一万元以上的，并处货值金额十五倍以上三十倍以下罚款；情节严重的，吊销许可证，并可以由公安机关对其直接负责的主管人员和"
            "其他直接责任人员处五日以上十五日以下拘留：\n"
            "（一）用非食品原料生产食品、在食品中添加食品添加剂以外的化学物质和其他可能危害人体健康的物质，或者用回收食品作为原料生产食品，"
            "或者经营上述食品；"
        ),
        statutory_fine=_yuan("100000", "150000"),
        tiers=(
            *_by_goods(
                "mitigated", "减轻处罚", (COERCED,), CONFISCATE_FINE, ("50000", "90000"), ("8", "14"), ART32_2
            ),
            *_by_goods(
                "lenient", "情节较轻", (CONFESSED,), CONFISCATE_FINE, ("100000", "115000"), ("15", "20")
            ),
            *_by_goods(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                CONFISCATE_FINE_REVOKE,
                ("135000", "150000"),
                ("25", "30"),
                note="涉嫌犯罪的，依法移送公安机关",
            ),
            *_by_goods(
                "aggravated", "情节较重", (VULNERABLE,), CONFISCATE_FINE, ("135000", "150000"), ("25", "30")
            ),
            TierSpec("standard", "情节一般", (GOODS_GE_10K,), CONFISCATE_FINE, _goods("20", "25")),
            TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _yuan("115000", "135000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201001000",
        violation="生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂",
        violated=(Cite(FS, 34, 1, 10),),
        penalised=(Cite(FS, 124, 1, 5),),
        clause=_FS124_LEAD + "\n（五）生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂；",
        statutory_fine=_yuan("50000", "100000"),
        tiers=(
            _FS124_NO_FAULT,
            *_by_goods(
                "lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, ("50000", "65000"), ("10", "13")
            ),
            *_by_goods(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                CONFISCATE_FINE_REVOKE,
                ("85000", "100000"),
                ("17", "20"),
            ),
            *_by_goods(
                "aggravated", "情节较重", (REPEAT_2Y,), CONFISCATE_FINE, ("85000", "100000"), ("17", "20")
            ),
            TierSpec("standard", "情节一般", (GOODS_GE_10K,), CONFISCATE_FINE, _goods("13", "17")),
            TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _yuan("65000", "85000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201001300",
        violation="生产经营无标签的预包装食品、食品添加剂或者标签、说明书不符合规定的食品、食品添加剂",
        violated=(Cite(FS, 34, 1, 11), Cite(FS, 67, 1), Cite(FS, 71, 1)),
        penalised=(Cite(FS, 125, 1, 2),),
        clause=(
            "违反本法规定，有下列情形之一的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂，"
            "并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五千元以上五万元以下罚款；"
            "货值金额一万元以上的，并处货值金额五倍以上十倍以下罚款；情节严重的，责令停产停业，直至吊销许可证：\n"
            "（二）生产经营无标签的预包装食品、食品添加剂或者标签、说明书不符合本法规定的食品、食品添加剂；"
        ),
        statutory_fine=_yuan("5000", "50000"),
        tiers=(
            _first_offence("责令改正，依法没收违法所得和违法生产经营的食品"),
            *_by_goods(
                "mitigated", "减轻处罚", (ELIMINATED,), CONFISCATE_FINE, ("2000", "4000"), ("2", "4"), ART32_1
            ),
            *_by_goods("lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, ("5000", "20000"), ("5", "6.5")),
            *_by_goods(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                (*CONFISCATE_FINE, "order_suspension", "revoke_licence"),
                ("35000", "50000"),
                ("8.5", "10"),
            ),
            *_by_goods(
                "aggravated", "情节较重", (REPEAT_2Y,), CONFISCATE_FINE, ("35000", "50000"), ("8.5", "10")
            ),
            TierSpec("standard", "情节一般", (GOODS_GE_10K,), CONFISCATE_FINE, _goods("6.5", "8.5")),
            TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _yuan("20000", "35000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201001500",
        violation="食品、食品添加剂的标签、说明书存在瑕疵但不影响食品安全且不会对消费者造成误导，经责令改正拒不改正",
        violated=(Cite(FS, 71, 2),),
        penalised=(Cite(FS, 125, 2),),
        clause=(
            "生产经营的食品、食品添加剂的标签、说明书存在瑕疵但不影响食品安全且不会对消费者造成误导的，"
            "由县级以上人民政府食品安全监督管理部门责令改正；拒不改正的，处二千元以下罚款。"
        ),
        statutory_fine=_yuan(None, "2000"),
        tiers=(
            TierSpec("lenient", "情节较轻", (FIRST,), ("fine",), _yuan(None, "400")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), ("fine",), _yuan("1200", "2000")),
            TierSpec("aggravated", "情节较重", (OBSTRUCTED,), ("fine",), _yuan("1200", "2000")),
            TierSpec("standard", "情节一般", (), ("fine",), _yuan("800", "1200")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201002000",
        violation="餐具、饮具和盛放直接入口食品的容器，使用前未经洗净、消毒或者清洗消毒不合格",
        violated=(Cite(FS, 33, 1, 5), Cite(FS, 56, 2)),
        penalised=(Cite(FS, 126, 1, 5),),
        clause=(
            "违反本法规定，有下列情形之一的，由县级以上人民政府食品安全监督管理部门责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；"
            "情节严重的，责令停产停业，直至吊销许可证：\n"
            "（五）餐具、饮具和盛放直接入口食品的容器，使用前未经洗净、消毒或者清洗消毒不合格，或者餐饮服务设施、设备未按规定定期维护、清洗、校验；"
        ),
        statutory_fine=_yuan("5000", "50000"),
        tiers=_warn_then_fine(
            (("5000", "20000"), ("20000", "35000"), ("35000", "50000")),
            ("fine",),
            ("fine", "order_suspension", "revoke_licence"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201002100",
        violation="食品生产经营者安排未取得健康证明或者患有国务院卫生行政部门规定的有碍食品安全疾病的人员从事接触直接入口食品的工作",
        violated=(Cite(FS, 45, 1), Cite(FS, 45, 2)),
        penalised=(Cite(FS, 126, 1, 6),),
        clause=(
            "违反本法规定，有下列情形之一的，由县级以上人民政府食品安全监督管理部门责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；"
            "情节严重的，责令停产停业，直至吊销许可证：\n"
            "（六）食品生产经营者安排未取得健康证明或者患有国务院卫生行政部门规定的有碍食品安全疾病的人员从事接触直接入口食品的工作；"
        ),
        statutory_fine=_yuan("5000", "50000"),
        tiers=_warn_then_fine(
            (("5000", "20000"), ("20000", "35000"), ("35000", "50000")),
            ("fine",),
            ("fine", "order_suspension", "revoke_licence"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201002400",
        violation="食用农产品销售者未建立食用农产品进货查验记录制度，或者未如实记录、保存进货凭证",
        violated=(Cite(FS, 65),),
        penalised=(Cite(FS, 126, 4), Cite(FS, 126, 1)),
        clause=(
            "违反本法规定，有下列情形之一的，由县级以上人民政府食品安全监督管理部门责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；"
            "情节严重的，责令停产停业，直至吊销许可证：\n"
            "食用农产品销售者违反本法第六十五条规定的，由县级以上人民政府食品安全监督管理部门依照第一款规定给予处罚。"
        ),
        statutory_fine=_yuan("5000", "50000"),
        tiers=_warn_then_fine(
            (("5000", "20000"), ("20000", "35000"), ("35000", "50000")),
            ("fine",),
            ("fine", "order_suspension", "revoke_licence"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201002600",
        violation="集中交易市场的开办者、柜台出租者、展销会的举办者允许未依法取得许可的食品经营者进入市场销售食品，或者未履行检查、报告等义务",
        violated=(Cite(FS, 61),),
        penalised=(Cite(FS, 130, 1),),
        clause=(
            "违反本法规定，集中交易市场的开办者、柜台出租者、展销会的举办者允许未依法取得许可的食品经营者进入市场销售食品，"
            "或者未履行检查、报告等义务的，由县级以上人民政府食品安全监督管理部门责令改正，没收违法所得，并处五万元以上二十万元以下罚款；"
            "造成严重后果的，责令停业，直至由原发证部门吊销许可证；使消费者的合法权益受到损害的，应当与食品经营者承担连带责任。"
        ),
        statutory_fine=_yuan("50000", "200000"),
        tiers=(
            TierSpec(
                "mitigated",
                "减轻处罚",
                (ELIMINATED,),
                ("confiscate_gain", "fine"),
                _yuan("20000", "40000"),
                ART32_1,
            ),
            TierSpec(
                "lenient", "情节较轻", (CORRECTED,), ("confiscate_gain", "fine"), _yuan("50000", "100000")
            ),
            TierSpec(
                "aggravated",
                "造成严重后果",
                (SERIOUS,),
                ("confiscate_gain", "fine", "order_suspension", "revoke_licence"),
                _yuan("150000", "200000"),
                note="吊销许可证由原发证部门决定",
            ),
            TierSpec(
                "aggravated", "情节较重", (REPEAT_2Y,), ("confiscate_gain", "fine"), _yuan("150000", "200000")
            ),
            TierSpec("standard", "情节一般", (), ("confiscate_gain", "fine"), _yuan("100000", "150000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201002800",
        violation="未按要求进行食品贮存、运输和装卸",
        violated=(Cite(FS, 33, 1, 6), Cite(FS, 33, 2)),
        penalised=(Cite(FS, 132),),
        clause=(
            "违反本法规定，未按要求进行食品贮存、运输和装卸的，由县级以上人民政府食品安全监督管理等部门按照各自职责分工责令改正，给予警告；"
            "拒不改正的，责令停产停业，并处一万元以上五万元以下罚款；情节严重的，吊销许可证。"
        ),
        statutory_fine=_yuan("10000", "50000"),
        tiers=_warn_then_fine(
            (("10000", "23000"), ("23000", "37000"), ("37000", "50000")),
            ("order_suspension", "fine"),
            ("order_suspension", "fine", "revoke_licence"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201002900",
        violation="拒绝、阻挠、干涉有关部门、机构及其工作人员依法开展食品安全监督检查、事故调查处理、风险监测和风险评估",
        violated=(Cite(FS, 108, 1), Cite(FS, 108, 2)),
        penalised=(Cite(FS, 133, 1),),
        clause=(
            "违反本法规定，拒绝、阻挠、干涉有关部门、机构及其工作人员依法开展食品安全监督检查、事故调查处理、风险监测和风险评估的，"
            "由有关主管部门按照各自职责分工责令停产停业，并处二千元以上五万元以下罚款；情节严重的，吊销许可证；"
            "构成违反治安管理行为的，由公安机关依法给予治安管理处罚。"
        ),
        statutory_fine=_yuan("2000", "50000"),
        tiers=(
            TierSpec("lenient", "情节较轻", (MINOR,), ("order_suspension", "fine"), _yuan("2000", "18000")),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                ("order_suspension", "fine", "revoke_licence"),
                _yuan("34000", "50000"),
            ),
            TierSpec(
                "aggravated", "情节较重", (REPEAT_2Y,), ("order_suspension", "fine"), _yuan("34000", "50000")
            ),
            TierSpec("standard", "情节一般", (), ("order_suspension", "fine"), _yuan("18000", "34000")),
        ),
    ),
    # 产品质量法 ---------------------------------------------------------------------------------------------------
    BenchmarkSpec(
        matter_code="02201003400",
        violation="生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品",
        violated=(Cite(PQ, 13, 2),),
        penalised=(Cite(PQ, 49),),
        clause=(
            "生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的，责令停止生产、销售，没收违法生产、销售的产品，"
            "并处违法生产、销售产品（包括已售出和未售出的产品，下同）货值金额等值以上三倍以下的罚款；有违法所得的，并处没收违法所得；"
            "情节严重的，吊销营业执照；构成犯罪的，依法追究刑事责任。"
        ),
        statutory_fine=_goods("1", "3"),
        tiers=(
            TierSpec("mitigated", "减轻处罚", (ELIMINATED,), CONFISCATE_FINE, _goods("0.3", "0.8"), ART32_1),
            TierSpec("lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, _goods("1", "1.6")),
            TierSpec("aggravated", "情节严重", (SERIOUS,), CONFISCATE_FINE_REVOKE, _goods("2.4", "3")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), CONFISCATE_FINE, _goods("2.4", "3")),
            TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _goods("1.6", "2.4")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201003500",
        violation="在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品",
        violated=(Cite(PQ, 32), Cite(PQ, 39)),
        penalised=(Cite(PQ, 50),),
        clause=(
            "在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品的，责令停止生产、销售，没收违法生产、销售的产品，"
            "并处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照；"
            "构成犯罪的，依法追究刑事责任。"
        ),
        statutory_fine=_goods("0.5", "3"),
        tiers=(
            TierSpec("mitigated", "减轻处罚", (ELIMINATED,), CONFISCATE_FINE, _goods("0.2", "0.4"), ART32_1),
            TierSpec("lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, _goods("0.5", "1.3")),
            TierSpec("aggravated", "情节严重", (SERIOUS,), CONFISCATE_FINE_REVOKE, _goods("2.2", "3")),
            TierSpec("aggravated", "情节较重", (VULNERABLE,), CONFISCATE_FINE, _goods("2.2", "3")),
            TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _goods("1.3", "2.2")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201003700",
        violation="销售失效、变质的产品",
        violated=(Cite(PQ, 35),),
        penalised=(Cite(PQ, 52),),
        clause=(
            "销售失效、变质的产品的，责令停止销售，没收违法销售的产品，并处违法销售产品货值金额二倍以下的罚款；有违法所得的，"
            "并处没收违法所得；情节严重的，吊销营业执照；构成犯罪的，依法追究刑事责任。"
        ),
        statutory_fine=_goods(None, "2"),
        tiers=(
            _first_offence("责令停止销售，依法没收失效、变质的产品"),
            TierSpec("lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, _goods(None, "0.4")),
            TierSpec("aggravated", "情节严重", (SERIOUS,), CONFISCATE_FINE_REVOKE, _goods("1.2", "2")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), CONFISCATE_FINE, _goods("1.2", "2")),
            TierSpec("standard", "情节一般", (), CONFISCATE_FINE, _goods("0.8", "1.2")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201003900",
        violation="有包装的产品标识不符合产品质量法第二十七条第（四）项、第（五）项规定，情节严重",
        violated=(Cite(PQ, 27, 1, 4), Cite(PQ, 27, 1, 5), Cite(PQ, 36)),
        penalised=(Cite(PQ, 54),),
        clause=(
            "产品标识不符合本法第二十七条规定的，责令改正；有包装的产品标识不符合本法第二十七条第（四）项、第（五）项规定，情节严重的，"
            "责令停止生产、销售，并处违法生产、销售产品货值金额百分之三十以下的罚款；有违法所得的，并处没收违法所得。"
        ),
        statutory_fine=_goods(None, "0.3"),
        tiers=(
            _first_offence("责令改正"),
            TierSpec("lenient", "情节较轻", (CORRECTED,), ("fine", "confiscate_gain"), _goods(None, "0.06")),
            TierSpec(
                "aggravated", "情节严重", (SERIOUS,), ("fine", "confiscate_gain"), _goods("0.18", "0.3")
            ),
            TierSpec(
                "aggravated", "情节较重", (REPEAT_2Y,), ("fine", "confiscate_gain"), _goods("0.18", "0.3")
            ),
            TierSpec(
                "standard",
                "情节一般",
                (),
                ("fine", "confiscate_gain"),
                _goods("0.12", "0.18"),
                note="产品标识不符合第二十七条其他各项规定的，仅责令改正",
            ),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201004000",
        violation="拒绝接受依法进行的产品质量监督检查",
        violated=(Cite(PQ, 16),),
        penalised=(Cite(PQ, 56),),
        clause="拒绝接受依法进行的产品质量监督检查的，给予警告，责令改正；拒不改正的，责令停业整顿；情节特别严重的，吊销营业执照。",
        statutory_fine=None,
        tiers=(
            TierSpec("aggravated", "情节特别严重", (REFUSED, SERIOUS), ("revoke_licence",), None),
            TierSpec("aggravated", "拒不改正", (REFUSED,), ("order_suspension",), None, note="责令停业整顿"),
            TierSpec("standard", "情节一般", (), ("warning",), None, note="给予警告，责令改正"),
        ),
    ),
    # 广告法 -------------------------------------------------------------------------------------------------------
    BenchmarkSpec(
        matter_code="02201005400",
        violation="在广告中涉及疾病治疗功能，以及使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语",
        violated=(Cite(AD, 17),),
        penalised=(Cite(AD, 58, 1, 2),),
        clause=(
            "有下列行为之一的，由市场监督管理部门责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用一倍以上三倍以下的罚款，"
            "广告费用无法计算或者明显偏低的，处十万元以上二十万元以下的罚款；情节严重的，处广告费用三倍以上五倍以下的罚款，"
            "广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款，可以吊销营业执照，并由广告审查机关撤销广告审查批准文件、"
            "一年内不受理其广告审查申请：\n"
            "（二）违反本法第十七条规定，在广告中涉及疾病治疗功能，以及使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语的；"
        ),
        statutory_fine=_fee("1", "5"),
        tiers=(
            _first_offence("责令停止发布广告，对当事人进行教育"),
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                ("fine",),
                _fee("1", "1.6"),
                note="广告费用无法计算或者明显偏低的，处十万元以上十三万元以下罚款",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                ("fine", "revoke_licence"),
                _fee("3", "5"),
                note="广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下罚款",
            ),
            TierSpec(
                "aggravated",
                "情节较重",
                (VULNERABLE,),
                ("fine",),
                _fee("2.4", "3"),
                note="广告费用无法计算或者明显偏低的，处十七万元以上二十万元以下罚款",
            ),
            TierSpec(
                "standard",
                "情节一般",
                (),
                ("fine",),
                _fee("1.6", "2.4"),
                note="广告费用无法计算或者明显偏低的，处十三万元以上十七万元以下罚款",
            ),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201005900",
        violation="广告中对商品的性能、功能、产地、用途、质量、成分、价格等或者对服务的内容、提供者、形式、质量、价格等的表示不准确、清楚、明白",
        violated=(Cite(AD, 8),),
        penalised=(Cite(AD, 59, 1, 1),),
        clause="有下列行为之一的，由市场监督管理部门责令停止发布广告，对广告主处十万元以下的罚款：\n（一）广告内容违反本法第八条规定的；",
        statutory_fine=_yuan(None, "100000"),
        tiers=(
            _first_offence("责令停止发布广告，对当事人进行教育"),
            TierSpec("lenient", "情节较轻", (CORRECTED,), ("fine",), _yuan(None, "20000")),
            TierSpec("aggravated", "情节严重", (SERIOUS,), ("fine",), _yuan("60000", "100000")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), ("fine",), _yuan("60000", "100000")),
            TierSpec("standard", "情节一般", (), ("fine",), _yuan("40000", "60000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201006200",
        violation="广告经营者、广告发布者未按照国家有关规定建立、健全广告业务管理制度，或者未对广告内容进行核对",
        violated=(Cite(AD, 34, 1), Cite(AD, 34, 2)),
        penalised=(Cite(AD, 60, 1),),
        clause=(
            "违反本法第三十四条规定，广告经营者、广告发布者未按照国家有关规定建立、健全广告业务管理制度的，或者未对广告内容进行核对的，"
            "由市场监督管理部门责令改正，可以处五万元以下的罚款。"
        ),
        statutory_fine=_yuan(None, "50000"),
        tiers=(
            _first_offence(),
            TierSpec("lenient", "情节较轻", (CORRECTED,), ("fine",), _yuan(None, "10000")),
            TierSpec("aggravated", "拒不改正", (REFUSED,), ("fine",), _yuan("30000", "50000")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), ("fine",), _yuan("30000", "50000")),
            TierSpec("standard", "情节一般", (), ("fine",), _yuan("20000", "30000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02201006400",
        violation="利用互联网发布广告，未显著标明关闭标志，确保一键关闭",
        violated=(Cite(AD, 44, 2),),
        penalised=(Cite(AD, 62, 2),),
        clause=(
            "违反本法第四十四条第二款规定，利用互联网发布广告，未显著标明关闭标志，确保一键关闭的，由市场监督管理部门责令改正，"
            "对广告主处五千元以上三万元以下的罚款。"
        ),
        statutory_fine=_yuan("5000", "30000"),
        tiers=(
            _first_offence(),
            TierSpec("lenient", "情节较轻", (CORRECTED,), ("fine",), _yuan("5000", "13000")),
            TierSpec("aggravated", "拒不改正", (REFUSED,), ("fine",), _yuan("22000", "30000")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), ("fine",), _yuan("22000", "30000")),
            TierSpec("standard", "情节一般", (), ("fine",), _yuan("13000", "22000")),
        ),
    ),
    # 消费者权益保护法 ---------------------------------------------------------------------------------------------
    BenchmarkSpec(
        matter_code="02201007200",
        violation="对消费者提出的修理、重作、更换、退货、补足商品数量、退还货款和服务费用或者赔偿损失的要求，故意拖延或者无理拒绝",
        violated=(Cite(CP, 24, 1), Cite(CP, 25, 1)),
        penalised=(Cite(CP, 56, 1, 8),),
        clause=(
            "经营者有下列情形之一，除承担相应的民事责任外，其他有关法律、法规对处罚机关和处罚方式有规定的，依照法律、法规的规定执行；"
            "法律、法规未作规定的，由工商行政管理部门或者其他有关行政部门责令改正，可以根据情节单处或者并处警告、没收违法所得、"
            "处以违法所得一倍以上十倍以下的罚款，没有违法所得的，处以五十万元以下的罚款；情节严重的，责令停业整顿、吊销营业执照:\n"
            "（八）对消费者提出的修理、重作、更换、退货、补足商品数量、退还货款和服务费用或者赔偿损失的要求，故意拖延或者无理拒绝的；"
        ),
        statutory_fine=_yuan(None, "500000"),
        tiers=_cp56_tiers(),
    ),
    BenchmarkSpec(
        matter_code="02201007000",
        violation="对商品或者服务作虚假或者引人误解的宣传",
        violated=(Cite(CP, 20, 1),),
        penalised=(Cite(CP, 56, 1, 6),),
        clause=(
            "经营者有下列情形之一，除承担相应的民事责任外，其他有关法律、法规对处罚机关和处罚方式有规定的，依照法律、法规的规定执行；"
            "法律、法规未作规定的，由工商行政管理部门或者其他有关行政部门责令改正，可以根据情节单处或者并处警告、没收违法所得、"
            "处以违法所得一倍以上十倍以下的罚款，没有违法所得的，处以五十万元以下的罚款；情节严重的，责令停业整顿、吊销营业执照:\n"
            "（六）对商品或者服务作虚假或者引人误解的宣传的；"
        ),
        statutory_fine=_yuan(None, "500000"),
        tiers=_cp56_tiers(),
    ),
    # 娱乐场所管理条例 ---------------------------------------------------------------------------------------------
    BenchmarkSpec(
        matter_code="02206000300",
        violation="歌舞娱乐场所接纳未成年人",
        violated=(Cite(EN, 23),),
        penalised=(Cite(EN, 48, 1, 3),),
        clause=(
            "违反本条例规定，有下列情形之一的，由县级人民政府文化主管部门没收违法所得和非法财物，并处违法所得1倍以上3倍以下的罚款；"
            "没有违法所得或者违法所得不足1万元的，并处1万元以上3万元以下的罚款；情节严重的，责令停业整顿1个月至6个月：\n"
            "(三)歌舞娱乐场所接纳未成年人的；"
        ),
        statutory_fine=_yuan("10000", "30000"),
        tiers=(
            *_by_gain(
                "mitigated",
                "减轻处罚",
                (COERCED,),
                CONFISCATE_FINE,
                ("5000", "8000"),
                ("0.5", "0.8"),
                ART32_2,
                "如未成年人持伪造的身份证件诱骗入场",
            ),
            *_by_gain("lenient", "情节较轻", (CORRECTED,), CONFISCATE_FINE, ("10000", "16000"), ("1", "1.6")),
            *_by_gain(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                (*CONFISCATE_FINE, "order_suspension"),
                ("24000", "30000"),
                ("2.4", "3"),
                note="责令停业整顿1个月至6个月",
            ),
            *_by_gain(
                "aggravated", "情节较重", (REPEAT_2Y,), CONFISCATE_FINE, ("24000", "30000"), ("2.4", "3")
            ),
            TierSpec("standard", "情节一般", (GAIN_GE_10K,), CONFISCATE_FINE, _gain("1.6", "2.4")),
            TierSpec(
                "standard",
                "情节一般",
                (),
                CONFISCATE_FINE,
                _yuan("16000", "24000"),
                note="没有违法所得或者违法所得不足1万元",
            ),
        ),
    ),
    BenchmarkSpec(
        matter_code="02206000700",
        violation="娱乐场所在每日凌晨2时至上午8时营业",
        violated=(Cite(EN, 28),),
        penalised=(Cite(EN, 49, 1, 2),),
        clause=(
            "娱乐场所违反本条例规定，有下列情形之一的，由县级人民政府文化主管部门责令改正，给予警告；情节严重的，责令停业整顿1个月至3个月：\n"
            "(二)在本条例规定的禁止营业时间内营业的；"
        ),
        statutory_fine=None,
        tiers=(
            _first_offence(),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                ("order_suspension",),
                None,
                note="责令停业整顿1个月至3个月",
            ),
            TierSpec(
                "aggravated",
                "拒不改正",
                (REFUSED,),
                ("order_suspension",),
                None,
                note="责令停业整顿1个月至3个月",
            ),
            TierSpec("standard", "情节一般", (), ("warning",), None, note="责令改正，给予警告"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02206001000",
        violation="娱乐场所未按规定悬挂警示标志、未成年人禁入或者限入标志",
        violated=(Cite(EN, 30),),
        penalised=(Cite(EN, 51),),
        clause=(
            "娱乐场所未按照本条例规定悬挂警示标志、未成年人禁入或者限入标志的，由县级人民政府文化主管部门、"
            "县级公安部门依据法定职权责令改正，给予警告。"
        ),
        statutory_fine=None,
        tiers=(
            TierSpec(
                "no_penalty",
                "违法行为轻微",
                (MINOR, CORRECTED, NO_HARM),
                (),
                None,
                ART33_1,
                "责令改正，对当事人进行教育",
            ),
            _first_offence(),
            TierSpec(
                "standard", "情节一般", (), ("warning",), None, note="责令改正，给予警告；可当场作出处罚决定"
            ),
        ),
    ),
)
