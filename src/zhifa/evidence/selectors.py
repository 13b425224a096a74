"""Reads of the evidence app: an item is seen by whoever may see its case (``cases.scope``)."""

from __future__ import annotations

from django.db.models import QuerySet

from zhifa.cases.scope import case_scope, out_of_scope

from .models import EvidenceItem


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
