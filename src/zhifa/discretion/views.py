"""Workbench pages of discretion benchmarks: the list, a benchmark with its filing history and actions, the
editor with its tier table, the 司法局's filing queue, the 三张清单 and the calculator. Parse, call one service,
render (house style R2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require, require_scope
from zhifa.catalog.constants import MatterKind
from zhifa.catalog.models import Matter, MatterVersion
from zhifa.catalog.selectors import in_force_on
from zhifa.core.exceptions import DomainError, NotInScope, PermissionRefused
from zhifa.core.forms import call_service, refusal_text
from zhifa.core.views_support import workbench_view

from . import selectors, services
from .constants import THREE_LISTS, BenchmarkLevel, BenchmarkMode, FineMode, Outcome, PenaltyKind
from .domain.formatting import circumstance_label, multiple, yuan_compact
from .domain.types import Condition, Facts
from .forms import (
    ActionForm,
    BenchmarkCreateForm,
    BenchmarkFilterForm,
    BenchmarkTextForm,
    CalculatorForm,
    NewVersionForm,
    SplitForm,
    TierFormSet,
    birth_date_of,
    split_rows,
    tier_initial,
)
from .models import Benchmark, BenchmarkEvent
from .services import filed_on
from .workflow import BY_ACTION, EDITABLE_STATES, BenchmarkState, Transition

PAGE_SIZE = 50
STATUS_BADGES = {
    BenchmarkState.DRAFT: "text-bg-secondary",
    BenchmarkState.SUBMITTED: "text-bg-info",
    BenchmarkState.RETURNED: "text-bg-warning",
    BenchmarkState.FILED: "text-bg-success",
    BenchmarkState.REPEALED: "text-bg-dark",
}
OUTCOME_BADGES = {
    Outcome.NO_PENALTY: "text-bg-success",
    Outcome.MITIGATED: "text-bg-info",
    Outcome.LENIENT: "text-bg-primary",
    Outcome.STANDARD: "text-bg-secondary",
    Outcome.AGGRAVATED: "text-bg-danger",
}
MULTIPLE_BASES = {
    FineMode.GAIN_MULTIPLE: "违法所得",
    FineMode.GOODS_MULTIPLE: "货值金额",
    FineMode.TURNOVER_MULTIPLE: "违法经营额",
    FineMode.FEE_MULTIPLE: "广告费用",
}
EVENT_LABELS = {"create": "起草", **{a: t.label for a, t in BY_ACTION.items()}}


# --- display helpers ----------------------------------------------------------------------------------------


def fine_text(mode: str, low: Decimal | None, high: Decimal | None) -> str:
    """A fine as the page prints it: "5,000–15,000 元", "×10–20 倍（货值金额）", "—" without a fine."""
    if mode in ("", FineMode.NONE) or (low is None and high is None):
        return "—"
    if mode == FineMode.AMOUNT:
        return _bounds(low and yuan_compact(low), high and yuan_compact(high), "元")
    text = _bounds(low and multiple(low), high and multiple(high), "倍")
    return f"×{text}（{MULTIPLE_BASES.get(mode, mode)}）"


def _bounds(low: str | None, high: str | None, unit: str) -> str:
    if low in (None, "0") and high is not None:
        return f"{high} {unit}以下"
    if high is None:
        return f"{low} {unit}以上"
    return f"{low}–{high} {unit}"


def conditions_text(conditions: list[dict]) -> list[str]:
    """Each condition in Chinese with its value and unit (年/元)."""
    return [
        circumstance_label(
            Condition(c["key"], Decimal(str(c["value"])) if c.get("value") not in (None, "") else None)
        )
        for c in conditions
    ]


def kind_labels(kinds) -> list[str]:
    return [str(PenaltyKind(k).label) if k in PenaltyKind.values else k for k in kinds]


@dataclass(frozen=True)
class TierRow:
    position: int
    tier: object
    outcome_label: str
    badge: str
    conditions: list[str]
    kinds: list[str]
    fine: str


def tier_rows(tiers) -> list[TierRow]:
    return [
        TierRow(i, t, str(Outcome(t.outcome).label), OUTCOME_BADGES.get(t.outcome, "text-bg-light"),
                conditions_text(t.conditions), kind_labels(t.kinds), fine_text(t.fine_mode, t.fine_low, t.fine_high))
        for i, t in enumerate(tiers, 1)
    ]  # fmt: skip


def _state_label(value: str) -> str:
    return str(BenchmarkState(value).label) if value in BenchmarkState.values else (value or "—")


def _event_row(event: BenchmarkEvent) -> dict:
    return {"event": event, "label": EVENT_LABELS.get(event.action, event.action),
            "from_label": _state_label(event.from_state), "to_label": _state_label(event.to_state)}  # fmt: skip


def _bases(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", "；").split("；") if part.strip()]


def _today() -> date:
    return timezone.localdate()


# --- permissions on a benchmark -------------------------------------------------------------------------------


def _authors(actor, b: Benchmark) -> bool:
    """The actor may edit (or start a version of) ``b``: a body's head for its body, the 司法局 for a superior's."""
    perm = Perm.BENCHMARK_MANAGE if b.level == BenchmarkLevel.LOCAL else Perm.BENCHMARK_FILE
    return perm in actor.permissions and _writable(actor, b)


def _writable(actor, b: Benchmark) -> bool:
    """A superior department's benchmark has no body; a body's one only inside the actor's scope."""
    if b.organisation_id is None:
        return True
    try:
        require_scope(actor, b.organisation)
    except NotInScope:
        return False
    return True


