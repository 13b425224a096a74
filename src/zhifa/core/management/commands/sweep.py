"""``zhifa sweep``: remove stored files and uploads that never became part of any record (``core.sweep``)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from zhifa.core.audit import PendingEvent, append_many
from zhifa.core.sweep import sweep


class Command(BaseCommand):
    help = "清理从未成为任何记录一部分的存储文件与中断的续传（仅限早于 ZHIFA_SWEEP_GRACE_HOURS 的）；--dry-run 只列出不删除。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只列出将被清理的内容，不删除。")

    def handle(self, *args, dry_run: bool = False, **options):
        report = sweep(dry_run=dry_run)
        verb = "将清理" if dry_run else "已清理"
        for label, count in report.other.items():
            self.stdout.write(f"{verb}{label}：{count} 个")
        self.stdout.write(f"{verb}无记录引用的存储文件：{len(report.unreferenced_rows)} 个")
        for line in report.unreferenced_rows[:50]:
            self.stdout.write(f"  {line}")
        self.stdout.write(f"{verb}无登记的孤立文件：{len(report.orphan_blobs)} 个")
        for line in report.orphan_blobs[:50]:
            self.stdout.write(f"  {line}")
        self.stdout.write(
            f"合计 {report.bytes_freed / 1024 / 1024:.1f} MB（{timezone.localtime():%Y-%m-%d %H:%M}）"
        )
        if not dry_run:
            append_many([PendingEvent(
                action="storage.sweep", object_type="core.storedfile", object_id="*", actor_label="系统（zhifa sweep）",
                after={"unreferenced": report.unreferenced_rows, "orphan_blobs": report.orphan_blobs,
                       "bytes": report.bytes_freed, **report.other},
            )])  # fmt: skip
