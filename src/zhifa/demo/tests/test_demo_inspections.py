"""The demo district's year of inspections: seed 003's size, every history a walk the procedure table allows, the
rules the guards enforce (published items of the body, two certified officers, the checklist answered, the annual
cap, the recording), the deadlines as the pure functions compute them, inspections that opened a case linked to
it, a chain that verifies, and a demo inspection the service takes on.

The demo is loaded once for the module (at the small scale the other demo tests use) and rolled back after its
last test; each test runs in a savepoint inside it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.cases.constants import ClueOrigin
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.core.audit import verify_chain
from zhifa.core.calendar import work_calendar
from zhifa.core.parameters import get_param
from zhifa.demo import data as D
from zhifa.demo.tests.support import loaded_demo
from zhifa.inspections import parameters as P
from zhifa.inspections.constants import CAP_EXEMPT_TRIGGERS, InspectionResult
from zhifa.inspections.domain import deadlines as dl
from zhifa.inspections.guards import av_required
from zhifa.inspections.models import Inspection, InspectionState, InspectionStep
from zhifa.inspections.schemas import Conclude
from zhifa.inspections.services import inspection_step
from zhifa.inspections.workflow import INSPECTION
from zhifa.personnel.models import Person

TODAY = date(2026, 11, 22)
SMALL = 0.2
YEAR = 31800 * SMALL  # seed 003: 31,787 inspections in the year

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The small demo, loaded once for the module's tests and rolled back after the last."""
    with django_db_blocker.unblock(), loaded_demo(scale=SMALL, today=TODAY, through="inspections") as counts:
        yield counts


def _with_steps():
    return Inspection.objects.select_related("matter_version", "organisation").prefetch_related(
        "steps", "deadlines"
    )


def test_it_loads_about_seed_003_s_year_of_inspections(demo):
    n = Inspection.objects.count()
    assert demo["inspections"] == n and 0.97 * YEAR <= n <= YEAR
    results = Counter(Inspection.objects.values_list("result", flat=True))
    assert results[InspectionResult.NO_PROBLEM] > 0.7 * n
    assert (
        0.05 * n
        < results[InspectionResult.CORRECTION] + Inspection.objects.filter(corrected__isnull=False).count()
    )
    assert 0 < results[InspectionResult.CASE] < 0.05 * n and results[InspectionResult.REFERRED] > 0
    states = set(Inspection.objects.values_list("state", flat=True))
    assert states >= {
        "closed",
        "correcting",
        "not_corrected",
        "case_opened",
        "referred",
        "recorded",
        "pending",
    }


def test_every_history_is_a_walk_the_table_allows(demo):
    for i in _with_steps().iterator(chunk_size=500):
        state, last = INSPECTION.initial, date.min
        for s in i.steps.all():
            step = INSPECTION.step(s.action)
            assert state in step.sources and s.from_state == state, (i.number, s.action, state)
            state = step.target or state
            assert s.to_state == state and s.on >= last and s.on <= TODAY, (i.number, s.action)
            last = s.on
        assert i.state == state, i.number


def test_every_inspection_is_on_a_published_item_of_its_body_with_two_certified_officers(demo):
    auxiliary = set(Person.objects.filter(staff_type="auxiliary").values_list("pk", flat=True))
    published = {}
    for i in _with_steps().iterator(chunk_size=500):
        key = (i.organisation_id, i.planned_on)
        if key not in published:
            versions = matters_exercised_by(i.organisation, i.steps.all()[0].on).filter(inspection_item=True)
            published[key] = set(versions.values_list("matter_id", flat=True))
        assert i.matter_id in published[key], i.number
        for s in i.steps.all():
            if INSPECTION.step(s.action).officers:
                ids = [o["id"] for o in s.officers]
                assert len(set(ids)) == 2 and all(o["certificate"] for o in s.officers), (i.number, s.action)
                assert not set(ids) & auxiliary


