"""The demo district's year of penalty cases: every state of both procedure tables, seed 003's size, paths the
tables and guards allow, gap-free 文号 the service continues, and a chain that verifies.

The demo is loaded once for the module (at the small scale the other demo tests use) and rolled back after its
last test; each test runs in a savepoint inside it, so the steps a test takes are undone before the next.
"""

from __future__ import annotations

import io
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command

from zhifa.accounts.actors import Actor
from zhifa.accounts.models import User
from zhifa.accounts.tests.factories import UserFactory
from zhifa.cases import facts as F
from zhifa.cases.constants import (
    DOCUMENT_PREFIX,
    REVIEW_ITEMS,
    DeadlineStatus,
    DecisionOutcome,
    ProcedureCode,
)
from zhifa.cases.guards import av_step_required, case_certificate
from zhifa.cases.models import (
    Case,
    CaseDeadline,
    CaseOfficer,
    CaseStep,
    Discussion,
    Document,
    Hearing,
    LegalReview,
    NumberSeries,
)
from zhifa.cases.numbering import CASE_SERIES, body_word
from zhifa.cases.rendering import render_html
from zhifa.cases.services import case_step
from zhifa.cases.workflow import GENERAL, PREVIOUS, SIMPLE, PenaltyState
from zhifa.catalog.constants import StreetDelegation
from zhifa.core.audit import verify_chain
from zhifa.core.calendar import work_calendar
from zhifa.core.domain.workdays import add_working_days
from zhifa.core.models import AuditEvent
from zhifa.demo import data as D
from zhifa.demo import recordings as rec
from zhifa.demo.tests.support import loaded_demo
from zhifa.discretion.models import PartyViolation
from zhifa.evidence.archive import ARCHIVE_SERIES
from zhifa.evidence.casefile import casefile_pdf, gaps
from zhifa.evidence.models import CaseFile, EvidenceItem
from zhifa.evidence.schemas import EvidenceInput
from zhifa.evidence.services import evidence_add
from zhifa.organisations.constants import Category
from zhifa.organisations.models import Organisation
from zhifa.personnel.models import Person

TODAY = date(2026, 11, 22)
SMALL = 0.2
FILED, CLOSED = 1280 * SMALL, 1200 * SMALL  # seed 003's year at this scale

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The small demo, loaded once for the module's tests and rolled back after the last."""
    with django_db_blocker.unblock(), loaded_demo(scale=SMALL, today=TODAY, through="archive") as counts:
        yield counts


def _penalty():
    return Case.objects.exclude(procedure=ProcedureCode.REGISTER)


def _live_ids() -> set[int]:
    """Cases the demo logins took through ``case_step`` (the bulk year has one ``case.import_demo`` event each)."""
    created = AuditEvent.objects.filter(action__in=["case.register_clue", "case.decide_on_spot"])
    return {int(i) for i in created.values_list("object_id", flat=True)}


def _bulk():
    return _penalty().exclude(pk__in=_live_ids())


def _market() -> Organisation:
    return Organisation.objects.get(name=D.BODIES[0].name)


def _actor(username: str) -> Actor:
    return Actor.from_user(User.objects.select_related("organisation").get(username=username))


def test_every_state_of_both_tables_has_cases_and_the_demo_logins_have_one_in_each(demo):
    for procedure in (GENERAL, SIMPLE):
        states = set(procedure.states.values) - {procedure.initial}
        found = set(_penalty().filter(procedure=procedure.code).values_list("state", flat=True))
        assert found == states, procedure.code
        live = _penalty().filter(procedure=procedure.code, pk__in=_live_ids(), organisation=_market())
        assert set(live.values_list("state", flat=True)) == states, procedure.code
    assert demo["penalty_cases_live"] == len(_live_ids()) >= 23


