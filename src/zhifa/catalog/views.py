"""Workbench pages of the catalog: browse and search, a matter and its versions, drafts, publishing, Excel
exchange, the clean-up and delegation reports, the street guided list. Parse, call one service, render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require
from zhifa.core.domain.workdays import years_before
from zhifa.core.exceptions import DomainError, NotInScope, PermissionRefused
from zhifa.core.forms import call_service, refusal_text
from zhifa.core.views_support import workbench_view
from zhifa.discretion.constants import PenaltyKind
from zhifa.laws.selectors import find_citations_many

from . import reports, selectors, services
from .constants import MANDATORY_AV_STEPS, AVStep, ExerciseLevel, MajorCriterion, MatterKind, MatterStatus
from .excel import XLSX
from .forms import (
    CatalogFilterForm,
    CatalogImportForm,
    DelegationParamsForm,
    GuidedItemForm,
    MatterCreateForm,
    MatterForm,
    RepealForm,
)
from .models import GuidedListItem, Matter, MatterVersion

PAGE_SIZE = 50
STATUS_BADGES = {
    MatterStatus.DRAFT: "text-bg-warning",
    MatterStatus.PUBLISHED: "text-bg-success",
    MatterStatus.REPEALED: "text-bg-secondary",
}
# The law library's article page, used when its URL name cannot be reversed (the laws pages are written in
# parallel; the path is the agreed one).
LAW_ARTICLE_URL = "/workbench/laws/{law_id}/a/{number}/"
REPORT_TABS = (("unused", "五年未发生"), ("repeated", "交叉重复"), ("delegation", "下放事项评估"))


def _labels(values: list[str], choices) -> list[str]:
    return [str(choices(v).label) if v in choices.values else v for v in values]


def _perms(actor) -> dict[str, bool]:
    return {
        "can_manage": Perm.CATALOG_MANAGE in actor.permissions,
        "can_publish": Perm.CATALOG_PUBLISH in actor.permissions,
    }


# --- browse ---------------------------------------------------------------------------------------------------


@workbench_view(Perm.CATALOG_VIEW)
def catalog_list(request: HttpRequest) -> HttpResponse:
    """执法事项清单 as it stands today, with live search: an htmx request gets the table only."""
    actor = actor_for(request)
    form = CatalogFilterForm(request.GET)
    filters = form.filters()
    today = timezone.localdate()
    qs = selectors.matter_catalog(on=today, **filters)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    counts = selectors.count_by_kind(on=today, **{**filters, "kind": ""})
    context = {
        "form": form,
        "page": page,
        "kind_counts": [(value, label, counts.get(value, 0)) for value, label in MatterKind.choices],
        "total": sum(counts.values()),
        "today": today,
        **_perms(actor),
    }
    partial_table = request.htmx and not request.htmx.history_restore_request
    template = "catalog/_matter_table.html" if partial_table else "catalog/list.html"
    response = render(request, template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


# --- a matter -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BasisLink:
    citation: str
    href: str  # the article in the law library, "" when the library has no such article


def _basis_links(version: MatterVersion, role: str) -> list[BasisLink]:
    """Each citation with a link to its article page (/workbench/laws/<law_id>/a/<number>/).

    A basis written before its law was imported has no stored article; it is resolved now (one batch of queries),
    so importing the law library later links the whole catalog."""
    bases = [b for b in version.bases.all() if b.role == role]
    targets = {b.pk: (b.article.version.law_id, b.article.number) for b in bases if b.article_id}
    unlinked = [b for b in bases if not b.article_id]
    found = find_citations_many([b.citation for b in unlinked], on=version.valid_from) if unlinked else []
    for basis, spans in zip(unlinked, found, strict=True):
        resolved = next((r for _, _, r in spans if r is not None), None)
        if resolved is not None:
            targets[basis.pk] = (resolved.law.pk, resolved.article.number)
    return [BasisLink(b.citation, _article_href(*targets[b.pk]) if b.pk in targets else "") for b in bases]


def _article_href(law_id: int, number: int) -> str:
    try:
        return reverse("laws:article", kwargs={"law_id": law_id, "number": number})
    except NoReverseMatch:
        return LAW_ARTICLE_URL.format(law_id=law_id, number=number)


def _chosen(matter: Matter, number: str | None, today: date) -> MatterVersion:
    versions = list(matter.versions.all())  # prefetched, newest first
    if number and number.isdigit():
        found = next((v for v in versions if v.version == int(number)), None)
        if found is None:
            raise Http404("该事项没有这个版本。")
        return found
    return next((v for v in versions if v.status == MatterStatus.PUBLISHED and v.covers(today)), versions[0])


def _version_context(version: MatterVersion) -> dict:
    return {
        "levels": _labels(version.levels, ExerciseLevel),
        "establishes": _basis_links(version, "establishes"),
        "implements": _basis_links(version, "implements"),
        "av_steps": _labels(version.av_steps, AVStep),
        "mandatory_av": [str(s.label) for s in AVStep if s in MANDATORY_AV_STEPS],
        "major_kinds": _labels(version.major_kinds, PenaltyKind),
        "major_criteria": _labels(version.major_criteria, MajorCriterion),
    }


@workbench_view(Perm.CATALOG_VIEW)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    matter = selectors.matter_detail(pk)
    if matter is None:
        raise Http404("事项不存在。")
    today = timezone.localdate()
    version = _chosen(matter, request.GET.get("version"), today)
    versions = list(matter.versions.all())
    context = {
        "matter": matter,
        "v": version,
        "shown": _version_context(version),
        "versions": [(v, STATUS_BADGES.get(v.status, "")) for v in versions],
        "badge": STATUS_BADGES.get(version.status, ""),
        "in_force": version.status == MatterStatus.PUBLISHED and version.covers(today),
        "has_draft": any(v.status == MatterStatus.DRAFT for v in versions),
        **_perms(actor),
    }
    return render(request, "catalog/detail.html", context)


# --- writing drafts -------------------------------------------------------------------------------------------


def _detail_url(version: MatterVersion) -> str:
    return f"{reverse('catalog:detail', args=[version.matter_id])}?version={version.version}"


@workbench_view(Perm.CATALOG_MANAGE)
def create(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    form = MatterCreateForm(
        request.POST or None, initial={"valid_from": timezone.localdate(), "levels": ["county"]}
    )
    if request.method == "POST" and form.is_valid():
        call = partial(services.matter_create, by=actor, basic_code=form.cleaned_data["basic_code"],
                       data=form.matter_data(), valid_from=form.cleaned_data["valid_from"])  # fmt: skip
        version = call_service(form, call)
        if version is not None:
            messages.success(request, f"已登记事项“{version.name}”（第1版草稿）。")
            return redirect(_detail_url(version))
    return render(request, "catalog/form.html", {"form": form, "title": "登记执法事项"})


@workbench_view(Perm.CATALOG_MANAGE)
def version_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Start the next version from a copy of the latest one."""
    actor = actor_for(request)
    matter = selectors.matter_detail(pk)
    if matter is None:
        raise Http404("事项不存在。")
    latest = matter.versions.all()[0]
    services.require_writable(actor, latest)
    initial = {**MatterForm.initial_from(latest), "valid_from": timezone.localdate(), "change_note": ""}
    form = MatterForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        call = partial(services.matter_version_create, by=actor, matter=matter,
                       valid_from=form.cleaned_data["valid_from"], data=form.matter_data())  # fmt: skip
        version = call_service(form, call)
        if version is not None:
            messages.success(request, f"已新建第{version.version}版草稿。")
            return redirect(_detail_url(version))
    context = {"form": form, "matter": matter, "title": f"新建版本：{latest.name}"}
    return render(request, "catalog/form.html", context)


