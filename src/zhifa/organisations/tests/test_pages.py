"""The organisation tree, body pages and entrustments as staff use them."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from zhifa.organisations.constants import OrgStatus
from zhifa.organisations.models import Entrustment, Organisation
from zhifa.organisations.tests.factories import DISTRICT, PDF_BYTES, OrganisationFactory, make_uscc
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory

pytestmark = pytest.mark.django_db
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _as(client, user):
    client.force_login(user, backend=MODEL_BACKEND)
    return client


def _html(response) -> str:
    return response.content.decode()


def _detail(org: Organisation) -> str:
    return reverse("organisations:detail", args=[org.pk])


def _entrustment_data(entrusting, entrusted, letter: SimpleUploadedFile) -> dict:
    return {
        "entrusting": entrusting.pk,
        "entrusted": entrusted.pk,
        "matters": "对占道经营的行政处罚\n对乱张贴的行政处罚\n",
        "valid_from": "2026-01-01",
        "valid_until": "2026-12-31",
        "letter_number": "测市监委〔2026〕1号",
        "letter": letter,
    }


def test_it_announces_a_body_registered_through_the_form(client, today, supervisor):
    _as(client, supervisor)
    data = {
        "name": "测试区城市管理和综合执法局",
        "category": "body",
        "subject_kind": "statutory",
        "uscc": make_uscc(4711),
        "legal_basis": "区委编办三定方案",
        "region_code": DISTRICT,
        "domain": "urban",
        "head_name": "周局长",
        "sort_order": "5",
    }
    response = client.post(reverse("organisations:create"), data, follow=True)
    html = _html(response)
    org = Organisation.objects.get(name="测试区城市管理和综合执法局")
    assert response.redirect_chain[-1][0] == _detail(org)
    assert "关于测试区城市管理和综合执法局主体确认的公告" in html
    assert "主体资格依据：区委编办三定方案" in html and "周局长" in html


def test_it_explains_a_wrong_credit_code(client, supervisor):
    _as(client, supervisor)
    data = {
        "name": "错误代码局",
        "category": "body",
        "subject_kind": "statutory",
        "uscc": "91110000ABCDEFGHIJ",
        "region_code": DISTRICT,
    }
    html = _html(client.post(reverse("organisations:create"), data))
    assert "统一社会信用代码" in html and "GB 32100-2015" in html
    assert not Organisation.objects.filter(name="错误代码局").exists()


def test_it_announces_a_change_with_the_old_and_new_values(client, supervisor, body_a):
    _as(client, supervisor)
    form = _html(client.get(reverse("organisations:edit", args=[body_a.pk])))
    assert "测试区市场监督管理局" in form
    data = {
        "name": "测试区市场监督管理局（知识产权局）",
        "short_name": body_a.short_name,
        "subject_kind": "statutory",
        "uscc": body_a.uscc,
        "legal_basis": body_a.legal_basis,
        "region_code": DISTRICT,
        "domain": "market",
    }
    html = _html(client.post(reverse("organisations:edit", args=[body_a.pk]), data, follow=True))
    assert "主体变更" in html and "名称：测试区市场监督管理局 → 测试区市场监督管理局（知识产权局）" in html


def test_it_refuses_to_abolish_a_body_whose_people_hold_certificates(client, supervisor, body_a, db_snapshot):
    CertificateFactory(valid=True, person=PersonFactory(organisation=body_a))
    _as(client, supervisor)
    before = db_snapshot(body_a)
    data = {"effective_on": "2026-12-01", "reason": "机构改革撤并"}
    html = _html(client.post(reverse("organisations:abolish", args=[body_a.pk]), data))
    assert "ORG-002" in html and "仍有 1 名持有效执法证的人员" in html
    assert db_snapshot(body_a) == before


def test_it_abolishes_a_body_and_greys_it_out_in_the_tree(client, supervisor, body_b):
    _as(client, supervisor)
    data = {"effective_on": "2026-12-01", "reason": "机构改革撤并"}
    html = _html(client.post(reverse("organisations:abolish", args=[body_b.pk]), data, follow=True))
    assert "主体撤销" in html and "机构改革撤并" in html
    assert Organisation.objects.get(pk=body_b.pk).status == OrgStatus.ABOLISHED
    tree = _html(client.get(reverse("organisations:tree")))
    assert "已撤销（2026-12-01）" in tree and "text-decoration-line-through" in tree


def test_it_shows_an_officer_only_their_own_body(client, officer_a, body_a, unit_a, body_b):
    _as(client, officer_a)
    tree = _html(client.get(reverse("organisations:tree")))
    assert body_a.name in tree and unit_a.name in tree and body_b.name not in tree
    assert client.get(_detail(body_b)).status_code == 404
    assert client.get(reverse("organisations:create")).status_code == 403


def test_it_links_the_people_count_to_the_filtered_officer_list(client, supervisor, body_a, unit_a, body_b):
    PersonFactory(organisation=body_a, name="甲局甲")
    PersonFactory(organisation=unit_a, name="甲局大队乙")
    PersonFactory(organisation=body_b, name="乙局丙")
    _as(client, supervisor)
    html = _html(client.get(_detail(body_a)))
    assert 'data-testid="people-count">2<' in html and unit_a.name in html
    listing = _html(client.get(reverse("personnel:list"), {"organisation": body_a.pk}))
    assert "甲局甲" in listing and "甲局大队乙" in listing and "乙局丙" not in listing


def test_it_refuses_a_letter_that_is_not_a_pdf_or_image(client, supervisor, body_a, street):
    _as(client, supervisor)
    letter = SimpleUploadedFile("委托书.pdf", b"this is plain text, not a PDF")
    html = _html(
        client.post(reverse("organisations:entrustment_create"), _entrustment_data(body_a, street, letter))
    )
    assert "FILE-TYPE" in html and "仅接受" in html
    assert not Entrustment.objects.exists()


def test_it_records_an_entrustment_and_streams_its_letter(
    client, today, supervisor, body_a, street, officer_a
):
    _as(client, supervisor)
    letter = SimpleUploadedFile("委托书.pdf", PDF_BYTES)
    response = client.post(
        reverse("organisations:entrustment_create"), _entrustment_data(body_a, street, letter)
    )
    assert response.status_code == 302
    entrustment = Entrustment.objects.get()
    assert entrustment.matters == ["对占道经营的行政处罚", "对乱张贴的行政处罚"]
    listing = _html(client.get(reverse("organisations:entrustments")))
    assert "有效" in listing and f"距到期 {(date(2026, 12, 31) - today).days} 天" in listing
    letter_url = reverse("organisations:entrustment_letter", args=[entrustment.pk])
    body = b"".join(_as(client, officer_a).get(letter_url).streaming_content)
    assert body == PDF_BYTES


def test_it_terminates_an_entrustment_with_a_reason(client, today, supervisor, body_a, street):
    _as(client, supervisor)
    letter = SimpleUploadedFile("委托书.pdf", PDF_BYTES)
    client.post(reverse("organisations:entrustment_create"), _entrustment_data(body_a, street, letter))
    entrustment = Entrustment.objects.get()
    url = reverse("organisations:entrustment_terminate", args=[entrustment.pk])
    html = _html(client.post(url, {"terminated_on": "2026-11-22", "reason": "委托事项收回"}, follow=True))
    assert "已终止" in html and "委托事项收回" in html
    assert "ORG-013" in _html(client.post(url, {"terminated_on": "2026-11-23", "reason": "再次终止"}))


def test_it_hides_entrustments_outside_the_scope(client, supervisor, body_a, street, head_b):
    _as(client, supervisor)
    letter = SimpleUploadedFile("委托书.pdf", PDF_BYTES)
    client.post(reverse("organisations:entrustment_create"), _entrustment_data(body_a, street, letter))
    entrustment = Entrustment.objects.get()
    _as(client, head_b)
    assert "测市监委〔2026〕1号" not in _html(client.get(reverse("organisations:entrustments")))
    assert client.get(reverse("organisations:entrustment_letter", args=[entrustment.pk])).status_code == 404


def test_it_lists_an_abolished_street_team_without_breaking(client, supervisor, street_team):
    OrganisationFactory(abolished=True, name="已撤销的测试局")
    html = _html(_as(client, supervisor).get(reverse("organisations:tree")))
    assert street_team.name in html and "已撤销的测试局" in html
