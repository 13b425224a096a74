"""Builders for coercion tests: a body with certified officers and a coercion matter, and measures and executions
taken to any state through the real services (never by writing rows directly)."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from zhifa.accounts.tests.factories import actor_of
from zhifa.cases.tests.factories import Team, make_team, org_party
from zhifa.catalog.constants import MatterKind
from zhifa.coercion import facts as F
from zhifa.coercion.services import execution_step, measure_step, recording_store
from zhifa.discretion.tests.factories import penalty_matter

BJ = ZoneInfo("Asia/Shanghai")
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 2048


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BJ)


def coercion_team(body) -> Team:
    matter = penalty_matter(body, name="查封、扣押不符合安全标准的食品", kind=MatterKind.COERCION)
    return make_team(body, matter=matter)


def recording(team: Team, content: bytes = MP4) -> str:
    return recording_store(
        upload=io.BytesIO(content), filename="DSJ0012.mp4", by=actor_of(team.officer_user)
    ).sha256


def mstep(user, measure, action: str, **facts):
    return measure_step(
        measure=measure, action=action, facts=F.MEASURE_FACTS[action](**facts), by=actor_of(user)
    )


def estep(user, execution, action: str, **facts):
    schema = F.EXECUTION_FACTS[action]
    return execution_step(execution=execution, action=action, facts=schema(**facts), by=actor_of(user))


ITEMS = [{"name": "过期预包装食品", "quantity": "120", "unit": "袋", "condition": "外包装完好"}]


def on_site(team: Team, day: date, *, hour: int = 10, av: str | None = None, **kw) -> dict:
    data = {
        "officer_ids": team.officer_ids, "implemented_at": at(day, hour), "party_present": True,
        "party_notified": True, "rights_told": True, "statement": "无异议", "party_signed": True,
        "inventory": ITEMS, "inventory_copies": 2, "inventory_delivered": True,
        "av_sha256": recording(team) if av is None else av,
    }  # fmt: skip
    return {**data, **kw}


def proposed(team: Team, *, on: date = date(2026, 9, 1), kind: str = "seize", **kw):
    return mstep(team.officer_user, None, "propose", on=on, matter_id=team.matter.pk, kind=kind, party=org_party(),
                 grounds="涉嫌经营超过保质期的食品", basis="《中华人民共和国食品安全法》第一百一十条第（四）项",
                 place="测试区示范路1号", **kw)  # fmt: skip


def approved(team: Team, *, on: date = date(2026, 9, 1), **kw):
    m = proposed(team, on=on, **kw)
    return mstep(team.head, m, "approve", on=on, reason="同意扣押")


def in_force(team: Team, *, on: date = date(2026, 9, 2), approve_on: date = date(2026, 9, 1), kind: str = "seize",
             **site):  # fmt: skip
    m = approved(team, on=approve_on, kind=kind)
    extra = {"inventory": [], "inventory_copies": 0, "account": "6222000011112222", "frozen_amount": "50000"}
    return mstep(
        team.officer_user, m, "implement", **on_site(team, on, **(extra if kind == "freeze" else {}), **site)
    )


# --- executions ---------------------------------------------------------------------------------------------------

DECISION_SERVED = date(2026, 3, 2)


def reminded(team: Team, *, on: date = date(2026, 11, 2), served_on: date = date(2026, 11, 3),
             deadline: date = date(2026, 11, 13), direct_power: bool = False, principal: str | None = "8000",
             decision_served_on: date = DECISION_SERVED, **kw):  # fmt: skip
    data = {
        "party": org_party(), "decision_number": "区市场监管局罚〔2026〕8号", "decision_text": "罚款8000元",
        "decision_served_on": decision_served_on, "obligation": "缴纳罚款8000元", "obligation_due_on": date(2026, 4, 1),
        "principal": Decimal(principal) if principal else None, "direct_power": direct_power,
        "reminder_deadline": deadline, "reminder_manner": "至指定银行缴纳",
        "reminder_amount": Decimal(principal) if principal else None, "rights_stated": True, "served_on": served_on,
    }  # fmt: skip
    return estep(team.officer_user, None, "remind", on=on, **{**data, **kw})


def decided(team: Team, *, on: date = date(2026, 11, 16), **kw):
    e = reminded(team, direct_power=True, **kw)
    return estep(team.head, e, "decide", on=on, execution_number="区市场监管局强执〔2026〕1号", manner="removal",
                 no_statement=True)  # fmt: skip


# --- any state, for walking the tables ------------------------------------------------------------------------------

M0 = date(2026, 11, 10)  # proposed and approved
M1 = date(2026, 11, 11)  # implemented


def measure_in(team: Team, state: str, *, kind: str = "seize"):
    if state == "proposed":
        return proposed(team, on=M0, kind=kind)
    if state == "not_approved":
        return mstep(team.head, proposed(team, on=M0, kind=kind), "refuse", on=M0, reason="不符合条件")
    if state == "approved":
        return approved(team, on=M0, kind=kind)
    if state == "emergency":
        return emergency(team, kind=kind)
    m = in_force(team, on=M1, approve_on=M0, kind=kind)
    if state == "released":
        return mstep(team.head, m, "release", on=date(2026, 11, 20), ground="handled")
    if state == "disposed":
        return mstep(
            team.head, m, "dispose", on=date(2026, 11, 20), disposal="destroy", legal_basis="食品安全法"
        )
    return m


def emergency(team: Team, *, kind: str = "seize", day: date = M1, hour: int = 10, **site):
    extra = {"inventory": [], "inventory_copies": 0, "account": "6222000011112222", "frozen_amount": "50000"}
    data = on_site(team, day, hour=hour, **(extra if kind == "freeze" else {}), **site)
    return mstep(team.officer_user, None, "implement_emergency", matter_id=team.matter.pk, kind=kind,
                 party=org_party(), grounds="现场发现正在销售过期食品，不立即扣押将转移",
                 basis="《中华人民共和国食品安全法》第一百一十条", place="测试区示范路1号", **data)  # fmt: skip


E1 = date(2026, 11, 16)  # the day after the 催告 period
E2 = date(2026, 11, 20)  # a Friday, within the court window


COURT_STATES = ("court_applied", "court_ordered", "court_refused")


def execution_in(team: Team, state: str):
    """An execution in ``state``: by a body with direct enforcement power, except in the court states."""
    e = reminded(team, direct_power=state not in COURT_STATES)
    head, officer = team.head, team.officer_user
    if state == "reminded":
        return e
    if state in ("decided", "executed"):
        e = estep(
            head, e, "decide", on=E1, execution_number="强执〔2026〕1号", manner="removal", no_statement=True
        )
        if state == "executed":
            e = estep(officer, e, "execute", **execute_facts(team, E2))
        return e
    if state == "substitute":
        return estep(head, e, "substitute_decide", on=E1, execution_number="代履〔2026〕1号", performer="某清运公司",
                     budget="3000", scheduled_on=E2, no_statement=True)  # fmt: skip
    if state == "agreement":
        return estep(head, e, "agree", on=E1, terms="分两期缴纳")
    if state == "suspended":
        return estep(head, e, "suspend", on=E1, ground="hardship")
    if state == "fulfilled":
        return estep(officer, e, "perform", on=E1)
    if state == "terminated":
        return estep(head, e, "terminate", on=E1, ground="revoked")
    e = estep(head, e, "apply_court", on=E2, court_name="测试区人民法院")
    if state == "court_ordered":
        return estep(officer, e, "court_enforce", on=E2)
    if state == "court_refused":
        return estep(officer, e, "court_refuse", on=E2)
    return e


def execute_facts(team: Team, day: date, *, hour: int = 10, **kw) -> dict:
    data = {"officer_ids": team.officer_ids, "executed_at": at(day, hour), "no_utility_cut": True,
            "av_sha256": recording(team)}  # fmt: skip
    return {**data, **kw}
