"""``zhifa verify``: recompute the audit hash chain and name the first event changed, removed or inserted."""

from django.core.management.base import BaseCommand, CommandError

from zhifa.core.audit import verify_chain


class Command(BaseCommand):
    help = "重新计算审计哈希链，指出第一个被修改、删除或插入的事件。"

    def handle(self, *args, **options):
        report = verify_chain()
        if not report.ok:
            problem = report.problem
            raise CommandError(
                f"审计链校验失败：{problem.message}（已校验 {report.count} 个事件，问题类型：{problem.kind}，事件序号：{problem.seq}）"
            )
        self.stdout.write(
            self.style.SUCCESS(f"审计链完整：共 {report.count} 个事件，链头序号 {report.head_seq}。")
        )
