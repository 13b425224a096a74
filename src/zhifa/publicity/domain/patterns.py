"""Patterns and vocabularies the masking engine (``masking.py``) detects personal information with.

Only the shapes live here; whether a match is personal information (a valid check character, a valid date,
Luhn, the words around it) is decided in ``masking.py``. Every pattern runs on the *folded* text
(``fold``): full-width digits, letters and punctuation become ASCII one character for one character, so
positions stay those of the original text.

Number patterns never start or end inside a longer run of digits: a run joined by a hyphen
(``439901-2-2026-000012``, a 案件编号) is one number, and no part of it is taken for a telephone number.
"""

from __future__ import annotations

import re

# U+FF01–U+FF5E are the full-width forms of U+0021–U+007E; U+3000 is the ideographic space.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """Fold full-width ASCII (``１３８``, ``－``, ``（``) to ASCII, keeping every character's position."""
    return text.translate(_FULL_WIDTH)


# --- numbers -------------------------------------------------------------------------------------------------

# No digit (or a digit and a hyphen) immediately before; the same after.
_NOT_AFTER_DIGIT = r"(?<!\d)(?<!\d-)"
_NOT_BEFORE_DIGIT = r"(?!\d)(?!-\d)"
# The same, and no Latin letter either: a letter-prefixed number (JY…, SF…) is a licence or waybill number.
_NOT_AFTER_ALNUM = r"(?<![0-9A-Za-z])(?<![0-9A-Za-z]-)"
_NOT_BEFORE_ALNUM = r"(?![0-9A-Za-z])(?!-\d)"

# 18 characters, one space or hyphen tolerated between any two (``110101 19900307 123X``).
RESIDENT_ID_18 = re.compile(_NOT_AFTER_DIGIT + r"\d(?:[ -]?\d){16}[ -]?[\dXx]" + _NOT_BEFORE_ALNUM)
# The first-generation 15-digit number (6 address + YYMMDD + 3 sequence), written without separators.
RESIDENT_ID_15 = re.compile(_NOT_AFTER_ALNUM + r"\d{15}" + _NOT_BEFORE_ALNUM)
# 1[3-9] + 9 digits, spaces or hyphens anywhere, optionally after +86 / 0086 / 86 / (+86).
MOBILE = re.compile(
    _NOT_AFTER_DIGIT + r"(?:(?:\+|00)?86[ -]?|\(\+?86\)[ -]?)?1[3-9](?:[ -]?\d){9}" + _NOT_BEFORE_DIGIT
)
# 0 + area code (010, 02x, or 0 + three digits), optionally in parentheses, + a 7–8 digit local number that
# does not begin with 0, + an optional extension (-801, 转801, 分机801, ext801).
LANDLINE = re.compile(
    _NOT_AFTER_DIGIT
    + r"(?:\((?:0(?:10|2\d|[3-9]\d\d))\)|0(?:10|2\d|[3-9]\d\d))[ -]?[1-9]\d{6,7}"
    + r"(?:[ ]?(?:-|转|分机|ext\.?)[ ]?\d{1,6})?"
    + _NOT_BEFORE_DIGIT,
    re.IGNORECASE,
)
# A local number without area code counts only right after a word that says it is a telephone number.
LANDLINE_AFTER_KEYWORD = re.compile(
    r"(?:电话|座机|固话|传真|联系方式)[^0-9。；;\n]{0,6}?"
    + _NOT_AFTER_DIGIT
    + r"([2-9]\d{6,7})"
    + _NOT_BEFORE_DIGIT
)
# 13–19 digits, contiguous or in groups of four (``6222 0212 3456 7890 128``); Luhn is checked later.
CARD = re.compile(_NOT_AFTER_ALNUM + r"\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?" + _NOT_BEFORE_ALNUM)
# After 账号/卡号/账户/开户…, any number of 8–30 digits in the same clause is an account, Luhn or not
# (organisations' accounts at 建设银行 and others have 20 or more digits and no Luhn digit).
ACCOUNT_AFTER_KEYWORD = re.compile(
    r"(?:账号|帐号|卡号|账户|帐户|开户|银行卡)[^0-9。；;\n]{0,24}?"
    + _NOT_AFTER_DIGIT
    + r"(\d(?:[ -]?\d){7,29})"
    + _NOT_BEFORE_DIGIT
)
# Other contact accounts and other identity documents, only right after the word that names them.
OTHER_CONTACT = re.compile(
    r"(?:QQ|微信|WeChat|微博)(?:号码|号|账号|帐号)?[:\s]*([A-Za-z0-9][A-Za-z0-9_\-]{4,29})(?![A-Za-z0-9_\-])",
    re.IGNORECASE,
)
OTHER_ID = re.compile(
    r"(?:护照|通行证|居住证|军官证|士兵证|驾驶证|社会保障卡|社保卡|回乡证|台胞证)(?:号码|号|编号)?[:\s]*"
    r"([A-Za-z0-9][A-Za-z0-9\-]{5,19})(?![A-Za-z0-9\-])"
)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# Words that say the number after them is an organisation's or a document's public number. Looked for in
# the same clause, a few characters before the number (``masking._public_number``).
PUBLIC_NUMBER_WORDS = (
    "统一社会信用代码", "信用代码", "注册号", "执法证", "证号", "编号", "文号", "案号", "条码", "条形码",
    "批号", "许可证", "单号", "发票", "合同号", "货号", "型号",
)  # fmt: skip
# …unless a word in the same window says it is personal (``身份证号`` contains ``证号``).
PERSONAL_NUMBER_WORDS = ("身份证", "手机", "电话", "联系方式", "账号", "帐号", "卡号", "账户", "帐户", "开户")
USCC_WORDS = ("统一社会信用代码", "信用代码", "注册号")
CLAUSE_BREAK = re.compile(r"[。；;，,\n]")

