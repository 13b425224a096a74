"""Catalog rows of the demo district's safety, environment, planning and road-transport bodies.

Statutes (texts in ``../shared/data/laws/``):

- 《中华人民共和国安全生产法》（2021年6月10日修正） — 区应急局 (domain emergency);
- 《中华人民共和国消防法》（2021年4月29日修正） — 区消防救援大队 (emergency); 区住建局 for the 消防设计审查/消防验收
  penalties of 第五十八条第一款第（一）、（二）项. Penalties that only 公安机关 may impose (第六十二条, 第六十四条,
  第六十八条 and every 拘留) are left out;
- 《中华人民共和国大气污染防治法》（2018年10月26日修正） — 清江生态环境分局 (ecology); the provisions that name
  "县级以上地方人民政府确定的监督管理部门" (渣土车, 餐饮油烟, 露天烧烤, 露天焚烧) go to 区城管执法局 (urban),
  施工扬尘 (第一百一十五条, "住房城乡建设等主管部门") to 区住建局 (housing);
- 《中华人民共和国固体废物污染环境防治法》（2020年4月29日修订） — 清江生态环境分局; 生活垃圾 and 建筑垃圾
  (第一百一十一条, "环境卫生主管部门") go to 区城管执法局;
- 《中华人民共和国城乡规划法》（2019年4月23日修正） — 区自然资源局 (natural_resources);
- 《中华人民共和国道路运输条例》（2023年7月20日修订） — 区交通局 (transport).

Codes: kind code (2) + domain code (3) + a running number per domain (4) + "00". Every ``clause`` is quoted
verbatim from the statute file; where a clause is an article's lead sentence plus one of its items (项), the pieces
are separate lines, each verbatim.
"""

from __future__ import annotations

from decimal import Decimal as D

from .catalog_spec import BenchmarkSpec, Cite, CondSpec, FineSpec, InspectionSpec, MatterSpec, TierSpec

# Short titles as in the statute file names.
SAFETY = "安全生产法"
FIRE = "消防法"
AIR = "大气污染防治法"
WASTE = "固体废物污染环境防治法"
PLANNING = "城乡规划法"
ROAD = "道路运输条例"

# Demo bodies (``demo.data.BODIES`` short names).
EMERGENCY_BUREAU = "区应急局"
FIRE_BRIGADE = "区消防救援大队"
ECOLOGY_BRANCH = "清江生态环境分局"
URBAN_BUREAU = "区城管执法局"
NATURAL_RESOURCES_BUREAU = "区自然资源局"
HOUSING_BUREAU = "区住建局"
TRANSPORT_BUREAU = "区交通局"

# 音像记录 steps.
PENALTY_AV = ("on_site_inspection", "investigation", "service")
PENALTY_AV_HEARING = ("on_site_inspection", "investigation", "hearing", "service")
PENALTY_AV_SUMMARY = ("on_site_inspection", "investigation", "on_site_decision", "service")
INSPECTION_AV = ("on_site_inspection", "random_inspection")
SEIZURE_AV = ("on_site_inspection", "evidence_preservation", "seizure", "service")
LICENCE_AV = ("on_site_inspection",)

SUSPENSION = ("order_suspension",)
SUSPENSION_CLOSURE = ("order_suspension", "order_closure")


# ---------------------------------------------------------------------------------------------------------
# Matters: 应急管理 (区应急局, 《安全生产法》)
# ---------------------------------------------------------------------------------------------------------

SAFETY_MATTERS: tuple[MatterSpec, ...] = (
    MatterSpec(
        code="02202000100",
        name="对生产经营单位的决策机构、主要负责人或者个人经营的投资人不依法保证安全生产所必需的资金投入的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 93, 1), Cite(SAFETY, 93, 2)),
        implements=(Cite(SAFETY, 23, 1),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202000200",
        name="对生产经营单位的主要负责人未履行安全生产管理职责的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 94, 1),),
        implements=(Cite(SAFETY, 5), Cite(SAFETY, 21)),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202000300",
        name="对生产经营单位的主要负责人未履行安全生产管理职责导致发生生产安全事故的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 95),),
        implements=(Cite(SAFETY, 21),),
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="02202000400",
        name="对生产经营单位的其他负责人和安全生产管理人员未履行安全生产管理职责的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 96),),
        implements=(Cite(SAFETY, 25, 1), Cite(SAFETY, 46, 1)),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=("suspend_licence", "revoke_licence"),
    ),
    MatterSpec(
        code="02202000500",
        name="对生产经营单位未按照规定设置安全生产管理机构或者配备安全生产管理人员、注册安全工程师的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 97, item=1),),
        implements=(Cite(SAFETY, 24), Cite(SAFETY, 27, 3)),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202000600",
        name=(
            "对危险物品的生产、经营、储存、装卸单位以及矿山、金属冶炼、建筑施工、运输单位的主要负责人和"
            "安全生产管理人员未按照规定经考核合格的行政处罚"
        ),
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 97, item=2),),
        implements=(Cite(SAFETY, 27, 2),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202000700",
        name=(
            "对生产经营单位未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训，"
            "或者未按照规定如实告知有关的安全生产事项的行政处罚"
        ),
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 97, item=3),),
        implements=(Cite(SAFETY, 28, 1), Cite(SAFETY, 28, 2), Cite(SAFETY, 28, 3), Cite(SAFETY, 44, 1)),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    # Entrusted to 江滨街道 (demo.data.ENTRUSTMENTS lists it under this exact name).
    MatterSpec(
        code="02202000800",
        name="生产经营单位未如实记录安全生产教育培训情况的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 97, item=4),),
        implements=(Cite(SAFETY, 28, 4),),
        street="entrusted",
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202000900",
        name="对生产经营单位未将事故隐患排查治理情况如实记录或者未向从业人员通报的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 97, item=5),),
        implements=(Cite(SAFETY, 41, 2),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001000",
        name="对生产经营单位未按照规定制定生产安全事故应急救援预案或者未定期组织演练的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 97, item=6),),
        implements=(Cite(SAFETY, 81),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001100",
        name="对特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 97, item=7),),
        implements=(Cite(SAFETY, 30, 1),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001200",
        name="对生产经营单位未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 99, item=1),),
        implements=(Cite(SAFETY, 35),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001300",
        name=(
            "对生产经营单位关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，"
            "或者篡改、隐瞒、销毁其相关数据、信息的行政处罚"
        ),
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 99, item=4),),
        implements=(Cite(SAFETY, 36, 3),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001400",
        name="对生产经营单位未为从业人员提供符合国家标准或者行业标准的劳动防护用品的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 99, item=5),),
        implements=(Cite(SAFETY, 45),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001500",
        name="对餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 99, item=8),),
        implements=(Cite(SAFETY, 36, 4),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001600",
        name=(
            "对生产、经营、运输、储存、使用危险物品或者处置废弃危险物品，未建立专门安全管理制度、"
            "未采取可靠的安全措施的行政处罚"
        ),
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 101, item=1),),
        implements=(Cite(SAFETY, 39, 2),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001700",
        name="对生产经营单位未对重大危险源登记建档，或者未进行定期检测、评估、监控，未制定应急预案，或者未告知应急措施的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 101, item=2),),
        implements=(Cite(SAFETY, 40, 1),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001800",
        name="对生产经营单位进行爆破、吊装、动火、临时用电等危险作业未安排专门人员进行现场安全管理的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 101, item=3),),
        implements=(Cite(SAFETY, 43),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202001900",
        name="对生产经营单位未采取措施消除事故隐患的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 102),),
        implements=(Cite(SAFETY, 41, 2),),
        av_steps=PENALTY_AV_HEARING,
        # The district's 法制审核目录 lists every 事故隐患 fine of 3万元 or more for organisations.
        major_fine_org=D("30000"),
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202002000",
        name="对生产经营单位将生产经营项目、场所、设备发包或者出租给不具备安全生产条件或者相应资质的单位或者个人的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 103, 1),),
        implements=(Cite(SAFETY, 49, 1),),
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="02202002100",
        name=(
            "对生产经营场所和员工宿舍未设有符合紧急疏散需要、标志明显、保持畅通的出口、疏散通道，"
            "或者占用、锁闭、封堵生产经营场所或者员工宿舍出口、疏散通道的行政处罚"
        ),
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 105, item=2),),
        implements=(Cite(SAFETY, 42, 2),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202002200",
        name="对生产经营单位拒绝、阻碍负有安全生产监督管理职责的部门依法实施监督检查的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 108),),
        implements=(Cite(SAFETY, 66),),
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="02202002300",
        name="对高危行业、领域的生产经营单位未按照国家规定投保安全生产责任保险的行政处罚",
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 109),),
        implements=(Cite(SAFETY, 51, 2),),
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="02202002400",
        name=(
            "对生产经营单位的主要负责人在本单位发生生产安全事故时不立即组织抢救或者在事故调查处理期间擅离职守，"
            "或者对生产安全事故隐瞒不报、谎报或者迟报的行政处罚"
        ),
        kind="penalty",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        # 逃匿者的拘留由公安机关决定（第一百一十五条），本事项只含罚款。
        establishes=(Cite(SAFETY, 110, 1), Cite(SAFETY, 110, 2)),
        implements=(Cite(SAFETY, 50), Cite(SAFETY, 83, 2)),
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="06202002500",
        name="对生产经营单位执行有关安全生产的法律、法规和国家标准或者行业标准情况的监督检查",
        kind="inspection",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 65, 1),),
        implements=(Cite(SAFETY, 10, 1), Cite(SAFETY, 62, 2)),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="general",
            subject="区应急管理局",
            target="辖区工贸行业生产经营单位",
            content="全员安全生产责任制、安全生产教育和培训、安全风险分级管控和隐患排查治理、应急救援预案及演练等情况",
            ratio_percent=D("5"),
            frequency="每年不少于1次",
            method="现场检查、书面检查",
        ),
        checklist=(
            "是否建立健全并落实全员安全生产责任制和安全生产规章制度、操作规程",
            "是否按照规定设置安全生产管理机构或者配备安全生产管理人员",
            "是否对从业人员进行安全生产教育和培训，并建立培训档案如实记录培训的时间、内容、参加人员以及考核结果",
            "特种作业人员是否经专门的安全作业培训并取得相应资格上岗作业",
            "是否建立安全风险分级管控制度和事故隐患排查治理制度，隐患排查治理情况是否如实记录并向从业人员通报",
            "是否制定生产安全事故应急救援预案并定期组织演练",
            "生产经营场所和员工宿舍的出口、疏散通道是否标志明显、保持畅通",
        ),
    ),
    # Entrusted to 江滨街道 (demo.data.ENTRUSTMENTS lists it under this exact name).
    MatterSpec(
        code="06202002600",
        name="辖区小微企业安全生产行政检查",
        kind="inspection",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 65, 1),),
        implements=(Cite(SAFETY, 9, 2), Cite(SAFETY, 62, 2)),
        street="entrusted",
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="general",
            subject="区应急管理局",
            target="辖区从业人员较少的小微生产经营单位（含沿街餐饮、小作坊、小仓储）",
            content="安全生产管理人员配备、安全生产教育和培训及其记录、安全警示标志、劳动防护用品、燃气报警装置、疏散通道",
            ratio_percent=D("10"),
            frequency="每年不少于1次",
            method="现场检查",
        ),
        checklist=(
            "是否配备专职或者兼职的安全生产管理人员",
            "是否对从业人员进行安全生产教育和培训，并如实记录培训的时间、内容、参加人员以及考核结果",
            "是否在有较大危险因素的场所和设施、设备上设置明显的安全警示标志",
            "是否为从业人员提供符合国家标准或者行业标准的劳动防护用品",
            "使用燃气的餐饮等场所是否安装可燃气体报警装置并保障其正常使用",
            "出口、疏散通道是否保持畅通，有无占用、锁闭、封堵",
        ),
    ),
    MatterSpec(
        code="06202002700",
        name="对危险物品生产、经营、储存、使用单位安全生产状况的监督检查",
        kind="inspection",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 65, 1),),
        implements=(Cite(SAFETY, 39, 2), Cite(SAFETY, 40, 1)),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="key",
            subject="区应急管理局",
            target="辖区危险化学品经营、储存、使用单位和构成重大危险源的单位",
            content="危险物品专门安全管理制度和安全措施、重大危险源管理和备案、人员考核、应急救援组织和器材",
            ratio_percent=D("100"),
            frequency="每年不少于2次",
            method="现场检查、书面检查、专家核查",
        ),
        checklist=(
            "是否建立危险物品专门安全管理制度并采取可靠的安全措施",
            "重大危险源是否登记建档，是否进行定期检测、评估、监控并制定应急预案",
            "重大危险源及有关安全措施、应急措施是否报应急管理部门和有关部门备案",
            "主要负责人和安全生产管理人员是否经考核合格",
            "危险物品的生产、储存单位是否有注册安全工程师从事安全生产管理工作",
            "危险物品的车间、商店、仓库是否与员工宿舍在同一座建筑物内或者安全距离不足",
            "是否建立应急救援组织或者指定兼职应急救援人员，并配备必要的应急救援器材、设备和物资",
        ),
    ),
    MatterSpec(
        code="03202002800",
        name=(
            "查封、扣押不符合保障安全生产的国家标准或者行业标准的设施、设备、器材以及违法生产、储存、使用、"
            "经营、运输的危险物品，查封违法生产、储存、使用、经营危险物品的作业场所"
        ),
        kind="coercion",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 65, 1, 4),),
        av_steps=SEIZURE_AV,
    ),
    MatterSpec(
        code="03202002900",
        name="对重大事故隐患责令从危险区域内撤出作业人员，责令暂时停产停业或者停止使用相关设施、设备",
        kind="coercion",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 65, 1, 3),),
        av_steps=("on_site_inspection", "service"),
    ),
    MatterSpec(
        code="03202003000",
        name="对拒不执行停产停业、停止施工、停止使用相关设施或者设备决定的生产经营单位通知有关单位停止供电、停止供应民用爆炸物品",
        kind="coercion",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 70, 1), Cite(SAFETY, 70, 2)),
        av_steps=("on_site_inspection", "coercive_execution", "service"),
    ),
    MatterSpec(
        code="08202003100",
        name="对报告重大事故隐患或者举报安全生产违法行为的有功人员的奖励",
        kind="reward",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 76),),
        implements=(Cite(SAFETY, 73, 1), Cite(SAFETY, 74, 1)),
    ),
    MatterSpec(
        code="10202003200",
        name="生产经营单位重大危险源及有关安全措施、应急措施备案",
        kind="other",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 40, 2),),
    ),
    MatterSpec(
        code="10202003300",
        name="对存在重大事故隐患多次受到行政处罚等情形的生产经营单位提请地方人民政府予以关闭",
        kind="other",
        domain="emergency",
        body=EMERGENCY_BUREAU,
        establishes=(Cite(SAFETY, 113),),
        implements=(Cite(SAFETY, 115),),
        av_steps=("investigation", "service"),
    ),
)