def test_the_year_has_seed_003s_size(demo):
    year = TODAY - timedelta(days=365)
    penalty = _penalty()
    filed = penalty.filter(registered_on__gt=year)
    closed = penalty.filter(state=PenaltyState.CLOSED, closed_on__gt=year)
    assert abs(filed.count() - FILED) <= 0.1 * FILED
    assert abs(closed.count() - CLOSED) <= 0.1 * CLOSED
    assert 0.08 <= filed.filter(procedure=ProcedureCode.PENALTY_SIMPLE).count() / filed.count() <= 0.17
    assert penalty.filter(registered_on__lte=year - timedelta(days=20)).count() == 0  # a few from just before
    assert penalty.filter(registered_on__gt=TODAY).count() == 0
    assert penalty.values("organisation").distinct().count() >= 3
    assert (demo["penalty_cases"], demo["penalty_cases_filed"]) == (penalty.count(), filed.count())
    assert demo["penalty_cases_closed"] == closed.count()
    assert demo["case_steps"] == CaseStep.objects.count() and demo["documents"] == Document.objects.count()


def test_it_has_hearings_reviews_discussions_transfers_and_first_offences(demo):
    penalty = _penalty()
    assert Hearing.objects.filter(held_on__isnull=False, chair__isnull=False).exists()
    assert 0 < Hearing.objects.count() <= 0.06 * penalty.count()
    items = {code for code, _ in REVIEW_ITEMS}
    reviews = LegalReview.objects.exclude(opinion="").prefetch_related("findings")
    assert reviews.exists()
    for review in reviews:
        assert {f.item for f in review.findings.all()} == items
    assert Discussion.objects.exists()
    transfers = CaseStep.objects.filter(action="transfer").count()
    assert 0 < transfers <= 0.04 * penalty.count()
    spared = [
        c for c in penalty.filter(decision_outcome=DecisionOutcome.NO_PENALTY)
        if (c.proposal.get("recommendation") or {}).get("outcome") == "no_penalty"
    ]  # fmt: skip
    assert spared  # 首违不罚 (and 第三十三条 不予处罚), as the calculator recommended
    for case in spared:
        row = PartyViolation.objects.get(organisation=case.organisation, reference=case.decision_number)
        assert row.outcome == "no_penalty"
    for case in penalty.filter(decision_outcome=DecisionOutcome.PENALTY).select_related("party"):
        row = PartyViolation.objects.get(organisation=case.organisation, reference=case.decision_number)
        assert (row.decided_on, row.party_name, row.matter_id) == (
            case.decided_on,
            case.party.name,
            case.matter_id,
        )


def test_document_numbers_are_unique_and_every_series_is_gap_free(demo):
    numbers = list(Document.objects.exclude(number="").values_list("number", flat=True))
    assert len(numbers) == len(set(numbers))
    used = 0
    for series in NumberSeries.objects.select_related("organisation"):
        org = series.organisation
        if series.kind == CASE_SERIES:
            prefix = f"{org.region_code}-{org.pk}-{series.year}-"
            found = (
                _penalty()
                .filter(organisation=org, number__startswith=prefix)
                .values_list("number", flat=True)
            )
            serials = sorted(int(n.removeprefix(prefix)) for n in found)
        elif series.kind == ARCHIVE_SERIES:  # 档号: body·year·retention·serial
            found = CaseFile.objects.filter(case__organisation=org, archived_on__year=series.year)
            serials = sorted(int(n.rsplit("·", 1)[1]) for n in found.values_list("archive_number", flat=True))
        else:
            prefix = f"{body_word(org)}{DOCUMENT_PREFIX[series.kind]}〔{series.year}〕"
            docs = Document.objects.filter(
                case__organisation=org, kind=series.kind, number__startswith=prefix
            )
            serials = sorted(
                int(n.removeprefix(prefix).removesuffix("号")) for n in docs.values_list("number", flat=True)
            )
            used += len(serials)
        assert serials == list(range(1, series.last + 1)), (org.name, series.year, series.kind)
    assert used == len(numbers)


