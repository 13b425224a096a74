"""``zhifa laws import [目录]``: imports a folder, reports in Chinese, skips what is already there."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from zhifa.laws.models import Article, LawVersion
from zhifa.laws.tests.factories import statute

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    out = StringIO()
    call_command("laws", "import", *args, stdout=out)
    return out.getvalue()


def test_it_imports_the_folder_and_then_skips_it(laws_dir):
    first = _run(str(laws_dir))
    assert "新增法律法规 24 部，新增版本 24 个" in first
    assert f"条文 {Article.objects.count()} 条" in first
    assert (
        "已导入 行政处罚法(2021-01-22).md：《行政处罚法》2021-01-22 版本，86 条，自 2021-07-15 起施行（现行版本）"
        in first
    )
    second = _run(str(laws_dir))
    assert "新增版本 0 个" in second and "跳过已导入的文件 24 个" in second


def test_it_reads_the_configured_folder_by_default(tmp_path):
    (tmp_path / "测试法(2021-01-22).md").write_text(
        statute("中华人民共和国测试法", "第一条 甲。"), encoding="utf-8"
    )
    with override_settings(LAWS_DIR=tmp_path):
        output = _run()
    assert "新增版本 1 个" in output and LawVersion.objects.count() == 1


def test_it_stops_on_a_broken_file_and_saves_nothing(tmp_path):
    (tmp_path / "测试法(2021-01-22).md").write_text(
        statute("中华人民共和国测试法", "第一条 甲。"), encoding="utf-8"
    )
    (tmp_path / "坏法(2021-01-22).md").write_text("没有标题\n第一条 甲。\n", encoding="utf-8")
    with pytest.raises(CommandError) as info:
        _run(str(tmp_path))
    assert "坏法(2021-01-22).md" in str(info.value) and "第1行" in str(info.value)
    assert not LawVersion.objects.exists()


def test_it_names_a_missing_folder(tmp_path):
    with pytest.raises(CommandError) as info:
        _run(str(tmp_path / "没有"))
    assert "LAW-005" in str(info.value)
