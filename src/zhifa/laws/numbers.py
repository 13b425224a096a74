"""Chinese numerals as statutes write article numbers (第一百二十二条), and back.

《立法法》 has 编、章、节、条 numbered in Chinese numerals in order; this module converts 1–9999 both ways the way
the official texts do: 十 (not 一十) for 10–19, 一百一十 for 110, 零 for each run of zeros inside a number
(一百零五, 一千零一十), no trailing 零 (一千). Pure functions, no Django.
"""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
DIGIT_VALUES = {**{ch: i for i, ch in enumerate(DIGITS)}, "〇": 0, "两": 2}
UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL_CHARS = "".join(DIGIT_VALUES) + "".join(UNITS)
MAX = 9999


def cn_to_int(text: str) -> int:
    """The value of a Chinese numeral (一百二十二 → 122; 十一 → 11; 一百零五 → 105); Arabic digits pass through.

    Units must fall strictly (千 before 百 before 十) and a digit must not follow a digit, so a typo such as
    十十 or 一二 raises ``ValueError`` instead of giving a wrong article number.
    """
    text = text.strip()
    if text.isdigit() and text.isascii():
        return int(text)
    if not text or any(ch not in NUMERAL_CHARS for ch in text):
        raise ValueError(f"不是中文数字：“{text}”")
    if text in ("零", "〇"):
        return 0
    return _sum_units(text)


def _sum_units(text: str) -> int:
    total, digit, last_unit, prev = 0, None, MAX + 1, ""
    for ch in text:
        kind = "unit" if ch in UNITS else ("zero" if DIGIT_VALUES[ch] == 0 else "digit")
        if not _may_follow(kind, prev) or (kind == "unit" and UNITS[ch] >= last_unit):
            raise ValueError(f"中文数字的位次不正确：“{text}”")
        if kind == "unit":
            total += (1 if digit is None else digit) * UNITS[ch]
            digit, last_unit = None, UNITS[ch]
        elif kind == "digit":
            digit = DIGIT_VALUES[ch]
        prev = kind
    return total + (digit or 0)


def _may_follow(kind: str, prev: str) -> bool:
    """零 only stands after a unit (一百零五); a digit never follows a digit; a unit never follows 零."""
    if kind == "zero":
        return prev == "unit"
    if kind == "digit":
        return prev != "digit"
    return prev != "zero"


def int_to_cn(n: int) -> str:
    """122 → 一百二十二, 10 → 十, 105 → 一百零五, 110 → 一百一十, 1000 → 一千 (0–9999)."""
    if not 0 <= n <= MAX:
        raise ValueError(f"只支持 0 至 {MAX} 的整数：{n}")
    if n == 0:
        return DIGITS[0]
    parts, zero_pending = [], False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d == 0:
            zero_pending = zero_pending or bool(parts)
            continue
        if zero_pending:
            parts.append(DIGITS[0])
        parts.append(DIGITS[d] + name)
        zero_pending = False
    text = "".join(parts)
    return text[1:] if 10 <= n < 20 else text


def article_label(n: int) -> str:
    """The label of article ``n`` as statutes print it: 122 → 第一百二十二条."""
    return f"第{int_to_cn(n)}条"
