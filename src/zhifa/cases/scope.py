"""Which cases an actor may see and act on: the data-scope rule of ``accounts.permissions`` applied to a case.

A case belongs to its 执法主体 and, where another organisation handles it, to that 承办单位 as well: a street's
case is seen by the street and by its 综合行政执法队, an entrusted case by the entrusting body (which supervises it
and answers for it, 《行政处罚法》第二十条) and by the entrusted organisation. A 法制审核人员 of a superior
department or the 司法局 assigned to review a case (the collaboration of seeds 000 §9 and 002 §三) sees that case.
"""

from __future__ import annotations

from django.db.models import Q

from zhifa.accounts.permissions import organisation_scope
from zhifa.core.exceptions import NotInScope


def case_scope(actor, prefix: str = "") -> Q:
    """A filter selecting the cases in ``actor``'s scope; ``prefix`` reaches the case from another model
    (``"case__"`` for deadlines and reviews)."""
    from zhifa.organisations.models import Organisation

    from .models import LegalReview

    visible = Organisation.objects.filter(organisation_scope(actor)).values("pk")
    q = Q(**{f"{prefix}organisation__in": visible}) | Q(**{f"{prefix}handled_by__in": visible})
    if actor.person_id:
        reviewed = LegalReview.objects.filter(reviewer_id=actor.person_id).values("case_id")
        q |= Q(**{f"{prefix}pk__in": reviewed})
    return q


def require_case_scope(actor, case) -> None:
    """Raise ``NotInScope`` unless ``case`` (saved or about to be opened) lies in the actor's scope."""
    from zhifa.organisations.models import Organisation

    from .models import Case

    if case.pk:
        inside = Case.objects.filter(case_scope(actor), pk=case.pk).exists()
    else:
        orgs = [case.organisation_id, case.handled_by_id]
        inside = Organisation.objects.filter(
            organisation_scope(actor), pk__in=[o for o in orgs if o]
        ).exists()
    if not inside:
        raise out_of_scope()


def out_of_scope() -> NotInScope:
    """Reported as "not found": an actor learns nothing about a case outside their scope."""
    return NotInScope(
        "SCOPE-404", "对象不存在或不在您的管辖范围内。", citation="zhifa 数据范围规则（cases/scope.py）"
    )
