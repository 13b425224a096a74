"""Chinese numerals of article numbers, both ways (no database)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhifa.laws.numbers import article_label, cn_to_int, int_to_cn

EXAMPLES = [
    (1, "一"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"), (100, "一百"),
    (101, "一百零一"), (105, "一百零五"), (110, "一百一十"), (111, "一百一十一"), (122, "一百二十二"),
    (306, "三百零六"), (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"), (1100, "一千一百"),
    (2019, "二千零一十九"), (9999, "九千九百九十九"),
]  # fmt: skip


@pytest.mark.parametrize(("number", "numeral"), EXAMPLES)
def test_it_writes_numbers_as_statutes_print_them(number, numeral):
    assert int_to_cn(number) == numeral


@pytest.mark.parametrize(("number", "numeral"), EXAMPLES)
def test_it_reads_the_numerals_statutes_print(number, numeral):
    assert cn_to_int(numeral) == number


@pytest.mark.parametrize(
    ("numeral", "number"), [("一十", 10), ("两百", 200), ("〇", 0), ("122", 122), (" 六十三 ", 63)]
)
def test_it_reads_variant_spellings_and_arabic_digits(numeral, number):
    assert cn_to_int(numeral) == number


@pytest.mark.parametrize(
    "bad", ["", "十十", "一二", "百千", "一零五", "一百零十", "零五", "第一", "abc", "万"]
)
def test_it_refuses_what_is_not_a_numeral(bad):
    with pytest.raises(ValueError):
        cn_to_int(bad)


@pytest.mark.parametrize("bad", [-1, 10000])
def test_it_refuses_numbers_out_of_range(bad):
    with pytest.raises(ValueError):
        int_to_cn(bad)


def test_it_labels_articles():
    assert article_label(122) == "第一百二十二条"
    assert article_label(10) == "第十条"
    assert article_label(105) == "第一百零五条"


def test_it_round_trips_every_article_number_up_to_2000():
    assert all(cn_to_int(int_to_cn(n)) == n for n in range(1, 2001))


@given(st.integers(min_value=0, max_value=9999))
def test_it_round_trips_any_number_up_to_9999(n):
    assert cn_to_int(int_to_cn(n)) == n
    assert not int_to_cn(n).endswith("零") or n == 0
