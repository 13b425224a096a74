"""Guessing 法的形式 from the title and the issuer named in the preamble (no database)."""

import pytest

from zhifa.laws.constants import LawKind
from zhifa.laws.domain.kinds import guess_kind

CASES = [
    (
        "中华人民共和国食品安全法",
        "2009年2月28日 第十一届全国人民代表大会常务委员会第七次会议通过",
        LawKind.LAW,
    ),
    (
        "中华人民共和国政府信息公开条例",
        "2019年4月3日 中华人民共和国国务院令第711号修订",
        LawKind.ADMIN_REGULATION,
    ),
    ("全国年节及纪念日放假办法", "1949年12月23日 政务院发布", LawKind.ADMIN_REGULATION),
    (
        "市场监督管理行政处罚信息公示规定",
        "2021年7月30日 国家市场监督管理总局令第45号公布",
        LawKind.DEPARTMENT_RULE,
    ),
    ("湖南省行政程序规定", "2008年4月17日 湖南省人民政府令第222号公布", LawKind.LOCAL_GOVERNMENT_RULE),
    ("湖南省食品安全条例", "2016年 湖南省人民代表大会常务委员会通过", LawKind.LOCAL_REGULATION),
    (
        "最高人民法院关于审理行政案件适用法律规范问题的解释",
        "最高人民法院审判委员会通过",
        LawKind.JUDICIAL_INTERPRETATION,
    ),
    ("某某条例", "", LawKind.ADMIN_REGULATION),
    ("某某通知", "", LawKind.NORMATIVE_DOCUMENT),
]


@pytest.mark.parametrize(("title", "preamble", "kind"), CASES)
def test_it_guesses_the_kind_from_title_and_issuer(title, preamble, kind):
    assert guess_kind(title, preamble) == kind