def test_every_record_answers_the_whole_checklist_and_carries_its_recording(demo):
    for i in _with_steps().filter(failed_items__gte=0).exclude(state__in=["pending", "approved", "notified",
                                                                          "on_site"]):  # fmt: skip
        record = next(s for s in i.steps.all() if s.action == "record")
        assert [e["item"] for e in record.data["checklist"]] == list(i.matter_version.checklist), i.number
        assert sum(e["answer"] == "fail" for e in record.data["checklist"]) == i.failed_items
        if av_required(i.matter_version, i.trigger):
            assert i.av_record_id and record.data["recording"]["sha256"] == i.av_record.sha256, i.number
    assert not Inspection.objects.filter(result=InspectionResult.NO_PROBLEM, failed_items__gt=0).exists()
    assert not Inspection.objects.filter(result=InspectionResult.CORRECTION, failed_items=0).exists()


def test_routine_inspections_keep_to_the_annual_cap(demo):
    """In the order they were registered, an inspection beyond the cap is a complaint, assignment or special
    campaign with a reason (guard INS-006)."""
    cap = int(get_param(P.ANNUAL_CAP))
    seen = Counter()
    registered = InspectionStep.objects.filter(action="register").order_by("on", "at", "pk").exclude(
        inspection__state__in=[InspectionState.NOT_APPROVED, InspectionState.CANCELLED])  # fmt: skip
    fields = ("inspection__organisation", "inspection__party", "inspection__year", "inspection__trigger",
              "inspection__trigger_reason")  # fmt: skip
    over = 0
    for body, party, year, trigger, reason in registered.values_list(*fields):
        seen[(body, party, year)] += 1
        if seen[(body, party, year)] > cap:
            over += 1
            assert trigger in CAP_EXEMPT_TRIGGERS and reason, (body, party, year)
    assert over > 0  # the district has enterprises visited on complaints after their routine visits


def test_deadlines_are_the_pure_functions_results(demo):
    cal = work_calendar(D.DEMO_REGION)
    days = {"publicity": int(get_param(P.PUBLICITY_DAYS)), "recheck": int(get_param(P.RECHECK_DAYS))}
    checked = 0
    for i in _with_steps().filter(result__gt="")[:800]:
        for d in i.deadlines.all():
            if d.kind == "publicity":
                assert d.due_on == dl.publicity_due(d.starts_on, days["publicity"], cal), i.number
            elif d.kind == "correction":
                order = next(s for s in i.steps.all() if s.action == "order_correction")
                assert (
                    d.due_on
                    == dl.correction_due(d.starts_on, order.data["correction_days"], cal)
                    == i.correction_due
                )
            else:
                assert d.due_on == dl.recheck_due(i.correction_due, days["recheck"], cal), i.number
            checked += 1
            assert (d.status == "met") == any(
                d.kind in INSPECTION.step(s.action).stops for s in i.steps.all()
            )
    assert checked > 500


def test_inspections_that_opened_a_case_are_linked_to_it(demo):
    linked = Inspection.objects.filter(case__isnull=False).select_related("case")
    assert linked.count() == demo["inspections_with_case"] > 0
    for i in linked:
        case = i.case
        assert case.origin == ClueOrigin.INSPECTION and case.party_id == i.party_id
        assert case.organisation_id == i.organisation_id and i.state == InspectionState.CASE_OPENED
        assert i.steps.get(action="open_case").on == case.received_on
    assert len(set(linked.values_list("case", flat=True))) == linked.count()


def test_the_chain_verifies_with_one_event_per_inspection(demo):
    from zhifa.core.models import AuditEvent

    report = verify_chain()
    assert report.ok, report.problem
    assert AuditEvent.objects.filter(action="inspection.import_demo").count() == Inspection.objects.count()


def test_the_service_takes_a_demo_inspection_on(demo):
    i = Inspection.objects.filter(state=InspectionState.RECORDED, failed_items=0).order_by("pk").first()
    user = UserFactory(officer=True, organisation=i.organisation, username="insp_demo_officer")
    on = max(TODAY, i.steps.last().on)
    done = inspection_step(inspection=i, action="conclude", facts=Conclude(on=on), by=actor_of(user))
    assert done.state == InspectionState.CLOSED and done.deadlines.filter(kind="publicity").exists()
