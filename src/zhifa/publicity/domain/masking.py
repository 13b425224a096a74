"""Masking of personal information before publication (脱敏), and the rules that keep a record off the portal.

What is removed (legal-rules §12, 浙江《行政处罚结果信息网上公开暂行办法》; 《政府信息公开条例》第十五条;
《个人信息保护法》第二十八条): natural persons' ID numbers, telephone numbers, e-mail addresses, bank
accounts (organisations' too), detailed addresses and health information, and the names of persons other than
the punished party. The party's own name stays. Detection runs on the free text, not only on the structured
fields, because 案件事实 carries personal data too.

Rules, one per kind (``FindingKind``), applied the same way everywhere:

* 居民身份证号码 — 18 characters with a valid GB 11643-1999 check character and birth date
  (``check_resident_id``), or the old 15-digit form with a valid region code and date; spaces and hyphens
  inside are tolerated. Removed whole → ``［身份证号码已隐去］``. An all-digit 统一社会信用代码 after
  ``统一社会信用代码`` / ``注册号`` is left alone (it is public registration data).
* 手机号码 — ``1[3-9]`` + 9 digits, optionally ``+86``/``86``, spaces or hyphens → ``［手机号码已隐去］``.
* 固定电话 — area code (``010``, ``02x``, ``0xxx``, optionally in parentheses) + 7–8 digits + optional
  extension; a bare 7–8 digit local number only right after 电话/座机/传真 → ``［固定电话已隐去］``.
* 银行账号 — 13–19 digits passing Luhn (contiguous or in groups of four), or any 8–30 digits after
  账号/卡号/账户/开户/银行卡 in the same clause → ``［银行账号已隐去］``.
* 电子邮箱 → ``［电子邮箱已隐去］``.
* 其他联系方式 — the account after QQ/微信/微博 → ``［联系方式已隐去］``; 其他证件号码 — the number after
  护照/通行证/驾驶证/社会保障卡… → ``［证件号码已隐去］`` (the spec's “contact details” and “ID number”
  are not only telephone numbers and 身份证).
* 详细地址 — the administrative part down to the road, street, village or building name is kept; the
  house number and everything below it (号, 栋/幢/座, 单元, 楼/层, 室/房, 组) → ``［详细地址已隐去］``.
  Only a number right after such a name counts, so 文号 (``罚〔2026〕12号``) and 条款 (``第十二条``) stay.
* 健康信息 — a term from ``patterns.HEALTH_TERMS``, with the verb that attaches it to a person (患有, 确诊为)
  → ``［健康信息已隐去］``. The *term*, not the clause, is masked: the clause usually carries the facts of the
  violation that the decision summary must publish, and clause boundaries in long legal sentences are
  unreliable. Terms inside 《…》 (law titles) and diseases a product claims to treat (治疗乙肝, 抗癌) stay.
* 其他人员姓名 — every name in ``other_names``, and every name found after a role word (证人, 员工, 其妻,
  举报人…; see ``patterns.ROLE_WORDS``), wherever it appears → surname + 某 (``张三`` → ``张某``, ``李小明`` →
  ``李某某``, ``欧阳明`` → ``欧阳某``), the 裁判文书 convention 保留姓氏、名字以“某”替代. A name in
  ``party_names`` is never masked. 法定代表人 and 执法人员 are not role words: an organisation's legal
  representative is published in enterprise registration, and officers' names are published by 执法公示.

Removal uses a labelled placeholder instead of a partial mask (``110101********123X``): the issue says
*remove*, a partial ID still narrows a person down (region, birth date, sex), and a labelled placeholder
tells the reader something was withheld. Placeholders carry no digits and no masked name matches a
pattern again, so masking is idempotent.

This engine is one step of the pipeline (legal-rules §12): detection → whitelist the party's name →
human 保密审查 sign-off (市场监管总局令第45号). It reports every finding for that review; it cannot decide
whether facts are secret or private, and it does not read structured fields it is not given.

Pure functions (house style R7): no ORM, no clock, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from django.db import models
from stdnum import luhn

from zhifa.cases.constants import PartyKind
from zhifa.discretion.constants import PenaltyKind
from zhifa.discretion.domain.calculator import age_on
from zhifa.publicity.domain import patterns as p
from zhifa.utils.validators import check_region_code, check_resident_id, check_uscc

__all__ = [
    "PLACEHOLDERS",
    "Finding",
    "FindingKind",
    "Masked",
    "credit_publicity_barrier",
    "decision_publication_barrier",
    "mask_fields",
    "mask_text",
    "names_after_role_words",
    "pseudonym",
]


class FindingKind(models.TextChoices):
    """Kinds of personal information the engine removes, in order of precedence when two overlap."""

    EMAIL = "email", "电子邮箱"
    RESIDENT_ID = "resident_id", "居民身份证号码"
    OTHER_ID = "other_id", "其他证件号码"
    MOBILE = "mobile", "手机号码"
    LANDLINE = "landline", "固定电话"
    OTHER_CONTACT = "other_contact", "其他联系方式"
    BANK_ACCOUNT = "bank_account", "银行账号"
    ADDRESS = "address", "详细地址"
    HEALTH = "health", "健康信息"
    PERSON_NAME = "person_name", "其他人员姓名"


PLACEHOLDERS = {
    FindingKind.EMAIL: "［电子邮箱已隐去］",
    FindingKind.RESIDENT_ID: "［身份证号码已隐去］",
    FindingKind.OTHER_ID: "［证件号码已隐去］",
    FindingKind.MOBILE: "［手机号码已隐去］",
    FindingKind.LANDLINE: "［固定电话已隐去］",
    FindingKind.OTHER_CONTACT: "［联系方式已隐去］",
    FindingKind.BANK_ACCOUNT: "［银行账号已隐去］",
    FindingKind.ADDRESS: "［详细地址已隐去］",
    FindingKind.HEALTH: "［健康信息已隐去］",
}
_PRECEDENCE = {kind: i for i, kind in enumerate(FindingKind)}
# Far-future "today" for check_resident_id: a typo'd future birth date is still somebody's number, and the
# engine must not read the clock.
_NO_LIMIT = date(9999, 12, 31)


@dataclass(frozen=True)
class Finding:
    """One removed item: its kind, its span ``[start, end)`` in the *input* text, and what replaced it.

    The original value is deliberately not kept, so findings can be logged and shown to the reviewer.
    """

    kind: FindingKind
    start: int
    end: int
    original_length: int
    replacement: str


@dataclass(frozen=True)
class Masked:
    """A masked text and what was removed from it (findings in text order)."""

    text: str
    findings: tuple[Finding, ...] = ()


def _finding(kind: FindingKind, start: int, end: int, replacement: str | None = None) -> Finding:
    return Finding(kind, start, end, end - start, PLACEHOLDERS[kind] if replacement is None else replacement)


# --- context -----------------------------------------------------------------------------------------------


def _clause_before(text: str, start: int, width: int = 16) -> str:
    """Up to ``width`` characters before ``start``, cut at the last clause break (。；，)."""
    window = text[max(0, start - width) : start]
    breaks = list(p.CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _says(text: str, start: int, words: Iterable[str]) -> bool:
    clause = _clause_before(text, start)
    return any(word in clause for word in words)


def _public_number(text: str, start: int) -> bool:
    """A 统一社会信用代码, 注册号, 执法证号, 文号, 条码… by the words before it, and nothing says it is personal."""
    return _says(text, start, p.PUBLIC_NUMBER_WORDS) and not _says(text, start, p.PERSONAL_NUMBER_WORDS)


def _amount(text: str, start: int, end: int) -> bool:
    """A sum of money (人民币50000000元), which follows an account word in 账户余额 and must stay."""
    return text[end : end + 1] in {"元", "万", "亿"} or text[max(0, start - 3) : start].endswith(
        ("人民币", "¥", "￥")
    )


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit() or ch in "Xx").upper()


# --- numbers -----------------------------------------------------------------------------------------------


def _resident_ids(text: str) -> Iterator[Finding]:
    """18-character numbers with a valid check character and date; old 15-digit numbers with a valid date."""
    for m in p.RESIDENT_ID_18.finditer(text):
        number = _digits(m.group())
        if check_resident_id(number, today=_NO_LIMIT).ok and not _registered_code(text, m.start(), number):
            yield _finding(FindingKind.RESIDENT_ID, *m.span())
    for m in p.RESIDENT_ID_15.finditer(text):
        if _old_resident_id(m.group()) and not _says(text, m.start(), p.USCC_WORDS):
            yield _finding(FindingKind.RESIDENT_ID, *m.span())


def _registered_code(text: str, start: int, number: str) -> bool:
    """An all-digit 统一社会信用代码 that the text introduces as one (both checksums can hold by chance)."""
    return check_uscc(number).ok and _says(text, start, p.USCC_WORDS)


def _old_resident_id(number: str) -> bool:
    """GB 11643-1989 form: 6-digit 地址码 + YYMMDD (19YY) + 3-digit 顺序码, no check character."""
    if not check_region_code(number[:6]).ok:
        return False
    try:
        date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    except ValueError:
        return False
    return True


def _mobiles(text: str) -> Iterator[Finding]:
    for m in p.MOBILE.finditer(text):
        if not _public_number(text, m.start()):
            yield _finding(FindingKind.MOBILE, *m.span())


def _landlines(text: str) -> Iterator[Finding]:
    for m in p.LANDLINE.finditer(text):
        if not _public_number(text, m.start()):
            yield _finding(FindingKind.LANDLINE, *m.span())
    for m in p.LANDLINE_AFTER_KEYWORD.finditer(text):
        yield _finding(FindingKind.LANDLINE, *m.span(1))


def _bank_accounts(text: str) -> Iterator[Finding]:
    """Numbers after an account word (Luhn or not), and Luhn-valid card numbers anywhere else."""
    for m in p.ACCOUNT_AFTER_KEYWORD.finditer(text):
        if not _amount(text, *m.span(1)):
            yield _finding(FindingKind.BANK_ACCOUNT, *m.span(1))
    for m in p.CARD.finditer(text):
        if (
            _card_number(_digits(m.group()))
            and not _public_number(text, m.start())
            and not _amount(text, *m.span())
        ):
            yield _finding(FindingKind.BANK_ACCOUNT, *m.span())


def _card_number(digits: str) -> bool:
    """13–19 digits with a valid Luhn digit (ISO/IEC 7812), and not a valid 统一社会信用代码."""
    return 13 <= len(digits) <= 19 and luhn.is_valid(digits) and not check_uscc(digits).ok


def _after_keyword(text: str, kind: FindingKind) -> Iterator[Finding]:
    """The number or account right after 护照/通行证/驾驶证… (``OTHER_ID``) or QQ/微信 (``OTHER_CONTACT``)."""
    pattern = p.OTHER_ID if kind == FindingKind.OTHER_ID else p.OTHER_CONTACT
    for m in pattern.finditer(text):
        if not _amount(text, *m.span(1)):
            yield _finding(kind, *m.span(1))


def _emails(text: str) -> Iterator[Finding]:
    for m in p.EMAIL.finditer(text):
        yield _finding(FindingKind.EMAIL, *m.span())


# --- addresses and health ----------------------------------------------------------------------------------


def _addresses(text: str) -> Iterator[Finding]:
    """The house number and below, right after a road, street, village or building name."""
    for m in p.ADDRESS_DETAIL.finditer(text):
        yield _finding(FindingKind.ADDRESS, *m.span("detail"))


def _health(text: str) -> Iterator[Finding]:
    for m in p.HEALTH.finditer(text):
        if not _in_title(text, m.start()) and not p.HEALTH_CLAIM_BEFORE.search(
            text[max(0, m.start() - 2) : m.start()]
        ):
            yield _finding(FindingKind.HEALTH, *m.span())


def _in_title(text: str, start: int) -> bool:
    """Inside 《…》: a law or document title such as 《中华人民共和国传染病防治法》."""
    opened = text.rfind("《", 0, start)
    return opened != -1 and text.find("》", opened, start) == -1


# --- names -------------------------------------------------------------------------------------------------


def pseudonym(name: str) -> str:
    """Surname + 某 for a one-character given name, surname + 某某 otherwise (张三 → 张某, 欧阳明 → 欧阳某).

    The surname is the compound surname when the name starts with one, else the first character (which is
    also the rule for minority and foreign names). Longer given names also become 某某, so the placeholder
    does not tell the name's length.
    """
    surname = name[:2] if name[:2] in p.COMPOUND_SURNAMES and len(name) > 2 else name[:1]
    return surname + ("某" if len(name) - len(surname) == 1 else "某某")


def names_after_role_words(text: str, *, party_names: Iterable[str] = ()) -> tuple[str, ...]:
    """Names written right after a role word (证人李四, 员工张三、王五, 其妻赵某芳), except the party's."""
    party = set(party_names)
    found: list[str] = []
    folded = p.fold(text)  # 证人：李四 (full-width colon)
    for m in p.ROLE_NAMES.finditer(folded):
        for name in _with_short_form(m.group("names").split("、"), folded[m.end() : m.end() + 1]):
            if name not in party and not _not_a_name(name) and name not in found:
                found.append(name)
    return tuple(found)


