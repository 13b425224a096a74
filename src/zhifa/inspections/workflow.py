"""The inspection procedure as a table (house style R4): 行政检查 under 国办发〔2024〕54号.

Read a row as: *from these states, a person with this permission may take this step, if these rules hold; it
starts and meets these deadlines and leaves the inspection in this state.* The engine is ``core.procedures``;
``inspections.services.inspection_step`` applies a step through ``core.stepping.take_step``.

登记 → 审批 (检查审批表) → 告知 → 扫码入企 → 现场检查（检查清单、现场检查笔录、音像记录）→ 结果:
未发现问题 (办结) / 责令改正 → 复查 (已改正: 办结; 未改正 → 立案查处或移送) / 立案查处 / 移送其他机关.
"""

from __future__ import annotations

from zhifa.accounts.constants import Perm
from zhifa.core.procedures import Guard, Procedure, Step, register_procedure

from . import guards as g
from . import rules as r
from .constants import DeadlineKind as DL
from .models import InspectionState

S = InspectionState
G54 = "国办发〔2024〕54号"
DOCS = "司法部《行政检查文书格式（试行）》"

DATE = Guard(r.STEP_DATE, g.step_date)
OFFICERS = Guard(r.OFFICERS, g.two_certified_officers)
PUBLISHED = Guard(r.PUBLISHED_ITEM, g.published_item)
CAP = Guard(r.ANNUAL_CAP, g.within_annual_cap)
RESULTS_FROM = frozenset({S.RECORDED, S.NOT_CORRECTED})
PUBLISHABLE = frozenset({S.CLOSED, S.CORRECTING, S.NOT_CORRECTED, S.CASE_OPENED, S.REFERRED})
TERMINAL = frozenset({S.CLOSED, S.CASE_OPENED, S.REFERRED, S.NOT_APPROVED, S.CANCELLED})


def _steps(*rows: Step) -> tuple[Step, ...]:
    """Every step is dated, and its date must follow the previous step's (guard INS-013 first)."""
    return tuple(Step(**{**s.__dict__, "guards": (DATE, *s.guards)}) for s in rows)


