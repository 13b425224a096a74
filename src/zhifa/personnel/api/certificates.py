"""API: certificates (行政执法证) — list, detail with history, application, one endpoint per transition of
``workflow.TRANSITIONS`` with its own input schema, and the public verification (no login)."""

from datetime import date, datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import get_in_scope
from zhifa.core.api_support import acting, responses
from zhifa.organisations.models import Organisation

from .. import selectors, services
from ..constants import CancelReason
from ..models import Certificate
from ..qr import verification_url
from ..workflow import TRANSITIONS, CertState
from . import router
from .people import person_in_scope


class EventOut(Schema):
    action: str
    action_label: str
    from_state: str
    to_state: str
    reason: str
    data: dict
    actor_label: str
    at: datetime

    @staticmethod
    def resolve_action_label(obj) -> str:
        t = TRANSITIONS.get(obj.action)
        return t.label if t else {"apply": "申领", "reissued": "补发新证"}.get(obj.action, obj.action)


class CertificateOut(Schema):
    id: int
    person_id: int
    person_name: str
    organisation_id: int
    state: str
    state_label: str
    live_status: str
    number: str | None
    domain: str
    area: str
    issued_on: date | None
    valid_until: date | None
    suspended_until: date | None
    materials: list[str]
    last_annual_review_year: int | None
    replaces_id: int | None
    verification_url: str
    allowed_actions: list[str]

    @staticmethod
    def resolve_person_name(obj: Certificate) -> str:
        return obj.person.name

    @staticmethod
    def resolve_state_label(obj: Certificate) -> str:
        return obj.get_state_display()

    @staticmethod
    def resolve_live_status(obj: Certificate) -> str:
        return obj.live_status(timezone.localdate())[1]

    @staticmethod
    def resolve_verification_url(obj: Certificate) -> str:
        return verification_url(obj)

    @staticmethod
    def resolve_allowed_actions(obj: Certificate) -> list[str]:
        return [t.action for t in TRANSITIONS.values() if obj.state in t.sources]


class CertificateDetailOut(CertificateOut):
    events: list[EventOut]

    @staticmethod
    def resolve_events(obj: Certificate) -> list:
        return list(obj.events.all())


class ApplyIn(Schema):
    person_id: int
    materials: list[str]
    domain: str = ""
    area: str = ""
    reason: str = "申领行政执法证"


def _certificate(actor, cert_id: int) -> Certificate:
    return get_in_scope(Certificate.objects.select_related("person", "organisation"), actor, pk=cert_id)


@router.get(
    "/certificates", response=responses(200, list[CertificateOut]), summary="执法证列表（按范围，分页）"
)
@paginate(PageNumberPagination, page_size=50)
def certificate_list(request: HttpRequest, state: CertState | None = None):
    actor = acting(request, Perm.PERSON_VIEW)
    return selectors.certificate_list(actor=actor, state=state or "").order_by("id")


@router.get(
    "/certificates/{cert_id}", response=responses(200, CertificateDetailOut), summary="执法证详情与状态历史"
)
def certificate_get(request: HttpRequest, cert_id: int):
    return _certificate(acting(request, Perm.PERSON_VIEW), cert_id)


@router.post("/certificates", response=responses(201, CertificateOut), summary="申领执法证")
def certificate_apply(request: HttpRequest, payload: ApplyIn):
    actor = acting(request, Perm.CERT_APPLY)
    person = person_in_scope(actor, payload.person_id)
    cert = services.certificate_apply(by=actor, person=person, materials=payload.materials, domain=payload.domain,
                                      area=payload.area, reason=payload.reason)  # fmt: skip
    return Status(201, cert)


# --- one endpoint per transition of workflow.TRANSITIONS, each with its own input schema -------------------


class ReasonIn(Schema):
    reason: str


class IssueIn(ReasonIn):
    number: str | None = None
    valid_until: date | None = None
    domain: str = ""
    area: str = ""


class AnnualReviewIn(ReasonIn):
    year: int | None = None


class SuspendIn(ReasonIn):
    until: date


class CancelIn(ReasonIn):
    cancel_reason: CancelReason


class TransferIn(ReasonIn):
    to_organisation_id: int


ACTION_SCHEMAS: dict[str, type[Schema]] = {"issue": IssueIn, "annual_review": AnnualReviewIn, "suspend": SuspendIn,
                                           "cancel": CancelIn, "transfer": TransferIn}  # fmt: skip


def _action_kwargs(actor, payload: Schema) -> dict:
    data = payload.dict()
    if "to_organisation_id" in data:
        data["to_organisation"] = get_in_scope(
            Organisation.objects.all(), actor, via="self", pk=data.pop("to_organisation_id")
        )
    if "cancel_reason" in data:
        data["cancel_reason"] = str(
            data["cancel_reason"].value if hasattr(data["cancel_reason"], "value") else data["cancel_reason"]
        )
    return data


def _register_action(action: str, schema: type[Schema]) -> None:
    transition = TRANSITIONS[action]

    def endpoint(request: HttpRequest, cert_id: int, payload: schema):  # type: ignore[valid-type]
        actor = acting(request, transition.perm)
        cert = _certificate(actor, cert_id)
        return services.certificate_transition(
            by=actor, certificate=cert, action=action, **_action_kwargs(actor, payload)
        )

    sources = "、".join(str(CertState(s).label) for s in sorted(transition.sources))
    router.post(
        f"/certificates/{{cert_id}}/{action}", response=responses(200, CertificateOut), operation_id=f"certificate_{action}",
        summary=f"执法证：{transition.label}",
        description=f"允许的前置状态：{sources}；结果状态：{CertState(transition.target).label}。所需权限：{transition.perm}。依据：{transition.citation}",
    )(endpoint)  # fmt: skip


for _action in TRANSITIONS:
    _register_action(_action, ACTION_SCHEMAS.get(_action, ReasonIn))


class PublicCertificateOut(Schema):
    """What the public may see of a certificate: never an ID number or a phone number."""

    holder_name: str
    organisation_name: str
    number: str | None
    domain: str
    area: str
    issued_on: date | None
    valid_until: date | None
    status: str
    status_label: str
    checked_at: datetime


@router.get(
    "/public/certificates/{token}",
    response=responses(200, PublicCertificateOut),
    auth=None,
    summary="执法证公开核验（无需登录）",
)
def public_certificate(request: HttpRequest, token: str):
    cert = get_object_or_404(
        Certificate.objects.select_related("person", "organisation"), public_token=token, number__isnull=False
    )
    code, label = cert.live_status(timezone.localdate())
    return PublicCertificateOut(holder_name=cert.person.name, organisation_name=cert.organisation.name, number=cert.number,
                                domain=cert.domain, area=cert.area, issued_on=cert.issued_on, valid_until=cert.valid_until,
                                status=code, status_label=label, checked_at=timezone.now())  # fmt: skip
