"""Writes on people and certificates (house style R2, R5).

``certificate_transition`` is the only way a certificate changes state: it locks the row, checks the transition
table (``workflow.TRANSITIONS``), the actor's permission and scope and the action's own rules, appends a
``CertificateEvent`` and an audit event, and updates the cached state. A refusal raises ``DomainError`` inside
the transaction, so nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, BinaryIO

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from zhifa.accounts.constants import Perm, Role
from zhifa.accounts.permissions import require, require_scope
from zhifa.core.audit import audit, snapshot
from zhifa.core.exceptions import DomainError
from zhifa.core.parameters import get_param
from zhifa.core.services import model_update
from zhifa.core.storage import IMAGE_TYPES, store_upload
from zhifa.organisations.constants import ENFORCING_CATEGORIES, STREET_CATEGORIES, Category, OrgStatus
from zhifa.organisations.models import Organisation
from zhifa.organisations.selectors import deployment_region
from zhifa.utils.validators import resident_id_info

from . import rules
from .constants import AssessmentResult, CancelReason, PersonStatus, StaffType
from .domain.fields import field_names, unknown_fields
from .models import AnnualAssessment, Certificate, CertificateEvent, Person
from .selectors import has_passed_exam, open_certificate, training_hours_in_year, training_hours_last_year
from .workflow import TRANSITIONS, CertState, Transition, allowed_actions

PERSON_FIELDS = (
    "name",
    "organisation_id",
    "post",
    "staff_type",
    "has_legal_qualification",
    "legal_review_since",
    "phone",
    "status",
)
CERT_FIELDS = (
    "state",
    "number",
    "organisation_id",
    "domain",
    "area",
    "issued_on",
    "valid_until",
    "suspended_until",
)


def _org_can_employ(org: Organisation) -> None:
    if org.status != OrgStatus.ACTIVE:
        raise DomainError.from_rule(rules.PERSON_AUX_ORG, detail=f"“{org.name}”已撤销，不能登记人员。")
    if org.category not in (*ENFORCING_CATEGORIES, Category.INTERNAL_UNIT):
        raise DomainError.from_rule(
            rules.PERSON_AUX_ORG, detail=f"“{org.name}”不是执法机构，不能登记执法人员。"
        )


@transaction.atomic
def person_create(*, by, organisation: Organisation, name: str, id_number: str, staff_type: str, post: str = "",
                  has_legal_qualification: bool = False, legal_review_since: date | None = None,
                  phone: str = "") -> Person:  # fmt: skip
    """Register a person; gender and birth date come from the ID number (GB 11643-1999)."""
    require(by, Perm.PERSON_MANAGE)
    require_scope(by, organisation)
    _org_can_employ(organisation)
    person = Person(
        organisation=organisation, name=name.strip(), id_number=id_number.strip().upper(), staff_type=staff_type,
        post=post, has_legal_qualification=has_legal_qualification, legal_review_since=legal_review_since,
        phone=phone,
    )  # fmt: skip
    person.full_clean(exclude=["gender", "birth_date"])
    info = resident_id_info(person.id_number)
    person.gender, person.birth_date = info.gender, info.birth_date
    person.save()
    audit(
        actor=by,
        action="person.create",
        obj=person,
        after=snapshot(person, PERSON_FIELDS),
        organisation_id=organisation.pk,
    )
    return person


@transaction.atomic
def person_update(*, by, person: Person, data: dict[str, Any]) -> Person:
    """Change a person's details (not the ID number, which identifies them; a wrong one is a new record)."""
    require(by, Perm.PERSON_MANAGE)
    require_scope(by, person.organisation)
    person = Person.objects.select_for_update().get(pk=person.pk)
    if "organisation" in data:
        require_scope(by, data["organisation"])
        _org_can_employ(data["organisation"])
    if data.get("staff_type") == StaffType.AUXILIARY and open_certificate(person):
        raise DomainError.from_rule(rules.CERT_AUXILIARY, name=person.name)
    before, after = model_update(person, data)
    if after:
        audit(
            actor=by,
            action="person.update",
            obj=person,
            before=before,
            after=after,
            organisation_id=person.organisation_id,
        )
    return person


