"""Loading the demo district: the same district for the same seed, another for another seed, one load per
database, and the full-scale district's people and certificates. These tests load only the parts they read
(``through``): the later parts (the year of cases, licences, inspections) leave the earlier ones unchanged."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import transaction

from zhifa.core.exceptions import DomainError
from zhifa.core.models import Region
from zhifa.core.region_services import region_known, region_name, regions_load
from zhifa.demo.loader import demo_loaded, load_demo
from zhifa.organisations.constants import Category, OrgStatus
from zhifa.organisations.models import Organisation
from zhifa.personnel.models import Certificate, CertificateEvent, ExamResult, Person
from zhifa.personnel.selectors import exam_session_stats
from zhifa.personnel.workflow import CertState

TODAY = date(2026, 11, 22)
SMALL = 0.2

pytestmark = pytest.mark.django_db


def _numbers_and_ids() -> tuple[list[str], list[str]]:
    numbers = list(
        Certificate.objects.exclude(number=None).order_by("number").values_list("number", flat=True)
    )
    ids = list(Person.objects.order_by("id_number").values_list("id_number", flat=True))
    return numbers, ids


def test_it_gives_the_same_district_for_the_same_seed_and_day():
    with transaction.atomic():
        load_demo(seed=11, scale=SMALL, today=TODAY, through="assessments")
        first = _numbers_and_ids()
        transaction.set_rollback(True)
    load_demo(seed=11, scale=SMALL, today=TODAY, through="assessments")
    assert _numbers_and_ids() == first
    assert first[0][0].startswith("4399012022")


def test_it_gives_another_district_for_another_seed():
    with transaction.atomic():
        load_demo(seed=1, scale=SMALL, today=TODAY, through="assessments")
        first = _numbers_and_ids()
        transaction.set_rollback(True)
    load_demo(seed=2, scale=SMALL, today=TODAY, through="assessments")
    assert _numbers_and_ids()[1] != first[1]


def test_it_flips_demo_loaded_and_refuses_a_second_load():
    assert not demo_loaded()
    load_demo(scale=SMALL, today=TODAY, through="organisations")
    assert demo_loaded()
    with pytest.raises(DomainError):
        load_demo(scale=SMALL, today=TODAY, through="organisations")


def test_it_loads_the_district_at_full_scale():
    counts = load_demo(today=TODAY, through="assessments")
    bodies = Organisation.objects.filter(category=Category.BODY)
    assert bodies.filter(status=OrgStatus.ACTIVE).count() == 29
    assert bodies.filter(status=OrgStatus.ABOLISHED).count() == 1
    assert Organisation.objects.filter(category=Category.STREET).count() == counts["streets"] == 18
    assert 640 <= counts["people"] <= 720
    assert Person.objects.filter(post="法制审核员").count() == 33
    assert Person.objects.filter(has_legal_qualification=True).count() == 4
    recent = ExamResult.objects.order_by("-session__held_on").first().session
    assert exam_session_stats(recent) == {"candidates": 665, "sat": 665, "passed": 409, "pass_rate": 61.5}
    assert Certificate.objects.filter(state=CertState.CANCELLED).count() == 23
    assert Certificate.objects.filter(state=CertState.REPLACED, replaced_by__isnull=False).count() == 4
    assert CertificateEvent.objects.filter(action="transfer").count() == 2
    assert not Certificate.objects.filter(
        organisation__status=OrgStatus.ABOLISHED, state__in=[CertState.VALID, CertState.SUSPENDED]
    ).exists()


def test_it_merges_duplicate_region_names_and_loads_idempotently():
    added = regions_load()
    assert added > 3000
    assert regions_load() == 0
    row = Region.objects.get(code="511401", name="市辖区")
    assert (row.valid_from_year, row.valid_until_year) == (1995, None)
    assert region_name("431102") == "零陵区"
    assert region_known("431103") and not region_known("439901")
