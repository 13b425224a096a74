"""A case's documents as a page (preview), PDF and Word: for the staff in scope, and for the party — served
documents only — with the case number and the check code (一案一码)."""

from __future__ import annotations

from urllib.parse import quote

from django.http import Http404, HttpRequest, HttpResponse
from django.templatetags.static import static

from zhifa.accounts.constants import Perm
from zhifa.core.views_support import workbench_view

from .. import selectors
from ..models import Document

FORMATS = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def file_response(document: Document, fmt: str) -> HttpResponse:
    """The document rendered as ``fmt``; PDF and Word are downloads named after the document and its 文号."""
    from ..rendering import render_docx, render_html, render_pdf

    if fmt not in FORMATS:
        raise Http404
    if fmt == "html":
        return HttpResponse(render_html(document, font_base=static("fonts/")), content_type=FORMATS["html"])
    body = render_pdf(document) if fmt == "pdf" else render_docx(document)
    response = HttpResponse(body, content_type=FORMATS[fmt])
    name = f"{document.get_kind_display()}{document.number or document.pk}.{fmt}"
    response["Content-Disposition"] = (
        f"attachment; filename=\"document-{document.pk}.{fmt}\"; filename*=UTF-8''{quote(name)}"
    )
    return response


@workbench_view(Perm.CASE_VIEW)
def case_document(request: HttpRequest, pk: int, doc_id: int, fmt: str) -> HttpResponse:
    case = selectors.case_for(request.actor, pk)
    document = case.documents.filter(pk=doc_id).first()
    if document is None:
        raise Http404
    return file_response(document, fmt)


def public_document(request: HttpRequest, number: str, doc_id: int, fmt: str) -> HttpResponse:
    """A served document for the party: the check code must match, and only what was served is shown."""
    case = selectors.case_by_code(number, request.GET.get("code", "").strip())
    document = case.documents.filter(pk=doc_id, served_on__isnull=False).first() if case else None
    if document is None or fmt == "docx":
        raise Http404
    return file_response(document, fmt)
