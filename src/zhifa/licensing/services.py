"""Writes of the licensing app: every step of a licence application and of a licence, through the engine's one
door ``core.stepping.take_step`` (house style R2, R5).

``licence_application_step`` and ``licence_step`` lock the aggregate, check the actor's scope, and let
``take_step`` check the table (permission, state, guards), append the history row, apply the step's effects
(``licensing.effects``), move the state, meet and start deadlines and append the audit event — in one
transaction, so a refused step changes nothing.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from zhifa.accounts.permissions import require_scope
from zhifa.cases.services import party_upsert
from zhifa.catalog.models import Matter
from zhifa.catalog.selectors import version_in_force
from zhifa.core import stepping
from zhifa.core.exceptions import DomainError
from zhifa.personnel.selectors import officer_record

from . import effects, rules
from .facts import Issue, Receive, StepFacts
from .models import (
    Licence,
    LicenceApplication,
    LicenceApplicationDeadline,
    LicenceApplicationStep,
    LicenceDeadline,
    LicenceStep,
)
from .workflow import APPLICATION, LICENCE, LicenceState

APPLICATION_ADAPTER = stepping.ActAdapter(
    history=LicenceApplicationStep, deadlines=LicenceApplicationDeadline, parent="application",
    due=effects.application_due, effects=effects.application_effects,
    fields=("accepted_on", "deemed_accepted", "extended_on", "excluded_days", "decision", "decided_on",
            "decision_number", "issued_on"),
    audit_prefix="licence_application",
)  # fmt: skip
LICENCE_ADAPTER = stepping.ActAdapter(
    history=LicenceStep, deadlines=LicenceDeadline, parent="licence", due=effects.licence_due,
    effects=effects.licence_effects, fields=("scope", "valid_from", "valid_until", "renewal_requested_on", "ended_on"),
    audit_prefix="licence",
)  # fmt: skip


def _acting_body(by):
    org = by.organisation
    body = org.body if org is not None and org.body_id else org
    if body is None:
        raise DomainError.from_rule(rules.COMPETENCE, detail="须以许可机关的账号登记许可申请。")
    return body


def _new_application(facts: Receive, by) -> LicenceApplication:
    body = _acting_body(by)
    on = facts.on or timezone.localdate()
    matter = Matter.objects.filter(pk=facts.matter_id).first()
    version = version_in_force(matter, on) if matter else None
    if version is None:
        raise DomainError.from_rule(
            rules.COMPETENCE, detail=f"事项ID {facts.matter_id} 不存在或在{on}没有施行中的版本。"
        )
    applicant = party_upsert(data=facts.applicant, by=by)
    return LicenceApplication(
        organisation=body, matter=matter, matter_version=version, applicant=applicant, subject=facts.subject,
        state=APPLICATION.initial, received_on=on, materials=effects.clean_list(facts.materials),
        number=effects.number(body, on.year, "lic_application"),
    )  # fmt: skip


def _lock_application(pk: int) -> LicenceApplication:
    # of=("self",): the nullable hearing_chair must not be locked through an outer join on PostgreSQL.
    qs = LicenceApplication.objects.select_related("organisation", "matter", "matter_version", "applicant")
    return qs.select_for_update(of=("self",)).get(pk=pk)


def _officers(ctx, obj) -> list[dict]:
    return officer_record(ctx.officers, [obj.organisation], ctx.on)


def licence_application_step(
    *, application: LicenceApplication | None, action: str, facts: StepFacts, by
) -> LicenceApplication:
    """Take ``action`` on ``application`` (None for 申请登记, which opens one); return the application."""
    with transaction.atomic():
        if application is None:
            if action != "receive":
                raise DomainError.from_rule(
                    rules.ORDER, step=action, state="新建", allowed="申请登记（收件）"
                )
            application = _new_application(facts, by)
        else:
            application = _lock_application(application.pk)
        require_scope(by, application.organisation)
        ctx = stepping.context(application, action, facts, by, application.organisation.region_code)
        stepping.take_step(procedure=APPLICATION, adapter=APPLICATION_ADAPTER, ctx=ctx,
                           officer_record=_officers(ctx, application))  # fmt: skip
    return application


def licence_issue(*, application: LicenceApplication, on: date, by) -> Licence:
    """Open the licence a grant decided (called by the application's 颁发证件 step, inside its transaction)."""
    org = application.organisation
    licence = Licence(
        number=effects.number(org, on.year, "lic_certificate"), organisation=org, holder=application.applicant,
        matter=application.matter, matter_version=application.matter_version, application=application,
        scope=application.granted_scope, state=LicenceState.NEW, issued_on=on,
        valid_from=application.granted_valid_from or on, valid_until=application.granted_valid_until,
    )  # fmt: skip
    ctx = stepping.context(licence, "issue", Issue(on=on), by, org.region_code)
    stepping.take_step(procedure=LICENCE, adapter=LICENCE_ADAPTER, ctx=ctx, officer_record=[])
    return licence


def _lock_licence(pk: int) -> Licence:
    qs = Licence.objects.select_related("organisation", "holder", "matter", "matter_version", "application")
    return qs.select_for_update(of=("self",)).get(pk=pk)


def licence_step(*, licence: Licence, action: str, facts: StepFacts, by) -> Licence:
    """Take ``action`` on ``licence`` (change, renewal, revocation, withdrawal, expiry, cancellation)."""
    with transaction.atomic():
        licence = _lock_licence(licence.pk)
        require_scope(by, licence.organisation)
        ctx = stepping.context(licence, action, facts, by, licence.organisation.region_code)
        stepping.take_step(procedure=LICENCE, adapter=LICENCE_ADAPTER, ctx=ctx,
                           officer_record=_officers(ctx, licence))  # fmt: skip
    return licence


def licences_deem_renewed(*, today: date, by) -> list[Licence]:
    """视为准予延续 (第五十条第二款): record it on every licence whose renewal was asked for and not decided by its
    expiry day. Run daily by the system (``by`` = a system actor); each licence is its own transaction."""
    from .facts import DeemRenewed

    pending = Licence.objects.filter(state=LicenceState.RENEWAL_PENDING, valid_until__lt=today)
    done = []
    for licence in pending.order_by("valid_until", "pk"):
        done.append(licence_step(licence=licence, action="deem_renewed", facts=DeemRenewed(on=today), by=by))
    return done
