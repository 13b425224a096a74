"""The 行政执法证 lifecycle as a transition table (house style R4), with the rule behind every edge.

States and edges follow seed 000 §3 (区司法局审核、司法所初审、退出机制), seed 003 (二)1 (the year's real events:
注销 for retirement, resignation and death; 异动 for transfers; 审核补发 after loss; 暂扣 after a failed annual
assessment; 公告 of qualification, loss and cancellation) and legal-rules §6. Every action is taken through
``services.certificate_transition``; an action not listed for the current state is refused by rule CERT-STATE.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.accounts.constants import Perm


class CertState(models.TextChoices):
    APPLIED = "applied", _("已申领（待初审）")
    PRELIM_APPROVED = "prelim_approved", _("初审通过（待司法局审核）")
    APPROVED = "approved", _("审核通过（待发证）")
    REJECTED = "rejected", _("不予发证")
    VALID = "valid", _("有效")
    SUSPENDED = "suspended", _("暂扣")
    REVOKED = "revoked", _("吊销")
    WITHDRAWN = "withdrawn", _("收回")
    CANCELLED = "cancelled", _("注销")
    LOST = "lost", _("挂失")
    REPLACED = "replaced", _("已补发新证（原证作废）")


TERMINAL_STATES = frozenset({CertState.REJECTED, CertState.REVOKED, CertState.CANCELLED, CertState.REPLACED})
# States in which a person "has" a certificate or a pending application: a second application is refused.
OPEN_STATES = frozenset(set(CertState) - TERMINAL_STATES)
# States the public verification page shows as a certificate that may be used.
USABLE_STATES = frozenset({CertState.VALID})


@dataclass(frozen=True)
class Transition:
    """One edge family: ``action`` moves a certificate from any of ``sources`` to ``target``."""

    action: str
    label: str
    sources: frozenset[str]
    target: str
    perm: str
    citation: str
    announce: bool = False  # the step is published (公告) on the portal


def _t(action, label, sources, target, perm, citation, announce=False) -> Transition:
    return Transition(action, label, frozenset(sources), target, perm, citation, announce)


S = CertState
SEED_000_3 = "种子文件000（罗湖区三年行动计划）二、3：区司法局审查申领材料；街道司法所负责申领材料初审"
SEED_003_21 = "种子文件003（冷水滩区2023年报告）二、1：注销、异动、补发、暂扣与公告"

TRANSITIONS: dict[str, Transition] = {
    t.action: t
    for t in [
        _t("preliminary_approve", "初审通过", [S.APPLIED], S.PRELIM_APPROVED, Perm.CERT_PRELIM, SEED_000_3),
        _t("preliminary_reject", "初审退回", [S.APPLIED], S.REJECTED, Perm.CERT_PRELIM, SEED_000_3),
        _t("approve", "审核通过", [S.PRELIM_APPROVED], S.APPROVED, Perm.CERT_REVIEW, SEED_000_3),
        _t("reject", "审核不通过", [S.PRELIM_APPROVED], S.REJECTED, Perm.CERT_REVIEW, SEED_000_3),
        _t(
            "issue",
            "发证",
            [S.APPROVED],
            S.VALID,
            Perm.CERT_REVIEW,
            "《行政处罚法》第四十二条；" + SEED_003_21,
            True,
        ),
        _t(
            "annual_review",
            "年审",
            [S.VALID],
            S.VALID,
            Perm.CERT_REVIEW,
            "legal-rules §6 年审/年度注册（各省证件管理办法）",
        ),
        _t(
            "suspend",
            "暂扣",
            [S.VALID],
            S.SUSPENDED,
            Perm.CERT_REVIEW,
            SEED_003_21 + "；种子文件004二、3 退出机制",
            True,
        ),
        _t(
            "restore",
            "恢复（发还暂扣证件）",
            [S.SUSPENDED],
            S.VALID,
            Perm.CERT_REVIEW,
            "暂扣期满或暂扣事由消除",
        ),
        _t(
            "revoke",
            "吊销",
            [S.VALID, S.SUSPENDED],
            S.REVOKED,
            Perm.CERT_REVIEW,
            "种子文件003三、2 退出机制；legal-rules §6",
            True,
        ),
        _t(
            "withdraw",
            "收回（离开执法岗位）",
            [S.VALID, S.SUSPENDED],
            S.WITHDRAWN,
            Perm.CERT_APPLY,
            "种子文件000二、3：离开本部门人员证件上交",
        ),
        _t(
            "reinstate",
            "发还（重回执法岗位）",
            [S.WITHDRAWN],
            S.VALID,
            Perm.CERT_REVIEW,
            "收回原因消除，重回执法岗位",
        ),
        _t(
            "cancel",
            "注销",
            [S.VALID, S.SUSPENDED, S.WITHDRAWN, S.LOST],
            S.CANCELLED,
            Perm.CERT_REVIEW,
            SEED_003_21,
            True,
        ),
        _t("report_lost", "挂失", [S.VALID], S.LOST, Perm.CERT_APPLY, SEED_003_21 + "：证件遗失公告", True),
        _t(
            "reissue",
            "补发（新证号）",
            [S.LOST],
            S.REPLACED,
            Perm.CERT_REVIEW,
            SEED_003_21 + "：审核补发",
            True,
        ),
        _t(
            "transfer",
            "异动（调至其他执法主体）",
            [S.VALID],
            S.VALID,
            Perm.CERT_REVIEW,
            SEED_003_21 + "：证件异动",
        ),
    ]
}

APPLY_CITATION = "《行政处罚法》第四十二条；" + SEED_000_3


def allowed_actions(state: str) -> list[Transition]:
    """The actions the table allows from ``state``, in table order."""
    return [t for t in TRANSITIONS.values() if state in t.sources]
