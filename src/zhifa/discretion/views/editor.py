"""The benchmark editor: the text and the tier table of a draft, the split helpers, save and 报送备案."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require
from zhifa.catalog.constants import MatterKind
from zhifa.catalog.models import Matter, MatterVersion
from zhifa.catalog.selectors import in_force_on
from zhifa.core.exceptions import DomainError, NotInScope, PermissionRefused
from zhifa.core.forms import call_service, refusal_text
from zhifa.core.views_support import workbench_view

from .. import selectors, services
from ..constants import BenchmarkLevel, BenchmarkMode
from ..data import split_rows
from ..forms import (
    BenchmarkCreateForm,
    BenchmarkTextForm,
    SplitForm,
    TierFormSet,
    tier_initial,
)
from ..models import Benchmark
from .support import actor_body, today_local

SPLITS = {"split_three": "three_bands", "split_max": "max_only"}


def _matter_choices(actor) -> list[tuple[int, str]]:
    """Penalty matters in force today; a body's head sees only the matters the body exercises."""
    qs = MatterVersion.objects.filter(in_force_on(today_local()), kind=MatterKind.PENALTY)
    if Perm.BENCHMARK_FILE not in actor.permissions and actor.organisation is not None:
        qs = qs.filter(bodies=actor_body(actor))
    rows = qs.order_by("matter__basic_code").values_list("matter_id", "matter__basic_code", "name").distinct()
    return [(pk, f"{code} {name}") for pk, code, name in rows]


def _create_initial(request: HttpRequest, actor) -> tuple[dict, list[dict]]:
    """A new draft starts empty, or (``?parent=<id>``) as a refinement copying the superior's text and table."""
    initial = {"level": BenchmarkLevel.LOCAL, "mode": BenchmarkMode.OWN, "valid_from": today_local()}
    parent_id = request.GET.get("parent", "")
    if not parent_id.isdigit():
        return initial, []
    parent = selectors.benchmark_for(actor, int(parent_id))
    initial.update({f: getattr(parent, f) for f in BenchmarkTextForm.base_fields if hasattr(parent, f)})
    initial.update(matter=parent.matter_id, mode=BenchmarkMode.REFINED, parent=parent.pk, valid_from=today_local(),
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
    body = actor_body(actor) if local else None
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
