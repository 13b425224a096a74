"""Builders for inspection tests: a body's published inspection item, a team with certified officers, and an
inspection taken to any state through the real ``inspection_step`` service (never by writing rows directly)."""

from __future__ import annotations

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

from zhifa.accounts.tests.factories import actor_of
from zhifa.cases.tests.factories import Team, make_team, org_party
from zhifa.catalog.constants import MatterKind
from zhifa.catalog.tests.factories import MatterVersionFactory
from zhifa.inspections.constants import Answer, InspectionTrigger
from zhifa.inspections.models import Inspection, InspectionState
from zhifa.inspections.schemas import FACTS_BY_ACTION
from zhifa.inspections.services import inspection_step

CHECKLIST = ["营业执照与许可证", "进货查验记录", "从业人员健康证明"]
TZ = ZoneInfo("Asia/Shanghai")
S = InspectionState

# One timeline for every path (the fixture ``today`` is 2026-11-22).
DAYS = {
    "register": date(2026, 11, 2), "approve": date(2026, 11, 3), "refuse": date(2026, 11, 3),
    "cancel": date(2026, 11, 4), "notify": date(2026, 11, 4), "check_in": date(2026, 11, 5),
    "record": date(2026, 11, 5), "conclude": date(2026, 11, 6), "order_correction": date(2026, 11, 6),
    "recheck_corrected": date(2026, 11, 9), "recheck_not_corrected": date(2026, 11, 10),
    "open_case": date(2026, 11, 11), "refer": date(2026, 11, 11), "record_publicity": date(2026, 11, 12),
}  # fmt: skip

# A fake MP4 (ftyp box) as the on-site recording.
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


def inspection_item(body, *, checklist=None, av_steps=None, published: bool = True, kind=MatterKind.INSPECTION,
                    name: str = "食品经营者监督检查"):  # fmt: skip
    """A published inspection matter exercised by ``body``; ``published=False``: not on the 抽查事项清单."""
    version = MatterVersionFactory(
        kind=kind, name=name, bodies=[body], checklist=CHECKLIST if checklist is None else checklist,
        av_steps=av_steps or [], inspection=published, **({} if published else {"inspection_item": False}),
    )  # fmt: skip
    return version.matter


def inspection_team(body) -> Team:
    team = make_team(body)
    team.inspection_matter = inspection_item(body)
    return team


def act(user, inspection, action: str, *, upload=None, **facts) -> Inspection:
    facts.setdefault("on", DAYS.get(action))
    schema = FACTS_BY_ACTION[action]
    return inspection_step(inspection=inspection, action=action, facts=schema(**facts), by=actor_of(user),
                           upload=upload)  # fmt: skip


def answers(answer=Answer.PASS, items=CHECKLIST) -> list[dict]:
    return [
        {"item": i, "answer": answer, "note": "" if answer == Answer.PASS else "现场发现问题"} for i in items
    ]


def sample_facts(team: Team, action: str) -> dict:
    """Facts that a step accepts on the standard timeline."""
    ids = team.officer_ids
    return {
        "register": {"matter_id": team.inspection_matter.pk, "target": org_party(), "place": "测试区示范路1号",
                     "trigger": InspectionTrigger.ROUTINE, "planned_on": date(2026, 11, 5), "officer_ids": ids},
        "approve": {"approval_number": "检审〔2026〕1号"},  # numbered after the inspection by ``take``
        "refuse": {"reason": "检查计划重复"},
        "cancel": {"reason": "企业已注销"},
        "notify": {"notified": True, "method": "scan"},
        "check_in": {"scanned_at": datetime(2026, 11, 5, 9, 30, tzinfo=TZ), "location": "测试区示范路1号",
                     "officer_ids": ids},
        "record": {"checklist": answers(), "checked": "经营场所、进货台账", "found": "未发现问题",
                   "signature": "signed", "officer_ids": ids},
        "conclude": {},
        "order_correction": {"correction_days": 3, "requirements": "补全进货查验记录"},
        "recheck_corrected": {"finding": "已补全", "officer_ids": ids},
        "recheck_not_corrected": {"finding": "仍未补全", "officer_ids": ids},
        "open_case": {"penalty_matter_id": team.matter.pk, "title": "未按规定查验进货案"},
        "refer": {"authority": "测试区公安分局", "reason": "涉嫌犯罪"},
        "record_publicity": {"url": "https://example.invalid/gs/1"},
    }[action]  # fmt: skip


def take(team: Team, inspection, action: str, **override) -> Inspection:
    user = team.head if action in ("approve", "refuse", "cancel", "refer") else team.officer_user
    facts = sample_facts(team, action)
    if action == "approve":  # one 审批编号 per inspection
        facts["approval_number"] = f"检审〔2026〕{inspection.seq}号"
    return act(user, inspection, action, **{**facts, **override})


# The path that reaches each state (the record step answers "不符合" where a result needs it).
PATHS = {
    S.PENDING: ["register"],
    S.APPROVED: ["register", "approve"],
    S.NOTIFIED: ["register", "approve", "notify"],
    S.ON_SITE: ["register", "approve", "notify", "check_in"],
    S.RECORDED: ["register", "approve", "notify", "check_in", "record"],
    S.CORRECTING: ["register", "approve", "notify", "check_in", "record", "order_correction"],
    S.NOT_CORRECTED: ["register", "approve", "notify", "check_in", "record", "order_correction",
                      "recheck_not_corrected"],
    S.CLOSED: ["register", "approve", "notify", "check_in", "record", "order_correction", "recheck_corrected"],
    S.CASE_OPENED: ["register", "approve", "notify", "check_in", "record", "open_case"],
    S.REFERRED: ["register", "approve", "notify", "check_in", "record", "refer"],
    S.NOT_APPROVED: ["register", "refuse"],
    S.CANCELLED: ["register", "cancel"],
}  # fmt: skip


def reach(team: Team, state: str, *, failing: bool = True) -> Inspection:
    """An inspection in ``state``, every step taken through the service."""
    inspection = None
    for action in PATHS[state]:
        extra = {"checklist": answers(Answer.FAIL, CHECKLIST[:1]) + answers(items=CHECKLIST[1:])} if (
            action == "record" and failing) else {}  # fmt: skip
        inspection = take(team, inspection, action, **extra)
    return inspection


def recording() -> io.BytesIO:
    return io.BytesIO(MP4)
