"""What ``zhifa verify`` checks for evidence: each item's file matches its digest, and the digest is still the one
the audit chain recorded when the item was added (a row pointed at another file, or a digest changed in the
database, is found here; a changed audit event is found by the chain itself)."""

from __future__ import annotations

from zhifa.core.models import AuditEvent

from .models import EvidenceItem


def _label(item: EvidenceItem) -> str:
    return f"案件 {item.case.number} 证据{item.seq}（{item.title}）"


def check_evidence(damaged: dict[int, str]) -> list[str]:
    problems = []
    recorded = {
        int(e.object_id): (e.after or {}).get("sha256", "")
        for e in AuditEvent.objects.filter(action="evidence.add", object_type="evidence.evidenceitem")
    }
    for item in EvidenceItem.objects.select_related("case", "file").order_by("case_id", "seq").iterator():
        digest = item.file.sha256 if item.file else ""
        if item.file_id in damaged:
            problems.append(f"{_label(item)}：{damaged[item.file_id]}")
        if item.pk not in recorded:
            problems.append(f"{_label(item)}：审计链中没有其登记事件")
        elif recorded[item.pk] != digest:
            problems.append(f"{_label(item)}：文件摘要与登记时写入审计链的摘要不一致")
    return problems
