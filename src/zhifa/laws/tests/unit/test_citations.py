"""Finding citations in text, and what a citation points at inside an article (no database)."""

import pytest

from zhifa.laws.domain.citations import parse_citation, scan_citations
from zhifa.laws.domain.search import article_number_query, snippet
from zhifa.laws.domain.structure import cited_text, clauses, table_of_contents

ARTICLE_58 = [
    "有下列情形之一，在行政机关负责人作出行政处罚的决定之前，应当由从事行政处罚决定法制审核的人员进行法制审核：",
    "（一）涉及重大公共利益的；",
    "（二）直接关系当事人或者第三人重大权益，经过听证程序的；",
    "（三）案件情况疑难复杂、涉及多个法律关系的；",
    "（四）法律、法规规定应当进行法制审核的其他情形。",
    "行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格。",
]


@pytest.mark.parametrize(
    ("text", "title", "article", "paragraph", "item"),
    [
        ("《中华人民共和国食品安全法》第一百二十二条第一款", "中华人民共和国食品安全法", 122, 1, None),
        ("《食品安全法》第122条", "食品安全法", 122, None, None),
        ("《行政处罚法》第五十八条第一款第（三）项", "行政处罚法", 58, 1, 3),
        ("《行政处罚法》第五十八条第一款第(三)项", "行政处罚法", 58, 1, 3),
        ("《行政处罚法》第五十八条第三项", "行政处罚法", 58, None, 3),
        ("依据 《行政处罚法》 第六十三条的规定", "行政处罚法", 63, None, None),
    ],
)
def test_it_reads_citations_as_zhifa_writes_them(text, title, article, paragraph, item):
    match = parse_citation(text)
    assert (match.title, match.article, match.paragraph, match.item) == (title, article, paragraph, item)


def test_it_finds_every_citation_with_its_position():
    text = "依照《行政处罚法》第三十二条、第三十三条和《食品安全法》第122条处理。"
    found = scan_citations(text)
    assert [(m.title, m.article) for m in found] == [
        ("行政处罚法", 32),
        ("行政处罚法", 33),
        ("食品安全法", 122),
    ]
    assert [text[m.start : m.end] for m in found] == [
        "《行政处罚法》第三十二条",
        "第三十三条",
        "《食品安全法》第122条",
    ]


def test_it_finds_references_to_the_same_text_without_a_title():
    (match,) = scan_citations("行政机关依照本法第五十七条的规定给予行政处罚")
    assert (match.title, match.article, match.text) == (None, 57, "本法第五十七条")


def test_it_leaves_out_inserted_articles_and_non_numbers():
    assert scan_citations("《刑法》第一百三十三条之一") == []
    assert scan_citations("《行政处罚法》规定") == []
    assert scan_citations("《某法》第十十条") == []


def test_it_labels_a_citation_point_in_the_statutes_words():
    assert parse_citation("《行政处罚法》第58条第1款第3项").point_label == "第五十八条第一款第（三）项"


def test_it_groups_items_into_their_paragraph():
    first, second = clauses(ARTICLE_58)
    assert first.number == 1 and len(first.items) == 4
    assert second.number == 2 and second.items == ()


def test_it_quotes_the_article_paragraph_or_item_cited():
    assert cited_text(ARTICLE_58, None, None) == "\n".join(ARTICLE_58)
    assert cited_text(ARTICLE_58, 2, None) == ARTICLE_58[5]
    assert cited_text(ARTICLE_58, 1, 3) == "（三）案件情况疑难复杂、涉及多个法律关系的；"
    assert cited_text(ARTICLE_58, None, 3) == "（三）案件情况疑难复杂、涉及多个法律关系的；"
    assert cited_text(ARTICLE_58, 3, None) is None
    assert cited_text(ARTICLE_58, 1, 9) is None


class _Art:
    def __init__(self, number, part, chapter, section):
        self.number, self.part, self.chapter, self.section = number, part, chapter, section


def test_it_builds_a_table_of_contents_of_runs():
    arts = [
        _Art(1, "", "第一章", ""),
        _Art(2, "", "第一章", ""),
        _Art(3, "", "第二章", "第一节"),
        _Art(4, "", "第二章", "第二节"),
    ]
    toc = table_of_contents(arts)
    assert [(e.chapter, e.section, e.first.number, e.last.number) for e in toc] == [
        ("第一章", "", 1, 2), ("第二章", "第一节", 3, 3), ("第二章", "第二节", 4, 4),
    ]  # fmt: skip
    assert [e.opens_chapter for e in toc] == [True, True, False]


@pytest.mark.parametrize(
    ("q", "number"),
    [("第六十三条", 63), ("六十三", 63), ("63", 63), ("第63条", 63), ("听证", None), ("第十十条", None)],
)
def test_it_tells_article_numbers_from_words(q, number):
    assert article_number_query(q) == number


def test_it_cuts_a_snippet_around_the_first_hit():
    text = "甲" * 200 + "听证" + "乙" * 200
    cut = snippet(text, ["听证"], width=60)
    assert "听证" in cut and cut.startswith("…") and cut.endswith("…") and len(cut) <= 62
