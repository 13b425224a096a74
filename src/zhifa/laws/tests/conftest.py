"""Fixtures of the law library tests: the statute folder (skipped when absent), the imported library, and
small inline statute texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings

from zhifa.accounts.actors import Actor
from zhifa.laws.services import law_import_directory

SYSTEM = Actor.system("测试导入")


def laws_folder() -> Path:
    """The statute folder (setting LAWS_DIR / ZHIFA_LAWS_DIR); tests that need it skip without it."""
    folder = Path(settings.LAWS_DIR)
    if not folder.is_dir():
        pytest.skip(f"法律法规文本目录不存在：{folder}（可用环境变量 ZHIFA_LAWS_DIR 指定 shared/data/laws）")
    return folder


@pytest.fixture
def laws_dir() -> Path:
    return laws_folder()


@pytest.fixture
def library(db, laws_dir):
    """The whole statute folder imported (24 texts, about 2,000 articles)."""
    return law_import_directory(by=SYSTEM, directory=laws_dir)
