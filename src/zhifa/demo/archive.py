"""The demo district's archive: the penalty cases that ended more than a few weeks ago are archived as
``evidence.archive.casefile_archive`` would archive them (档号 per body and year, retention by parameter, the frozen
manifest and its digest on the audit chain); a few late ones are left for the archive desk to show as overdue.
The volume PDFs are not made here (rendering a thousand volumes would cost minutes): an archived demo file's PDF
is made on demand from the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time, timedelta

from zhifa.cases.models import Case, NumberSeries
from zhifa.cases.numbering import body_word
from zhifa.core.audit import PendingEvent, append_many
from zhifa.evidence.archive import (
    ARCHIVABLE,
    ARCHIVE_SERIES,
    archive_due,
    archive_number,
    manifest_digest,
    manifests,
    retention_of,
)
from zhifa.evidence.models import CaseFile

from .context import BATCH, LoadContext

LATE_SHARE = 0.08  # the share of ended cases whose file is still waiting (seed 003: files archived late)


def load_archive(ctx: LoadContext) -> None:
    ended = list(Case.objects.filter(state__in=ARCHIVABLE, closed_on__isnull=False).select_related("organisation")
                 .order_by("closed_on", "pk"))  # fmt: skip
    planned = []
    for case in ended:
        due = archive_due(case)
        if due is None or due >= ctx.tl.today or ctx.rng.random() < LATE_SHARE:
            continue  # not yet due, or (a few) overdue and waiting on the archive desk
        day = case.closed_on + timedelta(days=ctx.rng.randint(3, (due - case.closed_on).days))
        planned.append((day, case))
    planned.sort(key=lambda p: (p[0], p[1].pk))
    rows = manifests([c.pk for _, c in planned])
    files, serial = [], defaultdict(int)
    for day, case in planned:
        years, until = retention_of(case, case.closed_on)
        serial[(case.organisation_id, day.year)] += 1
        number = archive_number(case.organisation, day.year, years, serial[(case.organisation_id, day.year)])
        manifest = rows[case.pk]
        files.append(CaseFile(case=case, archive_number=number, retention_years=years, retain_until=until,
                              archived_on=day, archived_by=f"{body_word(case.organisation)}档案员",
                              manifest=manifest, manifest_sha256=manifest_digest(manifest)))  # fmt: skip
    CaseFile.objects.bulk_create(files, batch_size=BATCH)
    NumberSeries.objects.bulk_create([NumberSeries(organisation_id=o, year=y, kind=ARCHIVE_SERIES, last=n)
                                      for (o, y), n in serial.items()], batch_size=BATCH)  # fmt: skip
    append_many([_event(ctx, f) for f in files])
    ctx.counts.update(casefiles=len(files), casefiles_waiting=len(ended) - len(files))


def _event(ctx: LoadContext, f: CaseFile) -> PendingEvent:
    return PendingEvent(
        action="casefile.archive", object_type="evidence.casefile", object_id=str(f.pk), actor_label=f.archived_by,
        organisation_id=f.case.organisation_id, at=datetime.combine(f.archived_on, time(16, 30), tzinfo=ctx.tz),
        after={"case": f.case.number, "archive_number": f.archive_number, "retention": f.retention_label,
               "retain_until": str(f.retain_until or ""), "entries": len(f.manifest),
               "manifest_sha256": f.manifest_sha256, "pdf_sha256": ""},
    )  # fmt: skip