def _actions(actor, b: Benchmark) -> list[Transition]:
    if not _writable(actor, b):
        return []
    return [t for t in selectors.available_transitions(b) if t.perm in actor.permissions]


# --- list -----------------------------------------------------------------------------------------------------


def _filtered(actor, form: BenchmarkFilterForm):
    form.is_valid()  # an invalid filter is ignored
    d = form.cleaned_data
    org = d.get("organisation")
    qs = selectors.benchmark_list(
        q=(d.get("q") or "").strip(), status=d.get("status") or "", level=d.get("level") or "",
        organisation_id=org.pk if org else None,
    ).filter(pk__in=selectors.benchmarks_visible_to(actor).values("pk"))  # fmt: skip
    code = (d.get("matter") or "").strip()
    return qs.filter(matter__basic_code=code) if code else qs


@workbench_view(Perm.CATALOG_VIEW)
def benchmark_list(request: HttpRequest) -> HttpResponse:
    """裁量基准: filters, a badge per status, links to the queue, the 三张清单 and the calculator."""
    actor = actor_for(request)
    form = BenchmarkFilterForm(request.GET)
    page = Paginator(_filtered(actor, form), PAGE_SIZE).get_page(request.GET.get("page"))
    names = selectors.matter_names([b.matter_id for b in page], _today())
    rows = [(b, names.get(b.matter_id, ""), STATUS_BADGES.get(b.status, "text-bg-light")) for b in page]
    context = {
        "form": form, "page": page, "rows": rows,
        "can_draft": bool({Perm.BENCHMARK_MANAGE, Perm.BENCHMARK_FILE} & actor.permissions),
        "can_file": Perm.BENCHMARK_FILE in actor.permissions,
    }  # fmt: skip
    return render(request, "discretion/list.html", context)


# --- one benchmark ------------------------------------------------------------------------------------------


def _detail_context(actor, b: Benchmark, bound: dict | None = None) -> dict:
    """The benchmark page; ``bound`` replaces an action's empty form by the one the user sent (with errors)."""
    visible = selectors.benchmarks_visible_to(actor).values("pk")
    return {
        "b": b,
        "matter_name": selectors.matter_names([b.matter_id], _today()).get(b.matter_id, ""),
        "badge": STATUS_BADGES.get(b.status, "text-bg-light"),
        "statutory_fine": fine_text(b.statutory_fine_mode, b.statutory_fine_low, b.statutory_fine_high),
        "violated_bases": _bases(b.violated_basis),
        "penalty_bases": _bases(b.penalty_basis),
        "tiers": tier_rows(b.tiers.all()),
        "events": [_event_row(e) for e in b.events.all()],
        "refinements": b.refinements.filter(pk__in=visible)
        .select_related("organisation")
        .order_by("-version"),
        **_authoring_context(actor, b, bound or {}),
    }


def _authoring_context(actor, b: Benchmark, bound: dict) -> dict:
    """What the user may do here: the filing actions, edit a draft, start a version, refine a superior's."""
    authors = _authors(actor, b)
    filed = b.status == BenchmarkState.FILED
    version_form = bound.get("new_version") or NewVersionForm(prefix="nv")
    return {
        "actions": [(t, bound.get(t.action) or ActionForm(prefix=t.action)) for t in _actions(actor, b)],
        "can_edit": authors and b.status in EDITABLE_STATES,
        "version_form": version_form if authors and filed else None,
        "can_refine": filed
        and b.level != BenchmarkLevel.LOCAL
        and Perm.BENCHMARK_MANAGE in actor.permissions,
    }


