"""The demo district's year of 行政许可: seed 003's count at the demo's scale, every history a path the tables
allow, the periods of 《行政许可法》 computed as the services compute them, two certified officers on every on-site
verification, 文号 series the services continue, and a chain that verifies.

The demo is loaded once for the module (at the small scale the other demo tests use) and rolled back after its
last test.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from django.db.models import F

from zhifa.core.audit import verify_chain
from zhifa.core.calendar import work_calendar
from zhifa.core.models import AuditEvent
from zhifa.demo.licences import LICENCES
from zhifa.demo.tests.support import loaded_demo
from zhifa.licensing.constants import NUMBER_WORDS
from zhifa.licensing.domain import deadlines as dl
from zhifa.licensing.effects import number
from zhifa.licensing.models import (
    Licence,
    LicenceApplication,
    LicenceApplicationStep,
    LicenceNumberSeries,
    LicenceStep,
)
from zhifa.licensing.workflow import APPLICATION, LICENCE, PREVIOUS
from zhifa.organisations.models import Organisation
from zhifa.personnel.models import Person
from zhifa.personnel.selectors import certificate_valid_on

TODAY = date(2026, 11, 22)
SMALL = 0.2

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The small demo, loaded once for the module's tests and rolled back after the last."""
    with django_db_blocker.unblock(), loaded_demo(scale=SMALL, today=TODAY, through="licences") as counts:
        yield counts


def _cal():
    return work_calendar(Organisation.objects.exclude(region_code="").first().region_code)


def _histories(model, parent: str) -> dict[int, list[tuple]]:
    rows = defaultdict(list)
    fields = (parent, "action", "from_state", "to_state", "on", "officers", "data")
    for r in model.objects.order_by(parent, "at", "id").values_list(*fields):
        rows[r[0]].append(r[1:])
    return rows


def test_the_year_has_seed_003s_count_of_licences(demo):
    assert demo["licences"] == Licence.objects.count() == round(LICENCES * SMALL)
    assert demo["licence_applications"] == LicenceApplication.objects.count() > demo["licences"]
    assert demo["licence_application_steps"] == LicenceApplicationStep.objects.count()
    assert demo["licence_steps"] == LicenceStep.objects.count()
    apps = LicenceApplication.objects
    assert apps.filter(received_on__gt=TODAY).count() == 0
    assert apps.values("organisation").distinct().count() >= 3
    states = set(apps.values_list("state", flat=True))
    assert {
        "received",
        "accepted",
        "issued",
        "refused",
        "not_accepted",
        "withdrawn",
        "supplemented",
    } <= states
    assert set(Licence.objects.values_list("state", flat=True)) >= {
        "valid",
        "changed",
        "renewed",
        "deemed_renewed",
        "renewal_pending",
        "revoked",
        "expired",
        "cancelled",
    }
    assert 0.9 <= Licence.objects.filter(issued_on__gt=date(2025, 11, 22)).count() / demo["licences"] <= 1


def test_every_history_is_a_path_the_tables_allow(demo):
    for model, parent, procedure in ((LicenceApplicationStep, "application_id", APPLICATION),
                                     (LicenceStep, "licence_id", LICENCE)):  # fmt: skip
        for steps in _histories(model, parent).values():
            state, before_pause = procedure.initial, None
            for action, from_state, to_state, _on, _officers, _data in steps:
                step = procedure.step(action)
                assert from_state == state and state in step.sources, (action, state)
                if step.target == PREVIOUS:
                    assert to_state == before_pause
                else:
                    assert to_state == (step.target or state)
                if action in ("pause", "apply_renewal"):
                    before_pause = state
                state = to_state
    ends = dict(LicenceApplication.objects.values_list("pk", "state"))
    for app_id, steps in _histories(LicenceApplicationStep, "application_id").items():
        assert steps[-1][2] == ends[app_id]