def _version(pk: int) -> MatterVersion:
    version = MatterVersion.objects.select_related("matter", "entrustment").filter(pk=pk).first()
    if version is None:
        raise Http404("事项版本不存在。")
    return version


@workbench_view(Perm.CATALOG_MANAGE)
def version_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    version = _version(pk)
    services.require_writable(actor, version)
    form = MatterForm(request.POST or None, initial=MatterForm.initial_from(version))
    if request.method == "POST" and form.is_valid():
        call = partial(services.matter_version_update, by=actor, version=version, data=form.matter_data(),
                       valid_from=form.cleaned_data["valid_from"])  # fmt: skip
        if call_service(form, call) is not None:
            messages.success(request, f"已保存第{version.version}版草稿。")
            return redirect(_detail_url(version))
    context = {
        "form": form,
        "matter": version.matter,
        "title": f"修改草稿：{version.name}（第{version.version}版）",
    }
    return render(request, "catalog/form.html", context)


def _refusal_to_message(request: HttpRequest, call) -> object | None:
    """Run a one-click action; a rule's refusal is shown on the page it came from."""
    try:
        return call()
    except (NotInScope, PermissionRefused):
        raise
    except DomainError as exc:
        messages.error(request, refusal_text(exc))
    return None


@require_POST
@workbench_view(Perm.CATALOG_PUBLISH)
def version_publish(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    version = _version(pk)
    done = _refusal_to_message(request, partial(services.matter_version_publish, by=actor, version=version))
    if done is not None:
        messages.success(request, f"第{version.version}版已发布，自 {version.valid_from:%Y-%m-%d} 起适用。")
    return redirect(_detail_url(version))


@workbench_view(Perm.CATALOG_PUBLISH)
def version_repeal(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request)
    version = _version(pk)
    form = RepealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = partial(services.matter_version_repeal, by=actor, version=version, **form.cleaned_data)
        if call_service(form, call) is not None:
            messages.success(request, f"“{version.name}”第{version.version}版已废止。")
            return redirect(_detail_url(version))
    return render(request, "catalog/repeal.html", {"form": form, "v": version})


@workbench_view(Perm.CATALOG_MANAGE)
def drafts(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    q = request.GET.get("q", "").strip()
    context = {"drafts": selectors.drafts(q=q), "q": q, **_perms(actor)}
    return render(request, "catalog/drafts.html", context)


# --- Excel ----------------------------------------------------------------------------------------------------


@workbench_view(Perm.CATALOG_VIEW)
def export(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    try:
        on = date.fromisoformat(request.GET.get("on", ""))
    except ValueError:
        on = today
    disposition = content_disposition_header(True, f"执法事项清单_{on:%Y%m%d}.xlsx")
    content = services.catalog_export(on=on)
    return HttpResponse(content, content_type=XLSX, headers={"Content-Disposition": disposition})


def _run_import(form: CatalogImportForm, actor) -> tuple[services.ImportResult | None, list[dict]]:
    data = form.cleaned_data
    upload = data["file"]
    try:
        result = services.catalog_import(by=actor, content=upload.read(), filename=upload.name,
                                         valid_from=data["valid_from"], publish=data.get("publish", False))  # fmt: skip
    except (NotInScope, PermissionRefused):
        raise
    except DomainError as exc:
        errors = exc.extra.get("errors") or []
        head = (
            f"【{exc.code}】导入文件有 {len(errors)} 处错误，未导入任何事项。"
            if errors
            else refusal_text(exc)
        )
        form.add_error(None, head)
        return None, errors
    return result, []


@workbench_view(Perm.CATALOG_MANAGE)
def import_file(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request)
    can_publish = Perm.CATALOG_PUBLISH in actor.permissions
    form = CatalogImportForm(request.POST or None, request.FILES or None, can_publish=can_publish)
    result, errors = None, []
    if request.method == "POST" and form.is_valid():
        result, errors = _run_import(form, actor)
    context = {"form": form, "result": result, "errors": [e for e in errors if e.get("row")],
               "file_errors": [e for e in errors if not e.get("row")]}  # fmt: skip
    return render(request, "catalog/import.html", context)


# --- reports --------------------------------------------------------------------------------------------------


def _delegation(request: HttpRequest, today: date) -> dict:
    defaults = {"years": 1, "overdue_threshold": reports.OVERDUE_SHARE_THRESHOLD,
                "complaint_threshold": reports.COMPLAINT_THRESHOLD}  # fmt: skip
    form = DelegationParamsForm(defaults | {k: v for k, v in request.GET.items() if k in defaults and v})
    data = form.cleaned_data if form.is_valid() else defaults
    years, share, limit = data["years"], float(data["overdue_threshold"]), data["complaint_threshold"]
    rows = reports.delegation_report(
        today=today, years=years, overdue_threshold=share, complaint_threshold=limit
    )
    return {"params": form, "rows": rows, "years": years, "share": share, "limit": limit,
            "struggling": sum(r.struggling for r in rows)}  # fmt: skip


@workbench_view(Perm.CATALOG_VIEW)
def report(request: HttpRequest) -> HttpResponse:
    """清理报告 (五年未发生, 交叉重复) and 下放事项评估, one tab at a time."""
    actor = actor_for(request)
    tab = request.GET.get("tab") if request.GET.get("tab") in dict(REPORT_TABS) else "unused"
    today = timezone.localdate()
    context: dict = {"tab": tab, "tabs": REPORT_TABS, "today": today, **_perms(actor)}
    if tab == "unused":
        context["rows"] = reports.unused_matters(today=today)
        context["since"] = years_before(today, 5)
    elif tab == "repeated":
        context["rows"] = reports.repeated_matters(today=today)
    else:
        context.update(_delegation(request, today))
    return render(request, "catalog/reports.html", context)


# --- guided list ----------------------------------------------------------------------------------------------


@workbench_view(Perm.CATALOG_VIEW)
def guided(request: HttpRequest) -> HttpResponse:
    """街道综合行政执法事项指导目录, with the add form for those who may publish."""
    actor = actor_for(request)
    form = GuidedItemForm(request.POST or None)
    if request.method == "POST":
        require(actor, Perm.CATALOG_PUBLISH)
        if form.is_valid():
            item = call_service(form, partial(services.guided_item_create, by=actor, **form.cleaned_data))
            if item is not None:
                messages.success(request, f"已将 {item.basic_code}“{item.name}”列入指导目录。")
                return redirect("catalog:guided")
    items = list(GuidedListItem.objects.all())
    matters = dict(
        Matter.objects.filter(basic_code__in=[i.basic_code for i in items]).values_list("basic_code", "pk")
    )
    rows = [(item, matters.get(item.basic_code)) for item in items]
    context = {"rows": rows, "form": form, "today": timezone.localdate(), **_perms(actor)}
    return render(request, "catalog/guided.html", context)
