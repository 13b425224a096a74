"""What each kind of enforcement record publishes (事后公开, 国办发〔2018〕118号): a ``Draft`` per source record.

A source adapter reads one record and says: which body, kind and matter; the public fields *before*
masking; the names to keep (the party) and the names known to be other persons (witnesses, recipients);
what keeps it off the portal; its deadline and its publication period; whether the decision has been
revoked (and why). ``services.publication_sync`` turns a draft into the publication rows.

Four sources: penalty decisions (普通程序; 简易程序 by parameter), licensing decisions, the recorded acts (征收、征用、
确认、给付、奖励、裁决) and inspection results (《企业信息公示暂行条例》第六条; 国发〔2019〕5号 “一公开”).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from zhifa.cases.constants import DecisionOutcome, PartyKind
from zhifa.cases.models import Case, Party
from zhifa.core.calendar import work_calendar
from zhifa.core.parameters import get_param
from zhifa.discretion.constants import PenaltyKind

from .constants import PublicationKind, SourceKind
from .domain import periods
from .domain.masking import decision_publication_barrier

DECISION_DAYS = "publicity.decision_working_days"
OTHER_DAYS = "publicity.other_working_days"
PUBLISHED_STATES_GENERAL = ("decided", "executing", "court_enforcement", "executed", "closed")
PUBLISHED_STATES_SIMPLE = ("decided_on_spot", "executing", "executed", "closed")


@dataclass
class Draft:
    """What one source record asks to publish, before masking."""

    source_kind: str
    source_id: int
    source_ref: str
    kind: str
    organisation_id: int
    matter_id: int | None
    title: str
    party_name: str
    party_is_org: bool
    number: str
    decided_on: date
    fields: list[tuple[str, str]]
    party_names: list[str] = field(default_factory=list)
    other_names: list[str] = field(default_factory=list)
    barrier: str = ""
    due_on: date | None = None
    due_basis: str = ""
    period: periods.Period | None = None
    penalty_kinds: tuple[str, ...] = ()
    revoked_on: date | None = None
    revoke_reason: str = ""
    published_hint: date | None = None  # the day the source says it was published (acts' 登记公开)


@lru_cache(maxsize=512)
def _label(model, field: str, value: str) -> str:
    """A choice's Chinese label (``get_FOO_display`` without its per-call translation lookups)."""
    return str(dict(model._meta.get_field(field).flatchoices).get(value, value))


def _money(value: Decimal | None) -> str:
    return f"{value:,.2f}元" if value else ""


def _party_fields(party: Party | None, name: str) -> list[tuple[str, str]]:
    """The party as published: an organisation with its credit code and legal representative; a natural
    person by name only (never the ID number, address or phone)."""
    if party is None or party.kind == PartyKind.PERSON:
        return [("当事人", name)]
    rows = [("当事人", name), ("统一社会信用代码", party.identifier)]
    if party.legal_representative:
        label = "经营者" if party.kind == PartyKind.INDIVIDUAL_BUSINESS else "法定代表人（负责人）"
        rows.append((label, party.legal_representative))
    return rows


def _basis(version) -> str:
    if version is None:
        return ""
    return _cached(("basis", version.pk), lambda: "；".join(b.citation for b in version.bases.all()))


# While ``drafts_for`` builds a batch, one calendar per region and one value per parameter serve all its drafts
# (a calendar reads the override table and indexes every holiday; a parameter is a query); outside a batch each
# draft reads them as they are now.
_batch: dict[tuple, object] | None = None


def _cached(key: tuple, make):
    if _batch is None:
        return make()
    if key not in _batch:
        _batch[key] = make()
    return _batch[key]


def _calendar(region_code: str):
    return _cached(("calendar", region_code), lambda: work_calendar(region_code))


def _param(key: str):
    return _cached(("param", key), lambda: get_param(key))


def _due(decided_on: date, param: str, region_code: str) -> tuple[date, str]:
    days = _param(param)
    due = periods.publication_due(decided_on, days, _calendar(region_code))
    return due, f"决定作出之日起{days}个工作日内公开（参数 {param}）"


# --- 行政处罚 ------------------------------------------------------------------------------------------------


