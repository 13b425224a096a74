"""API input errors read in Chinese, naming the field (no database)."""

import pytest

from zhifa.core.api_support import input_error_text

CASES = [
    ({"type": "missing", "loc": ("body", "payload", "act_date")}, "act_date：必填"),
    ({"type": "date_from_datetime_parsing", "loc": ("body", "payload", "act_date")}, "act_date：不是有效日期（应为 YYYY-MM-DD）"),
    ({"type": "greater_than_equal", "loc": ("body", "payload", "fine"), "ctx": {"ge": 0}}, "fine：不能小于 0"),
    ({"type": "enum", "loc": ("query", "kind"), "ctx": {"expected": "'penalty' or 'licence'"}}, "kind：不是可选值，应为：'penalty' or 'licence'"),
    ({"type": "value_error", "loc": ("body", "payload"), "ctx": {"error": "货值金额不能为负数"}}, "货值金额不能为负数"),
    ({"type": "something_new", "loc": ("body", "payload", "tiers", 0, "label")}, "tiers.0.label：格式不正确"),
]  # fmt: skip


@pytest.mark.parametrize(("error", "text"), CASES)
def test_it_names_the_field_and_the_problem_in_chinese(error, text):
    assert input_error_text(error) == text
