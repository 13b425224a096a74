"""Validation of Chinese identifiers: 统一社会信用代码, 居民身份证号码 and 行政区划代码.

The ``check_*`` functions are pure and report every problem they find; the ``validate_*`` wrappers adapt
them to Django's validator protocol (raise on the first error, never on a warning).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "USCC_ALPHABET",
    "CheckResult",
    "ResidentIdInfo",
    "check_region_code",
    "check_resident_id",
    "check_uscc",
    "org_code_check_char",
    "resident_id_check_char",
    "resident_id_info",
    "uscc_check_char",
    "validate_region_code",
    "validate_resident_id",
    "validate_uscc",
]

RegionKnown = Callable[[str], bool]

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_RID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RID_CHECK_CHARS = "10X98765432"
_RID_PATTERN = re.compile(r"\d{17}[\dX]")
_REGION_PATTERN = re.compile(r"\d{6}")
_EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class CheckResult:
    """Outcome of checking one identifier; ``codes[i]`` is the machine code of ``errors[i]``."""

    value: str
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when there are no errors (warnings do not make a value invalid)."""
        return not self.errors


@dataclass(frozen=True)
class ResidentIdInfo:
    """Facts encoded in a 公民身份号码 (GB 11643-1999 第4章)."""

    region_code: str
    birth_date: date
    gender: str


@dataclass
class _Findings:
    """Mutable accumulator used while a check runs; frozen into a CheckResult at the end."""

    errors: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, code: str, message: str) -> None:
        self.codes.append(code)
        self.errors.append(message)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def result(self, value: str) -> CheckResult:
        return CheckResult(value, tuple(self.errors), tuple(self.warnings), tuple(self.codes))


def _normalise(value: object) -> str:
    """Strip and upper-case; NFKC folds full-width input (ＡＢ１２), which Chinese IMEs produce."""
    return unicodedata.normalize("NFKC", str(value)).strip().upper()


# --- 统一社会信用代码 (GB 32100-2015) ---------------------------------------------------------------


def check_uscc(value: str) -> CheckResult:
    """Check a 统一社会信用代码 against GB 32100-2015.

    18 characters from the 31-character alphabet (no I, O, S, V, Z); characters 3–8 are the
    registering authority's 行政区划码 (digits); character 18 is the check character
    ``A[(31 − Σ vᵢ·wᵢ mod 31) mod 31]``. Character 1 (登记管理部门码) may be a digit or a letter.
    A failed GB 11714 check on characters 9–17 is only a warning.
    """
    code = _normalise(value)
    found = _Findings()
    _check_uscc_length(code, found)
    _check_uscc_charset(code, found)
    if found.errors:
        return found.result(code)
    _check_uscc_region(code, found)
    _check_uscc_check_char(code, found)
    _warn_org_code(code, found)
    return found.result(code)


def _check_uscc_length(code: str, found: _Findings) -> None:
    if len(code) != 18:
        found.error("uscc_length", f"统一社会信用代码应为18位（GB 32100-2015），实为{len(code)}位")


def _check_uscc_charset(code: str, found: _Findings) -> None:
    bad = [f"第{i}位“{ch}”" for i, ch in enumerate(code, start=1) if ch not in USCC_ALPHABET]
    if bad:
        found.error(
            "uscc_charset",
            f"统一社会信用代码含非法字符：{'、'.join(bad)}；只能使用数字和除 I、O、S、V、Z 以外的大写英文字母"
            "（GB 32100-2015）",
        )


def _check_uscc_region(code: str, found: _Findings) -> None:
    region = code[2:8]
    if not region.isdigit():
        found.error(
            "uscc_region",
            f"统一社会信用代码第3–8位（登记管理机关行政区划码）应为6位数字，实为“{region}”（GB 32100-2015）",
        )


def uscc_check_char(first17: str) -> str:
    """Return the GB 32100-2015 check character for the first 17 characters of a 统一社会信用代码."""
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def _check_uscc_check_char(code: str, found: _Findings) -> None:
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        found.error(
            "uscc_checksum",
            f"统一社会信用代码校验码错误：第18位应为“{expected}”，实为“{code[17]}”（GB 32100-2015）",
        )


