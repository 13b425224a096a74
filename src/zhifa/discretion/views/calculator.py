"""The calculator page (行政处罚裁量计算): the facts of a case in, the recommended tier, kinds, range and trace out."""

from __future__ import annotations

from functools import partial

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from zhifa.accounts.auth import actor_for
from zhifa.accounts.constants import Perm
from zhifa.catalog.models import Matter
from zhifa.core.forms import call_service
from zhifa.core.views_support import workbench_view
from zhifa.utils.validators import birth_date_of

from .. import selectors
from ..constants import BenchmarkLevel, FineMode, Outcome
from ..domain.types import Facts
from ..forms import (
    CalculatorForm,
)
from ..models import Benchmark
from ..services import filed_on

# --- the calculator -------------------------------------------------------------------------------------------
from .support import (
    OUTCOME_BADGES,
    actor_body,
    fine_text,
    kind_labels,
    today_local,
)


def _calculator_matters(organisation) -> list[tuple[int, str]]:
    """Matters with a filed benchmark that applies today to ``organisation`` (its own or a superior's)."""
    applies = Q(level__in=[BenchmarkLevel.CITY, BenchmarkLevel.PROVINCE]) | Q(organisation=organisation)
    ids = set(
        Benchmark.objects.filter(filed_on(today_local())).filter(applies).values_list("matter_id", flat=True)
    )
    names = selectors.matter_names(ids, today_local())
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
    organisation = d.get("organisation") or actor_body(actor)
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
        "matter": matter, "matter_name": selectors.matter_names([matter.pk], today_local()).get(matter.pk, ""),
        "benchmark": calc.benchmark, "rec": rec, "outcome_label": Outcome(rec.outcome).label,
        "badge": OUTCOME_BADGES.get(rec.outcome, "text-bg-light"), "kinds": kind_labels(rec.kinds), "fine": fine,
        "prior_count": calc.prior_count,
    }  # fmt: skip


@workbench_view(Perm.CATALOG_VIEW)
def calculator(request: HttpRequest) -> HttpResponse:
    """裁量计算: the recommended tier, kinds and fine range for a case, with the numbered trace of every rule."""
    actor = actor_for(request)
    initial = {"party_type": "organisation", "act_date": today_local()}
    form = CalculatorForm(request.POST or None, actor=actor, matter_choices=_calculator_matters(actor_body(actor)),
                          initial=initial)  # fmt: skip
    result = None
    if request.method == "POST" and form.is_valid():
        matter, calc = _calculate(form, actor)
        result = _result(matter, calc) if calc is not None else None
    return render(request, "discretion/calculator.html", {"form": form, "result": result})
