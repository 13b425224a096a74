"""备案审查 of a discretion benchmark as a transition table (house style R4).

seed 004 (二)2: "加强行政裁量权基准的动态管理和备案审查"; seed 000 §5: the 司法局 supervises. A body drafts its
benchmark and submits it; the 司法局 files it (备案) or returns it with reasons; only a filed benchmark is
published and used by the calculator. A superior department's benchmark is registered as filed by the 司法局
(it applies directly, seed 000 §5: "上级行政执法部门已经制定行政裁量权基准的，区各行政执法部门原则上应直接适用").
Every action goes through ``services.benchmark_transition``.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.accounts.constants import Perm


class BenchmarkState(models.TextChoices):
    DRAFT = "draft", _("草稿")
    SUBMITTED = "submitted", _("已报送备案（待审查）")
    RETURNED = "returned", _("已退回修改")
    FILED = "filed", _("已备案（公布施行）")
    REPEALED = "repealed", _("已废止")


EDITABLE_STATES = frozenset({BenchmarkState.DRAFT, BenchmarkState.RETURNED})
IN_FORCE_STATES = frozenset({BenchmarkState.FILED})


@dataclass(frozen=True)
class Transition:
    action: str
    label: str
    sources: frozenset[str]
    target: str
    perm: str
    citation: str
    reason_required: bool = False
    superior_only: bool = False  # only for a superior department's benchmark
    local_only: bool = False


S = BenchmarkState
FILING = "种子文件004（二）2：加强行政裁量权基准的动态管理和备案审查；国办发〔2022〕27号（legal-rules §4，S）"

TRANSITIONS: tuple[Transition, ...] = (
    Transition("submit", "报送备案", frozenset({S.DRAFT, S.RETURNED}), S.SUBMITTED, Perm.BENCHMARK_MANAGE,
               FILING, local_only=True),
    Transition("recall", "撤回报送", frozenset({S.SUBMITTED}), S.DRAFT, Perm.BENCHMARK_MANAGE, FILING,
               reason_required=True, local_only=True),
    Transition("file", "审查通过并备案", frozenset({S.SUBMITTED}), S.FILED, Perm.BENCHMARK_FILE,
               FILING + "；《行政处罚法》第三十四条（裁量基准应当向社会公布）", local_only=True),
    Transition("return", "退回修改", frozenset({S.SUBMITTED}), S.RETURNED, Perm.BENCHMARK_FILE, FILING,
               reason_required=True, local_only=True),
    # A superior department's benchmark was filed at its own level; here it is registered and applies directly.
    Transition("register", "登记上级基准", frozenset({S.DRAFT}), S.FILED, Perm.BENCHMARK_FILE,
               "种子文件000第5项：上级已制定基准的原则上直接适用", superior_only=True),
    Transition("repeal", "废止", frozenset({S.FILED}), S.REPEALED, Perm.BENCHMARK_FILE, FILING,
               reason_required=True),
)  # fmt: skip

BY_ACTION: dict[str, Transition] = {t.action: t for t in TRANSITIONS}


def actions_from(state: str) -> list[Transition]:
    return [t for t in TRANSITIONS if state in t.sources]
