"""``zhifa settings``: list every environment setting with its default and help text."""

from django.core.management.base import BaseCommand

from config.settings.env import ENV_DOCUMENTATION


class Command(BaseCommand):
    help = "列出 zhifa 从环境变量读取的全部设置及其说明。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--markdown", action="store_true", help="输出 Markdown 表格（docs/configuration.md）。"
        )

    def handle(self, *args, markdown=False, **options):
        if markdown:
            self.stdout.write("| 环境变量 | 默认值 | 说明 |\n| --- | --- | --- |")
        for s in ENV_DOCUMENTATION:
            default = "（保密）" if s.secret else (s.default or "（空）")
            line = (
                f"| `{s.name}` | `{default}` | {s.help_text} |"
                if markdown
                else f"{s.name}={default}\n    {s.help_text}"
            )
            self.stdout.write(line)