# --- addresses ------------------------------------------------------------------------------------------------

# The administrative part ends with one of these words (a road, street, lane, village, estate or building);
# the detail that follows — house number and below — is masked.
_ADDRESS_ANCHOR = (
    r"(?:大道|大街|胡同|社区|小区|新村|花园|公寓|大厦|广场|中心|园区|工业区|"
    r"路|街|道|巷|弄|里|村|段|苑|园|庄|屯|城|府)"
)
_NUMBER = r"(?:\d+|[A-Za-z]|[零〇一二三四五六七八九十百两]+)(?:-\d+)?"
_UNIT = r"(?:号楼|号院|号|栋|幢|座|单元|楼|层|室|房|组|户|铺|档)"
ADDRESS_DETAIL = re.compile(
    _ADDRESS_ANCHOR + r"(?P<detail>" + _NUMBER + _UNIT + r"(?:[-之附]?" + _NUMBER + r"?" + _UNIT + r")*)"
)

# --- health ---------------------------------------------------------------------------------------------------

# 个人信息保护法 第二十八条: 医疗健康 is sensitive personal information. Longer terms first.
HEALTH_TERMS = (
    "人类免疫缺陷病毒", "精神分裂症", "双相情感障碍", "阿尔茨海默", "乙型肝炎", "丙型肝炎", "恶性肿瘤",
    "尖锐湿疣", "艾滋病", "精神疾病", "精神障碍", "精神病", "抑郁症", "焦虑症", "自闭症", "智力障碍",
    "肺结核", "结核病", "白血病", "糖尿病", "高血压", "心脏病", "传染病", "体检报告", "病历", "病史",
    "乙肝", "丙肝", "肝炎", "结核", "癫痫", "癌症", "肿瘤", "残疾", "伤残", "瘫痪", "怀孕", "妊娠",
    "流产", "性病", "梅毒", "淋病", "诊断", "住院", "HIV", "癌",
)  # fmt: skip
# A verb that says a person has the condition is masked with the term (患有乙肝 → one placeholder).
_HEALTH_LEAD = r"(?:患有|罹患|身患|确诊(?:为|患有)?|诊断为|感染(?:了)?|查出)?"
_HEALTH_TAIL = r"(?:病毒携带者|携带者|患者|病人|病史|病)?"
HEALTH = re.compile(
    _HEALTH_LEAD
    + "(?:"
    + "|".join(map(re.escape, HEALTH_TERMS))
    + ")"
    + _HEALTH_TAIL
    + r"(?!防治|保障|防控|防疫|疫苗|试剂|药|部|楼)",  # 乙肝疫苗, 诊断试剂, 住院部 name no one's health
    re.IGNORECASE,
)
# A disease named as what a product claims to treat (治疗乙肝, 抗癌, 防癌) is the fact of a false claim,
# not anyone's health; common in 广告 and 药品 cases.
HEALTH_CLAIM_BEFORE = re.compile(r"(?:治疗|治愈|根治|预防|防治|抗|防|治)$")