def penalty_publishable(case: Case) -> bool:
    """A penalty decision the portal publishes: 给予行政处罚, decided, under the general procedure (or the
    simplified one where the parameter says so)."""
    if case.decided_on is None or case.decision_outcome != DecisionOutcome.PENALTY:
        return False
    if case.procedure == "penalty_simple":
        return bool(_param("publicity.publish_simple_penalties"))
    return case.procedure == "penalty_general"


CASE_STEPS = ("inquire", "serve", "annul_decision")


def _case_steps(case: Case) -> list:
    """The steps publication reads (prefetched by ``drafts_for`` as ``pub_steps``), oldest first."""
    steps = getattr(case, "pub_steps", None)
    if steps is None:
        steps = list(case.steps.filter(action__in=CASE_STEPS).order_by("at", "id"))
    return steps


def _other_names(case: Case, party: Party | None) -> list[str]:
    """Persons named in the case record who are not the party: those questioned, those served."""
    own = {case.party_name, getattr(party, "legal_representative", "")}
    names = []
    for data in (s.data for s in _case_steps(case) if s.action in ("inquire", "serve")):
        for key in ("person_inquired", "recipient"):
            value = (data or {}).get(key, "")
            if value and value not in own and len(value) <= 4:
                names.append(value)
    return names


def _penalty_content(case: Case) -> str:
    kinds = list(case.decided_kinds or [])
    seized = [str(PenaltyKind(k).label) for k in kinds if k in CONFISCATION]
    parts = []
    for kind in kinds:
        if kind == PenaltyKind.FINE and case.fine_amount:
            parts.append(f"罚款{_money(case.fine_amount)}")
        elif kind in CONFISCATION:
            if kind == next(k for k in kinds if k in CONFISCATION):  # the amount is one total for both kinds
                total = f"（合计{_money(case.confiscated_amount)}）" if case.confiscated_amount else ""
                parts.append("、".join(seized) + total)
        else:
            parts.append(str(PenaltyKind(kind).label))
    return "；".join(parts)


CONFISCATION = (PenaltyKind.CONFISCATE_GAIN, PenaltyKind.CONFISCATE_PROPERTY)


def _penalty_title(case: Case) -> str:
    """“<party><案由>行政处罚决定”; the demo's and many imported 案由 already begin with the party's name."""
    title = case.title if case.title.startswith(case.party_name) else f"{case.party_name}{case.title}"
    return f"{title}行政处罚决定"


def penalty_draft(case: Case) -> Draft:
    party = case.party
    is_org = party is not None and party.kind == PartyKind.ORGANISATION
    region = case.organisation.region_code
    due_on, due_basis = _due(case.decided_on, DECISION_DAYS, region)
    kinds = tuple(case.decided_kinds or ())
    revoked_on, reason = _case_revocation(case)
    fields = [
        ("决定文号", case.decision_number),
        *_party_fields(party, case.party_name),
        ("违法行为类型", case.title),
        ("违法事实", case.facts),
        ("处罚依据", _basis(case.matter_version)),
        ("处罚种类与内容", _penalty_content(case)),
        ("处罚机关", case.organisation.name),
        ("决定日期", f"{case.decided_on.year}年{case.decided_on.month}月{case.decided_on.day}日"),
    ]
    return Draft(
        source_kind=SourceKind.PENALTY, source_id=case.pk, source_ref=case.number, kind=PublicationKind.PENALTY,
        organisation_id=case.organisation_id, matter_id=case.matter_id,
        title=_penalty_title(case), party_name=case.party_name, party_is_org=is_org,
        number=case.decision_number, decided_on=case.decided_on, fields=[f for f in fields if f[1]],
        party_names=[case.party_name, getattr(party, "legal_representative", "")],
        other_names=_other_names(case, party),
        barrier=decision_publication_barrier(
            party_kind=party.kind if party else PartyKind.ORGANISATION,
            party_birth_date=getattr(party, "birth_date", None), act_date=case.act_date,
        ),
        due_on=due_on, due_basis=due_basis,
        period=periods.penalty_period(
            case.decided_on, kinds, case.fine_amount,
            short_months=_param("publicity.short_period_months"),
            long_years=_param("publicity.long_period_years"),
            low_fine=Decimal(str(_param("publicity.low_fine_threshold"))),
        ),
        penalty_kinds=kinds,
        revoked_on=revoked_on, revoke_reason=reason,
    )  # fmt: skip


