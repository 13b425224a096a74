"""The guards of the recorded acts: each returns None when its rule holds, else the values of its message.

A guard reads the ``ActContext`` the service builds (``ctx.obj`` is the record — unsaved for 登记 — and
``ctx.extra["version"]`` the matter version in force on the decision day) and may read the database; it never
writes. ``acts.workflow`` says which guards protect which step.
"""

from __future__ import annotations

from zhifa.catalog.constants import MatterKind, MatterStatus
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.personnel.models import Person
from zhifa.personnel.selectors import officer_shortfall

from .constants import ACT_KINDS, AGGREGATABLE, AMOUNT_REQUIRED, TWO_OFFICERS, ActState


def _detail(text: str) -> dict:
    return {"detail": text}


def _kind_label(kind: str) -> str:
    return str(MatterKind(kind).label) if kind in MatterKind.values else kind


# --- 登记 ---------------------------------------------------------------------------------------------------------


def kind_matches_matter(ctx) -> dict | None:
    obj = ctx.obj
    if obj.kind not in ACT_KINDS:
        return _detail(f"行为类型“{obj.kind}”不是行政征收、征用、确认、给付、奖励或裁决。")
    version = ctx.extra.get("version") or obj.matter.versions.order_by("-version").first()
    if version is not None and version.kind != obj.kind:
        return _detail(
            f"事项“{version.name}”属于{_kind_label(version.kind)}，不能登记为{_kind_label(obj.kind)}。"
        )
    return None


def decided_on_valid(ctx) -> dict | None:
    obj = ctx.obj
    if obj.decided_on > ctx.today:
        return _detail(f"决定日期{obj.decided_on}晚于今天（{ctx.today}），不能登记尚未作出的决定。")
    first = obj.matter.versions.filter(status=MatterStatus.PUBLISHED).order_by("valid_from").first()
    if first is not None and obj.decided_on < first.valid_from:
        return _detail(
            f"决定日期{obj.decided_on}早于事项“{first.name}”施行之日（{first.valid_from}），该事项当日尚不存在。"
        )
    return None


def body_exercises_matter(ctx) -> dict | None:
    obj, version = ctx.obj, ctx.extra.get("version")
    if version is None:
        return _detail(f"事项（编码{obj.matter.basic_code}）在{obj.decided_on}没有施行中的已发布版本。")
    if not matters_exercised_by(obj.organisation, obj.decided_on).filter(pk=version.pk).exists():
        return _detail(
            f"{obj.organisation.name}在{obj.decided_on}的执法事项清单中没有“{version.name}”，无权作出该决定。"
        )
    return None


def aggregated_only_payments(ctx) -> dict | None:
    obj = ctx.obj
    if not obj.aggregated:
        return None
    if obj.kind not in AGGREGATABLE:
        return _detail(f"只有行政给付可以按月汇总登记，{_kind_label(obj.kind)}须逐件登记并载明当事人。")
    if getattr(ctx.facts, "party", None) is not None or obj.party_id:
        return _detail("按月汇总的给付记录不得载明个人当事人（汇总记录只记人次与合计金额）。")
    if obj.period is None or not obj.recipients:
        return _detail("按月汇总的给付记录须填写汇总月份和不少于1的给付人次。")
    if obj.decided_on < obj.period:
        return _detail(f"决定日期{obj.decided_on}早于汇总月份（{obj.period:%Y年%m月}）。")
    return None


def party_present(ctx) -> dict | None:
    obj = ctx.obj
    if obj.aggregated or obj.party_id:
        return None
    return _detail(f"{_kind_label(obj.kind)}决定须载明当事人（姓名或名称及证件号码）。")


def amount_valid(ctx) -> dict | None:
    obj = ctx.obj
    if obj.amount is not None and obj.amount < 0:
        return _detail(f"金额不得为负数（{obj.amount}元）。")
    if obj.amount is None and obj.kind in AMOUNT_REQUIRED:
        return _detail(f"{_kind_label(obj.kind)}决定须载明金额（元）。")
    return None


def number_unique(ctx) -> dict | None:
    from .models import ActRecord

    obj = ctx.obj
    clash = (
        ActRecord.objects.filter(organisation_id=obj.organisation_id, number=obj.number)
        .exclude(state__in=[ActState.CORRECTED, ActState.NEW])
        .exclude(pk=obj.pk)
        .first()
    )
    if clash is None:
        return None
    return {"org": obj.organisation.name, "number": obj.number, "kind": clash.get_kind_display(),
            "day": clash.decided_on}  # fmt: skip


def officers_qualified(ctx) -> dict | None:
    obj = ctx.obj
    ids = list(dict.fromkeys(getattr(ctx.facts, "officer_ids", None) or []))
    if obj.kind in TWO_OFFICERS:
        why = officer_shortfall(ctx.officers, ids, [obj.organisation], obj.decided_on, needed=2)
        return _detail(f"{_kind_label(obj.kind)}{why}") if why else None
    staff = Person.objects.filter(pk__in=ids, organisation__body_id=obj.organisation_id).count()
    if ids and staff == len(ids):
        return None
    return _detail(
        f"须载明至少一名{obj.organisation.name}的工作人员（人员ID {ids or '未填写'} 中有{staff}名本机关人员）。"
    )


# --- 更正、撤销、公开 ------------------------------------------------------------------------------------------------


def reason_given(ctx) -> dict | None:
    if (getattr(ctx.facts, "reason", "") or "").strip():
        return None
    label = {"correct": "更正", "revoke": "撤销", "record_correction": "更正"}.get(ctx.action, "")
    return _detail(f"{label}须写明理由。")


def step_day_valid(ctx) -> dict | None:
    obj = ctx.obj
    if ctx.on > ctx.today:
        return _detail(f"日期{ctx.on}晚于今天（{ctx.today}）。")
    if ctx.on < obj.decided_on:
        return _detail(f"日期{ctx.on}早于决定日期（{obj.decided_on}）。")
    return None


def publishable(ctx) -> dict | None:
    obj = ctx.obj
    if not obj.to_publish:
        return _detail("该记录不予公开（涉及自然人隐私或登记时选择不公开）。")
    if obj.published_on is not None:
        return _detail(f"该记录已于{obj.published_on}公开。")
    return None
