"""一案一卷: the file of a closed case — cover, index with page numbers, documents and evidence in the order of the
standard, the 备考表 — as one PDF; and the check that lists what the path the case took requires and is missing."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from zhifa.accounts.models import User
from zhifa.cases.models import Document
from zhifa.cases.tests.factories import make_team
from zhifa.cases.tests.test_general_procedure import walk_waived_and_paid
from zhifa.evidence.casefile import casefile_pdf, entries, gaps

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed(today, body_a):
    return walk_waived_and_paid(make_team(body_a)).case


def _pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", "", p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_a_closed_case_s_file_has_cover_index_and_its_papers_in_the_standard_order(closed):
    case = closed
    assert gaps(case) == []
    order = [e.title for e in entries(case)]
    wanted = ["案件来源登记表", "立案审批表", "询问笔录", "调查终结报告", "行政处罚事先告知书", "行政处罚决定书", "送达回证",
              "结案报告"]  # fmt: skip
    assert [t for t in order if t in wanted] == wanted

    pages = _pages(casefile_pdf(case))
    assert "行政处罚案卷" in pages[0] and case.number in pages[0]
    assert "卷内目录" in pages[1]
    starts = {}
    for title in wanted:  # each document begins on its own page, in the index's order, at the page it names
        n = next(
            i for i, text in enumerate(pages) if i > 1 and text.startswith(f"{case.organisation.name}{title}")
        )
        starts[title] = n + 1
        assert re.search(rf"{title}.*?{starts[title]}", pages[1]), (title, starts[title])
    assert list(starts.values()) == sorted(starts.values())
    assert "备考表" in pages[-1] and "应有文书与音像记录齐全" in pages[-1]


def test_the_check_lists_a_missing_document_and_a_missing_recording(closed):
    case = closed
    Document.objects.filter(case=case, kind="inquiry_record").delete()  # as if the record had been lost
    version = case.matter_version
    version.av_steps = ["investigation"]
    version.save()
    case.refresh_from_db()
    assert gaps(case) == [
        "缺少“询问笔录”（询问，2026-09-15）",
        "缺少“调查取证”音像记录（询问，2026-09-15）",
    ]
    pages = _pages(casefile_pdf(case))
    assert "完整性检查发现" in pages[-1] and "缺少“询问笔录”" in pages[-1]


def test_the_page_and_the_api_show_the_file_and_serve_its_pdf(client, closed):
    case = closed
    client.force_login(User.objects.get(pk=case.steps.get(action="register_clue").actor_id))
    detail = client.get(f"/workbench/cases/{case.pk}/").content.decode()
    assert f"/workbench/evidence/cases/{case.pk}/casefile/" in detail
    page = client.get(f"/workbench/evidence/cases/{case.pk}/casefile/").content.decode()
    assert "应有文书与音像记录齐全" in page and "结案报告" in page
    body = client.get(f"/api/v1/cases/{case.pk}/casefile").json()
    assert body["complete"] is True and body["contents"][0]["title"] == "案件来源登记表"
    pdf = client.get(f"/api/v1/cases/{case.pk}/casefile.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert client.get(f"/workbench/evidence/cases/{case.pk}/casefile.pdf").content.startswith(b"%PDF")
