"""What ``zhifa verify`` checks for the whole-process record: each evidence item's file matches its digest, and the
digest is still the one the audit chain recorded when the item was added; each document still hashes to the digest
the chain recorded when it was issued (a row pointed at another file, a digest or a document's text changed in the
database, is found here; a changed audit event is found by the chain itself)."""

from __future__ import annotations

from zhifa.cases.models import Document
from zhifa.core.models import AuditEvent

from .archive import manifest_digest, manifests
from .constants import CaseFileStatus
from .models import CaseFile, CaseFileSupplement, EvidenceItem


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


def check_documents(damaged: dict[int, str]) -> list[str]:
    """Every issued document against the digest its step's audit event recorded."""
    recorded: dict[int, str] = {}
    events = AuditEvent.objects.filter(object_type="cases.case", action__startswith="case.")
    for after in events.values_list("after", flat=True).iterator():
        for pk, digest in ((after or {}).get("documents") or {}).items():
            recorded[int(pk)] = digest
    problems = []
    docs = Document.objects.exclude(
        case__casefile__status=CaseFileStatus.DESTROYED
    )  # destroyed with approval
    for doc in docs.select_related("case").order_by("case_id", "id").iterator():
        label = f"案件 {doc.case.number} 文书“{doc.get_kind_display()}”{doc.number}（ID {doc.pk}）"
        if doc.pk not in recorded:
            problems.append(f"{label}：审计链中没有其制作事件")
        elif recorded[doc.pk] != doc.digest():
            problems.append(f"{label}：内容与制作时写入审计链的摘要不一致")
    return problems


def _recorded(action: str, key: str) -> dict[int, str]:
    events = AuditEvent.objects.filter(action=action).values_list("object_id", "after")
    return {int(pk): (after or {}).get(key, "") for pk, after in events.iterator()}


def check_casefiles(damaged: dict[int, str]) -> list[str]:
    """Each archived file: its manifest digest is the one the chain recorded, nothing in the case was added,
    removed or changed since (the manifest recomputed), its PDF is intact; each supplement's file likewise."""
    recorded = _recorded("casefile.archive", "manifest_sha256")
    problems = []
    files = list(
        CaseFile.objects.exclude(status=CaseFileStatus.DESTROYED).select_related("case").order_by("pk")
    )
    for start in range(0, len(files), 500):
        chunk = files[start : start + 500]
        now = manifests([cf.case_id for cf in chunk])
        for cf in chunk:
            problems += _casefile_problems(cf, recorded.get(cf.pk), now[cf.case_id], damaged)
    return problems + _supplement_problems(damaged)


def _casefile_problems(
    cf: CaseFile, recorded: str | None, now: list[dict], damaged: dict[int, str]
) -> list[str]:
    label = f"案件 {cf.case.number} 归档案卷（档号 {cf.archive_number}）"
    problems = []
    if recorded != cf.manifest_sha256 or manifest_digest(cf.manifest) != cf.manifest_sha256:
        problems.append(f"{label}：卷内清单与归档时写入审计链的摘要不一致")
    elif manifest_digest(now) != cf.manifest_sha256:
        problems.append(f"{label}：归档后卷内文书或证据被增加、删除或改动")
    if cf.pdf_id in damaged:
        problems.append(f"{label}：归档 PDF {damaged[cf.pdf_id]}")
    return problems


def _supplement_problems(damaged: dict[int, str]) -> list[str]:
    problems = []
    sealed = _recorded("casefile.supplement", "sha256")
    for sup in CaseFileSupplement.objects.select_related("casefile__case", "file").order_by("pk"):
        label = f"案件 {sup.casefile.case.number} 补充归档材料{sup.seq}（{sup.title}）"
        if sealed.get(sup.pk) != (sup.file.sha256 if sup.file else ""):
            problems.append(f"{label}：与补充时写入审计链的摘要不一致")
        elif sup.file_id in damaged:
            problems.append(f"{label}：{damaged[sup.file_id]}")
    return problems
