"""Reads of the catalog (house style R9). The catalog is published information (事前公开, seed 001 (一)2): every
workbench user reads the whole district's catalog; writes are scoped in the services."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from .constants import MatterStatus, StreetDelegation
from .models import Matter, MatterBasis, MatterVersion


def _with_details(qs: QuerySet) -> QuerySet:
    bases = MatterBasis.objects.select_related("article", "article__version", "article__version__law")
    return qs.select_related("matter", "entrustment", "entrustment__entrusted").prefetch_related(
        "bodies", Prefetch("bases", queryset=bases)
    )


def in_force_on(day: date) -> Q:
    return Q(status=MatterStatus.PUBLISHED, valid_from__lte=day) & (
        Q(valid_until__isnull=True) | Q(valid_until__gte=day)
    )


def version_in_force(matter: Matter, day: date) -> MatterVersion | None:
    """The published version of ``matter`` that covers ``day`` (what a case on that day records)."""
    return matter.versions.filter(in_force_on(day)).first()


def matter_catalog(
    *, on: date, q: str = "", kind: str = "", domain: str = "", body_id: int | None = None,
    street_delegation: str = "", inspection_only: bool = False,
) -> QuerySet[MatterVersion]:  # fmt: skip
    """The catalog as it stands on ``on``: one published version per matter, filtered."""
    qs = MatterVersion.objects.filter(in_force_on(on))
    if q:
        qs = qs.filter(
            Q(name__icontains=q) | Q(matter__basic_code__startswith=q) | Q(local_code__startswith=q)
        )
    if kind:
        qs = qs.filter(kind=kind)
    if domain:
        qs = qs.filter(domain=domain)
    if body_id:
        qs = qs.filter(bodies__pk=body_id)
    if street_delegation:
        qs = qs.filter(street_delegation=street_delegation)
    if inspection_only:
        qs = qs.filter(inspection_item=True)
    return _with_details(qs.distinct()).order_by("matter__basic_code")


def count_by_kind(*, on: date, **filters) -> dict[str, int]:
    """How many matters of each 事项类型 the catalog on ``on`` holds under ``filters`` (one query)."""
    qs = matter_catalog(on=on, **filters).order_by().values("kind").annotate(n=Count("pk", distinct=True))
    return {row["kind"]: row["n"] for row in qs}


def drafts(*, q: str = "") -> QuerySet[MatterVersion]:
    """Draft versions waiting for publication."""
    qs = MatterVersion.objects.filter(status=MatterStatus.DRAFT)
    if q:
        qs = qs.filter(name__icontains=q)
    return _with_details(qs).order_by("matter__basic_code")


def matter_detail(pk: int) -> Matter | None:
    versions = _with_details(MatterVersion.objects.order_by("-version"))
    return Matter.objects.prefetch_related(Prefetch("versions", queryset=versions)).filter(pk=pk).first()


def matter_version(matter_id: int, number: int) -> MatterVersion | None:
    """Version ``number`` of the matter ``matter_id``, with its bodies and bases."""
    return _with_details(MatterVersion.objects.filter(matter_id=matter_id, version=number)).first()


def matter_by_code(code: str) -> Matter | None:
    return Matter.objects.filter(basic_code=code).first()


def matters_exercised_by(body, day: date) -> QuerySet[MatterVersion]:
    """The matters ``body`` may exercise on ``day`` (the competence check of the case procedure)."""
    return MatterVersion.objects.filter(in_force_on(day), bodies=body)


def delegated_versions(day: date) -> QuerySet[MatterVersion]:
    delegated = [StreetDelegation.DELEGATED, StreetDelegation.ENTRUSTED]
    return _with_details(MatterVersion.objects.filter(in_force_on(day), street_delegation__in=delegated))


def has_published(matter_field: str = "pk") -> Exists:
    return Exists(MatterVersion.objects.filter(matter=OuterRef(matter_field), status=MatterStatus.PUBLISHED))


def hearing_threshold(version: MatterVersion, party_type: str):
    """The 较大数额 above which the party may request a hearing (《行政处罚法》第六十三条): the matter's own value,
    else the province's parameter."""
    from zhifa.core.parameters import get_param

    if party_type == "person":
        return version.hearing_fine_person or get_param("hearing.large_fine_person")
    return version.hearing_fine_org or get_param("hearing.large_fine_org")


def major_fine_threshold(version: MatterVersion, party_type: str):
    """The fine from which a decision is major (重大执法决定法制审核目录清单): the matter's own value, else the
    deployment's parameter."""
    from zhifa.core.parameters import get_param

    if party_type == "person":
        return version.major_fine_person or get_param("major.fine_person")
    return version.major_fine_org or get_param("major.fine_org")
