"""``zhifa checkpoint``: record today's chain head (run it daily, e.g. from cron at the end of the day)."""

from django.core.management.base import BaseCommand

from zhifa.core.audit import take_checkpoint


class Command(BaseCommand):
    help = (
        "记录当日审计链检查点（链头序号与哈希），每日一次；请将输出另行保存，日后可据此证明此前记录未被改动。"
    )

    def handle(self, *args, **options):
        cp = take_checkpoint()
        self.stdout.write(f"检查点 {cp.day}：第 {cp.seq} 号事件，哈希 {cp.hash}")
        self.stdout.write(f"日后校验：zhifa verify --checkpoint {cp.seq}:{cp.hash}")