STEPS = _steps(
    Step("register", "检查登记", frozenset({S.NEW}), S.PENDING, Perm.ACT_HANDLE,
         f"{G54}（未公布的检查事项不得检查；年度频次上限）；{DOCS}（检查审批表）",
         guards=(Guard(r.MATTER, g.inspection_matter), PUBLISHED, CAP, OFFICERS), officers=2,
         help="登记检查对象、检查事项、地点、启动方式和拟派检查人员，提交负责人审批。"),
    Step("approve", "批准检查", frozenset({S.PENDING}), S.APPROVED, Perm.ACT_APPROVE,
         f"{G54}：实施行政检查应当经审批；{DOCS}（检查审批表）",
         guards=(Guard(r.APPROVAL, g.approval_number_unique), PUBLISHED, CAP),
         help="机关负责人在检查审批表上批准，填写审批编号。"),
    Step("refuse", "不予批准", frozenset({S.PENDING}), S.NOT_APPROVED, Perm.ACT_APPROVE, f"{G54}；{DOCS}",
         help="负责人不批准检查并说明理由。"),
    Step("cancel", "撤销检查", frozenset({S.PENDING, S.APPROVED, S.NOTIFIED}), S.CANCELLED, Perm.ACT_APPROVE,
         f"{G54}", help="入企前撤销已登记或已批准的检查并说明理由；撤销的检查不计入年度频次。"),
    Step("notify", "检查告知", frozenset({S.APPROVED}), S.NOTIFIED, Perm.ACT_HANDLE,
         f"{G54}：实施行政检查应当告知；{DOCS}", guards=(Guard(r.NOTICE, g.notice_given),),
         help="事先告知企业检查事项与时间；不事先告知的，写明理由。"),
    Step("check_in", "扫码入企", frozenset({S.NOTIFIED}), S.ON_SITE, Perm.ACT_HANDLE,
         f"{G54}：推行“扫码入企”，检查可追溯",
         guards=(Guard(r.APPROVAL, g.approved_before), PUBLISHED, Guard(r.SCAN, g.scanned_on_arrival), OFFICERS),
         officers=2, help="到达现场后扫描企业监督码，记录扫码时间与地点，出示执法证件。"),
    Step("record", "现场检查", frozenset({S.ON_SITE}), S.RECORDED, Perm.ACT_HANDLE,
         f"{G54}（一表通查）；{DOCS}（现场检查笔录）；国办发〔2018〕118号（音像记录）",
         guards=(OFFICERS, Guard(r.CHECKLIST, g.checklist_answered), Guard(r.AV_RECORD, g.av_recorded)),
         officers=2, help="按检查清单逐项记录结论，制作现场检查笔录；音像记录事项清单要求的，上传音视频。"),
    Step("conclude", "未发现问题，办结", frozenset({S.RECORDED}), S.CLOSED, Perm.ACT_HANDLE,
         f"{G54}；检查结果公示（《企业信息公示暂行条例》第六条、第七条）",
         guards=(Guard(r.RESULT, g.no_failed_items),), starts=(DL.PUBLICITY,),
         help="检查未发现问题的，作出结论并办结；检查结果依法公示。"),
    Step("order_correction", "责令改正", frozenset({S.RECORDED}), S.CORRECTING, Perm.ACT_HANDLE,
         "《中华人民共和国行政处罚法》第二十八条第一款；责令改正通知书",
         guards=(Guard(r.RESULT, g.some_failed_item),), starts=(DL.CORRECTION, DL.RECHECK, DL.PUBLICITY),
         help="对不符合项责令限期改正，期满后复查。"),
    Step("recheck_corrected", "复查：已改正", frozenset({S.CORRECTING}), S.CLOSED, Perm.ACT_HANDLE,
         "责令改正通知书；复查", guards=(OFFICERS,), officers=2, stops=(DL.CORRECTION, DL.RECHECK),
         help="复查确认已按期改正的，办结。"),
    Step("recheck_not_corrected", "复查：未改正", frozenset({S.CORRECTING}), S.NOT_CORRECTED, Perm.ACT_HANDLE,
         "责令改正通知书；复查", guards=(Guard(r.RECHECK, g.correction_overdue), OFFICERS), officers=2,
         stops=(DL.CORRECTION, DL.RECHECK), help="改正期满复查仍未改正的，应立案查处或移送。"),
    # 《行政处罚法》第五十四条: a violation found in an inspection is registered as a clue of a penalty case
    # (案件来源：监督检查发现); the case is opened here, in the same transaction, and linked back.
    Step("open_case", "立案查处", RESULTS_FROM, S.CASE_OPENED, Perm.ACT_HANDLE,
         "《中华人民共和国行政处罚法》第五十四条；《市场监督管理行政处罚程序规定》第十七条（案件来源）",
         guards=(Guard(r.CASE_MATTER, g.penalty_matter_of_body),), starts=(DL.PUBLICITY,),
         help="发现违法行为需要行政处罚的，登记处罚案件线索（案件来源：监督检查发现），进入行政处罚程序。"),
    Step("refer", "移送其他机关", RESULTS_FROM, S.REFERRED, Perm.ACT_APPROVE,
         "《中华人民共和国行政处罚法》第二十七条；国务院令第310号（涉嫌犯罪的移送）", starts=(DL.PUBLICITY,),
         help="不属本机关管辖或涉嫌犯罪的，经负责人批准移送有权机关。"),
    Step("record_publicity", "检查结果公示", PUBLISHABLE, None, Perm.ACT_HANDLE,
         "《企业信息公示暂行条例》第六条、第七条；国发〔2019〕5号（一公开）", stops=(DL.PUBLICITY,),
         help="记录检查结果在本机关门户或国家企业信用信息公示系统公示的日期与网址。"),
)  # fmt: skip

INSPECTION = register_procedure(
    Procedure(
        code="inspection",
        name="行政检查",
        citation=f"{G54}《关于严格规范涉企行政检查的意见》；国发〔2019〕5号（双随机、一公开）",
        states=InspectionState,
        initial=S.NEW,
        terminal=TERMINAL,
        steps=STEPS,
        state_rule=r.ORDER,
        labels={k.value: str(k.label) for k in DL},
    )
)
