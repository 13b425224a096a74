"""Benchmark: portal search over the published records (issue 6), median and 95th-percentile latency.

Run from the checkout:

    .venv/bin/python bench/bench_publication_search.py                          # SQLite, a district (200,000)
    .venv/bin/python bench/bench_publication_search.py --db postgresql          # PostgreSQL, a province (10M)
    .venv/bin/python bench/bench_publication_search.py --db postgresql --rows 1000000 --keep
    .venv/bin/python bench/bench_publication_search.py --db postgresql --keep --explain   # reuse, show plans

Issue 6: "search over a province's 10 million records must stay interactive". Seed 002 counts 10M+ published
results on Guangdong's one portal, hence 10,000,000 rows on PostgreSQL. A district's worth on SQLite is
200,000: seed 003 (冷水滩区, 2023) published 48,936 licensing and 1,205 penalty decisions in one year and
recorded 4,289 confirmations, about 54,000 publishable results a year, so 163,000 over the three years a
record stays on the portal (the long publication period); 200,000 rounds that up for the kinds the report
does not itemise (征收, 奖励, 裁决) and for growth.

The benchmark never touches the user's database. On PostgreSQL it uses its own database (``zhifa_bench_search``
on the server of ``--database-url``; the account needs CREATEDB), dropped and recreated, migrated and filled,
and dropped again at the end; ``--keep`` keeps it and reuses a filled one without refilling. On SQLite it uses
a fresh file in a temporary directory.

Only ``publicity_publication`` is filled (search reads nothing else but the organisation it joins): a few
hundred enforcement bodies and matters are created first through the test factories, then the rows are
generated from a vocabulary of enforcement texts (无证经营, 超范围经营, 占道经营, 食品, company names, 文号 …),
decisions spread over 2023–2025, mostly 公示中 with some 已撤回, 公示期满, 待审查. Penalties are weighted
higher than seed 003's ratio (they carry the 80–200 character 违法事实 people search), which makes the table
larger and the common words commoner than a real district's: a pessimistic case.

Filling fast: ``search_tokens`` is what the services compute (``index_tokens`` of title, party, 文号 and the
content values); its Python cost is the bottleneck, so two worker processes generate rows and every text
fragment that recurs (a place, a sentence of the facts, a party) is tokenised once and reused. Fragments end
in punctuation, so joining their tokens gives exactly ``index_tokens`` of the whole (checked on the first row
of every batch). PostgreSQL gets the rows by COPY in batches with its secondary indexes (the GIN index on
``search_vector`` among them) dropped and rebuilt afterwards from their own definitions, foreign-key triggers
off (``session_replication_role = replica``, as pg_restore loads: the generated keys are valid), then VACUUM
ANALYZE; SQLite gets executemany, its FTS5 index kept by the migration's triggers, then ANALYZE.

It then prints, for a mix of query shapes (each repeated ``--queries`` times with varied terms), the median
and 95th percentile of the page (``list(search(…)[:20])``) and of ``capped_count``. This is a measurement,
not a test: it prints figures and asserts nothing about time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import platform
import random
import shutil
import statistics
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlsplit, urlunsplit

from _support import setup_django

TODAY = date(2025, 12, 31)  # the benchmark's "today": decisions are spread over the three years before it
FIRST_DAY = date(2023, 1, 1)
DAYS = (TODAY - FIRST_DAY).days + 1
BENCH_DB = "zhifa_bench_search"
BATCH = 20_000
DEFAULT_ROWS = {"postgresql": 10_000_000, "sqlite": 200_000}

# --- the vocabulary ----------------------------------------------------------------------------------------

COUNTIES = [
    "冷水滩区", "零陵区", "祁阳市", "东安县", "双牌县", "道县", "江永县", "宁远县", "蓝山县", "新田县",
    "江华县", "芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "浏阳市", "宁乡市", "长沙县",
    "荷塘区", "芦淞区", "石峰区", "天元区", "渌口区", "醴陵市", "雨湖区", "岳塘区", "湘潭县", "韶山市",
]  # fmt: skip
CITIES = ["永州市", "长沙市", "株洲市", "湘潭市", "衡阳市", "郴州市"]
# (department, 文号 abbreviation, domain)
DEPARTMENTS = [
    ("市场监督管理局", "市监", "market"),
    ("城市管理和综合执法局", "城管", "urban"),
    ("生态环境分局", "环", "ecology"),
    ("交通运输局", "交", "transport"),
    ("卫生健康局", "卫健", "health"),
    ("应急管理局", "应急", "emergency"),
    ("文化旅游广电体育局", "文旅", "culture"),
    ("农业农村局", "农", "agriculture"),
    ("自然资源局", "自然资源", "natural_resources"),
    ("住房和城乡建设局", "住建", "housing"),
]
# Per domain: (违法行为类型, what the party did (a sentence ending in "，"), the article it breaks).
VIOLATIONS = {
    "market": [
        (
            "无证经营",
            "未取得食品经营许可从事预包装食品销售活动，",
            "《中华人民共和国食品安全法》第三十五条第一款",
        ),
        (
            "超范围经营",
            "超出核准登记的经营范围从事散装食品销售，",
            "《中华人民共和国市场主体登记管理条例》第二十四条",
        ),
        ("销售过期食品", "销售超过保质期的食品，", "《中华人民共和国食品安全法》第三十四条第十项"),
        ("未按规定公示信息", "未按规定公示年度报告和即时信息，", "《企业信息公示暂行条例》第十条"),
        (
            "虚假宣传",
            "在其经营场所及网络平台对商品作虚假或者引人误解的商业宣传，",
            "《中华人民共和国反不正当竞争法》第八条第一款",
        ),
        ("销售不合格产品", "销售经抽样检验不合格的电线电缆产品，", "《中华人民共和国产品质量法》第三十九条"),
        (
            "未建立进货查验记录",
            "采购食品未查验供货者的许可证和食品出厂检验合格证，未建立食品进货查验记录，",
            "《中华人民共和国食品安全法》第五十三条",
        ),
        (
            "使用未经检验的特种设备",
            "使用未经定期检验的电梯、压力容器等特种设备，",
            "《中华人民共和国特种设备安全法》第四十条第三款",
        ),
        ("价格违法", "销售商品不按规定明码标价，", "《中华人民共和国价格法》第十三条第一款"),
    ],
    "urban": [
        (
            "占道经营",
            "擅自占用城市道路、人行道摆摊设点从事经营活动，",
            "《城市市容和环境卫生管理条例》第十四条",
        ),
        (
            "未经批准设置户外广告",
            "未经批准擅自在建筑物外墙设置户外广告牌匾，",
            "《城市市容和环境卫生管理条例》第十一条",
        ),
        (
            "违法建设",
            "未取得建设工程规划许可证擅自建设建筑物，",
            "《中华人民共和国城乡规划法》第四十条第一款",
        ),
        (
            "随意倾倒建筑垃圾",
            "未按规定的时间和路线运输、随意倾倒建筑垃圾，",
            "《城市建筑垃圾管理规定》第十五条",
        ),
        (
            "餐饮油烟直排",
            "未安装油烟净化设施，餐饮油烟直接排放，",
            "《中华人民共和国大气污染防治法》第八十一条第一款",
        ),
    ],
    "ecology": [
        (
            "未批先建",
            "建设项目环境影响报告表未经批准擅自开工建设，",
            "《中华人民共和国环境影响评价法》第二十五条",
        ),
        (
            "超标排放大气污染物",
            "排放的大气污染物浓度超过国家规定的排放标准，",
            "《中华人民共和国大气污染防治法》第十八条",
        ),
        (
            "未按规定贮存危险废物",
            "未按照国家有关规定贮存危险废物，危险废物露天堆放，",
            "《中华人民共和国固体废物污染环境防治法》第八十一条",
        ),
    ],
    "transport": [
        (
            "非法营运",
            "未取得道路运输经营许可擅自从事道路旅客运输经营，",
            "《中华人民共和国道路运输条例》第八条",
        ),
        ("超限运输", "驾驶车辆超限运输货物，未办理超限运输许可，", "《公路安全保护条例》第三十五条"),
    ],
    "health": [
        ("无证行医", "未取得医疗机构执业许可证擅自执业，", "《医疗机构管理条例》第十四条"),
        (
            "公共场所卫生违法",
            "公共场所从业人员未取得有效健康合格证明从事直接为顾客服务的工作，",
            "《公共场所卫生管理条例》第七条",
        ),
    ],
    "emergency": [
        (
            "未开展安全生产教育培训",
            "未按照规定对从业人员进行安全生产教育和培训，",
            "《中华人民共和国安全生产法》第二十八条",
        ),
        (
            "未建立事故隐患排查治理制度",
            "未建立事故隐患排查治理制度，未如实记录事故隐患排查治理情况，",
            "《中华人民共和国安全生产法》第四十一条",
        ),
    ],
    "culture": [
        (
            "擅自从事互联网上网服务经营活动",
            "未取得网络文化经营许可证擅自从事互联网上网服务经营活动，",
            "《互联网上网服务营业场所管理条例》第七条",
        ),
        (
            "接纳未成年人进入营业场所",
            "互联网上网服务营业场所接纳未成年人进入，",
            "《互联网上网服务营业场所管理条例》第二十一条",
        ),
    ],
    "agriculture": [
        ("经营假农药", "经营的农药经检验有效成分含量不符合产品质量标准，", "《农药管理条例》第二十七条"),
        ("未按规定使用兽药", "在饲养过程中使用国家禁止使用的兽药，", "《兽药管理条例》第三十九条"),
    ],
    "natural_resources": [
        ("非法占用土地", "未经批准擅自占用集体土地建设厂房，", "《中华人民共和国土地管理法》第四十四条"),
        ("非法采矿", "未取得采矿许可证擅自开采河砂，", "《中华人民共和国矿产资源法》第三条"),
    ],
    "housing": [
        ("未取得施工许可擅自施工", "未取得建筑工程施工许可证擅自施工，", "《中华人民共和国建筑法》第七条"),
        (
            "未按规定进行竣工验收备案",
            "工程竣工验收合格后未按规定办理竣工验收备案，",
            "《房屋建筑和市政基础设施工程竣工验收备案管理办法》第四条",
        ),
    ],
}
# Per domain: (许可事项, the items of a granted scope, each ending in "，").
LICENCES = {
    "market": (
        "食品经营许可",
        [
            "预包装食品（含冷藏冷冻食品）销售，",
            "散装食品（不含冷藏冷冻食品）销售，",
            "热食类食品制售，",
            "冷食类食品制售，",
            "自制饮品制售，",
            "特殊医学用途配方食品销售，",
            "婴幼儿配方乳粉销售，",
            "保健食品销售，",
            "糕点类食品（含裱花蛋糕）制售，",
            "生食类食品制售，",
        ],
    ),
    "urban": (
        "城市建筑垃圾处置核准",
        ["建筑垃圾运输，", "工程渣土消纳，", "装修垃圾清运，", "指定消纳场所处置，"],
    ),
    "ecology": (
        "排污许可",
        ["废水排放口二个，", "废气排放口三个，", "化学需氧量年排放量一点二吨，", "氨氮年排放量零点一吨，"],
    ),
    "transport": (
        "道路运输经营许可",
        ["道路普通货物运输，", "货物专用运输（集装箱），", "大型物件运输，", "道路旅客运输，"],
    ),
    "health": (
        "公共场所卫生许可",
        ["住宿场所，", "沐浴场所，", "美容美发场所，", "游泳场所，", "候车室，", "商场超市，"],
    ),
    "emergency": (
        "危险化学品经营许可",
        ["汽油、柴油零售（不带储存设施），", "液化石油气零售，", "油漆、稀释剂批发，"],
    ),
    "culture": ("网络文化经营许可", ["网络游戏运营，", "网络表演，", "网络音乐娱乐产品，", "动漫产品，"]),
    "agriculture": ("农药经营许可", ["农药零售（不含限制使用农药），", "限制使用农药经营，", "兽药经营，"]),
    "natural_resources": ("建设用地规划许可", ["城镇住宅用地，", "商业服务业设施用地，", "工业用地，"]),
    "housing": (
        "建筑工程施工许可",
        ["房屋建筑工程，", "市政基础设施工程，", "装饰装修工程，", "建筑面积一万平方米，"],
    ),
}
OTHER_ACTS = {  # PublicationKind → (决定, a sentence of its content)
    "confirmation": ("行政确认", "经审核，申请人提交的材料齐全、符合法定形式，予以确认，"),
    "payment": ("行政给付", "经审核，符合给付条件，按规定标准发放补助资金，"),
    "reward": ("行政奖励", "在安全生产举报中提供有效线索，经核实，依照奖励办法给予奖励，"),
    "levy": ("行政征收", "依法核定应缴纳的费用，责令在规定期限内缴纳，"),
    "adjudication": ("行政裁决", "经审理，双方争议事实清楚，依法作出裁决，"),
}
ZIHAO = [
    "恒达", "鑫源", "宏发", "金穗", "华盛", "永兴", "顺达", "利民", "兴旺", "福满", "瑞丰", "嘉禾", "天成",
    "盛世", "安康", "广源", "隆昌", "新锐", "长青", "宏远", "振华", "博雅", "锦程", "润泽", "信诚", "和美",
    "德隆", "聚鑫", "祥和", "汇通", "致远", "东方", "湘江", "潇湘", "舜德", "九嶷", "阳明", "香零", "浯溪",
    "柳子", "金桂", "银杏", "百合", "青松", "明珠", "星辰", "天宇", "恒通", "万家", "千禧", "佳佳", "乐购",
    "优品", "惠民", "吉祥", "如意", "昌盛", "家和", "众诚", "同心",
]  # fmt: skip
INDUSTRIES = [
    "食品", "商贸", "餐饮管理", "建材", "物流", "医药", "农业科技", "建筑工程", "汽车服务", "文化传媒",
    "超市", "酒业", "环保科技", "五金", "电器", "服饰", "茶业", "水产", "粮油", "烟酒", "酒店管理",
    "网络科技", "房地产开发", "装饰工程",
]  # fmt: skip
FORMS = ("有限公司", "有限责任公司", "股份有限公司")
SHOPS = [
    "粮油店", "便利店", "小吃店", "烧烤店", "水果店", "副食店", "药店", "理发店", "网吧", "五金店", "早餐店",
    "米粉店",
]  # fmt: skip
SURNAMES = [
    "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何",
    "郭", "马", "罗", "蒋", "唐", "邓", "谭", "彭",
]  # fmt: skip
GIVEN = [
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀",
    "霞", "平", "刚", "桂", "英", "华", "建", "国", "志", "红", "文", "斌", "辉",
]  # fmt: skip
STREETS = [
    "凤凰街道", "梅湾街道", "菱角山街道", "曲河街道", "朝阳街道", "南津渡街道", "七里店街道", "徐家井街道",
    "城北街道", "万家庄街道",
]  # fmt: skip
ROADS = [
    "梧桐路", "零陵路", "湘永路", "河东路", "滨江路", "人民路", "解放路", "建设路", "新华路", "中山路",
    "潇湘大道", "舜德路",
]  # fmt: skip
DETAILS = [
    "现场查获待售商品一批，",
    "执法人员当场制作了现场检查笔录，",
    "经执法人员现场检查，",
    "当事人对上述事实无异议，",
    "经抽样送检，检验结论为不合格，",
    "经责令限期改正，逾期未改正，",
    "群众通过12345热线举报，",
    "经调查核实，",
    "当事人积极配合调查，主动消除违法行为危害后果，",
    "该行为持续时间较长，社会影响较大，",
]
# Words that occur in about one record in 50,000: the "rare word" queries.
RARE = [
    "穿山甲", "河豚", "瘦肉精", "电子烟", "无人机", "野生菌", "文物", "烟花爆竹", "象牙", "孔雀石绿",
    "苏丹红", "地沟油",
]  # fmt: skip
RARE_RATE = 1 / 50_000


# --- the rows ----------------------------------------------------------------------------------------------

COLUMNS = [
    "source_kind", "source_id", "source_ref", "kind", "organisation_id", "matter_id", "title", "party_name",
    "party_is_org", "number", "decided_on", "due_on", "due_basis", "state", "barrier", "published_on",
    "ends_on", "period_basis", "revoked_on", "withdraw_due_on", "withdrawn_on", "withdraw_reason", "version",
    "content", "search_tokens", "created_at", "updated_at",
]  # fmt: skip
SOURCE_OF = {"penalty": "penalty", "licence": "licence"}  # every other kind is a recorded act
KIND_WEIGHTS = {
    "penalty": 40,
    "licence": 45,
    "confirmation": 7,
    "payment": 3,
    "reward": 1,
    "levy": 2,
    "adjudication": 2,
}
KINDS = list(KIND_WEIGHTS)
KIND_CUM = list(itertools.accumulate(KIND_WEIGHTS.values()))
TOKENS_AT, ORG_AT = COLUMNS.index("search_tokens"), COLUMNS.index("party_is_org")


@dataclass(frozen=True)
class Body:
    id: int
    name: str
    prefix: str  # of its 文号: county initial + department abbreviation
    domain: str


@dataclass
class World:
    """The enforcement bodies and matters the rows point to (created in the database first)."""

    bodies: list[Body]
    matters: dict[str, list[int]]  # domain → matter ids
    seed: int
    created_at: str = ""


@dataclass
class Generator:
    """Generates rows (in a worker process); caches the tokens of every recurring fragment."""

    world: World
    cache: dict[str, str] = field(default_factory=dict)

    def tok(self, text: str) -> str:
        tokens = self.cache.get(text)
        if tokens is None:
            tokens = self.cache[text] = _index_tokens(text)
        return tokens

    def party(self, rng: random.Random) -> tuple[str, bool, list[tuple[str, str]]]:
        """(name, is_org, the party's public fields)."""
        roll = rng.random()
        if roll < 0.6:
            name = f"{rng.choice(CITIES)}{rng.choice(ZIHAO)}{rng.choice(INDUSTRIES)}{rng.choice(FORMS)}"
            rep = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            return (
                name,
                True,
                [("当事人", name), ("统一社会信用代码", _uscc(name)), ("法定代表人（负责人）", rep)],
            )
        if roll < 0.75:
            name = f"{rng.choice(COUNTIES)}{rng.choice(SURNAMES)}记{rng.choice(SHOPS)}"
            return name, False, [("当事人", name), ("经营者", rng.choice(SURNAMES) + rng.choice(GIVEN))]
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        return name, False, [("当事人", name)]

    def row(self, rng: random.Random, source_id: int) -> tuple[list, list[str]]:
        """One row (values in ``COLUMNS`` order, strings or None) and the texts its tokens come from."""
        kind = rng.choices(KINDS, cum_weights=KIND_CUM)[0]
        body = rng.choice(self.world.bodies)
        decided = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        party, is_org, party_fields = self.party(rng)
        number = (
            f"{body.prefix}{'罚' if kind == 'penalty' else '决'}〔{decided.year}〕{rng.randrange(1, 3000)}号"
        )
        if kind == "penalty":
            title, fields, short = self._penalty(rng, body, decided, party)
        elif kind == "licence":
            title, fields, short = (
                self._licence(rng, body, party),
                self._licence_fields(rng, body, decided),
                False,
            )
        else:
            title, fields, short = self._act(rng, kind, body, decided, party)
        fields = [("决定文号", number), *party_fields, *fields, ("决定日期", _cn_date(decided))]
        values = [value for _label, value in fields]
        parts = (_index_tokens(title), self.tok(party), _index_tokens(number), *map(self.tok_value, values))
        tokens = " ".join(t for t in parts if t)
        matter = rng.choice(self.world.matters[body.domain])
        dates = _dates(rng, decided, short)
        row = [
            SOURCE_OF.get(kind, "act"), str(source_id), f"{body.prefix}{decided.year}{source_id:08d}", kind,
            str(body.id), str(matter), title, party, "t" if is_org else "f", number, decided.isoformat(),
            *dates, "1", json.dumps([[k, v.replace("\x1f", "")] for k, v in fields], ensure_ascii=False), tokens,
            self.world.created_at, self.world.created_at,
        ]  # fmt: skip
        return row, [title, party, number, *values]

    def tok_value(self, value: str) -> str:
        """A content value: facts and scopes are ``；``-joined sentences ending in punctuation, so tokenise per
        sentence (cached); anything else whole."""
        if "\x1f" not in value:
            return self.tok(value)
        return " ".join(t for t in map(self.tok, value.split("\x1f")) if t)

    def _facts(self, rng: random.Random, act: str, basis: str) -> str:
        place = f"在{rng.choice(COUNTIES)}{rng.choice(STREETS)}{rng.choice(ROADS)}{rng.randrange(1, 300)}号经营场所内，"
        parts = [
            "经查，",
            f"当事人于{_cn_date(FIRST_DAY + timedelta(days=rng.randrange(DAYS)))}，",
            place,
            act,
        ]
        parts += rng.sample(DETAILS, rng.randint(1, 3))
        if rng.random() < RARE_RATE * len(RARE):
            parts.append(f"涉及{rng.choice(RARE)}，")
        parts.append(f"违法所得{rng.randrange(100, 20000)}元。")
        parts.append(f"当事人的上述行为违反了{basis}的规定。")
        return "\x1f".join(parts)

    def _penalty(self, rng, body: Body, decided: date, party: str):
        name, act, basis = rng.choice(VIOLATIONS[body.domain])
        fine = rng.choice((500, 1000, 2000, 3000, 5000, 8000, 10000, 20000, 30000, 50000, 100000))
        content = (
            f"罚款{fine:,.2f}元"
            if rng.random() < 0.8
            else f"警告；没收违法所得{rng.randrange(100, 5000):,.2f}元"
        )
        fields = [
            ("违法行为类型", name), ("违法事实", self._facts(rng, act, basis)),
            ("处罚依据", f"{basis}；《中华人民共和国行政处罚法》第二十八条"), ("处罚种类与内容", content),
            ("处罚机关", body.name),
        ]  # fmt: skip
        return f"{party}{name}行政处罚决定", fields, fine <= 3000 or content.startswith("警告")

    def _licence(self, rng, body: Body, party: str) -> str:
        return f"{party}{LICENCES[body.domain][0]}准予行政许可决定"

    def _licence_fields(self, rng, body: Body, decided: date) -> list[tuple[str, str]]:
        matter, items = LICENCES[body.domain]
        scope = rng.sample(items, min(len(items), rng.randint(3, 6)))
        scope += [
            "经营场所：",
            f"{rng.choice(COUNTIES)}{rng.choice(STREETS)}{rng.choice(ROADS)}{rng.randrange(1, 300)}号，",
        ]
        scope += ["申请材料齐全、符合法定形式，", "经现场核查符合许可条件，准予许可。"]
        until = _add_months(decided, 60) - timedelta(days=1)
        return [
            ("许可事项", matter), ("许可决定", "准予行政许可"), ("许可内容", "\x1f".join(scope)),
            ("有效期", f"{decided.isoformat()} 至 {until.isoformat()}"), ("许可机关", body.name),
        ]  # fmt: skip

    def _act(self, rng, kind: str, body: Body, decided: date, party: str):
        label, sentence = OTHER_ACTS[kind]
        content = "\x1f".join(
            [sentence, f"申请日期{_cn_date(decided - timedelta(days=rng.randrange(1, 30)))}，",
             f"{rng.choice(COUNTIES)}{rng.choice(STREETS)}，", *rng.sample(DETAILS, 2), "特此公示。"]
        )  # fmt: skip
        fields = [("执法事项", f"{label}（{body.name}）"), ("决定内容", content), ("决定机关", body.name)]
        return f"{party}{label}决定", fields, False


def _uscc(name: str) -> str:
    """A stable made-up 统一社会信用代码 for a company name (shape only; the check characters do not matter)."""
    digits = f"{abs(hash(('uscc', name))) % 10**10:010d}"
    return f"91431102MA{digits[:7]}X"


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _dates(rng: random.Random, decided: date, short: bool) -> list[str | None]:
    """due_on … withdraw_reason: the publication's deadline, state and periods (``COLUMNS`` order)."""
    due = decided + timedelta(days=10)
    ends = _add_months(decided, 3 if short else 36)
    published = decided + timedelta(days=rng.randrange(1, 10))
    basis, period = "决定作出之日起7个工作日内公开", "3个月" if short else "3年"
    roll = rng.random()
    revoked = withdraw_due = withdrawn = None
    state, barrier, reason = "published", "", ""
    if published > TODAY or (decided > TODAY - timedelta(days=10) and roll < 0.5):
        state, published, ends = "pending", None, None
    elif roll < 0.015:
        state, reason = "withdrawn", "决定被撤销（行政复议决定）：原处罚决定认定事实不清"
        revoked = min(published + timedelta(days=rng.randrange(20, 60)), TODAY - timedelta(days=3))
        withdraw_due, withdrawn = revoked + timedelta(days=3), revoked + timedelta(days=2)
    elif roll < 0.02:
        state, barrier, published, ends = "held", "涉及个人隐私，依法不予公开", None, None
    elif ends < TODAY:
        state = "expired"
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    return [
        iso(due), basis, state, barrier, iso(published), iso(ends), f"公示期{period}" if ends else "",
        iso(revoked), iso(withdraw_due), iso(withdrawn), reason,
    ]  # fmt: skip


def _add_months(d: date, months: int) -> date:
    """The same day ``months`` later (the 28th at most, which keeps every month valid)."""
    month = d.month - 1 + months
    return date(d.year + month // 12, month % 12 + 1, min(d.day, 28))


# --- worker processes --------------------------------------------------------------------------------------

_GEN: Generator | None = None
_index_tokens = None  # zhifa.publicity.domain.tokens.index_tokens, once Django is set up


def _init_worker(world: World) -> None:
    global _GEN, _index_tokens
    from zhifa.publicity.domain.tokens import index_tokens

    _GEN, _index_tokens = Generator(world), index_tokens


def _chunk(spec: tuple[int, int, str]) -> bytes | list[tuple]:
    """Rows ``start`` … ``start + count - 1`` as COPY text (PostgreSQL) or tuples (SQLite)."""
    start, count, vendor = spec
    rng = random.Random(_GEN.world.seed * 1_000_003 + start)
    rows = []
    for n in range(start, start + count):
        row, texts = _GEN.row(rng, n)
        if n == start and row[TOKENS_AT] != _index_tokens(*(t.replace("\x1f", "") for t in texts)):
            raise RuntimeError(
                "composed tokens differ from index_tokens: a fragment does not end in punctuation"
            )
        rows.append(row)
    if vendor == "sqlite":
        return [_sqlite_row(r) for r in rows]
    return "".join("\t".join(_copy_value(v) for v in r) + "\n" for r in rows).encode()


def _copy_value(value: str | None) -> str:
    if value is None:
        return r"\N"
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _sqlite_row(row: list) -> tuple:
    return (*row[:ORG_AT], 1 if row[ORG_AT] == "t" else 0, *row[ORG_AT + 1 :])


# --- the database ------------------------------------------------------------------------------------------


def _bench_url(database_url: str) -> str:
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=f"/{BENCH_DB}"))