@transaction.atomic
def person_photo_set(*, by, person: Person, file: BinaryIO, filename: str) -> Person:
    """Store the person's ID photo (JPEG/PNG, by content, at most the photo size limit); the old photo stays in
    the store and the change is audited by digest, so the history shows which photo was shown when."""
    require(by, Perm.PERSON_MANAGE)
    require_scope(by, person.organisation)
    limit = int(get_param("person.photo_max_kb")) * 1024
    stored = store_upload(file, name=filename, allowed=IMAGE_TYPES, max_bytes=limit)
    person = Person.objects.select_for_update().get(pk=person.pk)
    before = {"photo_sha256": person.photo.sha256 if person.photo_id else None}
    person.photo = stored
    person.save(update_fields=["photo", "updated_at"])
    audit(
        actor=by,
        action="person.photo",
        obj=person,
        before=before,
        after={"photo_sha256": stored.sha256},
        organisation_id=person.organisation_id,
    )
    return person


# --- certificates -------------------------------------------------------------------------------------------


@transaction.atomic
def certificate_apply(*, by, person: Person, materials: list[str], domain: str = "", area: str = "",
                      reason: str = "申领行政执法证") -> Certificate:  # fmt: skip
    """申领: the body applies for a certificate for one of its people."""
    require(by, Perm.CERT_APPLY)
    require_scope(by, person.organisation)
    person = Person.objects.select_for_update().select_related("organisation").get(pk=person.pk)
    _check_applicant(person)
    body = person.organisation.body or person.organisation
    _check_fields(domain)
    cert = Certificate.objects.create(
        person=person, organisation=body, materials=[m for m in materials if m], domain=domain or body.get_domain_display(), area=area,
    )  # fmt: skip
    _record(cert, by=by, action="apply", from_state="", reason=reason, data={"materials": cert.materials})
    return cert


def _check_fields(domain: str) -> None:
    if unknown := unknown_fields(domain):
        raise DomainError.from_rule(rules.CERT_FIELD, unknown="、".join(unknown), allowed=field_names())


def _check_applicant(person: Person) -> None:
    if person.is_auxiliary:
        raise DomainError.from_rule(rules.CERT_AUXILIARY, name=person.name)
    existing = open_certificate(person)
    if existing:
        raise DomainError.from_rule(
            rules.CERT_DUPLICATE,
            name=person.name,
            state=existing.get_state_display(),
            number=existing.number or f"申请#{existing.pk}",
        )
    if person.status != PersonStatus.ON_DUTY:
        raise DomainError.from_rule(rules.CERT_PERSON_ACTIVE, detail=f"{person.name}已离岗，不能申领。")
    if person.organisation.status != OrgStatus.ACTIVE:
        raise DomainError.from_rule(
            rules.CERT_PERSON_ACTIVE, detail=f"“{person.organisation.name}”已撤销，不能以其名义申领。"
        )


def _record(
    cert: Certificate,
    *,
    by,
    action: str,
    from_state: str,
    reason: str,
    data: dict,
    before: dict | None = None,
) -> None:
    CertificateEvent.objects.create(
        certificate=cert, action=action, from_state=from_state, to_state=cert.state, reason=reason, data=data,
        actor_label=by.label, actor_id=by.user_id, at=timezone.now(),
    )  # fmt: skip
    after = {**snapshot(cert, CERT_FIELDS), "reason": reason, **({"data": data} if data else {})}
    audit(
        actor=by,
        action=f"certificate.{action}",
        obj=cert,
        before=before or {},
        after=after,
        organisation_id=cert.organisation_id,
    )


def certificate_transition(*, by, certificate: Certificate, action: str, reason: str, today: date | None = None,
                           **data: Any) -> Certificate:  # fmt: skip
    """Take one step of the certificate lifecycle, or refuse it with the rule that forbids it."""
    with transaction.atomic():
        return _transition(
            by=by,
            certificate=certificate,
            action=action,
            reason=reason,
            today=today or timezone.localdate(),
            data=data,
        )


