"""证据: an item is saved only with what the law and seed 003 二(一) ask of it (who recorded it, when, where, what
it proves, its source, the officers present), with its file stored by SHA-256 and its digest in the audit chain."""

from __future__ import annotations

import hashlib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.cases.tests.factories import filed, make_team, step
from zhifa.core.audit import verify_chain
from zhifa.core.models import AuditEvent
from zhifa.core.storage import blob_path
from zhifa.evidence.models import EvidenceItem
from zhifa.evidence.schemas import EvidenceInput
from zhifa.evidence.services import evidence_add
from zhifa.organisations.tests.factories import OrganisationFactory
from zhifa.personnel.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db
BJ = ZoneInfo("Asia/Shanghai")
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 4096  # an MP4 header and some body
PDF = b"%PDF-1.7\n%test\n" + b"0" * 100


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


@pytest.fixture
def case(team):
    return filed(team)


def _data(team, **kw) -> dict:
    data = {
        "kind": "audio_visual", "title": "现场检查执法记录仪视频", "proves": "当事人经营场所餐具未消毒的现场状况",
        "recorded_by_id": team.officers[0].pk, "recorded_at": datetime(2026, 9, 15, 10, 30, tzinfo=BJ),
        "place": "测试区示范路1号当事人经营场所", "source": "执法记录仪（编号DSJ-0012）拍摄",
        "officer_ids": [p.pk for p in team.officers[:2]], "av_step": "on_site_inspection",
    }  # fmt: skip
    return {**data, **kw}


def _add(team, case, content=MP4, **kw):
    import io

    upload = io.BytesIO(content) if content is not None else None
    return evidence_add(case=case, data=EvidenceInput(**_data(team, **kw)), upload=upload, filename="DSJ0012.mp4",
                        by=actor_of(team.officer_user))  # fmt: skip


def test_an_av_record_is_stored_by_its_digest_which_joins_the_audit_chain(team, case):
    item = _add(team, case)

    digest = hashlib.sha256(MP4).hexdigest()
    assert (item.seq, item.file.sha256, item.file.content_type) == (1, digest, "video/mp4")
    assert blob_path(digest).read_bytes() == MP4
    assert [p.name for p in item.officers.order_by("id")] == ["张执法", "李执法"]
    event = AuditEvent.objects.get(action="evidence.add", object_id=str(item.pk))
    assert event.after["sha256"] == digest and event.after["case"] == case.number
    assert verify_chain().ok
    assert _add(team, case, kind="documentary", content=PDF, av_step=None, title="营业执照复印件").seq == 2


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ({"content": None}, "EVD-003", "须上传其文件"),
        ({"content": PDF}, "FILE-TYPE", "MP4/MOV"),
        ({"recorded_at": datetime(2026, 12, 1, 9, 0, tzinfo=BJ)}, "EVD-002", "不能晚于现在"),
        ({"kind": "documentary", "content": PDF}, "EVD-001", "只有视听资料可以标明音像记录环节"),
        ({"officer_ids": [999999]}, "EVD-001", "人员ID 999999 不存在"),
    ],
)
def test_an_item_with_a_missing_or_wrong_part_is_refused_and_nothing_is_saved(team, case, refused, change, code,
                                                                              words):  # fmt: skip
    events = AuditEvent.objects.count()
    with refused(code, case) as info:
        _add(team, case, **change)
    assert words in info.value.message
    assert EvidenceItem.objects.count() == 0 and AuditEvent.objects.count() == events


def test_an_auxiliary_is_not_an_officer_present(team, case, refused):
    aux = PersonFactory(auxiliary=True, organisation=team.body, name="赵辅助")
    with refused("EVD-001", case) as info:
        _add(team, case, officer_ids=[team.officers[0].pk, aux.pk])
    assert "赵辅助是辅助人员" in info.value.message


def test_a_closed_case_takes_no_more_evidence(team, refused):
    case = filed(team)
    step(team.head, case, "revoke_filing", on=datetime(2026, 9, 16).date(), reason="违法事实不能成立")
    with refused("EVD-004", case) as info:
        _add(team, case)
    assert "卷宗不再增加证据" in info.value.message


def test_the_api_refuses_an_item_without_recorder_time_or_purpose(client, team, case):
    client.force_login(team.officer_user)
    for missing in ("recorded_by_id", "recorded_at", "proves"):
        body = {k: v for k, v in _data(team).items() if k != missing}
        body["officer_ids"] = body["officer_ids"][0]
        r = client.post(f"/api/v1/cases/{case.pk}/evidence", {**body, "file": _file()})
        assert r.status_code == 422, missing
        assert missing in r.json()["message"]
    assert EvidenceItem.objects.count() == 0


def test_the_api_adds_lists_and_serves_an_item_within_scope(client, team, case):
    client.force_login(team.officer_user)
    body = {**_data(team), "officer_ids": [str(i) for i in _data(team)["officer_ids"]], "file": _file()}
    r = client.post(f"/api/v1/cases/{case.pk}/evidence", body)
    assert r.status_code == 201, r.content
    item = r.json()
    assert item["sha256"] == hashlib.sha256(MP4).hexdigest() and item["officers"] == ["张执法", "李执法"]
    listed = client.get(f"/api/v1/cases/{case.pk}/evidence").json()
    assert [i["title"] for i in listed] == ["现场检查执法记录仪视频"]
    assert b"".join(client.get(f"/api/v1/evidence/{item['id']}/file").streaming_content) == MP4

    outsider = UserFactory(officer=True, organisation=OrganisationFactory(name="测试区交通运输局"))
    client.force_login(outsider)
    assert client.get(f"/api/v1/cases/{case.pk}/evidence").status_code == 404
    assert client.get(f"/api/v1/evidence/{item['id']}/file").status_code == 404


def _file():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("DSJ0012.mp4", MP4, content_type="video/mp4")


def test_the_api_reads_a_time_without_zone_as_local_time(client, team, case):
    client.force_login(team.officer_user)
    body = {**_data(team), "recorded_at": "2026-09-15T10:30:00", "file": _file()}
    body["officer_ids"] = [str(i) for i in body["officer_ids"]]
    r = client.post(f"/api/v1/cases/{case.pk}/evidence", body)
    assert r.status_code == 201, r.content
    assert EvidenceItem.objects.get().recorded_at == datetime(2026, 9, 15, 10, 30, tzinfo=BJ)
