"""事前公开: the pages the public reads before any enforcement happens (seed 001 (一)2).

seed 001 (一)2: "加强事前公开。主要公开行政执法主体、人员、职责、权限、随机抽查事项清单、依据、程序、监督方式和救济渠道
等信息，并根据法律、法规立改废释和部门机构职能调整等情况进行动态调整。" These pages publish the catalog of matters
with a service guide for each (办事指南, (一)2(3)), the random-inspection item list ((一)2(2)), the filed discretion
benchmarks and the 三张清单 (《行政处罚法》第三十四条), the flow chart of every procedure drawn from its table
((一)2(3) 行政执法流程图) and the channels for supervision and remedy. Everything shown is read on today's date
through ``prior_selectors``; nothing here writes.
"""

from __future__ import annotations

from datetime import date

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from zhifa.catalog.constants import MatterKind
from zhifa.core.procedures import all_procedures
from zhifa.discretion.constants import THREE_LISTS, Outcome
from zhifa.discretion.views.support import fine_text, tier_rows
from zhifa.organisations.selectors import active_bodies, public_bodies
from zhifa.supervision.constants import ComplaintChannel

from . import flowchart, guide
from . import prior_selectors as selectors

PER_PAGE = 50
BODY_LIST = 20  # rows of each list on a body's page; the rest are a link away
# How the complaint register records complaints from the public (上级交办 is not a channel the public uses).
PUBLIC_CHANNELS = tuple(c.label for c in ComplaintChannel if c != ComplaintChannel.REFERRAL)


def _not_found(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "portal/not_found.html", {"message": message}, status=404)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _public_ids() -> set[int]:
    return set(public_bodies().values_list("pk", flat=True))


def _page(request: HttpRequest, qs):
    return Paginator(qs, PER_PAGE).get_page(request.GET.get("page"))


def _kinds_of(code: str) -> list[str]:
    """The matter kinds whose guide points to the procedure ``code``."""
    return [str(MatterKind(k).label) for k, codes in guide.KIND_PROCEDURES.items() if code in codes]


# --- the catalog and the service guides ------------------------------------------------------------------------


@require_GET
def matters(request: HttpRequest) -> HttpResponse:
    """行政执法事项清单: every matter in force today, with its bodies and legal basis; filters by kind and body."""
    query = request.GET.get("q", "").strip()[:50]
    kind = request.GET.get("kind", "")
    kind = kind if kind in MatterKind.values else ""
    body_id = _int(request.GET.get("body"))
    qs = selectors.matter_list(day=timezone.localdate(), q=query, kind=kind, body_id=body_id)
    context = {
        "page": _page(request, qs),
        "query": query,
        "kind": kind,
        "body_id": body_id,
        "kinds": MatterKind.choices,
        "bodies": active_bodies(),
        "public_ids": _public_ids(),
    }
    return render(request, "portal/prior/matters.html", context)


@require_GET
def matter(request: HttpRequest, pk: int) -> HttpResponse:
    """办事指南 of one matter: the fields of seed 001 (一)2(3), with what is not held said plainly."""
    day = timezone.localdate()
    version = selectors.matter_guide(pk, day)
    if version is None:
        return _not_found(request, "未找到该执法事项，或该事项当前不在公布施行的执法事项清单中。")
    context = {
        "version": version,
        "fields": guide.service_guide(version, selectors.justice_bureau()),
        "bases": list(version.bases.all()),
        "benchmarks": selectors.benchmark_list(day=day).filter(matter_id=version.matter_id),
        "public_ids": _public_ids(),
    }
    return render(request, "portal/prior/matter.html", context)


@require_GET
def inspection_items(request: HttpRequest) -> HttpResponse:
    """随机抽查事项清单: subject, basis, target, content, ratio, method and frequency of each item."""
    body_id = _int(request.GET.get("body"))
    items = selectors.inspection_items(day=timezone.localdate(), body_id=body_id)
    context = {"items": items, "body_id": body_id, "bodies": active_bodies()}
    return render(request, "portal/prior/inspection_items.html", context)


# --- flow charts ---------------------------------------------------------------------------------------------


@require_GET
def procedures(request: HttpRequest) -> HttpResponse:
    """The list of procedures with a flow chart each."""
    rows = [
        {"procedure": p, "kinds": _kinds_of(p.code), "steps": len(p.steps), "states": len(p.states.choices)}
        for p in all_procedures()
    ]
    return render(request, "portal/prior/procedures.html", {"rows": rows})


