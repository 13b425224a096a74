"""一案一码 (seed 002): the public case page. The QR code printed on the case's documents opens it; the party
enters the check code (查询码) printed beside the QR and sees the case's stage, deadlines and served documents."""

from __future__ import annotations

import segno
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from .. import selectors
from ..api.serialise import case_out, deadlines_out


def case_url(case) -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/") + reverse("case_public:case", args=[case.number])


def case_qr_svg(case, *, scale: int = 3) -> str:
    return segno.make(case_url(case), error="m").svg_inline(scale=scale, dark="#000", light="#fff")


def public_case(request: HttpRequest, number: str = "") -> HttpResponse:
    number = number or request.GET.get("number", "").strip()
    code = request.GET.get("code", "").strip()
    case = selectors.case_by_code(number, code) if number and code else None
    context = {"number": number, "code": code, "case": None, "tried": bool(code)}
    if case is not None:
        today = timezone.localdate()
        context.update(case=case, out=case_out(case, today),
                       deadlines=deadlines_out(case, today),
                       documents=case.documents.filter(served_on__isnull=False))  # fmt: skip
    return render(request, "cases/public_case.html", context, status=404 if code and case is None else 200)