def _case_revocation(case: Case) -> tuple[date | None, str]:
    """The day and reason the decision was revoked, changed or declared void (step ``annul_decision``)."""
    row = next((s for s in reversed(_case_steps(case)) if s.action == "annul_decision"), None)
    if row is None:
        return None, ""
    data = row.data or {}
    ground = {"revoked": "决定被撤销", "changed": "决定被变更", "void": "决定被确认无效"}.get(
        data.get("ground"), ""
    )
    return row.on, f"{ground}（{data.get('authority', '')}{data.get('document', '')}）：{row.reason}"


# --- 行政许可 ------------------------------------------------------------------------------------------------


def licence_publishable(application) -> bool:
    """Every licensing decision is published (准予 and 不予, 国办发〔2018〕118号: 许可决定 within 7 days)."""
    return application.decided_on is not None and bool(application.decision)


def licence_draft(application) -> Draft:
    from zhifa.licensing.constants import Decision

    party = application.applicant
    is_org = party.kind == PartyKind.ORGANISATION
    matter = application.matter_version
    granted = application.decision == Decision.GRANTED
    due_on, due_basis = _due(application.decided_on, DECISION_DAYS, application.organisation.region_code)
    outcome = "准予行政许可" if granted else "不予行政许可"
    fields = [
        ("决定文号", application.decision_number),
        *_party_fields(party, party.name),
        ("许可事项", matter.name),
        ("许可决定", outcome),
        (
            "许可内容" if granted else "不予许可的理由",
            application.granted_scope if granted else application.refusal_reasons,
        ),
        ("有效期", _validity(application) if granted else ""),
        ("许可依据", _basis(application.matter_version)),
        ("许可机关", application.organisation.name),
        (
            "决定日期",
            f"{application.decided_on.year}年{application.decided_on.month}月{application.decided_on.day}日",
        ),
    ]
    revoked_on, reason = _licence_revocation(application)
    return Draft(
        source_kind=SourceKind.LICENCE, source_id=application.pk, source_ref=application.number,
        kind=PublicationKind.LICENCE, organisation_id=application.organisation_id, matter_id=application.matter_id,
        title=f"{party.name}{matter.name}{outcome}决定", party_name=party.name, party_is_org=is_org,
        number=application.decision_number, decided_on=application.decided_on, fields=[f for f in fields if f[1]],
        party_names=[party.name, party.legal_representative],
        barrier=decision_publication_barrier(
            party_kind=party.kind, party_birth_date=party.birth_date, act_date=application.decided_on
        ) if party.kind == PartyKind.PERSON else "",
        due_on=due_on, due_basis=due_basis,
        period=periods.other_period(application.decided_on, _param("publicity.other_period_years")),
        revoked_on=revoked_on, revoke_reason=reason,
    )  # fmt: skip


def _validity(application) -> str:
    start, end = application.granted_valid_from, application.granted_valid_until
    if start and end:
        return f"{start.isoformat()} 至 {end.isoformat()}"
    return "长期" if start else ""


def _licence_revocation(application) -> tuple[date | None, str]:
    """撤销 of the licence annuls the licensing decision (《行政许可法》第六十九条); 撤回、注销、期满 do not."""
    if hasattr(application, "pub_revocation"):
        return application.pub_revocation
    licence = getattr(
        application, "licence", None
    )  # the reverse one-to-one raises AttributeError when absent
    if licence is None:
        return None, ""
    row = licence.steps.filter(action="revoke").order_by("-at").first()
    return (row.on, row.reason) if row else (None, "")


# --- 行政征收、征用、确认、给付、奖励、裁决 ---------------------------------------------------------------------


def act_publishable(record) -> bool:
    """A recorded act marked to publish (``to_publish``: never a natural person's private kind), in its
    latest version (a correction publishes as a new version of the same publication)."""
    return record.to_publish


