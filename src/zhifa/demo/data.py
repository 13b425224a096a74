"""Fixed data of the fictional demo district 清江区 (示范市): its bodies, streets, names and courses.

The shape follows seed 003 (冷水滩区2023年行政执法工作报告): 29 district enforcement bodies (区直行政执法单位),
18 streets and townships, about 665 officers, 33 legal reviewers of whom 4 hold the 法律职业资格. Nothing here
names a real person or organisation; the region code 439901 is not a GB/T 2260 code.
"""

from __future__ import annotations

from dataclasses import dataclass

DEMO_REGION = "439901"
DEMO_REGION_NAME = "示范市清江区（虚构演示区）"
DISTRICT = "清江区"

# 登记管理部门码 "1" (机构编制) + 机构类别码: "1" 机关, "2" 事业单位 (GB 32100-2015 表1).
ORGAN = "11"
INSTITUTION = "12"


# {year} is the year of the latest reform (two years before the demo's "today").
REFORM = "《清江区人民政府机构改革方案》（清编〔{year}〕3号）"


@dataclass(frozen=True)
class BodySpec:
    """One district enforcement body: ``staff``/``aux`` are its officers and 辅助人员 at scale 1."""

    name: str
    short_name: str
    domain: str
    units: tuple[str, ...]
    staff: int
    aux: int = 0
    subject_kind: str = "statutory"
    org_type: str = ORGAN
    legal_basis: str = REFORM
    head_title: str = "局长"


ENV_BASIS = "《示范市生态环境机构监测监察执法垂直管理制度改革实施方案》；《中华人民共和国环境保护法》第十条"
GRAIN_BASIS = (
    "区发展和改革局《行政执法委托书》（清发改委字〔{year}〕1号）；《中华人民共和国行政处罚法》第二十条"
)
ARCHIVE_BASIS = (
    "区住房和城乡建设局《行政执法委托书》（清住建委字〔{year}〕2号）；《中华人民共和国行政处罚法》第二十条"
)

BODIES: tuple[BodySpec, ...] = (
    BodySpec("区市场监督管理局", "区市场监管局", "market", ("办公室", "法规股", "综合行政执法大队", "食品安全监督管理股"), 70, 6),
    BodySpec("区城市管理和综合执法局", "区城管执法局", "urban", ("办公室", "法制股", "城市管理综合执法大队", "市容环境卫生股"), 75, 14),
    BodySpec("市生态环境局清江分局", "清江生态环境分局", "ecology", ("办公室", "生态环境保护综合行政执法大队", "环境监测站"), 28, 2,
             legal_basis=ENV_BASIS),
    BodySpec("区应急管理局", "区应急局", "emergency", ("办公室", "安全生产执法大队", "政策法规股"), 22, 2),
    BodySpec("区交通运输局", "区交通局", "transport", ("办公室", "交通运输综合行政执法大队", "法规股", "公路建设养护中心"), 32, 4),
    BodySpec("区文化旅游广电体育局", "区文旅广体局", "culture", ("办公室", "文化市场综合行政执法大队"), 16),
    BodySpec("区农业农村局", "区农业农村局", "agriculture", ("办公室", "农业综合行政执法大队", "法规股"), 30),
    BodySpec("区卫生健康局", "区卫健局", "health", ("办公室", "卫生健康综合监督执法局", "医政医管股"), 22),
    BodySpec("区自然资源局", "区自然资源局", "natural_resources", ("办公室", "自然资源执法监察大队", "耕地保护股"), 26),
    BodySpec("区住房和城乡建设局", "区住建局", "housing", ("办公室", "建筑市场监管股", "房地产市场监管股"), 18),
    BodySpec("区水利局", "区水利局", "water", ("办公室", "水政监察大队"), 12),
    BodySpec("区林业局", "区林业局", "forestry", ("办公室", "森林资源管理股", "林业综合行政执法大队"), 16),
    BodySpec("区教育局", "区教育局", "education", ("办公室", "教育督导室"), 8),
    BodySpec("区民政局", "区民政局", "civil_affairs", ("办公室", "社会组织管理股"), 8),
    BodySpec("区人力资源和社会保障局", "区人社局", "human_resources", ("办公室", "劳动保障监察大队", "法规股"), 10),
    BodySpec("区医疗保障局", "区医保局", "health", ("办公室", "医保基金监管股"), 8),
    BodySpec("区商务局", "区商务局", "other", ("办公室", "市场运行股"), 6),
    BodySpec("区发展和改革局", "区发改局", "other", ("办公室", "价格股", "能源股"), 6),
    BodySpec("区财政局", "区财政局", "other", ("办公室", "会计监督股"), 5),
    BodySpec("区审计局", "区审计局", "other", ("办公室", "法规审理股"), 4),
    BodySpec("区统计局", "区统计局", "other", ("办公室", "统计执法监督股"), 4),
    BodySpec("区退役军人事务局", "区退役军人局", "other", ("办公室", "权益维护股"), 4),
    BodySpec("区档案局", "区档案局", "other", ("办公室", "监督指导股"), 3),
    BodySpec("区气象局", "区气象局", "other", ("办公室", "防灾减灾股"), 4, subject_kind="authorised",
             org_type=INSTITUTION, legal_basis="《中华人民共和国气象法》第五条"),
    BodySpec("区烟草专卖局", "区烟草专卖局", "market", ("办公室", "专卖稽查大队", "法规科"), 10,
             legal_basis="《中华人民共和国烟草专卖法》第四条"),
    BodySpec("区消防救援大队", "区消防救援大队", "emergency", ("防火监督科", "综合科"), 14, subject_kind="authorised",
             legal_basis="《中华人民共和国消防法》第四条", head_title="大队长"),
    BodySpec("区粮食事务中心", "区粮食事务中心", "other", ("办公室", "粮食流通监督检查股"), 5, subject_kind="entrusted",
             org_type=INSTITUTION, legal_basis=GRAIN_BASIS, head_title="主任"),
    BodySpec("区城乡建设档案馆", "区城建档案馆", "housing", ("办公室", "档案接收指导股"), 4, subject_kind="entrusted",
             org_type=INSTITUTION, legal_basis=ARCHIVE_BASIS, head_title="馆长"),
    BodySpec("区工业和信息化局", "区工信局", "other", ("办公室", "节能监察股"), 6),
)  # fmt: skip

