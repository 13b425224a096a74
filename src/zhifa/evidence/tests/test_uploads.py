"""断点续传: a large file sent in parts survives a broken connection, resumes from the offset the server reached,
and completes with the right SHA-256; then it is registered as evidence like any attachment."""

from __future__ import annotations

import hashlib
import io
import os

import pytest
from django.test import override_settings

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.cases.tests.factories import filed, make_team
from zhifa.core.storage import blob_path
from zhifa.evidence.models import EvidenceItem, EvidenceUpload
from zhifa.evidence.uploads import upload_append

from .test_evidence import MP4, _data

pytestmark = pytest.mark.django_db
VIDEO = MP4 + os.urandom(3 * 1024 * 1024)  # a "long" body-camera video: 3 MB is enough to show the mechanism
SIZE = len(VIDEO)


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


@pytest.fixture
def case(team):
    return filed(team)


class Broken(io.BytesIO):
    """A connection that drops after ``cut`` bytes of the part."""

    def __init__(self, data: bytes, cut: int):
        super().__init__(data[:cut])


def _start(client, case, size: int = SIZE) -> dict:
    r = client.post(f"/api/v1/cases/{case.pk}/evidence/uploads", {"filename": "DSJ0012-全天.mp4", "size": size},
                    content_type="application/json")  # fmt: skip
    assert r.status_code == 201, r.content
    return r.json()


def _put(client, upload_id: str, offset: int, part: bytes):
    return client.put(f"/api/v1/evidence/uploads/{upload_id}?offset={offset}", part,
                      content_type="application/offset+octet-stream")  # fmt: skip


def test_an_interrupted_upload_resumes_and_completes_with_the_right_digest(client, team, case):
    client.force_login(team.officer_user)
    up = _start(client, case)
    half = len(VIDEO) // 2

    first = _put(client, up["id"], 0, VIDEO[:1_000_000])
    assert first.json()["offset"] == 1_000_000
    # the connection breaks part-way through the next part: what arrived is kept
    upload = upload_append(token=up["id"], offset=1_000_000, stream=Broken(VIDEO[1_000_000:half], 400_000),
                           length=half - 1_000_000, by=actor_of(team.officer_user))  # fmt: skip
    assert upload.received == 1_400_000 and upload.status == "open"

    # the phone reconnects, asks where to go on, and is told so if it guesses wrong
    assert client.get(f"/api/v1/evidence/uploads/{up['id']}").json()["offset"] == 1_400_000
    wrong = _put(client, up["id"], half, VIDEO[half:])
    assert wrong.status_code == 409 and wrong.json()["code"] == "EVD-006"
    assert "请从第 1400000 字节续传" in wrong.json()["message"]

    done = _put(client, up["id"], 1_400_000, VIDEO[1_400_000:]).json()
    digest = hashlib.sha256(VIDEO).hexdigest()
    assert (done["status"], done["offset"], done["sha256"]) == ("complete", len(VIDEO), digest)
    assert blob_path(digest).read_bytes() == VIDEO

    body = {**_data(team), "upload_id": up["id"], "officer_ids": [str(i) for i in _data(team)["officer_ids"]]}
    item = client.post(f"/api/v1/cases/{case.pk}/evidence", body)
    assert item.status_code == 201, item.content
    assert item.json()["sha256"] == digest and EvidenceItem.objects.get().file.size == len(VIDEO)


def test_an_unfinished_upload_cannot_be_registered(client, team, case):
    client.force_login(team.officer_user)
    up = _start(client, case)
    _put(client, up["id"], 0, VIDEO[:1000])
    body = {**_data(team), "upload_id": up["id"], "officer_ids": [str(i) for i in _data(team)["officer_ids"]]}
    r = client.post(f"/api/v1/cases/{case.pk}/evidence", body)
    assert r.status_code == 409 and "尚未完成（已接收 1000/" in r.json()["message"]
    assert not EvidenceItem.objects.exists()


