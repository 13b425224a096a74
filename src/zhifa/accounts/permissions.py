"""Which role may do what (the table), and the one place where data is scoped to an actor.

Scope (who sees which organisations' data), one condition per line, as the issue defines it:
- 执法人员、法制审核人员、机关负责人: their own enforcement body (with its internal units);
- 司法所人员: their street and the street's comprehensive enforcement team (and the 司法所 itself);
- 司法局监督人员: every organisation in the bureau's region (GB/T 2260 prefix);
- 系统管理员: the whole deployment.
Pages and the API both read through ``restrict()``; an object outside the scope is reported as not found.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from zhifa.core.exceptions import NotInScope, PermissionRefused
from zhifa.utils.regions import region_prefix

from .constants import Perm, Role

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    Role.OFFICER: frozenset(
        {
            Perm.ORG_VIEW,
            Perm.PERSON_VIEW,
            Perm.CATALOG_VIEW,
            Perm.CASE_VIEW,
            Perm.CASE_HANDLE,
            Perm.ACT_VIEW,
            Perm.ACT_HANDLE,
            Perm.PUBLICITY_VIEW,
        }
    ),
    Role.LEGAL_REVIEWER: frozenset(
        {
            Perm.ORG_VIEW,
            Perm.PERSON_VIEW,
            Perm.CATALOG_VIEW,
            Perm.CASE_VIEW,
            Perm.CASE_REVIEW,
            Perm.ACT_VIEW,
            Perm.PUBLICITY_VIEW,
            Perm.PUBLICITY_REVIEW,  # 保密审查 is commonly the legal unit's duty (市场监管总局令第45号)
        }
    ),
    Role.AGENCY_HEAD: frozenset(
        {
            Perm.ORG_VIEW,
            Perm.PERSON_VIEW,
            Perm.PERSON_MANAGE,
            Perm.CERT_APPLY,
            Perm.CERT_PRELIM,
            Perm.TRAINING_MANAGE,
            Perm.ASSESSMENT_MANAGE,
            Perm.AUDIT_VIEW,
            Perm.CATALOG_VIEW,
            Perm.CATALOG_MANAGE,
            Perm.BENCHMARK_MANAGE,
            Perm.CASE_VIEW,
            Perm.CASE_HANDLE,
            Perm.CASE_APPROVE,
            Perm.ACT_VIEW,
            Perm.ACT_HANDLE,
            Perm.ACT_APPROVE,
            Perm.PUBLICITY_VIEW,
            Perm.PUBLICITY_REVIEW,
        }
    ),
    Role.JUSTICE_OFFICE: frozenset(
        {
            Perm.ORG_VIEW,
            Perm.PERSON_VIEW,
            Perm.CERT_PRELIM,
            Perm.TRAINING_MANAGE,
            Perm.AUDIT_VIEW,
            Perm.CATALOG_VIEW,
            Perm.CASE_VIEW,  # supervises the street team's cases (product.md: 司法所)
            Perm.ACT_VIEW,
            Perm.PUBLICITY_VIEW,
        }
    ),
    Role.SUPERVISOR: frozenset(
        {
            Perm.ORG_VIEW,
            Perm.ORG_MANAGE,
            Perm.PERSON_VIEW,
            Perm.PERSON_MANAGE,
            Perm.CERT_APPLY,
            Perm.CERT_REVIEW,
            Perm.TRAINING_MANAGE,
            Perm.EXAM_MANAGE,
            Perm.ASSESSMENT_MANAGE,
            Perm.AUDIT_VIEW,
            Perm.TOKEN_MANAGE,
            Perm.LAW_MANAGE,
            Perm.CATALOG_VIEW,
            Perm.CATALOG_MANAGE,
            Perm.CATALOG_PUBLISH,
            Perm.BENCHMARK_FILE,
            Perm.CASE_VIEW,
            Perm.ACT_VIEW,
            Perm.PUBLICITY_VIEW,  # overdue lists and timeliness of every body in the region
        }
    ),
    Role.ADMIN: frozenset(Perm.values),
}


def require(actor, perm: str) -> None:
    """Raise ``PermissionRefused`` unless ``actor`` holds ``perm``."""
    if perm not in actor.permissions:
        label = Perm(perm).label
        raise PermissionRefused(
            "AUTH-PERM",
            f"当前账号（{actor.label}）没有“{label}”权限。",
            citation="zhifa 角色权限表（accounts/permissions.py）",
        )


def organisation_scope(actor) -> Q:
    """A filter on ``organisations.Organisation`` selecting what ``actor`` may see and change."""
    org = actor.organisation
    if actor.role == Role.ADMIN:
        return Q()
    if org is None:
        return Q(pk__in=[])
    if actor.role == Role.SUPERVISOR:
        return Q(region_code__startswith=region_prefix(org.region_code))
    if actor.role == Role.JUSTICE_OFFICE and org.street_id is None:
        return Q(pk=org.pk)
    if actor.role == Role.JUSTICE_OFFICE:
        return (
            Q(pk=org.pk) | Q(pk=org.street_id) | Q(street_id=org.street_id) | Q(body__street_id=org.street_id)
        )
    return Q(body_id=org.body_id)


def restrict(queryset: QuerySet, actor, *, via: str = "organisation") -> QuerySet:
    """Limit ``queryset`` to rows whose organisation (reached through ``via``) is in the actor's scope."""
    from zhifa.organisations.models import Organisation

    visible = Organisation.objects.filter(organisation_scope(actor)).values("pk")
    if via == "self":
        return queryset.filter(pk__in=visible)
    return queryset.filter(**{f"{via}__in": visible})


def get_in_scope(queryset: QuerySet, actor, *, via: str = "organisation", **lookup):
    """Fetch one object inside the actor's scope, or raise ``NotInScope`` (rendered as 404)."""
    obj = restrict(queryset, actor, via=via).filter(**lookup).first()
    if obj is None:
        raise NotInScope(
            "SCOPE-404",
            "对象不存在或不在您的管辖范围内。",
            citation="zhifa 数据范围规则（accounts/permissions.py）",
        )
    return obj


def require_scope(actor, organisation) -> None:
    """Raise ``NotInScope`` unless ``organisation`` lies in the actor's scope (services call this on writes)."""
    from zhifa.organisations.models import Organisation

    if not Organisation.objects.filter(organisation_scope(actor), pk=organisation.pk).exists():
        raise NotInScope(
            "SCOPE-404",
            "对象不存在或不在您的管辖范围内。",
            citation="zhifa 数据范围规则（accounts/permissions.py）",
        )


def require_region(actor, region_code: str) -> None:
    """Raise ``NotInScope`` unless an organisation placed in ``region_code`` would lie in the actor's scope.

    Used when an organisation is registered or moved, so nobody can put a body outside their own region.
    """
    from zhifa.utils.regions import region_contains

    if actor.role == Role.ADMIN:
        return
    home = getattr(actor.organisation, "region_code", "")
    if actor.role == Role.SUPERVISOR and home and region_contains(home, region_code):
        return
    if actor.role != Role.SUPERVISOR and home == region_code:
        return
    raise NotInScope(
        "SCOPE-404",
        f"行政区划 {region_code} 不在您的管辖区域内。",
        citation="zhifa 数据范围规则（accounts/permissions.py）",
    )