# ---------------------------------------------------------------------------------------------------------
# Matters: 应急管理 (区消防救援大队, 《消防法》)
# ---------------------------------------------------------------------------------------------------------

FIRE_MATTERS: tuple[MatterSpec, ...] = (
    MatterSpec(
        code="01202003400",
        name="公众聚集场所投入使用、营业前消防安全检查",
        kind="licence",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 15, 1), Cite(FIRE, 15, 2), Cite(FIRE, 15, 3), Cite(FIRE, 15, 4)),
        av_steps=LICENCE_AV,
    ),
    MatterSpec(
        code="06202003500",
        name="对机关、团体、企业、事业等单位遵守消防法律、法规情况的监督检查",
        kind="inspection",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 53, 1),),
        implements=(Cite(FIRE, 16, 1), Cite(FIRE, 17, 2)),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="key",
            subject="区消防救援大队",
            target="辖区消防安全重点单位",
            content="消防安全责任制、消防设施器材、疏散通道和安全出口、防火检查巡查、消防安全培训和演练",
            ratio_percent=D("100"),
            frequency="每年不少于1次",
            method="现场检查",
        ),
        checklist=(
            "是否落实消防安全责任制，制定本单位的消防安全制度、消防安全操作规程和灭火和应急疏散预案",
            "消防设施、器材和消防安全标志是否按照国家标准、行业标准配置、设置并保持完好有效",
            "建筑消防设施是否每年至少进行一次全面检测，检测记录是否完整准确并存档备查",
            "疏散通道、安全出口、消防车通道是否畅通，防火防烟分区、防火间距是否符合消防技术标准",
            "是否组织防火检查、及时消除火灾隐患，是否组织有针对性的消防演练",
            "是否确定消防安全管理人、建立消防档案、实行每日防火巡查并建立巡查记录",
            "人员密集场所的门窗上是否设置影响逃生和灭火救援的障碍物",
        ),
    ),
    MatterSpec(
        code="06202003600",
        name="对作出告知承诺的公众聚集场所的消防安全核查",
        kind="inspection",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 15, 2),),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="key",
            subject="区消防救援大队",
            target="以告知承诺方式取得投入使用、营业前消防安全检查许可的公众聚集场所",
            content="场所使用、营业情况与承诺内容是否相符，是否符合消防技术标准和管理规定",
            ratio_percent=D("100"),
            frequency="许可后及时核查",
            method="现场核查",
        ),
        checklist=(
            "场所使用、营业情况是否与承诺内容相符",
            "申请时提交的材料是否真实",
            "消防设施、器材是否按照国家标准、行业标准配置并保持完好有效",
            "疏散通道、安全出口是否畅通，疏散指示标志、应急照明是否完好",
            "室内装修、装饰是否按照消防技术标准的要求使用不燃、难燃材料",
        ),
    ),
    MatterSpec(
        code="03202003700",
        name="对不及时消除火灾隐患可能严重威胁公共安全的危险部位或者场所实施临时查封",
        kind="coercion",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 54),),
        av_steps=("on_site_inspection", "seizure", "service"),
    ),
    MatterSpec(
        code="03202003800",
        name="对占用、堵塞、封闭疏散通道、安全出口、消防车通道等行为经责令改正拒不改正的强制执行",
        kind="coercion",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 60, 3),),
        av_steps=("on_site_inspection", "coercive_execution", "service"),
    ),
    MatterSpec(
        code="07202003900",
        name="火灾事故认定",
        kind="confirmation",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 51, 1), Cite(FIRE, 51, 3)),
        av_steps=("on_site_inspection", "investigation", "service"),
    ),
    MatterSpec(
        code="02202004000",
        name="对公众聚集场所未经消防救援机构许可擅自投入使用、营业或者使用、营业情况与承诺内容不符的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 58, 1, 4),),
        implements=(Cite(FIRE, 15, 4),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02202004100",
        name="对单位消防设施、器材或者消防安全标志的配置、设置不符合国家标准、行业标准，或者未保持完好有效的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 60, 1, 1),),
        implements=(Cite(FIRE, 16, 1, 2),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02202004200",
        name="对单位损坏、挪用或者擅自拆除、停用消防设施、器材的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 60, 1, 2),),
        implements=(Cite(FIRE, 28),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02202004300",
        name="对单位占用、堵塞、封闭疏散通道、安全出口或者有其他妨碍安全疏散行为的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 60, 1, 3),),
        implements=(Cite(FIRE, 16, 1, 4), Cite(FIRE, 28)),
        av_steps=PENALTY_AV,
        # The district's 法制审核目录 lists fines of 3万元 or more for this matter.
        major_fine_org=D("30000"),
    ),
    MatterSpec(
        code="02202004400",
        name="对单位占用、堵塞、封闭消防车通道，妨碍消防车通行的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 60, 1, 5),),
        implements=(Cite(FIRE, 16, 1, 4), Cite(FIRE, 28)),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02202004500",
        name="对单位火灾隐患经消防救援机构通知后不及时采取措施消除的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 60, 1, 7),),
        implements=(Cite(FIRE, 16, 1, 5), Cite(FIRE, 54)),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02202004600",
        name="对个人损坏、挪用或者擅自拆除、停用消防设施、器材，占用、堵塞、封闭疏散通道、安全出口、消防车通道等行为的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 60, 2),),
        implements=(Cite(FIRE, 28),),
        av_steps=PENALTY_AV_SUMMARY,
    ),
    MatterSpec(
        code="02202004700",
        name="对生产、储存、经营易燃易爆危险品的场所与居住场所设置在同一建筑物内或者未与居住场所保持安全距离的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 61, 1), Cite(FIRE, 61, 2)),
        implements=(Cite(FIRE, 19, 1), Cite(FIRE, 19, 2)),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    # 第六十三条: 警告、罚款由消防救援机构决定；情节严重的拘留由公安机关决定（第七十条第一款），不在本事项内。
    MatterSpec(
        code="02202004800",
        name="对违反规定使用明火作业或者在具有火灾、爆炸危险的场所吸烟、使用明火的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 63, item=2),),
        implements=(Cite(FIRE, 21, 1),),
        av_steps=PENALTY_AV_SUMMARY,
    ),
    MatterSpec(
        code="02202004900",
        name="对电器产品、燃气用具的安装、使用及其线路、管路的设计、敷设、维护保养、检测不符合消防技术标准和管理规定的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 66),),
        implements=(Cite(FIRE, 27, 2),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02202005000",
        name="对机关、团体、企业、事业等单位不履行消防安全职责逾期不改正的直接负责的主管人员和其他直接责任人员的行政处罚",
        kind="penalty",
        domain="emergency",
        body=FIRE_BRIGADE,
        establishes=(Cite(FIRE, 67),),
        implements=(Cite(FIRE, 16, 1), Cite(FIRE, 17, 2), Cite(FIRE, 18, 1), Cite(FIRE, 21, 2)),
        av_steps=PENALTY_AV,
    ),
)


# ---------------------------------------------------------------------------------------------------------
# Matters: 生态环境 (清江生态环境分局, 《大气污染防治法》《固体废物污染环境防治法》)
# ---------------------------------------------------------------------------------------------------------

ECOLOGY_MATTERS: tuple[MatterSpec, ...] = (
    MatterSpec(
        code="02203000100",
        name="对以拒绝进入现场等方式拒不接受大气污染防治监督检查或者在接受监督检查时弄虚作假的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 98),),
        implements=(Cite(AIR, 29),),
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="02203000200",
        name="对未依法取得排污许可证排放大气污染物的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 99, item=1),),
        implements=(Cite(AIR, 19),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203000300",
        name="对超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 99, item=2),),
        implements=(Cite(AIR, 18),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203000400",
        name="对通过逃避监管的方式排放大气污染物的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 99, item=3),),
        implements=(Cite(AIR, 20, 2),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203000500",
        name="对未按照规定对所排放的工业废气和有毒有害大气污染物进行监测并保存原始监测记录的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 100, item=2),),
        implements=(Cite(AIR, 24, 1),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02203000600",
        name=(
            "对未按照规定安装、使用大气污染物排放自动监测设备或者未按照规定与生态环境主管部门的监控设备联网，"
            "并保证监测设备正常运行的行政处罚"
        ),
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 100, item=3),),
        implements=(Cite(AIR, 24, 1),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02203000700",
        name="对单位燃用不符合质量标准的煤炭、石油焦的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 105),),
        implements=(Cite(AIR, 35, 1), Cite(AIR, 37, 2)),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02203000800",
        name="对在禁燃区内新建、扩建燃用高污染燃料的设施，或者未按照规定停止燃用高污染燃料的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 107, 1),),
        implements=(Cite(AIR, 38, 2),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=("confiscate_property",),
    ),
    MatterSpec(
        code="02203000900",
        name=(
            "对产生含挥发性有机物废气的生产和服务活动，未在密闭空间或者设备中进行，未按照规定安装、使用污染防治设施，"
            "或者未采取减少废气排放措施的行政处罚"
        ),
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 108, item=1),),
        implements=(Cite(AIR, 45),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02203001000",
        name="对储油储气库、加油加气站和油罐车、气罐车等未按照国家有关规定安装并正常使用油气回收装置的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 108, item=4),),
        implements=(Cite(AIR, 47, 2),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02203001100",
        name="对使用排放不合格的非道路移动机械，或者在用重型柴油车、非道路移动机械未按照规定加装、更换污染控制装置的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 114, 1),),
        implements=(Cite(AIR, 56), Cite(AIR, 59)),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02203001200",
        name="对企业事业单位和其他生产经营者未采取措施防止排放恶臭气体的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 117, item=8),),
        implements=(Cite(AIR, 80),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02203001300",
        name="对从事服装干洗和机动车维修等服务活动，未设置异味和废气处理装置等污染防治设施并保持正常使用，影响周边环境的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 120),),
        implements=(Cite(AIR, 84),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02203001400",
        name="对产生、收集、贮存、运输、利用、处置固体废物的单位未依法及时公开固体废物污染环境防治信息的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 102, 1, 1), Cite(WASTE, 102, 2)),
        implements=(Cite(WASTE, 29, 2),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203001500",
        name="对产生工业固体废物的单位未建立固体废物管理台账并如实记录的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 102, 1, 8), Cite(WASTE, 102, 2)),
        implements=(Cite(WASTE, 36, 1),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203001600",
        name=(
            "对擅自倾倒、堆放、丢弃、遗撒工业固体废物，或者未采取相应防范措施，造成工业固体废物扬散、流失、渗漏"
            "或者其他环境污染的行政处罚"
        ),
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 102, 1, 7), Cite(WASTE, 102, 2)),
        implements=(Cite(WASTE, 20, 1),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203001700",
        name="对以拖延、围堵、滞留执法人员等方式拒绝、阻挠固体废物污染环境防治监督检查，或者在接受监督检查时弄虚作假的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 103),),
        implements=(Cite(WASTE, 26, 1),),
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="02203001800",
        name="对从事畜禽规模养殖未及时收集、贮存、利用或者处置养殖过程中产生的畜禽粪污等固体废物的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 107),),
        implements=(Cite(WASTE, 65, 2),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203001900",
        name="对未按照规定设置危险废物识别标志的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 112, 1, 1), Cite(WASTE, 112, 2)),
        implements=(Cite(WASTE, 77),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203002000",
        name="对未按照国家有关规定制定危险废物管理计划或者申报危险废物有关资料的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 112, 1, 2), Cite(WASTE, 112, 2)),
        implements=(Cite(WASTE, 78, 1), Cite(WASTE, 78, 2)),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203002100",
        name="对擅自倾倒、堆放危险废物的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 112, 1, 3), Cite(WASTE, 112, 2)),
        implements=(Cite(WASTE, 79),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203002200",
        name="对未按照国家有关规定填写、运行危险废物转移联单或者未经批准擅自转移危险废物的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 112, 1, 5), Cite(WASTE, 112, 2)),
        implements=(Cite(WASTE, 82, 1), Cite(WASTE, 82, 2)),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="02203002300",
        name="对无许可证从事收集、贮存、利用、处置危险废物经营活动的行政处罚",
        kind="penalty",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 114, 1),),
        implements=(Cite(WASTE, 80, 1), Cite(WASTE, 80, 2)),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION_CLOSURE,
    ),
    MatterSpec(
        code="06203002400",
        name="对排放大气污染物的企业事业单位和其他生产经营者的监督检查",
        kind="inspection",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 29),),
        implements=(Cite(AIR, 5, 1),),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="general",
            subject="市生态环境局清江分局",
            target="辖区排放大气污染物的企业事业单位和其他生产经营者（重点排污单位除外）",
            content="排污许可、达标排放、排放口设置、自行监测和原始记录、挥发性有机物和扬尘污染防治措施",
            ratio_percent=D("5"),
            frequency="每年不少于1次",
            method="现场检查、现场监测、查阅资料",
        ),
        checklist=(
            "是否依法取得排污许可证并按照排污许可证排放大气污染物",
            "大气污染物排放是否符合排放标准和重点大气污染物排放总量控制要求",
            "是否按照规定设置大气污染物排放口",
            "是否按照规定对所排放的工业废气进行监测并保存原始监测记录",
            "重点排污单位是否安装、使用自动监测设备并与生态环境主管部门的监控设备联网、保证正常运行",
            "产生含挥发性有机物废气的生产活动是否在密闭空间或者设备中进行，污染防治设施是否正常使用",
            "煤炭、砂土等易产生扬尘的物料是否密闭，不能密闭的是否设置严密围挡并有效覆盖",
        ),
    ),
    MatterSpec(
        code="06203002500",
        name="对产生、收集、贮存、运输、利用、处置危险废物的单位的监督检查",
        kind="inspection",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 26, 1),),
        implements=(Cite(WASTE, 85),),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="key",
            subject="市生态环境局清江分局",
            target="辖区危险废物重点监管单位和危险废物经营单位",
            content="危险废物管理计划和台账、申报、识别标志、贮存、转移联单、委托处置、意外事故应急预案",
            ratio_percent=D("100"),
            frequency="每年不少于1次",
            method="现场检查、采集样品、查阅或者复制资料",
        ),
        checklist=(
            "是否按照国家有关规定制定危险废物管理计划并报所在地生态环境主管部门备案",
            "是否建立危险废物管理台账并如实记录，是否通过国家危险废物信息管理系统申报有关资料",
            "危险废物的容器和包装物以及贮存设施、场所是否设置危险废物识别标志",
            "是否按照危险废物特性分类贮存，有无将危险废物混入非危险废物中贮存",
            "转移危险废物是否填写、运行危险废物转移联单",
            "是否将危险废物提供或者委托给无许可证的单位或者其他生产经营者",
            "是否制定意外事故的防范措施和应急预案并备案",
        ),
    ),
    MatterSpec(
        code="03203002600",
        name="对违法排放大气污染物造成或者可能造成严重大气污染，或者有关证据可能灭失或者被隐匿的有关设施、设备、物品的查封、扣押",
        kind="coercion",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 30),),
        av_steps=SEIZURE_AV,
    ),
    MatterSpec(
        code="03203002700",
        name="对违法收集、贮存、运输、利用、处置的固体废物及设施、设备、场所、工具、物品的查封、扣押",
        kind="coercion",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 27),),
        av_steps=SEIZURE_AV,
    ),
    MatterSpec(
        code="08203002800",
        name="对实名举报大气污染环境违法行为查证属实的举报人的奖励",
        kind="reward",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(AIR, 31, 2),),
    ),
    MatterSpec(
        code="08203002900",
        name="对实名举报固体废物污染环境违法行为查证属实的举报人的奖励",
        kind="reward",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 31, 3),),
        implements=(Cite(WASTE, 31, 1),),
    ),
    MatterSpec(
        code="10203003000",
        name="产生、收集、贮存、运输、利用、处置危险废物的单位意外事故防范措施和应急预案备案",
        kind="other",
        domain="ecology",
        body=ECOLOGY_BRANCH,
        establishes=(Cite(WASTE, 85),),
    ),
)