def act_root(record) -> int:
    """The first version's id: all versions of an act are one publication."""
    while record.supersedes_id:
        record = record.supersedes
    return record.pk


def act_draft(record) -> Draft:
    party = record.party
    label = _label(type(record), "kind", record.kind)
    due_on, due_basis = _due(record.decided_on, OTHER_DAYS, record.organisation.region_code)
    party_name = party.name if party else ""
    fields = [
        ("决定文号", record.number),
        *(_party_fields(party, party_name) if party else [("对象", f"共{record.recipients or 0}人（汇总）")]),
        ("执法事项", record.matter_version.name),
        ("决定内容", record.decision),
        ("金额", _money(record.amount)),
        ("依据", record.basis),
        ("执法主体", record.organisation.name),
        ("决定日期", f"{record.decided_on.year}年{record.decided_on.month}月{record.decided_on.day}日"),
    ]
    return Draft(
        source_kind=SourceKind.ACT, source_id=act_root(record), source_ref=record.number, kind=record.kind,
        organisation_id=record.organisation_id, matter_id=record.matter_id,
        title=f"{party_name or record.matter_version.name}{label}决定", party_name=party_name,
        party_is_org=bool(party and party.kind == PartyKind.ORGANISATION), number=record.number,
        decided_on=record.decided_on, fields=[f for f in fields if f[1]],
        party_names=[party_name, getattr(party, "legal_representative", "")],
        due_on=due_on, due_basis=due_basis,
        period=periods.other_period(record.decided_on, _param("publicity.other_period_years")),
        revoked_on=record.revoked_on, revoke_reason=record.revoke_reason, published_hint=record.published_on,
    )  # fmt: skip


# What an inspection's draft reads (the batch loads only these columns: an inspection row is wide).
INSPECTION_FIELDS = (
    "organisation__name", "organisation__region_code", "party__name", "party__kind", "party__identifier",
    "party__legal_representative", "matter_version__name", "number", "matter_id", "trigger", "result",
    "result_on", "scanned_at", "found", "correction_due", "corrected", "published_on", "organisation_id",
)  # fmt: skip


# --- 行政检查结果 ---------------------------------------------------------------------------------------------


def inspection_publishable(inspection) -> bool:
    """An inspection with its result (未发现问题、责令改正、立案查处、移送) is published as 检查结果."""
    return bool(inspection.result) and inspection.result_on is not None


def _review_text(inspection) -> str:
    if inspection.corrected is None:
        return ""
    return "已改正" if inspection.corrected else "未改正"


def inspection_draft(inspection) -> Draft:
    from zhifa.inspections.parameters import PUBLICITY_DAYS

    party = inspection.party
    due_on, due_basis = _due(inspection.result_on, PUBLICITY_DAYS, inspection.organisation.region_code)
    checked = inspection.scanned_at.date() if inspection.scanned_at else inspection.result_on
    fields = [
        ("检查编号", inspection.number),
        *_party_fields(party, party.name),
        ("检查事项", inspection.matter_version.name),
        ("检查方式", _label(type(inspection), "trigger", inspection.trigger)),
        ("检查日期", f"{checked.year}年{checked.month}月{checked.day}日"),
        ("检查结果", _label(type(inspection), "result", inspection.result)),
        ("发现的问题", inspection.found if inspection.result != "no_problem" else ""),
        ("改正期限", inspection.correction_due.isoformat() if inspection.correction_due else ""),
        ("复查结论", _review_text(inspection)),
        ("检查机关", inspection.organisation.name),
    ]
    return Draft(
        source_kind=SourceKind.INSPECTION, source_id=inspection.pk, source_ref=inspection.number,
        kind=PublicationKind.INSPECTION, organisation_id=inspection.organisation_id,
        matter_id=inspection.matter_id, title=f"{party.name}{inspection.matter_version.name}检查结果",
        party_name=party.name, party_is_org=party.kind == PartyKind.ORGANISATION, number=inspection.number,
        decided_on=inspection.result_on, fields=[f for f in fields if f[1]],
        party_names=[party.name, party.legal_representative], due_on=due_on, due_basis=due_basis,
        period=periods.other_period(inspection.result_on, _param("publicity.other_period_years")),
        published_hint=inspection.published_on,
    )  # fmt: skip


