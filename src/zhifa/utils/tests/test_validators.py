"""Identifier validation: 统一社会信用代码, 居民身份证号码, 行政区划代码."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from stdnum.cn import ric as stdnum_ric
from stdnum.cn import uscc as stdnum_uscc

from zhifa.utils.regions import is_known_region
from zhifa.utils.validators import (
    check_region_code,
    check_resident_id,
    check_uscc,
    resident_id_info,
    validate_region_code,
    validate_resident_id,
    validate_uscc,
)

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
RID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
REAL_USCC = "91110000600037341L"
REAL_IDS = ("360426199101010071", "11010519491231002X")
TODAY = date(2026, 6, 1)


def with_uscc_check(first17: str) -> str:
    """Append the GB 32100-2015 check character, computed independently of the module under test."""
    total = sum(ALPHABET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS, strict=True))
    check = ALPHABET[(31 - total % 31) % 31]
    assert check == stdnum_uscc.calc_check_digit(first17)
    return first17 + check


def with_rid_check(first17: str) -> str:
    """Append the GB 11643-1999 check character, cross-checked with python-stdnum's formula."""
    check = "10X98765432"[sum(int(ch) * w for ch, w in zip(first17, RID_WEIGHTS, strict=True)) % 11]
    assert check == stdnum_ric.calc_check_digit(first17 + "?")
    return first17 + check


def org_code_ok(body9: str) -> bool:
    """GB 11714-1997 check of 主体标识码 characters 9–17."""
    remainder = sum(int(ch, 36) * w for ch, w in zip(body9[:8], [3, 7, 9, 10, 5, 8, 4, 2], strict=True)) % 11
    return body9[8] == {0: "0", 1: "X"}.get(remainder, str(11 - remainder))


# --- 统一社会信用代码 ---------------------------------------------------------------------------------


def test_it_accepts_a_real_uscc_without_warnings() -> None:
    result = check_uscc(REAL_USCC)
    assert result.ok
    assert (result.value, result.errors, result.warnings, result.codes) == (REAL_USCC, (), (), ())


@pytest.mark.parametrize(
    "first17",
    [
        "N2430100MA4L0001X",  # 农业部门 registration: first character is a letter
        "Y1440300MA5FT0PC0",  # 其他: first character Y
        "A1110000MA0000012",
        "12100000400000624",  # 机构编制
        "52440300MJL000019",  # 民政
        "91440300MA5020000",  # Σ ≡ 0 (mod 31): check character “0”, the outer “mod 31” case
        "91440300MA5060000",  # Σ ≡ 1 (mod 31): check character “Y”, the last in the alphabet
    ],
)
def test_it_accepts_generated_uscc_including_letter_first_ones(first17: str) -> None:
    code = with_uscc_check(first17)
    result = check_uscc(code)
    assert result.ok, result.errors
    assert not check_uscc(first17 + ("1" if code[-1] == "0" else "0")).ok
    assert result.value == code


def test_it_accepts_letter_first_codes_that_python_stdnum_rejects() -> None:
    code = with_uscc_check("N2430100MA4L0001X")
    assert not stdnum_uscc.is_valid(code)
    assert check_uscc(code).ok


def test_it_normalises_case_whitespace_and_full_width_input() -> None:
    assert check_uscc(f"  {REAL_USCC.lower()} ").value == REAL_USCC
    assert check_uscc("９１１１００００６０００３７３４１Ｌ").ok


def test_it_names_the_expected_check_character() -> None:
    result = check_uscc("91110000600037341M")
    assert result.codes == ("uscc_checksum",)
    assert result.errors == ("统一社会信用代码校验码错误：第18位应为“L”，实为“M”（GB 32100-2015）",)


