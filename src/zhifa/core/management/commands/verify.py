"""``zhifa verify``: recompute the audit hash chain and name the first event changed, removed or inserted; then
check every stored file against its SHA-256 and name the case and item a damaged file belongs to."""

from django.core.management.base import BaseCommand, CommandError

from zhifa.core.audit import verify_chain, verify_checkpoints
from zhifa.core.storage import verify_files


class Command(BaseCommand):
    help = "重新计算审计哈希链，指出第一个被修改、删除或插入的事件；核对每日检查点；并逐个核对存储文件与其 SHA-256 摘要。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--checkpoint", action="append", default=[], metavar="序号:哈希",
            help="另行保存的检查点（zhifa checkpoint 的输出），可多次给出：证明该序号及以前的事件未被改写。",
        )  # fmt: skip

    def handle(self, *args, **options):
        report = verify_chain()
        if not report.ok:
            problem = report.problem
            raise CommandError(
                f"审计链校验失败：{problem.message}（已校验 {report.count} 个事件，问题类型：{problem.kind}，事件序号：{problem.seq}）"
            )
        held = [_pair(text) for text in options["checkpoint"]]
        broken = verify_checkpoints(held)
        if broken:
            raise CommandError("检查点校验失败：" + "；".join(p.message for p in broken))
        files = verify_files()
        if files:
            raise CommandError("文件校验失败：\n" + "\n".join(files))
        self.stdout.write(
            self.style.SUCCESS(
                f"审计链完整：共 {report.count} 个事件，链头序号 {report.head_seq}。存储文件与摘要一致。"
            )
        )


def _pair(text: str) -> tuple[int, str]:
    seq, _, hash_ = text.partition(":")
    if not seq.strip().isdigit() or len(hash_.strip()) != 64:
        raise CommandError(f"检查点“{text}”格式应为 序号:64位哈希。")
    return int(seq), hash_.strip()
