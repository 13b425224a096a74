"""执法文书 as PDF (WeasyPrint with the shipped CJK font) and Word (python-docx).

The documents of a real case are produced by walking it through ``case_step``; every other kind is rendered
from representative data on an unsaved ``Document``, so all 27 kinds are covered. Each PDF's text is
extracted with pypdf: finding the title and the party's name in it proves the Chinese glyphs are embedded and
extractable.
"""

from __future__ import annotations

import io
import re
from datetime import date

import docx
import pypdf
import pytest
from fontTools.ttLib import TTFont

from zhifa.cases import rendering
from zhifa.cases.constants import DocumentKind
from zhifa.cases.models import Document
from zhifa.cases.tests.factories import all_findings, make_team, notified, step
from zhifa.discretion.tests.factories import filed_benchmark

pytestmark = pytest.mark.django_db

PARTY = "示范贸易有限公司"


# --- reading what was rendered ------------------------------------------------------------------------------


def _flat(text: str) -> str:
    """Text without whitespace: pypdf puts spaces and line breaks where the layout had them."""
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: bytes) -> str:
    return _flat("".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def pdf_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font a page uses, and whether its program is embedded in the file."""
    fonts = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return fonts


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return _flat("".join(parts))


def assert_rendered(document, *expected: str) -> None:
    """The PDF and the Word file both carry the title, the party and ``expected``."""
    wanted = [str(DocumentKind(document.kind).label), document.data["party"], *expected]
    pdf = rendering.render_pdf(document)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert [w for w in wanted if _flat(w) not in text] == [], f"{document.kind} PDF lacks them"
    assert pdf_fonts(pdf) and all(pdf_fonts(pdf).values()), "every font is embedded"
    words = docx_text(rendering.render_docx(document))
    assert [w for w in wanted if _flat(w) not in words] == [], f"{document.kind} DOCX lacks them"


# --- a real case --------------------------------------------------------------------------------------------


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


@pytest.fixture
def decided(team, supervisor):
    """A case walked to a fine of 20 000 yuan, within the filed benchmark's tier 情节一般 (15 000–30 000 yuan)."""
    filed_benchmark(team.head, supervisor, team.matter)
    case = notified(team, fine="20000")
    return step(team.head, case, "decide", on=date(2026, 10, 10), outcome="penalty", kinds=["fine"],
                fine_amount="20000")  # fmt: skip


def doc(case, kind: str) -> Document:
    return case.documents.get(kind=kind)


def test_it_renders_the_filing_approval(decided):
    assert_rendered(
        doc(decided, "filing_approval"), "未按规定公示信息案", "核查属实", "张执法", "赵局长", "同意立案"
    )


def test_it_renders_the_inquiry_record_with_the_officers_certificates(decided):
    record = doc(decided, "inquiry_record")
    certificate = record.data["officers"][0]["certificate"]
    assert certificate
    assert_rendered(record, "周经理", "当事人承认未公示", "张执法", "李执法", certificate)


def test_it_renders_the_investigation_report_with_the_tier(decided):
    assert_rendered(
        doc(decided, "investigation_report"), "当事人未按规定公示信息", "情节一般", "询问（2026年9月15日）"
    )


def test_it_renders_the_prior_notice_with_the_rights_and_the_tier(decided):
    assert_rendered(doc(decided, "prior_notice"), "陈述和申辩", "情节一般", "20,000.00元", "贰万元整")


def test_it_renders_the_penalty_decision_stating_the_tier_and_its_reasons(decided):
    decision = doc(decided, "penalty_decision")
    reasons = decision.data["tier_reasons"]
    assert decision.data["tier"] == "情节一般" and reasons
    assert_rendered(decision, decision.number, "当事人未按规定公示信息", "询问（2026年9月15日）", "情节一般",
                    *reasons, "罚款人民币20,000.00元", "贰万元整", "十五日内缴纳罚款", "申请行政复议",
                    "二〇二六年十月十日")  # fmt: skip


def test_it_renders_the_credit_repair_notice_with_the_decision_number(decided):
    notice = doc(decided, "credit_repair_notice")
    decision_number = doc(decided, "penalty_decision").number
    assert_rendered(notice, "申请信用修复", decision_number)


def test_it_renders_service_and_closing_after_payment(team, decided):
    case = step(team.officer_user, decided, "serve", on=date(2026, 10, 12), recipient="周经理")
    step(
        team.officer_user, case, "record_payment", on=date(2026, 10, 20), amount="20000", receipt="缴款书001"
    )
    step(team.officer_user, case, "complete_execution", on=date(2026, 10, 21))
    case = step(team.head, case, "close", on=date(2026, 10, 22), reason="已执行完毕，同意结案")
    assert_rendered(
        doc(case, "service_receipt"), "《行政处罚决定书》", doc(case, "penalty_decision").number, "直接送达"
    )
    assert_rendered(doc(case, "closing_report"), "20,000.00元", "执行完毕", "已执行完毕，同意结案")


def test_it_renders_the_legal_review_and_the_discussion(team):
    case = notified(team, fine="20000", complex_case=True, on=date(2026, 9, 22))
    step(team.officer_user, case, "send_review", on=date(2026, 9, 23), reviewer_id=team.reviewer_person.pk)
    step(
        team.reviewer,
        case,
        "review_agree",
        on=date(2026, 9, 24),
        findings=all_findings(),
        reason="事实清楚，同意",
    )
    step(team.head, case, "discuss", on=date(2026, 9, 25), chair="赵局长", participants=["赵局长", "钱副局长", "孙副局长"],
         opinions="一致同意按拟处理意见处罚", conclusion="罚款二万元")  # fmt: skip
    assert_rendered(doc(case, "legal_review"), "执法主体是否合法", "符合", "同意", "事实清楚，同意", "钱法审")
    assert_rendered(doc(case, "discussion_record"), "钱副局长", "一致同意按拟处理意见处罚", "罚款二万元")


# --- every kind, from representative data -------------------------------------------------------------------

SAMPLE = {
    "body": "测试区市场监督管理局", "case_number": "439901-9-2026-000042", "check_code": "123456",
    "title": "未按规定公示信息案", "matter": "对未按规定公示信息的行政处罚", "matter_code": "330000000001",
    "party": PARTY, "party_kind": "法人或其他组织", "party_identifier": "914399********1234",
    "party_address": "测试区示范路1号", "legal_representative": "周经理", "step": "步骤", "approver": "赵局长",
    "officers": [{"id": 1, "name": "张执法", "certificate": "43990100001"},
                 {"id": 2, "name": "李执法", "certificate": "43990100002"}],
    "case_officers": [{"name": "张执法", "role": "主办"}, {"name": "李执法", "role": "协办"}],
    "reason": "理由已核实", "origin": "监督检查发现", "clue": "日常检查发现未公示", "received_on": "2026-09-10",
    "registered_on": "2026-09-14", "act_date": "2026-09-01", "act_place": "测试区示范路1号", "finding": "核查属实",
    "facts": "当事人未按规定公示年度报告信息。", "evidence": ["询问（2026年9月15日）", "现场检查（2026年9月16日）"],
    "bases": ["《中华人民共和国测试法》第十条"], "violated_basis": "《中华人民共和国测试法》第十条",
    "penalty_basis": "《中华人民共和国测试法》第三十条", "benchmark": "测试区市场监督管理局第1版",
    "tier": "情节一般", "tier_reasons": ["不符合从轻、从重情节，适用一般档次"], "fine_range": ["15000.00", "30000.00"],
    "intended_outcome": "给予行政处罚", "intended_kinds": "罚款", "intended_fine": "20000",
    "hearing_grounds": ["拟对法人处十万元以上罚款"], "major_reasons": [], "discussion_reasons": ["情节复杂"],
    "outcome": "给予行政处罚", "kinds": "罚款", "fine_amount": "20000", "confiscated_amount": "",
    "payment": "当事人应当自收到本决定书之日起十五日内缴纳罚款。", "remedies": "如不服本决定，可以依法申请行政复议。",
    "credit_repair": "公示期满前可以申请信用修复。", "notified_on": "2026-09-22", "decided_on": "2026-10-10",
    "decision_number": "区市场监管局罚〔2026〕7号", "served_on": "2026-10-12", "paid_amount": "5000",
    "payment_due_on": "2026-10-27", "outstanding": "15600.00", "due_on": "2026-12-13", "extension_days": 30,
    "state_before": "调查取证", "closed_on": "2026-11-30", "statement_days": 5, "hearing_days": 5,
    "statements": [{"statement": "已经改正", "adopted": False, "review_note": "改正不影响违法事实认定"}],
    "hearing": {"requested_on": "2026-09-24", "chair": "孙主持", "notice_served_on": "2026-09-25",
                "scheduled_on": "2026-10-09", "place": "第一听证室", "public": True, "held_on": "2026-10-09",
                "record": "当事人对事实无异议", "waived": False},
    "findings": [{"item": "执法主体是否合法", "finding": "符合", "note": ""}],
    "opinion": "同意", "opinion_text": "事实清楚，证据确凿", "reviewer": "钱法审", "assigned_on": "2026-09-23",
    "submitted_on": "2026-09-24", "served_documents": [{"title": "行政处罚决定书", "number": "区市场监管局罚〔2026〕7号"}],
    "recipient": "周经理", "method": "直接送达", "preservation_days": 7, "audit_passed": True,
}  # fmt: skip

# What each kind must say beyond its title and the party: the step's own input (``facts_entered``) and the
# phrases that only a meaningful rendering of that kind contains.
KINDS: dict[str, tuple[dict, tuple[str, ...]]] = {
    "clue_register": ({"clue": "日常检查发现未公示"}, ("监督检查发现", "日常检查发现未公示", "登记人")),
    "filing_approval": ({}, ("核查属实", "43990100001", "负责人：赵局长")),
    "not_filed": ({}, ("不予立案理由", "理由已核实", "同意不予立案")),
    "inquiry_record": (
        {"person_inquired": "周经理", "summary": "问：是否公示？答：没有。"},
        ("被询问人", "问：是否公示？答：没有。", "43990100002"),
    ),
    "inspection_record": (
        {"place": "示范路1号门店", "summary": "门店未张贴公示信息"},
        ("示范路1号门店", "门店未张贴公示信息"),
    ),
    "preservation_notice": ({"items": "账簿三本"}, ("账簿三本", "7日内")),
    "investigation_report": (
        {},
        ("当事人未按规定公示年度报告信息", "情节一般", "不符合从轻、从重情节，适用一般档次"),
    ),
    "case_audit": ({}, ("审核通过", "审核人：赵局长")),
    "prior_notice": ({}, ("陈述和申辩", "5个工作日", "要求举行听证", "情节一般")),
    "hearing_rights": ({}, ("拟对法人处十万元以上罚款", "5日内")),
    "statement_record": (
        {"statement": "我单位已补报", "adopted": True, "review_note": "情况属实"},
        ("我单位已补报", "情况属实", "予以采纳"),
    ),
    "hearing_notice": ({}, ("第一听证室", "孙主持", "2026年10月9日")),
    "hearing_record": ({"record": "当事人对事实无异议"}, ("当事人对事实无异议", "孙主持")),
    "legal_review": ({}, ("执法主体是否合法", "事实清楚，证据确凿", "钱法审")),
    "discussion_record": (
        {
            "chair": "赵局长",
            "participants": ["赵局长", "钱副局长", "孙副局长"],
            "opinions": "一致同意",
            "conclusion": "罚款二万元",
        },
        ("钱副局长", "一致同意", "罚款二万元"),
    ),
    "penalty_decision": (
        {},
        (
            "情节一般",
            "不符合从轻、从重情节，适用一般档次",
            "贰万元整",
            "十五日内缴纳罚款",
            "申请行政复议",
            "已经改正",
        ),
    ),
    "no_penalty_decision": ({}, ("不予行政处罚决定书", "申请行政复议")),
    "credit_repair_notice": ({}, ("公示期满前可以申请信用修复", "区市场监管局罚〔2026〕7号")),
    "service_receipt": ({"recipient": "周经理"}, ("区市场监管局罚〔2026〕7号", "直接送达", "受送达人")),
    "extension_approval": ({"collective": False}, ("2026年12月13日", "30日")),
    "suspension_approval": ({}, ("调查取证", "理由已核实")),
    "payment_deferral": (
        {"new_due_on": "2026-12-31", "instalments": 3, "previous_due_on": "2026-10-27"},
        ("分3期缴纳", "2026年12月31日", "5,000.00元"),
    ),
    "enforcement_application": ({}, ("被申请人", "15,600.00元", "人民法院")),
    "transfer_letter": ({"police_authority": "测试区公安分局"}, ("测试区公安分局", "理由已核实")),
    "revocation": ({}, ("撤销立案理由", "理由已核实")),
    "closing_report": ({}, ("区市场监管局罚〔2026〕7号", "5,000.00元", "2026年11月30日")),
    "on_spot_decision": ({"paid_on_spot": True}, ("当场收缴", "43990100001", "贰万元整")),
}


def test_it_has_a_sample_for_every_kind():
    assert set(KINDS) == set(DocumentKind.values)


def sample(kind: str, facts_entered: dict) -> Document:
    number = "区市场监管局测〔2026〕1号" if kind in ("penalty_decision", "prior_notice") else ""
    outcome = (
        {"outcome": "不予行政处罚", "kinds": "", "fine_amount": ""} if kind == "no_penalty_decision" else {}
    )
    data = {**SAMPLE, **outcome, "number": number, "issued_on": "2026-10-10", "facts_entered": facts_entered}
    return Document(kind=kind, number=number, issued_on=date(2026, 10, 10), data=data)


@pytest.mark.parametrize("kind", DocumentKind.values)
def test_it_renders_every_kind_to_pdf_and_word(kind):
    facts_entered, expected = KINDS[kind]
    document = sample(kind, facts_entered)
    assert_rendered(document, SAMPLE["body"], *expected)
    html = rendering.render_html(document)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in html


# --- the font, the Word file, the filters -------------------------------------------------------------------


def test_it_embeds_the_shipped_font():
    pdf = rendering.render_pdf(sample("penalty_decision", {}))
    fonts = pdf_fonts(pdf)
    assert {name.split("+")[-1] for name in fonts} == {"ZhifaSerif", "ZhifaSerif-Bold"}
    assert all(fonts.values())


def test_it_ships_a_font_covering_the_standard_characters():
    for path in rendering.font_paths().values():
        cmap = TTFont(path)["cmap"].getBestCmap()
        hanzi = [c for c in cmap if 0x3400 <= c <= 0x9FFF or c >= 0x20000]
        assert len(hanzi) >= 8105
        # 《通用规范汉字表》 characters outside GB 2312 (喆 堃 䶮), full-width forms and CJK punctuation.
        assert all(ord(c) in cmap for c in "喆堃䶮罚〔〕（）：；“”〇０Ａ")
    assert (rendering.FONT_DIR / "LICENSE-OFL.txt").is_file()


def test_it_names_the_east_asian_font_in_word():
    document = docx.Document(io.BytesIO(rendering.render_docx(sample("penalty_decision", {}))))
    qn = docx.oxml.ns.qn
    normal = document.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == rendering.FONT_FAMILY
    runs = [r for p in document.paragraphs for r in p.runs if r.text]
    assert runs and all(r._r.rPr.rFonts.get(qn("w:eastAsia")) == rendering.FONT_FAMILY for r in runs)
    assert document.core_properties.language == "zh-CN"
    assert document.sections[0].page_width.mm == pytest.approx(210, abs=0.5)


def test_it_escapes_what_users_typed():
    document = sample(
        "inquiry_record", {"person_inquired": "<b>周经理</b>", "summary": "第一行\n<script>x</script>"}
    )
    html = rendering.render_html(document)
    assert "&lt;b&gt;周经理&lt;/b&gt;" in html and "<script>x" not in html and "第一行<br>" in html


def test_it_writes_amounts_in_capitals():
    cases = {"8000": "捌仟元整", "20000": "贰万元整", "10050.5": "壹万零伍拾元伍角", "1010": "壹仟零壹拾元整",
             "100000001": "壹亿零壹元整", "0.05": "伍分", "3000.07": "叁仟元零柒分", "": ""}  # fmt: skip
    assert {k: rendering.yuan_upper(k) for k in cases} == cases
    assert rendering.yuan("8000") == "8,000.00元"


def test_it_writes_dates_in_chinese():
    assert rendering.cn_date_upper("2026-09-22") == "二〇二六年九月二十二日"
    assert rendering.cn_date_upper(date(2030, 10, 10)) == "二〇三〇年十月十日"
    assert rendering.cn_date("2026-09-22") == "2026年9月22日"
    assert rendering.cn_date("") == ""