def _admin(database_url: str, sql: str) -> None:
    import psycopg

    parts = urlsplit(database_url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(sql)


def _pg_exists(database_url: str) -> bool:
    import psycopg

    parts = urlsplit(database_url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]).fetchone() is not None


def _prepare(args) -> tuple[str, bool]:
    """Create (or, with --keep, reuse) the benchmark's own database before Django starts; (url, reused)."""
    if args.db == "sqlite":
        return "", False
    url = _bench_url(args.database_url)
    if args.keep and _pg_exists(args.database_url):
        return url, True
    _admin(args.database_url, f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
    _admin(args.database_url, f"CREATE DATABASE {BENCH_DB}")
    return url, False


def _migrate() -> float:
    from django.core.management import call_command

    start = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    return time.perf_counter() - start


def _make_world(seed: int) -> World:
    """300 bodies (30 counties × 10 departments) and 300 matters (30 per domain), through the factories."""
    from django.utils import timezone

    from zhifa.catalog.tests.factories import MatterFactory
    from zhifa.organisations.tests.factories import OrganisationFactory

    bodies, matters = [], {}
    for county in COUNTIES:
        for dept, short, domain in DEPARTMENTS:
            org = OrganisationFactory(
                name=f"{county}{dept}", short_name=f"{county[:2]}{short}", domain=domain
            )
            bodies.append(Body(org.pk, org.name, f"{county[0]}{short}", domain))
    for _dept, _short, domain in DEPARTMENTS:
        matters[domain] = [MatterFactory().pk for _ in range(30)]
    return World(bodies, matters, seed, timezone.now().isoformat(sep=" "))


def _load_world() -> World:
    from zhifa.catalog.models import Matter
    from zhifa.organisations.models import Organisation

    bodies = [Body(o.pk, o.name, "", o.domain) for o in Organisation.objects.order_by("pk")]
    ids = list(Matter.objects.order_by("pk").values_list("pk", flat=True))
    return World(bodies, {d: ids for _n, _s, d in DEPARTMENTS}, 0)


# --- filling -----------------------------------------------------------------------------------------------


def _specs(rows: int, vendor: str) -> list[tuple[int, int, str]]:
    return [(start, min(BATCH, rows - start + 1), vendor) for start in range(1, rows + 1, BATCH)]


def _fill(world: World, rows: int, vendor: str, timings: dict[str, float]) -> None:
    from django.db import connection

    connection.close()  # the workers are forked: they must not share the connection
    start = time.perf_counter()
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2, initializer=_init_worker, initargs=(world,)) as pool:
        chunks = pool.imap(_chunk, _specs(rows, vendor))
        if vendor == "postgresql":
            _copy_postgresql(chunks, rows, timings)
        else:
            _insert_sqlite(chunks, rows)
    timings["灌入合计（生成、COPY、索引、VACUUM）"] = time.perf_counter() - start