def org_code_check_char(first8: str) -> str:
    """Return the GB 11714-1997 组织机构代码 check character: c = 11 − Σ mod 11, 10 → X, 11 → 0."""
    total = sum(int(ch, 36) * w for ch, w in zip(first8, _ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def _warn_org_code(code: str, found: _Findings) -> None:
    # Not every 主体标识码 is a GB 11714 organisation code (e.g. 个体工商户), so this is never an error.
    expected = org_code_check_char(code[8:16])
    if code[16] != expected:
        found.warn(
            f"统一社会信用代码第9–17位（主体标识码）不符合 GB 11714-1997 组织机构代码校验规则："
            f"第17位按该规则应为“{expected}”，实为“{code[16]}”，请核实"
        )


# --- 居民身份证号码 (GB 11643-1999) ---------------------------------------------------------------


def check_resident_id(
    value: str, *, today: date | None = None, region_known: RegionKnown | None = None
) -> CheckResult:
    """Check a 公民身份号码 against GB 11643-1999.

    17 digits plus a check character (digit or X): 6-digit 地址码, 8-digit 出生日期码 (a real date,
    not before 1900 and not after ``today``), 3-digit 顺序码 (odd = 男), and check character
    ``"10X98765432"[Σ aᵢ·wᵢ mod 11]``. An 地址码 unknown to ``region_known`` is only a warning because
    numbers keep the code of the region that issued them.
    """
    number = _normalise(value)
    found = _Findings()
    if not _check_rid_shape(number, found):
        return found.result(number)
    _check_rid_birth_date(number[6:14], today or date.today(), found)
    _check_rid_check_char(number, found)
    _warn_unknown_region(number[:6], region_known, found, label="地址码")
    return found.result(number)


def _check_rid_shape(number: str, found: _Findings) -> bool:
    if len(number) != 18:
        hint = "；15位旧号码请换算为18位后录入" if len(number) == 15 else ""
        found.error(
            "resident_id_length", f"居民身份证号码应为18位（GB 11643-1999），实为{len(number)}位{hint}"
        )
    elif not _RID_PATTERN.fullmatch(number):
        found.error(
            "resident_id_format",
            "居民身份证号码格式错误：前17位应为数字，第18位应为数字或“X”（GB 11643-1999）",
        )
    return not found.errors


def _birth_date(digits: str) -> date:
    """Decode YYYYMMDD; raises ValueError for an impossible date such as 19910231."""
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _parse_birth_date(digits: str) -> date | None:
    try:
        return _birth_date(digits)
    except ValueError:
        return None


def _check_rid_birth_date(digits: str, today: date, found: _Findings) -> None:
    born = _parse_birth_date(digits)
    if born is None:
        found.error(
            "resident_id_birth_date",
            f"居民身份证号码第7–14位出生日期“{digits}”不是有效日期（GB 11643-1999）",
        )
    elif born > today:
        found.error(
            "resident_id_birth_range",
            f"居民身份证号码中的出生日期 {born.isoformat()} 晚于今天（GB 11643-1999）",
        )
    elif born < _EARLIEST_BIRTH:
        found.error(
            "resident_id_birth_range",
            f"居民身份证号码中的出生日期 {born.isoformat()} 早于1900年（GB 11643-1999）",
        )


def resident_id_check_char(first17: str) -> str:
    """Return the GB 11643-1999 check character for the first 17 digits of a 公民身份号码."""
    total = sum(int(ch) * w for ch, w in zip(first17, _RID_WEIGHTS, strict=True))
    return _RID_CHECK_CHARS[total % 11]


def _check_rid_check_char(number: str, found: _Findings) -> None:
    expected = resident_id_check_char(number[:17])
    if number[17] != expected:
        found.error(
            "resident_id_checksum",
            f"居民身份证号码校验码错误：第18位应为“{expected}”，实为“{number[17]}”（GB 11643-1999）",
        )


def resident_id_info(value: str) -> ResidentIdInfo:
    """Derive 地址码, birth date and gender (顺序码 odd = 男, even = 女; GB 11643-1999 4.3)."""
    result = check_resident_id(value)
    if not result.ok:
        raise ValueError(result.errors[0])
    number = result.value
    gender = "男" if int(number[16]) % 2 else "女"
    return ResidentIdInfo(region_code=number[:6], birth_date=_birth_date(number[6:14]), gender=gender)


# --- 行政区划代码 (GB/T 2260) -----------------------------------------------------------------------


def check_region_code(value: str, *, region_known: RegionKnown | None = None) -> CheckResult:
    """Check a GB/T 2260 行政区划代码: 6 digits, PP0000 / PPCC00 / PPCCDD, province part 11–82.

    A well-formed code unknown to ``region_known`` is only a warning: the code list changes every year.
    """
    code = _normalise(value)
    found = _Findings()
    if not _REGION_PATTERN.fullmatch(code):
        found.error("region_code_format", f"行政区划代码应为6位数字（GB/T 2260），实为“{code}”")
        return found.result(code)
    if not 11 <= int(code[:2]) <= 82:
        found.error(
            "region_code_province",
            f"行政区划代码前两位（省级代码）应在11–82之间（GB/T 2260），实为“{code[:2]}”",
        )
        return found.result(code)
    _warn_unknown_region(code, region_known, found, label="行政区划代码")
    return found.result(code)


def _warn_unknown_region(
    code: str, region_known: RegionKnown | None, found: _Findings, *, label: str
) -> None:
    if region_known is not None and not region_known(code):
        found.warn(f"{label} {code} 不在行政区划代码表中，请核实")


# --- Django validators ---------------------------------------------------------------------------------


def _raise_first_error(result: CheckResult) -> None:
    if result.errors:
        from django.core.exceptions import ValidationError

        raise ValidationError(result.errors[0], code=result.codes[0])


def validate_uscc(value: object) -> None:
    """Django validator for 统一社会信用代码 (GB 32100-2015); warnings are not raised."""
    _raise_first_error(check_uscc(str(value)))


def validate_resident_id(value: object) -> None:
    """Django validator for 居民身份证号码 (GB 11643-1999); warnings are not raised."""
    _raise_first_error(check_resident_id(str(value)))


def validate_region_code(value: object) -> None:
    """Django validator for 行政区划代码 (GB/T 2260); warnings are not raised."""
    _raise_first_error(check_region_code(str(value)))


def normalise_party_identifier(value: str) -> str:
    """A party's 统一社会信用代码 or 居民身份证号码, normalised; anything else raises ValueError in Chinese."""
    value = (value or "").strip()
    if not value:
        return ""
    rid = check_resident_id(value)
    if rid.ok:
        return rid.value
    uscc = check_uscc(value)
    if uscc.ok:
        return uscc.value
    raise ValueError(
        f"当事人证件号码既不是有效的居民身份证号码，也不是有效的统一社会信用代码：{uscc.errors[0]}"
    )


def birth_date_of(identifier: str) -> date | None:
    """The birth date a 居民身份证号码 encodes (None for a 统一社会信用代码 or no identifier)."""
    return (
        resident_id_info(identifier).birth_date if identifier and check_resident_id(identifier).ok else None
    )
