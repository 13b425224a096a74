"""Organisations: announcements (主体公告) on creation, change and abolition; entrustments (委托)."""

from __future__ import annotations

import hashlib
import io
from datetime import date, timedelta

import pytest

from zhifa.accounts.tests.factories import actor_of
from zhifa.core.models import AuditEvent
from zhifa.core.storage import blob_path
from zhifa.organisations.constants import (
    AnnouncementKind,
    Category,
    EntrustmentStatus,
    OrgStatus,
    SubjectKind,
)
from zhifa.organisations.selectors import entrusted_matters
from zhifa.organisations.services import (
    entrustment_create,
    entrustment_terminate,
    organisation_abolish,
    organisation_create,
    organisation_update,
)
from zhifa.organisations.tests.factories import PDF_BYTES, EntrustmentFactory, OrganisationFactory
from zhifa.personnel.constants import CancelReason
from zhifa.personnel.services import certificate_transition
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
MATTERS = ["对无照经营的行政处罚", "对违法广告的行政处罚"]


@pytest.fixture
def by(supervisor):
    return actor_of(supervisor)


def _create_body(by, name="测试区交通运输局", **kw):
    return organisation_create(
        by=by, name=name, category=Category.BODY, region_code="439901", subject_kind=SubjectKind.STATUTORY,
        legal_basis="区委编委三定方案", domain="transport", **kw,
    )  # fmt: skip


# --- 主体公告 -----------------------------------------------------------------------------------------------


def test_it_announces_a_new_body(today, by):
    org = _create_body(by)
    announcement = org.announcements.get()
    assert announcement.kind == AnnouncementKind.ESTABLISHED
    assert announcement.title == "关于测试区交通运输局主体确认的公告"
    assert "法定行政机关" in announcement.content
    assert announcement.effective_on == today
    assert org.body == org
    assert AuditEvent.objects.filter(action="organisation.create", object_id=str(org.pk)).exists()


def test_it_does_not_announce_an_internal_unit(today, by, body_a):
    unit = organisation_create(
        by=by, name="法规科", category=Category.INTERNAL_UNIT, region_code="439901", parent=body_a
    )
    assert unit.body == body_a
    assert not unit.announcements.exists()


def test_it_announces_a_change_of_name_with_before_and_after(today, by, body_a):
    old = body_a.name
    organisation_update(by=by, organisation=body_a, data={"name": "测试区市场监管局（更名）"})
    announcement = body_a.announcements.get()
    assert announcement.kind == AnnouncementKind.CHANGED
    assert "主体变更" in announcement.title
    assert announcement.changes == {"name": {"旧": old, "新": "测试区市场监管局（更名）"}}


def test_it_does_not_announce_a_change_of_phone(today, by, body_a):
    organisation_update(by=by, organisation=body_a, data={"phone": "0746-1234567"})
    assert not body_a.announcements.exists()


def test_it_refuses_to_change_an_abolished_body(refused, today, by):
    gone = OrganisationFactory(abolished=True)
    with refused("ORG-003", gone):
        organisation_update(by=by, organisation=gone, data={"name": "新名称"})


def test_it_refuses_a_supervisor_registering_a_body_in_another_district(refused, today, by):
    with refused("SCOPE-404"):
        organisation_create(
            by=by,
            name="外区某局",
            category=Category.BODY,
            region_code="110101",
            subject_kind=SubjectKind.STATUTORY,
        )


def test_it_refuses_a_supervisor_moving_a_body_into_another_district(refused, today, by, body_a):
    with refused("SCOPE-404", body_a):
        organisation_update(by=by, organisation=body_a, data={"region_code": "110101"})


# --- 主体撤销 -----------------------------------------------------------------------------------------------


@pytest.fixture
def holder_cert(body_a):
    return CertificateFactory(valid=True, person=PersonFactory(organisation=body_a))


def test_it_refuses_to_abolish_a_body_whose_officers_hold_certificates(
    refused, today, by, body_a, holder_cert
):
    with refused("ORG-002", body_a, holder_cert) as info:
        organisation_abolish(by=by, organisation=body_a, effective_on=today, reason="机构改革")
    assert "1 名持有效执法证的人员" in info.value.message