def _progress(done: int, rows: int, started: float) -> None:
    if done % 500_000 < BATCH or done == rows:
        elapsed = time.perf_counter() - started
        print(f"  … {done:>11,} 行  {elapsed:7.0f} s  ({done / elapsed:,.0f} 行/s)", flush=True)


def _copy_postgresql(chunks, rows: int, timings: dict[str, float]) -> None:
    from django.db import connection

    connection.ensure_connection()
    conn = connection.connection
    sql = f"COPY publicity_publication ({', '.join(COLUMNS)}) FROM STDIN"
    dropped = _drop_indexes(conn)
    conn.execute("SET synchronous_commit = off")
    conn.execute("SET session_replication_role = replica")  # no FK triggers during the load (needs superuser)
    done, started = 0, time.perf_counter()
    for data in chunks:
        with conn.cursor() as cur, cur.copy(sql) as copy:
            copy.write(data)
        done += data.count(b"\n")
        _progress(done, rows, started)
    conn.execute("SET session_replication_role = DEFAULT")
    timings["其中 COPY"] = time.perf_counter() - started
    _rebuild_indexes(conn, dropped, timings)


def _drop_indexes(conn) -> list[tuple[str, str]]:
    """Drop the table's secondary indexes (not the primary key or unique constraints); their definitions."""
    found = conn.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "WHERE i.indrelid = 'publicity_publication'::regclass "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1"
    ).fetchall()
    for name, _definition in found:
        conn.execute(f"DROP INDEX {name}")
    return found