def _transition(
    *, by, certificate: Certificate, action: str, reason: str, today: date, data: dict
) -> Certificate:
    cert = (
        Certificate.objects.select_for_update()
        .select_related("person__organisation", "organisation")
        .get(pk=certificate.pk)
    )
    transition = _allowed(cert, action)
    require(by, transition.perm)
    require_scope(by, cert.organisation)
    if not reason or not reason.strip():
        raise DomainError.from_rule(rules.CERT_REASON, action=transition.label)
    before = snapshot(cert, CERT_FIELDS)
    from_state = cert.state
    event_data = HANDLERS[action](cert, by=by, today=today, reason=reason, **data) or {}
    cert.state = transition.target
    cert.full_clean()
    cert.save()
    _record(cert, by=by, action=action, from_state=from_state, reason=reason, data=event_data, before=before)
    return cert


def _allowed(cert: Certificate, action: str) -> Transition:
    transition = TRANSITIONS.get(action)
    if transition is None or cert.state not in transition.sources:
        allowed = "、".join(t.label for t in allowed_actions(cert.state)) or "无（终结状态）"
        label = transition.label if transition else action
        raise DomainError.from_rule(
            rules.CERT_STATE, state=cert.get_state_display(), action=label, allowed=allowed
        )
    return transition


def _is_street_person(person: Person) -> bool:
    org = person.organisation.body or person.organisation
    return org.category in STREET_CATEGORIES


def _person_street_id(person: Person) -> int | None:
    org = person.organisation.body or person.organisation
    return org.pk if org.category == Category.STREET else org.street_id


def _check_prelim_reviewer(cert: Certificate, *, by, **_: Any) -> dict:
    """初审: by the 司法所 of the street for street officers, by the body otherwise (seed 000 §3)."""
    person = cert.person
    if by.role == Role.ADMIN:
        return {}
    if _is_street_person(person):
        if by.role != Role.JUSTICE_OFFICE or by.organisation.street_id != _person_street_id(person):
            raise DomainError.from_rule(
                rules.CERT_PRELIM_REVIEWER, detail=f"{person.name}是街道执法人员，应由所在街道的司法所初审。"
            )
        return {"reviewer": "司法所"}
    if by.role == Role.JUSTICE_OFFICE:
        raise DomainError.from_rule(
            rules.CERT_PRELIM_REVIEWER, detail=f"{person.name}不是街道执法人员，应由所在执法部门初审。"
        )
    return {"reviewer": "执法部门"}


def _check_approval(cert: Certificate, *, today: date, **_: Any) -> dict:
    """审核 by the 司法局: materials complete, staff type eligible, exam passed, training hours met."""
    person = cert.person
    missing = [m for m in get_param("certificate.required_materials") if m not in cert.materials]
    if missing:
        raise DomainError.from_rule(rules.CERT_MATERIALS, missing="、".join(missing))
    if person.staff_type not in get_param("certificate.eligible_staff_types") or person.is_auxiliary:
        raise DomainError.from_rule(
            rules.CERT_STAFF_TYPE, name=person.name, staff_type=person.get_staff_type_display()
        )
    if not has_passed_exam(person):
        raise DomainError.from_rule(rules.CERT_EXAM, name=person.name)
    hours, required = training_hours_last_year(person, today), int(get_param("certificate.application_hours"))
    if hours < required:
        raise DomainError.from_rule(rules.CERT_TRAINING, name=person.name, hours=hours, required=required)
    return {"training_hours": str(hours)}


def _next_number(today: date) -> str:
    prefix = f"{get_param('certificate.number_prefix') or deployment_region()}{today:%Y}"
    last = Certificate.objects.filter(number__startswith=prefix).aggregate(m=Max("number"))["m"]
    seq = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
    return f"{prefix}{seq:06d}"


