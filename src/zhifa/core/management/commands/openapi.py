"""``zhifa openapi``: write the OpenAPI document, or check that the committed one is current (CI)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

DEFAULT_PATH = Path(settings.BASE_DIR) / "docs" / "openapi.json"


def render_schema() -> str:
    from zhifa.api import api

    return json.dumps(api.get_openapi_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


class Command(BaseCommand):
    help = "生成 OpenAPI 文档（docs/openapi.json）；--check 只检查已提交的文档是否最新。"

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="只检查，不写入；不一致时以非零状态退出。")
        parser.add_argument("--output", default=str(DEFAULT_PATH), help="输出文件路径。")

    def handle(self, *args, check=False, output=None, **options):
        path, current = Path(output), render_schema()
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != current:
                raise CommandError(f"{path} 不是最新的 OpenAPI 文档：请运行 zhifa openapi 并提交。")
            self.stdout.write(self.style.SUCCESS(f"{path} 与接口一致。"))
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(current, encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"已写入 {path}"))