def _rebuild_indexes(conn, dropped: list[tuple[str, str]], timings: dict[str, float]) -> None:
    conn.execute("SET maintenance_work_mem = '1GB'")
    for name, definition in dropped:
        start = time.perf_counter()
        conn.execute(definition)
        timings[f"索引 {name}"] = time.perf_counter() - start
        print(f"  索引 {name} {timings[f'索引 {name}']:.0f} s", flush=True)
    start = time.perf_counter()
    conn.execute("VACUUM (ANALYZE) publicity_publication")
    timings["VACUUM ANALYZE"] = time.perf_counter() - start


def _insert_sqlite(chunks, rows: int) -> None:
    from django.db import connection, transaction

    sql = f"INSERT INTO publicity_publication ({', '.join(COLUMNS)}) VALUES ({', '.join(['%s'] * len(COLUMNS))})"
    done, started = 0, time.perf_counter()
    for batch in chunks:
        with transaction.atomic(), connection.cursor() as cur:
            cur.executemany(sql, batch)
        done += len(batch)
        _progress(done, rows, started)
    with connection.cursor() as cur:
        cur.execute("ANALYZE")


# --- sizes -------------------------------------------------------------------------------------------------


def _sizes(vendor: str) -> list[tuple[str, int]]:
    from django.db import connection

    with connection.cursor() as cur:
        if vendor == "sqlite":
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            path = connection.settings_dict["NAME"]
            return [("数据库文件", os.path.getsize(path))]
        cur.execute(
            "SELECT pg_total_relation_size(c.oid), pg_relation_size(c.oid), "
            "COALESCE(pg_total_relation_size(c.reltoastrelid), 0), pg_indexes_size(c.oid) "
            "FROM pg_class c WHERE c.relname = 'publicity_publication'"
        )
        total, heap, toast, indexes = cur.fetchone()
        cur.execute(
            "SELECT indexrelid::regclass::text, pg_relation_size(indexrelid) FROM pg_index "
            "WHERE indrelid = 'publicity_publication'::regclass ORDER BY 2 DESC"
        )
        per_index = [(f"  {name}", size) for name, size in cur.fetchall()]
        cur.execute("SELECT pg_database_size(current_database())")
        (database,) = cur.fetchone()
    rows = [("表（含TOAST与索引）", total), ("  堆", heap), ("  TOAST", toast), ("  索引合计", indexes)]
    return rows + per_index + [("整个数据库", database)]


