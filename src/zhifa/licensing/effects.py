"""What each licensing step writes besides its history row (``core.stepping.ActAdapter.effects``), and the due
dates of the deadlines steps start (``ActAdapter.due``). ``take_step`` calls them inside the service's
transaction, after every guard has passed."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from zhifa.cases.numbering import body_word
from zhifa.core.models.procedural import DeadlineState
from zhifa.core.stepping import DueDate

from .constants import LAW as L
from .constants import NUMBER_WORDS, Decision, ExcludedKind, HearingKind
from .constants import DeadlineKind as DL
from .domain import deadlines as dl
from .guards import clean_list, current_decision_due
from .models import ExcludedPeriod, LicenceNumberSeries

WD = "（工作日，第八十二条）"


def next_in_series(organisation, year: int, kind: str) -> int:
    """The next serial of the body's series (locked; as ``cases.numbering.next_in_series`` for case 文号)."""
    qs = LicenceNumberSeries.objects.select_for_update()
    series = qs.filter(organisation=organisation, year=year, kind=kind).first()
    if series is None:
        try:
            # A savepoint: if another transaction created the row first, fall back to locking theirs.
            with transaction.atomic():
                series = LicenceNumberSeries.objects.create(organisation=organisation, year=year, kind=kind)
        except IntegrityError:
            series = qs.get(organisation=organisation, year=year, kind=kind)
    series.last += 1
    series.save(update_fields=["last"])
    return series.last


def number(organisation, year: int, kind: str) -> str:
    """The next 文号 of ``kind`` for the body and year, e.g. 区市场监管许准〔2026〕12号 (gap-free, locked series)."""
    serial = next_in_series(organisation, year, kind)
    return f"{body_word(organisation)}{NUMBER_WORDS[kind]}〔{year}〕{serial}号"


# --- deadlines ------------------------------------------------------------------------------------------------


BASIS = {
    DL.ACCEPTANCE: f"{L}第三十二条：收到申请材料后5日内{WD}",
    DL.CERTIFICATE: f"{L}第四十四条：自作出决定之日起10日内{WD}",
    DL.HEARING_REQUEST: f"{L}第四十七条：被告知之日起5日内{WD}",
    DL.HEARING_HOLD: f"{L}第四十七条：申请后20日内组织{WD}",
    DL.RENEWAL_DECISION: f"{L}第五十条第二款：有效期届满前作出决定，逾期视为准予延续",
}


def application_due(ctx, kind: str) -> DueDate | None:
    obj, cal = ctx.obj, ctx.cal
    if kind == DL.ACCEPTANCE:
        return DueDate(dl.acceptance_due(obj.received_on, cal), BASIS[kind])
    if kind == DL.DECISION:
        return DueDate(current_decision_due(obj, cal), decision_basis(obj))
    if kind == DL.CERTIFICATE:
        return DueDate(dl.certificate_due(obj.decided_on, cal), BASIS[kind])
    if kind == DL.HEARING_REQUEST:
        return DueDate(dl.hearing_request_due(obj.hearing_told_on, cal), BASIS[kind])
    if kind == DL.HEARING_HOLD:
        return DueDate(dl.hearing_hold_due(obj.hearing_requested_on, cal), BASIS[kind])
    return None


def decision_basis(obj) -> str:
    """The decision deadline's basis: from acceptance or (视为受理) receipt, extension and excluded days."""
    start = dl.decision_start(obj.received_on, obj.accepted_on, obj.deemed_accepted)
    parts = [
        f"{L}第四十二条：自{'收到申请材料之日（视为受理）' if obj.deemed_accepted else '受理之日'}{start}起20日"
    ]
    if obj.extended_on:
        parts.append("经负责人批准延长10日")
    if obj.excluded_days:
        parts.append(f"第四十五条不计入{obj.excluded_days}日")
    return "，".join(parts) + WD


def licence_due(ctx, kind: str) -> DueDate | None:
    if kind == DL.RENEWAL_DECISION and ctx.obj.valid_until:
        return DueDate(ctx.obj.valid_until, BASIS[kind])
    return None


# --- the application's steps ----------------------------------------------------------------------------------


def _request_completion(ctx, row) -> None:
    obj = ctx.obj
    obj.missing_materials = clean_list(ctx.facts.missing)
    obj.completion_requested_on = ctx.on
    row.data["notice_number"] = number(obj.organisation, ctx.on.year, "lic_completion")


def _supplement(ctx, row) -> None:
    obj = ctx.obj
    obj.materials = clean_list([*obj.materials, *ctx.facts.materials])
    obj.supplemented_on = ctx.on


def _accept(ctx, row) -> None:
    obj = ctx.obj
    deemed = obj.state == "received" and dl.acceptance_deemed(obj.received_on, ctx.on, ctx.cal)
    obj.deemed_accepted = deemed
    obj.accepted_on = obj.received_on if deemed else ctx.on
    obj.receipt_number = number(obj.organisation, ctx.on.year, "lic_receipt")
    row.data.update(receipt_number=obj.receipt_number, deemed=deemed, accepted_on=str(obj.accepted_on))


def _reject(ctx, row) -> None:
    obj = ctx.obj
    obj.receipt_number = number(obj.organisation, ctx.on.year, "lic_not_accepted")
    row.data["receipt_number"] = obj.receipt_number


def _withdraw(ctx, row) -> None:
    ctx.obj.deadlines.filter(status=DeadlineState.RUNNING).update(
        status=DeadlineState.CANCELLED, met_on=ctx.on
    )


def _review(ctx, row) -> None:
    obj = ctx.obj
    ids = list(getattr(ctx.facts, "officer_ids", None) or [])
    if ctx.by.person_id:
        ids.append(ctx.by.person_id)
    obj.reviewer_ids = list(dict.fromkeys([*(obj.reviewer_ids or []), *ids]))


