"""The demo district's law library, catalog of matters, discretion benchmarks, and the case and complaint
registers the catalog's reports read.

Matters and benchmarks come from ``catalog_market`` and ``catalog_safety`` (written from the statute texts).
Rows are planned in memory and bulk-inserted, following the rules the services enforce: delegated matters are on
the guided list, entrusted ones name the entrustment, superior benchmarks are registered, local ones filed, and a
refinement stays inside its superior's range (the demo test checks all of it through the services' own checks).
The law library is imported from ``settings.LAWS_DIR`` when that folder exists (``zhifa laws import`` later
otherwise); catalog citations then link to their articles.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings

from zhifa.accounts.actors import Actor
from zhifa.cases.constants import CaseSource, CaseStatus
from zhifa.cases.models import Case
from zhifa.catalog.constants import BasisRole, MatterKind, MatterStatus, StreetDelegation
from zhifa.catalog.models import GuidedListItem, Matter, MatterBasis, MatterVersion
from zhifa.discretion.constants import BenchmarkLevel, BenchmarkMode, FineMode, Outcome, PartyType
from zhifa.discretion.models import Benchmark, BenchmarkEvent, BenchmarkTier, PartyViolation
from zhifa.discretion.selectors import party_key
from zhifa.discretion.workflow import BenchmarkState
from zhifa.laws.models import Article
from zhifa.organisations.constants import Category
from zhifa.organisations.models import Entrustment, Organisation
from zhifa.supervision.constants import ComplaintChannel, ComplaintStatus
from zhifa.supervision.models import Complaint

from .catalog_spec import BenchmarkSpec, Cite, MatterSpec, TierSpec
from .context import BATCH, LoadContext

LOADER = "系统（演示数据加载）"
GUIDED_SOURCE = (
    "《示范省乡镇（街道）综合行政执法事项指导目录（{year}年版）》（示范省人民政府令第{n}号，虚构）"
)


def all_specs() -> tuple[tuple[MatterSpec, ...], tuple[BenchmarkSpec, ...]]:
    from .catalog_market import BENCHMARKS as MB
    from .catalog_market import MATTERS as MM
    from .catalog_safety import BENCHMARKS as SB
    from .catalog_safety import MATTERS as SM

    return (*MM, *SM), (*MB, *SB)


def load_catalog(ctx: LoadContext) -> None:
    matters, benchmarks = all_specs()
    _import_laws(ctx)
    bodies = _bodies_by_short_name()
    _guided_list(ctx, matters)
    versions = _matters(ctx, matters, bodies)
    rows = _benchmarks(ctx, benchmarks, versions, bodies)
    _pending_work(ctx, rows, versions)
    _cases_and_complaints(ctx, versions)
    _violations(ctx, rows)


# --- law library ----------------------------------------------------------------------------------------------


def _import_laws(ctx: LoadContext) -> None:
    folder = Path(settings.LAWS_DIR)
    if not folder.is_dir():
        ctx.counts["law_articles"] = 0
        return
    from zhifa.laws.services import law_import_directory

    result = law_import_directory(by=Actor.system(LOADER), directory=folder)
    ctx.counts.update(laws=result.laws, law_articles=result.articles)


def cn(n: int) -> str:
    """A small Chinese numeral (1–999) as statutes write article numbers."""
    from zhifa.laws.numbers import int_to_cn

    return int_to_cn(n)


def citation(cite: Cite) -> str:
    title = cite.law if not cite.law.endswith("法") else f"中华人民共和国{cite.law}"
    text = f"《{title}》第{cn(cite.article)}条"
    if cite.paragraph:
        text += f"第{cn(cite.paragraph)}款"
    if cite.item:
        text += f"第（{cn(cite.item)}）项"
    return text


def _article_index() -> dict[tuple[str, int], int]:
    rows = Article.objects.filter(version__is_current=True).values_list(
        "version__law__short_title", "number", "pk"
    )
    return {(title, number): pk for title, number, pk in rows}


# --- catalog --------------------------------------------------------------------------------------------------


def _bodies_by_short_name() -> dict[str, Organisation]:
    orgs = Organisation.objects.filter(category__in=[Category.BODY, Category.STREET])
    index = {o.short_name: o for o in orgs}
    index.update({o.name: o for o in orgs})
    return index


def _guided_list(ctx: LoadContext, matters) -> None:
    listed = date(ctx.tl.cur - 2, 1, 1)
    source = GUIDED_SOURCE.format(year=ctx.tl.cur - 2, n=ctx.tl.cur % 100 + 200)
    items = [GuidedListItem(basic_code=m.code, name=m.name, source=source, listed_on=listed)
             for m in matters if m.street == StreetDelegation.DELEGATED]  # fmt: skip
    GuidedListItem.objects.bulk_create(items)
    ctx.counts["guided_items"] = len(items)


def _entrustments() -> dict[str, Entrustment]:
    """Entrustments by matter name (the demo's entrustment letters list the matters by name)."""
    out = {}
    for e in Entrustment.objects.select_related("entrusting", "entrusted"):
        for name in e.matters:
            out[name] = e
    return out


def _matters(ctx: LoadContext, specs, bodies) -> dict[str, MatterVersion]:
    start = date(ctx.tl.cur - 2, 1, 1)
    published_at = ctx.at(start - timedelta(days=10))
    entrusted = _entrustments()
    streets = [o for o in bodies.values() if o.category == Category.STREET]
    matters = Matter.objects.bulk_create([Matter(basic_code=s.code) for s in specs], batch_size=BATCH)
    versions = [
        _version(s, m, start, published_at, entrusted.get(s.name))
        for s, m in zip(specs, matters, strict=True)
    ]
    MatterVersion.objects.bulk_create(versions, batch_size=BATCH)
    _version_bodies(specs, versions, bodies, streets)
    _bases(specs, versions)
    ctx.counts["matters"] = len(versions)
    return {s.code: v for s, v in zip(specs, versions, strict=True)}


def _version(spec: MatterSpec, matter: Matter, start: date, published_at, entrustment) -> MatterVersion:
    insp = spec.inspection
    street = spec.street or StreetDelegation.NONE
    if street == StreetDelegation.ENTRUSTED and entrustment is None:
        street = StreetDelegation.NONE
    return MatterVersion(
        matter=matter, version=1, status=MatterStatus.PUBLISHED, valid_from=start, name=spec.name,
        local_code=f"QJ{spec.code[:2]}{spec.code[2:5]}{spec.code[5:9]}", power_item_code=spec.code,
        kind=spec.kind, domain=spec.domain, levels=list(spec.levels), street_delegation=street,
        entrustment=entrustment if street == StreetDelegation.ENTRUSTED else None, av_steps=list(spec.av_steps),
        major_fine_person=spec.major_fine_person, major_fine_org=spec.major_fine_org,
        major_kinds=list(spec.major_kinds), inspection_item=insp is not None,
        inspection_category=insp.category if insp else "", inspection_subject=insp.subject if insp else "",
        inspection_target=insp.target if insp else "", inspection_content=insp.content if insp else "",
        inspection_ratio=insp.ratio_percent if insp else None, inspection_frequency=insp.frequency if insp else "",
        inspection_method=insp.method if insp else "", checklist=list(spec.checklist),
        published_at=published_at, published_by=LOADER,
    )  # fmt: skip


def _version_bodies(specs, versions, bodies, streets) -> None:
    through = MatterVersion.bodies.through
    rows = []
    for spec, version in zip(specs, versions, strict=True):
        orgs = [bodies[spec.body]]
        if version.street_delegation == StreetDelegation.DELEGATED:
            orgs += streets
        elif version.street_delegation == StreetDelegation.ENTRUSTED:
            orgs.append(version.entrustment.entrusted)
        rows += [through(matterversion_id=version.pk, organisation_id=o.pk) for o in orgs]
    through.objects.bulk_create(rows, batch_size=BATCH)


def _bases(specs, versions) -> None:
    articles = _article_index()
    rows = []
    for spec, version in zip(specs, versions, strict=True):
        for role, cites in (
            (BasisRole.ESTABLISHES, spec.establishes),
            (BasisRole.IMPLEMENTS, spec.implements),
        ):
            rows += [
                MatterBasis(
                    version=version,
                    role=role,
                    citation=citation(c),
                    order=i,
                    article_id=articles.get((c.law, c.article)),
                )
                for i, c in enumerate(cites)
            ]
    MatterBasis.objects.bulk_create(rows, batch_size=BATCH)


# --- benchmarks -----------------------------------------------------------------------------------------------


def tier_rows(spec_tiers: tuple[TierSpec, ...]) -> list[dict]:
    """TierSpecs as the field values of ``BenchmarkTier`` rows (also used by tests and ``TierData``)."""
    return [
        {
            "order": (i + 1) * 10,
            "outcome": t.outcome,
            "label": t.label,
            "conditions": [
                {"key": c.key, **({"value": str(c.value)} if c.value is not None else {})}
                for c in t.conditions
            ],
            "kinds": list(t.kinds),
            "fine_mode": t.fine.mode if t.fine else FineMode.NONE,
            "fine_low": t.fine.low if t.fine else None,
            "fine_high": t.fine.high if t.fine else None,
            "basis": t.basis,
            "note": t.note,
        }
        for i, t in enumerate(spec_tiers)
    ]


def benchmark_text(spec: BenchmarkSpec) -> dict:
    """A BenchmarkSpec's text as ``Benchmark`` field values (also used by tests and ``BenchmarkData``)."""
    fine = spec.statutory_fine
    return {
        "violation": spec.violation, "violated_basis": "；".join(citation(c) for c in spec.violated),
        "penalty_basis": "；".join(citation(c) for c in spec.penalised), "clause": spec.clause,
        "statutory_fine_mode": fine.mode if fine else FineMode.NONE, "statutory_fine_low": fine.low if fine else None,
        "statutory_fine_high": fine.high if fine else None,
    }  # fmt: skip


def _benchmarks(ctx: LoadContext, specs, versions, bodies) -> list[Benchmark]:
    valid_from = date(ctx.tl.cur - 1, 1, 1)
    superiors: dict[str, Benchmark] = {}
    made: list[tuple[Benchmark, BenchmarkSpec]] = []
    for spec in sorted(
        specs, key=lambda s: (not s.superior, s.refines)
    ):  # superiors first: refinements need them
        version = versions[spec.matter_code]
        b = _benchmark(ctx, spec, version, bodies, superiors.get(spec.matter_code), valid_from)
        if spec.superior:
            superiors[spec.matter_code] = b
        made.append((b, spec))
    BenchmarkTier.objects.bulk_create(
        [BenchmarkTier(benchmark=b, **row) for b, spec in made for row in tier_rows(spec.tiers)],
        batch_size=BATCH,
    )
    _filing_events(ctx, [b for b, _ in made])
    ctx.counts["benchmarks"] = len(made)
    return [b for b, _ in made]


def _benchmark(ctx, spec: BenchmarkSpec, version: MatterVersion, bodies, superior, valid_from) -> Benchmark:
    body = bodies[_body_of(version)]
    if spec.superior:
        level, mode, org, issuer = BenchmarkLevel.CITY, BenchmarkMode.SUPERIOR, None, spec.superior
    else:
        level, org, issuer = BenchmarkLevel.LOCAL, body, body.name
        mode = BenchmarkMode.REFINED if spec.refines else BenchmarkMode.OWN
    filed_at = ctx.at(valid_from - timedelta(days=20), ctx.rng.randint(0, 400))
    b = Benchmark(
        matter=version.matter, organisation=org, level=level, mode=mode, issuer_name=issuer,
        document_number=f"清{'市' if org is None else ''}裁〔{valid_from.year - 1}〕{ctx.rng.randint(1, 40)}号",
        parent=superior if spec.refines else None, version=1, valid_from=valid_from, status=BenchmarkState.FILED,
        submitted_at=filed_at - timedelta(days=12), filed_at=filed_at, filed_by="区司法局（演示）",
        **benchmark_text(spec),
    )  # fmt: skip
    b.save()
    b.filing_number = f"清司备〔{valid_from.year - 1}〕{b.pk:04d}号"
    b.save(update_fields=["filing_number"])
    return b


def _body_of(version: MatterVersion) -> str:
    return next(o.name for o in version.bodies.all() if o.category == Category.BODY)


def _filing_events(ctx: LoadContext, benchmarks: list[Benchmark]) -> None:
    rows = []
    for b in benchmarks:
        steps = [("create", "", BenchmarkState.DRAFT, b.submitted_at - timedelta(days=5))]
        if b.level == BenchmarkLevel.LOCAL:
            steps += [("submit", BenchmarkState.DRAFT, BenchmarkState.SUBMITTED, b.submitted_at),
                      ("file", BenchmarkState.SUBMITTED, BenchmarkState.FILED, b.filed_at)]  # fmt: skip
        else:
            steps.append(("register", BenchmarkState.DRAFT, BenchmarkState.FILED, b.filed_at))
        rows += [
            BenchmarkEvent(benchmark=b, action=a, from_state=f, to_state=t, at=at, by=LOADER)
            for a, f, t, at in steps
        ]
    BenchmarkEvent.objects.bulk_create(rows, batch_size=BATCH)


def _pending_work(ctx: LoadContext, filed: list[Benchmark], versions: dict[str, MatterVersion]) -> None:
    """What the 司法局 finds waiting: next year's versions of two benchmarks submitted for filing, one returned
    with reasons, and a draft revision of a matter."""
    local = [b for b in filed if b.level == BenchmarkLevel.LOCAL and b.mode == BenchmarkMode.OWN]
    next_year = date(ctx.tl.cur + 1, 1, 1)
    plans = [(local[0], BenchmarkState.SUBMITTED, ""), (local[5], BenchmarkState.SUBMITTED, ""),
             (local[9], BenchmarkState.RETURNED, "从重档次未列明“情节严重”的具体情形，请按违法次数、危害后果细化后重新报送。")]  # fmt: skip
    for source, state, reason in plans:
        old = Benchmark.objects.get(pk=source.pk)  # a copy: the filed rows stay as the later parts read them
        tiers = list(old.tiers.all())
        old.pk, old.version, old.status, old.valid_from = None, 2, state, next_year
        old.filed_at, old.filed_by, old.filing_number = None, "", ""
        old.submitted_at = ctx.at(ctx.tl.today - timedelta(days=ctx.rng.randint(2, 9)))
        old.save()
        for t in tiers:
            t.pk, t.benchmark = None, old
        BenchmarkTier.objects.bulk_create(tiers)
        steps = [
            ("create", "", BenchmarkState.DRAFT),
            ("submit", BenchmarkState.DRAFT, BenchmarkState.SUBMITTED),
        ]
        if reason:
            steps.append(("return", BenchmarkState.SUBMITTED, BenchmarkState.RETURNED))
        BenchmarkEvent.objects.bulk_create([
            BenchmarkEvent(benchmark=old, action=a, from_state=f, to_state=t, at=old.submitted_at, by=LOADER,
                           reason=reason if a == "return" else "")
            for a, f, t in steps
        ])  # fmt: skip
    _matter_draft(versions)


def _matter_draft(versions: dict[str, MatterVersion]) -> None:
    first = next(v for v in versions.values() if v.kind == MatterKind.INSPECTION)
    source = MatterVersion.objects.get(
        pk=first.pk
    )  # a copy: the published version stays as later parts read it
    bodies, bases = list(source.bodies.all()), list(source.bases.all())
    source.pk, source.version, source.status = None, 2, MatterStatus.DRAFT
    source.valid_from = date(source.valid_from.year + 3, 1, 1)
    source.published_at, source.published_by = None, ""
    source.checklist = [*source.checklist, "是否建立并落实从业人员健康管理制度"]
    source.change_note = "按“一表通查”要求补充检查表单项目（草稿，待司法局审核发布）。"
    source.save()
    source.bodies.set(bodies)
    for basis in bases:
        basis.pk, basis.version = None, source
    MatterBasis.objects.bulk_create(bases)


# --- the registers the reports read ---------------------------------------------------------------------------

DUE_DAYS = {
    MatterKind.PENALTY: 90,
    MatterKind.LICENCE: 28,
    MatterKind.INSPECTION: 30,
    MatterKind.COERCION: 60,
}


def _cases_and_complaints(ctx: LoadContext, versions: dict[str, MatterVersion]) -> None:
    """Cases over the last five years: most matters have some, about one in eight none (the clean-up report),
    and the streets handle the delegated ones with a share overdue and complaints (the delegation report)."""
    today, cases, seq = ctx.tl.today, [], defaultdict(int)
    for version in versions.values():
        if ctx.rng.random() < 0.12:
            continue
        handlers = list(version.bodies.all())
        for _ in range(ctx.rng.randint(1, 12)):
            cases.append(_case(ctx, version, ctx.rng.choice(handlers), today, seq))
    Case.objects.bulk_create(cases, batch_size=BATCH)
    complaints = _complaints(ctx, [c for c in cases if c.organisation.category == Category.STREET])
    Complaint.objects.bulk_create(complaints, batch_size=BATCH)
    ctx.counts.update(cases=len(cases), complaints=len(complaints))


def _case(ctx, version: MatterVersion, org: Organisation, today: date, seq) -> Case:
    registered = ctx.day_between(today - timedelta(days=5 * 365 - 30), today - timedelta(days=3))
    due = registered + timedelta(days=DUE_DAYS.get(version.kind, 60))
    slow = 1.6 if org.category == Category.STREET else 1.0
    closed = registered + timedelta(
        days=int(ctx.rng.randint(5, DUE_DAYS.get(version.kind, 60)) * slow * ctx.rng.uniform(0.5, 1.3))
    )
    seq[registered.year] += 1
    return Case(
        number=f"QJ{registered.year}{seq[registered.year]:06d}", organisation=org, matter_id=version.matter_id,
        matter_version=version, title=version.name.removeprefix("对").removesuffix("的行政处罚"),
        party_name=ctx.fake.name()[0] if ctx.rng.random() < 0.4 else "清江区某经营户", source=CaseSource.IMPORTED,
        status=CaseStatus.CLOSED if closed < today else CaseStatus.OPEN, registered_on=registered, due_on=due,
        closed_on=closed if closed < today else None,
    )  # fmt: skip


def _complaints(ctx, street_cases: list[Case]) -> list[Complaint]:
    rows = []
    for i, case in enumerate(c for c in street_cases if ctx.rng.random() < 0.15):
        received = case.registered_on + timedelta(days=ctx.rng.randint(3, 40))
        closed = received + timedelta(days=ctx.rng.randint(3, 15))
        done = closed < ctx.tl.today
        rows.append(Complaint(
            number=f"12345-{received:%Y%m%d}-{i:04d}", channel=ctx.rng.choice(list(ComplaintChannel)),
            organisation=case.organisation, matter_id=case.matter_id, case=case,
            summary=f"群众反映{case.organisation.name}办理“{case.title[:40]}”不及时", received_on=received,
            status=ComplaintStatus.CLOSED if done else ComplaintStatus.OPEN, closed_on=closed if done else None,
            substantiated=(ctx.rng.random() < 0.4) if done else None,
        ))  # fmt: skip
    return rows


def _violations(ctx: LoadContext, benchmarks: list[Benchmark]) -> None:
    """Earlier decisions of a few repeat parties, so the calculator's 首违不罚 and 从重 show on real history."""
    rows, today = [], ctx.tl.today
    for i, b in enumerate(b for b in benchmarks if b.level == BenchmarkLevel.LOCAL):
        if i % 4:
            continue
        decided = today - timedelta(days=ctx.rng.randint(60, 700))
        uscc = ctx.fake.uscc("92")
        rows.append(PartyViolation(
            party_key=party_key(uscc), party_name=f"清江区{ctx.fake.name()[0]}经营部", party_type=PartyType.ORGANISATION,
            matter_id=b.matter_id, organisation=b.organisation, act_date=decided - timedelta(days=40), decided_on=decided,
            outcome=Outcome.STANDARD, reference=f"清{b.organisation.short_name[1:3]}罚〔{decided.year}〕{100 + i}号",
            source="imported",
        ))  # fmt: skip
    PartyViolation.objects.bulk_create(rows, batch_size=BATCH)
    ctx.counts["violations"] = len(rows)
