"""``zhifa daily``: what the system does once a day by itself (run it from cron after midnight).

1. 视为准予延续 (《行政许可法》第五十条第二款): every licence whose renewal was applied for and not decided by its
   expiry is recorded as renewed, as a step of the licence by the system.
2. 公示: every decided record without its publication gets one (records imported or written in bulk; decisions
   taken through the services get theirs at once), and published records whose publication period has ended
   leave the portal and the feed says so (``publicity.services``).
3. The day's audit-chain checkpoint (``zhifa checkpoint``).
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from zhifa.accounts.actors import Actor
from zhifa.core.audit import take_checkpoint


class Command(BaseCommand):
    help = (
        "每日运行一次：对到期仍未作出延续决定的行政许可记录“视为准予延续”；为尚无公示记录的执法决定生成公示记录，"
        "公示期满的记录停止公示；记录当日审计链检查点。"
    )

    def handle(self, *args, **options):
        from zhifa.licensing.services import licences_deem_renewed

        today = timezone.localdate()
        renewed = licences_deem_renewed(today=today, by=Actor.system("系统：视为准予延续"))
        self.stdout.write(
            f"视为准予延续：{len(renewed)} 件" + "".join(f"\n  {lic.number}" for lic in renewed)
        )
        from zhifa.publicity.services import publications_collect, publications_expire

        created = publications_collect()
        expired = publications_expire(today=today)
        self.stdout.write(f"公示：新生成公示记录 {created} 条，公示期满停止公示 {expired} 条")
        cp = take_checkpoint()
        self.stdout.write(f"检查点 {cp.day}：第 {cp.seq} 号事件，哈希 {cp.hash}")
