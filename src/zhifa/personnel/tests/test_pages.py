"""The officer and certificate pages as staff use them: what they see, what they may do, what is refused."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from zhifa.personnel.constants import AssessmentResult
from zhifa.personnel.models import Certificate, ExamResult, Person, TrainingRecord
from zhifa.personnel.tests.factories import (
    CertificateFactory,
    ExamSessionFactory,
    PersonFactory,
    issued_certificate,
    make_resident_id,
    wrong_check_digit,
)
from zhifa.personnel.training_services import COLUMNS
from zhifa.personnel.workflow import CertState

pytestmark = pytest.mark.django_db
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _as(client, user):
    client.force_login(user, backend=MODEL_BACKEND)
    return client


def _html(response) -> str:
    return response.content.decode()


def _action_url(cert: Certificate, action: str) -> str:
    return reverse("personnel:certificate_action", args=[cert.pk, action])


@pytest.fixture
def zhang(body_a):
    return PersonFactory(organisation=body_a, name="张执法", post="市场监管执法员")


@pytest.fixture
def li(body_b):
    return PersonFactory(organisation=body_b, name="李环保")


@pytest.fixture
def valid_cert(today, zhang, supervisor):
    """张执法's certificate, issued through the real services (申领 → 初审 → 审核 → 发证)."""
    return issued_certificate(zhang, supervisor, today=today)


# --- certificate actions --------------------------------------------------------------


def test_it_suspends_a_valid_certificate_through_the_action_form(client, today, supervisor, valid_cert):
    _as(client, supervisor)
    form = _html(client.get(_action_url(valid_cert, "suspend")))
    assert "暂扣至" in form and "理由/审查意见" in form
    data = {"reason": "涉嫌违规执法，暂扣调查", "until": (today + timedelta(days=30)).isoformat()}
    response = client.post(_action_url(valid_cert, "suspend"), data, follow=True)
    html = _html(response)
    assert response.redirect_chain[-1][0] == reverse("personnel:detail", args=[valid_cert.person_id])
    assert "暂扣（至 2026年12月22日）" in html
    assert "涉嫌违规执法，暂扣调查" in html  # the reason in the certificate history
    valid_cert.refresh_from_db()
    assert valid_cert.state == CertState.SUSPENDED


def test_it_shows_the_rule_when_a_suspension_has_no_period(client, supervisor, valid_cert, db_snapshot):
    _as(client, supervisor)
    before = db_snapshot(valid_cert)
    response = client.post(_action_url(valid_cert, "suspend"), {"reason": "涉嫌违规执法"})
    html = _html(response)
    assert response.status_code == 200
    assert "CERT-030" in html and "暂扣必须写明暂扣期限" in html
    assert db_snapshot(valid_cert) == before
    assert Certificate.objects.get(pk=valid_cert.pk).state == CertState.VALID


def test_it_refuses_an_annual_review_with_too_few_hours(client, supervisor, zhang, db_snapshot):
    cert = CertificateFactory(valid=True, person=zhang)  # no training at all in 2025
    _as(client, supervisor)
    before = db_snapshot(cert)
    response = client.post(_action_url(cert, "annual_review"), {"reason": "2025年度年审", "year": "2025"})
    html = _html(response)
    assert "CERT-021" in html and "张执法2025年度培训" in html and "年审不予通过" in html
    assert db_snapshot(cert) == before


def test_it_refuses_an_action_the_state_does_not_allow(client, supervisor, valid_cert):
    _as(client, supervisor)
    page = _html(client.get(_action_url(valid_cert, "restore")))
    assert "不能执行“恢复（发还暂扣证件）”" in page
    html = _html(client.post(_action_url(valid_cert, "restore"), {"reason": "试图恢复"}))
    assert "CERT-STATE" in html
    assert Certificate.objects.get(pk=valid_cert.pk).state == CertState.VALID


def test_it_cancels_with_a_reason_chosen_from_the_list(client, supervisor, valid_cert):
    _as(client, supervisor)
    form = _html(client.get(_action_url(valid_cert, "cancel")))
    assert "注销原因" in form and "退休" in form and "暂扣至" not in form
    assert "CERT-040" in _html(client.post(_action_url(valid_cert, "cancel"), {"reason": "已退休"}))
    data = {"reason": "已于2026年10月退休", "cancel_reason": "retired"}
    html = _html(client.post(_action_url(valid_cert, "cancel"), data, follow=True))
    assert "注销原因：退休" in html
    assert Certificate.objects.get(pk=valid_cert.pk).state == CertState.CANCELLED


