"""归档: archiving a closed case's file, supplements after archiving, and destruction when the retention ends.

- ``casefile_archive`` locks the file: only a closed (or not filed, or revoked) case whose file is complete
  (``casefile.gaps``) is archived. The manifest — every document and evidence item with its digest — is frozen
  with its own digest, which joins the audit chain with the volume PDF made that moment; ``zhifa verify`` then
  finds any document or item added, removed or changed afterwards (``integrity.check_casefiles``).
- ``casefile_supplement`` adds material afterwards with its reason and who added it; the volume is not edited.
- ``casefile_destruction_propose`` / ``casefile_destruction_decide``: when the 保管期限 (parameter
  ``archive.retention_years``, by the kind of file) has ended, a proposal with the appraisal, approved by another
  person with two supervisors, destroys the content (files no other record uses, the documents' text); the
  catalogue rows and every digest stay, and each step is on the audit chain.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from typing import BinaryIO

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require
from zhifa.cases.constants import ProcedureCode
from zhifa.cases.models import Case, Document
from zhifa.cases.numbering import body_word, next_in_series
from zhifa.cases.scope import require_case_scope
from zhifa.core.audit import audit
from zhifa.core.exceptions import DomainError
from zhifa.core.parameters import get_param
from zhifa.core.storage import (
    AV_TYPES,
    DOCUMENT_TYPES,
    IMAGE_TYPES,
    dispose_files,
    file_references,
    store_bytes,
    store_upload,
)

from . import rules
from .constants import CaseFileStatus, DestructionDecision
from .models import CaseFile, CaseFileDestruction, CaseFileSupplement, EvidenceItem

ARCHIVABLE = ("closed", "not_filed", "revoked")
SUPPLEMENT_TYPES = DOCUMENT_TYPES | IMAGE_TYPES | AV_TYPES
ARCHIVE_SERIES = "archive"


def retention_class(case: Case) -> str:
    """Which line of ``archive.retention_years`` a case's file falls under."""
    if case.state in ("not_filed", "revoked"):
        return "not_filed"
    if case.procedure == ProcedureCode.PENALTY_SIMPLE:
        return "simple"
    return "major" if case.is_major else "general"


def retention_of(case: Case, closed_on: date) -> tuple[int, date | None]:
    """The years a file is kept (0: permanently) and its last day: periods run from 1 January of the year after
    the case ended, so a file closed in 2026 and kept 10 years may be appraised for destruction from 2037."""
    years = int(get_param("archive.retention_years")[retention_class(case)])
    return years, (None if years == 0 else date(closed_on.year + years, 12, 31))


def archive_due(case: Case) -> date | None:
    """The last day to archive a closed case (parameter ``archive.days_after_close``)."""
    ended = case.closed_on or case.decided_on
    return ended + timedelta(days=int(get_param("archive.days_after_close"))) if ended else None


def manifest(case: Case) -> list[dict]:
    """Every document and evidence item of the case with its digest, in the order of the volume's numbering."""
    return manifests([case.pk])[case.pk]


def manifests(case_ids: list[int]) -> dict[int, list[dict]]:
    """``manifest`` for many cases in two queries (``zhifa verify``, the demo loader)."""
    out: dict[int, list[dict]] = {pk: [] for pk in case_ids}
    for d in Document.objects.filter(case_id__in=case_ids).order_by("id"):
        out[d.case_id].append({"type": "document", "id": d.pk, "kind": d.kind, "number": d.number,
                               "sha256": d.digest()})  # fmt: skip
    items = (
        EvidenceItem.objects.filter(case_id__in=case_ids).select_related("file").order_by("case_id", "seq")
    )
    for i in items:
        out[i.case_id].append({"type": "evidence", "id": i.pk, "seq": i.seq, "title": i.title,
                               "sha256": i.file.sha256 if i.file else ""})  # fmt: skip
    return out