def _not_a_name(word: str) -> bool:
    """陈述, 严重… (a word that starts with a surname character) or 王女士 (a surname and an honorific)."""
    return word.startswith(p.NOT_NAMES) or word[1:] in p.HONORIFICS or word[2:] in p.HONORIFICS


def _with_short_form(names: list[str], following: str) -> list[str]:
    """The names, and for a three-character last name that runs on into the next word (证人张三现场), also
    its two-character form, so that 张三 is masked wherever else it appears. Only the last name of a list
    can run on: the others end at 、."""
    last = names[-1]
    runs_on = (
        len(last) == 3
        and last[:2] not in p.COMPOUND_SURNAMES
        and not _not_a_name(last)
        and p.NAME_CHAR.fullmatch(following)
    )
    return [*names, last[:2]] if runs_on else names


def _occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    start = text.find(word)
    while word and start != -1:
        yield start, start + len(word)
        start = text.find(word, start + len(word))


def _names(text: str, names: Iterable[str], party_names: Iterable[str]) -> Iterator[Finding]:
    """Every occurrence of every name, except inside a party's name (李明 inside the party 李明华; but the
    witness 张三丰 is masked even when the party is 张三)."""
    protected = [span for party in party_names for span in _occurrences(text, party)]
    for name in sorted(set(names) - set(party_names), key=len, reverse=True):
        for start, end in _occurrences(text, name):
            if len(name) > 1 and not any(s <= start and end <= e for s, e in protected):
                yield _finding(FindingKind.PERSON_NAME, start, end, pseudonym(name))