@workbench_view(Perm.CATALOG_VIEW)
def benchmark_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    b = selectors.benchmark_for(actor, pk)
    return render(request, "discretion/detail.html", _detail_context(actor, b))


def _safe_next(request: HttpRequest, value: str) -> str:
    """Where to go after an action: a local page the form named (the queue), never another site."""
    safe = url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return value if value and safe else ""


@workbench_view(Perm.CATALOG_VIEW)
def benchmark_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """One filing step from a small form (detail page or queue); a refusal is shown on the benchmark page."""
    transition = BY_ACTION.get(action)
    if transition is None:
        raise Http404("没有这种基准操作。")
    if request.method != "POST":
        return redirect("discretion:detail", pk)
    actor = actor_for(request)
    require(actor, transition.perm)
    b = selectors.benchmark_for(actor, pk, write=True)
    form = ActionForm(request.POST, prefix=action)
    if form.is_valid():
        call = partial(services.benchmark_transition, by=actor, benchmark=b, action=action,
                       reason=form.cleaned_data["reason"])  # fmt: skip
        if call_service(form, call) is not None:
            messages.success(request, f"已对“{b.violation}”执行“{transition.label}”。")
            target = _safe_next(request, form.cleaned_data["next"])
            return redirect(target) if target else redirect("discretion:detail", pk)
    b = selectors.benchmark_for(actor, pk)
    return render(request, "discretion/detail.html", _detail_context(actor, b, {action: form}))


@workbench_view(Perm.CATALOG_VIEW)
def benchmark_new_version(request: HttpRequest, pk: int) -> HttpResponse:
    if request.method != "POST":
        return redirect("discretion:detail", pk)
    actor = actor_for(request)
    b = selectors.benchmark_for(actor, pk, write=True)
    form = NewVersionForm(request.POST, prefix="nv")
    if form.is_valid():
        call = partial(
            services.benchmark_new_version, by=actor, benchmark=b, valid_from=form.cleaned_data["valid_from"]
        )
        new = call_service(form, call)
        if new is not None:
            messages.success(request, f"已新建第{new.version}版草稿，请修改后报送备案。")
            return redirect("discretion:edit", new.pk)
    return render(request, "discretion/detail.html", _detail_context(actor, b, {"new_version": form}))


# --- the editor -----------------------------------------------------------------------------------------------

SPLITS = {"split_three": "three_bands", "split_max": "max_only"}


def _body(actor):
    org = actor.organisation
    return org.body if org is not None and org.body_id else org


def _matter_choices(actor) -> list[tuple[int, str]]:
    """Penalty matters in force today; a body's head sees only the matters the body exercises."""
    qs = MatterVersion.objects.filter(in_force_on(_today()), kind=MatterKind.PENALTY)
    if Perm.BENCHMARK_FILE not in actor.permissions and actor.organisation is not None:
        qs = qs.filter(bodies=_body(actor))
    rows = qs.order_by("matter__basic_code").values_list("matter_id", "matter__basic_code", "name").distinct()
    return [(pk, f"{code} {name}") for pk, code, name in rows]


def _create_initial(request: HttpRequest, actor) -> tuple[dict, list[dict]]:
    """A new draft starts empty, or (``?parent=<id>``) as a refinement copying the superior's text and table."""
    initial = {"level": BenchmarkLevel.LOCAL, "mode": BenchmarkMode.OWN, "valid_from": _today()}
    parent_id = request.GET.get("parent", "")
    if not parent_id.isdigit():
        return initial, []
    parent = selectors.benchmark_for(actor, int(parent_id))
    initial.update({f: getattr(parent, f) for f in BenchmarkTextForm.base_fields if hasattr(parent, f)})
    initial.update(matter=parent.matter_id, mode=BenchmarkMode.REFINED, parent=parent.pk, valid_from=_today(),
                   document_number="")  # fmt: skip
    return initial, [tier_initial(t) for t in parent.tiers.all()]


def _save(actor, form, formset, b: Benchmark | None) -> Benchmark:
    d, data, tiers = form.cleaned_data, form.benchmark_data(), formset.tier_rows()
    mode = b.mode if b is not None else d["mode"]
    parent = d.get("parent") if mode == BenchmarkMode.REFINED else None  # only a refinement names a superior
    if b is not None:
        return services.benchmark_update(by=actor, benchmark=b, data=data, tiers=tiers, valid_from=d["valid_from"],
                                         parent=parent)  # fmt: skip
    local = d["level"] == BenchmarkLevel.LOCAL
    body = _body(actor) if local else None
    return services.benchmark_create(
        by=actor, matter=Matter.objects.get(pk=d["matter"]), level=d["level"], mode=d["mode"],
        issuer_name=(d["issuer_name"] or "").strip() or (body.name if body else ""), valid_from=d["valid_from"],
        data=data, tiers=tiers, organisation=body, parent=parent,
    )  # fmt: skip