# --- the queries -------------------------------------------------------------------------------------------


def _shapes(world: World, rng: random.Random):
    """Query shapes: (name, example, a function of the repetition number giving the filters)."""
    from zhifa.publicity.selectors import SearchFilters

    bodies = [b.id for b in world.bodies]
    two = ["罚款", "食品", "许可", "经营", "餐饮", "广告", "运输", "药品"]
    phrase = [
        "无证经营", "超范围经营", "占道经营", "未按规定公示", "虚假宣传", "违法所得", "危险废物",
        "安全生产教育",
    ]  # fmt: skip
    companies = [f"{c}{z}" for c in CITIES for z in ZIHAO]
    kinds = list(KIND_WEIGHTS)

    def month(**filters) -> SearchFilters:
        start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 31))
        return SearchFilters(date_from=start, date_to=start + timedelta(days=30), **filters)

    def full_name(i: int) -> str:
        return f"{rng.choice(CITIES)}{rng.choice(ZIHAO)}{rng.choice(INDUSTRIES)}{rng.choice(FORMS)}"

    return [
        ("二字词", "罚款", lambda i: SearchFilters(q=two[i % len(two)])),
        ("四字以上短语", "无证经营", lambda i: SearchFilters(q=phrase[i % len(phrase)])),
        ("罕见词", "穿山甲", lambda i: SearchFilters(q=RARE[i % len(RARE)])),
        ("企业全称", "永州市恒达食品有限公司", lambda i: SearchFilters(q=full_name(i))),
        ("两词", "食品 罚款", lambda i: SearchFilters(q=f"{two[i % 4]} {phrase[i % 3]}")),
        ("主体+类别", "body, penalty", lambda i: SearchFilters(organisation_id=rng.choice(bodies), kind=kinds[i % 2])),
        ("决定日期一个月", "30天", lambda i: month()),
        ("当事人名称前缀", "永州市恒达", lambda i: SearchFilters(party=rng.choice(companies))),
        ("二字词+日期", "食品, 30天", lambda i: month(q=two[i % len(two)])),
        ("组合", "词+主体+类别+一年", lambda i: SearchFilters(
            q=two[i % 4], organisation_id=rng.choice(bodies), kind="penalty",
            date_from=date(2024 + i % 2, 1, 1), date_to=date(2024 + i % 2, 12, 31))),
    ]  # fmt: skip


