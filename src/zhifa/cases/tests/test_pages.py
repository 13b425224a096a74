"""The workbench pages of a case: an officer registers a clue, takes steps through the forms built from the
same schemas as the API, and sees a refusal with its rule code in the form."""

from datetime import date

import pytest

from zhifa.cases.models import Case
from zhifa.cases.tests.factories import ORG_PARTY_USCC, filed, make_team


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


def test_it_registers_a_clue_through_the_page(client, team):
    client.force_login(team.officer_user)
    page = client.get("/workbench/cases/new/")
    assert page.status_code == 200 and "案源登记" in page.content.decode()
    r = client.post("/workbench/cases/new/", {
        "register_clue-on": "2026-09-10", "register_clue-matter_id": team.matter.pk, "register_clue-title": "未公示信息案",
        "register_clue-origin": "complaint", "register_clue-clue": "群众举报",
        "register_clue-party__kind": "organisation", "register_clue-party__name": "示范贸易有限公司",
        "register_clue-party__identifier": ORG_PARTY_USCC,
    })  # fmt: skip
    case = Case.objects.get()
    assert r.status_code == 302 and r.url == f"/workbench/cases/{case.pk}/"
    assert case.party.name == "示范贸易有限公司" and case.state == "clue"
    detail = client.get(r.url).content.decode()
    assert "核查" in detail and case.number in detail


def test_a_refused_step_shows_the_rule_in_the_form(client, team):
    client.force_login(team.officer_user)
    client.post("/workbench/cases/new/", {
        "register_clue-on": "2026-09-10", "register_clue-matter_id": team.matter.pk, "register_clue-title": "未公示信息案",
        "register_clue-origin": "complaint", "register_clue-clue": "群众举报",
    })  # fmt: skip
    case = Case.objects.get()
    r = client.post(f"/workbench/cases/{case.pk}/step/verify/", {
        "verify-on": "2026-09-11", "verify-officer_ids": [team.officers[0].pk], "verify-finding": "属实",
        "verify-act_date": "2026-09-01",
    })  # fmt: skip
    html = r.content.decode()
    assert r.status_code == 422
    assert "PEN-001" in html and "第四十二条" in html
    case.refresh_from_db()
    assert case.state == "clue"


def test_the_desk_shows_due_deadlines_and_the_heads_queue(client, team):
    case = filed(team)
    client.force_login(team.officer_user)
    html = client.get("/workbench/cases/").content.decode()
    assert case.number in html
    client.force_login(team.head)
    assert client.get(f"/workbench/cases/{case.pk}/").status_code == 200


def test_the_procedure_table_page_lists_every_rule(client, team):
    client.force_login(team.officer_user)
    html = client.get("/workbench/cases/procedures/").content.decode()
    for code in ("PEN-001", "PEN-004", "PEN-011", "PEN-013"):
        assert code in html


def test_the_public_case_page_needs_the_check_code(client, team):
    case = filed(team)
    assert client.get(f"/case/{case.number}/").status_code == 200
    wrong = "000000" if case.check_code != "000000" else "111111"
    assert client.get(f"/case/{case.number}/", {"code": wrong}).status_code == 404
    ok = client.get(f"/case/{case.number}/", {"code": case.check_code})
    assert (
        ok.status_code == 200
        and "调查取证" in ok.content.decode()
        and date(2026, 9, 14).strftime("%Y") in ok.content.decode()
    )


def test_an_officer_previews_and_downloads_a_document(client, team):
    case = filed(team)
    doc = case.documents.get(kind="filing_approval")
    client.force_login(team.officer_user)
    page = client.get(f"/workbench/cases/{case.pk}/documents/{doc.pk}.html")
    assert page.status_code == 200 and "立案审批表" in page.content.decode()
    pdf = client.get(f"/workbench/cases/{case.pk}/documents/{doc.pk}.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert "filename*=UTF-8''" in pdf["Content-Disposition"]
    docx = client.get(f"/api/v1/cases/{case.pk}/documents/{doc.pk}/docx")
    assert docx.status_code == 200 and docx.content.startswith(b"PK")


def test_the_party_sees_only_served_documents_with_the_check_code(client, team):
    case = filed(team)
    doc = case.documents.get(kind="filing_approval")  # internal: never served to the party
    url = f"/case/{case.number}/documents/{doc.pk}.pdf"
    assert client.get(url, {"code": case.check_code}).status_code == 404
    doc.served_on = date(2026, 9, 15)
    doc.save(update_fields=["served_on"])
    assert client.get(url, {"code": "x"}).status_code == 404
    assert client.get(url, {"code": case.check_code}).content.startswith(b"%PDF")
