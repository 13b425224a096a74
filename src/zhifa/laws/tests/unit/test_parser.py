"""Parsing statute texts in the folder's Markdown format (no database)."""

from datetime import date

import pytest

from zhifa.laws.constants import LawKind
from zhifa.laws.domain.parser import (
    ArticleNumberingError,
    FileNameError,
    LawFormatError,
    LawParseError,
    parse_law_markdown,
    version_date_from_filename,
)
from zhifa.laws.tests.factories import statute

NAME = "测试法(2021-01-22).md"
TEXT = """# 中华人民共和国测试法

2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议通过

<!-- INFO END -->

## 第一章 总则

第一条 为了测试，制定本法。

第二条 有下列情形之一的，不予处罚：

（一）初次违法且危害后果轻微并及时改正的；

(二)当事人有证据足以证明没有主观过错的。

违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。

## 第二章 程序

### 第一节 一般规定

第三条 依照本法第二条的规定办理。

### 第二节 简易程序

第四条 本法自2021年7月15日起施行。
"""


def test_it_reads_title_version_preamble_and_articles():
    law = parse_law_markdown(TEXT, NAME)
    assert law.title == "中华人民共和国测试法"
    assert law.short_title == "测试法"
    assert law.version_date == date(2021, 1, 22)
    assert law.preamble.startswith("2021年1月22日") and "INFO" not in law.preamble
    assert [a.number for a in law.articles] == [1, 2, 3, 4]
    assert [a.label for a in law.articles] == ["第一条", "第二条", "第三条", "第四条"]
    assert law.kind == LawKind.LAW


def test_it_keeps_every_further_line_as_a_paragraph_items_included():
    second = parse_law_markdown(TEXT, NAME).articles[1]
    assert second.paragraphs == (
        "有下列情形之一的，不予处罚：",
        "（一）初次违法且危害后果轻微并及时改正的；",
        "(二)当事人有证据足以证明没有主观过错的。",
        "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。",
    )
    assert second.text == "\n".join(second.paragraphs)


def test_it_places_articles_in_their_chapter_and_section():
    first, _, third, fourth = parse_law_markdown(TEXT, NAME).articles
    assert (first.chapter, first.section) == ("第一章 总则", "")
    assert (third.chapter, third.section) == ("第二章 程序", "第一节 一般规定")
    assert (fourth.chapter, fourth.section) == ("第二章 程序", "第二节 简易程序")


def test_it_tells_parts_chapters_and_sections_by_their_words():
    text = "# 中华人民共和国测试法\n\n## 第一编 总 则\n\n### 第一章 任务\n\n第一条 甲。\n\n#### 第一节 管辖\n\n第二条 乙。\n\n## 第二编 审判程序\n\n### 第二章 审判\n\n第三条 丙。\n"
    first, second, third = parse_law_markdown(text, NAME).articles
    assert (first.part, first.chapter, first.section) == ("第一编 总 则", "第一章 任务", "")
    assert (second.part, second.chapter, second.section) == ("第一编 总 则", "第一章 任务", "第一节 管辖")
    assert (third.part, third.chapter, third.section) == ("第二编 审判程序", "第二章 审判", "")


def test_it_reads_a_text_without_chapters_or_preamble_marker():
    text = "# 企业信息公示暂行条例\n\n2014年8月7日 中华人民共和国国务院令第654号公布\n\n第一条 甲。\n\n第二条 乙。\n"
    law = parse_law_markdown(text, "企业信息公示暂行条例(2014-08-07).md")
    assert law.preamble == "2014年8月7日 中华人民共和国国务院令第654号公布"
    assert [(a.number, a.chapter) for a in law.articles] == [(1, ""), (2, "")]
    assert law.kind == LawKind.ADMIN_REGULATION


def test_it_ignores_zero_width_and_full_width_blank_lines():
    text = statute("中华人民共和国测试法", "第一条 甲。\n\u200b\n\u3000\n乙。")
    assert parse_law_markdown(text, NAME).articles[0].paragraphs == ("甲。", "乙。")


def test_it_reads_an_article_whose_words_start_on_the_next_line():
    text = statute("中华人民共和国测试法", "第一条\n甲。")
    assert parse_law_markdown(text, NAME).articles[0].paragraphs == ("甲。",)


def test_it_does_not_take_a_paragraph_starting_with_di_for_an_article():
    text = statute(
        "中华人民共和国测试法",
        "第一条 甲。\n第二审人民法院审理上诉案件，适用本法。\n第三人不参加的，不影响审理。",
    )
    (article,) = parse_law_markdown(text, NAME).articles
    assert len(article.paragraphs) == 3