@dataclass
class Result:
    name: str
    example: str
    page_ms: list[float]
    count_ms: list[float]
    hits: list[int]


def _measure(shapes, repetitions: int) -> list[Result]:
    from zhifa.publicity.selectors import capped_count, search

    results = []
    for name, example, make in shapes:
        list(search(make(0), today=TODAY)[:20])  # one warm-up run per shape (connection, plan caches)
        result = Result(name, example, [], [], [])
        for i in range(repetitions):
            filters = make(i)
            start = time.perf_counter()
            list(search(filters, today=TODAY)[:20])
            middle = time.perf_counter()
            n, more = capped_count(search(filters, today=TODAY))
            end = time.perf_counter()
            result.page_ms.append((middle - start) * 1000)
            result.count_ms.append((end - middle) * 1000)
            result.hits.append(n + (1 if more else 0))
        results.append(result)
        print(f"  {name} done", flush=True)
    return results


def _explain(shapes) -> None:
    from zhifa.publicity.selectors import search

    for name, _example, make in shapes:
        filters = make(0)
        print(f"\n--- {name}: {filters}")
        print(search(filters, today=TODAY)[:20].explain(analyze=True, buffers=True))


def _p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def _print_results(results: list[Result], repetitions: int) -> None:
    print(
        f"\n检索延迟（毫秒；每种 {repetitions} 次，词语轮换；页 = list(search(…)[:20])，计数 = capped_count）"
    )
    print(_pad("查询", 16) + _pad("示例", 24) + "".join(_pad(h, 11, right=True) for h in HEADS))
    for r in results:
        hits = statistics.median(r.hits)
        hits_text = "1000+" if hits > 1000 else f"{hits:.0f}"
        print(
            f"{_pad(r.name, 16)}{_pad(r.example, 24)}{statistics.median(r.page_ms):11.1f}{_p95(r.page_ms):11.1f}"
            f"{statistics.median(r.count_ms):11.1f}{_p95(r.count_ms):11.1f}{hits_text:>11}"
        )


