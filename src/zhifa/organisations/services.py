"""Writes on organisations, announcements and entrustments (house style R2: ``<entity>_<verb>``)."""

from __future__ import annotations

from datetime import date
from typing import Any, BinaryIO

from django.db import transaction
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require, require_region, require_scope
from zhifa.core.audit import audit, snapshot
from zhifa.core.exceptions import DomainError
from zhifa.core.services import model_update
from zhifa.core.storage import DOCUMENT_TYPES, store_upload

from . import rules
from .constants import (
    ENFORCING_CATEGORIES,
    SELF_BODY_CATEGORIES,
    AnnouncementKind,
    Category,
    EntrustmentStatus,
    OrgStatus,
    SubjectKind,
)
from .models import Entrustment, Organisation, OrganisationAnnouncement

ANNOUNCED_FIELDS = ("name", "subject_kind", "uscc", "legal_basis", "domain", "region_code")
EDITABLE_FIELDS = (*ANNOUNCED_FIELDS, "short_name", "head_name", "address", "phone", "sort_order")


def _check_shape(
    category: str, parent: Organisation | None, street: Organisation | None, subject_kind: str
) -> None:
    if category == Category.INTERNAL_UNIT and parent is None:
        raise DomainError.from_rule(rules.ORG_PARENT_REQUIRED)
    if category == Category.INTERNAL_UNIT and subject_kind:
        raise DomainError.from_rule(
            rules.ORG_CATEGORY_FIELDS, detail="内设机构不是执法主体，不应填写主体类别。"
        )
    if category in (Category.STREET_TEAM, Category.JUSTICE_OFFICE) and street is None:
        raise DomainError.from_rule(
            rules.ORG_CATEGORY_FIELDS, detail="街道综合行政执法队和司法所必须指明所属街道/乡镇。"
        )
    if street is not None and street.category != Category.STREET:
        raise DomainError.from_rule(rules.ORG_CATEGORY_FIELDS, detail=f"“{street.name}”不是街道/乡镇。")
    if category in ENFORCING_CATEGORIES and category != Category.STREET_TEAM and not subject_kind:
        raise DomainError.from_rule(
            rules.ORG_CATEGORY_FIELDS,
            detail="执法主体必须填写主体类别（法定行政机关、授权组织或受委托组织）。",
        )


def _announce(org: Organisation, kind: str, *, by, effective_on: date, content: str, changes=None) -> None:
    title = f"关于{org.name}{AnnouncementKind(kind).label}的公告"
    OrganisationAnnouncement.objects.create(
        organisation=org, kind=kind, title=title, content=content, effective_on=effective_on,
        published_at=timezone.now(), published_by=by.label, changes=changes or {},
    )  # fmt: skip


def _is_announced_subject(org: Organisation) -> bool:
    return bool(org.subject_kind) and org.category != Category.INTERNAL_UNIT


@transaction.atomic
def organisation_create(*, by, name: str, category: str, region_code: str, subject_kind: str = "", uscc: str | None = None,
                        legal_basis: str = "", domain: str = "", parent: Organisation | None = None,
                        street: Organisation | None = None, **extra: Any) -> Organisation:  # fmt: skip
    """Register an organisation; an enforcement subject is announced (主体公告) on creation."""
    require(by, Perm.ORG_MANAGE)
    if parent is not None:
        require_scope(by, parent)
    require_region(by, region_code)
    _check_shape(category, parent, street, subject_kind)
    org = Organisation(
        name=name, category=category, region_code=region_code, subject_kind=subject_kind, uscc=uscc or None,
        legal_basis=legal_basis, domain=domain, parent=parent, street=street, **extra,
    )  # fmt: skip
    if category not in SELF_BODY_CATEGORIES:
        org.body = parent.body if parent.body_id else parent
    org.full_clean(exclude=["body"])
    org.save()
    if org.body_id is None:
        org.body = org
        org.save(update_fields=["body"])
    if _is_announced_subject(org):
        basis = f"主体资格依据：{legal_basis}" if legal_basis else ""
        content = f"{name}（{SubjectKind(subject_kind).label}）具有行政执法主体资格。{basis}"
        _announce(
            org, AnnouncementKind.ESTABLISHED, by=by, effective_on=timezone.localdate(), content=content
        )
    audit(
        actor=by,
        action="organisation.create",
        obj=org,
        after=snapshot(org, (*EDITABLE_FIELDS, "category")),
        organisation_id=org.pk,
    )
    return org


def _require_active(org: Organisation) -> None:
    if org.status == OrgStatus.ABOLISHED:
        raise DomainError.from_rule(rules.ORG_ALREADY_ABOLISHED, name=org.name, date=org.abolished_on)


@transaction.atomic
def organisation_update(*, by, organisation: Organisation, data: dict[str, Any]) -> Organisation:
    """Change an organisation's details; changes to announced fields of a subject are announced (主体变更)."""
    require(by, Perm.ORG_MANAGE)
    require_scope(by, organisation)
    org = Organisation.objects.select_for_update().get(pk=organisation.pk)
    _require_active(org)
    unknown = set(data) - set(EDITABLE_FIELDS)
    if unknown:
        raise DomainError.from_rule(
            rules.ORG_CATEGORY_FIELDS, detail=f"不可修改的字段：{'、'.join(sorted(unknown))}"
        )
    if "region_code" in data:
        require_region(by, data["region_code"])
    before, after = model_update(org, data)
    announced = {k: {"旧": before[k], "新": after[k]} for k in after if k in ANNOUNCED_FIELDS}
    if announced and _is_announced_subject(org):
        labels = "、".join(str(Organisation._meta.get_field(k).verbose_name) for k in announced)
        _announce(org, AnnouncementKind.CHANGED, by=by, effective_on=timezone.localdate(),
                  content=f"{org.name}的{labels}发生变更。", changes=announced)  # fmt: skip
    if after:
        audit(
            actor=by,
            action="organisation.update",
            obj=org,
            before=before,
            after=after,
            organisation_id=org.pk,
        )
    return org


