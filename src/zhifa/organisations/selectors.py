"""Reads on organisations, always scoped to the actor (house style R9)."""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

from zhifa.accounts.permissions import restrict

from .constants import Category, EntrustmentStatus, OrgStatus
from .models import Entrustment, Organisation


def organisation_list(*, actor, category: str = "", status: str = "", q: str = "") -> QuerySet[Organisation]:
    qs = restrict(Organisation.objects.select_related("parent", "street"), actor, via="self")
    if category:
        qs = qs.filter(category=category)
    if status:
        qs = qs.filter(status=status)
    if q:
        qs = qs.filter(Q(name__contains=q) | Q(uscc__icontains=q))
    return qs


def organisation_tree(*, actor) -> list[dict]:
    """Top-level organisations in scope with their children, for the organisation tree page."""
    orgs = list(organisation_list(actor=actor).order_by("sort_order", "id"))
    visible = {o.pk for o in orgs}
    children: dict[int | None, list[Organisation]] = {}
    for o in orgs:
        key = o.parent_id if o.parent_id in visible else None
        children.setdefault(key, []).append(o)

    def node(o: Organisation) -> dict:
        return {"org": o, "children": [node(c) for c in children.get(o.pk, [])]}

    return [node(o) for o in children.get(None, [])]


def entrustments_effective(*, entrusted: Organisation, on: date) -> list[Entrustment]:
    """The entrustments under which ``entrusted`` may act on ``on``. An expired one grants nothing; a terminated
    one grants nothing from its termination day but still covers acts before it."""
    qs = Entrustment.objects.filter(entrusted=entrusted, valid_from__lte=on, valid_until__gte=on)
    qs = qs.filter(Q(status=EntrustmentStatus.ACTIVE) | Q(terminated_on__gt=on))
    return [e for e in qs.select_related("entrusting") if e.is_effective_on(on)]


def entrusted_matters(*, entrusted: Organisation, on: date) -> list[str]:
    return sorted({m for e in entrustments_effective(entrusted=entrusted, on=on) for m in e.matters})


def entrustment_list(*, actor) -> QuerySet[Entrustment]:
    visible = restrict(Organisation.objects.all(), actor, via="self").values("pk")
    return Entrustment.objects.filter(Q(entrusting__in=visible) | Q(entrusted__in=visible)).select_related(
        "entrusting", "entrusted", "letter"
    )


def public_bodies() -> QuerySet[Organisation]:
    """Enforcement subjects the public portal lists (active and abolished, with their announcements)."""
    cats = [Category.BODY, Category.STREET, Category.STREET_TEAM, Category.JUSTICE_BUREAU]
    return (
        Organisation.objects.filter(category__in=cats)
        .exclude(subject_kind="")
        .order_by("status", "sort_order", "id")
    )


def active_bodies() -> QuerySet[Organisation]:
    return public_bodies().filter(status=OrgStatus.ACTIVE)


def deployment_region() -> str:
    """The region this deployment serves: ZHIFA_REGION_CODE, else the first 司法局's region."""
    from django.conf import settings

    if settings.REGION_CODE:
        return settings.REGION_CODE
    bureau = Organisation.objects.filter(category=Category.JUSTICE_BUREAU).order_by("id").first()
    return bureau.region_code if bureau else ""
