"""Builders for acts tests: a body with certified officers, a staff member without a certificate, a head, and
one published matter of each of the six kinds it exercises; ``act_input`` gives valid input for any kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from zhifa.accounts.tests.factories import UserFactory, actor_of
from zhifa.acts.constants import ACT_KINDS
from zhifa.acts.schemas import ActInput
from zhifa.acts.services import act_record
from zhifa.cases.constants import PartyKind
from zhifa.cases.facts import PartyInput
from zhifa.cases.tests.factories import ORG_PARTY_USCC, PERSON_PARTY_ID, certified
from zhifa.catalog.constants import BasisRole
from zhifa.catalog.models import MatterBasis
from zhifa.discretion.tests.factories import penalty_matter
from zhifa.personnel.tests.factories import PersonFactory

MATTER_START = date(2024, 1, 1)
DECIDED = date(2026, 11, 2)
NAMES = {
    "levy": "城市道路占用挖掘修复费的征收",
    "requisition": "突发事件应急处置中对单位和个人财产的征用",
    "confirmation": "食品小作坊登记",
    "payment": "最低生活保障金的给付",
    "reward": "对举报食品安全违法行为的奖励",
    "adjudication": "林木林地权属争议的裁决",
}
BASES = {
    "levy": "《城市道路管理条例》第三十三条",
    "requisition": "《中华人民共和国突发事件应对法》第十二条",
    "confirmation": "《中华人民共和国食品安全法》第三十六条",
    "payment": "《社会救助暂行办法》第九条",
    "reward": "《中华人民共和国食品安全法》第一百一十五条",
    "adjudication": "《中华人民共和国森林法》第二十二条",
}


@dataclass
class ActTeam:
    body: object
    officers: list  # three certified officers
    clerk: object  # staff of the body without a certificate
    officer_user: object
    head: object
    matters: dict  # kind → Matter

    @property
    def actor(self):
        return actor_of(self.officer_user)


def act_matter(body, kind: str, *, valid_from: date = MATTER_START, name: str = ""):
    matter = penalty_matter(body, name=name or NAMES[kind], kind=kind, valid_from=valid_from)
    version = matter.versions.get()
    MatterBasis.objects.create(
        version=version, role=BasisRole.ESTABLISHES, citation=BASES.get(kind, "《某法》第一条")
    )
    return matter


def make_act_team(body) -> ActTeam:
    officers = [certified(body, n) for n in ("张执法", "李执法", "王执法")]
    clerk = PersonFactory(organisation=body, name="周工作人员")
    officer_user = UserFactory(officer=True, organisation=body, person=officers[0], full_name="张执法")
    head = UserFactory(head=True, organisation=body, person=certified(body, "赵局长"), full_name="赵局长")
    matters = {str(k): act_matter(body, str(k)) for k in ACT_KINDS}
    return ActTeam(body, officers, clerk, officer_user, head, matters)


def org_party(**kw) -> PartyInput:
    data = {"kind": PartyKind.ORGANISATION, "name": "示范建设工程有限公司", "identifier": ORG_PARTY_USCC,
            "legal_representative": "周经理", "address": "测试区示范路1号", "phone": "13800138000"}  # fmt: skip
    return PartyInput(**{**data, **kw})


def person_party(**kw) -> PartyInput:
    data = {"kind": PartyKind.PERSON, "name": "吴某", "identifier": PERSON_PARTY_ID, "address": "测试区人民路2号",
            "phone": "13900139000"}  # fmt: skip
    return PartyInput(**{**data, **kw})


DEFAULTS = {
    "levy": {"amount": Decimal("12000.00"), "decision": "征收城市道路占用挖掘修复费12000元"},
    "requisition": {"amount": Decimal("3000.00"), "decision": "征用挖掘机一台用于抢险，补偿3000元"},
    "confirmation": {"amount": None, "decision": "准予登记为食品小作坊"},
    "payment": {"amount": Decimal("800.00"), "decision": "给付最低生活保障金800元"},
    "reward": {"amount": Decimal("2000.00"), "decision": "奖励举报人2000元"},
    "adjudication": {"amount": None, "decision": "争议林地使用权归申请人所有"},
}


def act_input(team: ActTeam, kind: str = "confirmation", **kw) -> ActInput:
    officers = 2 if kind in ("requisition", "adjudication") else 1
    data = {"kind": kind, "matter_id": team.matters[kind].pk, "party": org_party(), "decided_on": DECIDED,
            "number": f"测{kind}〔2026〕1号", "officer_ids": [p.pk for p in team.officers[:officers]],
            **DEFAULTS[kind]}  # fmt: skip
    return ActInput(**{**data, **kw})


def aggregated_input(team: ActTeam, **kw) -> ActInput:
    data = {"kind": "payment", "matter_id": team.matters["payment"].pk, "party": None, "aggregated": True,
            "period": date(2026, 10, 1), "recipients": 420, "amount": Decimal("336000.00"),
            "decided_on": date(2026, 10, 31), "decision": "2026年10月最低生活保障金发放", "number": "测给付〔2026〕10号",
            "officer_ids": [team.officers[0].pk]}  # fmt: skip
    return ActInput(**{**data, **kw})


def record(team: ActTeam, kind: str = "confirmation", *, user=None, **kw):
    return act_record(data=act_input(team, kind, **kw), by=actor_of(user or team.officer_user))
