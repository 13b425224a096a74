"""Pages of benchmarks: the list, one benchmark with its filing history and actions, a new version, the
司法局's filing queue and the 三张清单. Parse, call one service, render (house style R2)."""

from __future__ import annotations

from datetime import date
from functools import partial

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require
from zhifa.core.forms import call_service
from zhifa.core.views_support import workbench_view

from .. import selectors, services
from ..constants import THREE_LISTS, BenchmarkLevel, Outcome
from ..forms import (
    ActionForm,
    BenchmarkFilterForm,
    NewVersionForm,
)
from ..models import Benchmark
from ..workflow import BY_ACTION, EDITABLE_STATES, BenchmarkState

# --- list -----------------------------------------------------------------------------------------------------
from .support import (
    PAGE_SIZE,
    STATUS_BADGES,
    benchmark_actions,
    event_row,
    fine_text,
    is_author,
    split_citations,
    tier_rows,
    today_local,
)


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
    names = selectors.matter_names([b.matter_id for b in page], today_local())
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
        "matter_name": selectors.matter_names([b.matter_id], today_local()).get(b.matter_id, ""),
        "badge": STATUS_BADGES.get(b.status, "text-bg-light"),
        "statutory_fine": fine_text(b.statutory_fine_mode, b.statutory_fine_low, b.statutory_fine_high),
        "violated_bases": split_citations(b.violated_basis),
        "penalty_bases": split_citations(b.penalty_basis),
        "tiers": tier_rows(b.tiers.all()),
        "events": [event_row(e) for e in b.events.all()],
        "refinements": b.refinements.filter(pk__in=visible)
        .select_related("organisation")
        .order_by("-version"),
        **_authoring_context(actor, b, bound or {}),
    }


def _authoring_context(actor, b: Benchmark, bound: dict) -> dict:
    """What the user may do here: the filing actions, edit a draft, start a version, refine a superior's."""
    authors = is_author(actor, b)
    filed = b.status == BenchmarkState.FILED
    version_form = bound.get("new_version") or NewVersionForm(prefix="nv")
    return {
        "actions": [
            (t, bound.get(t.action) or ActionForm(prefix=t.action)) for t in benchmark_actions(actor, b)
        ],
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


# --- the 司法局's filing queue --------------------------------------------------------------------------------


@workbench_view(Perm.BENCHMARK_FILE)
def filing_queue(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    queue = list(selectors.filing_queue().filter(pk__in=selectors.benchmarks_visible_to(actor).values("pk")))
    names = selectors.matter_names([b.matter_id for b in queue], today_local())
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
        return date.fromisoformat(value) if value else today_local()
    except ValueError:
        return today_local()


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
