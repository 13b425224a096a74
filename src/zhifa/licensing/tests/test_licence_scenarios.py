"""Scenarios of a licence's life: change, renewal (and 视为准予延续 when no decision comes by expiry), revocation,
withdrawal, expiry and cancellation (《行政许可法》第八条、第四十九条、第五十条、第六十九条、第七十条)."""

from __future__ import annotations

from datetime import date

import pytest

from zhifa.accounts.actors import Actor
from zhifa.core.models import AuditEvent, Parameter
from zhifa.licensing.selectors import renewal_status
from zhifa.licensing.services import licences_deem_renewed

from .factories import SHORT_TERM, issued, lstep, make_desk, on_day

D = date


@pytest.fixture
def desk(today, body_a):
    return make_desk(body_a)


@pytest.fixture
def licence(desk):
    """Valid 2026-09-10 (the grant) to 2026-11-10."""
    return issued(desk, valid_until=SHORT_TERM)


def test_it_deems_a_renewal_granted_when_no_decision_came_by_expiry(desk, licence, refused):
    licence = lstep(desk.officer, licence, "apply_renewal", on=D(2026, 10, 9))
    assert licence.deadlines.get(kind="renewal_decision").due_on == SHORT_TERM
    with refused("LIC-020", licence) as info:
        lstep(desk.officer, licence, "deem_renewed", on=SHORT_TERM)
    assert "届满后方视为准予延续" in info.value.message
    assert renewal_status(licence, SHORT_TERM) == ""
    assert "视为准予延续" in renewal_status(licence, D(2026, 11, 11))
    with refused("LIC-019", licence):
        lstep(desk.head, licence, "renew", on=D(2026, 11, 11), valid_until=D(2031, 11, 10))
    with refused("LIC-019", licence):
        lstep(desk.head, licence, "refuse_renewal", on=D(2026, 11, 11), reasons="不符合", remedies="可复议")

    licence = lstep(desk.officer, licence, "deem_renewed", on=D(2026, 11, 11))
    licence.refresh_from_db()
    # the same term again: 2026-09-10..2026-11-10 (62 days) → to 2027-01-11
    assert (licence.state, licence.valid_until) == ("deemed_renewed", D(2027, 1, 11))
    row = licence.steps.get(action="deem_renewed")
    assert row.data["previous_valid_until"] == "2026-11-10"
    assert licence.deadlines.get(kind="renewal_decision").status == "met"


def test_it_records_deemed_renewals_for_the_system(desk, licence):
    lstep(desk.officer, licence, "apply_renewal", on=D(2026, 10, 9))
    other = issued(desk, valid_until=D(2031, 9, 9))
    done = licences_deem_renewed(today=D(2026, 11, 22), by=Actor.system("系统：视为准予延续"))
    assert [lic.pk for lic in done] == [licence.pk]
    licence.refresh_from_db()
    other.refresh_from_db()
    assert (licence.state, other.state) == ("deemed_renewed", "valid")
    event = AuditEvent.objects.get(action="licence.deem_renewed")
    assert event.actor_label == "系统：视为准予延续"


def test_it_refuses_a_renewal_asked_for_less_than_thirty_days_before_expiry(desk, licence, refused):
    with refused("LIC-018", licence) as info:
        lstep(desk.officer, licence, "apply_renewal", on=D(2026, 10, 12))
    assert "2026-10-11" in info.value.message and "licensing.renewal_lead_days" in info.value.message
    Parameter.objects.create(key="licensing.renewal_lead_days", value=20, source="某特别规定：届满二十日前")
    licence = lstep(desk.officer, licence, "apply_renewal", on=D(2026, 10, 12))
    assert licence.state == "renewal_pending"


def test_it_renews_before_expiry_or_refuses_with_reasons_and_remedies(desk, licence, refused):
    licence = lstep(desk.officer, licence, "apply_renewal", on=D(2026, 10, 9))
    with refused("LIC-013", licence):
        lstep(desk.head, licence, "refuse_renewal", on=D(2026, 11, 2), reasons="", remedies="")
    with refused("LIC-022", licence):
        lstep(desk.head, licence, "renew", on=D(2026, 11, 2), valid_until=D(2026, 11, 1))
    licence = lstep(desk.head, licence, "renew", on=D(2026, 11, 2), valid_until=D(2031, 11, 10))
    licence.refresh_from_db()
    assert (licence.state, licence.valid_until) == ("renewed", D(2031, 11, 10))