HEADS = ("页 中位", "页 p95", "计数 中位", "计数 p95", "命中 中位")


def _pad(text: str, width: int, right: bool = False) -> str:
    """Align ``text`` in ``width`` terminal columns (a CJK character takes two)."""
    gap = " " * max(1, width - sum(2 if ord(ch) > 0x2E80 else 1 for ch in text))
    return gap + text if right else text + gap


# --- main --------------------------------------------------------------------------------------------------


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="公示检索基准：灌入公示记录后测检索延迟（中位数、95分位）。")
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite", help="数据库类型。")
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/postgres",
        help=f"PostgreSQL 服务器（只借用其地址与账号；基准使用自己的数据库 {BENCH_DB}）。",
    )  # fmt: skip
    parser.add_argument(
        "--rows", type=int, default=None, help="公示记录行数（PostgreSQL 缺省1000万，SQLite 20万）。"
    )
    parser.add_argument("--queries", type=int, default=40, help="每种查询的重复次数。")
    parser.add_argument(
        "--keep", action="store_true", help="保留基准数据库；已灌好的则直接复用（仅 PostgreSQL）。"
    )
    parser.add_argument("--explain", action="store_true", help="另外打印每种查询的 EXPLAIN ANALYZE。")
    parser.add_argument("--seed", type=int, default=2026, help="随机种子。")
    args = parser.parse_args()
    args.rows = args.rows or DEFAULT_ROWS[args.db]
    return args


