"""Workbench pages of 行政执法公示: the desk (保密审查 queue, overdue and nearly-due lists), a record with its
masked content exactly as it will be published, its versions and history and the actions the user may take,
the timeliness table per body, and the 纠错 inbox. Views parse input, call one service and render (R2)."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhifa.accounts.constants import Perm
from zhifa.core.exceptions import DomainError
from zhifa.core.views_support import workbench_view

from . import selectors, services
from .constants import PubState, WithdrawGround


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@workbench_view(Perm.PUBLICITY_VIEW)
def desk(request: HttpRequest) -> HttpResponse:
    actor = request.actor
    context = {"queue": selectors.review_queue(actor)[:200], "due": selectors.due_lists(actor),
               "today": timezone.localdate(), "open_reports": selectors.open_error_reports(actor)[:50],
               "can_review": Perm.PUBLICITY_REVIEW in actor.permissions}  # fmt: skip
    return render(request, "publicity/workbench/desk.html", context)


@workbench_view(Perm.PUBLICITY_VIEW)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = request.actor
    pub = get_object_or_404(selectors.publications_for(actor).select_related("matter"), pk=pk)
    context = {"pub": pub, "versions": pub.versions.order_by("-number"), "events": pub.events.order_by("-at", "-id"),
               "current": pub.versions.get(number=pub.version), "reports": pub.error_reports.all(),
               "grounds": WithdrawGround.choices, "can_review": Perm.PUBLICITY_REVIEW in actor.permissions,
               "served": selectors.served().filter(pk=pub.pk).exists(), "PubState": PubState}  # fmt: skip
    return render(request, "publicity/workbench/detail.html", context)


def _lines(value: str) -> list[str]:
    return [
        line.strip() for line in value.replace("，", "\n").replace(",", "\n").splitlines() if line.strip()
    ]


ACTIONS = {
    "publish": lambda pub, p, by: services.publication_review(
        publication=pub, publish=True, extra_names=_lines(p.get("extra_names", "")),
        redactions=[line for line in p.get("redactions", "").splitlines() if line.strip()], by=by),
    "hold": lambda pub, p, by: services.publication_review(
        publication=pub, publish=False, reason=p.get("reason", ""), by=by),
    "withdraw": lambda pub, p, by: services.publication_withdraw(
        publication=pub, ground=p.get("ground", WithdrawGround.REVOKED), reason=p.get("reason", ""),
        on=_date(p.get("on", "")), by=by),
    "end_early": lambda pub, p, by: services.publication_end_early(publication=pub, reason=p.get("reason", ""), by=by),
}  # fmt: skip


@require_POST
@workbench_view(Perm.PUBLICITY_REVIEW)
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in ACTIONS:
        raise Http404
    pub = get_object_or_404(selectors.publications_for(request.actor), pk=pk)
    try:
        ACTIONS[action](pub, request.POST, request.actor)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "已办理。")
    return redirect("publicity:detail", pk=pk)


@workbench_view(Perm.PUBLICITY_VIEW)
def timeliness(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    start = _date(request.GET.get("start", "")) or date(today.year, 1, 1)
    end = _date(request.GET.get("end", "")) or today
    rows = selectors.timeliness(request.actor, start, end)
    return render(request, "publicity/workbench/timeliness.html", {"rows": rows, "start": start, "end": end})


@workbench_view(Perm.PUBLICITY_VIEW)
def reports(request: HttpRequest) -> HttpResponse:
    qs = selectors.error_reports_for(request.actor).order_by("state", "due_on", "-id")[:300]
    context = {
        "reports": qs,
        "today": timezone.localdate(),
        "can_review": Perm.PUBLICITY_REVIEW in request.actor.permissions,
    }
    return render(request, "publicity/workbench/reports.html", context)


@require_POST
@workbench_view(Perm.PUBLICITY_REVIEW)
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(selectors.error_reports_for(request.actor), pk=pk)
    try:
        services.error_report_answer(report=report, reply=request.POST.get("reply", ""),
                                     corrected=request.POST.get("corrected") == "1", by=request.actor)  # fmt: skip
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"已答复纠错申请 {report.code}。")
    return redirect("publicity:reports")