def test_acceptance_is_on_time_or_deemed_from_receipt(demo):
    cal = _cal()
    deemed = 0
    for app in LicenceApplication.objects.filter(accepted_on__isnull=False).only(
            "received_on", "accepted_on", "deemed_accepted", "completion_requested_on"):  # fmt: skip
        accept = app.steps.get(action="accept")
        due = dl.acceptance_due(app.received_on, cal)
        if app.deemed_accepted:
            deemed += 1
            assert accept.on > due and app.accepted_on == app.received_on and accept.data["deemed"] is True
            assert app.completion_requested_on is None
        else:
            assert app.accepted_on == accept.on
            assert app.completion_requested_on is not None or accept.on <= due
        if app.completion_requested_on:
            assert app.completion_requested_on <= due
    assert deemed == demo["licence_applications_deemed_accepted"] > 0


def test_the_decision_and_certificate_periods_are_computed_as_the_service_computes_them(demo):
    cal = _cal()
    apps = LicenceApplication.objects.filter(accepted_on__isnull=False).prefetch_related("deadlines")
    for app in apps:
        rows = sorted((d for d in app.deadlines.all() if d.kind == "decision"), key=lambda d: d.pk)
        start = dl.decision_start(app.received_on, app.accepted_on, app.deemed_accepted)
        due = dl.decision_due(start, cal, extended=app.extended_on is not None, excluded=app.excluded_days)
        assert rows[-1].due_on == due, app.number
        assert [d.status for d in rows[:-1]] == ["cancelled"] * (len(rows) - 1)
        if app.decided_on:
            assert rows[-1].status == "met" and rows[-1].met_on == app.decided_on
        if app.decision == "granted":
            cert = next(d for d in app.deadlines.all() if d.kind == "certificate")
            assert cert.due_on == dl.certificate_due(app.decided_on, cal)
    assert apps.filter(excluded_days__gt=0).exists() and apps.filter(extended_on__isnull=False).exists()


def test_every_on_site_verification_has_two_officers_certified_for_the_body_that_day(demo):
    reviews = LicenceApplicationStep.objects.filter(action="review").select_related(
        "application__organisation"
    )
    assert reviews.exists()
    people = Person.objects.in_bulk()
    for row in reviews.order_by("id")[:300]:
        assert len(row.officers) == 2 and row.data["on_site"] is True
        for officer in row.officers:
            cert, why = certificate_valid_on(people[officer["id"]], row.application.organisation, row.on)
            assert cert is not None and cert.number == officer["certificate"], why


def test_refusals_carry_reasons_and_remedies_and_grants_their_licence(demo):
    refused = LicenceApplication.objects.filter(decision="refused")
    assert refused.exists()
    assert not refused.filter(refusal_reasons="").exists() and not refused.filter(remedies="").exists()
    issued = LicenceApplication.objects.filter(state="issued")
    assert issued.count() == Licence.objects.count()
    assert not Licence.objects.exclude(holder_id=F("application__applicant_id")).exists()


def test_deemed_renewals_come_after_expiry_for_the_same_term(demo):
    deemed = LicenceStep.objects.filter(action="deem_renewed").select_related("licence")
    assert deemed.count() == demo["licences_deemed_renewed"] > 0
    for row in deemed:
        previous = date.fromisoformat(row.data["previous_valid_until"])
        assert row.on > previous
        assert row.licence.valid_until == dl.renewed_until(row.licence.valid_from, previous)
    for row in LicenceStep.objects.filter(action="renew").select_related("licence")[:200]:
        assert row.on <= date.fromisoformat(row.data["previous_valid_until"])


def test_the_services_continue_the_number_series(demo):
    series = (
        LicenceNumberSeries.objects.filter(kind="lic_grant")
        .select_related("organisation")
        .order_by("-last")
        .first()
    )
    org, year = series.organisation, series.year
    numbers = LicenceApplication.objects.filter(organisation=org, decided_on__year=year, decision="granted")
    assert numbers.count() == series.last
    assert number(org, year, "lic_grant").endswith(
        f"{NUMBER_WORDS['lic_grant']}〔{year}〕{series.last + 1}号"
    )
    assert Licence.objects.values("number").distinct().count() == Licence.objects.count()


def test_the_chain_verifies_with_one_event_per_application(demo):
    report = verify_chain()
    assert report.ok, report.problem
    assert (
        AuditEvent.objects.filter(action="licence_application.import_demo").count()
        == demo["licence_applications"]
    )
