"""The demo district's year of 行政强制: the counts at the small scale, and rows that obey what the coercion guards
enforce — two certified officers on every on-site step, the audio/video record and the inventory in two copies,
the period computed with the calendar and extended at most once, the emergency report within 24 hours, the court
window, no execution at night or on holidays — and a chain that verifies with one event per aggregate."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.coercion.domain import deadlines as dd
from zhifa.coercion.models import CoercionExecution, CoercionMeasure
from zhifa.coercion.workflow import EXECUTIONS, MEASURES, PREVIOUS
from zhifa.core.audit import verify_chain
from zhifa.core.calendar import work_calendar
from zhifa.core.models import AuditEvent
from zhifa.demo.tests.support import loaded_demo
from zhifa.personnel.models import Person
from zhifa.personnel.selectors import certificate_valid_on

TODAY = date(2026, 11, 22)
SMALL = 0.2

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The small demo, loaded once for the module's tests and rolled back after the last."""
    with django_db_blocker.unblock(), loaded_demo(scale=SMALL, today=TODAY, through="coercion") as counts:
        yield counts


def _cal(obj):
    return work_calendar(obj.organisation.region_code)


def test_the_year_has_its_size(demo):
    assert demo["coercion_measures"] == CoercionMeasure.objects.count() == round(125 * SMALL)
    assert 1 <= demo["coercion_executions"] == CoercionExecution.objects.count() <= round(32 * SMALL)
    kinds = set(CoercionMeasure.objects.values_list("kind", flat=True))
    assert {"seize", "seal"} <= kinds
    domains = set(CoercionMeasure.objects.values_list("matter_version__domain", flat=True))
    assert "market" in domains


def test_every_path_follows_the_tables(demo):
    for procedure, model in ((MEASURES, CoercionMeasure), (EXECUTIONS, CoercionExecution)):
        for obj in model.objects.prefetch_related("steps"):
            state = procedure.initial
            for s in obj.steps.all():
                step = procedure.step(s.action)
                assert state in step.sources, (obj.number, s.action, state)
                assert s.to_state == (state if step.target in (None, PREVIOUS) else step.target)
                state = s.to_state
            assert obj.state == state


def test_on_site_steps_have_two_certified_officers_a_recording_and_the_inventory(demo):
    for m in CoercionMeasure.objects.select_related("organisation").prefetch_related("steps"):
        site = next(s for s in m.steps.all() if s.action in ("implement", "implement_emergency"))
        ids = {o["id"] for o in site.officers}
        assert len(ids) >= 2
        for person in Person.objects.filter(pk__in=ids):
            assert (
                not person.is_auxiliary
                and certificate_valid_on(person, m.organisation, site.on)[0] is not None
            )
        assert m.implemented_on == site.on
        if m.kind in ("seize", "seal"):
            assert m.av_file_id and m.av_file.content_type == "video/mp4"
            assert m.inventory and m.inventory_copies == 2 and m.inventory_delivered
        assert m.party_notified and (m.party_present or m.witness_name)


def test_periods_are_computed_extended_once_and_kept(demo):
    for m in (
        CoercionMeasure.objects.exclude(kind="other").select_related("organisation").prefetch_related("steps")
    ):
        assert m.extension_days <= 30 and sum(s.action == "extend" for s in m.steps.all()) <= 1
        expected = dd.period_end(m.implemented_on, base_days=30, extension_days=m.extension_days, excluded_days=0,
                                 cal=_cal(m))  # fmt: skip
        assert m.ends_on == expected
        assert m.deadlines.filter(kind="period", status="running").count() <= 1
        ended = m.released_on or m.disposed_on
        if ended:
            assert ended <= m.ends_on
        if m.state == "in_force":
            assert m.deadlines.get(kind="period", status="running").due_on == m.ends_on
        if m.disposal == "confiscate":
            assert m.case_id and m.case.decided_on <= m.disposed_on


def test_emergency_measures_were_reported_within_24_hours(demo):
    for m in CoercionMeasure.objects.filter(emergency=True):
        assert dd.reported_in_time(m.implemented_at, m.reported_at)


def test_executions_keep_the_court_window_and_the_daytime_rule(demo):
    assert CoercionExecution.objects.exists()
    for e in CoercionExecution.objects.select_related("organisation"):
        cal = _cal(e)
        assert e.obligation_due_on < e.reminder_served_on <= e.reminder_deadline
        if e.court_applied_on:
            w = dd.court_window(reminder_served=e.reminder_served_on, decision_served=e.decision_served_on,
                                review_days=60, suit_months=6, cal=cal)  # fmt: skip
            assert w.earliest <= e.court_applied_on <= w.latest and not e.direct_power
        if e.executed_at:
            from django.utils import timezone

            at = timezone.localtime(e.executed_at)
            assert not dd.is_statutory_holiday(at.date(), cal, weekend_is_holiday=True)
            assert 6 <= at.hour < 22 and e.av_file_id and e.direct_power
        if e.principal:
            assert e.surcharge_amount <= e.principal


def test_the_chain_verifies_with_one_event_per_aggregate(demo):
    assert verify_chain().problem is None
    measures = AuditEvent.objects.filter(action="coercion.measure.import_demo")
    assert measures.count() == CoercionMeasure.objects.count()
    assert (
        AuditEvent.objects.filter(action="coercion.execution.import_demo").count()
        == CoercionExecution.objects.count()
    )
    m = CoercionMeasure.objects.filter(av_file__isnull=False).first()
    assert measures.get(object_id=str(m.pk)).after["av_sha256"] == m.av_file.sha256
