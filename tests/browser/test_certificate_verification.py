"""In a real browser: the certificate QR opens the public page, and suspending the certificate in the
workbench changes what the public page shows (issue: "the page changes when the certificate is suspended")."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from zhifa.accounts.tests.factories import PASSWORD
from zhifa.personnel.qr import verification_url
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def certificate(body_a):
    person = PersonFactory(organisation=body_a, name="林晓东")
    return CertificateFactory(person=person, valid=True, number="439901202600001")


def _public_path(cert) -> str:
    return re.sub(r"^https?://[^/]+", "", verification_url(cert))


def test_it_shows_the_live_status_and_changes_it_when_suspended(page, live_server, certificate, supervisor):
    page.goto(live_server.url + _public_path(certificate))
    assert "林晓东" in page.content()
    assert page.get_by_text("有效", exact=False).first.is_visible()
    assert certificate.person.id_number not in page.content()

    page.goto(live_server.url + "/workbench/accounts/login/")
    page.fill("input[name=username]", supervisor.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/workbench/$"))

    page.goto(f"{live_server.url}/workbench/personnel/certificates/{certificate.pk}/suspend/")
    page.fill("textarea[name=reason], input[name=reason]", "涉嫌违规执法，暂扣调查")
    page.fill("input[name=until]", (timezone.localdate() + timedelta(days=90)).isoformat())
    page.get_by_role("button", name=re.compile("^确认")).click()
    page.wait_for_load_state()
    assert "暂扣" in page.content()

    page.goto(live_server.url + _public_path(certificate))
    assert "暂扣" in page.content()
    certificate.refresh_from_db()
    assert certificate.state == "suspended"


def test_it_refuses_a_step_out_of_order_with_the_rule(page, live_server, certificate, supervisor):
    page.goto(live_server.url + "/workbench/accounts/login/")
    page.fill("input[name=username]", supervisor.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/workbench/$"))
    page.goto(f"{live_server.url}/workbench/personnel/certificates/{certificate.pk}/issue/")
    page.fill("textarea[name=reason], input[name=reason]", "再次发证")
    page.get_by_role("button", name=re.compile("^确认")).click()
    page.wait_for_load_state()
    assert "CERT-STATE" in page.content()
    certificate.refresh_from_db()
    assert certificate.state == "valid"