@pytest.mark.parametrize("position", range(17))
def test_it_detects_any_single_changed_character(position: int) -> None:
    original = REAL_USCC[position]
    replacement = ALPHABET[(ALPHABET.index(original) + 1) % 31]
    if position in range(2, 8) and not replacement.isdigit():
        replacement = "0" if original != "0" else "1"
    corrupted = REAL_USCC[:position] + replacement + REAL_USCC[position + 1 :]
    assert check_uscc(corrupted).codes == ("uscc_checksum",)


@pytest.mark.parametrize("value", ["91110000600037341", "91110000600037341LL", ""])
def test_it_reports_a_wrong_uscc_length(value: str) -> None:
    result = check_uscc(value)
    assert result.codes == ("uscc_length",)
    assert f"实为{len(value)}位" in result.errors[0]


@pytest.mark.parametrize("bad", ["I", "O", "S", "V", "Z", "-", "中"])
def test_it_reports_an_illegal_uscc_character_with_its_position(bad: str) -> None:
    result = check_uscc(REAL_USCC[:9] + bad + REAL_USCC[10:])
    assert result.codes == ("uscc_charset",)
    assert f"第10位“{bad}”" in result.errors[0]
    assert "GB 32100-2015" in result.errors[0]


def test_it_reports_a_non_digit_region_part_even_with_a_correct_check_character() -> None:
    result = check_uscc(with_uscc_check("9111A000600037341"))
    assert result.codes == ("uscc_region",)
    assert "第3–8位" in result.errors[0]


def test_it_only_warns_when_the_inner_organisation_code_check_fails() -> None:
    first17 = "9111000060003734" + "2"  # the real body with a different GB 11714 check character
    assert not org_code_ok(first17[8:])
    result = check_uscc(with_uscc_check(first17))
    assert result.ok
    assert len(result.warnings) == 1
    assert "GB 11714" in result.warnings[0] and "应为“1”" in result.warnings[0]


def test_it_agrees_with_the_organisation_code_of_the_real_sample() -> None:
    assert org_code_ok(REAL_USCC[8:17])


# --- 居民身份证号码 -----------------------------------------------------------------------------------


@pytest.mark.parametrize("number", REAL_IDS)
def test_it_accepts_real_resident_ids(number: str) -> None:
    result = check_resident_id(number, today=TODAY)
    assert result.ok and result.warnings == ()


def test_it_accepts_a_lower_case_x_and_normalises_it() -> None:
    result = check_resident_id("11010519491231002x", today=TODAY)
    assert result.ok
    assert result.value == "11010519491231002X"


def test_it_derives_birth_date_gender_and_region() -> None:
    male = resident_id_info("360426199101010071")
    female = resident_id_info("11010519491231002x")
    assert (male.region_code, male.birth_date, male.gender) == ("360426", date(1991, 1, 1), "男")
    assert (female.region_code, female.birth_date, female.gender) == ("110105", date(1949, 12, 31), "女")


@pytest.mark.parametrize("position", range(17))
def test_it_detects_any_single_changed_digit(position: int) -> None:
    number = REAL_IDS[0]
    digit = str((int(number[position]) + 1) % 10)
    corrupted = number[:position] + digit + number[position + 1 :]
    result = check_resident_id(corrupted, today=TODAY)
    assert "resident_id_checksum" in result.codes


def test_it_names_the_expected_resident_id_check_character() -> None:
    result = check_resident_id("360426199101010072", today=TODAY)
    assert result.codes == ("resident_id_checksum",)
    assert result.errors == ("居民身份证号码校验码错误：第18位应为“1”，实为“2”（GB 11643-1999）",)


@pytest.mark.parametrize("position", [0, 3, 8, 15])
def test_it_detects_a_transposition_of_adjacent_digits(position: int) -> None:
    number = REAL_IDS[0]
    assert number[position] != number[position + 1]
    swapped = number[:position] + number[position + 1] + number[position] + number[position + 2 :]
    assert check_resident_id(swapped, today=TODAY).codes == ("resident_id_checksum",)