# --- putting it together -----------------------------------------------------------------------------------


def _detect(text: str, names: Iterable[str], party_names: Iterable[str]) -> list[Finding]:
    folded = p.fold(text)
    return [
        *_emails(folded), *_resident_ids(folded), *_after_keyword(folded, FindingKind.OTHER_ID),
        *_mobiles(folded), *_landlines(folded), *_after_keyword(folded, FindingKind.OTHER_CONTACT),
        *_bank_accounts(folded), *_addresses(folded), *_health(folded), *_names(text, names, party_names),
    ]  # fmt: skip


def _resolve(candidates: list[Finding]) -> list[Finding]:
    """Keep non-overlapping findings: the higher-precedence kind wins, then the earlier and longer span."""
    kept: list[Finding] = []
    for f in sorted(candidates, key=lambda f: (_PRECEDENCE[f.kind], f.start, -f.end)):
        if not any(k.start < f.end and f.start < k.end for k in kept):
            kept.append(f)
    return _merge_adjacent(sorted(kept, key=lambda f: f.start))


def _merge_adjacent(findings: list[Finding]) -> list[Finding]:
    """One placeholder for touching findings of the same kind (抑郁症住院 → one 健康信息 placeholder)."""
    merged: list[Finding] = []
    for f in findings:
        last = merged[-1] if merged else None
        if last and last.kind == f.kind and last.end == f.start and f.kind != FindingKind.PERSON_NAME:
            merged[-1] = _finding(f.kind, last.start, f.end)
        else:
            merged.append(f)
    return merged