# ---------------------------------------------------------------------------------------------------------
# Matters: 城市管理 (区城管执法局; 大气 provisions for "县级以上地方人民政府确定的监督管理部门", 固废 第一百一十一条
# for the 环境卫生主管部门)
# ---------------------------------------------------------------------------------------------------------

URBAN_MATTERS: tuple[MatterSpec, ...] = (
    MatterSpec(
        code="02204000100",
        name="对运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆，未采取密闭或者其他措施防止物料遗撒的行政处罚",
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(AIR, 116),),
        implements=(Cite(AIR, 70, 1),),
        street="delegated",
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02204000200",
        name=(
            "对排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，"
            "超过排放标准排放油烟的行政处罚"
        ),
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(AIR, 118, 1),),
        implements=(Cite(AIR, 81, 1),),
        av_steps=PENALTY_AV,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02204000300",
        name=(
            "对在居民住宅楼、未配套设立专用烟道的商住综合楼、商住综合楼内与居住层相邻的商业楼层内新建、改建、扩建"
            "产生油烟、异味、废气的餐饮服务项目的行政处罚"
        ),
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(AIR, 118, 2),),
        implements=(Cite(AIR, 81, 2),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=("order_closure",),
    ),
    MatterSpec(
        code="02204000400",
        name="对在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的行政处罚",
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(AIR, 118, 3),),
        implements=(Cite(AIR, 81, 3),),
        street="delegated",
        av_steps=("on_site_inspection", "investigation", "evidence_preservation", "service"),
    ),
    MatterSpec(
        code="02204000500",
        name="对露天焚烧秸秆、落叶等产生烟尘污染的物质的行政处罚",
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(AIR, 119, 1),),
        implements=(Cite(AIR, 77),),
        street="delegated",
        av_steps=PENALTY_AV_SUMMARY,
    ),
    MatterSpec(
        code="02204000600",
        name=(
            "对在人口集中地区和其他依法需要特殊保护的区域内，焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他"
            "产生有毒有害烟尘和恶臭气体的物质的行政处罚"
        ),
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(AIR, 119, 2),),
        implements=(Cite(AIR, 82, 1),),
        street="delegated",
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02204000700",
        name="对拒不执行停止工地土石方作业或者建筑物拆除施工等重污染天气应急措施的行政处罚",
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(AIR, 121, 2),),
        implements=(Cite(AIR, 96, 1),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02204000800",
        name="对随意倾倒、抛撒、堆放或者焚烧生活垃圾的行政处罚",
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(WASTE, 111, 1, 1), Cite(WASTE, 111, 2)),
        implements=(Cite(WASTE, 49, 2),),
        street="delegated",
        av_steps=PENALTY_AV_SUMMARY,
    ),
    MatterSpec(
        code="02204000900",
        name="对工程施工单位未编制建筑垃圾处理方案报备案，或者未及时清运施工过程中产生的固体废物的行政处罚",
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(WASTE, 111, 1, 3), Cite(WASTE, 111, 2)),
        implements=(Cite(WASTE, 63, 1), Cite(WASTE, 63, 2)),
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="02204001000",
        name=(
            "对工程施工单位擅自倾倒、抛撒或者堆放工程施工过程中产生的建筑垃圾，或者未按照规定对施工过程中产生的"
            "固体废物进行利用或者处置的行政处罚"
        ),
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(WASTE, 111, 1, 4), Cite(WASTE, 111, 2)),
        implements=(Cite(WASTE, 63, 2), Cite(WASTE, 63, 3)),
        street="delegated",
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="02204001100",
        name="对产生、收集厨余垃圾的单位和其他生产经营者未将厨余垃圾交由具备相应资质条件的单位进行无害化处理的行政处罚",
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(WASTE, 111, 1, 5), Cite(WASTE, 111, 2)),
        implements=(Cite(WASTE, 57, 2),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02204001200",
        name="对在运输过程中沿途丢弃、遗撒生活垃圾的行政处罚",
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(WASTE, 111, 1, 7), Cite(WASTE, 111, 2)),
        implements=(Cite(WASTE, 50, 1),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02204001300",
        name="对未在指定的地点分类投放生活垃圾的行政处罚",
        kind="penalty",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(WASTE, 111, 3),),
        implements=(Cite(WASTE, 49, 1), Cite(WASTE, 49, 2)),
        street="delegated",
        av_steps=PENALTY_AV_SUMMARY,
    ),
    MatterSpec(
        code="06204001400",
        name="对餐饮服务业经营者油烟排放和露天烧烤的监督检查",
        kind="inspection",
        domain="urban",
        body=URBAN_BUREAU,
        establishes=(Cite(AIR, 29),),
        implements=(Cite(AIR, 81, 1), Cite(AIR, 81, 3)),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="general",
            subject="区城市管理和综合执法局",
            target="辖区排放油烟的餐饮服务业经营者",
            content="油烟净化设施安装和使用、油烟达标排放、餐饮项目选址、露天烧烤、厨余垃圾处理",
            ratio_percent=D("5"),
            frequency="每年不少于1次",
            method="现场检查",
        ),
        checklist=(
            "是否安装油烟净化设施并保持正常使用，或者采取其他油烟净化措施",
            "油烟是否达标排放，有无对附近居民的正常生活环境造成污染",
            "是否在居民住宅楼、未配套设立专用烟道的商住综合楼等区域内新建、改建、扩建产生油烟的餐饮服务项目",
            "是否在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地",
            "厨余垃圾是否交由具备相应资质条件的单位进行无害化处理",
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------
# Matters: 自然资源 (区自然资源局, 《城乡规划法》)
#
# 城市、镇规划区内的违法建设（第六十四条）由区自然资源局查处，按条文由城乡规划主管部门行使。若本区依相对集中
# 行政处罚权把该项划入区城管执法局，改 ``body``/``domain`` 即可；这里按条文归属自然资源。
# ---------------------------------------------------------------------------------------------------------

PLANNING_MATTERS: tuple[MatterSpec, ...] = (
    MatterSpec(
        code="01205000100",
        name="建设用地规划许可证核发",
        kind="licence",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 37, 1), Cite(PLANNING, 38, 2)),
        levels=("city", "county"),
        av_steps=LICENCE_AV,
    ),
    MatterSpec(
        code="01205000200",
        name="建设工程规划许可证核发",
        kind="licence",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 40, 1), Cite(PLANNING, 40, 2)),
        levels=("city", "county"),
        av_steps=LICENCE_AV,
    ),
    MatterSpec(
        code="01205000300",
        name="乡村建设规划许可证核发",
        kind="licence",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 41, 1), Cite(PLANNING, 41, 3)),
        levels=("city", "county"),
        av_steps=LICENCE_AV,
    ),
    MatterSpec(
        code="01205000400",
        name="城市、镇规划区内临时建设批准",
        kind="licence",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 44, 1),),
        levels=("city", "county"),
        av_steps=LICENCE_AV,
    ),
    MatterSpec(
        code="07205000500",
        name="建设工程规划条件核实",
        kind="confirmation",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 45, 1),),
        av_steps=LICENCE_AV,
    ),
    MatterSpec(
        code="06205000600",
        name="对城乡规划实施情况的监督检查",
        kind="inspection",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 53, 1),),
        implements=(Cite(PLANNING, 51),),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="general",
            subject="区自然资源局",
            target="辖区城市、镇规划区内在建建设工程的建设单位和个人",
            content="建设用地规划许可、建设工程规划许可及许可内容的执行、临时建设、规划条件核实和竣工验收资料报送",
            ratio_percent=D("5"),
            frequency="每年不少于1次",
            method="现场检查、勘测、查阅资料",
        ),
        checklist=(
            "是否取得建设用地规划许可证、建设工程规划许可证",
            "是否按照建设工程规划许可证和规划条件进行建设",
            "临时建设是否经批准并按照批准内容进行，是否在批准的使用期限内自行拆除",
            "建设工程是否经规划条件核实后组织竣工验收",
            "是否在竣工验收后六个月内向城乡规划主管部门报送有关竣工验收资料",
            "城乡规划确定的需要依法保护的用地是否被擅自改变用途",
        ),
    ),
    MatterSpec(
        code="02205000700",
        name="对未取得建设工程规划许可证进行建设的行政处罚",
        kind="penalty",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 64),),
        implements=(Cite(PLANNING, 40, 1),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=("confiscate_property",),
    ),
    MatterSpec(
        code="02205000800",
        name="对未按照建设工程规划许可证的规定进行建设的行政处罚",
        kind="penalty",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 64),),
        implements=(Cite(PLANNING, 40, 2), Cite(PLANNING, 43, 1)),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=("confiscate_property",),
    ),
    MatterSpec(
        code="02205000900",
        name="对未经批准进行临时建设、未按照批准内容进行临时建设或者临时建筑物、构筑物超过批准期限不拆除的行政处罚",
        kind="penalty",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 66, item=1), Cite(PLANNING, 66, item=2), Cite(PLANNING, 66, item=3)),
        implements=(Cite(PLANNING, 44, 1), Cite(PLANNING, 44, 2)),
        street="delegated",
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02205001000",
        name="对建设单位未在建设工程竣工验收后六个月内向城乡规划主管部门报送有关竣工验收资料的行政处罚",
        kind="penalty",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 67),),
        implements=(Cite(PLANNING, 45, 2),),
        av_steps=PENALTY_AV,
    ),
    # 第六十五条由乡、镇人民政府自行行使；区自然资源局在清单中维护该行，供乡镇清单引用。
    MatterSpec(
        code="03205001100",
        name="对在乡、村庄规划区内未依法取得乡村建设规划许可证或者未按照乡村建设规划许可证的规定进行建设，逾期不改正的拆除",
        kind="coercion",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 65),),
        implements=(Cite(PLANNING, 41, 1),),
        levels=("township",),
        av_steps=("on_site_inspection", "investigation", "forced_demolition", "service"),
    ),
    MatterSpec(
        code="03205001200",
        name="对不停止建设或者逾期不拆除的违法建设采取查封施工现场、强制拆除措施",
        kind="coercion",
        domain="natural_resources",
        body=NATURAL_RESOURCES_BUREAU,
        establishes=(Cite(PLANNING, 68),),
        av_steps=("on_site_inspection", "seizure", "forced_demolition", "service"),
    ),
)


