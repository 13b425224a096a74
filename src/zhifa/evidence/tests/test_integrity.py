"""``zhifa verify`` checks every stored file against its digest and each item's digest against the audit chain,
and names the case and item that do not match."""

from __future__ import annotations

import io
import os

import pytest
from django.core.management import CommandError, call_command

from zhifa.accounts.tests.factories import actor_of
from zhifa.cases.models import Document
from zhifa.cases.tests.factories import filed, make_team
from zhifa.core.models import StoredFile
from zhifa.core.storage import blob_path
from zhifa.evidence.models import EvidenceItem
from zhifa.evidence.schemas import EvidenceInput
from zhifa.evidence.services import evidence_add

from .test_evidence import MP4, _data

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(today, body_a):
    team = make_team(body_a)
    case = filed(team)
    content = MP4 + os.urandom(16)  # its own blob: the test damages it
    return evidence_add(case=case, data=EvidenceInput(**_data(team)), upload=io.BytesIO(content),
                        filename="DSJ0012.mp4", by=actor_of(team.officer_user))  # fmt: skip


def _fails(*words: str) -> None:
    with pytest.raises(CommandError) as info:
        call_command("verify")
    for w in words:
        assert w in str(info.value), str(info.value)


def test_a_clean_record_verifies(item, capsys):
    call_command("verify")
    assert "存储文件与摘要一致" in capsys.readouterr().out


def test_one_changed_byte_in_a_stored_file_is_found_and_named(item):
    path = blob_path(item.file.sha256)
    path.chmod(0o640)
    data = bytearray(path.read_bytes())
    data[40] ^= 0x01
    path.write_bytes(bytes(data))
    _fails(f"案件 {item.case.number} 证据1（现场检查执法记录仪视频）", "内容与其 SHA-256")


def test_a_digest_changed_in_the_database_is_found(item):
    StoredFile.objects.filter(pk=item.file_id).update(sha256="0" * 64)
    _fails(f"案件 {item.case.number} 证据1", "不存在", "与登记时写入审计链的摘要不一致")


def test_an_item_pointed_at_another_file_is_found(item):
    other = StoredFile.objects.create(sha256=item.file.sha256[::-1], size=1, content_type="video/mp4",
                                      original_name="另一个.mp4")  # fmt: skip
    blob_path(other.sha256).parent.mkdir(parents=True, exist_ok=True)
    EvidenceItem.objects.filter(pk=item.pk).update(file=other)
    _fails(f"案件 {item.case.number} 证据1", "与登记时写入审计链的摘要不一致")


def test_a_document_changed_in_the_database_is_found_and_named(item):
    doc = item.case.documents.get(kind="filing_approval")
    data = {**doc.data, "facts": doc.data.get("facts", "") + "（改）"}
    Document.objects.filter(pk=doc.pk).update(data=data)
    _fails(f"案件 {item.case.number} 文书“立案审批表”", "内容与制作时写入审计链的摘要不一致")


def test_a_document_the_chain_never_saw_is_found(item):
    doc = item.case.documents.get(kind="filing_approval")
    Document.objects.create(case=item.case, step=doc.step, kind=doc.kind, number="", issued_on=doc.issued_on,
                            data={"inserted": True})  # fmt: skip
    _fails(f"案件 {item.case.number} 文书“立案审批表”", "审计链中没有其制作事件")


def test_serving_a_document_does_not_count_as_a_change(item):
    Document.objects.filter(case=item.case).update(served_on=item.case.registered_on)
    call_command("verify")