def _apply(text: str, findings: list[Finding]) -> str:
    parts, position = [], 0
    for f in findings:
        parts += [text[position : f.start], f.replacement]
        position = f.end
    return "".join([*parts, text[position:]])


def _name_list(names: Iterable[str]) -> tuple[str, ...]:
    """Names without blanks; a single string is one name, not a sequence of characters."""
    return tuple(n.strip() for n in ([names] if isinstance(names, str) else names) if n and n.strip())


def mask_text(text: str, *, party_names: Iterable[str] = (), other_names: Iterable[str] = ()) -> Masked:
    """Remove personal information from ``text`` by the rules in the module docstring.

    ``party_names`` are the punished party's names (kept; 浙江《行政处罚结果信息网上公开暂行办法》: the
    punished person's name may be published). ``other_names`` are names known from the case record
    (witnesses, relatives, employees); names after role words are found as well.
    """
    party = _name_list(party_names)
    names = {*_name_list(other_names), *names_after_role_words(text, party_names=party)}
    findings = _resolve(_detect(text, names, party))
    return Masked(_apply(text, findings), tuple(findings))


def mask_fields(
    fields: Mapping[str, str], *, party_names: Iterable[str] = (), other_names: Iterable[str] = ()
) -> dict[str, Masked]:
    """Mask every field of one record; a name found after a role word in one field is masked in all of them.

    Returns ``{field: Masked}``: ``result[f].text`` is the masked field, ``result[f].findings`` its findings.
    """
    party = _name_list(party_names)
    names = set(_name_list(other_names))
    for value in fields.values():
        names.update(names_after_role_words(value or "", party_names=party))
    return {
        key: mask_text(value or "", party_names=party, other_names=names) for key, value in fields.items()
    }