# --- finding the source of a step, and every source still to publish --------------------------------------

# (procedure code, step) → the source the step creates, corrects or revokes.
TRIGGERS = {
    ("penalty_general", "decide"): SourceKind.PENALTY,
    ("penalty_general", "annul_decision"): SourceKind.PENALTY,
    ("penalty_simple", "decide_on_spot"): SourceKind.PENALTY,
    ("licence_application", "grant"): SourceKind.LICENCE,
    ("licence_application", "refuse"): SourceKind.LICENCE,
    ("licence", "revoke"): SourceKind.LICENCE,
    ("act_record", "record"): SourceKind.ACT,
    ("act_record", "record_correction"): SourceKind.ACT,
    ("act_record", "revoke"): SourceKind.ACT,
    **{
        ("inspection", action): SourceKind.INSPECTION
        for action in (
            "conclude",
            "order_correction",
            "recheck_corrected",
            "recheck_not_corrected",
            "open_case",
            "refer",
        )
    },
}


def source_id_of(kind: str, obj) -> int:
    if kind == SourceKind.LICENCE and hasattr(obj, "application_id"):
        return obj.application_id  # a step on the licence concerns the application's decision
    return act_root(obj) if kind == SourceKind.ACT else obj.pk


def _latest_act(root_id: int):
    from zhifa.acts.models import ActRecord

    related = ("organisation", "matter_version", "party", "supersedes")
    record = ActRecord.objects.select_related(*related).get(pk=root_id)
    while hasattr(record, "superseded_by"):
        record = record.superseded_by
    return record


def _case(pk: int) -> Case:
    return Case.objects.select_related("organisation", "party", "matter_version").get(pk=pk)


def _application(pk: int):
    from zhifa.licensing.models import LicenceApplication

    related = ("organisation", "applicant", "matter", "matter_version")
    return LicenceApplication.objects.select_related(*related).get(pk=pk)


def _inspection(pk: int):
    from zhifa.inspections.models import Inspection

    return Inspection.objects.select_related("organisation", "party", "matter_version").get(pk=pk)


def draft_for(kind: str, source_id: int) -> Draft:
    """The draft of a source record as it stands now."""
    if kind == SourceKind.INSPECTION:
        return inspection_draft(_inspection(source_id))
    if kind == SourceKind.PENALTY:
        return penalty_draft(_case(source_id))
    if kind == SourceKind.LICENCE:
        return licence_draft(_application(source_id))
    return act_draft(_latest_act(source_id))


def publishable(kind: str, source_id: int) -> bool:
    if kind == SourceKind.INSPECTION:
        return inspection_publishable(_inspection(source_id))
    if kind == SourceKind.PENALTY:
        return penalty_publishable(_case(source_id))
    if kind == SourceKind.LICENCE:
        return licence_publishable(_application(source_id))
    return act_publishable(_latest_act(source_id))


def penalty_performed(kind: str, source_id: int) -> bool:
    """令45: early end only once the penalty is performed (执行完毕 or 结案)."""
    if kind != SourceKind.PENALTY:
        return True
    return Case.objects.filter(pk=source_id, state__in=("executed", "closed")).exists()


