"""归档: a closed, complete file is archived and locked; what is missing is listed; later material is a supplement
with its reason; a file whose retention has ended is destroyed only on another person's approval with two
supervisors, and every step is on the audit chain that ``zhifa verify`` checks."""

from __future__ import annotations

import io
from datetime import date

import pytest
import time_machine
from django.core.management import CommandError, call_command

from zhifa.accounts.models import User
from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.cases.models import Document
from zhifa.cases.tests.factories import filed, make_team
from zhifa.cases.tests.test_general_procedure import walk_waived_and_paid
from zhifa.core.models import AuditEvent, StoredFile
from zhifa.core.storage import blob_path
from zhifa.evidence.archive import (
    casefile_archive,
    casefile_destruction_decide,
    casefile_destruction_propose,
    casefile_supplement,
)
from zhifa.evidence.constants import CaseFileStatus, DestructionDecision
from zhifa.evidence.models import CaseFile, EvidenceItem
from zhifa.evidence.services import evidence_add

from .test_casefile import _pages
from .test_evidence import _data

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


@pytest.fixture
def closed(team):
    return walk_waived_and_paid(team).case


@pytest.fixture
def archived(team, closed):
    return casefile_archive(case=closed, by=actor_of(team.head))


def test_it_archives_a_closed_complete_file_with_its_number_retention_manifest_and_pdf(team, closed):
    casefile = casefile_archive(case=closed, by=actor_of(team.head))
    assert casefile.archive_number == f"{closed.organisation.short_name}·2026·D30·0001"
    assert (casefile.retention_label, casefile.retain_until) == ("定期30年", date(2056, 12, 31))
    kinds = [r["kind"] for r in casefile.manifest if r["type"] == "document"]
    assert kinds[0] == "clue_register" and kinds[-1] == "closing_report"
    assert StoredFile.objects.get(pk=casefile.pdf_id).content_type == "application/pdf"
    last = _pages(blob_path(casefile.pdf.sha256).read_bytes())[-1]  # the 备考表 of the archived volume
    assert "备考表" in last and "2026·D30·0001" in last and "定期30年" in last
    event = AuditEvent.objects.get(action="casefile.archive")
    assert event.after["manifest_sha256"] == casefile.manifest_sha256
    call_command("verify")


def test_an_open_case_cannot_be_archived(team, refused):
    case = filed(team)
    with refused("EVD-010", case) as info:
        casefile_archive(case=case, by=actor_of(team.head))
    assert "结案" in info.value.message


def test_an_incomplete_file_is_refused_and_the_message_lists_what_is_missing(team, closed, refused):
    Document.objects.filter(case=closed, kind="inquiry_record").delete()  # as if the record had been lost
    with refused("EVD-011", closed) as info:
        casefile_archive(case=closed, by=actor_of(team.head))
    assert "缺少“询问笔录”（询问，2026-09-15）" in info.value.message


def test_an_officer_cannot_archive_and_a_file_is_archived_once(team, closed, archived, refused):
    with pytest.raises(Exception) as info:
        casefile_archive(case=closed, by=actor_of(team.officer_user))
    assert "权限" in str(info.value)
    with refused("EVD-012", closed):
        casefile_archive(case=closed, by=actor_of(team.head))


def test_after_archiving_evidence_is_refused_and_a_supplement_keeps_its_reason(
    team, closed, archived, refused
):
    with refused("EVD-004", closed):
        evidence_add(case=closed, data=_photo(team), upload=io.BytesIO(JPEG), filename="a.jpg",
                     by=actor_of(team.officer_user))  # fmt: skip
    with refused("EVD-012", closed):
        casefile_supplement(
            case=closed, title="法院裁定书", reason="", upload=None, by=actor_of(team.officer_user)
        )
    sup = casefile_supplement(case=closed, title="人民法院行政裁定书", reason="当事人起诉后法院裁定驳回，补充归档",
                              upload=io.BytesIO(b"%PDF-1.4 ruling"), filename="裁定书.pdf",
                              by=actor_of(team.officer_user))  # fmt: skip
    assert (sup.seq, sup.reason, sup.added_by) == (
        1,
        "当事人起诉后法院裁定驳回，补充归档",
        actor_of(team.officer_user).label,
    )
    assert AuditEvent.objects.get(action="casefile.supplement").after["sha256"] == sup.file.sha256
    archived.refresh_from_db()
    assert (
        archived.manifest_sha256 == AuditEvent.objects.get(action="casefile.archive").after["manifest_sha256"]
    )
    call_command("verify")


def test_supplementing_a_case_that_is_not_archived_is_refused(team, closed, refused):
    with refused("EVD-010", closed):
        casefile_supplement(case=closed, title="裁定书", reason="补充材料理由", upload=None,
                            by=actor_of(team.officer_user))  # fmt: skip


def test_verify_names_the_file_when_a_document_is_added_after_archiving(team, closed, archived):
    doc = closed.documents.get(kind="closing_report")
    Document.objects.create(
        case=closed, step=doc.step, kind="closing_report", issued_on=doc.issued_on, data={}
    )
    with pytest.raises(CommandError) as info:
        call_command("verify")
    assert f"档号 {archived.archive_number}" in str(info.value)
    assert "归档后卷内文书或证据被增加、删除或改动" in str(info.value)


