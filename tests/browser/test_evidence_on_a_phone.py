"""In a real browser on a phone-sized screen: the step form says the inspection needs today's recording, the officer
follows the link, uploads the clip with its metadata, and the inspection can then be taken."""

from datetime import date

import pytest

from zhifa.cases.models import Case
from zhifa.cases.tests.factories import filed, make_team
from zhifa.evidence.models import EvidenceItem

from .conftest import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"browser-clip" * 200


def test_an_officer_records_the_inspection_on_camera_from_a_phone(page, live_server, body_a, tmp_path):
    team = make_team(body_a)
    version = team.matter.versions.get()
    version.av_steps = ["on_site_inspection"]
    version.save()
    case = filed(
        team, file_on=date.today(), verify_on=date.today(), clue_on=date.today(), act_date=date.today()
    )
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, live_server, team.officer_user)

    page.goto(f"{live_server.url}/workbench/cases/{case.pk}/")
    page.locator("[data-testid=step-inspect_site] button.accordion-button").click()
    need = page.locator("[data-testid=step-inspect_site] [data-testid=av-need]")
    assert "“现场检查”音像记录（PEN-031）：尚未登记" in need.inner_text()
    need.locator("a").click()

    page.fill("input[name=title]", "现场检查执法记录仪视频")
    page.fill("textarea[name=proves]", "经营场所未公示信息的现场状况")
    page.fill("input[name=place]", "测试区示范路1号")
    page.fill("input[name=source]", "执法记录仪（编号DSJ-0012）拍摄")
    clip = tmp_path / "DSJ0012.mp4"
    clip.write_bytes(MP4)
    page.set_input_files("input[name=file]", str(clip))
    page.get_by_role("button", name="登记").click()
    page.wait_for_selector("text=已登记证据1")
    assert EvidenceItem.objects.get().file.size == len(MP4)

    page.goto(f"{live_server.url}/workbench/cases/{case.pk}/")
    page.locator("[data-testid=step-inspect_site] button.accordion-button").click()
    form = page.locator("#step-inspect_site form")
    for box in form.locator("input[name=inspect_site-officer_ids]").all()[:2]:
        box.check()
    form.locator("input[name=inspect_site-place]").fill("测试区示范路1号")
    form.locator("textarea[name=inspect_site-summary], input[name=inspect_site-summary]").first.fill(
        "现场检查"
    )
    form.locator("button[type=submit]").click()
    page.wait_for_selector("text=已完成：现场检查")
    assert EvidenceItem.objects.get().step == Case.objects.get(pk=case.pk).steps.get(action="inspect_site")


def test_a_large_video_goes_up_in_parts_and_is_registered(
    page, live_server, body_a, tmp_path, settings, monkeypatch
):
    from zhifa.evidence import views
    from zhifa.evidence.models import EvidenceUpload

    settings.EVIDENCE_RESUMABLE_MIN_BYTES = (
        1000  # "large" from 1 KB, so that a small file shows the mechanism
    )
    monkeypatch.setattr(views, "RESUMABLE_PART", 1024)
    team = make_team(body_a)
    case = filed(
        team, file_on=date.today(), verify_on=date.today(), clue_on=date.today(), act_date=date.today()
    )
    login(page, live_server, team.officer_user)

    page.goto(
        f"{live_server.url}/workbench/evidence/cases/{case.pk}/?kind=audio_visual&av_step=on_site_inspection"
    )
    page.fill("input[name=title]", "全天执法记录仪视频")
    page.fill("textarea[name=proves]", "当日现场检查全过程")
    page.fill("input[name=place]", "测试区示范路1号")
    page.fill("input[name=source]", "执法记录仪（编号DSJ-0012）拍摄")
    clip = tmp_path / "DSJ0012-全天.mp4"
    clip.write_bytes(MP4)
    page.set_input_files("input[name=file]", str(clip))
    page.get_by_role("button", name="登记").click()
    page.wait_for_selector("text=已登记证据1")

    upload = EvidenceUpload.objects.get()
    assert (upload.status, upload.received, upload.size) == ("complete", len(MP4), len(MP4))
    item = EvidenceItem.objects.get()
    assert item.file == upload.stored and item.file.original_name == "DSJ0012-全天.mp4"
