"""The masking engine: personal information in free text is removed before publication; public numbers stay.

Pure functions, no database. Test identifiers are computed with the validators' check-character functions.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from zhifa.cases.constants import PartyKind
from zhifa.discretion.constants import PenaltyKind
from zhifa.publicity.domain.masking import (
    REASON_MINOR,
    REASON_NO_BIRTH_DATE,
    REASON_NO_PENALTY,
    REASON_PRIVATE,
    REASON_SECRET,
    REASON_SIMPLIFIED,
    REASON_WARNING_ONLY,
    FindingKind,
    credit_publicity_barrier,
    decision_publication_barrier,
    mask_fields,
    mask_text,
    names_after_role_words,
    pseudonym,
)
from zhifa.utils.validators import (
    check_resident_id,
    check_uscc,
    org_code_check_char,
    resident_id_check_char,
    uscc_check_char,
)


def rid(first17: str) -> str:
    """A 居民身份证号码 with its correct GB 11643-1999 check character."""
    return first17 + resident_id_check_char(first17)


def uscc(region: str, org: str, authority: str = "91") -> str:
    """A 统一社会信用代码 with correct GB 11714 and GB 32100 check characters."""
    first17 = f"{authority}{region}{org}{org_code_check_char(org)}"
    return first17 + uscc_check_char(first17)


def all_digit_uscc() -> str:
    """A valid 统一社会信用代码 made only of digits that also passes Luhn (so it looks like a card number)."""
    for n in range(10_000_000, 10_001_000):
        code = uscc("440300", f"{n:08d}")
        if code.isdigit() and luhn.is_valid(code) and not check_resident_id(code).ok:
            return code
    raise AssertionError("no all-digit code in range")


def luhn_number(first: str) -> str:
    return first + luhn.calc_check_digit(first)


def bare(text: str) -> str:
    """The text with separators removed, so a number split by spaces or hyphens is still found."""
    return re.sub(r"[\s\-－+()（）]", "", text)


ID_A = rid("11010119900307123")  # ends in 3
ID_X = rid("44030519851201002")
ID_Y = rid("32010619770815001")
assert ID_X[-1] != "X"
CARD = luhn_number("622202123456789012")  # 19 digits
MOBILE = "+86 138-0013-8000"
LANDLINE = "0755-82345678-801"
EMAIL = "zhangsan.1990@example.com"
USCC_LETTERS = uscc("440300", "MA5F1234")
PARTY = "张三"
WITNESS = "李四"
CASE_NO = "439901-2-2026-000012"

FACTS = (
    f"2026年11月22日，执法人员依法对当事人{PARTY}经营的示范便利店（统一社会信用代码{USCC_LETTERS}）进行检查。"
    f"经查，当事人{PARTY}（身份证号码{ID_A[:6]} {ID_A[6:14]} {ID_A[14:]}，住示范市清江区滨江大道24号3栋2单元501室，"
    f"联系电话{MOBILE}，办公电话{LANDLINE}，电子邮箱{EMAIL}）自2026年10月起销售超过保质期的食品。"
    f"证人{WITNESS}（身份证号码{ID_Y}）称，当事人患有乙肝，2025年曾因抑郁症住院治疗，并通过银行卡{CARD}收取货款。"
    f"其妻王小红（身份证号码{ID_X}）在场。以上事实违反《中华人民共和国食品安全法》第三十四条第十项的规定，"
    f"依据区市场监管局罚〔2026〕12号决定，罚款人民币5000元。案件编号{CASE_NO}。"
)


@pytest.fixture(scope="module")
def masked_facts():
    return mask_text(FACTS, party_names=[PARTY])


# --- the done-when test ---------------------------------------------------------------------------------------


def test_it_removes_every_personal_value_from_a_case_paragraph(masked_facts):
    secrets = [
        ID_A,
        ID_X,
        ID_Y,
        CARD,
        MOBILE,
        LANDLINE,
        EMAIL,
        "24号",
        "501室",
        "乙肝",
        "抑郁症",
        WITNESS,
        "王小红",
    ]
    for value in secrets:
        assert value not in masked_facts.text
        assert bare(value) not in bare(masked_facts.text)
    for digits in ("13800138000", "82345678", ID_A[6:14], ID_X[6:14], ID_Y[6:14], CARD[-8:]):
        assert digits not in bare(masked_facts.text)


def test_it_keeps_the_party_name_and_replaces_others_with_a_surname(masked_facts):
    assert f"当事人{PARTY}经营" in masked_facts.text
    assert "证人李某（" in masked_facts.text
    assert "其妻王某某（" in masked_facts.text


def test_it_keeps_public_numbers_and_legal_references(masked_facts):
    for public in (
        USCC_LETTERS, "罚〔2026〕12号", "第三十四条第十项", "罚款人民币5000元", "2026年11月22日", CASE_NO,
        "《中华人民共和国食品安全法》", "示范市清江区滨江大道",
    ):  # fmt: skip
        assert public in masked_facts.text


def test_it_reads_as_expected_around_the_placeholders(masked_facts):
    text = masked_facts.text
    assert "身份证号码［身份证号码已隐去］，住示范市清江区滨江大道［详细地址已隐去］，" in text
    assert "联系电话［手机号码已隐去］，办公电话［固定电话已隐去］，电子邮箱［电子邮箱已隐去］）" in text
    assert "当事人［健康信息已隐去］，2025年曾因［健康信息已隐去］治疗" in text
    assert "银行卡［银行账号已隐去］收取货款" in text


def test_it_reports_kinds_and_positions_without_the_values(masked_facts):
    kinds = [f.kind for f in masked_facts.findings]
    assert kinds.count(FindingKind.RESIDENT_ID) == 3
    assert {FindingKind.MOBILE, FindingKind.LANDLINE, FindingKind.EMAIL, FindingKind.BANK_ACCOUNT} <= set(
        kinds
    )
    originals = {FACTS[f.start : f.end] for f in masked_facts.findings}
    assert {ID_X, ID_Y, CARD, MOBILE, LANDLINE, EMAIL, "24号3栋2单元501室", WITNESS, "王小红"} <= originals
    for f in masked_facts.findings:
        assert f.original_length == f.end - f.start
        assert not any(value in repr(f) for value in (ID_X, CARD, EMAIL, WITNESS))
    assert list(masked_facts.findings) == sorted(masked_facts.findings, key=lambda f: f.start)


def test_it_reports_exact_spans_in_a_short_text():
    text = f"手机13800138000，身份证{ID_X}。"
    findings = mask_text(text).findings
    assert [(f.kind, f.start, f.end) for f in findings] == [
        (FindingKind.MOBILE, 2, 13),
        (FindingKind.RESIDENT_ID, 17, 35),
    ]
    assert findings[1].replacement == "［身份证号码已隐去］"


def test_it_is_idempotent(masked_facts):
    again = mask_text(masked_facts.text, party_names=[PARTY], other_names=[WITNESS])
    assert again.text == masked_facts.text
    assert again.findings == ()


# --- identifiers and numbers ------------------------------------------------------------------------------------


def test_it_does_not_take_a_wrong_check_character_for_an_id():
    wrong = ID_A[:-1] + ("1" if ID_A[-1] != "1" else "2")
    if luhn.is_valid(wrong):
        wrong = ID_A[:-1] + ("4" if ID_A[-1] != "4" else "5")
    assert not luhn.is_valid(wrong)
    assert mask_text(f"号码{wrong}。").text == f"号码{wrong}。"


def test_it_treats_a_luhn_valid_number_with_a_wrong_id_check_character_as_an_account():
    number = luhn_number(ID_A[:17])
    assert not check_resident_id(number).ok
    assert [f.kind for f in mask_text(f"付款{number}。").findings] == [FindingKind.BANK_ACCOUNT]


@pytest.mark.parametrize("digits", [16, 17, 18, 19])
def test_it_masks_luhn_valid_numbers_of_card_length(digits):
    number = luhn_number("6" + "2" * (digits - 2))
    assert mask_text(f"转入{number}。").text == "转入［银行账号已隐去］。"


def test_it_masks_a_number_after_an_account_word_even_without_luhn():
    number = "44201501100052512345"  # 20 digits: an organisation's account, no Luhn digit
    masked = mask_text(f"开户银行：中国建设银行示范支行，账号：{number}。")
    assert number not in masked.text
    assert masked.text.endswith("账号：［银行账号已隐去］。")


def test_it_keeps_a_balance_after_an_account_word():
    text = "冻结该账户余额人民币50000000元。"
    assert mask_text(text).text == text


def test_it_never_masks_a_uscc():
    digits_only = all_digit_uscc()
    assert check_uscc(digits_only).ok and luhn.is_valid(digits_only)
    for code in (USCC_LETTERS, digits_only, uscc("110105", "10000000", "12")):
        text = f"当事人统一社会信用代码为{code}，经营场所在示范市。"
        assert mask_text(text).text == text
    assert mask_text(f"代码{digits_only}。").text == f"代码{digits_only}。"


def test_it_masks_an_id_that_happens_to_be_a_valid_uscc_unless_introduced_as_a_uscc():
    number = next(n for seq in range(1000) if check_uscc(n := rid(f"11010119900307{seq:03d}")).ok)
    assert mask_text(f"身份证{number}。").text == "身份证［身份证号码已隐去］。"
    assert mask_text(f"统一社会信用代码{number}。").text == f"统一社会信用代码{number}。"


@pytest.mark.parametrize(
    "written",
    [
        f"{ID_X[:6]}-{ID_X[6:14]}-{ID_X[14:]}",
        f"{ID_X[:6]} {ID_X[6:10]} {ID_X[10:14]} {ID_X[14:]}",
        "".join(chr(ord(ch) + 0xFEE0) for ch in ID_X),  # full-width digits from a Chinese IME
    ],
)
def test_it_tolerates_separators_and_full_width_digits_in_an_id(written):
    assert mask_text(f"身份证号码：{written}。").text == "身份证号码：［身份证号码已隐去］。"


def test_it_masks_an_id_ending_in_x_in_either_case():
    number = next(
        rid(f"11010519491231{n:03d}") for n in range(1000) if rid(f"11010519491231{n:03d}")[-1] == "X"
    )
    for written in (number, number.lower()):
        assert mask_text(f"身份证{written}，").text == "身份证［身份证号码已隐去］，"


def test_it_masks_an_old_15_digit_id_but_not_a_registration_number():
    old = "110101900307123"
    assert mask_text(f"身份证号码{old}。").text == "身份证号码［身份证号码已隐去］。"
    assert mask_text(f"营业执照注册号{old}。").text == f"营业执照注册号{old}。"
    assert mask_text("号码110101901307123。").text == "号码110101901307123。"  # month 13


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("13800138000", FindingKind.MOBILE),
        ("138 0013 8000", FindingKind.MOBILE),
        ("+86-138-0013-8000", FindingKind.MOBILE),
        ("8613800138000", FindingKind.MOBILE),
        ("(+86)13800138000", FindingKind.MOBILE),
        ("１３８００１３８０００", FindingKind.MOBILE),
        ("010-82345678", FindingKind.LANDLINE),
        ("(0755)82345678", FindingKind.LANDLINE),
        ("（０２０）８２３４５６７８", FindingKind.LANDLINE),
        ("0755 8234567 转 801", FindingKind.LANDLINE),
        ("02182345678-12", FindingKind.LANDLINE),
    ],
)
def test_it_masks_telephone_numbers_in_their_usual_forms(written, kind):
    masked = mask_text(f"联系方式{written}，")
    assert [f.kind for f in masked.findings] == [kind]
    assert not re.search(r"\d", masked.text)


def test_it_masks_a_local_number_only_after_a_telephone_word():
    assert mask_text("联系电话：82345678。").text == "联系电话：［固定电话已隐去］。"
    assert mask_text("货值金额82345678。").text == "货值金额82345678。"


def test_it_keeps_case_numbers_dates_amounts_and_enforcement_certificates():
    text = (
        f"案件编号{CASE_NO}，立案日期2026-11-22，没收违法所得13800元，罚款人民币5000元，"
        "执法证号13010012345，商品条码6901234567892，共计12件。"
    )
    assert mask_text(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "其QQ号：123456789，微信号zhangsan_1990。",
            "其QQ号：［联系方式已隐去］，微信号［联系方式已隐去］。",
        ),
        (
            "护照号码E12345678，港澳通行证C87654321。",
            "护照号码［证件号码已隐去］，港澳通行证［证件号码已隐去］。",
        ),
        ("通过微信收款50000元。", "通过微信收款50000元。"),
    ],
)
def test_it_masks_other_contact_accounts_and_identity_documents(text, expected):
    assert mask_text(text).text == expected


# --- addresses ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "kept"),
    [
        ("示范市清江区滨江大道24号3栋2单元501室", "示范市清江区滨江大道"),
        ("示范市清江区人民路8号附3号", "示范市清江区人民路"),
        ("示范县河口镇示范村3组", "示范县河口镇示范村"),
        ("示范市阳光小区B座1203房", "示范市阳光小区"),
        ("示范市解放街道十二号", "示范市解放街道"),
    ],
)
def test_it_keeps_the_administrative_part_of_an_address(address, kept):
    assert mask_text(f"住{address}。").text == f"住{kept}［详细地址已隐去］。"


def test_it_keeps_document_numbers_and_articles_that_end_in_a_number_word():
    text = "依据区市场监管局罚〔2026〕12号、示范市监罚字〔2025〕第3号决定和第十二条、第3款，没收3台设备。"
    assert mask_text(text).text == text


# --- health ------------------------------------------------------------------------------------------------------


def test_it_masks_health_terms_with_the_verb_that_attaches_them():
    masked = mask_text("当事人确诊为肺结核，后经医院诊断患有精神疾病，孕期住院，HIV阳性。")
    assert (
        masked.text
        == "当事人［健康信息已隐去］，后经医院［健康信息已隐去］，孕期［健康信息已隐去］，［健康信息已隐去］阳性。"
    )
    assert {f.kind for f in masked.findings} == {FindingKind.HEALTH}


def test_it_keeps_law_titles_product_claims_and_places_that_name_diseases():
    text = (
        "当事人在广告中宣称该产品能治疗乙肝、抗癌，违反了《中华人民共和国传染病防治法》和《残疾人保障法》，"
        "销售乙肝疫苗和诊断试剂，在医院住院部门口摆摊。"
    )
    assert mask_text(text).text == text


# --- names -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张三", "张某"),
        ("李小明", "李某某"),
        ("欧阳明", "欧阳某"),
        ("欧阳明华", "欧阳某某"),
        ("阿卜杜拉·买买提", "阿某某"),
    ],
)
def test_it_keeps_the_surname_of_a_masked_name(name, expected):
    assert pseudonym(name) == expected


def test_it_masks_other_names_everywhere_but_never_the_party():
    text = "当事人李明华雇用李明和赵六，李明在收银，赵六负责进货。"
    masked = mask_text(text, party_names=["李明华"], other_names=["李明", "赵六", "李明华"])
    assert masked.text == "当事人李明华雇用李某和赵某，李某在收银，赵某负责进货。"


def test_it_masks_a_longer_name_that_contains_the_party_name():
    masked = mask_text("当事人张三的员工张三丰称，张三丰在店内。", party_names="张三")
    assert masked.text == "当事人张三的员工张某某称，张某某在店内。"


def test_it_finds_names_after_role_words():
    text = "证人：刘德，员工陈小芳、周杰称，举报人孙悦在场，其子王一鸣已成年。"
    assert names_after_role_words(text) == ("刘德", "陈小芳", "周杰", "孙悦", "王一鸣")
    assert mask_text(text).text == "证人：刘某，员工陈某某、周某称，举报人孙某在场，其子王某某已成年。"


def test_it_masks_the_short_form_of_a_name_that_runs_on_into_the_next_word():
    masked = mask_text("证人张五现场指认，事后张五又称不清楚。")
    assert "张五" not in masked.text
    assert names_after_role_words("证人王小明称，王小明在场。") == ("王小明",)


def test_it_leaves_role_words_followed_by_ordinary_words():
    text = (
        "证人陈述称，员工工资未按时发放，证人证言与现场照片一致，证人李某某在场，员工严重违反操作规程，"
        "消费者王女士投诉，员工3名。"
    )
    assert names_after_role_words(text) == ()
    assert mask_text(text).text == text


def test_it_keeps_the_legal_representative_and_officers():
    text = "示范公司法定代表人王五，执法人员赵强、钱进出示了执法证件。"
    assert mask_text(text, party_names=["示范公司"]).text == text


# --- several fields ---------------------------------------------------------------------------------------------


def test_it_masks_every_field_and_shares_names_between_fields():
    result = mask_fields(
        {"facts": "证人孙悦称当事人在店内吸烟。", "evidence": f"孙悦的证言，电话{MOBILE[4:]}。", "empty": ""},
        party_names=[PARTY],
    )
    assert result["facts"].text == "证人孙某称当事人在店内吸烟。"
    assert result["evidence"].text == "孙某的证言，电话［手机号码已隐去］。"
    assert [f.kind for f in result["evidence"].findings] == [FindingKind.PERSON_NAME, FindingKind.MOBILE]
    assert result["empty"].text == "" and result["empty"].findings == ()


# --- property ----------------------------------------------------------------------------------------------------

_CJK = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地出就分对成会可主发年动同工也能下过子说产种面而方后多"
chinese = st.text(alphabet=_CJK + "，。；：（）", max_size=30)
resident_ids = st.builds(
    lambda region, born, seq: rid(f"{region}{born:%Y%m%d}{seq:03d}"),
    st.sampled_from(["110101", "310104", "440305", "510107", "650102", "820000"]),
    st.dates(date(1920, 1, 1), date(2025, 12, 31)),
    st.integers(0, 999),
)
separators = st.sampled_from(["", " ", "-"])


@given(before=chinese, after=chinese, number=resident_ids, sep=separators)
def test_it_always_removes_a_valid_id_embedded_in_chinese_text(before, after, number, sep):
    written = sep.join([number[:6], number[6:14], number[14:]])
    masked = mask_text(before + written + after)
    assert number not in bare(masked.text)
    assert number[6:14] not in masked.text


@given(before=chinese, after=chinese, rest=st.integers(0, 10**9 - 1), second=st.integers(3, 9))
def test_it_always_removes_a_mobile_number_embedded_in_chinese_text(before, after, rest, second):
    number = f"1{second}{rest:09d}"
    assert number not in mask_text(before + number + after).text


# --- publication barriers ---------------------------------------------------------------------------------------


def test_it_bars_a_decision_about_a_minor():
    kwargs = {"party_kind": PartyKind.PERSON, "party_birth_date": date(2009, 3, 1)}
    assert decision_publication_barrier(**kwargs, act_date=date(2026, 11, 22)) == REASON_MINOR
    assert decision_publication_barrier(**kwargs, act_date=date(2027, 3, 1)) == REASON_MINOR  # 18th birthday
    assert decision_publication_barrier(**kwargs, act_date=date(2027, 3, 2)) == ""
    assert credit_publicity_barrier(
        **kwargs, act_date=date(2026, 1, 1), penalty_kinds=[PenaltyKind.FINE]
    ) == (REASON_MINOR)


def test_it_bars_a_person_whose_age_is_unknown_but_not_an_organisation():
    assert decision_publication_barrier(party_kind=PartyKind.PERSON) == REASON_NO_BIRTH_DATE
    assert decision_publication_barrier(party_kind=PartyKind.ORGANISATION) == ""
    assert decision_publication_barrier(party_kind=PartyKind.INDIVIDUAL_BUSINESS) == ""


def test_it_bars_secret_or_private_core_facts():
    assert decision_publication_barrier(party_kind=PartyKind.ORGANISATION, is_secret=True) == REASON_SECRET
    assert decision_publication_barrier(party_kind=PartyKind.ORGANISATION, is_private=True) == REASON_PRIVATE


def test_it_publishes_a_warning_alone_as_a_decision_but_not_as_credit_information():
    kwargs = {"party_kind": PartyKind.ORGANISATION, "penalty_kinds": [PenaltyKind.WARNING]}
    assert credit_publicity_barrier(**kwargs) == REASON_WARNING_ONLY
    assert decision_publication_barrier(party_kind=PartyKind.ORGANISATION) == ""
    assert (
        credit_publicity_barrier(party_kind=PartyKind.ORGANISATION, penalty_kinds=["warning", "fine"]) == ""
    )


def test_it_publishes_an_ordinary_case_and_bars_credit_publicity_without_a_penalty_or_under_simple_procedure():
    adult = {
        "party_kind": PartyKind.PERSON,
        "party_birth_date": date(1990, 3, 7),
        "act_date": date(2026, 10, 1),
    }
    assert decision_publication_barrier(**adult) == ""
    assert credit_publicity_barrier(**adult, penalty_kinds=[PenaltyKind.FINE]) == ""
    assert credit_publicity_barrier(**adult) == REASON_NO_PENALTY
    assert (
        credit_publicity_barrier(**adult, penalty_kinds=["fine"], simplified_procedure=True)
        == REASON_SIMPLIFIED
    )
