"""Clean-up reports (五年未发生, 交叉重复) and the delegation report (街道接不住), over Case and Complaint rows
created directly."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from zhifa.cases.models import Case
from zhifa.catalog.constants import StreetDelegation
from zhifa.catalog.reports import delegation_report, repeated_matters, unused_matters
from zhifa.catalog.tests.factories import MatterVersionFactory
from zhifa.organisations.tests.factories import OrganisationFactory
from zhifa.supervision.models import Complaint

pytestmark = pytest.mark.django_db
_numbers = count(1)


def make_case(version, organisation, registered_on: date, *, due_on=None, closed_on=None) -> Case:
    return Case.objects.create(
        number=f"测案〔{registered_on.year}〕{next(_numbers)}号", organisation=organisation, matter=version.matter,
        matter_version=version, title="测试案件", registered_on=registered_on, due_on=due_on, closed_on=closed_on,
    )  # fmt: skip


def make_complaint(version, organisation, received_on: date) -> Complaint:
    return Complaint.objects.create(
        number=f"12345-{next(_numbers)}", channel="12345", organisation=organisation, matter=version.matter,
        summary="执法不作为", received_on=received_on,
    )  # fmt: skip


# --- 五年未发生 -------------------------------------------------------------------------------------------------


def test_it_lists_a_matter_without_a_case_in_five_years_and_omits_one_with_a_recent_case(today, body_a):
    idle = MatterVersionFactory(bodies=[body_a])
    old_case = MatterVersionFactory(bodies=[body_a])
    busy = MatterVersionFactory(bodies=[body_a])
    make_case(old_case, body_a, date(2020, 3, 1))
    make_case(busy, body_a, date(2025, 10, 8))  # last year
    rows = {r.version.pk: r for r in unused_matters(today=today)}
    assert set(rows) == {idle.pk, old_case.pk}
    assert rows[idle.pk].last_case_on is None
    assert rows[old_case.pk].last_case_on == date(2020, 3, 1)
    assert not rows[idle.pk].listed_recently


def test_it_notes_a_matter_listed_for_less_than_the_period(today, body_a):
    recent = MatterVersionFactory(bodies=[body_a], valid_from=date(2025, 1, 1))
    (row,) = unused_matters(today=today)
    assert row.version == recent and row.listed_recently


def test_it_ignores_drafts_and_repealed_matters(today, body_a):
    MatterVersionFactory(bodies=[body_a], draft=True)
    MatterVersionFactory(bodies=[body_a], status="repealed", valid_until=date(2026, 1, 1))
    assert unused_matters(today=today) == []


# --- 交叉重复 ---------------------------------------------------------------------------------------------------


def test_it_finds_the_same_name_under_two_codes_and_a_matter_of_two_departments(
    today, body_a, body_b, street
):
    one = MatterVersionFactory(bodies=[body_a], name="对无证经营的行政处罚")
    two = MatterVersionFactory(bodies=[body_b], name="对 无证经营 的行政处罚。")
    shared = MatterVersionFactory(bodies=[body_a, body_b], name="对违法排污的行政处罚")
    MatterVersionFactory(bodies=[body_a, street], name="对占道经营的行政处罚", street_delegation="delegated")
    rows = {r.version.pk: r for r in repeated_matters(today=today)}
    assert set(rows) == {one.pk, two.pk, shared.pk}
    assert rows[one.pk].same_name_codes == [two.matter.basic_code]
    assert "2 个部门共同实施" in rows[shared.pk].reasons[0]


# --- 下放事项评估 -----------------------------------------------------------------------------------------------


@pytest.fixture
def streets(bureau):
    return [OrganisationFactory(street=True, name=f"测试{n}街道办事处") for n in ("东", "西", "南", "北")]


def test_it_flags_streets_that_cannot_cope(today, body_a, streets):
    east, west, south, north = streets
    version = MatterVersionFactory(bodies=[body_a, *streets], street_delegation=StreetDelegation.DELEGATED)
    due = today - timedelta(days=30)
    for closed_on in (due + timedelta(days=5), None, due, due):  # east: 2 of 4 overdue
        make_case(version, east, today - timedelta(days=60), due_on=due, closed_on=closed_on)
    for _ in range(4):  # west: 4 cases on time
        make_case(version, west, today - timedelta(days=60), due_on=due, closed_on=due - timedelta(days=1))
    make_case(version, north, today - timedelta(days=400))  # north: only an old case
    make_case(version, south, today - timedelta(days=10))
    for _ in range(3):
        make_complaint(version, south, today - timedelta(days=20))
    rows = {r.street.pk: r for r in delegation_report(today=today)}
    assert set(rows) == {s.pk for s in streets}
    assert (rows[east.pk].cases, rows[east.pk].overdue, rows[east.pk].overdue_share) == (4, 2, 0.5)
    assert rows[east.pk].reasons == ["超期率 50% ≥ 30%"]
    assert not rows[west.pk].struggling
    assert rows[north.pk].reasons == ["期内无案件"]
    assert rows[south.pk].reasons == ["投诉 3 件 ≥ 3 件"]
    assert not delegation_report(today=today, complaint_threshold=4, overdue_threshold=0.6)[0].struggling


def test_cases_of_a_street_team_count_for_its_street_and_entrusted_streets_are_included(
    today, body_a, street, street_team
):
    from zhifa.organisations.tests.factories import EntrustmentFactory

    entrustment = EntrustmentFactory(entrusting=body_a, entrusted=street)
    version = MatterVersionFactory(bodies=[body_a], street_delegation="entrusted", entrustment=entrustment)
    make_case(version, street_team, today - timedelta(days=3))
    (row,) = delegation_report(today=today)
    assert (row.street, row.cases, row.struggling) == (street, 1, False)


def test_the_delegation_report_runs_a_fixed_number_of_queries(today, body_a, streets):
    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            delegation_report(today=today)
            unused_matters(today=today)
            repeated_matters(today=today)
        return len(ctx.captured_queries)

    MatterVersionFactory(bodies=[body_a, streets[0]], street_delegation="delegated")
    few = queries()
    for street in streets:
        version = MatterVersionFactory(bodies=[body_a, street], street_delegation="delegated")
        make_case(version, street, today - timedelta(days=5))
    assert queries() == few