def manifest_digest(rows: list[dict]) -> str:
    canonical = json.dumps(rows, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _lock_case(case: Case) -> Case:
    return Case.objects.select_for_update(of=("self",)).select_related("organisation").get(pk=case.pk)


def casefile_archive(*, case: Case, by) -> CaseFile:
    """Archive a closed case's complete file; refused, with what is missing listed, when it is not complete."""
    from .casefile import casefile_pdf, gaps

    require(by, Perm.CASE_APPROVE)
    with transaction.atomic():
        case = _lock_case(case)
        require_case_scope(by, case)
        _check_archivable(case)
        missing = gaps(case)
        if missing:
            raise DomainError.from_rule(rules.ARCHIVE_COMPLETE, missing="；".join(missing))
        today = timezone.localdate()
        years, until = retention_of(case, case.closed_on or today)
        rows = manifest(case)
        casefile = CaseFile(case=case, archive_number=_archive_number(case, today.year, years),
                            retention_years=years, retain_until=until, archived_on=today, archived_by=by.label,
                            manifest=rows, manifest_sha256=manifest_digest(rows))  # fmt: skip
        casefile.full_clean()
        casefile.save()
        case.casefile = casefile  # the volume's 备考表 names the 档号 and the retention
        pdf = store_bytes(casefile_pdf(case), name=f"{case.number}-归档案卷.pdf", mime="application/pdf")
        casefile.pdf = pdf
        casefile.save(update_fields=["pdf"])
        audit(actor=by, action="casefile.archive", obj=casefile, organisation_id=case.organisation_id, after={
            "case": case.number, "archive_number": casefile.archive_number, "retention": casefile.retention_label,
            "retain_until": str(until or ""), "entries": len(rows), "manifest_sha256": casefile.manifest_sha256,
            "pdf_sha256": pdf.sha256,
        })  # fmt: skip
    return casefile


def _check_archivable(case: Case) -> None:
    if case.state not in ARCHIVABLE:
        raise DomainError.from_rule(
            rules.ARCHIVE_STATE,
            detail=f"案件“{case.number}”处于“{case.state_label}”，结案（或不予立案、撤销立案）后才能归档。",
        )
    existing = CaseFile.objects.filter(case=case).first()
    if existing is not None:
        raise DomainError.from_rule(rules.ARCHIVE_LOCKED, detail=(
            f"案件“{case.number}”已于{existing.archived_on}归档（档号{existing.archive_number}），不能重复归档；"
            "归档后的材料请以“补充归档”登记并注明理由。"
        ))  # fmt: skip


def _archive_number(case: Case, year: int, years: int) -> str:
    return archive_number(
        case.organisation, year, years, next_in_series(case.organisation, year, ARCHIVE_SERIES)
    )


def archive_number(organisation, year: int, years: int, serial: int) -> str:
    """档号: the body, the year, the retention code (Y 永久, D30, D10) and a serial per body and year."""
    code = "Y" if years == 0 else f"D{years}"
    return f"{body_word(organisation)}·{year}·{code}·{serial:04d}"


def casefile_supplement(*, case: Case, title: str, reason: str, upload: BinaryIO | None, filename: str = "",
                        by) -> CaseFileSupplement:  # fmt: skip
    """Add material to an archived file with its reason; its digest joins the audit chain."""
    require(by, Perm.CASE_HANDLE)
    with transaction.atomic():
        case = _lock_case(case)
        require_case_scope(by, case)
        casefile = _live_casefile(case)
        title, reason = title.strip(), reason.strip()
        if len(title) < 2 or len(reason) < 4:
            raise DomainError.from_rule(
                rules.ARCHIVE_LOCKED, detail="归档后补充材料须写明材料名称（至少2字）和补充理由（至少4字）。"
            )
        stored = None
        if upload is not None:
            stored = store_upload(upload, name=filename or title, allowed=SUPPLEMENT_TYPES,
                                  max_bytes=settings.EVIDENCE_UPLOAD_MAX_BYTES)  # fmt: skip
        seq = (casefile.supplements.aggregate(m=Max("seq"))["m"] or 0) + 1
        supplement = CaseFileSupplement.objects.create(casefile=casefile, seq=seq, title=title, reason=reason,
                                                       file=stored, added_by=by.label, added_at=timezone.now())  # fmt: skip
        audit(actor=by, action="casefile.supplement", obj=supplement, organisation_id=case.organisation_id, after={
            "archive_number": casefile.archive_number, "seq": seq, "title": title, "reason": reason,
            "sha256": stored.sha256 if stored else "",
        })  # fmt: skip
    return supplement


def _live_casefile(case: Case) -> CaseFile:
    casefile = CaseFile.objects.filter(case=case).first()
    if casefile is None:
        raise DomainError.from_rule(
            rules.ARCHIVE_STATE, detail=f"案件“{case.number}”尚未归档：归档前的材料请作为证据登记。"
        )
    if casefile.status == CaseFileStatus.DESTROYED:
        raise DomainError.from_rule(
            rules.ARCHIVE_LOCKED, detail=f"案卷{casefile.archive_number}已经批准销毁，不能再补充材料。"
        )
    return casefile


def casefile_destruction_propose(*, casefile: CaseFile, appraisal: str, by) -> CaseFileDestruction:
    """Propose destroying a file whose retention has ended, with the appraisal that it has no further value."""
    require(by, Perm.CASE_APPROVE)
    with transaction.atomic():
        casefile = CaseFile.objects.select_for_update().select_related("case").get(pk=casefile.pk)
        require_case_scope(by, casefile.case)
        today = timezone.localdate()
        _check_expired(casefile, today)
        if len(appraisal.strip()) < 4:
            raise DomainError.from_rule(rules.DESTRUCTION, detail="提出销毁须附档案鉴定意见（至少4字）。")
        proposal = CaseFileDestruction.objects.create(casefile=casefile, proposed_on=today, proposed_by=by.label,
                                                      proposed_by_id=by.user_id, appraisal=appraisal.strip())  # fmt: skip
        casefile.status = CaseFileStatus.DESTRUCTION_PROPOSED
        casefile.save(update_fields=["status"])
        audit(actor=by, action="casefile.destruction_propose", obj=casefile,
              organisation_id=casefile.case.organisation_id,
              after={"archive_number": casefile.archive_number, "proposal": proposal.pk, "appraisal": appraisal})  # fmt: skip
    return proposal


def _check_expired(casefile: CaseFile, today: date) -> None:
    if casefile.status != CaseFileStatus.ARCHIVED:
        raise DomainError.from_rule(
            rules.DESTRUCTION,
            detail=f"案卷{casefile.archive_number}处于“{casefile.get_status_display()}”，不能再提出销毁。",
        )
    if casefile.retain_until is None:
        raise DomainError.from_rule(
            rules.RETENTION, detail=f"案卷{casefile.archive_number}永久保管，不得销毁。"
        )
    if today <= casefile.retain_until:
        raise DomainError.from_rule(rules.RETENTION, detail=(
            f"案卷{casefile.archive_number}保管期限为{casefile.retention_label}，至{casefile.retain_until}届满；"
            "期满后方可鉴定销毁。"
        ))  # fmt: skip


def casefile_destruction_decide(*, proposal: CaseFileDestruction, approve: bool, opinion: str,
                                supervisors: list[str], by) -> CaseFileDestruction:  # fmt: skip
    """Approve (and carry out, with two supervisors) or refuse a destruction proposal; not by its proposer."""
    require(by, Perm.CASE_APPROVE)
    with transaction.atomic():
        proposal = (
            CaseFileDestruction.objects.select_for_update()
            .select_related("casefile__case")
            .get(pk=proposal.pk)
        )
        casefile = proposal.casefile
        require_case_scope(by, casefile.case)
        names = list(dict.fromkeys(n.strip() for n in supervisors if n.strip()))
        _check_decision(proposal, approve, opinion, names, by)
        today = timezone.localdate()
        proposal.decision = DestructionDecision.APPROVED if approve else DestructionDecision.REJECTED
        proposal.decided_on, proposal.decided_by, proposal.opinion = today, by.label, opinion.strip()
        proposal.supervisors = names if approve else []
        proposal.save(update_fields=["decision", "decided_on", "decided_by", "opinion", "supervisors"])
        disposed = _destroy(casefile, today) if approve else []
        casefile.status = CaseFileStatus.DESTROYED if approve else CaseFileStatus.ARCHIVED
        casefile.save(update_fields=["status"])
        audit(actor=by, action="casefile.destroy" if approve else "casefile.destruction_reject", obj=casefile,
              organisation_id=casefile.case.organisation_id, after={
                  "archive_number": casefile.archive_number, "proposal": proposal.pk, "opinion": proposal.opinion,
                  "supervisors": names, "manifest_sha256": casefile.manifest_sha256, "disposed": disposed})  # fmt: skip
    return proposal


def _check_decision(proposal: CaseFileDestruction, approve: bool, opinion: str, names: list[str], by) -> None:
    if proposal.decision != DestructionDecision.PENDING:
        raise DomainError.from_rule(rules.DESTRUCTION, detail="该销毁申请已经审批，不能再次审批。")
    if by.user_id == proposal.proposed_by_id:
        raise DomainError.from_rule(rules.DESTRUCTION, detail="提出销毁的人不能审批自己的销毁申请。")
    if len(opinion.strip()) < 2:
        raise DomainError.from_rule(rules.DESTRUCTION, detail="请填写审批意见。")
    if approve and len(names) < 2:
        raise DomainError.from_rule(
            rules.DESTRUCTION, detail="批准销毁须由两名以上监销人监督销毁，请填写监销人姓名。"
        )


def _destroy(casefile: CaseFile, today: date) -> list[str]:
    """Delete the volume's content: the files no other record uses, and the documents' text (their digests are on
    the chain and in the manifest). The catalogue rows stay as the 销毁清册."""
    case = casefile.case
    items = list(EvidenceItem.objects.filter(case=case).values_list("pk", "file_id"))
    supplements = list(casefile.supplements.values_list("pk", "file_id"))
    ids = {f for _, f in items + supplements if f} | ({casefile.pdf_id} if casefile.pdf_id else set())
    keep = file_references(ids, exclude={
        EvidenceItem: [pk for pk, _ in items], CaseFileSupplement: [pk for pk, _ in supplements],
        CaseFile: [casefile.pk],
    })  # fmt: skip
    note = f"本文书已随案卷{casefile.archive_number}于{today}经批准销毁。"
    Document.objects.filter(case=case).update(data={"destroyed": note})
    return dispose_files(ids - keep)
