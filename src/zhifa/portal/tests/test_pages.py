"""The public pages as a citizen sees them: verification, bodies, announcements; never an ID number."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse

from zhifa.accounts.actors import Actor
from zhifa.accounts.tests.factories import UserFactory
from zhifa.organisations.models import OrganisationAnnouncement
from zhifa.organisations.tests.factories import OrganisationFactory
from zhifa.personnel.qr import certificate_qr_svg, verification_url
from zhifa.personnel.services import certificate_transition
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory, issued_certificate

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
SYSTEM = Actor.system("测试")


@pytest.fixture(autouse=True)
def fixed_time(time_machine):
    time_machine.move_to(NOW, tick=False)


@pytest.fixture
def body():
    return OrganisationFactory(name="清江区市场监督管理局")


@pytest.fixture
def cert(body):
    person = PersonFactory(name="王建国", organisation=body, phone="13800138000")
    return issued_certificate(person, SYSTEM)


def _path(cert) -> str:
    return urlparse(verification_url(cert)).path


def _status_badge(html: str) -> str:
    match = re.search(r'data-testid="cert-status">([^<]*)<', html)
    assert match, "the verification page has no status badge"
    return match.group(1).strip()


def test_it_shows_a_valid_certificate_as_valid(client, cert):
    html = client.get(_path(cert)).content.decode()
    assert _status_badge(html) == "有效"
    assert "王建国" in html and cert.number in html and "清江区市场监督管理局" in html
    assert "核验时间：2026年3月10日 10:00:00" in html


def test_it_shows_a_suspended_certificate_as_suspended_with_its_period(client, cert):
    certificate_transition(
        by=SYSTEM, certificate=cert, action="suspend", reason="年度考核不合格", until=date(2026, 6, 30)
    )
    html = client.get(_path(cert)).content.decode()
    assert _status_badge(html) == "暂扣（至 2026年06月30日）"
    assert "status-bad" in html and "status-ok" not in html
    assert "年度考核不合格" not in html  # the reason recorded for a step is not public


def test_it_says_the_old_certificate_is_void_after_a_reissue_and_links_nowhere(client, cert):
    certificate_transition(by=SYSTEM, certificate=cert, action="report_lost", reason="遗失")
    certificate_transition(by=SYSTEM, certificate=cert, action="reissue", reason="补发")
    html = client.get(_path(cert)).content.decode()
    assert _status_badge(html) == "已补发新证（原证作废）"
    assert "原证已作废" in html
    new_cert = cert.person.certificates.exclude(pk=cert.pk).get()
    assert new_cert.public_token not in html and new_cert.number not in html


def test_it_shows_an_expired_certificate_in_grey(client, cert, time_machine):
    time_machine.move_to(datetime(2031, 6, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")), tick=False)
    html = client.get(_path(cert)).content.decode()
    assert _status_badge(html) == "已过期"
    assert "status-grey" in html


def test_it_answers_an_unknown_token_with_a_chinese_404(client):
    response = client.get(reverse("portal:certificate", args=["no-such-token"]))
    assert response.status_code == 404
    assert "未找到该执法证" in response.content.decode()


def test_it_has_no_public_page_for_a_mere_application(client, body):
    application = CertificateFactory(person=PersonFactory(organisation=body))
    response = client.get(reverse("portal:certificate", args=[application.public_token]))
    assert response.status_code == 404


def test_it_returns_404_for_the_photo_of_a_holder_without_one(client, cert):
    assert client.get(reverse("portal:certificate_photo", args=[cert.public_token])).status_code == 404


def test_it_finds_a_certificate_by_exact_number_or_exact_name_only(client, cert):
    by_number = client.get(reverse("portal:home"), {"q": cert.number}).content.decode()
    by_name = client.get(reverse("portal:home"), {"q": "王建国"}).content.decode()
    by_surname = client.get(reverse("portal:home"), {"q": "王"}).content.decode()
    link = reverse("portal:certificate", args=[cert.public_token])
    assert link in by_number and link in by_name
    assert link not in by_surname and "未查到" in by_surname


def test_it_never_shows_an_id_number_or_phone_on_any_public_page(client, cert, body):
    person = cert.person
    pages = [
        reverse("portal:home") + f"?q={cert.number}",
        reverse("portal:home") + "?q=王建国",
        _path(cert),
        reverse("portal:bodies"),
        reverse("portal:body", args=[body.pk]),
        reverse("portal:announcements"),
    ]
    for url in pages:
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert "王建国" in html or url == reverse("portal:bodies"), url
        assert person.id_number not in html, url
        assert person.masked_id_number not in html, url
        assert person.id_number[-6:] not in html, url
        assert person.phone not in html, url


def test_it_lists_the_body_with_its_certificate_holders(client, cert, body):
    html = client.get(reverse("portal:body", args=[body.pk])).content.decode()
    assert "王建国" in html and cert.number in html
    assert re.search(r'data-testid="valid-count">\s*1 人', html)
    bodies = client.get(reverse("portal:bodies")).content.decode()
    assert "清江区市场监督管理局" in bodies and body.uscc in bodies and "存续" in bodies


def test_it_announces_issue_and_suspension_newest_first(client, cert):
    certificate_transition(
        by=SYSTEM, certificate=cert, action="suspend", reason="考核", until=date(2026, 6, 30)
    )
    html = client.get(reverse("portal:announcements"), {"kind": "certificate"}).content.decode()
    suspended, issued = html.find("行政执法证暂扣"), html.find("行政执法证核发")
    assert 0 <= suspended < issued
    assert "暂扣至 2026年6月30日" in html


def test_it_pages_the_merged_announcements(client, body):
    OrganisationAnnouncement.objects.bulk_create(
        OrganisationAnnouncement(
            organisation=body,
            kind="changed",
            title=f"公告{i:02d}",
            content="内容",
            effective_on=date(2026, 3, 1),
            published_at=datetime(2026, 3, 1, 8, i, tzinfo=ZoneInfo("Asia/Shanghai")),
            published_by="测试",
        )
        for i in range(25)
    )
    first = client.get(reverse("portal:announcements")).content.decode()
    second = client.get(reverse("portal:announcements"), {"page": 2}).content.decode()
    assert "公告24" in first and "公告00" not in first
    assert "公告00" in second and "第 2 / 2 页" in second


def test_it_toggles_large_font_with_a_cookie(client):
    response = client.get(reverse("portal:large_font"), {"next": "/bodies/"})
    assert response.status_code == 302 and response["Location"] == "/bodies/"
    assert response.cookies["zhifa_large_font"].value == "1"
    html = client.get(reverse("portal:bodies")).content.decode()
    assert 'class="large-font"' in html and "标准字号" in html
    evil = client.get(reverse("portal:large_font"), {"next": "https://evil.example/"})
    assert evil["Location"] == reverse("portal:home")


def test_every_stylesheet_and_script_is_served_from_the_project_itself(client, cert):
    html = client.get(_path(cert)).content.decode()
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', html)
    assert any("bootstrap.min.css" in a for a in assets) and any("htmx" in a for a in assets)
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)  # no CDN, no web font
    for asset in assets:
        assert finders.find(asset.removeprefix(settings.STATIC_URL)), asset


def test_the_qr_code_opens_the_public_verification_page(client, cert):
    url = verification_url(cert)
    assert url == settings.PUBLIC_BASE_URL.rstrip("/") + f"/zhengjian/{cert.public_token}/"
    assert "<svg" in certificate_qr_svg(cert)
    assert client.get(urlparse(url).path).status_code == 200


def test_the_staff_person_page_shows_the_qr_code_of_the_verification_url(client, cert):
    try:
        get_template("personnel/person_detail.html")
    except TemplateDoesNotExist:
        pytest.skip("the staff person page (personnel/person_detail.html) is not written yet")
    client.force_login(UserFactory(admin=True))
    html = client.get(reverse("personnel:detail", args=[cert.person.pk])).content.decode()
    assert "<svg" in html
    assert verification_url(cert) in html