def _allowed(procedure, steps: list[CaseStep]) -> None:
    """The history is a walk through the table: each step from the state the last one left."""
    state, before = procedure.initial, {}
    for s in steps:
        step = procedure.step(s.action)
        assert step is not None and s.from_state == state and state in step.sources, (
            s.case_id,
            s.action,
            state,
        )
        if step.target == PREVIOUS:
            state = before.pop("suspended")
        elif step.target is not None:
            if step.target == PenaltyState.SUSPENDED:
                before["suspended"] = state
            state = step.target
        assert s.to_state == state


def test_every_bulk_case_walked_its_table_by_the_rules(demo):
    cal = work_calendar(D.DEMO_REGION)
    steps = defaultdict(list)
    for s in CaseStep.objects.filter(case__in=_bulk()).order_by("at", "id"):
        steps[s.case_id].append(s)
    late = decided = 0
    for case in _bulk().prefetch_related("hearings", "reviews"):
        history = steps[case.pk]
        _allowed(GENERAL if case.procedure == ProcedureCode.PENALTY_GENERAL else SIMPLE, history)
        assert history[-1].to_state == case.state
        days = [s.on for s in history]
        assert days == sorted(days) and days[-1] <= TODAY
        if case.decided_on is None:
            continue
        rec = (case.proposal or {}).get("recommendation") or {}
        if case.fine_amount is not None and rec.get("fine_high") is not None:
            assert Decimal(rec.get("fine_low") or 0) <= case.fine_amount <= Decimal(rec["fine_high"]), (
                case.number
            )
        if case.procedure != ProcedureCode.PENALTY_GENERAL:
            continue
        decided += 1
        late += case.decided_on > case.due_on
        if not case.rights_waived and not case.hearings.exists():
            assert case.decided_on > add_working_days(case.notified_on, 5, cal).due, case.number
        if case.is_major:
            review = case.reviews.order_by("-submitted_on").first()
            assert review.opinion == "agree" and review.submitted_on <= case.decided_on, case.number
        if case.needs_discussion:
            assert case.discussions.filter(held_on__lte=case.decided_on).exists()
    assert decided and late <= 0.05 * decided
    officers = Counter(
        CaseOfficer.objects.filter(case__in=_bulk().filter(registered_on__isnull=False)).values_list(
            "case", "role"
        )
    )
    assert (
        set(officers.values()) == {1}
        and len(officers) == 2 * _bulk().filter(registered_on__isnull=False).count()
    )
    repeat = Counter(_bulk().values_list("party", flat=True))
    assert any(
        n > 1 for n in repeat.values()
    )  # parties come back (the calculator sees their earlier decisions)
    assert not CaseDeadline.objects.filter(
        case__state=PenaltyState.CLOSED, status=DeadlineStatus.RUNNING
    ).exists()


def test_the_officers_of_a_sample_of_bulk_steps_held_valid_certificates(demo):
    rng = random.Random(3)
    cases = rng.sample(list(_bulk().select_related("organisation", "matter_version")), 40)
    people = {p.pk: p for p in Person.objects.all()}
    for case in cases:
        for s in case.steps.exclude(officers=[]):
            assert len(s.officers) == 2
            for officer in s.officers:
                cert, why = case_certificate(people[officer["id"]], case, s.on)
                assert cert is not None and cert.number == officer["certificate"], why


