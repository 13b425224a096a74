"""Reads of the licensing app, scoped to the actor's organisations in one place (house style R9)."""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope, restrict

from .domain import deadlines as dl
from .models import Licence, LicenceApplication
from .workflow import APPLICATION, LICENCE, LicenceState


def application_list(*, actor, q: str = "", state: str = "", matter_id: int | None = None,
                     received_from: date | None = None, received_to: date | None = None) -> QuerySet:  # fmt: skip
    """The applications the actor may see, newest first, filtered."""
    qs = restrict(LicenceApplication.objects.all(), actor)
    qs = qs.select_related("organisation", "matter_version", "applicant")
    if q:
        qs = qs.filter(Q(number__icontains=q) | Q(subject__icontains=q) | Q(applicant__name__icontains=q))
    if state:
        qs = qs.filter(state=state)
    if matter_id:
        qs = qs.filter(matter_id=matter_id)
    if received_from:
        qs = qs.filter(received_on__gte=received_from)
    if received_to:
        qs = qs.filter(received_on__lte=received_to)
    return qs.order_by("-received_on", "-id")


def application_for(actor, pk: int) -> LicenceApplication:
    qs = LicenceApplication.objects.select_related("organisation", "matter", "matter_version", "applicant",
                                                   "hearing_chair")  # fmt: skip
    return get_in_scope(qs, actor, pk=pk)


def licence_list(*, actor, q: str = "", state: str = "", matter_id: int | None = None) -> QuerySet:
    qs = restrict(Licence.objects.all(), actor).select_related("organisation", "matter_version", "holder")
    if q:
        qs = qs.filter(Q(number__icontains=q) | Q(holder__name__icontains=q) | Q(scope__icontains=q))
    if state:
        qs = qs.filter(state=state)
    if matter_id:
        qs = qs.filter(matter_id=matter_id)
    return qs.order_by("-issued_on", "-id")


def licence_for(actor, pk: int) -> Licence:
    qs = Licence.objects.select_related("organisation", "holder", "matter_version", "application")
    return get_in_scope(qs, actor, pk=pk)


def application_steps(application, actor) -> list:
    if Perm.ACT_HANDLE not in actor.permissions and Perm.ACT_APPROVE not in actor.permissions:
        return []
    return [s for s in APPLICATION.steps_from(application.state) if s.perm in actor.permissions]


def licence_steps(licence, actor) -> list:
    if Perm.ACT_HANDLE not in actor.permissions and Perm.ACT_APPROVE not in actor.permissions:
        return []
    return [s for s in LICENCE.steps_from(licence.state) if s.perm in actor.permissions]


def acceptance_status(application, today: date, cal) -> str:
    """What the law says about an application not yet answered: '' or the Chinese note that it counts as accepted."""
    if application.state != "received" or not dl.acceptance_deemed(application.received_on, today, cal):
        return ""
    due = dl.acceptance_due(application.received_on, cal)
    return (f"受理期限已于 {due} 届满而未告知补正：依《行政许可法》第三十二条，自收到申请材料之日"
            f"（{application.received_on}）起即为受理，请办理“受理”（系统记为视为受理）。")  # fmt: skip


def renewal_status(licence, today: date) -> str:
    """The licence's renewal as the law reads it today: pending past expiry is deemed renewed (第五十条)."""
    if (
        licence.state == LicenceState.RENEWAL_PENDING
        and licence.valid_until
        and dl.renewal_deemed(licence.valid_until, today)
    ):
        return (f"延续申请未在有效期届满日 {licence.valid_until} 前作出决定：依《行政许可法》第五十条第二款，"
                "视为准予延续，请记录“视为准予延续”。")  # fmt: skip
    return ""