# ---------------------------------------------------------------------------------------------------------
# Matters: 住房城乡建设 (区住建局: 《大气污染防治法》施工扬尘, 《消防法》第五十八条第一款第（一）、（二）项)
# ---------------------------------------------------------------------------------------------------------

HOUSING_MATTERS: tuple[MatterSpec, ...] = (
    MatterSpec(
        code="02208000100",
        name=(
            "对施工工地未设置硬质围挡，或者未采取覆盖、分段作业、择时施工、洒水抑尘、冲洗地面和车辆等有效防尘降尘"
            "措施的行政处罚"
        ),
        kind="penalty",
        domain="housing",
        body=HOUSING_BUREAU,
        establishes=(Cite(AIR, 115, 1, 1),),
        implements=(Cite(AIR, 69, 3),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02208000200",
        name=(
            "对建设单位未对暂时不能开工的建设用地的裸露地面进行覆盖，或者未对超过三个月不能开工的建设用地的裸露地面"
            "进行绿化、铺装或者遮盖的行政处罚"
        ),
        kind="penalty",
        domain="housing",
        body=HOUSING_BUREAU,
        establishes=(Cite(AIR, 115, 2),),
        implements=(Cite(AIR, 69, 5),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02208000300",
        name="对依法应当进行消防设计审查的建设工程，未经依法审查或者审查不合格，擅自施工的行政处罚",
        kind="penalty",
        domain="housing",
        body=HOUSING_BUREAU,
        establishes=(Cite(FIRE, 58, 1, 1),),
        implements=(Cite(FIRE, 12),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02208000400",
        name="对依法应当进行消防验收的建设工程，未经消防验收或者消防验收不合格，擅自投入使用的行政处罚",
        kind="penalty",
        domain="housing",
        body=HOUSING_BUREAU,
        establishes=(Cite(FIRE, 58, 1, 2),),
        implements=(Cite(FIRE, 13, 3),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
)


# ---------------------------------------------------------------------------------------------------------
# Matters: 交通运输 (区交通局, 《道路运输条例》)
# ---------------------------------------------------------------------------------------------------------

ROAD_MATTERS: tuple[MatterSpec, ...] = (
    MatterSpec(
        code="01207000100",
        name="道路旅客运输经营许可（县级行政区域内和毗邻县行政区域间）",
        kind="licence",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 10, 1, 1), Cite(ROAD, 10, 2)),
        implements=(Cite(ROAD, 8), Cite(ROAD, 9)),
        av_steps=LICENCE_AV,
    ),
    MatterSpec(
        code="01207000200",
        name="道路货物运输经营许可（危险货物运输经营除外）",
        kind="licence",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 24, 1, 1), Cite(ROAD, 24, 2)),
        implements=(Cite(ROAD, 21), Cite(ROAD, 22)),
        av_steps=LICENCE_AV,
    ),
    MatterSpec(
        code="01207000300",
        name="道路旅客运输站（场）经营许可",
        kind="licence",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 39, 1),),
        implements=(Cite(ROAD, 36),),
        av_steps=LICENCE_AV,
    ),
    MatterSpec(
        code="10207000400",
        name="道路货物运输站（场）经营、机动车维修经营和机动车驾驶员培训备案",
        kind="other",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 39, 2),),
        implements=(Cite(ROAD, 36), Cite(ROAD, 37, 1), Cite(ROAD, 38)),
    ),
    MatterSpec(
        code="06207000500",
        name="对道路运输经营者及道路运输相关业务经营者的监督检查",
        kind="inspection",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 58, 2), Cite(ROAD, 60, 1)),
        implements=(Cite(ROAD, 7, 2), Cite(ROAD, 59)),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="general",
            subject="区交通运输局",
            target="辖区道路旅客运输、道路货物运输经营者和机动车维修、机动车驾驶员培训经营者",
            content="经营许可和备案、车辆营运证、驾驶人员条件、车辆维护和检测、应急预案、承运人责任险",
            ratio_percent=D("5"),
            frequency="每年不少于1次",
            method="现场检查、查阅复制资料",
        ),
        checklist=(
            "是否取得道路运输经营许可证并在许可范围内经营",
            "道路运输车辆是否随车携带车辆营运证，有无转让、出租道路运输许可证件",
            "从事客运、货运经营的驾驶人员是否符合规定条件",
            "是否按规定维护和检测运输车辆，有无擅自改装已取得车辆营运证的车辆",
            "是否制定交通事故、自然灾害以及其他突发事件的道路运输应急预案",
            "客运经营者、危险货物运输经营者是否按规定投保承运人责任险",
            "机动车维修经营者、机动车驾驶员培训机构是否按规定备案",
        ),
    ),
    MatterSpec(
        code="06207000600",
        name="对道路旅客运输站（场）经营者的监督检查",
        kind="inspection",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 58, 2), Cite(ROAD, 60, 1)),
        implements=(Cite(ROAD, 40, 1), Cite(ROAD, 41)),
        av_steps=INSPECTION_AV,
        inspection=InspectionSpec(
            category="key",
            subject="区交通运输局",
            target="辖区道路旅客运输站（场）经营者",
            content="出站车辆安全检查、进站车辆资质、按核定载客限额售票、危险品查堵、站务信息公布",
            ratio_percent=D("100"),
            frequency="每年不少于2次",
            method="现场检查",
        ),
        checklist=(
            "是否对出站的车辆进行安全检查",
            "是否禁止无证经营的车辆进站从事经营活动，是否防止超载车辆或者未经安全检查的车辆出站",
            "是否按照车辆核定载客限额售票",
            "是否采取措施防止携带危险品的人员进站乘车",
            "是否公布运输线路、起止经停站点、运输班次、始发时间、票价",
            "有无随意改变站（场）用途和服务功能",
        ),
    ),
    MatterSpec(
        code="03207000700",
        name="暂扣没有车辆营运证又无法当场提供其他有效证明的车辆",
        kind="coercion",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 62),),
        implements=(Cite(ROAD, 33),),
        av_steps=SEIZURE_AV,
    ),
    MatterSpec(
        code="03207000800",
        name="对超载车辆安排旅客改乘或者强制卸货",
        kind="coercion",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 61),),
        implements=(Cite(ROAD, 34, 1),),
        av_steps=("on_site_inspection", "coercive_execution", "service"),
    ),
    MatterSpec(
        code="02207000900",
        name="对未取得道路运输经营许可，擅自从事道路普通货物运输经营的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 63, item=1),),
        implements=(Cite(ROAD, 24, 1),),
        av_steps=PENALTY_AV_HEARING,
        # The district's 法制审核目录 reviews every fine of this matter from 5000元 (person) / 3万元 (organisation).
        major_fine_person=D("5000"),
        major_fine_org=D("30000"),
    ),
    MatterSpec(
        code="02207001000",
        name="对未取得道路运输经营许可，擅自从事道路客运经营的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 63, item=2),),
        implements=(Cite(ROAD, 10, 1),),
        av_steps=PENALTY_AV_HEARING,
    ),
    MatterSpec(
        code="02207001100",
        name="对不符合规定条件的人员驾驶道路运输经营车辆的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 64),),
        implements=(Cite(ROAD, 9), Cite(ROAD, 22)),
        av_steps=PENALTY_AV_SUMMARY,
    ),
    MatterSpec(
        code="02207001200",
        name="对从事机动车维修经营业务不符合机动车维修经营业务标准的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 65, 2),),
        implements=(Cite(ROAD, 37, 1), Cite(ROAD, 37, 2)),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02207001300",
        name="对从事机动车维修经营业务未按规定进行备案的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 65, 4),),
        implements=(Cite(ROAD, 39, 2),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02207001400",
        name="对客运经营者、货运经营者、道路运输相关业务经营者非法转让、出租道路运输许可证件的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 66),),
        implements=(Cite(ROAD, 33),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02207001500",
        name="对客运经营者、危险货物运输经营者未按规定投保承运人责任险的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 67),),
        implements=(Cite(ROAD, 35),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=("revoke_licence",),
    ),
    MatterSpec(
        code="02207001600",
        name=(
            "对客运经营者不按批准的客运站点停靠或者不按规定的线路、公布的班次行驶，在旅客运输途中擅自变更运输车辆"
            "或者将旅客移交他人运输，或者未报告原许可机关擅自终止客运经营的行政处罚"
        ),
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 68, 1, 1), Cite(ROAD, 68, 1, 2), Cite(ROAD, 68, 1, 3)),
        implements=(Cite(ROAD, 15), Cite(ROAD, 18), Cite(ROAD, 20)),
        av_steps=PENALTY_AV,
        major_kinds=("revoke_licence",),
    ),
    MatterSpec(
        code="02207001700",
        name="对客运经营者强行招揽旅客，货运经营者强行招揽货物或者没有采取必要措施防止货物脱落、扬撒等的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 68, 2),),
        implements=(Cite(ROAD, 20), Cite(ROAD, 26, 2)),
        av_steps=PENALTY_AV,
        major_kinds=("revoke_licence",),
    ),
    MatterSpec(
        code="02207001800",
        name="对客运经营者、货运经营者不按规定维护和检测运输车辆的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 69, 1),),
        implements=(Cite(ROAD, 30),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02207001900",
        name="对客运经营者、货运经营者擅自改装已取得车辆营运证的车辆的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 69, 2),),
        implements=(Cite(ROAD, 30),),
        av_steps=PENALTY_AV,
    ),
    MatterSpec(
        code="02207002000",
        name="对机动车维修经营者使用假冒伪劣配件维修机动车，承修已报废的机动车或者擅自改装机动车的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 71),),
        implements=(Cite(ROAD, 43, 1), Cite(ROAD, 45)),
        av_steps=("on_site_inspection", "investigation", "evidence_preservation", "hearing", "service"),
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02207002100",
        name="对机动车维修经营者签发虚假的机动车维修合格证的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 72),),
        implements=(Cite(ROAD, 44, 1),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
    MatterSpec(
        code="02207002200",
        name="对机动车驾驶员培训机构不严格按照规定进行培训或者在培训结业证书发放时弄虚作假的行政处罚",
        kind="penalty",
        domain="transport",
        body=TRANSPORT_BUREAU,
        establishes=(Cite(ROAD, 73),),
        implements=(Cite(ROAD, 46),),
        av_steps=PENALTY_AV_HEARING,
        major_kinds=SUSPENSION,
    ),
)


MATTERS: tuple[MatterSpec, ...] = (
    SAFETY_MATTERS
    + FIRE_MATTERS
    + ECOLOGY_MATTERS
    + URBAN_MATTERS
    + PLANNING_MATTERS
    + HOUSING_MATTERS
    + ROAD_MATTERS
)


# ---------------------------------------------------------------------------------------------------------
# Benchmarks (行政处罚裁量基准)
#
# Splits follow legal-rules §4: an amount range in three bands (较低/中间/较高; by multiples where max/min ≥ 4);
# where only a maximum is set, 一般 = 40–60 % of it and 从轻 ≤ 20 %; 减轻 goes below the statutory minimum. Where an
# article raises the fine after 逾期未改正/拒不改正, ``statutory_fine`` spans both ranges and the higher range is the
# ``refused_correction`` tier. Where the fine turns on 违法所得, ``statutory_fine`` is the fixed-amount branch and the
# multiple tiers carry the statute's multiples.
# ---------------------------------------------------------------------------------------------------------

ART33 = "《中华人民共和国行政处罚法》第三十三条第一款"
ART32_1 = "《中华人民共和国行政处罚法》第三十二条第（一）项"
ART32_2 = "《中华人民共和国行政处罚法》第三十二条第（二）项"

FIRST = CondSpec("first_offence")
SLIGHT = CondSpec("slight_harm")
MINOR = CondSpec("minor")
NO_HARM = CondSpec("no_harm")
HARM = CondSpec("harm_caused")
SERIOUS = CondSpec("serious_harm")
CORRECTED = CondSpec("corrected_in_time")
REFUSED = CondSpec("refused_correction")
ELIMINATED = CondSpec("eliminated_harm")
COERCED = CondSpec("coerced")
OBSTRUCTED = CondSpec("obstructed")
VULNERABLE = CondSpec("vulnerable_targets")
IN_EMERGENCY = CondSpec("during_emergency")
PERSON = CondSpec("party_person")
REPEAT_2Y = CondSpec("repeat_within_years", D("2"))

FINE = ("fine",)

# 首违不罚 (《行政处罚法》第三十三条第一款第二句, discretionary) and 轻微不罚 (第一句, mandatory).
FIRST_OFFENCE_TIER = TierSpec(
    outcome="no_penalty",
    label="情节轻微",
    conditions=(FIRST, SLIGHT, CORRECTED),
    kinds=(),
    basis=ART33,
    note="初次违法且危害后果轻微并及时改正的，可以不予行政处罚；应当对当事人进行教育",
)
MINOR_TIER = TierSpec(
    outcome="no_penalty",
    label="情节轻微",
    conditions=(MINOR, CORRECTED, NO_HARM),
    kinds=(),
    basis=ART33,
    note="违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚；应当对当事人进行教育",
)


def _yuan(low: str | None, high: str) -> FineSpec:
    """An amount range in yuan; ``low`` None where the statute sets only a maximum ("X元以下")."""
    return FineSpec("amount", None if low is None else D(low), D(high))


def _times(mode: str, low: str, high: str) -> FineSpec:
    """A range of multiples of the illegal gain / goods value."""
    return FineSpec(mode, D(low), D(high))


# 《安全生产法》第九十七条第（四）项: the city's benchmark and the district's refinement.
SAFETY_97_4_CLAUSE = (
    "生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，"
    "并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款:\n"
    "（四）未如实记录安全生产教育和培训情况的；"
)

# 《大气污染防治法》第九十九条第（二）项: the city's benchmark and the district's refinement.
AIR_99_2_CLAUSE = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正或者限制生产、停产整治，"
    "并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭：\n"
    "（二）超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物的；"
)

SAFETY_BENCHMARKS: tuple[BenchmarkSpec, ...] = (
    BenchmarkSpec(
        matter_code="02202000200",
        violation="生产经营单位的主要负责人未履行本法规定的安全生产管理职责",
        violated=(Cite(SAFETY, 21),),
        penalised=(Cite(SAFETY, 94, 1),),
        clause=(
            "生产经营单位的主要负责人未履行本法规定的安全生产管理职责的，责令限期改正，处二万元以上五万元以下的罚款；"
            "逾期未改正的，处五万元以上十万元以下的罚款，责令生产经营单位停产停业整顿。"
        ),
        statutory_fine=_yuan("20000", "100000"),
        tiers=(
            TierSpec(
                "mitigated", "具有法定减轻情节", (ELIMINATED,), FINE, _yuan("10000", "15000"), basis=ART32_1
            ),
            TierSpec(
                "lenient", "情节较轻", (CORRECTED,), FINE, _yuan("20000", "30000"), note="在责令限期内改正"
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                ("fine", "order_suspension"),
                _yuan("50000", "100000"),
                note="逾期未改正的，处五万元以上十万元以下的罚款，责令生产经营单位停产停业整顿",
            ),
            TierSpec(
                "aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("40000", "50000"), note="二年内再次实施"
            ),
            TierSpec("standard", "情节一般", (), FINE, _yuan("30000", "40000")),
        ),
    ),
    # The city's benchmark (示范市应急管理局), applied directly.
    BenchmarkSpec(
        matter_code="02202000800",
        violation="生产经营单位未如实记录安全生产教育和培训情况",
        violated=(Cite(SAFETY, 28, 4),),
        penalised=(Cite(SAFETY, 97, item=4),),
        clause=SAFETY_97_4_CLAUSE,
        statutory_fine=_yuan(None, "200000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec(
                "lenient", "情节较轻", (CORRECTED,), FINE, _yuan(None, "20000"), note="罚款最高额的20%以下"
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                ("fine", "order_suspension"),
                _yuan("100000", "200000"),
                note="逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("60000", "100000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("40000", "60000"), note="罚款最高额的40%至60%"),
        ),
        superior="示范市应急管理局",
    ),
    # 区应急局's refinement of the city's benchmark above: each tier lies inside a city tier of the same outcome.
    BenchmarkSpec(
        matter_code="02202000800",
        violation="生产经营单位未如实记录安全生产教育和培训情况",
        violated=(Cite(SAFETY, 28, 4),),
        penalised=(Cite(SAFETY, 97, item=4),),
        clause=SAFETY_97_4_CLAUSE,
        statutory_fine=_yuan(None, "200000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED, NO_HARM),
                FINE,
                _yuan(None, "10000"),
                note="及时补正培训记录，未造成危害后果",
            ),
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("10000", "20000")),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED, HARM),
                ("fine", "order_suspension"),
                _yuan("150000", "200000"),
                note="逾期未改正且造成危害后果",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                ("fine", "order_suspension"),
                _yuan("100000", "150000"),
                note="逾期未改正",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y, OBSTRUCTED), FINE, _yuan("80000", "100000")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("60000", "80000")),
            TierSpec("standard", "情节一般", (HARM,), FINE, _yuan("50000", "60000"), note="造成危害后果"),
            TierSpec("standard", "情节一般", (), FINE, _yuan("40000", "50000")),
        ),
        refines=True,
    ),
    BenchmarkSpec(
        matter_code="02202001500",
        violation="餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置",
        violated=(Cite(SAFETY, 36, 4),),
        penalised=(Cite(SAFETY, 99, item=8),),
        clause=(
            "生产经营单位有下列行为之一的，责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款，"
            "对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款；情节严重的，责令停产停业整顿；"
            "构成犯罪的，依照刑法有关规定追究刑事责任:\n"
            "（八）餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置的。"
        ),
        statutory_fine=_yuan(None, "200000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec(
                "lenient", "情节较轻", (CORRECTED,), FINE, _yuan(None, "10000"), note="罚款最高额的20%以下"
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED, SERIOUS),
                ("fine", "order_suspension"),
                _yuan("100000", "200000"),
                note="逾期未改正且情节严重的，责令停产停业整顿",
            ),
            TierSpec(
                "aggravated",
                "情节较重",
                (REFUSED,),
                FINE,
                _yuan("50000", "100000"),
                note="逾期未改正的，处五万元以上二十万元以下的罚款",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("30000", "50000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("20000", "30000"), note="罚款最高额的40%至60%"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02202001900",
        violation="生产经营单位未采取措施消除事故隐患",
        violated=(Cite(SAFETY, 41, 2),),
        penalised=(Cite(SAFETY, 102),),
        clause=(
            "生产经营单位未采取措施消除事故隐患的，责令立即消除或者限期消除，处五万元以下的罚款；生产经营单位拒不执行的，"
            "责令停产停业整顿，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款；"
            "构成犯罪的，依照刑法有关规定追究刑事责任。"
        ),
        statutory_fine=_yuan(None, "50000"),
        tiers=(
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                FINE,
                _yuan(None, "10000"),
                note="立即或者在限期内消除隐患",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                ("fine", "order_suspension"),
                _yuan("30000", "50000"),
                note="拒不执行的，责令停产停业整顿",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("30000", "50000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("20000", "30000"), note="罚款最高额的40%至60%"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02202002000",
        violation="生产经营单位将生产经营项目、场所、设备发包或者出租给不具备安全生产条件或者相应资质的单位或者个人",
        violated=(Cite(SAFETY, 49, 1),),
        penalised=(Cite(SAFETY, 103, 1),),
        clause=(
            "生产经营单位将生产经营项目、场所、设备发包或者出租给不具备安全生产条件或者相应资质的单位或者个人的，"
            "责令限期改正，没收违法所得；违法所得十万元以上的，并处违法所得二倍以上五倍以下的罚款；"
            "没有违法所得或者违法所得不足十万元的，单处或者并处十万元以上二十万元以下的罚款；"
        ),
        statutory_fine=_yuan("100000", "200000"),
        tiers=(
            TierSpec(
                "lenient",
                "情节较轻",
                (CondSpec("gain_at_least", D("100000")), CORRECTED),
                ("confiscate_gain", "fine"),
                _times("gain_multiple", "2", "3"),
                note="违法所得十万元以上，限期内改正",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (CondSpec("gain_at_least", D("100000")), HARM),
                ("confiscate_gain", "fine"),
                _times("gain_multiple", "4", "5"),
                note="违法所得十万元以上，导致发生生产安全事故或者造成其他危害后果",
            ),
            TierSpec(
                "standard",
                "情节一般",
                (CondSpec("gain_at_least", D("100000")),),
                ("confiscate_gain", "fine"),
                _times("gain_multiple", "3", "4"),
                note="违法所得十万元以上",
            ),
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                ("confiscate_gain", "fine"),
                _yuan("100000", "130000"),
                note="没有违法所得或者违法所得不足十万元；有违法所得的没收违法所得",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (HARM,),
                ("confiscate_gain", "fine"),
                _yuan("170000", "200000"),
                note="没有违法所得或者违法所得不足十万元；有违法所得的没收违法所得",
            ),
            TierSpec(
                "standard",
                "情节一般",
                (),
                ("confiscate_gain", "fine"),
                _yuan("130000", "170000"),
                note="没有违法所得或者违法所得不足十万元；有违法所得的没收违法所得",
            ),
        ),
    ),
    BenchmarkSpec(
        matter_code="02202002100",
        violation=(
            "生产经营场所和员工宿舍未设有符合紧急疏散需要、标志明显、保持畅通的出口、疏散通道，"
            "或者占用、锁闭、封堵生产经营场所或者员工宿舍出口、疏散通道"
        ),
        violated=(Cite(SAFETY, 42, 2),),
        penalised=(Cite(SAFETY, 105, item=2),),
        clause=(
            "生产经营单位有下列行为之一的，责令限期改正，处五万元以下的罚款，对其直接负责的主管人员和其他直接责任人员"
            "处一万元以下的罚款；逾期未改正的，责令停产停业整顿；构成犯罪的，依照刑法有关规定追究刑事责任:\n"
            "（二）生产经营场所和员工宿舍未设有符合紧急疏散需要、标志明显、保持畅通的出口、疏散通道，"
            "或者占用、锁闭、封堵生产经营场所或者员工宿舍出口、疏散通道的。"
        ),
        statutory_fine=_yuan(None, "50000"),
        tiers=(
            MINOR_TIER,
            TierSpec(
                "lenient", "情节较轻", (CORRECTED,), FINE, _yuan(None, "10000"), note="罚款最高额的20%以下"
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                ("fine", "order_suspension"),
                _yuan("30000", "50000"),
                note="逾期未改正的，责令停产停业整顿",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("30000", "50000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("20000", "30000"), note="罚款最高额的40%至60%"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02202002200",
        violation="生产经营单位拒绝、阻碍负有安全生产监督管理职责的部门依法实施监督检查",
        violated=(Cite(SAFETY, 66),),
        penalised=(Cite(SAFETY, 108),),
        clause=(
            "违反本法规定，生产经营单位拒绝、阻碍负有安全生产监督管理职责的部门依法实施监督检查的，责令改正；"
            "拒不改正的，处二万元以上二十万元以下的罚款；对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款；"
            "构成犯罪的，依照刑法有关规定追究刑事责任。"
        ),
        statutory_fine=_yuan("20000", "200000"),
        tiers=(
            TierSpec(
                "no_penalty",
                "情节轻微",
                (CORRECTED,),
                (),
                basis="《中华人民共和国安全生产法》第一百零八条",
                note="责令改正后改正的，不处罚款",
            ),
            TierSpec(
                "lenient",
                "情节较轻",
                (NO_HARM,),
                FINE,
                _yuan("20000", "50000"),
                note="拒不改正，未造成危害后果",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (HARM,),
                FINE,
                _yuan("100000", "200000"),
                note="拒不改正，造成危害后果",
            ),
            TierSpec("aggravated", "情节严重", (REPEAT_2Y,), FINE, _yuan("100000", "200000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("50000", "100000"), note="拒不改正"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02202002300",
        violation="高危行业、领域的生产经营单位未按照国家规定投保安全生产责任保险",
        violated=(Cite(SAFETY, 51, 2),),
        penalised=(Cite(SAFETY, 109),),
        clause=(
            "高危行业、领域的生产经营单位未按照国家规定投保安全生产责任保险的，责令限期改正，"
            "处五万元以上十万元以下的罚款；逾期未改正的，处十万元以上二十万元以下的罚款。"
        ),
        statutory_fine=_yuan("50000", "200000"),
        tiers=(
            TierSpec(
                "mitigated", "具有法定减轻情节", (ELIMINATED,), FINE, _yuan("25000", "40000"), basis=ART32_1
            ),
            TierSpec(
                "lenient", "情节较轻", (CORRECTED,), FINE, _yuan("50000", "65000"), note="在责令限期内投保"
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                FINE,
                _yuan("100000", "200000"),
                note="逾期未改正的，处十万元以上二十万元以下的罚款",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("85000", "100000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("65000", "85000")),
        ),
    ),
)

FIRE_BENCHMARKS: tuple[BenchmarkSpec, ...] = (
    BenchmarkSpec(
        matter_code="02202004000",
        violation="公众聚集场所未经消防救援机构许可，擅自投入使用、营业，或者经核查发现场所使用、营业情况与承诺内容不符",
        violated=(Cite(FIRE, 15, 4),),
        penalised=(Cite(FIRE, 58, 1, 4),),
        clause=(
            "违反本法规定，有下列行为之一的，由住房和城乡建设主管部门、消防救援机构按照各自职权责令停止施工、停止使用"
            "或者停产停业，并处三万元以上三十万元以下罚款：\n"
            "（四）公众聚集场所未经消防救援机构许可，擅自投入使用、营业的，或者经核查发现场所使用、营业情况与承诺内容不符的。"
        ),
        statutory_fine=_yuan("30000", "300000"),
        tiers=(
            TierSpec(
                "mitigated",
                "具有法定减轻情节",
                (ELIMINATED,),
                ("order_suspension", "fine"),
                _yuan("15000", "25000"),
                basis=ART32_1,
            ),
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                ("order_suspension", "fine"),
                _yuan("30000", "80000"),
                note="停止使用、营业后及时申请许可或者整改",
            ),
            TierSpec(
                "aggravated", "情节严重", (REFUSED,), ("order_suspension", "fine"), _yuan("180000", "300000")
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REPEAT_2Y,),
                ("order_suspension", "fine"),
                _yuan("180000", "300000"),
            ),
            TierSpec("standard", "情节一般", (), ("order_suspension", "fine"), _yuan("80000", "180000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02202004300",
        violation="单位占用、堵塞、封闭疏散通道、安全出口或者有其他妨碍安全疏散行为",
        violated=(Cite(FIRE, 16, 1, 4), Cite(FIRE, 28)),
        penalised=(Cite(FIRE, 60, 1, 3),),
        clause=(
            "单位违反本法规定，有下列行为之一的，责令改正，处五千元以上五万元以下罚款：\n"
            "（三）占用、堵塞、封闭疏散通道、安全出口或者有其他妨碍安全疏散行为的；"
        ),
        statutory_fine=_yuan("5000", "50000"),
        tiers=(
            MINOR_TIER,
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                FINE,
                _yuan("5000", "15000"),
                note="当场或者在责令期限内改正",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                FINE,
                _yuan("35000", "50000"),
                note="经责令改正拒不改正的，并依照第六十条第三款强制执行",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (VULNERABLE,),
                FINE,
                _yuan("35000", "50000"),
                note="养老院、福利院、托儿所、幼儿园等以老年人、未成年人为主的场所",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("35000", "50000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("15000", "35000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02202004600",
        violation=(
            "个人损坏、挪用或者擅自拆除、停用消防设施、器材，占用、堵塞、封闭疏散通道、安全出口，埋压、圈占、遮挡消火栓"
            "或者占用防火间距，占用、堵塞、封闭消防车通道"
        ),
        violated=(Cite(FIRE, 28),),
        penalised=(Cite(FIRE, 60, 2),),
        clause="个人有前款第二项、第三项、第四项、第五项行为之一的，处警告或者五百元以下罚款。",
        statutory_fine=_yuan(None, "500"),
        tiers=(
            MINOR_TIER,
            TierSpec("lenient", "情节较轻", (CORRECTED,), ("warning",), None, note="及时改正的，处警告"),
            TierSpec("aggravated", "情节较重", (REFUSED,), FINE, _yuan("300", "500")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("300", "500")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("200", "300"), note="罚款最高额的40%至60%"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02202004700",
        violation="生产、储存、经营易燃易爆危险品的场所与居住场所设置在同一建筑物内，或者未与居住场所保持安全距离",
        violated=(Cite(FIRE, 19, 1),),
        penalised=(Cite(FIRE, 61, 1),),
        clause=(
            "生产、储存、经营易燃易爆危险品的场所与居住场所设置在同一建筑物内，或者未与居住场所保持安全距离的，"
            "责令停产停业，并处五千元以上五万元以下罚款。"
        ),
        statutory_fine=_yuan("5000", "50000"),
        tiers=(
            TierSpec(
                "mitigated",
                "具有法定减轻情节",
                (ELIMINATED,),
                ("order_suspension", "fine"),
                _yuan("2500", "4000"),
                basis=ART32_1,
            ),
            TierSpec(
                "lenient", "情节较轻", (CORRECTED,), ("order_suspension", "fine"), _yuan("5000", "15000")
            ),
            TierSpec(
                "aggravated", "情节严重", (HARM,), ("order_suspension", "fine"), _yuan("35000", "50000")
            ),
            TierSpec(
                "aggravated", "情节较重", (REPEAT_2Y,), ("order_suspension", "fine"), _yuan("35000", "50000")
            ),
            TierSpec("standard", "情节一般", (), ("order_suspension", "fine"), _yuan("15000", "35000")),
        ),
    ),
)

ECOLOGY_BENCHMARKS: tuple[BenchmarkSpec, ...] = (
    # The city's benchmark (示范市生态环境局), applied directly.
    BenchmarkSpec(
        matter_code="02203000300",
        violation="超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物",
        violated=(Cite(AIR, 18),),
        penalised=(Cite(AIR, 99, item=2),),
        clause=AIR_99_2_CLAUSE,
        statutory_fine=_yuan("100000", "1000000"),
        tiers=(
            TierSpec(
                "mitigated", "具有法定减轻情节", (ELIMINATED,), FINE, _yuan("50000", "80000"), basis=ART32_1
            ),
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("100000", "200000")),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                ("fine", "order_suspension", "order_closure"),
                _yuan("500000", "1000000"),
                note="情节严重的，报经有批准权的人民政府批准，责令停业、关闭",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("500000", "800000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("200000", "500000")),
        ),
        superior="示范市生态环境局",
    ),
    # 清江生态环境分局's refinement of the city's benchmark above.
    BenchmarkSpec(
        matter_code="02203000300",
        violation="超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物",
        violated=(Cite(AIR, 18),),
        penalised=(Cite(AIR, 99, item=2),),
        clause=AIR_99_2_CLAUSE,
        statutory_fine=_yuan("100000", "1000000"),
        tiers=(
            TierSpec(
                "mitigated",
                "具有法定减轻情节",
                (ELIMINATED, NO_HARM),
                FINE,
                _yuan("50000", "65000"),
                basis=ART32_1,
                note="主动消除危害后果，未造成危害后果",
            ),
            TierSpec(
                "mitigated", "具有法定减轻情节", (ELIMINATED,), FINE, _yuan("65000", "80000"), basis=ART32_1
            ),
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED, NO_HARM),
                FINE,
                _yuan("100000", "150000"),
                note="超标倍数较低、及时改正，未造成危害后果",
            ),
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("150000", "200000")),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS, REFUSED),
                ("fine", "order_suspension", "order_closure"),
                _yuan("800000", "1000000"),
                note="情节严重且拒不改正的，报经有批准权的人民政府批准，责令停业、关闭",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                ("fine", "order_suspension"),
                _yuan("500000", "800000"),
                note="报经有批准权的人民政府批准，责令停业",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y, OBSTRUCTED), FINE, _yuan("650000", "800000")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("500000", "650000")),
            TierSpec("standard", "情节一般", (HARM,), FINE, _yuan("350000", "500000"), note="造成危害后果"),
            TierSpec("standard", "情节一般", (), FINE, _yuan("200000", "350000")),
        ),
        refines=True,
    ),
    BenchmarkSpec(
        matter_code="02203000500",
        violation="未按照规定对所排放的工业废气和有毒有害大气污染物进行监测并保存原始监测记录",
        violated=(Cite(AIR, 24, 1),),
        penalised=(Cite(AIR, 100, item=2),),
        clause=(
            "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正，处二万元以上二十万元以下的罚款；"
            "拒不改正的，责令停产整治：\n"
            "（二）未按照规定对所排放的工业废气和有毒有害大气污染物进行监测并保存原始监测记录的；"
        ),
        statutory_fine=_yuan("20000", "200000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("20000", "50000")),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                ("fine", "order_suspension"),
                _yuan("100000", "200000"),
                note="拒不改正的，责令停产整治",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("100000", "200000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("50000", "100000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02203000700",
        violation="单位燃用不符合质量标准的煤炭、石油焦",
        violated=(Cite(AIR, 35, 1), Cite(AIR, 37, 2)),
        penalised=(Cite(AIR, 105),),
        clause=(
            "违反本法规定，单位燃用不符合质量标准的煤炭、石油焦的，由县级以上人民政府生态环境主管部门责令改正，"
            "处货值金额一倍以上三倍以下的罚款。"
        ),
        statutory_fine=_times("goods_multiple", "1", "3"),
        tiers=(
            TierSpec(
                "mitigated",
                "具有法定减轻情节",
                (COERCED,),
                FINE,
                _times("goods_multiple", "0.5", "0.8"),
                basis=ART32_2,
                note="受供货方诱骗购入、燃用",
            ),
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _times("goods_multiple", "1", "1.5")),
            TierSpec("aggravated", "情节严重", (SERIOUS,), FINE, _times("goods_multiple", "2.5", "3")),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _times("goods_multiple", "2.5", "3")),
            TierSpec("standard", "情节一般", (), FINE, _times("goods_multiple", "1.5", "2.5")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02203001300",
        violation="从事服装干洗和机动车维修等服务活动，未设置异味和废气处理装置等污染防治设施并保持正常使用，影响周边环境",
        violated=(Cite(AIR, 84),),
        penalised=(Cite(AIR, 120),),
        clause=(
            "违反本法规定，从事服装干洗和机动车维修等服务活动，未设置异味和废气处理装置等污染防治设施并保持正常使用，"
            "影响周边环境的，由县级以上地方人民政府生态环境主管部门责令改正，处二千元以上二万元以下的罚款；"
            "拒不改正的，责令停业整治。"
        ),
        statutory_fine=_yuan("2000", "20000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("2000", "6000")),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                ("fine", "order_suspension"),
                _yuan("12000", "20000"),
                note="拒不改正的，责令停业整治",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("12000", "20000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("6000", "12000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02203001500",
        violation="产生工业固体废物的单位未建立固体废物管理台账并如实记录",
        violated=(Cite(WASTE, 36, 1),),
        penalised=(Cite(WASTE, 102, 1, 8), Cite(WASTE, 102, 2)),
        clause=(
            "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；情节严重的，"
            "报经有批准权的人民政府批准，可以责令停业或者关闭：\n"
            "（八）产生工业固体废物的单位未建立固体废物管理台账并如实记录的；\n"
            "有前款第一项、第八项行为之一，处五万元以上二十万元以下的罚款；"
        ),
        statutory_fine=_yuan("50000", "200000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("50000", "80000")),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                ("fine", "order_suspension", "order_closure"),
                _yuan("140000", "200000"),
                note="情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("140000", "200000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("80000", "140000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02203001700",
        violation="以拖延、围堵、滞留执法人员等方式拒绝、阻挠监督检查，或者在接受监督检查时弄虚作假",
        violated=(Cite(WASTE, 26, 1),),
        penalised=(Cite(WASTE, 103),),
        clause=(
            "违反本法规定，以拖延、围堵、滞留执法人员等方式拒绝、阻挠监督检查，或者在接受监督检查时弄虚作假的，"
            "由生态环境主管部门或者其他负有固体废物污染环境防治监督管理职责的部门责令改正，处五万元以上二十万元以下的罚款；"
            "对直接负责的主管人员和其他直接责任人员，处二万元以上十万元以下的罚款。"
        ),
        statutory_fine=_yuan("50000", "200000"),
        tiers=(
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                FINE,
                _yuan("50000", "80000"),
                note="当场停止阻挠并配合检查",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (HARM,),
                FINE,
                _yuan("140000", "200000"),
                note="致使违法事实无法查清或者证据灭失",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("140000", "200000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("80000", "140000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02203001900",
        violation="未按照规定设置危险废物识别标志",
        violated=(Cite(WASTE, 77),),
        penalised=(Cite(WASTE, 112, 1, 1), Cite(WASTE, 112, 2)),
        clause=(
            "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；情节严重的，"
            "报经有批准权的人民政府批准，可以责令停业或者关闭：\n"
            "（一）未按照规定设置危险废物识别标志的；\n"
            "有前款第一项、第二项、第五项、第六项、第七项、第八项、第九项、第十二项、第十三项行为之一，"
            "处十万元以上一百万元以下的罚款；"
        ),
        statutory_fine=_yuan("100000", "1000000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec(
                "mitigated", "具有法定减轻情节", (ELIMINATED,), FINE, _yuan("50000", "80000"), basis=ART32_1
            ),
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                FINE,
                _yuan("100000", "200000"),
                note="标志缺失或者不规范，当场改正",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                ("fine", "order_suspension", "order_closure"),
                _yuan("500000", "1000000"),
                note="情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("500000", "1000000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("200000", "500000")),
        ),
    ),
)

URBAN_BENCHMARKS: tuple[BenchmarkSpec, ...] = (
    BenchmarkSpec(
        matter_code="02204000100",
        violation="运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆，未采取密闭或者其他措施防止物料遗撒",
        violated=(Cite(AIR, 70, 1),),
        penalised=(Cite(AIR, 116),),
        clause=(
            "违反本法规定，运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆，未采取密闭或者其他措施"
            "防止物料遗撒的，由县级以上地方人民政府确定的监督管理部门责令改正，处二千元以上二万元以下的罚款；"
            "拒不改正的，车辆不得上道路行驶。"
        ),
        statutory_fine=_yuan("2000", "20000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("2000", "6000"), note="遗撒后及时清理"),
            TierSpec(
                "aggravated",
                "情节严重",
                (HARM,),
                FINE,
                _yuan("12000", "20000"),
                note="遗撒物料造成道路污染或者交通安全隐患",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("12000", "20000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("6000", "12000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02204000200",
        violation=(
            "排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，"
            "超过排放标准排放油烟"
        ),
        violated=(Cite(AIR, 81, 1),),
        penalised=(Cite(AIR, 118, 1),),
        clause=(
            "违反本法规定，排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，"
            "超过排放标准排放油烟的，由县级以上地方人民政府确定的监督管理部门责令改正，处五千元以上五万元以下的罚款；"
            "拒不改正的，责令停业整治。"
        ),
        statutory_fine=_yuan("5000", "50000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("5000", "15000")),
            TierSpec(
                "aggravated",
                "情节严重",
                (REFUSED,),
                ("fine", "order_suspension"),
                _yuan("35000", "50000"),
                note="拒不改正的，责令停业整治",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("35000", "50000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("15000", "35000")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02204000400",
        violation="在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地",
        violated=(Cite(AIR, 81, 3),),
        penalised=(Cite(AIR, 118, 3),),
        clause=(
            "违反本法规定，在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的，"
            "由县级以上地方人民政府确定的监督管理部门责令改正，没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款。"
        ),
        statutory_fine=_yuan("500", "20000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                ("confiscate_property", "confiscate_gain", "fine"),
                _yuan("500", "2000"),
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (IN_EMERGENCY,),
                ("confiscate_property", "confiscate_gain", "fine"),
                _yuan("8000", "20000"),
                note="重污染天气预警期间实施",
            ),
            TierSpec(
                "aggravated",
                "情节较重",
                (REPEAT_2Y,),
                ("confiscate_property", "confiscate_gain", "fine"),
                _yuan("8000", "20000"),
            ),
            TierSpec(
                "standard",
                "情节一般",
                (),
                ("confiscate_property", "confiscate_gain", "fine"),
                _yuan("2000", "8000"),
            ),
        ),
    ),
    BenchmarkSpec(
        matter_code="02204000800",
        violation="随意倾倒、抛撒、堆放或者焚烧生活垃圾",
        violated=(Cite(WASTE, 49, 2),),
        penalised=(Cite(WASTE, 111, 1, 1), Cite(WASTE, 111, 2)),
        clause=(
            "违反本法规定，有下列行为之一，由县级以上地方人民政府环境卫生主管部门责令改正，处以罚款，没收违法所得：\n"
            "（一）随意倾倒、抛撒、堆放或者焚烧生活垃圾的；\n"
            "单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款；\n"
            "个人有前款第一项、第五项、第七项行为之一，处一百元以上五百元以下的罚款。"
        ),
        statutory_fine=_yuan("100", "500000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec("lenient", "情节较轻（个人）", (PERSON, CORRECTED), FINE, _yuan("100", "200")),
            TierSpec("aggravated", "情节较重（个人）", (PERSON, REPEAT_2Y), FINE, _yuan("400", "500")),
            TierSpec("standard", "情节一般（个人）", (PERSON,), FINE, _yuan("200", "400")),
            TierSpec("lenient", "情节较轻（单位）", (CORRECTED,), FINE, _yuan("50000", "150000")),
            TierSpec("aggravated", "情节严重（单位）", (SERIOUS,), FINE, _yuan("350000", "500000")),
            TierSpec("aggravated", "情节较重（单位）", (REPEAT_2Y,), FINE, _yuan("350000", "500000")),
            TierSpec("standard", "情节一般（单位）", (), FINE, _yuan("150000", "350000")),
        ),
    ),
)

PLANNING_BENCHMARKS: tuple[BenchmarkSpec, ...] = (
    BenchmarkSpec(
        matter_code="02205001000",
        violation="建设单位未在建设工程竣工验收后六个月内向城乡规划主管部门报送有关竣工验收资料，经责令限期补报逾期不补报",
        violated=(Cite(PLANNING, 45, 2),),
        penalised=(Cite(PLANNING, 67),),
        clause=(
            "建设单位未在建设工程竣工验收后六个月内向城乡规划主管部门报送有关竣工验收资料的，由所在地城市、县人民政府"
            "城乡规划主管部门责令限期补报；逾期不补报的，处一万元以上五万元以下的罚款。"
        ),
        statutory_fine=_yuan("10000", "50000"),
        tiers=(
            TierSpec(
                "lenient", "情节较轻", (CORRECTED,), FINE, _yuan("10000", "20000"), note="立案后补报全部资料"
            ),
            TierSpec(
                "aggravated", "情节较重", (REFUSED,), FINE, _yuan("40000", "50000"), note="立案后仍不补报"
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("40000", "50000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("20000", "40000")),
        ),
    ),
)

ROAD_BENCHMARKS: tuple[BenchmarkSpec, ...] = (
    BenchmarkSpec(
        matter_code="02207000900",
        violation="未取得道路运输经营许可，擅自从事道路普通货物运输经营",
        violated=(Cite(ROAD, 24, 1),),
        penalised=(Cite(ROAD, 63, item=1),),
        clause=(
            "违反本条例的规定，有下列情形之一的，由县级以上地方人民政府交通运输主管部门责令停止经营，并处罚款；"
            "构成犯罪的，依法追究刑事责任：\n"
            "（一）未取得道路运输经营许可，擅自从事道路普通货物运输经营，违法所得超过1万元的，没收违法所得，"
            "处违法所得1倍以上5倍以下的罚款；没有违法所得或者违法所得不足1万元的，处3000元以上1万元以下的罚款，"
            "情节严重的，处1万元以上5万元以下的罚款；"
        ),
        statutory_fine=_yuan("3000", "50000"),
        tiers=(
            # 条文以"超过1万元"和"不足1万元"分档；违法所得恰为1万元的，本基准按倍数档处理。
            TierSpec(
                "lenient",
                "情节较轻",
                (CondSpec("gain_at_least", D("10000")), CORRECTED),
                ("confiscate_gain", "fine"),
                _times("gain_multiple", "1", "2"),
                note="违法所得超过1万元，立即停止经营",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (CondSpec("gain_at_least", D("10000")), REPEAT_2Y),
                ("confiscate_gain", "fine"),
                _times("gain_multiple", "4", "5"),
            ),
            TierSpec(
                "standard",
                "情节一般",
                (CondSpec("gain_at_least", D("10000")),),
                ("confiscate_gain", "fine"),
                _times("gain_multiple", "2", "4"),
                note="违法所得超过1万元",
            ),
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                FINE,
                _yuan("3000", "5000"),
                note="没有违法所得或者违法所得不足1万元，立即停止经营",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                FINE,
                _yuan("30000", "50000"),
                note="情节严重的，处1万元以上5万元以下的罚款",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (REPEAT_2Y,),
                FINE,
                _yuan("10000", "30000"),
                note="情节严重的，处1万元以上5万元以下的罚款",
            ),
            TierSpec("aggravated", "情节较重", (OBSTRUCTED,), FINE, _yuan("8000", "10000")),
            TierSpec(
                "standard",
                "情节一般",
                (),
                FINE,
                _yuan("5000", "8000"),
                note="没有违法所得或者违法所得不足1万元",
            ),
        ),
    ),
    BenchmarkSpec(
        matter_code="02207001100",
        violation="不符合本条例第九条、第二十二条规定条件的人员驾驶道路运输经营车辆",
        violated=(Cite(ROAD, 9), Cite(ROAD, 22)),
        penalised=(Cite(ROAD, 64),),
        clause=(
            "不符合本条例第九条、第二十二条规定条件的人员驾驶道路运输经营车辆的，由县级以上地方人民政府交通运输主管部门"
            "责令改正，处200元以上2000元以下的罚款；构成犯罪的，依法追究刑事责任。"
        ),
        statutory_fine=_yuan("200", "2000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("200", "600")),
            TierSpec(
                "aggravated",
                "情节严重",
                (HARM,),
                FINE,
                _yuan("1400", "2000"),
                note="发生交通事故或者造成其他危害后果",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("1400", "2000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("600", "1400")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02207001300",
        violation="从事机动车维修经营业务，未按规定进行备案，经责令改正拒不改正",
        violated=(Cite(ROAD, 39, 2),),
        penalised=(Cite(ROAD, 65, 4),),
        clause=(
            "从事机动车维修经营业务，未按规定进行备案的，由县级以上地方人民政府交通运输主管部门责令改正；"
            "拒不改正的，处3000元以上1万元以下的罚款。"
        ),
        statutory_fine=_yuan("3000", "10000"),
        tiers=(
            TierSpec(
                "no_penalty",
                "情节轻微",
                (CORRECTED,),
                (),
                basis="《中华人民共和国道路运输条例》第六十五条第四款",
                note="责令改正后按期备案的，不处罚款",
            ),
            TierSpec(
                "lenient",
                "情节较轻",
                (NO_HARM,),
                FINE,
                _yuan("3000", "5000"),
                note="拒不改正，未造成危害后果",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("8000", "10000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("5000", "8000"), note="拒不改正"),
        ),
    ),
    BenchmarkSpec(
        matter_code="02207001400",
        violation="客运经营者、货运经营者、道路运输相关业务经营者非法转让、出租道路运输许可证件",
        violated=(Cite(ROAD, 33),),
        penalised=(Cite(ROAD, 66),),
        clause=(
            "违反本条例的规定，客运经营者、货运经营者、道路运输相关业务经营者非法转让、出租道路运输许可证件的，"
            "由县级以上地方人民政府交通运输主管部门责令停止违法行为，收缴有关证件，处2000元以上1万元以下的罚款；"
            "有违法所得的，没收违法所得。"
        ),
        statutory_fine=_yuan("2000", "10000"),
        tiers=(
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                ("fine", "confiscate_gain"),
                _yuan("2000", "4000"),
                note="有违法所得的，没收违法所得",
            ),
            TierSpec("aggravated", "情节严重", (HARM,), ("fine", "confiscate_gain"), _yuan("7000", "10000")),
            TierSpec(
                "aggravated", "情节较重", (REPEAT_2Y,), ("fine", "confiscate_gain"), _yuan("7000", "10000")
            ),
            TierSpec(
                "standard",
                "情节一般",
                (),
                ("fine", "confiscate_gain"),
                _yuan("4000", "7000"),
                note="有违法所得的，没收违法所得",
            ),
        ),
    ),
    BenchmarkSpec(
        matter_code="02207001600",
        violation=(
            "客运经营者不按批准的客运站点停靠或者不按规定的线路、公布的班次行驶，在旅客运输途中擅自变更运输车辆"
            "或者将旅客移交他人运输，或者未报告原许可机关擅自终止客运经营"
        ),
        violated=(Cite(ROAD, 15), Cite(ROAD, 18), Cite(ROAD, 20)),
        penalised=(Cite(ROAD, 68, 1),),
        clause=(
            "违反本条例的规定，客运经营者有下列情形之一的，由县级以上地方人民政府交通运输主管部门责令改正，"
            "处1000元以上2000元以下的罚款；情节严重的，由原许可机关吊销道路运输经营许可证：\n"
            "（一）不按批准的客运站点停靠或者不按规定的线路、公布的班次行驶的；\n"
            "（二）在旅客运输途中擅自变更运输车辆或者将旅客移交他人运输的；\n"
            "（三）未报告原许可机关，擅自终止客运经营的。"
        ),
        statutory_fine=_yuan("1000", "2000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("1000", "1300")),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                ("fine", "revoke_licence"),
                _yuan("1700", "2000"),
                note="情节严重的，由原许可机关吊销道路运输经营许可证",
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("1700", "2000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("1300", "1700")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02207001800",
        violation="客运经营者、货运经营者不按规定维护和检测运输车辆",
        violated=(Cite(ROAD, 30),),
        penalised=(Cite(ROAD, 69, 1),),
        clause=(
            "违反本条例的规定，客运经营者、货运经营者不按规定维护和检测运输车辆的，由县级以上地方人民政府交通运输主管部门"
            "责令改正，处1000元以上5000元以下的罚款。"
        ),
        statutory_fine=_yuan("1000", "5000"),
        tiers=(
            FIRST_OFFENCE_TIER,
            TierSpec("lenient", "情节较轻", (CORRECTED,), FINE, _yuan("1000", "2000")),
            TierSpec(
                "aggravated", "情节严重", (HARM,), FINE, _yuan("3500", "5000"), note="因车辆技术状况发生事故"
            ),
            TierSpec("aggravated", "情节较重", (REPEAT_2Y,), FINE, _yuan("3500", "5000")),
            TierSpec("standard", "情节一般", (), FINE, _yuan("2000", "3500")),
        ),
    ),
    BenchmarkSpec(
        matter_code="02207002000",
        violation="机动车维修经营者使用假冒伪劣配件维修机动车，承修已报废的机动车或者擅自改装机动车",
        violated=(Cite(ROAD, 43, 1), Cite(ROAD, 45)),
        penalised=(Cite(ROAD, 71),),
        clause=(
            "违反本条例的规定，机动车维修经营者使用假冒伪劣配件维修机动车，承修已报废的机动车或者擅自改装机动车的，"
            "由县级以上地方人民政府交通运输主管部门责令改正；有违法所得的，没收违法所得，处违法所得2倍以上10倍以下的罚款；"
            "没有违法所得或者违法所得不足1万元的，处2万元以上5万元以下的罚款，没收假冒伪劣配件及报废车辆；"
            "情节严重的，由县级以上地方人民政府交通运输主管部门责令停业整顿；构成犯罪的，依法追究刑事责任。"
        ),
        statutory_fine=_yuan("20000", "50000"),
        tiers=(
            TierSpec(
                "lenient",
                "情节较轻",
                (CondSpec("gain_at_least", D("10000")), CORRECTED),
                ("confiscate_gain", "fine"),
                _times("gain_multiple", "2", "4"),
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (CondSpec("gain_at_least", D("10000")), SERIOUS),
                ("confiscate_gain", "fine", "order_suspension"),
                _times("gain_multiple", "7", "10"),
                note="情节严重的，责令停业整顿",
            ),
            TierSpec(
                "aggravated",
                "情节较重",
                (CondSpec("gain_at_least", D("10000")), REPEAT_2Y),
                ("confiscate_gain", "fine"),
                _times("gain_multiple", "7", "10"),
            ),
            TierSpec(
                "standard",
                "情节一般",
                (CondSpec("gain_at_least", D("10000")),),
                ("confiscate_gain", "fine"),
                _times("gain_multiple", "4", "7"),
                note="违法所得1万元以上",
            ),
            TierSpec(
                "lenient",
                "情节较轻",
                (CORRECTED,),
                ("confiscate_gain", "confiscate_property", "fine"),
                _yuan("20000", "30000"),
                note="没有违法所得或者违法所得不足1万元；没收假冒伪劣配件及报废车辆",
            ),
            TierSpec(
                "aggravated",
                "情节严重",
                (SERIOUS,),
                ("confiscate_gain", "confiscate_property", "fine", "order_suspension"),
                _yuan("40000", "50000"),
                note="情节严重的，责令停业整顿",
            ),
            TierSpec(
                "aggravated",
                "情节较重",
                (REPEAT_2Y,),
                ("confiscate_gain", "confiscate_property", "fine"),
                _yuan("40000", "50000"),
            ),
            TierSpec(
                "standard",
                "情节一般",
                (),
                ("confiscate_gain", "confiscate_property", "fine"),
                _yuan("30000", "40000"),
                note="没有违法所得或者违法所得不足1万元；没收假冒伪劣配件及报废车辆",
            ),
        ),
    ),
)


BENCHMARKS: tuple[BenchmarkSpec, ...] = (
    SAFETY_BENCHMARKS
    + FIRE_BENCHMARKS
    + ECOLOGY_BENCHMARKS
    + URBAN_BENCHMARKS
    + PLANNING_BENCHMARKS
    + ROAD_BENCHMARKS
)