def _open_hearing(ctx, kind: str, notice: str) -> None:
    obj = ctx.obj
    obj.hearing_kind, obj.hearing_told_on = kind, ctx.on
    ExcludedPeriod.objects.create(application=obj, kind=ExcludedKind.HEARING, starts_on=ctx.on, notice=notice,
                                  notice_on=ctx.on)  # fmt: skip


def _announce_hearing(ctx, row) -> None:
    _open_hearing(ctx, ctx.facts.kind, ctx.facts.announcement)


def _notify_hearing_right(ctx, row) -> None:
    _open_hearing(
        ctx,
        HearingKind.MAJOR_INTEREST,
        "告知申请人、利害关系人享有要求听证的权利；听证所需时间不计入决定期限。",
    )


def _request_hearing(ctx, row) -> None:
    ctx.obj.hearing_requested_on = ctx.on


def _schedule_hearing(ctx, row) -> None:
    obj = ctx.obj
    obj.hearing_chair = ctx.extra["chair"]
    obj.hearing_on = ctx.facts.scheduled_on


def _close_excluded(ctx) -> None:
    """End the open 第四十五条 period: its working days push the decision deadline back (restarted by the step)."""
    obj = ctx.obj
    period = obj.excluded_periods.filter(ends_on__isnull=True).order_by("-id").first()
    if period is None:
        return
    period.ends_on = ctx.on
    period.working_days = dl.excluded_working_days(period.starts_on, ctx.on, ctx.cal)
    period.save(update_fields=["ends_on", "working_days"])
    obj.excluded_days += period.working_days


def _hold_hearing(ctx, row) -> None:
    ctx.obj.hearing_held, ctx.obj.hearing_on = True, ctx.on
    _close_excluded(ctx)


def _pause(ctx, row) -> None:
    obj, f = ctx.obj, ctx.facts
    obj.state_before_pause = obj.state
    ExcludedPeriod.objects.create(application=obj, kind=f.kind, starts_on=ctx.on, notice=f.notice, notice_on=ctx.on,
                                  expected_days=f.expected_days)  # fmt: skip


def _resume(ctx, row) -> None:
    _close_excluded(ctx)


def _extend(ctx, row) -> None:
    ctx.obj.extended_on = ctx.on


def _grant(ctx, row) -> None:
    obj, f = ctx.obj, ctx.facts
    obj.decision, obj.decided_on = Decision.GRANTED, ctx.on
    obj.decision_number = number(obj.organisation, ctx.on.year, "lic_grant")
    obj.granted_scope = f.scope
    obj.granted_valid_from = f.valid_from or ctx.on
    obj.granted_valid_until = f.valid_until
    row.data["decision_number"] = obj.decision_number


def _refuse(ctx, row) -> None:
    obj, f = ctx.obj, ctx.facts
    obj.decision, obj.decided_on = Decision.REFUSED, ctx.on
    obj.decision_number = number(obj.organisation, ctx.on.year, "lic_refusal")
    obj.refusal_reasons, obj.remedies = f.reasons.strip(), f.remedies.strip()
    row.data["decision_number"] = obj.decision_number


def _issue(ctx, row) -> None:
    from .services import licence_issue

    ctx.obj.issued_on = ctx.on
    licence = licence_issue(application=ctx.obj, on=ctx.on, by=ctx.by)
    row.data["licence_number"] = licence.number


APPLICATION_EFFECTS = {
    "request_completion": _request_completion, "supplement": _supplement, "accept": _accept, "reject": _reject,
    "withdraw": _withdraw, "review": _review, "announce_hearing": _announce_hearing,
    "notify_hearing_right": _notify_hearing_right, "request_hearing": _request_hearing,
    "close_hearing_window": lambda ctx, row: _close_excluded(ctx), "schedule_hearing": _schedule_hearing,
    "hold_hearing": _hold_hearing, "pause": _pause, "resume": _resume, "extend": _extend, "grant": _grant,
    "refuse": _refuse, "issue": _issue,
}  # fmt: skip


def application_effects(ctx, row) -> None:
    effect = APPLICATION_EFFECTS.get(ctx.action)
    if effect is not None:
        effect(ctx, row)


# --- the licence's steps --------------------------------------------------------------------------------------


def _change(ctx, row) -> None:
    row.data["previous_scope"] = ctx.obj.scope
    ctx.obj.scope = ctx.facts.scope


def _apply_renewal(ctx, row) -> None:
    ctx.obj.renewal_requested_on = ctx.on
    ctx.obj.state_before_pause = ctx.obj.state


def _renew(ctx, row) -> None:
    row.data["previous_valid_until"] = str(ctx.obj.valid_until)
    ctx.obj.valid_until = ctx.facts.valid_until


def _deem_renewed(ctx, row) -> None:
    licence = ctx.obj
    row.data["previous_valid_until"] = str(licence.valid_until)
    licence.valid_until = dl.renewed_until(licence.valid_from, licence.valid_until)
    row.data["valid_until"] = str(licence.valid_until)


def _end(ctx, row) -> None:
    ctx.obj.ended_on = ctx.obj.ended_on or ctx.on


LICENCE_EFFECTS = {
    "change": _change, "apply_renewal": _apply_renewal, "renew": _renew, "deem_renewed": _deem_renewed,
    "revoke": _end, "withdraw": _end, "expire": _end, "cancel": _end,
}  # fmt: skip


def licence_effects(ctx, row) -> None:
    effect = LICENCE_EFFECTS.get(ctx.action)
    if effect is not None:
        effect(ctx, row)