def _issue(cert: Certificate, *, today: date, valid_until: date | None = None, number: str | None = None,
           domain: str = "", area: str = "", **_: Any) -> dict:  # fmt: skip
    """发证: a unique number, domain and area, validity (default: parameter certificate.validity_years)."""
    number = (number or "").strip() or _next_number(today)
    _check_fields(domain)
    if Certificate.objects.filter(number=number).exists():
        raise DomainError.from_rule(rules.CERT_NUMBER, number=number)
    years = int(get_param("certificate.validity_years"))
    cert.number, cert.issued_on = number, today
    cert.valid_until = valid_until or _add_years(today, years) - timedelta(days=1)
    cert.domain = domain or cert.domain
    cert.area = area or cert.area or _deployment_area()
    if cert.valid_until <= today:
        raise DomainError.from_rule(rules.CERT_SUSPEND_PERIOD, detail="有效期截止日必须晚于发证日。")
    return {"number": number, "valid_until": str(cert.valid_until)}


def _deployment_area() -> str:
    from zhifa.core.region_services import region_name

    code = deployment_region()
    return region_name(code) or code


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _not_expired(cert: Certificate, today: date, label: str) -> None:
    if cert.valid_until and cert.valid_until < today:
        raise DomainError.from_rule(rules.CERT_EXPIRED, date=cert.valid_until, action=label)


def _annual_review(cert: Certificate, *, today: date, year: int | None = None, **_: Any) -> dict:
    """年审 of the previous year: refused under the yearly hours or after a 不合格 assessment."""
    year = year or today.year - 1
    person = cert.person
    _not_expired(cert, today, "年审")
    if cert.last_annual_review_year is not None and cert.last_annual_review_year >= year:
        raise DomainError.from_rule(rules.CERT_ANNUAL_ONCE, year=cert.last_annual_review_year)
    hours, required = training_hours_in_year(person, year), int(get_param("training.annual_hours"))
    if hours < required:
        raise DomainError.from_rule(
            rules.CERT_ANNUAL_HOURS, name=person.name, year=year, hours=hours, required=required
        )
    failed = AnnualAssessment.objects.filter(person=person, year=year, result=AssessmentResult.FAILED).first()
    if failed:
        raise DomainError.from_rule(
            rules.CERT_ANNUAL_ASSESSMENT, name=person.name, year=year, result=failed.get_result_display()
        )
    cert.last_annual_review_year = year
    return {"year": year, "training_hours": str(hours)}


def _suspend(cert: Certificate, *, today: date, until: date | None = None, **_: Any) -> dict:
    """暂扣 with a period: the last day must be after today and within the configured maximum."""
    max_days = int(get_param("certificate.max_suspension_days"))
    if until is None:
        raise DomainError.from_rule(rules.CERT_SUSPEND_PERIOD, detail="暂扣必须写明暂扣期限（截止日期）。")
    if until <= today or (until - today).days > max_days:
        raise DomainError.from_rule(
            rules.CERT_SUSPEND_PERIOD, detail=f"暂扣截止日应在今天之后、{max_days} 天以内。"
        )
    cert.suspended_until = until
    return {"until": str(until)}


def _restore(cert: Certificate, **_: Any) -> dict:
    cert.suspended_until = None
    return {}


def _cancel(cert: Certificate, *, cancel_reason: str = "", **_: Any) -> dict:
    if cancel_reason not in CancelReason.values:
        raise DomainError.from_rule(rules.CERT_CANCEL_REASON)
    cert.suspended_until = None
    return {"cancel_reason": cancel_reason, "cancel_reason_label": str(CancelReason(cancel_reason).label)}


