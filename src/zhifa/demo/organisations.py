"""The district's organisations: the 司法局, the enforcement bodies and their units, the streets with their
teams and 司法所, the abolished 渔政站; then their announcements and the written entrustments."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date

from django.db.models import F

from zhifa.core.storage import DOCUMENT_TYPES, store_upload
from zhifa.organisations.constants import AnnouncementKind, Category, OrgStatus, SubjectKind
from zhifa.organisations.models import Entrustment, Organisation, OrganisationAnnouncement

from . import data as D
from .context import BATCH, LoadContext


def load_organisations(ctx: LoadContext) -> None:
    _create_organisations(ctx)
    _create_announcements(ctx)
    _create_entrustments(ctx)


# --- organisations ----------------------------------------------------------------------------------------


def _subject(ctx: LoadContext, spec: D.BodySpec, category: str, order: int) -> Organisation:
    head, ctx.head_gender[spec.name] = ctx.fake.name()
    return Organisation(
        name=spec.name,
        short_name=spec.short_name,
        category=category,
        subject_kind=spec.subject_kind,
        uscc=ctx.fake.uscc(spec.org_type),
        legal_basis=spec.legal_basis.format(year=ctx.tl.cur - 2),
        region_code=D.DEMO_REGION,
        domain=spec.domain,
        head_name=head,
        address=ctx.fake.address(),
        phone=ctx.fake.phone(mobile=False),
        sort_order=order,
    )


def _street(ctx: LoadContext, name: str, order: int) -> Organisation:
    return Organisation(
        name=name,
        short_name=name,
        category=Category.STREET,
        subject_kind=SubjectKind.STATUTORY,
        uscc=ctx.fake.uscc(D.ORGAN),
        legal_basis=D.STREET_LEGAL_BASIS.format(year=ctx.tl.cur - 2),
        region_code=D.DEMO_REGION,
        domain="comprehensive",
        head_name=ctx.fake.name()[0],
        address=ctx.fake.address(),
        phone=ctx.fake.phone(mobile=False),
        sort_order=order,
    )


def _top_level(ctx: LoadContext) -> list[Organisation]:
    top = [_subject(ctx, D.BUREAU, Category.JUSTICE_BUREAU, 0)]
    top += [_subject(ctx, spec, Category.BODY, i) for i, spec in enumerate(D.BODIES, start=1)]
    abolished = _subject(ctx, D.ABOLISHED, Category.BODY, len(D.BODIES) + 1)
    abolished.status, abolished.abolished_on = OrgStatus.ABOLISHED, ctx.tl.abolished
    top.append(abolished)
    top += [_street(ctx, name, 100 + i) for i, (name, _, _) in enumerate(D.STREETS)]
    return top


def _children(ctx: LoadContext) -> list[Organisation]:
    rows = []
    for spec in (D.BUREAU, *D.BODIES, D.ABOLISHED):
        parent = ctx.orgs[spec.name]
        for i, unit in enumerate(spec.units):
            rows.append(
                Organisation(
                    name=f"{spec.name}{unit}",
                    short_name=unit,
                    category=Category.INTERNAL_UNIT,
                    region_code=D.DEMO_REGION,
                    parent=parent,
                    body=parent,
                    sort_order=i,
                )
            )
    for i, (name, _, _) in enumerate(D.STREETS):
        rows += [_street_team(ctx, ctx.orgs[name], i), _justice_office(ctx, ctx.orgs[name], i)]
    return rows


def _street_team(ctx: LoadContext, street: Organisation, order: int) -> Organisation:
    head, gender = ctx.fake.name()
    ctx.head_gender[f"{street.name}综合行政执法队"] = gender
    return Organisation(
        name=f"{street.name}综合行政执法队",
        short_name="综合行政执法队",
        category=Category.STREET_TEAM,
        uscc=ctx.fake.uscc(D.INSTITUTION),
        region_code=D.DEMO_REGION,
        domain="comprehensive",
        parent=street,
        street=street,
        head_name=head,
        address=street.address,
        phone=ctx.fake.phone(mobile=False),
        sort_order=order,
    )


def _justice_office(ctx: LoadContext, street: Organisation, order: int) -> Organisation:
    return Organisation(
        name=f"{street.name}司法所",
        short_name="司法所",
        category=Category.JUSTICE_OFFICE,
        region_code=D.DEMO_REGION,
        domain="justice",
        parent=ctx.orgs[D.BUREAU.name],
        street=street,
        head_name=ctx.fake.name()[0],
        address=street.address,
        phone=ctx.fake.phone(mobile=False),
        sort_order=order,
    )


def _create_organisations(ctx: LoadContext) -> None:
    top = _top_level(ctx)
    Organisation.objects.bulk_create(top, batch_size=BATCH)
    ctx.orgs = {o.name: o for o in top}
    children = _children(ctx)
    Organisation.objects.bulk_create(children, batch_size=BATCH)
    ctx.orgs.update({o.name: o for o in children})
    for child in children:
        if child.category == Category.INTERNAL_UNIT:
            ctx.units.setdefault(child.parent.name, []).append(child)
    self_bodies = [o for o in [*top, *children] if o.category != Category.INTERNAL_UNIT]
    # Bodies, streets, teams and justice organisations scope their own data: body = itself (one UPDATE).
    Organisation.objects.filter(pk__in=[o.pk for o in self_bodies]).update(body=F("pk"))
    for org in self_bodies:
        org.body_id = org.pk
    ctx.counts.update(
        organisations=len(top) + len(children),
        bodies=sum(o.category == Category.BODY for o in top),
        streets=len(D.STREETS),
    )


# --- announcements ----------------------------------------------------------------------------------------


def _announcement(
    ctx: LoadContext, org: Organisation, kind: str, day: date, content: str
) -> OrganisationAnnouncement:
    return OrganisationAnnouncement(
        organisation=org,
        kind=kind,
        title=f"关于{org.name}{AnnouncementKind(kind).label}的公告",
        content=content,
        effective_on=day,
        published_at=ctx.at(day, 60),
        published_by="区司法局",
    )


def _create_announcements(ctx: LoadContext) -> None:
    """主体确认 for every enforcement subject, and the abolition of the 渔政站 (seed 004 (一)3)."""
    rows = []
    for org in ctx.orgs.values():
        if org.subject_kind and org.category != Category.INTERNAL_UNIT:
            content = (
                f"{org.name}（{SubjectKind(org.subject_kind).label}）具有行政执法主体资格。"
                f"主体资格依据：{org.legal_basis}"
            )
            rows.append(_announcement(ctx, org, AnnouncementKind.ESTABLISHED, ctx.tl.confirmed, content))
    gone = ctx.orgs[D.ABOLISHED.name]
    content = f"{gone.name}自{gone.abolished_on:%Y年%m月%d日}起撤销。原因：{D.ABOLITION_REASON}"
    rows.append(_announcement(ctx, gone, AnnouncementKind.ABOLISHED, ctx.tl.abolished, content))
    OrganisationAnnouncement.objects.bulk_create(rows, batch_size=BATCH)
    ctx.counts["announcements"] = len(rows)


# --- entrustments -----------------------------------------------------------------------------------------


def _create_entrustments(ctx: LoadContext) -> None:
    """Written entrustments (《行政处罚法》第二十条) with their letters; the street's has expired."""
    rows = []
    for i, (giver, taker, number, matters, expired) in enumerate(D.ENTRUSTMENTS):
        start = date(ctx.tl.cur - 3, 7, 1) if expired else date(ctx.tl.cur - 2, 3, 1)
        end = date(ctx.tl.prev, 6, 30) if expired else date(ctx.tl.cur + 1, 2, 28)
        letter_number = number.format(year=start.year)
        pdf = _minimal_pdf(
            [
                "Qingjiang District (fictional demo)",
                f"Entrustment letter {i + 1}",
                f"Valid {start} to {end}",
            ]
        )
        stored = store_upload(io.BytesIO(pdf), name=f"委托书-{letter_number}.pdf", allowed=DOCUMENT_TYPES)
        rows.append(
            Entrustment(
                entrusting=ctx.orgs[giver],
                entrusted=ctx.orgs[taker],
                matters=list(matters),
                valid_from=start,
                valid_until=end,
                letter=stored,
                letter_number=letter_number,
            )
        )
    Entrustment.objects.bulk_create(rows)
    ctx.counts["entrustments"] = len(rows)


def _minimal_pdf(lines: Iterable[str]) -> bytes:
    """A one-page PDF with ASCII text (a stand-in for a scanned 委托书; real letters are uploaded)."""
    text = " ".join(f"({line}) Tj 0 -20 Td" for line in lines)
    stream = f"BT /F1 12 Tf 72 770 Td {text} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