def test_it_transfers_a_certificate_to_another_body(client, supervisor, valid_cert, body_b):
    _as(client, supervisor)
    data = {"reason": "调任区生态环境分局", "to_organisation": body_b.pk}
    html = _html(client.post(_action_url(valid_cert, "transfer"), data, follow=True))
    assert "调入主体：测试区生态环境分局" in html
    valid_cert.refresh_from_db()
    assert valid_cert.organisation == body_b and valid_cert.person.organisation == body_b


def test_it_offers_only_the_actions_the_actor_may_take(client, head_a, supervisor, valid_cert):
    person_url = reverse("personnel:detail", args=[valid_cert.person_id])
    head_page = _html(_as(client, head_a).get(person_url))
    assert _action_url(valid_cert, "report_lost") in head_page  # 挂失: certificates.apply
    assert _action_url(valid_cert, "suspend") not in head_page  # 暂扣: certificates.review
    assert client.get(_action_url(valid_cert, "suspend")).status_code == 403
    supervisor_page = _html(_as(client, supervisor).get(person_url))
    assert _action_url(valid_cert, "suspend") in supervisor_page


def test_it_shows_the_whole_history_and_the_qr_code(client, supervisor, valid_cert):
    html = _html(_as(client, supervisor).get(reverse("personnel:detail", args=[valid_cert.person_id])))
    for label in ("申领", "初审通过", "审核通过", "发证"):
        assert label in html
    assert "<svg" in html and valid_cert.public_token in html
    assert valid_cert.number in html


def test_it_applies_for_a_certificate_with_the_materials(client, head_a, zhang):
    _as(client, head_a)
    url = reverse("personnel:certificate_apply", args=[zhang.pk])
    assert "申领登记表" in _html(client.get(url))
    response = client.post(url, {"materials": ["申领登记表", "近期免冠照片"], "reason": "新入职执法人员申领"})
    assert response.status_code == 302
    cert = Certificate.objects.get(person=zhang)
    assert cert.state == CertState.APPLIED and cert.materials == ["申领登记表", "近期免冠照片"]


def test_it_suspends_the_certificate_when_an_assessment_fails(client, supervisor, valid_cert):
    _as(client, supervisor)
    url = reverse("personnel:assessment_create", args=[valid_cert.person_id])
    assert "将依规自动暂扣" in _html(client.get(url))
    data = {"year": "2025", "result": AssessmentResult.FAILED, "note": "年度考核不合格"}
    html = _html(client.post(url, data, follow=True))
    assert "其执法证已依规暂扣" in html
    assert Certificate.objects.get(pk=valid_cert.pk).state == CertState.SUSPENDED


# --- scope ------------------------------------------------------------------------------------------


def test_it_keeps_officers_inside_their_own_body(client, officer_a, zhang, li):
    _as(client, officer_a)
    listing = _html(client.get(reverse("personnel:list")))
    assert "张执法" in listing and "李环保" not in listing
    assert client.get(reverse("personnel:detail", args=[li.pk])).status_code == 404
    assert client.get(reverse("personnel:detail", args=[zhang.pk])).status_code == 200


def test_it_shows_a_supervisor_every_body_of_the_district(client, supervisor, zhang, li):
    _as(client, supervisor)
    listing = _html(client.get(reverse("personnel:list")))
    assert "张执法" in listing and "李环保" in listing
    assert client.get(reverse("personnel:detail", args=[li.pk])).status_code == 200


def test_it_never_shows_a_full_id_number(client, supervisor, zhang):
    _as(client, supervisor)
    listing = _html(client.get(reverse("personnel:list")))
    detail = _html(client.get(reverse("personnel:detail", args=[zhang.pk])))
    assert zhang.id_number not in listing and zhang.id_number not in detail
    assert zhang.masked_id_number in detail


def test_it_searches_live_and_returns_only_the_table(client, supervisor, zhang, li, valid_cert):
    _as(client, supervisor)
    response = client.get(reverse("personnel:list"), {"q": valid_cert.number}, HTTP_HX_REQUEST="true")
    html = _html(response)
    assert "张执法" in html and "李环保" not in html
    assert '<nav class="navbar' not in html and "共 1 人" in html
    assert 'hx-trigger="keyup changed delay:300ms, search"' in _html(client.get(reverse("personnel:list")))


def test_it_filters_people_without_a_certificate(client, supervisor, valid_cert, li):
    _as(client, supervisor)
    html = _html(client.get(reverse("personnel:list"), {"cert_state": "none"}))
    assert "李环保" in html and "张执法" not in html


# --- people ----------------------------------------------------------------------------------------