@transaction.atomic
def organisation_abolish(*, by, organisation: Organisation, effective_on: date, reason: str) -> Organisation:
    """Abolish a body (主体撤销): refused while people still hold usable certificates in its name."""
    from zhifa.personnel.models import Certificate
    from zhifa.personnel.workflow import CertState

    require(by, Perm.ORG_MANAGE)
    require_scope(by, organisation)
    org = Organisation.objects.select_for_update().get(pk=organisation.pk)
    _require_active(org)
    if not reason.strip():
        raise DomainError.from_rule(rules.ORG_CATEGORY_FIELDS, detail="撤销主体必须写明原因与依据。")
    holders = Certificate.objects.filter(
        organisation__body=org, state__in=[CertState.VALID, CertState.SUSPENDED]
    ).count()
    if holders:
        raise DomainError.from_rule(rules.ORG_ABOLISH_HOLDERS, name=org.name, count=holders)
    before, after = model_update(org, {"status": OrgStatus.ABOLISHED, "abolished_on": effective_on})
    if _is_announced_subject(org):
        _announce(
            org,
            AnnouncementKind.ABOLISHED,
            by=by,
            effective_on=effective_on,
            content=f"{org.name}自{effective_on:%Y年%m月%d日}起撤销。原因：{reason}",
        )
    audit(
        actor=by,
        action="organisation.abolish",
        obj=org,
        before=before,
        after={**after, "reason": reason},
        organisation_id=org.pk,
    )
    return org


def _check_entrustment(
    entrusting: Organisation, entrusted: Organisation, matters: list[str], valid_from: date, valid_until: date
) -> None:
    if entrusting.subject_kind not in (SubjectKind.STATUTORY, SubjectKind.AUTHORISED):
        raise DomainError.from_rule(rules.ENTRUST_BY_ORGAN, name=entrusting.name)
    _require_active(entrusting)
    if entrusted.status != OrgStatus.ACTIVE or entrusted.category == Category.INTERNAL_UNIT:
        raise DomainError.from_rule(rules.ENTRUST_TARGET_ACTIVE, name=entrusted.name)
    if entrusted.pk == entrusting.pk:
        raise DomainError.from_rule(rules.ENTRUST_MATTERS, detail="委托机关与受委托组织不能相同。")
    if not [m for m in matters if m.strip()]:
        raise DomainError.from_rule(rules.ENTRUST_MATTERS, detail="未列明委托事项。")
    if valid_until < valid_from:
        raise DomainError.from_rule(rules.ENTRUST_MATTERS, detail="委托截止日早于起始日。")


@transaction.atomic
def entrustment_create(*, by, entrusting: Organisation, entrusted: Organisation, matters: list[str], valid_from: date,
                       valid_until: date, letter_number: str, letter: BinaryIO, letter_name: str) -> Entrustment:  # fmt: skip
    """Record a written entrustment (委托) with its 委托书 stored by digest."""
    require(by, Perm.ORG_MANAGE)
    require_scope(by, entrusting)
    _check_entrustment(entrusting, entrusted, matters, valid_from, valid_until)
    if not letter_number.strip():
        raise DomainError.from_rule(rules.ENTRUST_MATTERS, detail="缺少委托书文号。")
    stored = store_upload(letter, name=letter_name, allowed=DOCUMENT_TYPES)
    entrustment = Entrustment(
        entrusting=entrusting, entrusted=entrusted, matters=[m.strip() for m in matters if m.strip()],
        valid_from=valid_from, valid_until=valid_until, letter=stored, letter_number=letter_number.strip(),
    )  # fmt: skip
    entrustment.full_clean()
    entrustment.save()
    after = {
        **snapshot(
            entrustment,
            ("entrusting_id", "entrusted_id", "matters", "valid_from", "valid_until", "letter_number"),
        ),
        "letter_sha256": stored.sha256,
    }
    audit(actor=by, action="entrustment.create", obj=entrustment, after=after, organisation_id=entrusting.pk)
    return entrustment


@transaction.atomic
def entrustment_terminate(*, by, entrustment: Entrustment, terminated_on: date, reason: str) -> Entrustment:
    """End an entrustment early; it grants nothing from ``terminated_on``."""
    require(by, Perm.ORG_MANAGE)
    require_scope(by, entrustment.entrusting)
    ent = Entrustment.objects.select_for_update().get(pk=entrustment.pk)
    if ent.status == EntrustmentStatus.TERMINATED:
        raise DomainError.from_rule(rules.ENTRUST_TERMINATED, date=ent.terminated_on)
    if not reason.strip():
        raise DomainError.from_rule(rules.ENTRUST_MATTERS, detail="终止委托必须写明原因。")
    before, after = model_update(
        ent,
        {
            "status": EntrustmentStatus.TERMINATED,
            "terminated_on": terminated_on,
            "termination_reason": reason,
        },
    )
    audit(
        actor=by,
        action="entrustment.terminate",
        obj=ent,
        before=before,
        after=after,
        organisation_id=ent.entrusting_id,
    )
    return ent
