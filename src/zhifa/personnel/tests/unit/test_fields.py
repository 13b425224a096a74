"""Which 执法领域 a certificate covers: names or codes, several at once, 综合行政执法 covering all."""

import pytest

from zhifa.personnel.domain.fields import certificate_covers, unknown_fields


@pytest.mark.parametrize(
    ("stated", "matter", "covers"),
    [
        ("市场监管", "market", True),
        ("market", "market", True),
        ("市场监管、卫生健康", "health", True),
        ("市场监管；卫生健康", "health", True),
        ("市场监管", "health", False),
        ("生态环境", "market", False),
        ("综合行政执法", "ecology", True),
        ("", "ecology", True),  # no field stated: what the body exercises (PEN-002 checks the body)
    ],
)
def test_a_certificate_covers_the_fields_it_states(stated, matter, covers):
    assert certificate_covers(stated, matter) is covers


def test_it_names_the_parts_that_are_no_field():
    assert unknown_fields("市场监管、食品 安全") == ["食品", "安全"]
    assert unknown_fields("市场监管，ecology") == []