def test_a_file_that_is_not_a_recording_or_document_is_refused_at_the_first_part(client, team, case):
    client.force_login(team.officer_user)
    up = _start(client, case, size=2000)
    r = _put(client, up["id"], 0, b"MZ\x90\x00" + b"\x00" * 1996)  # a Windows program
    assert r.status_code == 409 and r.json()["code"] == "FILE-TYPE"
    assert EvidenceUpload.objects.get().received == 0


@override_settings(EVIDENCE_UPLOAD_MAX_BYTES=1024 * 1024)
def test_an_upload_larger_than_the_limit_is_refused_before_it_starts(client, team, case):
    client.force_login(team.officer_user)
    r = client.post(f"/api/v1/cases/{case.pk}/evidence/uploads", {"filename": "a.mp4", "size": len(VIDEO)},
                    content_type="application/json")  # fmt: skip
    assert r.status_code == 409 and r.json()["code"] == "EVD-005"


def test_only_the_account_that_started_an_upload_may_continue_it(client, team, case):
    client.force_login(team.officer_user)
    up = _start(client, case)
    colleague = UserFactory(officer=True, organisation=team.body)
    client.force_login(colleague)
    assert client.get(f"/api/v1/evidence/uploads/{up['id']}").status_code == 404
    assert _put(client, up["id"], 0, VIDEO[:1000]).status_code == 404


def test_the_sweep_expires_an_abandoned_upload_and_frees_its_space(client, team, case):
    from datetime import timedelta

    from django.utils import timezone

    from zhifa.core.sweep import sweep
    from zhifa.evidence.uploads import part_path

    client.force_login(team.officer_user)
    abandoned, finished = _start(client, case), _start(client, case, size=len(MP4))
    assert _put(client, abandoned["id"], 0, VIDEO[:1_000_000]).status_code == 200
    assert _put(client, finished["id"], 0, MP4).status_code == 200
    long_ago = timezone.now() - timedelta(hours=72)
    EvidenceUpload.objects.update(updated_at=long_ago)
    from zhifa.core.models import StoredFile

    StoredFile.objects.update(created_at=long_ago)
    stale = EvidenceUpload.objects.get(token=abandoned["id"])
    stored = EvidenceUpload.objects.get(token=finished["id"]).stored
    assert part_path(stale).exists()

    sweep()
    assert not part_path(stale).exists()
    assert set(EvidenceUpload.objects.values_list("status", flat=True)) == {"expired"}
    assert not StoredFile.objects.filter(
        pk=stored.pk
    ).exists()  # completed, never registered: released, removed
    late = _put(client, abandoned["id"], 1_000_000, VIDEO[1_000_000:2_000_000])
    assert late.status_code == 409 and "已被清理，请重新上传" in late.json()["message"]


def test_the_sweep_keeps_an_upload_registered_as_evidence(client, team, case):
    from datetime import timedelta

    from django.utils import timezone

    from zhifa.core.models import StoredFile
    from zhifa.core.sweep import sweep

    client.force_login(team.officer_user)
    up = _start(client, case, size=len(MP4))
    _put(client, up["id"], 0, MP4)
    data = {**_data(team), "upload_id": up["id"], "recorded_at": "2026-09-15T10:30:00+08:00"}
    data["officer_ids"] = [str(i) for i in data["officer_ids"]]
    r = client.post(f"/api/v1/cases/{case.pk}/evidence", data)
    assert r.status_code == 201, r.content
    long_ago = timezone.now() - timedelta(hours=72)
    EvidenceUpload.objects.update(updated_at=long_ago)
    StoredFile.objects.update(created_at=long_ago)
    sweep()
    item = EvidenceItem.objects.get(case=case)
    assert blob_path(item.file.sha256).exists()
    assert EvidenceUpload.objects.get(token=up["id"]).status == "complete"
