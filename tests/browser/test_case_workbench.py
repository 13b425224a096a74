"""In a real browser: an officer registers a clue, is refused a step with one officer (the rule and its article
are shown in the form), takes it with two, and the party follows the case on the public 一案一码 page."""

import re

import pytest

from zhifa.accounts.tests.factories import PASSWORD
from zhifa.cases.models import Case
from zhifa.cases.tests.factories import ORG_PARTY_USCC, make_team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(page, live_server, user) -> None:
    page.goto(live_server.url + "/workbench/accounts/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/workbench/$"))


def test_an_officer_takes_a_case_from_clue_to_verification(page, live_server, body_a):
    team = make_team(body_a)
    _login(page, live_server, team.officer_user)
    page.goto(live_server.url + "/workbench/cases/new/")
    page.select_option("select[name=register_clue-matter_id]", str(team.matter.pk))
    page.fill("input[name=register_clue-title]", "未按规定公示信息案")
    page.select_option("select[name=register_clue-origin]", "complaint")
    page.fill("textarea[name=register_clue-clue]", "群众举报某公司未公示年度报告")
    page.select_option("select[name=register_clue-party__kind]", "organisation")
    page.fill("input[name=register_clue-party__name]", "示范贸易有限公司")
    page.fill("input[name=register_clue-party__identifier]", ORG_PARTY_USCC)
    page.get_by_role("button", name="登记").click()
    page.wait_for_url(re.compile(r"/workbench/cases/\d+/$"))
    case = Case.objects.get()
    assert page.get_by_test_id("case-state").inner_text() == "案源登记"

    page.get_by_role("button", name="核查").first.click()
    page.check(f"input[name=verify-officer_ids][value='{team.officers[0].pk}']")
    page.fill("textarea[name=verify-finding]", "现场核实属实")
    page.fill("input[name=verify-act_date]", "2026-09-01")
    page.locator("#step-verify form button[type=submit]").click()
    page.wait_for_load_state()
    errors = page.get_by_test_id("form-errors").inner_text()
    assert "PEN-001" in errors and "第四十二条" in errors
    case.refresh_from_db()
    assert case.state == "clue"

    page.check(f"input[name=verify-officer_ids][value='{team.officers[1].pk}']")
    page.locator("#step-verify form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/workbench/cases/\d+/$"))
    assert page.get_by_test_id("case-state").inner_text() == "核查完毕（待立案审批）"
    assert "核查" in page.get_by_test_id("history").inner_text()

    page.goto(f"{live_server.url}/case/{case.number}/")
    page.fill("input[name=code]", case.check_code)
    page.get_by_role("button", name="查询").click()
    assert "核查完毕" in page.get_by_test_id("public-case").inner_text()
