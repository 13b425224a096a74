"""Every statute file of the shared folder parses, with its articles numbered 1..N (no database).

The folder is ../shared/data/laws next to the checkout (setting ZHIFA_LAWS_DIR); without it these tests skip.
"""

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from zhifa.laws.constants import NOT_STATUTES, LawKind
from zhifa.laws.domain.parser import parse_law_markdown
from zhifa.laws.domain.structure import clauses
from zhifa.laws.tests.conftest import laws_folder


def _files() -> list[Path]:
    folder = Path(settings.LAWS_DIR)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.md") if p.name.lower() not in NOT_STATUTES)


def _parse(short_name: str):
    folder = laws_folder()
    (path,) = folder.glob(f"{short_name}(*).md")
    return parse_law_markdown(path.read_text(encoding="utf-8"), path.name)


@pytest.mark.parametrize("path", _files() or [None], ids=lambda p: p.name if p else "无目录")
def test_every_file_parses_with_articles_numbered_without_gaps(path):
    if path is None:
        laws_folder()  # skips, saying why
    law = parse_law_markdown(path.read_text(encoding="utf-8"), path.name)
    numbers = [a.number for a in law.articles]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(a.paragraphs for a in law.articles), "每一条都有内容"
    assert law.title.endswith(law.short_title)
    assert law.effective_from >= law.version_date


def test_the_folder_holds_the_twenty_four_texts():
    laws_folder()
    assert len(_files()) == 24


def test_administrative_penalty_law_has_86_articles_and_article_63_its_items():
    law = _parse("行政处罚法")
    assert law.title == "中华人民共和国行政处罚法"
    assert [a.number for a in law.articles] == list(range(1, 87))
    article = law.articles[62]
    assert article.label == "第六十三条"
    assert article.paragraphs[0].startswith("行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证的权利")
    assert article.paragraphs[1] == "（一）较大数额罚款；"
    assert len(article.paragraphs) == 8
    assert [len(c.items) for c in clauses(article.paragraphs)] == [6, 0]
    assert (article.chapter, article.section) == ("第五章 行政处罚的决定", "第四节 听证程序")


def test_administrative_penalty_law_2021_revision_is_in_force_from_15_july():
    law = _parse("行政处罚法")
    assert law.version_date == date(2021, 1, 22)
    assert law.effective_from == date(2021, 7, 15)


def test_food_safety_law_article_122_states_the_fine():
    law = _parse("食品安全法")
    article = next(a for a in law.articles if a.number == 122)
    assert article.label == "第一百二十二条"
    assert "五万元以上十万元以下罚款" in article.text
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("short_name", "effective_from"),
    [
        ("行政复议法", date(2024, 1, 1)),
        ("个人信息保护法", date(2021, 11, 1)),
        ("政府信息公开条例", date(2019, 5, 15)),
        ("大气污染防治法", date(2018, 10, 26)),
        ("行政强制法", date(2012, 1, 1)),
    ],
)
def test_it_finds_when_each_version_entered_into_force(short_name, effective_from):
    assert _parse(short_name).effective_from == effective_from


def test_civil_procedure_law_has_parts_chapters_and_sections():
    law = _parse("民事诉讼法")
    assert len(law.articles) == 306
    article = next(a for a in law.articles if a.number == 61)
    assert (article.part, article.chapter, article.section) == (
        "第一编 总 则",
        "第五章 诉讼参加人",
        "第二节 诉讼代理人",
    )


@pytest.mark.parametrize(
    ("short_name", "kind"),
    [
        ("食品安全法", LawKind.LAW),
        ("道路运输条例", LawKind.ADMIN_REGULATION),
        ("全国年节及纪念日放假办法", LawKind.ADMIN_REGULATION),
        ("市场监督管理行政处罚信息公示规定", LawKind.DEPARTMENT_RULE),
    ],
)
def test_it_guesses_the_kind_of_each_real_text(short_name, kind):
    assert _parse(short_name).kind == kind