# Abolished in the agricultural enforcement reform; its two officers moved to 区农业农村局 (the two 异动).
ABOLISHED = BodySpec("区渔政监督管理站", "区渔政站", "agriculture", ("渔政执法股",), 2, subject_kind="authorised",
                     org_type=INSTITUTION, legal_basis="《中华人民共和国渔业法》第六条", head_title="站长")  # fmt: skip
ABOLISHED_INTO = "区农业农村局"
ABOLITION_REASON = (
    "农业综合行政执法改革，渔政执法职责划入区农业农村局农业综合行政执法大队"
    "（《清江区农业综合行政执法改革实施方案》）"
)

BUREAU = BodySpec("区司法局", "区司法局", "justice", ("行政执法协调监督科", "公共法律服务管理科"), 12)
SUPERVISION_UNIT = "行政执法协调监督科"

STREET_LEGAL_BASIS = "《中华人民共和国行政处罚法》第二十四条；《清江区乡镇（街道）综合行政执法改革实施方案》（清编〔{year}〕5号）"
# (name, officers of its 综合行政执法队 at scale 1, 辅助人员)
STREETS: tuple[tuple[str, int, int], ...] = (
    ("江滨街道", 10, 1), ("清源街道", 9, 1), ("滨湖街道", 9, 1), ("凤鸣街道", 8, 1), ("桂花街道", 8, 1),
    ("河西街道", 8, 1), ("新城街道", 9, 1), ("东风街道", 7, 1), ("白石镇", 8, 1), ("石门镇", 7, 1),
    ("花桥镇", 7, 1), ("竹山镇", 7, 1), ("青山镇", 6, 0), ("柳塘镇", 6, 0), ("杉木桥镇", 6, 0),
    ("龙溪乡", 6, 0), ("大塘乡", 6, 0), ("云峰乡", 6, 0),
)  # fmt: skip

# Bodies in the order they receive a 法制审核员 (seed 003 (三)3 names these first); the first four hold the
# 法律职业资格. Bodies listed twice get a second reviewer. Two street teams have their own 法制审核员 and handle the
# matters delegated to their streets; the other streets' cases stay with the departments.
REVIEWER_PRIORITY: tuple[str, ...] = (
    "区市场监督管理局", "区城市管理和综合执法局", "区卫生健康局", "市生态环境局清江分局", "区应急管理局",
    "江滨街道综合行政执法队", "区交通运输局", "区农业农村局", "区自然资源局", "区住房和城乡建设局", "区水利局",
    "区林业局", "区教育局",
    "区民政局", "区文化旅游广电体育局", "区人力资源和社会保障局", "区医疗保障局", "区烟草专卖局",
    "区消防救援大队", "区商务局", "区发展和改革局", "区财政局", "区审计局", "区统计局", "区退役军人事务局",
    "区档案局", "区气象局", "区粮食事务中心", "区城乡建设档案馆", "区工业和信息化局",
    "区市场监督管理局", "区城市管理和综合执法局", "清源街道综合行政执法队",
)  # fmt: skip
QUALIFIED_REVIEWERS = 4

