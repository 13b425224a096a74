"""The licensing pages through the Django client: the register, an application with its history, deadlines and
step forms, a step taken (and one refused) from its form, 申请登记, and the licence page."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from zhifa.accounts.tests.factories import UserFactory

from .factories import APPLICANT_USCC, accepted, issued, make_desk, received


@pytest.fixture
def desk(today, body_a):
    return make_desk(body_a)


def test_it_lists_the_bodys_applications_with_filters(client, desk, body_b):
    accepted(desk)
    received(desk, on=date(2026, 11, 16))
    client.force_login(desk.officer)
    page = client.get(reverse("licensing:list"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "清风餐饮管理有限公司" in html and "已受理（审查中）" in html and "共 2 件" in html
    assert "共 1 件" in client.get(reverse("licensing:list"), {"state": "received"}).content.decode()
    assert "共 1 件" in client.get(reverse("licensing:list"), {"from": "2026-11-10"}).content.decode()
    client.force_login(UserFactory(officer=True, organisation=body_b))
    assert "共 0 件" in client.get(reverse("licensing:list")).content.decode()


def test_it_shows_an_application_with_its_history_deadlines_and_next_steps(client, desk):
    app = received(desk, on=date(2026, 11, 2))
    client.force_login(desk.officer)
    html = client.get(reverse("licensing:detail", args=[app.pk])).content.decode()
    assert 'data-testid="history"' in html and "申请登记（收件）" in html
    assert "2026-11-09" in html and "第三十二条" in html  # the acceptance deadline and its basis
    assert 'data-testid="step-accept"' in html and 'data-testid="step-request_completion"' in html
    assert 'data-testid="step-grant"' not in html
    assert "视为受理" in html  # 2026-11-22: five working days have passed since receipt


def test_it_takes_a_step_from_its_form_and_shows_a_refusal_in_the_form(client, desk):
    app = accepted(desk)
    client.force_login(desk.head)
    url = reverse("licensing:step", args=[app.pk, "refuse"])
    r = client.post(
        url, {"refuse-on": "2026-11-10", "refuse-reasons": "场所不符合要求", "refuse-remedies": ""}
    )
    assert r.status_code == 422
    assert "LIC-013" in r.content.decode() and "第三十八条" in r.content.decode()
    app.refresh_from_db()
    assert app.state == "accepted"
    r = client.post(
        reverse("licensing:step", args=[app.pk, "grant"]),
        {"grant-on": "2026-11-10", "grant-scope": "热食类食品制售", "grant-valid_until": "2031-11-09"},
    )
    assert r.status_code == 302
    app.refresh_from_db()
    assert (app.state, app.decision_number) == ("granted", "区市场监管局许准〔2026〕1号")


def test_it_receives_an_application_from_the_form(client, desk):
    client.force_login(desk.officer)
    assert client.get(reverse("licensing:new")).status_code == 200
    r = client.post(reverse("licensing:new"), {
        "receive-on": "2026-11-20", "receive-matter_id": desk.matter.pk, "receive-subject": "新设餐饮服务",
        "receive-materials": "申请书\n营业执照复印件\n", "receive-applicant__kind": "organisation",
        "receive-applicant__name": "清风餐饮管理有限公司", "receive-applicant__identifier": APPLICANT_USCC,
    })  # fmt: skip
    assert r.status_code == 302, r.content.decode()[-3000:]
    app = desk.matter.licence_applications.get()
    assert app.materials == ["申请书", "营业执照复印件"] and app.state == "received"


def test_it_shows_a_licence_and_changes_it_from_its_form(client, desk):
    licence = issued(desk)
    client.force_login(desk.officer)
    html = client.get(reverse("licensing:licence", args=[licence.pk])).content.decode()
    assert licence.number in html and "有效" in html and 'data-testid="step-change"' in html
    assert 'data-testid="step-revoke"' not in html  # 撤销 needs the head
    r = client.post(reverse("licensing:licence_step", args=[licence.pk, "change"]),
                    {"change-on": "2026-11-20", "change-scope": "热食类；冷食类"})  # fmt: skip
    assert r.status_code == 302
    licence.refresh_from_db()
    assert (licence.state, licence.scope) == ("changed", "热食类；冷食类")
    assert "许可证件" in client.get(reverse("licensing:licences")).content.decode()
