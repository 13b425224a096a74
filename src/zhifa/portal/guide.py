"""The service guide (办事指南) of a matter, composed from what zhifa holds, saying plainly what it does not hold.

seed 001 (一)2(3): "编制行政执法服务指南，明确行政执法事项名称、依据、受理机构、审批机构、优惠政策、申请材料、办理流程、
办理时限、监督方式、责任追究、救济渠道、办公时间、办公地址、办公电话等内容，方便群众办事。"

Where each field comes from: name and basis from the matter version of the catalog (``catalog.MatterVersion``,
``MatterBasis``); receiving and deciding body from the version's 实施主体 and its written entrustment; the process
from the procedure tables (``core.procedures``) of the matter's kind; the time limit from the deadline rules those
procedures run (``cases.timing``, ``licensing.domain.deadlines``, ``coercion.effects``); address and phone from
each body's ``organisations.Organisation``; supervision from the 司法局's record; remedies from the statutes
(verified against /work/shared/data/laws). The catalog holds no materials, fees, preferential policies, office
hours, accountability rules or 复议机关: those fields say "未提供" and are never filled in by guesswork.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zhifa.acts.constants import ACT_KINDS
from zhifa.cases import timing as penalty_timing
from zhifa.cases.constants import DeadlineKind as PenaltyDeadline
from zhifa.cases.workflow import SIMPLE
from zhifa.catalog.constants import MatterKind
from zhifa.coercion import effects as coercion_effects
from zhifa.coercion.constants import DeadlineKind as CoercionDeadline
from zhifa.core.procedures import Procedure, all_procedures
from zhifa.licensing.constants import LAW as LICENSING_LAW
from zhifa.licensing.domain import deadlines as licensing

NOT_PROVIDED = "未提供"
# The procedure tables a matter of each kind follows (their codes in ``core.procedures``).
KIND_PROCEDURES: dict[str, tuple[str, ...]] = {
    MatterKind.PENALTY: ("penalty_general", "penalty_simple"),
    MatterKind.LICENCE: ("licence_application", "licence"),
    MatterKind.COERCION: ("coercion_measure", "coercion_execution"),
    MatterKind.INSPECTION: ("inspection",),
    **{kind: ("act_record",) for kind in ACT_KINDS},
}
# Kinds a body exercises of its own motion (依职权): nobody applies, so there are no application materials.
EX_OFFICIO = frozenset({MatterKind.PENALTY, MatterKind.COERCION, MatterKind.INSPECTION})
REVIEW = (
    "行政复议：认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请"
    "（《中华人民共和国行政复议法》第二十条）。"
)
LITIGATION = (
    "行政诉讼：直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出"
    "（《中华人民共和国行政诉讼法》第四十六条）；不服复议决定的，可以在收到复议决定书之日起十五日内起诉（同法第四十五条）。"
)
REVIEW_BODY = (
    "复议机关：本平台未登记各执法主体的行政复议机关。对县级以上地方人民政府工作部门的行政行为不服的，由本级人民政府管辖"
    "（《中华人民共和国行政复议法》第二十四条第一款第（一）项）；具体以行政决定书载明的复议机关为准。"
)
LICENCE_FEES_NOTE = (
    "《中华人民共和国行政许可法》第五十八条：行政机关实施行政许可和对行政许可事项进行监督检查，不得收取任何费用。"
    "但是，法律、行政法规另有规定的，依照其规定。"
)


@dataclass(frozen=True)
class GuideField:
    """One line of the guide: its label, what zhifa holds for it (empty: not provided) and a note."""

    label: str
    items: tuple[str, ...] = ()
    note: str = ""
    links: tuple[tuple[str, str], ...] = field(default=())  # (text, procedure code)

    @property
    def provided(self) -> bool:
        return bool(self.items or self.links)


def procedures_for(kind: str) -> list[Procedure]:
    """The registered procedure tables a matter of ``kind`` follows (none for 其他行政权力)."""
    wanted = KIND_PROCEDURES.get(kind, ())
    return [p for p in all_procedures() if p.code in wanted]


def time_limits(kind: str) -> tuple[str, ...]:
    """The statutory time limits of the procedures of ``kind``, as the deadline rules of those procedures state
    them (the same text the case's deadline rows record)."""
    if kind == MatterKind.PENALTY:
        return _penalty_limits()
    if kind == MatterKind.LICENCE:
        return _licence_limits()
    if kind == MatterKind.COERCION:
        return _coercion_limits()
    return ()


def _penalty_limits() -> tuple[str, ...]:
    on_spot = SIMPLE.step("decide_on_spot")
    return (
        f"普通程序：{penalty_timing.BASIS[PenaltyDeadline.DECISION]}。",
        f"简易程序：{on_spot.help}（{on_spot.citation}）",
    )


def _licence_limits() -> tuple[str, ...]:
    d, law = licensing, LICENSING_LAW
    return (
        f"受理：申请材料不齐全或者不符合法定形式的，当场或者在{d.ACCEPTANCE_DAYS}日内一次告知需要补正的全部内容"
        f"（{law}第三十二条）。",
        f"决定：自受理之日起{d.DECISION_DAYS}日内作出决定；{d.DECISION_DAYS}日内不能作出决定的，经本机关负责人批准，"
        f"可以延长{d.EXTENSION_DAYS}日（{law}第四十二条）。",
        f"发证：自作出准予许可决定之日起{d.CERTIFICATE_DAYS}日内颁发、送达许可证件（{law}第四十四条）。",
        f"以上期限为工作日，不含法定节假日（{law}第八十二条）；听证、检验、检测、鉴定等所需时间不计算在内（第四十五条）。",
    )


def _coercion_limits() -> tuple[str, ...]:
    return (f"查封、扣押、冻结：{coercion_effects.BASIS[CoercionDeadline.PERIOD]}。",)


def _body_lines(bodies, attribute: str) -> tuple[str, ...]:
    return tuple(f"{b.name}：{getattr(b, attribute) or NOT_PROVIDED}" for b in bodies)


def _deciding(version, bodies) -> GuideField:
    note = ""
    entrustment = version.entrustment
    if entrustment is not None:
        note = (
            f"本事项委托{entrustment.entrusted.name}实施，受委托组织以委托机关的名义实施"
            f"（委托书 {entrustment.letter_number}）。"
        )
    return GuideField("审批（决定）机构", tuple(b.name for b in bodies), note)


def _receiving(kind: str, bodies) -> GuideField:
    if kind in EX_OFFICIO:
        return GuideField("受理机构", note="本事项由执法主体依职权实施，不需要申请受理。")
    note = "本平台未单独登记受理窗口；以下为实施本事项的执法主体。"
    return GuideField("受理机构", tuple(b.name for b in bodies), note)


def _materials(kind: str) -> GuideField:
    if kind in EX_OFFICIO:
        return GuideField("申请材料", note="本事项由执法主体依职权实施，不需要提交申请材料。")
    return GuideField("申请材料", note="本平台未登记本事项的申请材料目录。")


def _process(kind: str) -> GuideField:
    links = tuple((p.name, p.code) for p in procedures_for(kind))
    note = "" if links else "本平台未登记本事项类型的程序表。"
    return GuideField("办理流程", links=links, note=note)


def _time_limit(kind: str) -> GuideField:
    limits = time_limits(kind)
    return GuideField("办理时限", limits, "" if limits else "本平台未登记本事项的办理时限。")


def _fees(kind: str) -> GuideField:
    note = LICENCE_FEES_NOTE if kind == MatterKind.LICENCE else "本平台未登记本事项的收费信息。"
    return GuideField("收费标准", note=note)


def _supervision(bureau) -> GuideField:
    if bureau is None:
        return GuideField("监督方式", note="本平台未登记行政执法监督机构。")
    contact = "；".join(
        x
        for x in (bureau.address and f"地址：{bureau.address}", bureau.phone and f"电话：{bureau.phone}")
        if x
    )
    line = f"向{bureau.name}（行政执法监督机构）投诉、举报" + (f"（{contact}）" if contact else "")
    return GuideField("监督方式", (line,))


def service_guide(version, bureau) -> list[GuideField]:
    """The fields of seed 001 (一)2(3) for ``version`` (with its bodies prefetched), in the seed's order."""
    kind, bodies = version.kind, list(version.bodies.all())
    return [
        GuideField("事项名称", (version.name,)),
        GuideField("依据", tuple(f"{b.get_role_display()}：{b.citation}" for b in version.bases.all())),
        _receiving(kind, bodies),
        _deciding(version, bodies),
        GuideField("优惠政策", note="本平台未登记本事项的优惠政策。"),
        _materials(kind),
        _process(kind),
        GuideField(
            "办理时限", time_limits(kind), "" if time_limits(kind) else "本平台未登记本事项的办理时限。"
        ),
        _fees(kind),
        _supervision(bureau),
        GuideField("责任追究", note="本平台未登记本事项的责任追究规定。"),
        GuideField("救济渠道", (REVIEW, LITIGATION), REVIEW_BODY),
        GuideField("办公时间", note="本平台未登记办公时间。"),
        GuideField("办公地址", _body_lines(bodies, "address")),
        GuideField("办公电话", _body_lines(bodies, "phone")),
    ]
