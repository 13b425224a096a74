"""The rules a licence application and a licence are held to: each refuses a step with its code, a Chinese
message naming the rule and its citation. Guards (``licensing.guards``) decide when a rule refuses; the tables
(``licensing.workflow``) say which step each guard protects."""

from zhifa.core.rules import Rule

from .constants import LAW as L

M = "licensing"


def _rule(code: str, title: str, message: str, citation: str, tag: str = "V") -> Rule:
    return Rule(code, title, message, citation, source_tag=tag, module=M)


ORDER = _rule("LIC-000", "许可程序顺序", "当前环节为“{state}”，不能进行“{step}”。当前可进行：{allowed}。",
              f"{L}第四章第一节至第三节（申请与受理、审查与决定、期限）规定的程序顺序")  # fmt: skip
COMPETENCE = _rule("LIC-001", "许可事项与职权", "{detail}",
                   f"{L}第二十二条（行政许可由具有行政许可权的行政机关在其法定职权范围内实施）、"
                   "第三十二条第一款第（二）项；本级行政执法事项清单")  # fmt: skip
ACCEPT_WINDOW = _rule("LIC-002", "受理期限", "{detail}",
                      f"{L}第三十二条第一款第（四）项：申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知"
                      "申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理；第八十二条（工作日）")  # fmt: skip
COMPLETION_ONCE = _rule("LIC-003", "一次性告知补正",
                        "已于 {requested_on} 一次告知需要补正的全部内容，不得再次要求补正；申请人补正后应当受理或依法不予受理。",
                        f"{L}第三十二条第一款第（四）项（一次告知）、第（五）项")  # fmt: skip
COMPLETION_LIST = _rule("LIC-004", "补正清单", "一次告知补正须列明需要补正的全部内容，清单不能为空。",
                        f"{L}第三十二条第一款第（四）项：一次告知申请人需要补正的全部内容")  # fmt: skip
SUPPLEMENT_FULL = _rule("LIC-005", "补正材料齐全", "申请人尚未补正：{missing}。",
                        f"{L}第三十二条第一款第（五）项：申请人按照要求提交全部补正申请材料的，应当受理")  # fmt: skip
REJECT_REASONS = _rule("LIC-006", "不予受理的书面凭证", "不予受理须写明理由（如不属于本机关职权范围的，告知向有关行政机关申请）。",
                       f"{L}第三十二条第一款第（一）项、第（二）项、第二款（加盖专用印章和注明日期的书面凭证）")  # fmt: skip
ON_SITE = _rule("LIC-007", "实地核查人员", "实地核查{detail}",
                f"{L}第三十四条第三款：需要对申请材料的实质内容进行核实的，行政机关应当指派两名以上工作人员进行核查")  # fmt: skip
HEARING_WINDOW = _rule("LIC-008", "听证申请期限",
                       "听证申请应在被告知听证权利之日起五日内提出：告知于 {told}，期限届满于 {due}，申请日为 {on}。",
                       f"{L}第四十七条第一款；第八十二条（工作日）")  # fmt: skip
HEARING_NOTICE = _rule("LIC-009", "听证通知与期限", "{detail}",
                       f"{L}第四十七条第一款（二十日内组织听证）、第四十八条第一款第（一）项（举行听证的七日前通知）；第八十二条")  # fmt: skip
HEARING_CHAIR = _rule("LIC-010", "听证主持人", "{detail}",
                      f"{L}第四十八条第一款第（三）项：指定审查该行政许可申请的工作人员以外的人员为听证主持人")  # fmt: skip
ACCEPTED_FIRST = _rule("LIC-011", "先受理后决定", "申请尚未受理（也未因逾期视为受理），不能作出许可决定。",
                       f"{L}第三十二条、第三十七条")  # fmt: skip
EXTENSION = _rule("LIC-012", "延长决定期限", "{detail}",
                  f"{L}第四十二条第一款：二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人")  # fmt: skip
REFUSAL = _rule("LIC-013", "不予许可的理由与救济", "{detail}",
                f"{L}第三十八条第二款：依法作出不予行政许可的书面决定的，应当说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利")  # fmt: skip
ISSUE_AFTER_GRANT = _rule("LIC-014", "先准予后颁证", "尚未作出准予行政许可的决定，不能颁发许可证件。",
                          f"{L}第三十九条、第四十四条")  # fmt: skip
EXCLUDED_TIME = _rule("LIC-015", "不计入期限的时间", "{detail}",
                      f"{L}第四十五条：依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在规定的期限内；"
                      "行政机关应当将所需时间书面告知申请人")  # fmt: skip
STEP_DATE = _rule(
    "LIC-016", "步骤日期", "{detail}", "zhifa 办理记录规则：步骤按实际发生的先后记录，不得晚于今天", tag="L"
)
LICENCE_ORDER = _rule("LIC-017", "许可证件状态", "许可证件当前为“{state}”，不能进行“{step}”。当前可进行：{allowed}。",
                      f"{L}第四章第五节（变更与延续）、第八条、第六十九条、第七十条")  # fmt: skip
RENEWAL_WINDOW = _rule("LIC-018", "延续申请期限", "{detail}",
                       f"{L}第五十条第一款：应当在该行政许可有效期届满三十日前提出申请；法律、法规、规章另有规定的，依照其规定")  # fmt: skip
RENEWAL_DECISION = _rule("LIC-019", "延续决定期限",
                         "有效期已于 {valid_until} 届满，逾期未作决定的视为准予延续，不能再作出准予或不予延续的决定。",
                         f"{L}第五十条第二款：在有效期届满前作出是否准予延续的决定；逾期未作决定的，视为准予延续")  # fmt: skip
DEEMED_RENEWAL = _rule("LIC-020", "视为准予延续", "有效期届满日为 {valid_until}，届满前尚可作出决定，届满后方视为准予延续。",
                       f"{L}第五十条第二款")  # fmt: skip
GROUNDS = _rule("LIC-021", "撤销、撤回、注销的事由", "{detail}",
                f"{L}第八条第二款（撤回）、第六十九条（撤销）、第七十条（注销）")  # fmt: skip
TERM = _rule("LIC-022", "许可有效期", "{detail}", f"{L}第五十条、第七十条第（一）项")
HEARING_WAIT = _rule("LIC-024", "听证申请期间",
                     "告知听证权利后五日内可申请听证（届满于 {due}）；期满前结束听证申请期间，须写明申请人、利害关系人书面放弃听证的情况。",
                     f"{L}第四十七条第一款；第八十二条（工作日）")  # fmt: skip
