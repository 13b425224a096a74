"""The rules a coercive measure and an execution are held to: each refuses a step with its code, a Chinese message
naming the rule, and the article it comes from (quoted). Guards (``coercion.guards``) decide when a rule refuses;
the tables (``coercion.workflow``) say which step each guard protects."""

from zhifa.core.rules import Rule

L = "《中华人民共和国行政强制法》"
M = "coercion"

ORDER = Rule("COE-000", "程序顺序", "当前环节为“{state}”，不能进行“{step}”。当前可进行：{allowed}。",
             f"{L}第三章（行政强制措施实施程序）、第四章（行政机关强制执行程序）规定的程序顺序", module=M)  # fmt: skip
OFFICERS = Rule(
    "COE-001", "执法人员", "{detail}",
    f"{L}第十八条第（二）项：由两名以上行政执法人员实施；第十七条第三款：行政强制措施应当由行政机关具备资格的"
    "行政执法人员实施，其他人员不得实施", module=M,
)  # fmt: skip
COMPETENCE = Rule(
    "COE-002", "实施主体与职权", "{detail}",
    f"{L}第十七条第一款：行政强制措施由法律、法规规定的行政机关在法定职权范围内实施。行政强制措施权不得委托；"
    "本级行政执法事项清单", module=M,
)  # fmt: skip
EMERGENCY = Rule(
    "COE-003", "紧急实施的报告与批准", "{detail}",
    f"{L}第十九条：情况紧急，需要当场实施行政强制措施的，行政执法人员应当在二十四小时内向行政机关负责人报告，"
    "并补办批准手续。行政机关负责人认为不应当采取行政强制措施的，应当立即解除", module=M,
)  # fmt: skip
ON_SITE = Rule(
    "COE-004", "现场程序与现场笔录", "{detail}",
    f"{L}第十八条：通知当事人到场；当场告知采取行政强制措施的理由、依据以及当事人依法享有的权利、救济途径；"
    "听取当事人的陈述和申辩；制作现场笔录；现场笔录由当事人和行政执法人员签名或者盖章，当事人拒绝的，在笔录中予以注明；"
    "当事人不到场的，邀请见证人到场，由见证人和行政执法人员在现场笔录上签名或者盖章", module=M,
)  # fmt: skip
INVENTORY = Rule(
    "COE-005", "查封、扣押清单", "{detail}",
    f"{L}第二十四条：制作并当场交付查封、扣押决定书和清单……查封、扣押清单一式二份，由当事人和行政机关分别保存",
    module=M,
)  # fmt: skip
AV_RECORD = Rule(
    "COE-006", "全程音像记录", "{detail}",
    "国办发〔2018〕118号（行政执法全过程记录制度）：对查封扣押财产、强制拆除等直接涉及生命健康、重大财产权益的"
    "现场执法活动和执法办案场所，要推行全程音像记录（legal-rules §2）", source_tag="S", module=M,
)  # fmt: skip
EXTENSION = Rule(
    "COE-007", "期限延长", "{detail}",
    f"{L}第二十五条第一款、第二款：查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，可以延长，"
    "但是延长期限不得超过三十日……延长查封、扣押的决定应当及时书面告知当事人，并说明理由；第三十二条（冻结，同）",
    module=M,
)  # fmt: skip
TESTING = Rule(
    "COE-008", "检测、检验、检疫、技术鉴定期间", "{detail}",
    f"{L}第二十五条第三款：查封、扣押的期间不包括检测、检验、检疫或者技术鉴定的期间。检测、检验、检疫或者技术鉴定的"
    "期间应当明确，并书面告知当事人", module=M,
)  # fmt: skip
EXPIRED = Rule(
    "COE-009", "期限届满应当解除", "{detail}",
    f"{L}第二十八条第一款第（四）项：查封、扣押期限已经届满的，行政机关应当及时作出解除查封、扣押决定；"
    "第三十二条：自冻结之日起三十日内应当作出处理决定或者作出解除冻结决定", module=M,
)  # fmt: skip
FACTS = Rule(
    "COE-010", "事实与材料", "{detail}",
    f"{L}第二十四条第二款、第三十一条（决定书载明事项）、第三十七条第二款；{L}第二十六条第三款、第三十三条（依法处理）",
    module=M,
)  # fmt: skip
REMINDER = Rule(
    "COE-011", "催告", "{detail}",
    f"{L}第三十五条：行政机关作出强制执行决定前，应当事先催告当事人履行义务。催告应当以书面形式作出，并载明下列事项："
    "（一）履行义务的期限；（二）履行义务的方式；（三）涉及金钱给付的，应当有明确的金额和给付方式；"
    "（四）当事人依法享有的陈述权和申辩权", module=M,
)  # fmt: skip
STATEMENT = Rule(
    "COE-012", "陈述与申辩", "{detail}",
    f"{L}第三十六条：当事人收到催告书后有权进行陈述和申辩。行政机关应当充分听取当事人的意见，对当事人提出的事实、"
    "理由和证据，应当进行记录、复核", module=M,
)  # fmt: skip
DECISION = Rule(
    "COE-013", "强制执行决定", "{detail}",
    f"{L}第三十七条：经催告，当事人逾期仍不履行行政决定，且无正当理由的，行政机关可以作出强制执行决定……"
    "在催告期间，对有证据证明有转移或者隐匿财物迹象的，行政机关可以作出立即强制执行决定", module=M,
)  # fmt: skip
NIGHT_HOLIDAY = Rule(
    "COE-014", "夜间与法定节假日", "{detail}",
    f"{L}第四十三条第一款：行政机关不得在夜间或者法定节假日实施行政强制执行。但是，情况紧急的除外", module=M,
)  # fmt: skip
UTILITIES = Rule(
    "COE-015", "不得停水停电", "{detail}",
    f"{L}第四十三条第二款：行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关行政决定",
    module=M,
)  # fmt: skip
SURCHARGE = Rule(
    "COE-016", "加处罚款或者滞纳金上限", "{detail}",
    f"{L}第四十五条：加处罚款或者滞纳金的标准应当告知当事人。加处罚款或者滞纳金的数额不得超出金钱给付义务的数额",
    module=M,
)  # fmt: skip
SUBSTITUTE = Rule(
    "COE-017", "代履行", "{detail}",
    f"{L}第五十一条：代履行前送达决定书……代履行三日前，催告当事人履行，当事人履行的，停止代履行；"
    "代履行时，作出决定的行政机关应当派员到场监督；第六十九条（十日以内期限指工作日）", module=M,
)  # fmt: skip
COURT = Rule(
    "COE-018", "申请人民法院强制执行的期间", "{detail}",
    f"{L}第五十三条：当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政决定的，没有行政强制执行权的"
    "行政机关可以自期限届满之日起三个月内……申请人民法院强制执行；第五十四条：催告书送达十日后当事人仍未履行义务的，"
    "行政机关可以……申请强制执行；第六十九条：本法中十日以内期限的规定是指工作日", module=M,
)  # fmt: skip
POWER = Rule(
    "COE-019", "强制执行权", "{detail}",
    f"{L}第十三条：行政强制执行由法律设定。法律没有规定行政机关强制执行的，作出行政决定的行政机关应当申请人民法院"
    "强制执行；第三十四条：行政机关依法作出行政决定后，当事人在行政机关决定的期限内不履行义务的，具有行政强制执行权的"
    "行政机关依照本章规定强制执行", module=M,
)  # fmt: skip
SUSPENSION = Rule(
    "COE-020", "中止与终结执行", "{detail}",
    f"{L}第三十九条：中止执行的情形消失后，行政机关应当恢复执行。对没有明显社会危害，当事人确无能力履行，"
    "中止执行满三年未恢复执行的，行政机关不再执行；第四十条（终结执行的情形）", module=M,
)  # fmt: skip
STEP_DATE = Rule("COE-021", "步骤日期", "{detail}", "执法全过程记录制度：步骤按实际发生的日期依次记录", source_tag="L",
                 module=M)  # fmt: skip
