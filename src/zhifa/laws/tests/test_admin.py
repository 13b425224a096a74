"""The law library in the admin: read-mostly; correcting a kind or a commencement date is audited."""

from datetime import date

import pytest

from zhifa.core.audit import verify_chain
from zhifa.core.models import AuditEvent
from zhifa.laws.constants import LawKind
from zhifa.laws.models import Law, LawVersion
from zhifa.laws.tests.factories import import_statute, statute

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def law(today):
    import_statute(statute("中华人民共和国测试条例", "第一条 甲。"), "测试条例(2021-01-22).md")
    return Law.objects.get()


def test_it_audits_a_corrected_kind(staff, law):
    response = staff.post(f"/workbench/admin/laws/law/{law.pk}/change/", {"kind": LawKind.LOCAL_REGULATION})
    assert response.status_code == 302, response.content.decode()[:500]
    law.refresh_from_db()
    assert law.kind == LawKind.LOCAL_REGULATION and law.title == "中华人民共和国测试条例"
    event = AuditEvent.objects.get(action="admin.law.update")
    assert (event.before["kind"], event.after["kind"]) == (LawKind.ADMIN_REGULATION, LawKind.LOCAL_REGULATION)
    assert verify_chain().ok


def test_it_audits_a_corrected_commencement_date(staff, law):
    version = LawVersion.objects.get()
    url = f"/workbench/admin/laws/lawversion/{version.pk}/change/"
    assert staff.post(url, {"effective_from": "2021-03-01"}).status_code == 302
    version.refresh_from_db()
    assert version.effective_from == date(2021, 3, 1)
    assert AuditEvent.objects.get(action="admin.lawversion.update").after["effective_from"] == "2021-03-01"


def test_texts_are_neither_added_nor_deleted_in_the_admin(staff, law):
    assert staff.get("/workbench/admin/laws/law/").status_code == 200
    assert staff.get("/workbench/admin/laws/law/add/").status_code == 403
    assert staff.get(f"/workbench/admin/laws/law/{law.pk}/delete/").status_code == 403
