"""Bigram tokens for Chinese full-text search (pure; no database)."""

from hypothesis import given
from hypothesis import strategies as st

from zhifa.publicity.domain.tokens import fts5_match, index_tokens, pg_tsquery, query_phrases


def test_chinese_is_indexed_as_overlapping_bigrams_and_latin_as_words():
    assert index_tokens("行政处罚，罚款3000元", "ABC-12") == "行政 政处 处罚 罚款 3000 元 abc 12"


def test_a_two_character_word_is_one_token_and_a_phrase_its_bigrams_in_order():
    assert query_phrases("罚款") == [(["罚款"], False)]
    assert query_phrases("无证经营") == [(["无证", "证经", "经营"], False)]
    assert query_phrases("罚") == [(["罚"], True)]
    assert query_phrases("  ") == []


def test_the_query_strings_for_each_database():
    phrases = query_phrases("无证经营 罚")
    assert fts5_match(phrases) == '"无证 证经 经营" AND "罚"*'
    assert pg_tsquery(phrases) == "('无证' <-> '证经' <-> '经营') & ('罚':*)"


def test_full_width_and_case_are_normalised():
    assert index_tokens("ＡＢＣ１２") == "abc12"
    assert query_phrases("ＡＢＣ")[0][0] == ["abc"]


@given(
    st.text(alphabet="行政处罚罚款食品经营无证许可决定", min_size=2, max_size=30),
    st.integers(0, 28),
    st.integers(2, 6),
)
def test_every_substring_of_two_or_more_characters_is_a_phrase_of_the_index(text, start, width):
    word = text[start : start + width]
    if len(word) < 2:
        return
    tokens = index_tokens(text).split()
    ((phrase, _),) = query_phrases(word)
    assert any(tokens[i : i + len(phrase)] == phrase for i in range(len(tokens)))
