"""The evidence page a field officer uses from a phone: the case's items and the form to add one."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from zhifa.accounts.tests.factories import UserFactory
from zhifa.cases.tests.factories import filed, make_team
from zhifa.evidence.models import EvidenceItem
from zhifa.organisations.tests.factories import OrganisationFactory

from .test_evidence import MP4

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


def _form(team, **kw) -> dict:
    data = {
        "kind": "audio_visual", "av_step": "on_site_inspection", "title": "现场检查执法记录仪视频",
        "proves": "经营场所餐具未消毒", "recorded_by_id": team.officers[0].pk, "recorded_at": "2026-09-15T10:30",
        "place": "测试区示范路1号", "source": "执法记录仪（编号DSJ-0012）拍摄",
        "officer_ids": [team.officers[0].pk, team.officers[1].pk],
        "file": SimpleUploadedFile("DSJ0012.mp4", MP4, content_type="video/mp4"),
    }  # fmt: skip
    return {**data, **kw}


def test_an_officer_adds_a_video_from_the_case_page(client, team):
    case = filed(team)
    client.force_login(team.officer_user)
    detail = client.get(f"/workbench/cases/{case.pk}/").content.decode()
    assert f"/workbench/evidence/cases/{case.pk}/" in detail

    page = client.get(f"/workbench/evidence/cases/{case.pk}/").content.decode()
    assert (
        'enctype="multipart/form-data"' in page and 'accept="image/*,video/*,audio/*,application/pdf"' in page
    )

    r = client.post(f"/workbench/evidence/cases/{case.pk}/", _form(team))
    assert r.status_code == 302
    page = client.get(r["Location"]).content.decode()
    assert "证据1 · 现场检查执法记录仪视频" in page and hashlib.sha256(MP4).hexdigest()[:16] in page
    item = EvidenceItem.objects.get()
    assert b"".join(client.get(f"/workbench/evidence/{item.pk}/file").streaming_content) == MP4


def test_the_form_says_which_rule_refused_and_saves_nothing(client, team):
    case = filed(team)
    client.force_login(team.officer_user)
    r = client.post(f"/workbench/evidence/cases/{case.pk}/", _form(team, file=""))
    assert r.status_code == 422
    assert "EVD-003" in r.content.decode() and "须上传其文件" in r.content.decode()
    r = client.post(f"/workbench/evidence/cases/{case.pk}/", _form(team, proves=""))
    assert r.status_code == 422
    assert not EvidenceItem.objects.exists()


def test_another_body_cannot_open_the_page(client, team):
    case = filed(team)
    client.force_login(UserFactory(officer=True, organisation=OrganisationFactory(name="测试区交通运输局")))
    assert client.get(f"/workbench/evidence/cases/{case.pk}/").status_code == 404
