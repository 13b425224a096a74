"""The two procedures of 《中华人民共和国行政强制法》 as tables (house style R4) on the engine ``core.procedures``.

Read a row as: *from these states, a person with this permission may take this step, if these rules hold; it starts
and meets these deadlines and leaves the measure (execution) in this state.* ``coercion.services`` applies a step
through ``core.stepping.take_step``.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.accounts.constants import Perm
from zhifa.core.procedures import PREVIOUS, Guard, Procedure, Step, register_procedure

from . import guards as g
from . import rules as r
from .constants import DeadlineKind as DL

L = "《中华人民共和国行政强制法》"
H, A = Perm.ACT_HANDLE, Perm.ACT_APPROVE


class MeasureState(models.TextChoices):
    NEW = "new", _("新建")
    PROPOSED = "proposed", _("报请批准")
    APPROVED = "approved", _("已批准（待实施）")
    NOT_APPROVED = "not_approved", _("不予批准")
    EMERGENCY = "emergency", _("紧急实施（待报告补批）")
    IN_FORCE = "in_force", _("实施中")
    RELEASED = "released", _("已解除")
    DISPOSED = "disposed", _("已依法处理")


class ExecutionState(models.TextChoices):
    NEW = "new", _("新建")
    REMINDED = "reminded", _("已催告（履行期）")
    DECIDED = "decided", _("已决定强制执行")
    SUBSTITUTE = "substitute", _("已决定代履行")
    AGREEMENT = "agreement", _("执行协议履行中")
    SUSPENDED = "suspended", _("中止执行")
    COURT_APPLIED = "court_applied", _("已申请法院强制执行")
    COURT_ORDERED = "court_ordered", _("法院裁定执行")
    COURT_REFUSED = "court_refused", _("法院裁定不予执行")
    EXECUTED = "executed", _("执行完毕")
    FULFILLED = "fulfilled", _("当事人已履行")
    TERMINATED = "terminated", _("终结执行")


def _g(rule, check) -> Guard:
    return Guard(rule, check)


DATE = _g(r.STEP_DATE, g.step_date)
OFFICERS = _g(r.OFFICERS, g.officers(2))
COMPETENCE = _g(r.COMPETENCE, g.body_may_coerce)
ON_SITE = (COMPETENCE, OFFICERS, _g(r.ON_SITE, g.on_site_record), _g(r.INVENTORY, g.inventory_made),
           _g(r.AV_RECORD, g.av_attached))  # fmt: skip
WITHIN = _g(r.EXPIRED, g.within_period)
PERIODS = (DL.PERIOD, DL.REPORT, DL.FREEZE_NOTICE)

S = MeasureState
MEASURE_STEPS = (
    Step("propose", "报请负责人批准", frozenset({S.NEW}), S.PROPOSED, H,
         f"{L}第十八条第（一）项：实施前须向行政机关负责人报告并经批准", guards=(DATE, COMPETENCE),
         help="登记当事人、措施种类、理由和依据，报机关负责人批准。"),
    Step("implement_emergency", "情况紧急当场实施", frozenset({S.NEW}), S.EMERGENCY, H,
         f"{L}第十九条；第十八条、第二十四条", guards=(DATE, *ON_SITE), starts=PERIODS, officers=2,
         help="情况紧急当场实施，二十四小时内向负责人报告并补办批准手续。"),
    Step("approve", "负责人批准", frozenset({S.PROPOSED}), S.APPROVED, A, f"{L}第十八条第（一）项", guards=(DATE,)),
    Step("refuse", "不予批准", frozenset({S.PROPOSED}), S.NOT_APPROVED, A, f"{L}第十八条第（一）项", guards=(DATE,)),
    Step("implement", "实施（现场笔录、决定书和清单）", frozenset({S.APPROVED}), S.IN_FORCE, H,
         f"{L}第十八条、第二十四条、第三十一条", guards=(DATE, *ON_SITE), starts=(DL.PERIOD, DL.FREEZE_NOTICE),
         officers=2, help="两名以上执法人员出示证件，制作现场笔录，当场交付决定书和清单，全程音像记录。"),
    Step("report", "报告负责人并补办批准", frozenset({S.EMERGENCY}), S.IN_FORCE, A, f"{L}第十九条",
         guards=(DATE, _g(r.EMERGENCY, g.reported_in_time)), stops=(DL.REPORT,)),
    Step("extend", "延长期限", frozenset({S.IN_FORCE}), None, A, f"{L}第二十五条第一款、第二款；第三十二条",
         guards=(DATE, WITHIN, _g(r.EXTENSION, g.extension_allowed)), starts=(DL.PERIOD,),
         help="情况复杂的，经负责人批准延长一次，不超过三十日，并书面告知当事人理由。"),
    Step("record_testing", "记录检测、检验、检疫或技术鉴定期间", frozenset({S.IN_FORCE}), None, H,
         f"{L}第二十五条第三款", guards=(DATE, WITHIN, _g(r.TESTING, g.testing_recorded)), starts=(DL.PERIOD,),
         help="检测、鉴定期间不计入查封、扣押期间，期限相应顺延。"),
    Step("deliver_freeze_notice", "交付冻结决定书", frozenset({S.IN_FORCE, S.EMERGENCY}), None, H, f"{L}第三十一条",
         guards=(DATE, _g(r.FACTS, g.is_freeze)), stops=(DL.FREEZE_NOTICE,)),
    Step("release", "解除", frozenset({S.IN_FORCE, S.EMERGENCY}), S.RELEASED, A, f"{L}第十九条、第二十八条、第三十三条",
         guards=(DATE,), stops=PERIODS, help="作出解除决定，立即退还财物。"),
    Step("dispose", "依法处理（没收、销毁、划拨）", frozenset({S.IN_FORCE}), S.DISPOSED, A,
         f"{L}第二十六条第三款、第二十八条第一款第（三）项、第三十二条、第三十三条",
         guards=(DATE, WITHIN, _g(r.FACTS, g.disposal_lawful)), stops=PERIODS,
         help="期限内依法作出处理决定（如行政处罚决定没收）。"),
)  # fmt: skip

MEASURE_LABELS = {k.value: str(k.label) for k in DL}
MEASURES = register_procedure(Procedure(
    code="coercion_measure", name="行政强制措施", citation=f"{L}第三章", states=MeasureState, initial=S.NEW,
    terminal=frozenset({S.NOT_APPROVED, S.RELEASED, S.DISPOSED}), steps=MEASURE_STEPS, state_rule=r.ORDER,
    labels=MEASURE_LABELS,
))  # fmt: skip

E = ExecutionState
OPEN = frozenset({E.REMINDED, E.DECIDED, E.SUBSTITUTE, E.AGREEMENT})
ON_SITE_EXECUTION = (_g(r.NIGHT_HOLIDAY, g.not_night_or_holiday), _g(r.UTILITIES, g.no_utility_cut),
                     _g(r.AV_RECORD, g.execution_av))  # fmt: skip
EXECUTION_STEPS = (
    Step("remind", "书面催告", frozenset({E.NEW}), E.REMINDED, H, f"{L}第三十四条、第三十五条、第五十四条",
         guards=(DATE, _g(r.FACTS, g.execution_subject), _g(r.REMINDER, g.reminder_complete)),
         starts=(DL.REMINDER, DL.COURT), help="当事人逾期不履行行政决定的，书面催告履行，载明期限、方式、金额和陈述申辩权。"),
    Step("hear_statement", "听取陈述申辩", frozenset({E.REMINDED}), None, H, f"{L}第三十六条", guards=(DATE,)),
    Step("surcharge", "加处罚款或者滞纳金", frozenset({E.REMINDED, E.DECIDED, E.AGREEMENT}), None, A,
         f"{L}第四十五条", guards=(DATE, _g(r.SURCHARGE, g.surcharge_capped))),
    Step("decide", "作出强制执行决定", frozenset({E.REMINDED}), E.DECIDED, A, f"{L}第三十七条",
         guards=(DATE, _g(r.POWER, g.has_power), _g(r.STATEMENT, g.statement_heard),
                 _g(r.DECISION, g.reminder_expired)), stops=(DL.REMINDER, DL.COURT)),
    Step("execute", "实施强制执行", frozenset({E.DECIDED}), E.EXECUTED, H, f"{L}第四十三条、第四十四条",
         guards=(DATE, OFFICERS, *ON_SITE_EXECUTION), officers=2),
    Step("substitute_decide", "作出代履行决定", frozenset({E.REMINDED}), E.SUBSTITUTE, A, f"{L}第五十条、第五十一条",
         guards=(DATE, _g(r.STATEMENT, g.statement_heard), _g(r.DECISION, g.reminder_expired)),
         stops=(DL.REMINDER, DL.COURT)),
    Step("substitute_remind", "代履行前催告", frozenset({E.SUBSTITUTE}), None, H, f"{L}第五十一条第一款第（二）项",
         guards=(DATE,)),
    Step("substitute_perform", "实施代履行（派员监督）", frozenset({E.SUBSTITUTE}), E.EXECUTED, H, f"{L}第五十一条",
         guards=(DATE, _g(r.SUBSTITUTE, g.substitute_reminded), _g(r.OFFICERS, g.officers(1)), *ON_SITE_EXECUTION),
         officers=1),
    Step("agree", "达成执行协议", OPEN - {E.SUBSTITUTE, E.AGREEMENT}, E.AGREEMENT, A, f"{L}第四十二条",
         guards=(DATE,), stops=(DL.REMINDER,)),
    Step("breach", "当事人不履行协议，恢复强制执行", frozenset({E.AGREEMENT}), E.DECIDED, A, f"{L}第四十二条第二款",
         guards=(DATE, _g(r.POWER, g.has_power))),
    Step("perform", "当事人履行", OPEN | {E.COURT_ORDERED}, E.FULFILLED, H, f"{L}第三十四条、第五十一条第一款第（二）项",
         guards=(DATE,), stops=(DL.REMINDER, DL.COURT)),
    Step("suspend", "中止执行", OPEN, E.SUSPENDED, A, f"{L}第三十九条第一款", guards=(DATE,)),
    Step("resume", "恢复执行", frozenset({E.SUSPENDED}), PREVIOUS, A, f"{L}第三十九条第二款", guards=(DATE,)),
    Step("terminate", "终结执行", OPEN | {E.SUSPENDED}, E.TERMINATED, A, f"{L}第四十条；第三十九条第二款",
         guards=(DATE, _g(r.SUSPENSION, g.termination_ground)), stops=(DL.REMINDER, DL.COURT)),
    Step("apply_court", "申请人民法院强制执行", frozenset({E.REMINDED, E.AGREEMENT}), E.COURT_APPLIED, A,
         f"{L}第五十三条、第五十四条、第五十五条", guards=(DATE, _g(r.POWER, g.lacks_power), _g(r.COURT, g.court_window)),
         stops=(DL.REMINDER, DL.COURT)),
    Step("court_enforce", "法院裁定执行", frozenset({E.COURT_APPLIED}), E.COURT_ORDERED, H, f"{L}第五十七条、第五十八条",
         guards=(DATE,)),
    Step("court_refuse", "法院裁定不予执行", frozenset({E.COURT_APPLIED}), E.COURT_REFUSED, H, f"{L}第五十八条",
         guards=(DATE,)),
    Step("court_executed", "法院执行完毕", frozenset({E.COURT_ORDERED}), E.EXECUTED, H, f"{L}第五十七条", guards=(DATE,)),
)  # fmt: skip

EXECUTIONS = register_procedure(Procedure(
    code="coercion_execution", name="行政强制执行", citation=f"{L}第四章、第五章", states=ExecutionState,
    initial=E.NEW, terminal=frozenset({E.EXECUTED, E.FULFILLED, E.TERMINATED, E.COURT_REFUSED}),
    steps=EXECUTION_STEPS, state_rule=r.ORDER, labels=MEASURE_LABELS,
))  # fmt: skip

CREATING = {"propose": MEASURES, "implement_emergency": MEASURES, "remind": EXECUTIONS}