def test_it_reports_an_impossible_birth_date_even_with_a_correct_check_digit() -> None:
    result = check_resident_id(with_rid_check("36042619910231007"), today=TODAY)
    assert result.codes == ("resident_id_birth_date",)
    assert "19910231" in result.errors[0]


@pytest.mark.parametrize(
    "first17",
    [
        "36042620260602007",  # the day after TODAY
        "36042618991231007",  # before 1900
    ],
)
def test_it_reports_a_birth_date_in_the_future_or_before_1900(first17: str) -> None:
    result = check_resident_id(with_rid_check(first17), today=TODAY)
    assert result.codes == ("resident_id_birth_range",)


def test_it_accepts_a_birth_date_of_today() -> None:
    assert check_resident_id(with_rid_check("36042620260601007"), today=TODAY).ok


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("36042619910101007", "resident_id_length"),
        ("360426910101007", "resident_id_length"),
        ("3604261991010100711", "resident_id_length"),
        ("36042619910101A071", "resident_id_format"),
        ("36042619910101007Y", "resident_id_format"),
    ],
)
def test_it_reports_malformed_resident_ids(value: str, code: str) -> None:
    assert check_resident_id(value, today=TODAY).codes == (code,)


def test_it_hints_at_converting_a_fifteen_digit_number() -> None:
    assert "15位旧号码" in check_resident_id("360426910101007", today=TODAY).errors[0]


def test_it_only_warns_about_an_unknown_area_code() -> None:
    number = with_rid_check("99999919910101007")
    result = check_resident_id(number, today=TODAY, region_known=lambda code: False)
    assert result.ok
    assert result.warnings == ("地址码 999999 不在行政区划代码表中，请核实",)


def test_it_does_not_warn_about_an_area_code_in_the_shipped_list() -> None:
    assert check_resident_id(REAL_IDS[0], today=TODAY, region_known=is_known_region).warnings == ()


def test_it_refuses_to_derive_info_from_an_invalid_number() -> None:
    with pytest.raises(ValueError, match="校验码错误"):
        resident_id_info("360426199101010072")


# --- 行政区划代码 -------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["110000", "431100", "431103", "820000"])
def test_it_accepts_region_codes(code: str) -> None:
    assert check_region_code(code, region_known=is_known_region) == check_region_code(code)
    assert check_region_code(code).ok


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("43110", "region_code_format"),
        ("43110A", "region_code_format"),
        ("4311030", "region_code_format"),
        ("100000", "region_code_province"),
        ("830000", "region_code_province"),
        ("990101", "region_code_province"),
    ],
)
def test_it_reports_malformed_region_codes(value: str, code: str) -> None:
    assert check_region_code(value).codes == (code,)


def test_it_only_warns_about_an_unknown_region_code() -> None:
    result = check_region_code("431199", region_known=is_known_region)
    assert result.ok
    assert result.warnings == ("行政区划代码 431199 不在行政区划代码表中，请核实",)


# --- Django validators ---------------------------------------------------------------------------------


def test_it_raises_django_validation_errors_with_the_first_error_and_code() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_uscc("91110000600037341M")
    assert caught.value.code == "uscc_checksum"
    assert caught.value.messages == ["统一社会信用代码校验码错误：第18位应为“L”，实为“M”（GB 32100-2015）"]
    with pytest.raises(ValidationError) as caught:
        validate_resident_id("360426199101010072")
    assert caught.value.code == "resident_id_checksum"
    with pytest.raises(ValidationError) as caught:
        validate_region_code("990000")
    assert caught.value.code == "region_code_province"


def test_it_does_not_raise_for_valid_values_or_warnings() -> None:
    validate_uscc(REAL_USCC)
    validate_uscc(with_uscc_check("9111000060003734" + "2"))  # GB 11714 warning only
    validate_resident_id(REAL_IDS[1])
    validate_region_code("431199")  # unknown but well formed
