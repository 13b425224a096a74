"""The public pages of 行政执法公示 (no login), mounted at /gongshi/: search, a record, 纠错 and its answer.

Only what ``services.public_record`` carries is shown: masked content, the body, dates and state. A record
that was withdrawn or whose period ended says so (with the withdrawal reason) and shows nothing else.
"""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from zhifa.core.exceptions import DomainError
from zhifa.organisations.selectors import public_bodies

from . import selectors, services
from .constants import PublicationKind

PAGE_SIZE = 20


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def filters_from(query) -> selectors.SearchFilters:
    kind = query.get("kind", "")
    return selectors.SearchFilters(
        q=query.get("q", "").strip()[:100], organisation_id=_int(query.get("body", "")),
        kind=kind if kind in PublicationKind.values else "", matter_id=_int(query.get("matter", "")),
        date_from=_date(query.get("from", "")), date_to=_date(query.get("to", "")),
        party=query.get("party", "").strip()[:100],
    )  # fmt: skip


class _Capped:
    """A result list whose length is the capped count, so ``Paginator`` never counts millions of rows."""

    def __init__(self, qs, count: int) -> None:
        self.qs, self.n = qs, count

    def count(self) -> int:
        return self.n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, index):
        return self.qs[index]


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """执法决定公示: search with filters; without any filter, the most recent publications."""
    f = filters_from(request.GET)
    qs = selectors.search(f)
    count, more = selectors.capped_count(qs)
    page = Paginator(_Capped(qs, count), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"f": f, "page": page, "count": count, "more": more, "kinds": PublicationKind.choices,
               "bodies": public_bodies(), "searched": any(request.GET.get(k) for k in
                                                          ("q", "body", "kind", "matter", "from", "to", "party"))}  # fmt: skip
    return render(request, "publicity/public/search.html", context)


@require_GET
def record(request: HttpRequest, pk: int) -> HttpResponse:
    pub = selectors.publication_visible(pk)
    if pub is None:
        gone = selectors.public_status(pk)
        status = 410 if gone is not None else 404
        return render(request, "publicity/public/gone.html", {"pub": gone}, status=status)
    return render(request, "publicity/public/record.html", {"pub": pub})


@require_http_methods(["GET", "POST"])
def report_error(request: HttpRequest, pk: int) -> HttpResponse:
    """纠错: anyone may say what is wrong; the answer is read back with the code given here."""
    pub = selectors.publication_visible(pk)
    if pub is None:
        return render(request, "publicity/public/gone.html", {"pub": selectors.public_status(pk)}, status=404)
    error = ""
    if request.method == "POST":
        try:
            report = services.error_report_submit(
                publication=pub, content=request.POST.get("content", ""),
                reporter=request.POST.get("reporter", ""), contact=request.POST.get("contact", ""),
            )  # fmt: skip
        except DomainError as exc:
            error = exc.message
        else:
            messages.success(request, f"已收到您的纠错申请，查询码 {report.code}，请妥善保存。")
            return redirect("publicity_public:report", code=report.code)
    return render(request, "publicity/public/report_form.html", {"pub": pub, "error": error, "post": request.POST},
                  status=422 if error else 200)  # fmt: skip


@require_GET
def report(request: HttpRequest, code: str) -> HttpResponse:
    found = selectors.error_report_by_code(code)
    if found is None:
        return render(
            request, "publicity/public/gone.html", {"pub": None, "message": "未找到该查询码。"}, status=404
        )
    return render(request, "publicity/public/report.html", {"report": found})
