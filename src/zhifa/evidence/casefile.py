"""一案一卷: a case's file — its documents and evidence in the order the file standard requires, with a cover, an
index with page numbers, the evidence list and the 备考表, as one PDF; and the completeness check against the
path the case actually took (seed 003 二(一): files that are not one-case-one-file, out of order, incomplete).

Order of the volume (立案 → 调查 → 审查 → 决定 → 送达 → 执行 → 结案): each document kind belongs to a stage and
within a stage documents keep the order they were issued. The check reads the case's history: every step whose
table row always produces a document must have it, and every step the 音像记录 rule covered must have its
recording.
"""

from __future__ import annotations

import functools
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.template import Context, Engine
from django.utils import timezone

from zhifa.cases.constants import DocumentKind as DK
from zhifa.cases.guards import av_step_required
from zhifa.cases.rendering import FONT_DIR, font_paths, render_html
from zhifa.cases.workflow import PROCEDURES
from zhifa.catalog.constants import AVStep
from zhifa.core.storage import IMAGE_TYPES, local_copy

from .models import EvidenceItem

STAGES = ("立案", "调查", "审查", "决定", "送达", "执行", "结案")
STAGE_OF = {
    DK.CLUE_REGISTER: "立案", DK.FILING_APPROVAL: "立案", DK.NOT_FILED: "立案",
    DK.INQUIRY_RECORD: "调查", DK.INSPECTION_RECORD: "调查", DK.PRESERVATION_NOTICE: "调查",
    DK.SUSPENSION_APPROVAL: "调查", DK.EXTENSION_APPROVAL: "调查", DK.TRANSFER_LETTER: "调查",
    DK.INVESTIGATION_REPORT: "审查", DK.CASE_AUDIT: "审查", DK.PRIOR_NOTICE: "审查", DK.HEARING_RIGHTS: "审查",
    DK.STATEMENT_RECORD: "审查", DK.HEARING_NOTICE: "审查", DK.HEARING_RECORD: "审查", DK.LEGAL_REVIEW: "审查",
    DK.DISCUSSION_RECORD: "审查",
    DK.PENALTY_DECISION: "决定", DK.NO_PENALTY_DECISION: "决定", DK.CREDIT_REPAIR_NOTICE: "决定",
    DK.ON_SPOT_DECISION: "决定", DK.REVOCATION: "决定",
    DK.SERVICE_RECEIPT: "送达",
    DK.PAYMENT_DEFERRAL: "执行", DK.ENFORCEMENT_APPLICATION: "执行",
    DK.CLOSING_REPORT: "结案",
}  # fmt: skip


@dataclass(frozen=True)
class Entry:
    anchor: str
    stage: str
    title: str
    number: str
    day: object
    document: object | None = None
    evidence: EvidenceItem | None = None


def entries(case) -> list[Entry]:
    """The volume's contents in order: documents by stage then issue; the evidence in the 调查 stage after the
    records, in its own numbering."""
    docs = list(case.documents.select_related("step").order_by("issued_on", "id"))
    items = list(case.evidence.select_related("file", "recorded_by").order_by("seq"))
    out = []
    for stage in STAGES:
        for doc in docs:
            if STAGE_OF.get(doc.kind, "调查") == stage:
                label = DK(doc.kind).label
                out.append(Entry(f"doc-{doc.pk}", stage, str(label), doc.number, doc.issued_on, document=doc))
        if stage == "调查":
            for item in items:
                title = f"证据{item.seq}：{item.title}（{item.get_kind_display()}）"
                out.append(Entry(f"ev-{item.pk}", stage, title, "", item.recorded_at.date(), evidence=item))
    return out


def gaps(case) -> list[str]:
    """What the path the case took requires and the file lacks (empty when complete)."""
    procedure = PROCEDURES.get(case.procedure)
    if procedure is None:
        return []
    have = {(d.step_id, d.kind) for d in case.documents.all()}
    recorded = set(
        EvidenceItem.objects.filter(case=case, step__isnull=False).values_list("step_id", flat=True)
    )
    missing = []
    for row in case.steps.order_by("at", "id"):
        step = procedure.step(row.action)
        if step is None:
            continue
        for produces in step.documents:
            if produces.when is None and (row.pk, produces.kind) not in have:
                missing.append(f"缺少“{DK(produces.kind).label}”（{step.label}，{row.on}）")
        av_step = av_step_required(case.matter_version, row.action, str((row.data or {}).get("method", "")))
        if av_step is not None and row.pk not in recorded:
            missing.append(f"缺少“{AVStep(av_step).label}”音像记录（{step.label}，{row.on}）")
    return missing


def _body(html: str) -> str:
    return re.search(r"<body>(.*)</body>", html, re.S).group(1)


def _style(html: str) -> str:
    return re.search(r"<style>(.*?)</style>", html, re.S).group(1)


def casefile_html(case, images: dict[int, str]) -> str:
    """The whole volume as one HTML document: WeasyPrint numbers the pages and fills the index's page numbers.
    ``images`` maps an evidence item to the file URI of its photo."""
    contents = entries(case)
    font_base = FONT_DIR.as_uri() + "/"
    sections, style = [], ""
    for e in contents:
        if e.document is not None:
            html = render_html(e.document, font_base=font_base)
            style = style or _style(html)
            sections.append({"entry": e, "body": _body(html)})
        else:
            sections.append({"entry": e, "item": e.evidence, "image": images.get(e.evidence.pk, "")})
    archived = getattr(case, "casefile", None) if case.pk else None
    context = {
        "archived": archived, "supplements": archived.supplements.select_related("file") if archived else [],
        "case": case, "contents": contents, "sections": sections, "style": style, "gaps": gaps(case),
        "documents": sum(e.document is not None for e in contents), "items": sum(e.evidence is not None for e in contents),
        "made_on": timezone.localdate(), "stages": STAGES,
    }  # fmt: skip
    return _casefile_engine().get_template("evidence/casefile.html").render(Context(context))


@functools.cache
def _casefile_engine() -> Engine:
    """The documents' own engine settings (their filters, autoescape), over this app's templates."""
    return Engine(dirs=[str(Path(__file__).parent / "templates")], builtins=["zhifa.cases.rendering"],
                  autoescape=True)  # fmt: skip


def _images(case, directory: Path) -> dict[int, str]:
    """The photos among the case's evidence, as local file URIs (copied out of object storage when needed)."""
    items = case.evidence.select_related("file").filter(file__content_type__in=IMAGE_TYPES)
    return {i.pk: local_copy(i.file, directory).as_uri() for i in items}


def casefile_pdf(case) -> bytes:
    with tempfile.TemporaryDirectory(prefix="zhifa-casefile-") as tmp:
        images = _images(case, Path(tmp))
        return _write_pdf(casefile_html(case, images), set(images.values()))


def _write_pdf(html: str, images: set[str]) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    allowed = {p.as_uri() for p in font_paths().values()} | images

    class CaseFiles(URLFetcher):
        def fetch(self, url, headers=None):
            if url not in allowed:
                raise ValueError(f"案卷只能引用平台自带的字体和本案的证据文件：{url}")
            return super().fetch(url, headers)

    fetcher = CaseFiles(allowed_protocols=("file",), fail_on_errors=True)
    return HTML(string=html, base_url=FONT_DIR.as_uri() + "/", url_fetcher=fetcher).write_pdf(
        pdf_variant="pdf/a-2u"
    )
