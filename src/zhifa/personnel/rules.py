"""Rules on officers and certificates, each with its source (listed at /workbench/rules/).

Values that the legal research could not verify (hours, pass mark, validity, suspension length) are parameters
(``zhifa.core.parameters``); the messages name the parameter and its source.
"""

from zhifa.core.rules import Rule, register

from .workflow import APPLY_CITATION

R = "personnel"
CERT_STATE = Rule(
    "CERT-STATE", "证件状态转换表", "证件当前状态为“{state}”，不能执行“{action}”；可执行的操作：{allowed}。",
    "行政执法证状态转换表（personnel/workflow.py）；种子文件000二、3、003二、1", "S", R,
)  # fmt: skip
CERT_AUXILIARY = Rule(
    "CERT-001", "辅助人员不得持证", "{name}是辅助人员，不得申领行政执法证，也不得独立从事行政执法。",
    "《行政处罚法》第四十二条；国办发〔2024〕54号“五个严禁”；种子文件004二、3（严格规范行政执法辅助人员管理）", "S", R,
)  # fmt: skip
CERT_DUPLICATE = Rule(
    "CERT-002", "一人一证", "{name}已有状态为“{state}”的证件或申请（{number}），不能重复申领。",
    APPLY_CITATION, "S", R,
)  # fmt: skip
CERT_PERSON_ACTIVE = Rule(
    "CERT-003",
    "申领人须在岗且主体存续",
    "{detail}",
    APPLY_CITATION,
    "S",
    R,
)
CERT_PRELIM_REVIEWER = Rule(
    "CERT-010", "初审分工", "{detail}",
    "种子文件000二、3：各街道司法所负责本街道执法人员申领执法证件材料初审；各行政执法部门负责本部门执法人员的申领", "S", R,
)  # fmt: skip
CERT_MATERIALS = Rule(
    "CERT-011", "申领材料齐全", "申领材料不齐全，缺少：{missing}。",
    "种子文件000二、3：区司法局负责审查申领材料是否齐全；参数 certificate.required_materials", "S", R,
)  # fmt: skip
CERT_STAFF_TYPE = Rule(
    "CERT-012", "人员类别符合申领条件", "{name}的人员类别“{staff_type}”不在可申领执法证的类别内。",
    "legal-rules §6 申领条件；参数 certificate.eligible_staff_types", "S", R,
)  # fmt: skip
CERT_EXAM = Rule(
    "CERT-013", "资格考试合格", "{name}尚未通过行政执法资格考试，不得发证。",
    "种子文件003三、2：未参加全省统一行政执法资格考试合格并取得行政执法证件的人员，不得从事行政执法活动", "S", R,
)  # fmt: skip
CERT_TRAINING = Rule(
    "CERT-014", "申领培训学时", "{name}近12个月培训 {hours} 学时，未达到申领要求的 {required} 学时。",
    "种子文件004二、2（新上岗人员公共法律知识培训）；参数 certificate.application_hours", "M", R,
)  # fmt: skip
CERT_REASON = Rule(
    "CERT-020",
    "须写明理由",
    "执行“{action}”必须写明理由或审查意见。",
    "执法证状态转换表：每一步须记录理由与操作人",
    "L",
    R,
)
CERT_ANNUAL_HOURS = Rule(
    "CERT-021", "年审：年度培训学时", "{name}{year}年度培训 {hours} 学时，低于 {required} 学时，年审不予通过。",
    "种子文件000二、2、003三、1、004二、2：每人每年不少于60学时；参数 training.annual_hours", "S", R,
)  # fmt: skip
CERT_ANNUAL_ASSESSMENT = Rule(
    "CERT-022", "年审：年度考核", "{name}{year}年度考核结果为“{result}”，年审不予通过。",
    "种子文件003二、1：对上年度考核不合格的执法人员的证件予以暂扣；legal-rules §6", "S", R,
)  # fmt: skip
CERT_ANNUAL_ONCE = Rule(
    "CERT-023", "年审每年一次", "该证件已通过{year}年度的年审。", "legal-rules §6 年审/年度注册", "S", R
)
CERT_EXPIRED = Rule(
    "CERT-024", "证件已过期", "该证件已于 {date} 过期，应重新申领或换发，不能{action}。",
    "参数 certificate.validity_years；legal-rules §6", "S", R,
)  # fmt: skip
CERT_SUSPEND_PERIOD = Rule(
    "CERT-030", "暂扣期限", "{detail}", "legal-rules §6（暂扣期限由省级证件管理办法规定）；参数 certificate.max_suspension_days", "M", R,
)  # fmt: skip
CERT_CANCEL_REASON = Rule(
    "CERT-040",
    "注销原因",
    "注销必须选择注销原因（退休、辞职、死亡、调出等）。",
    "种子文件003二、1：对退休、离职、死亡人员的行政执法证件予以注销",
    "S",
    R,
)
CERT_TRANSFER_TARGET = Rule(
    "CERT-050", "异动目标主体", "{detail}", "种子文件003二、1：对调至新的执法单位的人员进行证件异动", "S", R
)
CERT_NUMBER = Rule(
    "CERT-060",
    "证号唯一",
    "证号“{number}”已被使用，证号永不复用。",
    "执法证编号规则（personnel/services.py）",
    "L",
    R,
)
CERT_FIELD = Rule(
    "CERT-061",
    "执法领域",
    "执法类别/领域“{unknown}”不是已登记的执法领域；可填写（多个用顿号分隔）：{allowed}。",
    "《中华人民共和国行政处罚法》第四十二条（执法人员应当具有行政执法资格）；证件载明的执法领域决定其可办理的事项",
    "L",
    R,
)
ASSESS_DUPLICATE = Rule(
    "PERS-010",
    "年度考核一年一次",
    "{name}{year}年度考核结果已登记为“{result}”。",
    "年度考核制度（种子文件000二、3、004二、3）",
    "S",
    R,
)
ASSESS_YEAR = Rule("PERS-011", "考核年度", "考核年度 {year} 不能晚于当前年度。", "年度考核制度", "L", R)
PERSON_AUX_ORG = Rule(
    "PERS-001", "人员须属执法机构", "{detail}", "《行政处罚法》第四十二条；种子文件000二、3", "S", R
)
TRAINING_BAD_ROW = Rule(
    "TRAIN-001",
    "培训导入数据有误",
    "{detail}",
    "培训导入规则：全部行校验通过才导入，任何一行有误则不导入",
    "L",
    R,
)
EXAM_SCORE = Rule(
    "EXAM-001", "考试成绩", "{detail}", "资格考试规则：成绩为 0–100 分；参数 exam.pass_mark", "M", R
)

register(
    CERT_STATE, CERT_AUXILIARY, CERT_DUPLICATE, CERT_PERSON_ACTIVE, CERT_PRELIM_REVIEWER, CERT_MATERIALS,
    CERT_STAFF_TYPE, CERT_EXAM, CERT_TRAINING, CERT_REASON, CERT_ANNUAL_HOURS, CERT_ANNUAL_ASSESSMENT,
    CERT_ANNUAL_ONCE, CERT_EXPIRED, CERT_SUSPEND_PERIOD, CERT_CANCEL_REASON, CERT_TRANSFER_TARGET, CERT_NUMBER, CERT_FIELD,
    ASSESS_DUPLICATE, ASSESS_YEAR, PERSON_AUX_ORG, TRAINING_BAD_ROW, EXAM_SCORE,
)  # fmt: skip
