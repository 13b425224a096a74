"""The demo district's catalog and benchmarks: the size the issue asks for, every row passing the same checks
the services apply, citations linked to the law library, and registers the reports can read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from zhifa.cases.models import Case
from zhifa.catalog.constants import MatterKind, StreetDelegation
from zhifa.catalog.models import MatterBasis, MatterVersion
from zhifa.catalog.services import check_publishable
from zhifa.demo.catalog import all_specs
from zhifa.demo.tests.support import loaded_demo
from zhifa.discretion.constants import BenchmarkMode
from zhifa.discretion.models import Benchmark
from zhifa.discretion.services import check_table, check_within_superior
from zhifa.discretion.workflow import BenchmarkState

TODAY = date(2026, 11, 22)
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def specs():
    return all_specs()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The small demo, loaded once for the module's tests and rolled back after the last."""
    with django_db_blocker.unblock(), loaded_demo(scale=0.2, today=TODAY) as counts:
        yield counts


def test_the_specs_have_the_size_the_issue_asks_for(specs):
    matters, benchmarks = specs
    codes = [m.code for m in matters]
    assert len(matters) >= 150 and len(set(codes)) == len(codes)
    assert len({m.domain for m in matters}) >= 6
    penalty = {m.code for m in matters if m.kind == MatterKind.PENALTY}
    assert len({b.matter_code for b in benchmarks} & penalty) >= 40
    assert all(b.matter_code in penalty for b in benchmarks)


def test_every_published_matter_passes_the_publication_checks(demo):
    versions = (
        MatterVersion.objects.filter(status="published")
        .prefetch_related("bodies")
        .select_related("matter", "entrustment")
    )
    assert MatterVersion.objects.filter(status="draft").count() == 1  # one revision waits for publication
    for version in versions:  # as on the day each was published; raises DomainError on the first rule broken
        check_publishable(version, version.published_at.date())
    entrusted = versions.filter(street_delegation=StreetDelegation.ENTRUSTED)
    assert entrusted.count() == 2 and all(v.entrustment.is_effective_on(v.valid_from) for v in entrusted)


def test_every_benchmark_is_filed_inside_the_statute_and_its_superior(demo):
    benchmarks = Benchmark.objects.select_related("parent", "matter").prefetch_related("tiers")
    filed = benchmarks.filter(status=BenchmarkState.FILED)
    assert filed.count() >= 40
    assert benchmarks.filter(status=BenchmarkState.SUBMITTED).count() == 2  # the 司法局's filing queue
    for b in benchmarks:
        check_table(b)
        check_within_superior(b)
    assert benchmarks.filter(mode=BenchmarkMode.REFINED).count() >= 3


@pytest.mark.skipif(not Path(settings.LAWS_DIR).is_dir(), reason="法规文本目录不存在（ZHIFA_LAWS_DIR）")
def test_citations_open_their_articles_when_the_law_library_is_loaded(demo):
    """Every basis citing a law the library holds opens its article; the few matters of the other recorded acts
    (不动产登记, 婚姻登记 …) cite laws the shipped library does not hold, and stay plain text."""
    from zhifa.laws.models import Law

    bases = MatterBasis.objects.all()
    assert bases.exists()
    held = {t for law in Law.objects.all() for t in (law.title, law.short_title) if t}
    unresolved = [b.citation for b in bases.filter(article__isnull=True)]
    assert [c for c in unresolved if c.split("》")[0].removeprefix("《") in held] == []
    assert len(unresolved) <= 13


def test_the_case_register_has_five_years_and_unused_matters(demo):
    with_cases = Case.objects.values("matter").distinct().count()
    assert 0 < with_cases < MatterVersion.objects.count()
    assert Case.objects.filter(organisation__category="street").exists()