@require_GET
def procedure(request: HttpRequest, code: str) -> HttpResponse:
    """One procedure's flow chart: an SVG drawn from the table and the same table as an ordered list."""
    found = next((p for p in all_procedures() if p.code == code), None)
    if found is None:
        return _not_found(request, "未找到该执法程序。")
    chart = flowchart.build(found)
    # flowchart.svg escapes every text it draws, so its output may be marked safe.
    context = {"chart": chart, "svg": mark_safe(flowchart.svg(chart)), "kinds": _kinds_of(code)}
    return render(request, "portal/prior/procedure.html", context)


# --- discretion benchmarks and the 三张清单 ----------------------------------------------------------------------


@require_GET
def benchmarks(request: HttpRequest) -> HttpResponse:
    """裁量基准: the filed benchmarks in force today, with their matter and issuer."""
    day = timezone.localdate()
    query = request.GET.get("q", "").strip()[:50]
    body_id = _int(request.GET.get("body"))
    page = _page(request, selectors.benchmark_list(day=day, q=query, body_id=body_id))
    names = selectors.matter_names({b.matter_id for b in page}, day)
    context = {
        "page": page,
        "rows": [(b, names.get(b.matter_id, "")) for b in page],
        "query": query,
        "body_id": body_id,
        "bodies": active_bodies(),
    }
    return render(request, "portal/prior/benchmarks.html", context)


@require_GET
def benchmark(request: HttpRequest, pk: int) -> HttpResponse:
    """One filed benchmark in force: the statutory clause and its tiers (情节、条件、处罚种类、罚款幅度)."""
    day = timezone.localdate()
    b = selectors.benchmark_detail(pk, day)
    if b is None:
        return _not_found(request, "未找到该裁量基准，或该基准当前未公布施行。")
    context = {
        "b": b,
        "matter_name": selectors.matter_names([b.matter_id], day).get(b.matter_id, ""),
        "statutory_fine": fine_text(b.statutory_fine_mode, b.statutory_fine_low, b.statutory_fine_high),
        "tiers": tier_rows(b.tiers.all()),
    }
    return render(request, "portal/prior/benchmark.html", context)


def _three_list_tabs(tiers) -> list[tuple[str, str, int]]:
    return [(o, str(Outcome(o).label), sum(t.outcome == o for t in tiers)) for o in THREE_LISTS]


@require_GET
def three_lists(request: HttpRequest) -> HttpResponse:
    """不予处罚、减轻处罚、从轻处罚清单: the rows of the filed benchmarks in force today with those outcomes."""
    outcome = request.GET.get("outcome", "")
    outcome = outcome if outcome in THREE_LISTS else Outcome.NO_PENALTY
    day = timezone.localdate()
    tiers = selectors.three_lists(day)
    names = selectors.matter_names({t.benchmark.matter_id for t in tiers}, day)
    rows = [
        (row, names.get(row.tier.benchmark.matter_id, ""))
        for row in tier_rows(t for t in tiers if t.outcome == outcome)
    ]
    context = {"tabs": _three_list_tabs(tiers), "outcome": outcome, "rows": rows}
    return render(request, "portal/prior/three_lists.html", context)


# --- supervision and remedy ------------------------------------------------------------------------------------


@require_GET
def channels(request: HttpRequest) -> HttpResponse:
    """监督与救济渠道: complaints to the 司法局, 行政复议 and 行政诉讼, with their time limits and articles."""
    context = {
        "bureau": selectors.justice_bureau(),
        "complaint_channels": PUBLIC_CHANNELS,
        "review": guide.REVIEW,
        "review_body": guide.REVIEW_BODY,
        "litigation": guide.LITIGATION,
    }
    return render(request, "portal/prior/channels.html", context)


# --- the sections added to a body's page ------------------------------------------------------------------------


def body_sections(body, day: date) -> dict:
    """What a body's page adds for 事前公开: its matters (linking to their guides) and the benchmarks it applies.
    Annual reports are not modelled yet, so the page has no such section."""
    matters = list(selectors.body_matters(body, day))
    benchmarks = list(selectors.benchmark_list(day=day, body_id=body.pk))
    names = selectors.matter_names({b.matter_id for b in benchmarks[:BODY_LIST]}, day)
    return {
        "matters": matters[:BODY_LIST],
        "matter_count": len(matters),
        "body_benchmarks": [(b, names.get(b.matter_id, "")) for b in benchmarks[:BODY_LIST]],
        "benchmark_count": len(benchmarks),
    }


# --- the rules zhifa enforces -------------------------------------------------------------------------------------


@require_GET
def rules(request: HttpRequest) -> HttpResponse:
    """执法规则: every rule the platform holds each step to (code, message, citation, how sure the source is) and
    every configurable value (issue 6: the portal shows "the rules zhifa enforces")."""
    from zhifa.core.views import SOURCE_TAGS, parameter_rows, rule_groups

    context = {"groups": rule_groups(), "tags": SOURCE_TAGS, "parameters": parameter_rows()}
    return render(request, "portal/prior/rules.html", context)