def _transfer(cert: Certificate, *, by, to_organisation: Organisation | None = None, **_: Any) -> dict:
    """异动: the holder moves to another body; the certificate follows, the number stays."""
    if to_organisation is None:
        raise DomainError.from_rule(rules.CERT_TRANSFER_TARGET, detail="必须选择调入的执法主体。")
    require_scope(by, to_organisation)
    target_body = to_organisation.body or to_organisation
    if to_organisation.status != OrgStatus.ACTIVE or target_body.category not in ENFORCING_CATEGORIES:
        raise DomainError.from_rule(
            rules.CERT_TRANSFER_TARGET, detail=f"“{to_organisation.name}”不是存续的执法主体。"
        )
    if target_body.pk == cert.organisation.pk:
        raise DomainError.from_rule(rules.CERT_TRANSFER_TARGET, detail="调入主体与原主体相同。")
    old = cert.organisation
    cert.organisation = target_body
    person = cert.person
    person.organisation = to_organisation
    person.save(update_fields=["organisation", "updated_at"])
    return {"from_organisation": old.name, "to_organisation": target_body.name}


def _reissue(cert: Certificate, *, by, today: date, reason: str, **_: Any) -> dict:
    """补发 after 挂失: the lost certificate is void; a new one with a new number takes its place."""
    new = Certificate.objects.create(
        person=cert.person, organisation=cert.organisation, state=CertState.VALID, number=_next_number(today),
        domain=cert.domain, area=cert.area, issued_on=today, valid_until=cert.valid_until, materials=cert.materials,
        last_annual_review_year=cert.last_annual_review_year, replaces=cert,
    )  # fmt: skip
    _record(
        new,
        by=by,
        action="reissued",
        from_state="",
        reason=f"挂失补发（原证 {cert.number}）：{reason}",
        data={"replaces": cert.number},
    )
    return {"new_number": new.number, "new_certificate_id": new.pk}


def _noop(cert: Certificate, **_: Any) -> dict:
    return {}


HANDLERS: dict[str, Callable[..., dict]] = {
    "preliminary_approve": _check_prelim_reviewer,
    "preliminary_reject": _check_prelim_reviewer,
    "approve": _check_approval,
    "reject": _noop,
    "issue": _issue,
    "annual_review": _annual_review,
    "suspend": _suspend,
    "restore": _restore,
    "revoke": _restore,
    "withdraw": _noop,
    "reinstate": lambda cert, *, today, **kw: _not_expired(cert, today, "发还") or {},
    "cancel": _cancel,
    "report_lost": _noop,
    "reissue": _reissue,
    "transfer": _transfer,
}
assert set(HANDLERS) == set(TRANSITIONS), "every transition needs a handler"


# --- annual assessment --------------------------------------------------------------------------------------


@transaction.atomic
def assessment_record(
    *, by, person: Person, year: int, result: str, note: str = "", today: date | None = None
) -> AnnualAssessment:
    """登记年度考核. 不合格 suspends a valid certificate (seed 003 二、1: 上年度考核不合格…证件予以暂扣)."""
    require(by, Perm.ASSESSMENT_MANAGE)
    require_scope(by, person.organisation)
    today = today or timezone.localdate()
    if year > today.year:
        raise DomainError.from_rule(rules.ASSESS_YEAR, year=year)
    existing = AnnualAssessment.objects.filter(person=person, year=year).first()
    if existing:
        raise DomainError.from_rule(
            rules.ASSESS_DUPLICATE, name=person.name, year=year, result=existing.get_result_display()
        )
    assessment = AnnualAssessment(
        person=person, year=year, result=result, note=note, recorded_by=by.label, recorded_at=timezone.now()
    )
    assessment.full_clean()
    assessment.save()
    audit(
        actor=by,
        action="assessment.record",
        obj=assessment,
        after=snapshot(assessment, ("person_id", "year", "result")),
        organisation_id=person.organisation_id,
    )
    if result == AssessmentResult.FAILED:
        _suspend_for_failed_assessment(person, year, today)
    return assessment


def _suspend_for_failed_assessment(person: Person, year: int, today: date) -> None:
    from zhifa.accounts.actors import Actor

    cert = Certificate.objects.filter(person=person, state=CertState.VALID).first()
    if cert is None:
        return
    days = min(365, int(get_param("certificate.max_suspension_days")))
    certificate_transition(
        by=Actor.system("系统（年度考核不合格自动暂扣）"), certificate=cert, action="suspend", today=today,
        reason=f"{year}年度考核不合格", until=today + timedelta(days=days),
    )  # fmt: skip