# (entrusting, entrusted, letter number, matters, expired?)
ENTRUSTMENTS: tuple[tuple[str, str, str, tuple[str, ...], bool], ...] = (
    (
        "区发展和改革局",
        "区粮食事务中心",
        "清发改委字〔{year}〕1号",
        ("粮食收购、储存、运输活动监督检查", "政策性粮食购销活动监督检查"),
        False,
    ),
    (
        "区住房和城乡建设局",
        "区城乡建设档案馆",
        "清住建委字〔{year}〕2号",
        ("建设工程档案报送情况监督检查", "未按规定移交建设工程档案的行政处罚"),
        False,
    ),
    (
        "区应急管理局",
        "江滨街道",
        "清应急委字〔{year}〕1号",
        ("辖区小微企业安全生产行政检查", "生产经营单位未如实记录安全生产教育培训情况的行政处罚"),
        True,
    ),
)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫向汤"
)
# Hunan surnames are over-represented: 刘 李 王 陈 张 唐 蒋 谭 彭 曾 周 胡 are repeated to weight them.
SURNAME_WEIGHTED = SURNAMES + "刘李王陈张唐蒋谭彭曾周胡刘李王陈唐蒋"
GIVEN_MALE = "伟强军勇杰涛斌波辉刚健明亮俊峰磊鹏飞宇浩凯超华平建国志文武斌林海洋龙江"
GIVEN_FEMALE = "芳娟敏静丽艳娜霞玲燕萍红梅琳洁丹颖雪婷慧倩莉琴雯兰春晓佳"
GIVEN_ANY = "子泽嘉思一永小新德正立成晨安宏金"

# 地址码 of real Hunan counties for the demo's ID numbers (all in GB/T 2260 during the birth years).
ID_AREA_CODES = (
    "430102", "430103", "430104", "430105", "430111", "430121", "430181", "430202", "430203", "430302",
    "430304", "430381", "430382", "430405", "430406", "430482", "430502", "430523", "430524", "430581",
    "430602", "430621", "430681", "430702", "430703", "430725", "430802", "430902", "430903", "431002",
    "431003", "431102", "431103", "431121", "431122", "431123", "431124", "431126", "431202", "431302",
    "431381", "433101",
)  # fmt: skip

ROAD_NAMES = ("滨江大道", "清源路", "人民路", "凤鸣路", "解放路", "桂花路", "新城大道", "河西路", "东风路")

# Course titles by category (公共法律知识 / 业务知识 / 执法技能, seed 003 三、1).
COURSES: dict[str, tuple[str, ...]] = {
    "public_law": (
        "习近平法治思想专题学习",
        "《中华人民共和国行政处罚法》精讲",
        "《中华人民共和国行政许可法》解读",
        "《中华人民共和国行政强制法》实务",
        "《中华人民共和国行政复议法》修订要点",
        "《中华人民共和国行政诉讼法》与行政应诉",
        "《中华人民共和国民法典》与行政执法",
        "《中华人民共和国个人信息保护法》与执法信息公开",
        "《中华人民共和国国家赔偿法》解读",
        "《优化营商环境条例》解读",
        "《湖南省行政程序规定》学习",
        "行政执法“三项制度”专题",
    ),
    "business": (
        "本系统法律法规更新解读",
        "行政处罚裁量权基准适用",
        "重大执法决定法制审核实务",
        "首违不罚与轻微违法免罚清单适用",
        "涉企行政检查规范",
        "“双随机、一公开”监管实务",
        "行政执法与刑事司法衔接",
        "典型行政执法案例评析",
        "行政执法案卷评查标准",
        "信用监管与联合惩戒",
        "食品安全执法工作实务",
        "行政复议与应诉工作实务",
    ),
    "skills": (
        "执法文书规范制作",
        "执法全过程记录与执法记录仪使用",
        "现场检查与调查取证技巧",
        "电子证据的收集与固定",
        "执法沟通与舆情应对",
        "行政执法公示平台操作",
        "听证程序组织实务",
        "送达与执行实务",
        "执法安全防护与突发情况处置",
        "非现场执法与移动执法终端使用",
    ),
}
TRAINING_SOURCES = ("法治教育网", "区司法局培训班", "本单位组织")
DISTRICT_CLASS = "{year}年度行政执法业务培训班"
NEW_STAFF_COURSE = "新上岗行政执法人员公共法律知识培训"

STAFF_POSTS = ("副局长", "执法大队长", "股长", "科员", "执法队员", "执法队员", "科员", "执法队员")
BUREAU_POSTS = ("副局长", "科长", "科员", "科员")
TEAM_POSTS = ("副队长", "队员", "队员", "队员")
AUX_POST = "执法辅助人员"
REVIEWER_POST = "法制审核员"
NON_ENFORCEMENT_POST = "综合岗（已调离执法岗位）"
