"""Public pages (no login): certificate verification, enforcement bodies and announcements (公示).

Only public facts are shown: names, bodies, certificate numbers, domains, dates and statuses; never an ID
number, a phone number or the reason recorded for a step.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from zhifa.core.storage import open_blob
from zhifa.organisations.selectors import public_bodies
from zhifa.publicity.selectors import recent as recent_publications

from . import prior, selectors

LARGE_FONT_COOKIE = "zhifa_large_font"
ANNOUNCEMENTS_PER_PAGE = 20
# live_status code -> badge style on the verification page: green only when the certificate may be used.
STATUS_STYLE = {"valid": "status-ok", "expired": "status-grey"}
STATUS_NOTE = {
    "valid": "该执法证有效，持证人可在证件载明的执法领域和区域内从事行政执法活动。",
    "expired": "该执法证已超过有效期，不得继续使用。",
    "suspended": "该执法证已被暂扣，暂扣期间持证人不得从事行政执法活动。",
    "revoked": "该执法证已被吊销，不得使用。",
    "cancelled": "该执法证已注销，不得使用。",
    "withdrawn": "该执法证已收回（持证人已离开执法岗位），不得使用。",
    "lost": "该执法证已挂失（已作废），出示该证者不得从事行政执法活动。",
    "replaced": "原证已作废。",
}
LOST_LABEL = "挂失（已作废）"


def _status(cert, today) -> dict:
    code, label = cert.live_status(today)
    label = LOST_LABEL if code == "lost" else label
    return {
        "code": code,
        "label": label,
        "style": STATUS_STYLE.get(code, "status-bad"),
        "note": STATUS_NOTE.get(code, ""),
    }


def _not_found(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "portal/not_found.html", {"message": message}, status=404)


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The portal's home: search of published decisions, the latest publications, 执法证核验 (证号 or 姓名,
    exact) and the latest 主体公告."""
    query = request.GET.get("q", "").strip()[:50]
    today = timezone.localdate()
    results = [{"cert": c, "status": _status(c, today)} for c in selectors.certificate_search(query)]
    context = {
        "query": query,
        "results": results,
        "announcements": selectors.recent_body_announcements(),
        "body_count": public_bodies().count(),
        "publications": recent_publications(8),
    }
    return render(request, "portal/home.html", context)


@never_cache
@require_GET
def certificate(request: HttpRequest, token: str) -> HttpResponse:
    """The page the certificate's QR code opens: who holds it and whether it may be used today."""
    cert = selectors.certificate_by_token(token)
    if cert is None:
        return _not_found(
            request, "未找到该执法证。请核对二维码或链接是否完整；伪造、变造的证件无法在本系统中查到。"
        )
    now = timezone.localtime()
    context = {"cert": cert, "status": _status(cert, now.date()), "checked_at": now}
    return render(request, "portal/certificate.html", context)


@require_GET
def certificate_photo(request: HttpRequest, token: str) -> FileResponse:
    """The holder's photo, streamed from the file store (404 when there is none)."""
    cert = selectors.certificate_by_token(token)
    photo = cert.person.photo if cert else None
    if photo is None:
        raise Http404("无照片")
    try:
        response = FileResponse(open_blob(photo), content_type=photo.content_type)
    except FileNotFoundError as exc:
        raise Http404("照片文件缺失") from exc
    response["Cache-Control"] = "private, max-age=300"
    return response


@require_GET
def bodies(request: HttpRequest) -> HttpResponse:
    """执法主体: every enforcement body with its category, domain, credit code and status."""
    query = request.GET.get("q", "").strip()[:50]
    return render(request, "portal/bodies.html", {"bodies": selectors.body_list(query), "query": query})


@require_GET
def body(request: HttpRequest, pk: int) -> HttpResponse:
    """One body: its public details, its announcements and the certificates its officers hold."""
    organisation = selectors.public_body(pk)
    if organisation is None:
        return _not_found(request, "未找到该执法主体。")
    today = timezone.localdate()
    certificates = selectors.body_certificates(organisation)
    context = {
        "body": organisation,
        "announcements": selectors.body_announcements(organisation),
        "holders": [{"cert": c, "status": _status(c, today)} for c in certificates],
        "valid_count": selectors.valid_holder_count(certificates, today),
        **prior.body_sections(organisation, today),
    }
    return render(request, "portal/body.html", context)


@require_GET
def announcements(request: HttpRequest) -> HttpResponse:
    """主体公告 and 证件公告, newest first."""
    kind = request.GET.get("kind", "")
    kind = kind if kind in ("body", "certificate") else ""
    page = Paginator(selectors.AnnouncementFeed(kind), ANNOUNCEMENTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "portal/announcements.html", {"page": page, "kind": kind})


@require_GET
def large_font(request: HttpRequest) -> HttpResponse:
    """Toggle 大字模式 (a cookie read by base.html) and go back to the page the reader came from."""
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("portal:home")
    response = HttpResponseRedirect(target)
    if request.COOKIES.get(LARGE_FONT_COOKIE) == "1":
        response.delete_cookie(LARGE_FONT_COOKIE, samesite="Lax")
    else:
        response.set_cookie(LARGE_FONT_COOKIE, "1", max_age=365 * 24 * 3600, samesite="Lax")
    return response