def unpublished_sources() -> dict[str, list[int]]:
    """Source records due for publication that have no publication yet (records written in bulk or imported,
    or decided before this app was installed); ``publications_collect`` creates theirs."""
    from zhifa.acts.models import ActRecord
    from zhifa.inspections.models import Inspection
    from zhifa.licensing.models import LicenceApplication

    from .models import Publication

    def known(kind):
        return Publication.objects.filter(source_kind=kind).values("source_id")

    procedures = ["penalty_general"] + (
        ["penalty_simple"] if _param("publicity.publish_simple_penalties") else []
    )
    cases = Case.objects.filter(
        procedure__in=procedures, decided_on__isnull=False, decision_outcome=DecisionOutcome.PENALTY
    ).exclude(pk__in=known(SourceKind.PENALTY))
    applications = (
        LicenceApplication.objects.filter(decided_on__isnull=False)
        .exclude(decision="")
        .exclude(pk__in=known(SourceKind.LICENCE))
    )
    acts = ActRecord.objects.filter(to_publish=True, supersedes__isnull=True).exclude(
        pk__in=known(SourceKind.ACT)
    )
    inspections = (
        Inspection.objects.exclude(result="")
        .filter(result_on__isnull=False)
        .exclude(pk__in=known(SourceKind.INSPECTION))
    )
    since = _param("publicity.collect_since")
    if since:
        day = date.fromisoformat(since)
        cases, applications = cases.filter(decided_on__gte=day), applications.filter(decided_on__gte=day)
        acts, inspections = acts.filter(decided_on__gte=day), inspections.filter(result_on__gte=day)
    return {
        SourceKind.PENALTY: list(cases.values_list("pk", flat=True)),
        SourceKind.LICENCE: list(applications.values_list("pk", flat=True)),
        SourceKind.ACT: list(acts.values_list("pk", flat=True)),
        SourceKind.INSPECTION: list(inspections.values_list("pk", flat=True)),
    }  # fmt: skip


def drafts_for(kind: str, ids: list[int]) -> list[Draft]:
    """The drafts of many source records at once (a handful of queries, not several per record): for
    ``publications_collect`` and the demo."""
    global _batch
    _batch = {}
    try:
        return _drafts_for(kind, ids)
    finally:
        _batch = None


def _drafts_for(kind: str, ids: list[int]) -> list[Draft]:
    if kind == SourceKind.PENALTY:
        from django.db.models import Prefetch

        from zhifa.cases.models import CaseStep

        steps = Prefetch(
            "steps", CaseStep.objects.filter(action__in=CASE_STEPS).order_by("at", "id"), "pub_steps"
        )
        qs = Case.objects.select_related("organisation", "party", "matter_version")
        return [penalty_draft(c) for c in qs.prefetch_related(steps).filter(pk__in=ids)]
    if kind == SourceKind.LICENCE:
        return _licence_drafts(ids)
    if kind == SourceKind.INSPECTION:
        from zhifa.inspections.models import Inspection

        fields = ("organisation", "party", "matter_version")
        qs = Inspection.objects.select_related(*fields).filter(pk__in=ids).only(*INSPECTION_FIELDS)
        return [inspection_draft(i) for i in qs]
    records = _acts(ids)
    corrected = _corrected(ids)
    return [act_draft(_latest_act(pk)) if pk in corrected else act_draft(r) for pk, r in records.items()]


APPLICATION_FIELDS = (
    "organisation__name", "organisation__region_code", "applicant__name", "applicant__kind",
    "applicant__identifier", "applicant__legal_representative", "applicant__birth_date", "matter_version__name",
    "number", "decision", "decision_number", "decided_on", "granted_scope", "refusal_reasons",
    "granted_valid_from", "granted_valid_until", "matter_id", "organisation_id",
)  # fmt: skip


def _licence_drafts(ids: list[int]) -> list[Draft]:
    from zhifa.licensing.models import LicenceApplication, LicenceStep

    revoked = {
        s["licence__application_id"]: (s["on"], s["reason"])
        for s in LicenceStep.objects.filter(action="revoke", licence__application_id__in=ids)
        .order_by("at")
        .values("licence__application_id", "on", "reason")
    }
    qs = LicenceApplication.objects.select_related("organisation", "applicant", "matter_version")
    drafts = []
    for application in qs.filter(pk__in=ids).only(*APPLICATION_FIELDS):
        application.pub_revocation = revoked.get(application.pk, (None, ""))
        drafts.append(licence_draft(application))
    return drafts


def _acts(ids: list[int]) -> dict:
    from zhifa.acts.models import ActRecord

    qs = ActRecord.objects.select_related("organisation", "matter_version", "party").filter(pk__in=ids)
    return {r.pk: r for r in qs}


def _corrected(ids: list[int]) -> set[int]:
    """Which of ``ids`` have a later version (their draft reads the latest one)."""
    from zhifa.acts.models import ActRecord

    return set(ActRecord.objects.filter(supersedes_id__in=ids).values_list("supersedes_id", flat=True))