def test_verify_names_a_manifest_changed_in_the_database(team, closed, archived):
    CaseFile.objects.filter(pk=archived.pk).update(manifest=archived.manifest[1:])
    with pytest.raises(CommandError) as info:
        call_command("verify")
    assert "卷内清单与归档时写入审计链的摘要不一致" in str(info.value)


def _photo(team):
    from zhifa.evidence.schemas import EvidenceInput

    return EvidenceInput(**{**_data(team), "kind": "documentary", "av_step": None})


# --- retention and destruction ----------------------------------------------------------------------------------


@pytest.fixture
def second_head(team):
    return UserFactory(head=True, organisation=team.body, username="head_two", full_name="副局长")


def test_destruction_before_the_retention_ends_is_refused(team, archived, refused):
    with refused("EVD-013", archived) as info:
        casefile_destruction_propose(casefile=archived, appraisal="已无保存价值", by=actor_of(team.head))
    assert "2056-12-31" in info.value.message


def test_a_permanent_file_is_never_destroyed(team, closed, refused, monkeypatch):
    from zhifa.core.models import Parameter

    Parameter.objects.create(key="archive.retention_years", value={"major": 0, "general": 0, "simple": 10,
                                                                   "not_filed": 10}, source="测试")  # fmt: skip
    casefile = casefile_archive(case=closed, by=actor_of(team.head))
    assert casefile.retention_label == "永久" and casefile.retain_until is None
    with time_machine.travel(date(2090, 1, 2)), refused("EVD-013", casefile) as info:
        casefile_destruction_propose(casefile=casefile, appraisal="已无保存价值", by=actor_of(team.head))
    assert "永久保管" in info.value.message


def test_after_the_retention_a_destruction_needs_another_person_and_two_supervisors(
    team, closed, archived, second_head, refused, django_capture_on_commit_callbacks
):
    item = evidence_item_of(closed)
    with time_machine.travel(date(2057, 1, 5)):
        proposal = casefile_destruction_propose(casefile=archived, appraisal="保管期满，经鉴定无继续保存价值",
                                                by=actor_of(team.head))  # fmt: skip
        with refused("EVD-014", proposal):
            casefile_destruction_decide(proposal=proposal, approve=True, opinion="同意", supervisors=["甲", "乙"],
                                        by=actor_of(team.head))  # fmt: skip
        with refused("EVD-014", proposal):
            casefile_destruction_decide(proposal=proposal, approve=True, opinion="同意", supervisors=["甲"],
                                        by=actor_of(second_head))  # fmt: skip
        with django_capture_on_commit_callbacks(execute=True):  # the content goes once the approval commits
            casefile_destruction_decide(proposal=proposal, approve=True, opinion="同意销毁",
                                        supervisors=["档案员甲", "纪检员乙"], by=actor_of(second_head))  # fmt: skip
    archived.refresh_from_db()
    proposal.refresh_from_db()
    assert archived.status == CaseFileStatus.DESTROYED and proposal.decision == DestructionDecision.APPROVED
    assert all("destroyed" in d.data for d in closed.documents.all())
    if item is not None:
        assert not blob_path(item.file.sha256).exists()
        assert StoredFile.objects.get(pk=item.file_id).disposed_at is not None
    assert not blob_path(archived.pdf.sha256).exists()
    event = AuditEvent.objects.get(action="casefile.destroy")
    assert event.after["supervisors"] == ["档案员甲", "纪检员乙"]
    call_command("verify")  # a lawful destruction is not damage


def test_a_refused_destruction_keeps_the_file(team, archived, second_head):
    with time_machine.travel(date(2057, 1, 5)):
        proposal = casefile_destruction_propose(
            casefile=archived, appraisal="保管期满，拟销毁", by=actor_of(team.head)
        )
        casefile_destruction_decide(proposal=proposal, approve=False, opinion="涉及信访，继续保存",
                                    supervisors=[], by=actor_of(second_head))  # fmt: skip
    archived.refresh_from_db()
    assert archived.status == CaseFileStatus.ARCHIVED
    assert blob_path(archived.pdf.sha256).exists()


def evidence_item_of(case) -> EvidenceItem | None:
    return EvidenceItem.objects.filter(case=case, file__isnull=False).select_related("file").first()


def test_the_archive_page_lists_cases_to_archive_and_archives_one(client, team, closed):
    client.force_login(User.objects.get(pk=team.head.pk))
    page = client.get("/workbench/evidence/archive/").content.decode()
    assert closed.number in page and "待归档" in page
    response = client.post(f"/workbench/evidence/cases/{closed.pk}/casefile/archive/", follow=True)
    assert "已归档" in response.content.decode()
    casefile = CaseFile.objects.get(case=closed)
    assert (
        casefile.archive_number
        in client.get(f"/workbench/evidence/cases/{closed.pk}/casefile/").content.decode()
    )
    pdf = client.get(f"/workbench/evidence/casefiles/{casefile.pk}/pdf")
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")


def test_the_api_archives_and_refuses_an_incomplete_file(client, team, closed):
    client.force_login(User.objects.get(pk=team.head.pk))
    Document.objects.filter(case=closed, kind="inquiry_record").delete()
    refused = client.post(f"/api/v1/cases/{closed.pk}/casefile/archive")
    assert refused.status_code == 409 and refused.json()["code"] == "EVD-011"
    assert "询问笔录" in refused.json()["message"]