# --- names of persons other than the party --------------------------------------------------------------------

COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒",
    "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠",
)  # fmt: skip
# Common single-character surnames, leaving out those that are mostly function words in legal prose
# (于, 向, 和, 从, 把, 将, 对, 应, 年, 安), so that ``证人向执法人员反映`` yields no name.
SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "汤常温康施文牛樊葛邢柴卞白庞包殷岳齐翟鲁颜倪"
)
# Characters that end a name: punctuation is excluded by the character class, these are the words that
# follow a name in 案件事实 (李四称…, 王五在现场…, 张三、李四等…) and 某 (already pseudonymised).
_NOT_GIVEN = "某等的称说证讲在于向与和及系是为因也均已将对把被从自到来去人员"
_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + SINGLE_SURNAMES + "])"
_NAME = _SURNAME + r"(?:(?![" + _NOT_GIVEN + r"])[\u4e00-\u9fff]){1,2}"
# A character that could continue a name (a Chinese character that is not one of the words after names).
NAME_CHAR = re.compile(r"(?![" + _NOT_GIVEN + r"])[\u4e00-\u9fff]")
# Roles that name a person other than the party. Not included: 法定代表人/负责人/经营者 (an organisation's
# legal representative is registration data published in the 国家企业信用信息公示系统) and 执法人员 (officers
# act in a public capacity; 行政执法公示 publishes their names and certificate numbers).
ROLE_WORDS = (
    "委托代理人", "见证人", "举报人", "投诉人", "受害人", "被害人", "消费者", "收银员", "营业员", "服务员",
    "其妻子", "其丈夫", "其儿子", "其女儿", "其父亲", "其母亲", "代理人", "证人", "员工", "雇员", "职工",
    "店员", "顾客", "患者", "邻居", "同事", "其妻", "其夫", "其子", "其女", "其父", "其母",
)  # fmt: skip
ROLE_NAMES = re.compile(
    "(?:" + "|".join(ROLE_WORDS) + r")[:\s]?(?P<names>" + _NAME + r"(?:、" + _NAME + r")*)"
)
# How a person is referred to without a given name (消费者王女士): already anonymous, left as written.
HONORIFICS = ("女士", "先生", "小姐", "师傅", "老板", "阿姨", "大爷", "同志")
# Words after a role word that begin with a surname character but are not names (证人陈述称…).
NOT_NAMES = (
    "陈述", "陈列", "方面", "方式", "方法", "高度", "高价", "金额", "钱款", "严重", "范围", "常年", "常住",
    "包括", "白天", "文化", "毛利", "马上", "齐全", "黄金", "康复", "温度", "任务", "任职", "程度", "程序",
    "周末", "周边", "周围", "许可", "龙头", "万元", "孔雀", "石材", "钟点",
)  # fmt: skip