def test_it_explains_a_wrong_id_number_in_chinese(client, supervisor, body_a):
    _as(client, supervisor)
    data = {
        "name": "王新",
        "id_number": wrong_check_digit(make_resident_id(4242)),
        "organisation": body_a.pk,
        "staff_type": "civil_servant",
        "post": "",
        "phone": "",
    }
    html = _html(client.post(reverse("personnel:create"), data))
    assert "居民身份证号码校验码错误" in html
    assert not Person.objects.filter(name="王新").exists()


def test_it_registers_a_person_with_gender_and_birth_date_from_the_id(client, supervisor, body_a):
    _as(client, supervisor)
    id_number = make_resident_id(4242, male=False)
    data = {"name": "王新", "id_number": id_number, "organisation": body_a.pk, "staff_type": "civil_servant"}
    html = _html(client.post(reverse("personnel:create"), data, follow=True))
    person = Person.objects.get(name="王新")
    assert person.gender == "女" and "已登记执法人员“王新”" in html
    assert person.birth_date.strftime("%Y年%-m月%-d日") in html


# --- training ------------------------------------------------------------------------------------


def _sheet(*rows) -> SimpleUploadedFile:
    book = Workbook()
    book.active.append(list(COLUMNS))
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("培训记录.xlsx", buffer.getvalue())


def test_it_imports_nothing_and_lists_row_errors_from_a_bad_file(client, supervisor, zhang):
    good = (
        zhang.name,
        zhang.id_number,
        "行政处罚法专题",
        4,
        "",
        "公共法律知识",
        date(2026, 3, 1),
        "法治教育网",
    )
    bad = (zhang.name, zhang.id_number, "执法文书制作", 2, "", "烹饪技能", date(2026, 3, 2), "法治教育网")
    _as(client, supervisor)
    response = client.post(
        reverse("personnel:training_import"), {"file": _sheet(good, bad), "source": "法治教育网"}
    )
    html = _html(response)
    assert "TRAIN-001" in html and "第3行：类别应为" in html and "未导入任何记录" in html
    assert TrainingRecord.objects.count() == 0


def test_it_imports_a_good_file(client, supervisor, zhang):
    row = (zhang.name, zhang.id_number, "行政处罚法专题", 4, "", "公共法律知识", date(2026, 3, 1), "")
    _as(client, supervisor)
    response = client.post(
        reverse("personnel:training_import"), {"file": _sheet(row), "source": "法治教育网"}
    )
    assert "导入完成：新增 1 条培训记录" in _html(response)
    record = TrainingRecord.objects.get(person=zhang)
    assert (record.minutes, record.source) == (180, "法治教育网")
    detail = _html(client.get(reverse("personnel:detail", args=[zhang.pk])))
    assert "行政处罚法专题" in detail and "4.0 / 60 学时" in detail


def test_it_offers_an_import_template_with_the_expected_columns(client, supervisor):
    response = _as(client, supervisor).get(reverse("personnel:training_template"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert [c.value for c in sheet[1]] == list(COLUMNS)


def test_it_shows_training_progress_per_body(client, supervisor, valid_cert, li):
    html = _html(_as(client, supervisor).get(reverse("personnel:training_progress"), {"year": "2025"}))
    assert "测试区市场监督管理局" in html and "测试区生态环境分局" in html
    assert "达标率" in html and "progress-bar" in html


# --- certificates and exams --------------------------------------------------------


def test_it_counts_certificates_per_state_and_lists_those_expiring(client, supervisor, body_a, today):
    soon = CertificateFactory(valid=True, person=PersonFactory(organisation=body_a, name="快到期"))
    soon.valid_until = today + timedelta(days=20)
    soon.save(update_fields=["valid_until"])
    CertificateFactory(suspended=True, person=PersonFactory(organisation=body_a))
    html = _html(_as(client, supervisor).get(reverse("personnel:certificates")))
    assert "90天内到期" in html and "快到期" in html and "（20 天）" in html
    assert '暂扣 <span class="badge text-bg-light">1</span>' in html


def test_it_records_an_exam_score_by_id_number(client, supervisor, zhang):
    session = ExamSessionFactory()
    _as(client, supervisor)
    url = reverse("personnel:exam_detail", args=[session.pk])
    response = client.post(url, {"id_number": zhang.id_number, "score": "72"}, follow=True)
    html = _html(response)
    assert "已登记张执法的成绩" in html and "72.0" in html
    assert ExamResult.objects.get(session=session, person=zhang).passed
    assert "合格率" in _html(client.get(reverse("personnel:exams")))