def test_it_keeps_a_licence_valid_until_expiry_after_a_refused_renewal(desk, licence):
    licence = lstep(desk.officer, licence, "change", on=D(2026, 10, 1), scope="热食类；冷食类")
    licence = lstep(desk.officer, licence, "apply_renewal", on=D(2026, 10, 9))
    licence = lstep(desk.head, licence, "refuse_renewal", on=D(2026, 11, 2), reasons="经营条件变化",
                    remedies="可于六十日内申请行政复议或六个月内提起行政诉讼")  # fmt: skip
    licence.refresh_from_db()
    assert (licence.state, licence.valid_until, licence.scope) == ("changed", SHORT_TERM, "热食类；冷食类")
    licence = lstep(desk.officer, licence, "expire", on=D(2026, 11, 11))
    licence = lstep(
        desk.head, licence, "cancel", on=D(2026, 11, 12), ground="expired", reason="有效期届满未延续"
    )
    licence.refresh_from_db()
    assert (licence.state, licence.ended_on) == ("cancelled", D(2026, 11, 11))


def test_it_revokes_a_licence_obtained_by_fraud_and_then_cancels_it(desk, licence, refused):
    with refused("AUTH-PERM", licence):
        lstep(desk.officer, licence, "revoke", on=D(2026, 11, 2), ground="fraud", reason="提交虚假材料")
    with refused("LIC-021", licence):
        lstep(desk.head, licence, "revoke", on=D(2026, 11, 2), ground="fraud", reason="")
    with refused("LIC-021", licence) as info:
        lstep(desk.head, licence, "cancel", on=D(2026, 11, 2), ground="annulled", reason="已撤销")
    assert "须先作出撤销或撤回决定" in info.value.message
    licence = lstep(desk.head, licence, "revoke", on=D(2026, 11, 2), ground="fraud", reason="提交虚假材料")
    licence.refresh_from_db()
    assert (licence.state, licence.ended_on) == ("revoked", D(2026, 11, 2))
    assert licence.steps.get(action="revoke").data["ground"] == "fraud"
    with refused("LIC-017", licence):
        lstep(desk.officer, licence, "change", on=D(2026, 11, 3), scope="新范围")
    licence = lstep(desk.head, licence, "cancel", on=D(2026, 11, 3), ground="annulled", reason="许可已撤销")
    assert licence.state == "cancelled"


def test_it_refuses_expiry_or_an_expiry_cancellation_before_the_term_ends(desk, licence, refused):
    with refused("LIC-022", licence):
        lstep(desk.officer, licence, "expire", on=D(2026, 11, 10))
    with refused("LIC-021", licence):
        lstep(desk.head, licence, "cancel", on=D(2026, 11, 10), ground="expired", reason="届满")


def test_it_withdraws_a_licence_for_the_public_interest(desk, licence):
    with on_day(D(2026, 11, 20)):
        licence = lstep(desk.head, licence, "withdraw", ground="facts_changed", reason="规划调整，场所拆除",
                        compensation="依法给予补偿")  # fmt: skip
    licence.refresh_from_db()
    assert (licence.state, licence.ended_on) == ("withdrawn", D(2026, 11, 20))


def test_the_daily_command_records_deemed_renewals_and_the_checkpoint(desk, licence, capsys):
    from django.core.management import call_command

    from zhifa.core.models import ChainCheckpoint

    lstep(desk.officer, licence, "apply_renewal", on=D(2026, 10, 9))
    call_command("daily")
    out = capsys.readouterr().out
    licence.refresh_from_db()
    assert licence.state == "deemed_renewed" and "视为准予延续：1 件" in out and licence.number in out
    assert ChainCheckpoint.objects.count() == 1 and "检查点" in out
    call_command("daily")  # the next run finds nothing more to do
    assert "视为准予延续：0 件" in capsys.readouterr().out