def test_streets_handle_delegated_matters_in_their_own_name_through_their_teams(demo):
    street_cases = (
        _bulk().filter(organisation__category=Category.STREET).select_related("organisation", "handled_by")
    )
    assert 0.02 * _bulk().count() <= street_cases.count() <= 0.2 * _bulk().count()
    for case in street_cases:
        assert (
            case.handled_by.category == Category.STREET_TEAM
            and case.handled_by.street_id == case.organisation_id
        )
        assert case.matter_version.street_delegation == StreetDelegation.DELEGATED
    case = street_cases.filter(procedure=ProcedureCode.PENALTY_GENERAL, decided_on__isnull=False).first()
    decision = case.documents.filter(kind__in=["penalty_decision", "no_penalty_decision"]).first()
    assert (
        decision.number.startswith(body_word(case.organisation))
        and decision.data["body"] == case.organisation.name
    )
    # a team officer opens a new case on the matter: it is the street's, and the team's certificates count
    team = case.handled_by
    certified = [
        p for p in Person.objects.filter(organisation__body=team) if case_certificate(p, case, TODAY)[0]
    ]
    officer = Actor.from_user(UserFactory(officer=True, organisation=team, person=certified[0]))
    new = case_step(case=None, action="register_clue", by=officer, facts=F.RegisterClue(
        on=TODAY, matter_id=case.matter_id, title="巡查发现案", origin="inspection", clue="街道巡查发现"))  # fmt: skip
    assert (new.organisation, new.handled_by) == (case.organisation, team)
    new = case_step(case=new, action="verify", by=officer, facts=F.Verify(
        on=TODAY, officer_ids=[p.pk for p in certified[:2]], finding="核查属实", act_date=TODAY - timedelta(days=3),
        act_place="街道辖区", party=F.PartyInput(**_party_of(case))))  # fmt: skip
    assert new.state == PenaltyState.VERIFIED and all(o["certificate"] for o in new.steps.last().officers)


def _party_of(case) -> dict:
    p = case.party
    return {"kind": p.kind, "name": p.name, "identifier": p.identifier, "address": p.address,
            "legal_representative": p.legal_representative}  # fmt: skip


def test_the_desk_has_deadlines_due_in_three_days_and_one_overdue(demo):
    running = CaseDeadline.objects.filter(case__organisation=_market(), status=DeadlineStatus.RUNNING)
    assert running.filter(due_on__gt=TODAY, due_on__lte=TODAY + timedelta(days=3)).count() >= 3
    assert running.filter(due_on__lt=TODAY).exists()


def test_cases_go_on_through_the_service_without_a_number_collision(demo):
    market, officer, head = _market(), _actor("officer"), _actor("head")
    live = _penalty().filter(pk__in=_live_ids(), organisation=market)
    case = live.filter(state=PenaltyState.INVESTIGATING).first()
    ids = [o.person_id for o in case.officers.all()]
    before = case.steps.count()
    _record_on_camera(case, "inquire", officer, ids)
    case = case_step(case=case, action="inquire", by=officer, facts=F.Inquire(
        on=TODAY, officer_ids=ids, person_inquired="当事人", summary="补充询问"))  # fmt: skip
    assert case.state == PenaltyState.INVESTIGATING and case.steps.count() == before + 1

    series = NumberSeries.objects.get(organisation=market, year=TODAY.year, kind="filing_approval")
    verified = live.filter(state=PenaltyState.VERIFIED).first()
    verified = case_step(case=verified, action="file", by=head, facts=F.File(
        on=TODAY, lead_officer_id=ids[0], assistant_officer_ids=[ids[1]]))  # fmt: skip
    doc = verified.documents.get(kind="filing_approval")
    assert doc.number == f"{body_word(market)}立〔{TODAY.year}〕{series.last + 1}号"
    assert Document.objects.filter(number=doc.number).count() == 1

    # A bulk case goes on too: its officers are certified that day, and its body's series continue.
    admin = _actor("admin")
    bulk = _bulk().filter(state=PenaltyState.INVESTIGATING).order_by("id").first()
    ids = [o.person_id for o in bulk.officers.all()]
    series = NumberSeries.objects.filter(
        organisation=bulk.organisation, year=TODAY.year, kind="preservation_notice"
    )
    last = series.first().last if series.exists() else 0
    _record_on_camera(bulk, "inspect_site", admin, ids)
    _record_on_camera(bulk, "preserve", admin, ids)
    case_step(case=bulk, action="inspect_site", by=admin, facts=F.InspectSite(
        on=TODAY, officer_ids=ids, place="经营场所", summary="复查"))  # fmt: skip
    bulk = case_step(case=bulk, action="preserve", by=admin, facts=F.Preserve(
        on=TODAY, officer_ids=ids, items="涉案物品一批", reason="证据可能灭失"))  # fmt: skip
    doc = bulk.documents.get(kind="preservation_notice", issued_on=TODAY)
    assert doc.number == f"{body_word(bulk.organisation)}保〔{TODAY.year}〕{last + 1}号"