def _submit_after_save(request: HttpRequest, actor, b: Benchmark) -> HttpResponse:
    """报送备案 right after saving: the range checks run; a refusal keeps the saved draft and says why."""
    try:
        services.benchmark_transition(by=actor, benchmark=b, action="submit")
    except (NotInScope, PermissionRefused):
        raise
    except DomainError as exc:
        messages.error(request, f"草稿已保存，但未能报送备案：{refusal_text(exc)}")
        return redirect("discretion:edit", b.pk)
    messages.success(request, "已保存并报送备案，等待司法局审查。")
    return redirect("discretion:detail", b.pk)


def _split(request: HttpRequest, method: str) -> tuple[TierFormSet, str]:
    """The tier table refilled by a split helper, or the posted table with the reason the split failed."""
    try:
        mode, low, high = SplitForm(request.POST).bounds(method)
        rows = split_rows(method, mode, low, high)
    except (ValidationError, ValueError) as exc:
        text = exc.messages[0] if isinstance(exc, ValidationError) else str(exc)
        return TierFormSet(request.POST, prefix="tiers"), text
    return TierFormSet(prefix="tiers", initial=[tier_initial(r) for r in rows]), ""


def _one_more_row(data):
    """The posted table with one more blank row (增加一档)."""
    data = data.copy()
    total = data.get("tiers-TOTAL_FORMS", "0")
    data["tiers-TOTAL_FORMS"] = str(int(total) + 1 if total.isdigit() else 1)
    return data


def _editor(
    request: HttpRequest, actor, make_form, b: Benchmark | None, initial_rows: list[dict]
) -> HttpResponse:
    do = request.POST.get("do", "save") if request.method == "POST" else ""
    split_error = ""
    if do in SPLITS:
        form = make_form(None, initial=request.POST.dict())
        formset, split_error = _split(request, SPLITS[do])
    elif do == "add_row":
        form = make_form(None, initial=request.POST.dict())
        formset = TierFormSet(_one_more_row(request.POST), prefix="tiers")
    else:
        form = make_form(request.POST or None)
        formset = TierFormSet(request.POST or None, prefix="tiers", initial=initial_rows)
    if do in ("save", "submit") and form.is_valid() and formset.is_valid():
        saved = call_service(form, partial(_save, actor, form, formset, b))
        if saved is not None and do == "submit":
            return _submit_after_save(request, actor, saved)
        if saved is not None:
            messages.success(request, "草稿已保存。")
            return redirect("discretion:detail", saved.pk)
    context = {"form": form, "formset": formset, "b": b, "split_error": split_error}
    return render(request, "discretion/editor.html", context)


def _require_author(actor) -> None:
    if not {Perm.BENCHMARK_MANAGE, Perm.BENCHMARK_FILE} & actor.permissions:
        require(actor, Perm.BENCHMARK_MANAGE)


