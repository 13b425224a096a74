"""Builders for licensing tests: a licensing body with certified staff, a head and a hearing chair, and an
application or a licence taken to any state through the real services (never by writing rows directly)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.cases.constants import PartyKind
from zhifa.cases.facts import PartyInput
from zhifa.cases.tests.factories import certified
from zhifa.catalog.constants import MatterKind
from zhifa.core.calendar import work_calendar
from zhifa.discretion.tests.factories import penalty_matter
from zhifa.licensing.facts import APPLICATION_FACTS, LICENCE_FACTS
from zhifa.licensing.models import Licence, LicenceApplication
from zhifa.licensing.services import licence_application_step, licence_step
from zhifa.licensing.workflow import ApplicationState as S
from zhifa.licensing.workflow import LicenceState as LS
from zhifa.organisations.tests.factories import make_uscc

APPLICANT_USCC = make_uscc(5150)
RECEIVED = date(2026, 9, 1)  # a Tuesday
MATERIALS = ["食品经营许可申请书", "营业执照复印件", "法定代表人身份证明"]
MISSING = ["经营场所平面图", "食品安全管理制度"]


@dataclass
class Desk:
    """Everyone an application needs in ``body``: three certified staff (the first has an officer account), a
    head who approves, and a colleague who may chair a hearing."""

    body: object
    matter: object
    staff: list
    officer: object
    head: object
    chair: object

    @property
    def staff_ids(self) -> list[int]:
        return [p.pk for p in self.staff[:2]]


def licence_matter(*bodies, name: str = "食品经营许可"):
    return penalty_matter(*bodies, name=name, kind=MatterKind.LICENCE)


def make_desk(body, *, matter=None) -> Desk:
    staff = [certified(body, n) for n in ("许审查", "王核查", "陈科员")]
    officer = UserFactory(officer=True, organisation=body, person=staff[0], full_name="许审查")
    head = UserFactory(head=True, organisation=body, person=certified(body, "周局长"), full_name="周局长")
    chair = certified(body, "吴主持")
    return Desk(body, matter or licence_matter(body), staff, officer, head, chair)


def applicant(**kw) -> PartyInput:
    data = {"kind": PartyKind.ORGANISATION, "name": "清风餐饮管理有限公司", "identifier": APPLICANT_USCC,
            "legal_representative": "林经理", "address": "测试区滨河路8号"}  # fmt: skip
    return PartyInput(**{**data, **kw})


def cal(desk: Desk):
    return work_calendar(desk.body.region_code)


@contextmanager
def on_day(day: date):
    """Take a step as if ``day`` were today (for periods that end after the frozen test day)."""
    with time_machine.travel(datetime(day.year, day.month, day.day, 15, 0, tzinfo=ZoneInfo("Asia/Shanghai")),
                             tick=False):  # fmt: skip
        yield


def step(user, application: LicenceApplication | None, action: str, **facts) -> LicenceApplication:
    schema = APPLICATION_FACTS[action]
    return licence_application_step(application=application, action=action, facts=schema(**facts),
                                    by=actor_of(user))  # fmt: skip


def lstep(user, licence: Licence, action: str, **facts) -> Licence:
    return licence_step(
        licence=licence, action=action, facts=LICENCE_FACTS[action](**facts), by=actor_of(user)
    )


def received(desk: Desk, *, on: date = RECEIVED, **kw) -> LicenceApplication:
    return step(desk.officer, None, "receive", on=on, matter_id=desk.matter.pk, applicant=applicant(),
                subject="新设餐饮服务（热食类食品制售）", materials=MATERIALS, **kw)  # fmt: skip


def accepted(desk: Desk, *, on: date = date(2026, 9, 3), **kw) -> LicenceApplication:
    return step(desk.officer, received(desk, **kw), "accept", on=on)


def granted(desk: Desk, *, on: date = date(2026, 9, 10), valid_until: date | None = date(2031, 9, 9),
            **kw) -> LicenceApplication:  # fmt: skip
    app = accepted(desk, **kw)
    return step(desk.head, app, "grant", on=on, scope="热食类食品制售", valid_until=valid_until)


def issued(desk: Desk, *, on: date = date(2026, 9, 11), **kw) -> Licence:
    app = step(desk.officer, granted(desk, **kw), "issue", on=on)
    return Licence.objects.get(application=app)


# --- an application or a licence in any state, one real step at a time ----------------------------------------


def last_on(obj) -> date:
    return obj.steps.order_by("-on", "-id").values_list("on", flat=True).first()


def application_facts(desk: Desk, app: LicenceApplication, action: str) -> dict:
    """Valid facts for ``action`` on ``app`` now (what the step's form would accept), dated after its last step."""
    on = last_on(app) if app else RECEIVED
    c = cal(desk)
    from zhifa.licensing.domain import deadlines as dl

    facts = {
        "receive": {
            "matter_id": desk.matter.pk,
            "applicant": applicant(),
            "subject": "新设餐饮服务",
            "materials": MATERIALS,
        },
        "request_completion": {"missing": MISSING},
        "supplement": {"materials": app.missing_materials if app else []},
        "accept": {},
        "reject": {"reason": "申请事项依法不需要取得行政许可"},
        "withdraw": {"reason": "申请人书面撤回"},
        "review": {"opinion": "材料齐全，现场符合要求", "on_site": True, "officer_ids": desk.staff_ids},
        "announce_hearing": {"announcement": "拟于公告期满后举行听证"},
        "notify_hearing_right": {"interested_parties": "相邻住户"},
        "request_hearing": {"requested_by": "相邻住户代表"},
        "close_hearing_window": {"reason": "申请人、利害关系人书面放弃听证"},
        "schedule_hearing": {
            "chair_id": desk.chair.pk,
            "notice_served_on": on,
            "scheduled_on": dl.hearing_earliest(on, c),
            "place": "第一会议室",
        },
        "hold_hearing": {"record": "听证笔录：各方陈述意见"},
        "pause": {"kind": "expert_review", "notice": "需组织专家评审，预计十个工作日", "expected_days": 10},
        "resume": {"result": "专家评审通过"},
        "extend": {"reason": "需进一步核实经营场所情况"},
        "grant": {"scope": "热食类食品制售", "valid_until": date(2031, 9, 9)},
        "refuse": {
            "reasons": "经营场所不符合要求",
            "remedies": "可于六十日内申请行政复议或六个月内提起行政诉讼",
        },
        "issue": {},
    }[action]
    return {"on": on, **facts}


PATHS: dict[str, list[tuple[str, str]]] = {
    # state: the steps (user, action) after 申请登记 that reach it
    S.RECEIVED: [],
    S.AWAITING_COMPLETION: [("officer", "request_completion")],
    S.SUPPLEMENTED: [("officer", "request_completion"), ("officer", "supplement")],
    S.ACCEPTED: [("officer", "accept")],
    S.HEARING_ANNOUNCED: [("officer", "accept"), ("officer", "announce_hearing")],
    S.HEARING_NOTIFIED: [("officer", "accept"), ("officer", "notify_hearing_right")],
    S.HEARING_REQUESTED: [("officer", "accept"), ("officer", "notify_hearing_right"), ("officer", "request_hearing")],
    S.HEARING_SCHEDULED: [("officer", "accept"), ("officer", "notify_hearing_right"), ("officer", "request_hearing"),
                          ("officer", "schedule_hearing")],
    S.HEARD: [("officer", "accept"), ("officer", "notify_hearing_right"), ("officer", "request_hearing"),
              ("officer", "schedule_hearing"), ("officer", "hold_hearing")],
    S.PAUSED: [("officer", "accept"), ("officer", "pause")],
    S.GRANTED: [("officer", "accept"), ("head", "grant")],
    S.ISSUED: [("officer", "accept"), ("head", "grant"), ("officer", "issue")],
    S.REFUSED: [("officer", "accept"), ("head", "refuse")],
    S.NOT_ACCEPTED: [("officer", "reject")],
    S.WITHDRAWN: [("officer", "withdraw")],
}  # fmt: skip


def reach(desk: Desk, state: str) -> LicenceApplication:
    """An application in ``state``, reached through real steps (each on the day of the previous one, so that
    every period holds)."""
    app = step(desk.officer, None, "receive", **application_facts(desk, None, "receive"))
    for who, action in PATHS[state]:
        app = take(desk, app, who, action)
    return app


def take(desk: Desk, app, who: str, action: str, **extra):
    facts = {**application_facts(desk, app, action), **extra}
    with on_day(facts["on"]):
        return step(getattr(desk, who), app, action, **facts)


SHORT_TERM = date(2026, 11, 10)  # a licence issued 2026-09-11 that expires before the test day


def licence_facts(licence: Licence, action: str) -> dict:
    """Valid facts for ``action`` on ``licence``, dated where the law allows it (after the last step)."""
    last, until = last_on(licence), licence.valid_until
    on = {
        "apply_renewal": until - timedelta(days=31), "renew": until - timedelta(days=3),
        "refuse_renewal": until - timedelta(days=3), "deem_renewed": until + timedelta(days=1),
        "expire": until + timedelta(days=1),
    }.get(action, last)  # fmt: skip
    ground = {"expired": "expired", "revoked": "annulled", "withdrawn": "annulled"}.get(
        licence.state, "terminated"
    )
    facts = {
        "change": {"scope": "热食类食品制售；冷食类食品制售"}, "apply_renewal": {},
        "renew": {"valid_until": until + timedelta(days=60)},
        "refuse_renewal": {"reasons": "经营条件发生变化", "remedies": "可于六十日内申请行政复议或六个月内提起行政诉讼"},
        "deem_renewed": {}, "revoke": {"ground": "fraud", "reason": "以欺骗手段取得"},
        "withdraw": {"ground": "facts_changed", "reason": "规划调整", "compensation": "依法补偿"},
        "expire": {}, "cancel": {"ground": ground, "reason": "依法注销"}, "issue": {},
    }[action]  # fmt: skip
    return {"on": max(on, last), **facts}


LICENCE_PATHS: dict[str, list[tuple[str, str]]] = {
    LS.VALID: [], LS.CHANGED: [("officer", "change")], LS.RENEWAL_PENDING: [("officer", "apply_renewal")],
    LS.RENEWED: [("officer", "apply_renewal"), ("head", "renew")],
    LS.DEEMED_RENEWED: [("officer", "apply_renewal"), ("officer", "deem_renewed")],
    LS.REVOKED: [("head", "revoke")], LS.WITHDRAWN: [("head", "withdraw")], LS.EXPIRED: [("officer", "expire")],
    LS.CANCELLED: [("head", "cancel")],
}  # fmt: skip


def licence_in(desk: Desk, state: str) -> Licence:
    """A licence (valid 2026-09-11 to 2026-11-10) in ``state``, reached through real steps."""
    licence = issued(desk, valid_until=SHORT_TERM)
    for who, action in LICENCE_PATHS[state]:
        licence = ltake(desk, licence, who, action)
    return licence


def ltake(desk: Desk, licence: Licence, who: str, action: str, **extra) -> Licence:
    licence.refresh_from_db()
    facts = {**licence_facts(licence, action), **extra}
    with on_day(facts["on"]):
        return lstep(getattr(desk, who), licence, action, **facts)