def _record_on_camera(case, action: str, by, ids: list[int]) -> None:
    """Upload the clip the matter's 音像记录事项清单 asks for before the step (guard PEN-031)."""
    av_step = av_step_required(case.matter_version, action)
    if av_step is None:
        return
    data = EvidenceInput(kind="audio_visual", av_step=av_step, title="执法记录仪视频", proves="执法过程",
                         recorded_by_id=ids[0], recorded_at=rec.recorded_at(TODAY, 60), place="现场", source="执法记录仪",
                         officer_ids=ids)  # fmt: skip
    evidence_add(case=case, data=data, upload=io.BytesIO(rec.clip(case.number, av_step, TODAY, 999)), by=by)


def test_every_step_the_av_list_names_rests_on_its_own_recording(demo, capsys):
    steps = CaseStep.objects.filter(case__in=_penalty()).select_related("case__matter_version")
    needing = [
        s for s in steps if av_step_required(s.case.matter_version, s.action, s.data.get("method", ""))
    ]
    recorded = set(EvidenceItem.objects.filter(step__in=needing).values_list("step_id", flat=True))
    assert needing and recorded == {s.pk for s in needing}
    assert EvidenceItem.objects.count() == demo["evidence"] >= len(needing)
    call_command("verify")  # the chain, then every clip against its digest and its audit event
    assert "存储文件与摘要一致" in capsys.readouterr().out


def test_the_files_of_closed_cases_are_complete_and_print(demo):
    closed = list(
        _penalty().filter(state=PenaltyState.CLOSED).select_related("matter_version").order_by("id")
    )
    incomplete = {c.number: missing for c in closed if (missing := gaps(c))}
    assert closed and incomplete == {}
    general = next(c for c in closed if c.procedure == ProcedureCode.PENALTY_GENERAL and c.evidence.exists())
    assert casefile_pdf(general).startswith(b"%PDF")


def test_the_chain_verifies_with_one_event_for_each_bulk_case(demo):
    report = verify_chain()
    assert report.ok, report.problem
    assert report.count == demo["audit_events"]
    assert AuditEvent.objects.filter(action="case.import_demo").count() == _bulk().count()


def test_bulk_documents_render(demo):
    seen = set()
    for doc in Document.objects.filter(case__in=_bulk()).order_by("id"):
        if doc.kind in seen:
            continue
        seen.add(doc.kind)
        html = render_html(doc)
        assert doc.data["party"] in html and (doc.number in html if doc.number else True), doc.kind
    assert len(seen) >= 15


def test_ended_cases_are_archived_with_a_manifest_on_the_chain_and_some_wait_overdue(demo):
    from zhifa.evidence.archive import manifest, manifest_digest
    from zhifa.evidence.selectors import archive_overview

    files = CaseFile.objects.select_related("case")
    assert demo["casefiles"] == files.count() > 0 and demo["casefiles_waiting"] > 0
    sample = files.order_by("pk")[:20]
    assert all(manifest_digest(manifest(f.case)) == f.manifest_sha256 for f in sample)
    assert all(f.archived_on >= f.case.closed_on for f in files)
    assert AuditEvent.objects.filter(action="casefile.archive").count() == files.count()
    desk = archive_overview(_actor("head"), TODAY)
    assert any(p.overdue for p in desk["pending"]) and desk["archived_total"] > 0


def test_every_count_the_demo_command_prints_has_a_chinese_label(demo):
    from zhifa.core.management.commands.demo import COUNT_LABELS

    assert set(demo) - set(COUNT_LABELS) == set()
