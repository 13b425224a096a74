"""The audio/video rule (PEN-031): a step the matter's 音像记录事项清单 lists cannot be taken without an audio/video
record of that act on that day; the record then belongs to the step (seed 001 (二)3; 《行政处罚法》第四十七条)."""

from __future__ import annotations

import io
import os
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from zhifa.accounts.tests.factories import actor_of
from zhifa.cases.tests.factories import default_facts, filed, make_team, notified, step
from zhifa.evidence.schemas import EvidenceInput
from zhifa.evidence.services import evidence_add

from .test_evidence import MP4

pytestmark = pytest.mark.django_db
BJ = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def team(today, body_a):
    team = make_team(body_a)
    version = team.matter.versions.get()
    version.av_steps = ["on_site_inspection", "service", "on_site_decision"]
    version.save()
    return team


def _record(team, case, av_step: str, on: date, hour: int = 10):
    data = EvidenceInput(
        kind="audio_visual", av_step=av_step, title="执法记录仪视频", proves="执法过程", recorded_by_id=team.officers[0].pk,
        recorded_at=datetime(on.year, on.month, on.day, hour, 0, tzinfo=BJ), place="现场", source="执法记录仪拍摄",
        officer_ids=team.officer_ids,
    )  # fmt: skip
    return evidence_add(case=case, data=data, upload=io.BytesIO(MP4 + os.urandom(8)), filename="a.mp4",
                        by=actor_of(team.officer_user))  # fmt: skip


def _inspect(team, case, on=date(2026, 9, 16)):
    return step(team.officer_user, case, "inspect_site", on=on, officer_ids=team.officer_ids, place="现场",
                summary="现场检查")  # fmt: skip


def test_an_on_site_inspection_needs_its_recording_of_that_day(team, refused):
    case = filed(team)
    with refused("PEN-031", case) as info:
        _inspect(team, case)
    assert (
        "音像记录事项清单要求对“现场检查”全程音像记录" in info.value.message
        and "2026-09-16" in info.value.message
    )
    assert "第四十七条" in info.value.citation

    _record(team, case, "on_site_inspection", date(2026, 9, 15))  # the day before: not this inspection
    with refused("PEN-031", case):
        _inspect(team, case)

    item = _record(team, case, "on_site_inspection", date(2026, 9, 16))
    case = _inspect(team, case)
    item.refresh_from_db()
    assert item.step == case.steps.get(action="inspect_site")
    with refused("PEN-031", case):  # one recording, one step: a second inspection needs its own
        _inspect(team, case)


def test_a_matter_that_lists_no_recording_for_a_step_does_not_ask_for_one(team):
    case = filed(team)
    version = case.matter_version
    version.av_steps = []
    version.save()
    assert _inspect(team, case).steps.filter(action="inspect_site").exists()


def test_service_needs_a_recording_only_when_the_decision_is_left_at_the_party_s_place(team, refused):
    case = notified(team)
    step(team.officer_user, case, "waive", on=date(2026, 9, 23), reason="书面放弃")
    step(team.head, case, "decide", on=date(2026, 9, 23), outcome="penalty", kinds=["fine"],
         fine_amount=Decimal("8000"))  # fmt: skip
    with refused("PEN-031", case) as info:
        step(team.officer_user, case, "serve", on=date(2026, 9, 24), method="left", recipient="周经理")
    assert "送达（留置送达）" in info.value.message
    assert (
        step(team.officer_user, case, "serve", on=date(2026, 9, 24), recipient="周经理").state == "executing"
    )


def test_an_on_the_spot_decision_is_filed_only_with_its_recording(team, refused):
    facts = {**default_facts(team)["decide_on_spot"], "on": date(2026, 11, 20)}
    case = step(team.officer_user, None, "decide_on_spot", **facts)
    with refused("PEN-031", case) as info:
        step(team.officer_user, case, "file_record", on=date(2026, 11, 21))
    assert "当场处罚" in info.value.message and "2026-11-20" in info.value.message
    _record(team, case, "on_site_decision", date(2026, 11, 20))
    assert step(team.officer_user, case, "file_record", on=date(2026, 11, 21)).state == "executing"


def test_the_step_form_says_which_recording_is_missing_and_links_to_it(client, team):
    case = filed(team)
    client.force_login(team.officer_user)
    page = client.get(f"/workbench/cases/{case.pk}/").content.decode()
    assert "须有2026-11-22的“现场检查”音像记录（PEN-031）：尚未登记" in page
    link = f"/workbench/evidence/cases/{case.pk}/?kind=audio_visual&amp;av_step=on_site_inspection"
    assert link in page
    form = client.get(link.replace("&amp;", "&")).content.decode()
    assert '<option value="on_site_inspection" selected>' in form

    _record(team, case, "on_site_inspection", date(2026, 11, 22))
    page = client.get(f"/workbench/cases/{case.pk}/").content.decode()
    assert "须有2026-11-22的“现场检查”音像记录（PEN-031）：已登记" in page
