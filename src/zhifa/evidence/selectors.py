"""Reads of the evidence app: an item is seen by whoever may see its case (``cases.scope``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

from zhifa.cases.models import Case
from zhifa.cases.scope import case_scope, out_of_scope

from .constants import CaseFileStatus, DestructionDecision
from .models import CaseFile, CaseFileDestruction, EvidenceItem


def case_evidence(case) -> QuerySet[EvidenceItem]:
    related = ("recorded_by", "file", "step")
    return case.evidence.select_related(*related).prefetch_related("officers").order_by("seq")


def evidence_for(actor, pk: int) -> EvidenceItem:
    item = (
        EvidenceItem.objects.filter(case_scope(actor, "case__"), pk=pk).select_related("case", "file").first()
    )
    if item is None:
        raise out_of_scope()
    return item


def casefile_for(actor, pk: int) -> CaseFile:
    casefile = (
        CaseFile.objects.filter(case_scope(actor, "case__"), pk=pk).select_related("case", "pdf").first()
    )
    if casefile is None:
        raise out_of_scope()
    return casefile


def destruction_for(actor, pk: int) -> CaseFileDestruction:
    found = CaseFileDestruction.objects.filter(case_scope(actor, "casefile__case__"), pk=pk)
    proposal = found.select_related("casefile__case").first()
    if proposal is None:
        raise out_of_scope()
    return proposal


@dataclass(frozen=True)
class ToArchive:
    case: Case
    due_on: date | None
    overdue: bool


def archive_overview(actor, today: date, limit: int = 200) -> dict:
    """The archive desk: cases ended and not yet archived (with the day they are due), files archived, files whose
    retention has ended (to appraise), and destruction proposals awaiting a decision — all within the scope."""
    from .archive import ARCHIVABLE, archive_due

    ended = Case.objects.filter(case_scope(actor), state__in=ARCHIVABLE, casefile__isnull=True)
    pending = []
    for case in ended.select_related("organisation").order_by("closed_on", "id")[:limit]:
        due = archive_due(case)
        pending.append(ToArchive(case, due, bool(due and due < today)))
    files = CaseFile.objects.filter(case_scope(actor, "case__")).select_related("case")
    return {
        "pending": pending,
        "pending_total": ended.count(),
        "archived": files.order_by("-archived_on", "-id")[:limit],
        "archived_total": files.count(),
        "expired": files.filter(status=CaseFileStatus.ARCHIVED, retain_until__lt=today).order_by(
            "retain_until"
        ),
        "proposals": CaseFileDestruction.objects.filter(
            case_scope(actor, "casefile__case__"), decision=DestructionDecision.PENDING
        ).select_related("casefile__case"),
    }