@workbench_view(Perm.CATALOG_VIEW)
def benchmark_create(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    _require_author(actor)
    initial, rows = _create_initial(request, actor)
    choices = _matter_choices(actor)

    def make_form(data, initial=initial):
        return BenchmarkCreateForm(data, actor=actor, matter_choices=choices, initial=initial)

    return _editor(request, actor, make_form, None, rows)


@workbench_view(Perm.CATALOG_VIEW)
def benchmark_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    _require_author(actor)
    b = selectors.benchmark_for(actor, pk, write=True)
    values = {f: getattr(b, f) for f in BenchmarkTextForm.base_fields if hasattr(b, f)}
    values["parent"] = b.parent_id

    def make_form(data, initial=values):
        return BenchmarkTextForm(data, initial=initial)

    return _editor(request, actor, make_form, b, [tier_initial(t) for t in b.tiers.all()])


# --- the 司法局's filing queue --------------------------------------------------------------------------------


@workbench_view(Perm.BENCHMARK_FILE)
def filing_queue(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    queue = list(selectors.filing_queue().filter(pk__in=selectors.benchmarks_visible_to(actor).values("pk")))
    names = selectors.matter_names([b.matter_id for b in queue], _today())
    here = request.get_full_path()
    rows = [
        {"b": b, "matter_name": names.get(b.matter_id, ""),
         "forms": [(BY_ACTION[a], ActionForm(prefix=a, auto_id=f"id_{b.pk}_%s", initial={"next": here}))
                   for a in ("file", "return")]}
        for b in queue
    ]  # fmt: skip
    return render(request, "discretion/queue.html", {"rows": rows})


# --- 三张清单 -------------------------------------------------------------------------------------------------


def _day(value: str | None) -> date:
    try:
        return date.fromisoformat(value) if value else _today()
    except ValueError:
        return _today()


@workbench_view(Perm.CATALOG_VIEW)
def three_lists(request: HttpRequest) -> HttpResponse:
    """不予处罚、减轻处罚、从轻处罚清单 in force on a day: the rows of filed benchmarks with those outcomes."""
    outcome = request.GET.get("outcome", "")
    outcome = outcome if outcome in THREE_LISTS else Outcome.NO_PENALTY
    day = _day(request.GET.get("on"))
    tiers = list(selectors.three_lists(day=day))
    names = selectors.matter_names({t.benchmark.matter_id for t in tiers}, day)
    tabs = [(o, Outcome(o).label, sum(t.outcome == o for t in tiers)) for o in THREE_LISTS]
    rows = [
        (row, names.get(row.tier.benchmark.matter_id, ""))
        for row in tier_rows(t for t in tiers if t.outcome == outcome)
    ]
    return render(
        request, "discretion/three_lists.html", {"tabs": tabs, "outcome": outcome, "day": day, "rows": rows}
    )


# --- the calculator -------------------------------------------------------------------------------------------


def _calculator_matters(organisation) -> list[tuple[int, str]]:
    """Matters with a filed benchmark that applies today to ``organisation`` (its own or a superior's)."""
    applies = Q(level__in=[BenchmarkLevel.CITY, BenchmarkLevel.PROVINCE]) | Q(organisation=organisation)
    ids = set(
        Benchmark.objects.filter(filed_on(_today())).filter(applies).values_list("matter_id", flat=True)
    )
    names = selectors.matter_names(ids, _today())
    codes = Matter.objects.filter(pk__in=ids).order_by("basic_code").values_list("pk", "basic_code")
    return [(pk, f"{code} {names.get(pk, '')}") for pk, code in codes]


def _facts(d: dict) -> Facts:
    person = d["party_type"] == "person"
    birth = (d.get("party_birth_date") or birth_date_of(d["party_identifier"])) if person else None
    return Facts(
        party_type=d["party_type"], act_date=d["act_date"], circumstances=frozenset(d["circumstances"]),
        illegal_gain=d["illegal_gain"], goods_value=d["goods_value"], turnover=d["turnover"], ad_fee=d["ad_fee"],
        party_birth_date=birth,
    )  # fmt: skip


def _calculate(form: CalculatorForm, actor):
    d = form.cleaned_data
    lookup = {"pk": d["matter"]} if d.get("matter") else {"basic_code": d["matter_code"].strip()}
    matter = Matter.objects.filter(**lookup).first()
    if matter is None:
        form.add_error("matter_code", "没有这个基本编码的事项。")
        return None, None
    organisation = d.get("organisation") or _body(actor)
    call = partial(selectors.calculate, matter=matter, organisation=organisation, facts=_facts(d),
                   party_identifier=d["party_identifier"])  # fmt: skip
    return matter, call_service(form, call)


def _result(matter: Matter, calc) -> dict:
    rec = calc.recommendation
    fine = (
        "—"
        if rec.fine_low is None and rec.fine_high is None
        else fine_text(FineMode.AMOUNT, rec.fine_low, rec.fine_high)
    )
    return {
        "matter": matter, "matter_name": selectors.matter_names([matter.pk], _today()).get(matter.pk, ""),
        "benchmark": calc.benchmark, "rec": rec, "outcome_label": Outcome(rec.outcome).label,
        "badge": OUTCOME_BADGES.get(rec.outcome, "text-bg-light"), "kinds": kind_labels(rec.kinds), "fine": fine,
        "prior_count": calc.prior_count,
    }  # fmt: skip


@workbench_view(Perm.CATALOG_VIEW)
def calculator(request: HttpRequest) -> HttpResponse:
    """裁量计算: the recommended tier, kinds and fine range for a case, with the numbered trace of every rule."""
    actor = actor_for(request)
    initial = {"party_type": "organisation", "act_date": _today()}
    form = CalculatorForm(request.POST or None, actor=actor, matter_choices=_calculator_matters(_body(actor)),
                          initial=initial)  # fmt: skip
    result = None
    if request.method == "POST" and form.is_valid():
        matter, calc = _calculate(form, actor)
        result = _result(matter, calc) if calc is not None else None
    return render(request, "discretion/calculator.html", {"form": form, "result": result})
