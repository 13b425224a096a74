"""The workbench home, rule list, audit log and deadline calculator, as staff see them."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from zhifa.accounts.actors import Actor
from zhifa.accounts.tests.factories import UserFactory
from zhifa.core.models import AuditEvent, Parameter
from zhifa.organisations.tests.factories import OrganisationFactory
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory, issued_certificate

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
SYSTEM = Actor.system("测试")


@pytest.fixture(autouse=True)
def fixed_time(time_machine):
    time_machine.move_to(NOW, tick=False)


@pytest.fixture
def body_a():
    return OrganisationFactory(name="甲执法局")


@pytest.fixture
def body_b():
    return OrganisationFactory(name="乙执法局")


def _count(html: str, state: str) -> int | None:
    match = re.search(rf'data-state="{state}">(\d+)<', html)
    return int(match.group(1)) if match else None


def _get(client, user, name: str, **params) -> tuple[int, str]:
    client.force_login(user)
    response = client.get(reverse(name), params)
    return response.status_code, response.content.decode()


# --- home -------------------------------------------------------------------------------------


def test_it_shows_an_officer_only_their_own_bodys_certificates(client, body_a, body_b):
    CertificateFactory(valid=True, person=PersonFactory(organisation=body_a))
    CertificateFactory(suspended=True, person=PersonFactory(organisation=body_a))
    for _ in range(3):
        CertificateFactory(valid=True, person=PersonFactory(organisation=body_b))
    status, html = _get(
        client, UserFactory(officer=True, organisation=body_a, full_name="甲的执法员"), "core:workbench"
    )
    assert status == 200
    assert "您好，甲的执法员" in html and "执法人员" in html and "甲执法局" in html
    assert _count(html, "valid") == 1 and _count(html, "suspended") == 1
    assert "乙执法局" not in html


def test_it_lists_certificates_expiring_within_90_days(client, body_a):
    soon = CertificateFactory(
        valid=True, valid_until=date(2026, 5, 1), person=PersonFactory(organisation=body_a)
    )
    later = CertificateFactory(
        valid=True, valid_until=date(2027, 5, 1), person=PersonFactory(organisation=body_a)
    )
    _, html = _get(client, UserFactory(head=True, organisation=body_a), "core:workbench")
    assert soon.number in html and later.number not in html
    assert "90 天内到期的有效执法证（1 张）" in html


def test_it_summarises_this_years_training(client, body_a):
    PersonFactory(organisation=body_a, qualified=True)
    _, html = _get(client, UserFactory(head=True, organisation=body_a), "core:workbench")
    assert "2026 年度培训进度" in html and "甲执法局" in html


def test_it_shows_the_token_and_admin_links_only_to_those_who_may_use_them(client, body_a):
    _, officer = _get(client, UserFactory(officer=True, organisation=body_a), "core:workbench")
    _, supervisor = _get(client, UserFactory(supervisor=True), "core:workbench")
    _, admin = _get(client, UserFactory(admin=True), "core:workbench")
    assert "API 令牌" not in officer and "管理后台" not in officer
    assert "API 令牌" in supervisor and "管理后台" not in supervisor
    assert "API 令牌" in admin and "管理后台" in admin


def test_it_sends_an_anonymous_visitor_to_the_login_page(client):
    response = client.get(reverse("core:workbench"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:login"))


# --- rules -----------------------------------------------------------------------------------


def test_it_lists_every_rule_with_its_citation_the_transition_table_and_the_parameters(client):
    Parameter.objects.create(key="training.annual_hours", value=72, source="本区2026年培训通知")
    status, html = _get(client, UserFactory(officer=True), "core:rules")
    assert status == 200
    assert "CERT-001" in html and "辅助人员不得持证" in html and "《行政处罚法》第四十二条" in html
    assert "ORG-001" in html and "AUTH-010" in html
    assert "地方或二手来源" in html and "本平台规则" in html
    assert "执法证状态转换表" in html and "<code>suspend</code>" in html and "补发（新证号）" in html
    assert (
        "training.annual_hours" in html
        and "72" in html
        and "本地覆盖" in html
        and "本区2026年培训通知" in html
    )


# --- audit -----------------------------------------------------------------------------------


@pytest.fixture
def two_bodies_with_history(body_a, body_b):
    a = issued_certificate(PersonFactory(organisation=body_a, name="甲证人"), SYSTEM)
    b = issued_certificate(PersonFactory(organisation=body_b, name="乙证人"), SYSTEM)
    return a, b


def test_it_shows_a_head_only_the_audit_events_of_their_body(client, body_a, two_bodies_with_history):
    cert_a, cert_b = two_bodies_with_history
    status, html = _get(client, UserFactory(head=True, organisation=body_a), "core:audit")
    assert status == 200
    assert cert_a.number in html and "certificate.issue" in html
    assert cert_b.number not in html
    assert f"personnel.certificate:{cert_b.pk}<" not in html


def test_it_refuses_the_audit_log_to_an_officer(client, body_a, two_bodies_with_history):
    status, html = _get(client, UserFactory(officer=True, organisation=body_a), "core:audit")
    assert status == 403
    assert "没有“查看审计日志”权限" in html and "AUTH-PERM" in html


def test_it_filters_the_audit_log_by_event_type(client, two_bodies_with_history):
    _, html = _get(client, UserFactory(admin=True), "core:audit", action="certificate.issue")
    assert html.count("<code>certificate.issue</code>") == 2
    assert "certificate.apply</code>" not in html


def test_it_verifies_an_intact_audit_chain(client, two_bodies_with_history):
    client.force_login(UserFactory(supervisor=True))
    html = client.post(reverse("core:audit_verify"), follow=True).content.decode()
    assert f"审计链校验通过：共 {AuditEvent.objects.count()} 个事件" in html


def test_it_names_the_tampered_event(client, two_bodies_with_history):
    victim = AuditEvent.objects.filter(action="certificate.issue").order_by("seq").first()
    AuditEvent.objects.filter(pk=victim.pk).update(after={"state": "revoked"})
    client.force_login(UserFactory(admin=True))
    html = client.post(reverse("core:audit_verify"), follow=True).content.decode()
    assert (
        "审计链校验未通过" in html and f"第 {victim.seq} 号审计事件（certificate.issue）的内容被修改" in html
    )


def test_it_lets_only_supervisors_and_admins_verify_the_chain(client, body_a):
    head = UserFactory(head=True, organisation=body_a)
    _, html = _get(client, head, "core:audit")
    assert "校验审计链" not in html
    response = client.post(reverse("core:audit_verify"))
    assert response.status_code == 403 and "AUDIT-VERIFY" in response.content.decode()


# --- deadline calculator -------------------------------------------------------


def test_it_computes_a_working_day_deadline_over_national_day(client):
    from zhifa.core.calendar import due_in_working_days

    expected = due_in_working_days(date(2026, 9, 30), 3)
    _, html = _get(client, UserFactory(), "core:calendar", start="2026-09-30", days=3, kind="working")
    assert expected.due > date(2026, 10, 8)
    assert f"{expected.due.year}年{expected.due.month}月{expected.due.day}日" in html
    assert "《行政处罚法》第八十五条" in html and "临时结果" not in html


def test_it_explains_a_deadline_rolled_past_a_weekend(client):
    _, html = _get(client, UserFactory(), "core:calendar", start="2026-03-10", days=4, kind="calendar")
    assert "2026年3月16日" in html and "2026年3月14日 星期六" in html and "顺延" in html


def test_it_warns_that_a_deadline_in_a_year_without_holiday_data_is_provisional(client):
    _, html = _get(client, UserFactory(), "core:calendar", start="2027-03-01", days=5, kind="working")
    assert "临时结果" in html


def test_it_rejects_a_negative_number_of_days(client):
    _, html = _get(client, UserFactory(), "core:calendar", start="2026-03-10", days=-1, kind="working")
    assert 'data-testid="deadline-result"' not in html and "is-invalid" in html