def test_it_abolishes_a_body_once_the_certificates_are_revoked(today, by, body_a, holder_cert):
    certificate_transition(by=by, certificate=holder_cert, action="revoke", reason="测试吊销", today=today)
    organisation_abolish(by=by, organisation=body_a, effective_on=today, reason="机构改革")
    body_a.refresh_from_db()
    assert (body_a.status, body_a.abolished_on) == (OrgStatus.ABOLISHED, today)
    assert body_a.announcements.get().kind == AnnouncementKind.ABOLISHED


def test_it_abolishes_a_body_once_the_certificates_are_cancelled(today, by, body_a, holder_cert):
    certificate_transition(
        by=by, certificate=holder_cert, action="cancel", reason="退休", today=today,
        cancel_reason=CancelReason.RETIRED,
    )  # fmt: skip
    organisation_abolish(by=by, organisation=body_a, effective_on=today, reason="机构改革")
    body_a.refresh_from_db()
    assert body_a.status == OrgStatus.ABOLISHED


# --- 委托 ---------------------------------------------------------------------------------------------------


@pytest.fixture
def entrusted(bureau):
    return OrganisationFactory(entrusted=True, name="测试区综合执法服务中心")


@pytest.fixture
def entrust(today, by, body_a, entrusted):
    def run(content: bytes = PDF_BYTES, name: str = "委托书.pdf", **kw):
        args = dict(
            by=by, entrusting=body_a, entrusted=entrusted, matters=MATTERS, valid_from=today,
            valid_until=today + timedelta(days=365), letter_number="测市监委〔2026〕1号",
            letter=io.BytesIO(content), letter_name=name,
        )  # fmt: skip
        return entrustment_create(**{**args, **kw})

    return run


def test_it_stores_the_entrustment_letter_by_its_digest(today, entrust, entrusted):
    entrustment = entrust()
    digest = hashlib.sha256(PDF_BYTES).hexdigest()
    assert entrustment.letter.sha256 == digest
    assert entrustment.letter.content_type == "application/pdf"
    assert blob_path(digest).read_bytes() == PDF_BYTES
    assert entrusted_matters(entrusted=entrusted, on=today) == sorted(MATTERS)
    event = AuditEvent.objects.get(action="entrustment.create")
    assert event.after["letter_sha256"] == digest


def test_it_accepts_an_image_named_pdf_by_its_content(entrust):
    entrustment = entrust(content=PNG_BYTES, name="委托书扫描件.pdf")
    assert entrustment.letter.content_type == "image/png"


def test_it_refuses_a_text_file_as_the_letter(refused, entrust):
    with refused("FILE-TYPE") as info:
        entrust(content="这不是委托书".encode(), name="委托书.pdf")
    assert "委托书.pdf" in info.value.message


def test_it_refuses_an_entrustment_by_an_entrusted_organisation(refused, entrust, entrusted, body_b):
    with refused("ORG-010"):
        entrust(entrusting=entrusted, entrusted=body_b)


def test_it_refuses_an_entrustment_without_matters(refused, entrust):
    with refused("ORG-012"):
        entrust(matters=["  "])


def test_it_grants_nothing_after_the_entrustment_expired(today, entrusted):
    EntrustmentFactory(expired=True, entrusted=entrusted, matters=["对占道经营的行政处罚"])
    assert entrusted_matters(entrusted=entrusted, on=today) == []
    assert entrusted_matters(entrusted=entrusted, on=date(2025, 6, 1)) == ["对占道经营的行政处罚"]


def test_it_granted_the_matters_until_the_day_of_termination(today, by, entrusted):
    entrustment = EntrustmentFactory(entrusted=entrusted, valid_from=date(2026, 1, 1))
    entrustment_terminate(by=by, entrustment=entrustment, terminated_on=today, reason="委托事项已收回")
    assert entrusted_matters(entrusted=entrusted, on=today - timedelta(days=1)) == entrustment.matters
    assert entrusted_matters(entrusted=entrusted, on=today) == []


def test_it_refuses_to_terminate_an_entrustment_twice(refused, today, by):
    entrustment = EntrustmentFactory()
    entrustment_terminate(by=by, entrustment=entrustment, terminated_on=today, reason="委托事项已收回")
    entrustment.refresh_from_db()
    assert entrustment.status == EntrustmentStatus.TERMINATED
    with refused("ORG-013", entrustment):
        entrustment_terminate(by=by, entrustment=entrustment, terminated_on=today, reason="再次终止")


def test_it_refuses_a_head_managing_entrustments(refused, head_a, entrust):
    with refused("AUTH-PERM"):
        entrust(by=actor_of(head_a))
