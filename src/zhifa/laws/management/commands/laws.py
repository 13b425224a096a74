"""``zhifa laws import [目录]``: import the statute files of a folder into the law library (法律法规库).

The default folder is the ``LAWS_DIR`` setting (environment ``ZHIFA_LAWS_DIR``). Importing is idempotent: files
already imported (same content) are skipped; a file that does not parse stops the import with its file name and
line, and nothing is saved.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from zhifa.accounts.actors import Actor
from zhifa.core.exceptions import DomainError
from zhifa.laws.services import LawImportResult, law_import_directory


class Command(BaseCommand):
    help = "法律法规库：import 导入目录中的法律法规文本（法规简称(YYYY-MM-DD).md）。"

    def add_arguments(self, parser) -> None:
        actions = parser.add_subparsers(dest="action", title="子命令", required=True)
        importer = actions.add_parser("import", help="导入目录中的法律法规文本；已导入的内容自动跳过。")
        importer.add_argument(
            "path", nargs="?", default=None, help=f"法律法规文本所在目录（默认：{settings.LAWS_DIR}）。"
        )

    def handle(self, *args, action: str, **options) -> None:
        if action == "import":
            self._import(options["path"] or str(settings.LAWS_DIR))

    def _import(self, directory: str) -> None:
        by = Actor.system("命令行导入（zhifa laws import）")
        try:
            result = law_import_directory(by=by, directory=directory)
        except DomainError as error:
            raise CommandError(error.message) from error
        for line in _report_lines(result):
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(_summary(result, directory)))


def _report_lines(result: LawImportResult) -> list[str]:
    lines = [
        f"  已导入 {v.source_name}：《{v.law.short_title}》{v.version_date:%Y-%m-%d} 版本，{v.article_count} 条，"
        f"自 {v.effective_from:%Y-%m-%d} 起施行{'（现行版本）' if v.is_current else '（历史版本）'}"
        for v in result.versions
    ]
    return lines + [f"  跳过 {name}：内容已在法律法规库中" for name in result.skipped_names]


def _summary(result: LawImportResult, directory: str) -> str:
    return (
        f"导入完成（{directory}）：新增法律法规 {result.laws} 部，新增版本 {result.imported} 个，"
        f"条文 {result.articles} 条；跳过已导入的文件 {result.skipped} 个。"
    )