def _setup(args, timings: dict[str, float]) -> tuple[World, int, object]:
    """Start Django on the benchmark database; migrate and fill it unless reused. (world, rows, data dir)."""
    url, reused = _prepare(args)
    data_dir = setup_django(url)
    from zhifa.publicity.models import Publication

    timings["迁移（migrate）"] = _migrate()
    if reused and Publication.objects.exists():
        print(f"复用已有的 {BENCH_DB}（--keep）：不重新灌入")
        return _load_world(), Publication.objects.count(), data_dir
    world = _make_world(args.seed)
    print(f"灌入 {args.rows:,} 行 …", flush=True)
    _fill(world, args.rows, "postgresql" if args.db == "postgresql" else "sqlite", timings)
    return world, args.rows, data_dir


def main() -> None:
    import django

    args = _parse_args()
    timings: dict[str, float] = {}
    world, rows, data_dir = _setup(args, timings)
    from django.db import connection

    print(
        f"\nzhifa 公示检索基准  数据库 {connection.vendor} {connection.settings_dict['NAME']}  行数 {rows:,}"
    )
    print(f"Python {platform.python_version()}  Django {django.get_version()}  CPU {os.cpu_count()}")
    for part, seconds in timings.items():
        print(f"{_pad(part, 52)}{seconds:10.1f} s")
    for part, size in _sizes(connection.vendor):
        print(f"{_pad(part, 52)}{size / 2**20:10.1f} MiB")
    shapes = _shapes(world, random.Random(args.seed))
    try:
        results = _measure(shapes, args.queries)
        _print_results(results, args.queries)
        if args.explain:
            _explain(shapes)
    finally:
        connection.close()
        if args.db == "postgresql" and not args.keep:
            _admin(args.database_url, f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