# --- what may not be published -----------------------------------------------------------------------------

REASON_NO_BIRTH_DATE = (
    "当事人为自然人，但未提供出生日期或违法行为发生日期，无法排除其为未成年人，暂不公开；"
    "请根据居民身份证号码补充出生日期"
)
REASON_MINOR = (
    "当事人实施违法行为时未满十八周岁，处罚决定不予公开"
    "（浙江省《行政处罚结果信息网上公开暂行办法》；未成年人的个人信息为《个人信息保护法》第二十八条保护的敏感个人信息）"
)
REASON_SECRET = (
    "案件主要事实涉及国家秘密或者商业秘密，不予公开（《中华人民共和国政府信息公开条例》第十四条、第十五条）"
)
REASON_PRIVATE = "案件主要事实涉及个人隐私，不予公开（《中华人民共和国政府信息公开条例》第十五条）"
REASON_NO_PENALTY = "未给予行政处罚，没有行政处罚信息可作为信用信息公示"
REASON_WARNING_ONLY = (
    "仅给予警告的行政处罚不作为信用信息公示（《市场监督管理行政处罚信息公示规定》，市场监管总局令第45号）"
)
REASON_SIMPLIFIED = (
    "适用简易程序作出的行政处罚不作为信用信息公示"
    "（《市场监督管理行政处罚信息公示规定》，市场监管总局令第45号：公示适用普通程序作出的行政处罚信息）"
)
_NATURAL_PERSONS = {PartyKind.PERSON, PartyKind.INDIVIDUAL_BUSINESS}


def _minor_barrier(party_kind: str, birth: date | None, act_date: date | None) -> str:
    """Minor on the act date (年龄按周岁, ``age_on``); a natural person without dates cannot be cleared."""
    if party_kind not in _NATURAL_PERSONS:
        return ""
    if birth is None or act_date is None:
        # A 个体工商户 is a registered business: publish unless its operator is shown to be a minor.
        return REASON_NO_BIRTH_DATE if party_kind == PartyKind.PERSON else ""
    return REASON_MINOR if age_on(birth, act_date) < 18 else ""


def decision_publication_barrier(
    *,
    party_kind: str,
    party_birth_date: date | None = None,
    act_date: date | None = None,
    is_private: bool = False,
    is_secret: bool = False,
) -> str:
    """Why the decision may not be published on the 行政执法公示 portal at all, or '' when it may.

    Not published (浙江《行政处罚结果信息网上公开暂行办法》; 《政府信息公开条例》第十四条、第十五条): the
    party was a minor on the act date; the core facts are state or commercial secrets; the core facts are
    personal privacy. ``party_birth_date`` may come from the ID number (``resident_id_info``). The penalty
    kind does not matter here: a warning alone is still a decision the portal may publish.
    """
    if reason := _minor_barrier(party_kind, party_birth_date, act_date):
        return reason
    if is_secret:
        return REASON_SECRET
    return REASON_PRIVATE if is_private else ""


def credit_publicity_barrier(
    *,
    party_kind: str,
    party_birth_date: date | None = None,
    act_date: date | None = None,
    is_private: bool = False,
    is_secret: bool = False,
    penalty_kinds: Iterable[str] = (),
    simplified_procedure: bool = False,
) -> str:
    """Why the penalty may not be published *as credit information* (信用公示), or '' when it may.

    Everything that keeps the decision off the portal (``decision_publication_barrier``), and besides
    (市场监管总局令第45号): no penalty given, a warning alone, or a penalty under the simplified procedure.
    """
    if reason := decision_publication_barrier(
        party_kind=party_kind,
        party_birth_date=party_birth_date,
        act_date=act_date,
        is_private=is_private,
        is_secret=is_secret,
    ):
        return reason
    kinds = set(penalty_kinds)
    if not kinds:
        return REASON_NO_PENALTY
    if kinds == {PenaltyKind.WARNING}:
        return REASON_WARNING_ONLY
    return REASON_SIMPLIFIED if simplified_procedure else ""
