"""``zhifa demo``: migrate, load the demo district if the database is empty, print the accounts, serve it."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

COUNT_LABELS = {
    "regions": "行政区划", "organisations": "机构", "bodies": "区直执法部门", "streets": "街道/乡镇",
    "announcements": "主体公告", "entrustments": "委托", "legal_reviewers": "法制审核人员", "people": "人员",
    "auxiliaries": "辅助人员", "accounts": "演示账号", "training_records": "培训记录", "exam_sessions": "考试场次",
    "exam_results": "考试成绩", "certificates": "执法证", "assessments": "年度考核", "certificate_events": "证件历史",
    "audit_events": "审计事件", "laws": "法律法规", "law_articles": "法条", "guided_items": "赋权指导目录事项",
    "matters": "执法事项", "benchmarks": "裁量基准", "cases": "案件", "complaints": "投诉", "violations": "违法记录",
    "penalty_cases": "行政处罚案件", "penalty_cases_filed": "近一年立案", "penalty_cases_closed": "近一年结案",
    "penalty_cases_simple": "简易程序案件", "penalty_cases_live": "演示账号在办案件", "case_steps": "办案步骤",
    "documents": "执法文书", "case_deadlines": "办案期限", "parties": "当事人", "legal_reviews": "法制审核",
    "hearings": "听证", "discussions": "集体讨论", "penalty_violations": "本平台违法记录",
    "evidence": "音像记录等证据", "casefiles": "归档案卷", "casefiles_waiting": "待归档案件",
    "coercion_measures": "行政强制措施", "coercion_measures_in_force": "实施中的强制措施",
    "coercion_measures_extended": "延长期限的强制措施", "coercion_executions": "行政强制执行",
    "coercion_executions_court": "申请法院强制执行", "act_matters_added": "补充的其他执法事项",
    "acts": "征收、征用、确认、给付、奖励、裁决记录", "acts_confirmation": "行政确认", "acts_reward": "行政奖励",
    "acts_levy": "行政征收", "acts_requisition": "行政征用", "acts_adjudication": "行政裁决",
    "acts_payment_rows": "行政给付（按月汇总行）", "acts_payment_recipients": "行政给付人次", "act_corrections": "更正",
    "act_revocations": "撤销", "act_steps": "其他执法行为步骤", "act_deadlines": "其他执法行为期限",
    "publications": "公示记录", "publications_published": "公示中", "publications_pending": "待保密审查",
    "publications_held": "不予公开", "publications_withdrawn": "已撤回公示", "publications_expired": "公示期满",
    "publications_ended": "提前停止公示",
    "inspections": "行政检查", "inspection_steps": "检查步骤", "inspections_with_case": "检查后立案",
    "inspections_corrected": "检查后责令改正", "inspection_parties": "检查对象（新增）",
    "licence_applications": "行政许可申请", "licence_applications_deemed_accepted": "视为受理",
    "licence_applications_refused": "不予许可", "licence_application_steps": "许可办理步骤",
    "licence_application_deadlines": "许可办理期限", "licences": "许可证件", "licence_steps": "许可证件变更记录",
    "licences_deemed_renewed": "视为准予延续",
}  # fmt: skip


class Command(BaseCommand):
    help = "迁移数据库；数据库为空时载入演示区（清江区，虚构）；打印演示账号；在 127.0.0.1:8000 启动服务。"

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000", help="监听地址，默认 127.0.0.1:8000。")
        parser.add_argument("--no-serve", action="store_true", help="只迁移和载入数据，不启动服务。")
        parser.add_argument(
            "--seed", type=int, default=2026, help="演示数据随机种子（相同种子生成相同数据）。"
        )

    def handle(self, *args, addr="127.0.0.1:8000", no_serve=False, seed=2026, **options):
        from zhifa.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD, demo_loaded, load_demo

        self.stdout.write(f"数据目录：{settings.DATA_DIR}")
        call_command("migrate", interactive=False, verbosity=0)
        if demo_loaded():
            self.stdout.write("数据库已有数据，跳过演示数据载入。")
        else:
            self.stdout.write("正在载入演示区（示范市清江区，虚构）……")
            counts = load_demo(seed=seed)
            self.stdout.write(
                "已载入：" + "，".join(f"{COUNT_LABELS.get(k, k)} {v}" for k, v in counts.items())
            )
            if not counts.get("law_articles"):
                self.stdout.write(
                    f"未找到法规文本目录（{settings.LAWS_DIR}），法律法规库为空：设置 ZHIFA_LAWS_DIR 后运行 "
                    "“zhifa laws import”即可导入，事项依据随后可链接到条文。"
                )
        self._print_accounts(DEMO_ACCOUNTS, DEMO_PASSWORD, addr)
        if not no_serve:
            call_command("runserver", addr, use_reloader=False)

    def _print_accounts(self, accounts, password, addr):
        self.stdout.write(
            self.style.SUCCESS(f"\n公众门户： http://{addr}/    工作台： http://{addr}/workbench/")
        )
        self.stdout.write(f"演示账号（密码均为 {password}）：")
        for a in accounts:
            self.stdout.write(f"  {a.username:<12}{a.role_label:<10}{a.organisation}  {a.note}")
        self.stdout.write("")
