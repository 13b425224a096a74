"""The demo district: every certificate state, a chain that verifies, valid identifiers, the same district for
the same seed, and accounts that log in."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from django.db import models
from django.http import HttpRequest

from zhifa.accounts.models import User
from zhifa.core.audit import verify_chain
from zhifa.core.models import AuditEvent
from zhifa.core.region_services import region_known
from zhifa.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD
from zhifa.demo.tests.support import loaded_demo
from zhifa.organisations.models import Entrustment, Organisation
from zhifa.personnel.constants import AssessmentResult, StaffType
from zhifa.personnel.models import AnnualAssessment, Certificate, CertificateEvent, ExamResult, Person
from zhifa.personnel.workflow import TRANSITIONS, CertState
from zhifa.utils.validators import check_resident_id, check_uscc

TODAY = date(2026, 11, 22)
SMALL = 0.2

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def small_demo(django_db_setup, django_db_blocker) -> dict[str, int]:
    """The small demo, loaded once for the module's tests and rolled back after the last."""
    with django_db_blocker.unblock(), loaded_demo(scale=SMALL, today=TODAY) as counts:
        yield counts


def _numbers_and_ids() -> tuple[list[str], list[str]]:
    numbers = list(
        Certificate.objects.exclude(number=None).order_by("number").values_list("number", flat=True)
    )
    ids = list(Person.objects.order_by("id_number").values_list("id_number", flat=True))
    return numbers, ids


def test_it_produces_every_certificate_state(small_demo):
    states = set(Certificate.objects.values_list("state", flat=True))
    assert states == set(CertState.values)


def test_it_puts_every_certificate_step_on_a_chain_that_verifies(small_demo):
    report = verify_chain()
    assert report.ok, report.problem
    assert report.count == small_demo["audit_events"]
    on_chain = AuditEvent.objects.filter(object_type="personnel.certificate").count()
    assert on_chain == CertificateEvent.objects.count() == small_demo["certificate_events"]
    assert AuditEvent.objects.filter(action="demo.load").count() == 1


def test_it_records_histories_the_transition_table_allows(small_demo):
    for cert in Certificate.objects.prefetch_related("events"):
        events = list(cert.events.all())
        assert events[-1].to_state == cert.state
        for before, after in pairwise(events):
            assert after.from_state == before.to_state and before.at < after.at
        for event in events[1:] if events[0].action in ("apply", "reissued") else events:
            rule = TRANSITIONS[event.action]
            assert event.from_state in rule.sources and event.to_state == rule.target, event.action


def test_it_generates_valid_credit_codes_and_id_numbers(small_demo):
    codes = list(Organisation.objects.exclude(uscc=None).values_list("uscc", flat=True))
    assert codes and all(check_uscc(c).ok and not check_uscc(c).warnings for c in codes)
    ids = list(Person.objects.values_list("id_number", flat=True))
    checks = [check_resident_id(i, today=TODAY, region_known=region_known) for i in ids]
    assert all(c.ok and not c.warnings for c in checks)
    assert len(set(ids)) == len(ids)


def test_it_never_gives_an_auxiliary_a_certificate(small_demo):
    assert Person.objects.filter(staff_type=StaffType.AUXILIARY).exists()
    assert not Certificate.objects.filter(person__staff_type=StaffType.AUXILIARY).exists()


def test_it_only_certifies_people_who_passed_the_exam(small_demo):
    holders = set(Certificate.objects.exclude(number=None).values_list("person_id", flat=True))
    passed = set(ExamResult.objects.filter(passed=True).values_list("person_id", flat=True))
    assert holders <= passed


def test_it_suspends_exactly_the_officers_who_failed_the_assessment(small_demo):
    failed = set(
        AnnualAssessment.objects.filter(result=AssessmentResult.FAILED).values_list("person_id", flat=True)
    )
    auto = CertificateEvent.objects.filter(action="suspend", actor_label__contains="年度考核不合格")
    assert len(failed) == 3
    assert set(auto.values_list("certificate__person_id", flat=True)) == failed
    assert all(c.state == CertState.SUSPENDED for c in Certificate.objects.filter(person_id__in=failed))


def test_it_lets_each_demo_account_log_in(small_demo, client):
    for account in DEMO_ACCOUNTS:
        # django-axes needs the request to count failed attempts.
        assert client.login(request=HttpRequest(), username=account.username, password=DEMO_PASSWORD)
    officer = User.objects.get(username="officer")
    assert officer.person.certificates.filter(state=CertState.VALID).exists()
    assert User.objects.get(username="admin").is_superuser


def test_it_keeps_an_expired_entrustment_with_its_letter(small_demo):
    entrustments = list(Entrustment.objects.select_related("letter"))
    assert any(not e.is_effective_on(TODAY) for e in entrustments)
    assert all(e.letter.content_type == "application/pdf" for e in entrustments)


# --- 行政执法公示 (issue 6) -------------------------------------------------------------------------------------


def test_every_decision_the_portal_publishes_has_its_publication(small_demo):
    from zhifa.publicity.sources import unpublished_sources

    assert small_demo["publications"] > 1000
    assert all(not ids for ids in unpublished_sources().values())


def test_no_published_record_carries_a_valid_id_or_phone_number(small_demo):
    import re

    from zhifa.publicity.models import Publication

    digits = re.compile(r"(?<!\d)(\d{17}[\dXx]|1[3-9]\d{9})(?!\d)")
    texts = Publication.objects.filter(state="published").values_list("content", flat=True)
    found = [m for content in texts for _label, value in content for m in digits.findall(value)]
    assert not [n for n in found if len(n) == 11 or check_resident_id(n).ok]


def test_the_year_leaves_overdue_and_late_records_and_an_ordered_feed(small_demo):
    from zhifa.publicity.models import FeedEntry, Publication

    assert Publication.objects.filter(state="pending", due_on__lt=TODAY).exists()  # the overdue list
    assert Publication.objects.filter(published_on__gt=models.F("due_on")).exists()  # timeliness below 100 %
    assert Publication.objects.filter(state="expired").exists()  # short periods have ended
    seqs = list(FeedEntry.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(1, len(seqs) + 1))
    ats = list(FeedEntry.objects.order_by("seq").values_list("at", flat=True))
    assert ats == sorted(ats)
