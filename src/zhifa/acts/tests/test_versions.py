"""更正、撤销、公开: nothing is lost — a correction is a new version pointing to the old one (which stays as
已更正), a revocation keeps the row with its reason, day and actor; every change is a history row and an audit
event; and the yearly summary counts only what is in force."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from zhifa.accounts.tests.factories import actor_of
from zhifa.acts import selectors
from zhifa.acts.schemas import PublishInput, ReasonInput
from zhifa.acts.services import act_correct, act_publish, act_record, act_revoke
from zhifa.core.audit import verify_chain
from zhifa.core.models import AuditEvent

from .factories import act_input, aggregated_input, make_act_team, record

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(today, body_a):
    return make_act_team(body_a)


def test_it_corrects_a_record_as_a_new_version_and_keeps_the_old_one(team):
    old = record(team, "levy")
    new = act_correct(record=old, data=act_input(team, "levy", amount=Decimal("10800.00"), reason="面积测量有误"),
                      by=team.actor)  # fmt: skip

    old.refresh_from_db()
    assert old.state == "corrected" and old.amount == Decimal("12000.00")
    assert new.state == "valid" and new.supersedes == old and new.version == 2 and new.number == old.number
    assert new.correction_reason == "面积测量有误"
    assert [v.pk for v in selectors.version_history(old)] == [old.pk, new.pk]
    assert [v.pk for v in selectors.version_history(new)] == [old.pk, new.pk]
    assert [(s.action, s.reason, s.actor_label) for s in old.steps.all()][-1] == (
        "correct",
        "面积测量有误",
        team.actor.label,
    )
    assert old.deadlines.get().status == "cancelled" and new.deadlines.get().status == "running"
    actions = list(AuditEvent.objects.filter(action__startswith="act.").values_list("action", flat=True))
    assert actions == ["act.record", "act.correct", "act.record_correction"]
    assert verify_chain().ok


def test_a_correction_is_refused_without_reason_or_with_a_broken_new_version(team, refused):
    old = record(team, "levy")
    with refused("ACT-009", old) as info:
        act_correct(record=old, data=act_input(team, "levy"), by=team.actor)
    assert "更正须写明理由" in info.value.message
    with refused("ACT-003", old):
        act_correct(
            record=old, data=act_input(team, "levy", amount=Decimal("-5"), reason="改金额"), by=team.actor
        )


def test_a_corrected_or_revoked_record_cannot_change_again(team, refused):
    old = record(team, "reward")
    act_correct(
        record=old, data=act_input(team, "reward", reason="改奖励金额", amount=Decimal("1500")), by=team.actor
    )
    with refused("ACT-000", old) as info:
        act_revoke(record=old, data=ReasonInput(reason="撤销"), by=actor_of(team.head))
    assert "当前状态为“已更正”" in info.value.message


def test_a_head_revokes_with_reason_and_day_and_the_row_stays(team, refused):
    act = record(team, "confirmation")
    with refused("AUTH-PERM", act):
        act_revoke(record=act, data=ReasonInput(reason="复议撤销"), by=team.actor)
    with refused("ACT-009", act):
        act_revoke(record=act, data=ReasonInput(reason=" "), by=actor_of(team.head))
    with refused("ACT-004", act):
        act_revoke(
            record=act, data=ReasonInput(reason="复议撤销", on=date(2026, 10, 1)), by=actor_of(team.head)
        )

    act_revoke(
        record=act, data=ReasonInput(reason="行政复议决定撤销", on=date(2026, 11, 20)), by=actor_of(team.head)
    )
    act.refresh_from_db()
    assert (act.state, act.revoked_on, act.revoke_reason) == (
        "revoked",
        date(2026, 11, 20),
        "行政复议决定撤销",
    )
    assert "赵局长" in act.revoked_by
    assert act.deadlines.get().status == "cancelled"
    assert AuditEvent.objects.filter(action="act.revoke", object_id=str(act.pk)).exists()


def test_publishing_meets_the_deadline_and_a_private_record_is_not_published(team, refused):
    from .factories import person_party

    act = record(team, "reward")
    act_publish(record=act, data=PublishInput(on=date(2026, 11, 10)), by=team.actor)
    act.refresh_from_db()
    assert act.published_on == date(2026, 11, 10)
    assert (act.deadlines.get().status, act.deadlines.get().met_on) == ("met", date(2026, 11, 10))
    with refused("ACT-010", act):
        act_publish(record=act, data=PublishInput(), by=team.actor)

    private = record(team, "confirmation", party=person_party(), number="确〔2026〕9号")
    with refused("ACT-010", private) as info:
        act_publish(record=private, data=PublishInput(), by=team.actor)
    assert "不予公开" in info.value.message


def test_the_publication_entry_never_shows_id_numbers_or_phones(team):
    act = record(team, "reward")
    entry = selectors.publication_entry(act)
    text = str(entry)
    assert act.party.identifier not in text and "13800138000" not in text and "测试区示范路1号" not in text
    assert entry["party"] == "示范建设工程有限公司" and entry["number"] == act.number


def test_the_yearly_summary_counts_acts_in_force_per_body_kind_and_month(team, body_b):
    record(team, "levy", decided_on=date(2026, 3, 5), number="征1")
    record(team, "levy", decided_on=date(2026, 3, 20), number="征2", amount=Decimal("500"))
    old = record(team, "levy", decided_on=date(2026, 4, 2), number="征3", amount=Decimal("100"))
    act_correct(record=old, data=act_input(team, "levy", decided_on=date(2026, 4, 2), number="征3",
                                           amount=Decimal("150"), reason="更正金额"), by=team.actor)  # fmt: skip
    revoked = record(team, "levy", decided_on=date(2026, 5, 2), number="征4")
    act_revoke(record=revoked, data=ReasonInput(reason="撤销"), by=actor_of(team.head))
    act_record(data=aggregated_input(team), by=team.actor)  # 420 payments in October
    record(team, "confirmation", decided_on=date(2025, 12, 31), number="去年")
    make_act_team(body_b)

    rows = selectors.yearly_counts(actor=team.actor, year=2026)
    got = {(r["kind"], r["month"]): (r["count"], r["amount"]) for r in rows}
    assert got == {
        ("levy", 3): (2, Decimal("12500.00")),
        ("levy", 4): (1, Decimal("150.00")),
        ("payment", 10): (420, Decimal("336000.00")),
    }
    lines = selectors.yearly_summary(actor=team.actor, year=2026)
    levy = next(line for line in lines if line.kind == "levy")
    assert (levy.organisation, levy.kind_label, levy.total, levy.months[2]) == (
        "测试区市场监督管理局",
        "行政征收",
        3,
        2,
    )
    assert selectors.kind_totals(lines)["payment"] == {"count": 420, "amount": Decimal("336000.00")}


def test_the_summary_is_scoped_to_the_actor(team, body_b, supervisor):
    record(team, "reward", decided_on=date(2026, 6, 1))
    team_b = make_act_team(body_b)
    record(team_b, "reward", decided_on=date(2026, 6, 2))

    mine = selectors.yearly_counts(actor=team.actor, year=2026)
    region = selectors.yearly_counts(actor=actor_of(supervisor), year=2026)
    assert [r["organisation_id"] for r in mine] == [team.body.pk]
    assert sorted(r["organisation_id"] for r in region) == sorted([team.body.pk, body_b.pk])