# --- effective date ---------------------------------------------------------------------------------------


def test_it_takes_the_commencement_of_a_revision_from_the_closing_article():
    assert parse_law_markdown(TEXT, NAME).effective_from == date(2021, 7, 15)


def test_it_keeps_the_version_date_for_an_amendment_whose_closing_article_is_older():
    text = statute("中华人民共和国测试法", "第一条 甲。", "第二条 本法自1993年9月1日起施行。")
    assert parse_law_markdown(text, "测试法(2018-12-29).md").effective_from == date(2018, 12, 29)


def test_it_takes_the_commencement_line_of_a_regulation_preamble():
    preamble = "2019年4月3日 中华人民共和国国务院令第711号修订\n\n2019年5月15日 施行"
    text = statute(
        "中华人民共和国测试条例", "第一条 甲。", "第二条 本条例自公布之日起施行。", preamble=preamble
    )
    assert parse_law_markdown(text, "测试条例(2019-04-03).md").effective_from == date(2019, 5, 15)


def test_it_uses_the_version_date_when_the_text_says_from_promulgation():
    text = statute("中华人民共和国测试法", "第一条 本法自公布之日起施行。")
    assert parse_law_markdown(text, NAME).effective_from == date(2021, 1, 22)


# --- errors -----------------------------------------------------------------------------------------------


def test_it_refuses_a_text_without_a_title_naming_the_line():
    with pytest.raises(LawFormatError) as info:
        parse_law_markdown("\n\n第一条 甲。\n", NAME)
    assert info.value.line == 3 and info.value.code == "LAW-001"
    assert "缺少标题" in str(info.value) and NAME in str(info.value) and "第3行" in str(info.value)


def test_it_refuses_a_duplicate_article_number_naming_the_line():
    text = "# 中华人民共和国测试法\n\n第一条 甲。\n\n第二条 乙。\n\n第二条 丙。\n"
    with pytest.raises(ArticleNumberingError) as info:
        parse_law_markdown(text, NAME)
    assert info.value.line == 7 and info.value.code == "LAW-002"
    assert "第二条与前面的第二条（第5行）重复或顺序倒退" in str(info.value)


def test_it_refuses_article_numbers_going_backwards():
    text = "# 中华人民共和国测试法\n\n第一条 甲。\n\n第三条 乙。\n\n第二条 丙。\n"
    with pytest.raises(ArticleNumberingError) as info:
        parse_law_markdown(text, NAME)
    assert info.value.line == 7


def test_it_accepts_a_gap_in_the_numbering():
    text = "# 中华人民共和国测试法\n\n第一条 甲。\n\n第三条 乙。\n"
    assert [a.number for a in parse_law_markdown(text, NAME).articles] == [1, 3]


@pytest.mark.parametrize(
    "name",
    ["测试法.md", "测试法(2021-02-30).md", "测试法(21-01-22).md", "测试法(2021-01-22).txt", "(2021-01-22)"],
)
def test_it_refuses_a_file_name_without_a_valid_date(name):
    with pytest.raises(FileNameError) as info:
        parse_law_markdown(TEXT, name)
    assert info.value.code == "LAW-003" and "YYYY-MM-DD" in str(info.value)


def test_it_reads_the_version_date_from_the_file_name():
    assert version_date_from_filename("食品安全法(2021-04-29).md") == date(2021, 4, 29)
    assert version_date_from_filename("/some/dir/行政处罚法（2021-1-22）.md") == date(2021, 1, 22)


def test_it_refuses_text_that_belongs_to_no_article():
    text = "# 中华人民共和国测试法\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n这一行不属于任何条文。\n\n第一条 甲。\n"
    with pytest.raises(LawFormatError) as info:
        parse_law_markdown(text, NAME)
    assert info.value.line == 7 and "不属于任何条文" in str(info.value)


def test_it_refuses_a_text_without_articles():
    with pytest.raises(LawFormatError) as info:
        parse_law_markdown("# 中华人民共和国测试法\n\n<!-- INFO END -->\n\n## 第一章 总则\n", NAME)
    assert "没有条文" in str(info.value)


def test_it_refuses_a_second_title():
    with pytest.raises(LawFormatError) as info:
        parse_law_markdown("# 中华人民共和国测试法\n\n第一条 甲。\n\n# 又一个标题\n", NAME)
    assert info.value.line == 5


def test_parse_errors_are_value_errors():
    assert issubclass(LawParseError, ValueError)
