"""Importing statute files: idempotent, versions and the current one, all-or-nothing, audited."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from zhifa.accounts.tests.factories import actor_of
from zhifa.core.exceptions import PermissionRefused
from zhifa.core.models import AuditEvent
from zhifa.laws.constants import LawKind
from zhifa.laws.models import Article, Law, LawVersion
from zhifa.laws.selectors import article_search, law_list
from zhifa.laws.services import law_import_directory, law_import_file
from zhifa.laws.tests.conftest import SYSTEM
from zhifa.laws.tests.factories import import_statute, statute

pytestmark = pytest.mark.django_db

OLD = statute("中华人民共和国测试法", "第一条 旧文本。", "第二条 本法自2010年1月1日起施行。")
NEW = statute(
    "中华人民共和国测试法", "第一条 新文本。", "第二条 新增。", "第三条 本法自2021年7月15日起施行。"
)


def test_it_imports_a_file_with_its_articles(today):
    result = import_statute(NEW, "测试法(2021-01-22).md")
    assert (result.imported, result.skipped, result.articles, result.laws) == (1, 0, 3, 1)
    (version,) = result.versions
    assert version.law.title == "中华人民共和国测试法" and version.law.short_title == "测试法"
    assert version.law.kind == LawKind.LAW
    assert (version.version_date, version.effective_from) == (date(2021, 1, 22), date(2021, 7, 15))
    assert version.is_current and len(version.sha256) == 64
    assert list(version.articles.values_list("number", "label")) == [
        (1, "第一条"),
        (2, "第二条"),
        (3, "第三条"),
    ]


def test_importing_the_same_content_twice_imports_nothing(today, db_snapshot):
    import_statute(NEW, "测试法(2021-01-22).md")
    before = db_snapshot()
    again = import_statute(NEW, "测试法(2021-01-22).md")
    assert (again.imported, again.skipped, again.skipped_names) == (0, 1, ["测试法(2021-01-22).md"])
    assert db_snapshot() == before


def test_a_new_version_date_adds_a_version_and_becomes_current(today):
    import_statute(OLD, "测试法(2009-08-27).md")
    result = import_statute(NEW, "测试法(2021-01-22).md")
    law = Law.objects.get()
    assert result.laws == 0
    assert [(v.version_date, v.is_current) for v in law.versions.order_by("version_date")] == [
        (date(2009, 8, 27), False),
        (date(2021, 1, 22), True),
    ]
    assert AuditEvent.objects.filter(action="law.current_version", object_id=str(law.pk)).count() == 2


def test_an_older_version_imported_later_does_not_become_current(today):
    import_statute(NEW, "测试法(2021-01-22).md")
    result = import_statute(OLD, "测试法(2009-08-27).md")
    assert result.versions[0].is_current is False
    assert LawVersion.objects.get(is_current=True).version_date == date(2021, 1, 22)


def test_a_version_date_already_imported_with_other_content_is_refused(today, refused):
    import_statute(NEW, "测试法(2021-01-22).md")
    changed = NEW.replace("新增。", "改动过的文字。")
    with refused("LAW-004") as info:
        import_statute(changed, "测试法(2021-01-22).md")
    assert "测试法(2021-01-22).md" in info.value.message


def test_a_file_that_does_not_parse_is_refused_naming_file_and_line(today, refused):
    broken = "# 中华人民共和国测试法\n\n第一条 甲。\n\n第一条 乙。\n"
    with refused("LAW-002") as info:
        import_statute(broken, "测试法(2021-01-22).md")
    assert "测试法(2021-01-22).md" in info.value.message and "第5行" in info.value.message
    assert "未导入任何内容" in info.value.message


def test_a_file_name_without_a_date_is_refused(today, refused):
    with refused("LAW-003"):
        import_statute(NEW, "测试法.md")


def test_a_file_that_is_not_utf8_is_refused(today, refused):
    with refused("LAW-001") as info:
        law_import_file(by=SYSTEM, source=NEW.encode("gb18030"), name="测试法(2021-01-22).md")
    assert "UTF-8" in info.value.message


def test_it_takes_the_kind_from_the_mapping_for_a_new_law(today):
    law_import_file(
        by=SYSTEM,
        source=NEW.encode(),
        name="测试法(2021-01-22).md",
        kinds={"测试法": LawKind.LOCAL_REGULATION},
    )
    assert Law.objects.get().kind == LawKind.LOCAL_REGULATION


def test_a_corrected_kind_survives_a_new_version(today):
    import_statute(OLD, "测试法(2009-08-27).md")
    Law.objects.update(kind=LawKind.NORMATIVE_DOCUMENT)
    import_statute(NEW, "测试法(2021-01-22).md")
    assert Law.objects.get().kind == LawKind.NORMATIVE_DOCUMENT


def test_it_reads_a_path(today, tmp_path):
    path = tmp_path / "测试法(2021-01-22).md"
    path.write_text(NEW, encoding="utf-8")
    result = law_import_file(by=SYSTEM, source=path)
    assert result.versions[0].source_name == "测试法(2021-01-22).md"


def test_each_imported_version_is_audited_with_its_counts_and_digest(today, supervisor):
    result = import_statute(NEW, "测试法(2021-01-22).md", by=actor_of(supervisor))
    version = result.versions[0]
    event = AuditEvent.objects.get(action="law.import")
    assert event.object_id == str(version.pk) and event.actor_id == supervisor.pk
    assert event.after["sha256"] == version.sha256
    assert (event.after["articles"], event.after["paragraphs"]) == (3, 3)
    assert AuditEvent.objects.filter(action="law.create").count() == 1


def test_only_those_who_manage_the_library_may_import(today, officer_a, db_snapshot):
    before = db_snapshot()
    with pytest.raises(PermissionRefused):
        import_statute(NEW, "测试法(2021-01-22).md", by=actor_of(officer_a))
    assert db_snapshot() == before


# --- a whole folder -----------------------------------------------------------------------------------------


def test_importing_the_folder_makes_every_article_of_the_penalty_law_findable(library):
    assert (library.imported, library.laws, library.skipped) == (24, 24, 0)
    assert library.articles == Article.objects.count() > 2000
    law = law_list(q="行政处罚法")[0]
    assert law.current_version.article_count == 86
    for article in Article.objects.filter(version=law.current_version):
        assert article_search(article.label, law=law) == [article]
        words = article.paragraphs[0][:12]
        assert article in article_search(words, law=law), words


def test_importing_the_folder_again_imports_nothing(library, laws_dir, db_snapshot):
    before = db_snapshot()
    again = law_import_directory(by=SYSTEM, directory=laws_dir)
    assert (again.imported, again.skipped, again.articles) == (0, 24, 0)
    assert db_snapshot() == before


def test_a_broken_file_in_the_folder_saves_nothing_and_is_named(db, laws_dir, tmp_path, refused):
    folder = tmp_path / "laws"
    shutil.copytree(laws_dir, folder)
    broken = folder / "行政强制法(2011-06-30).md"
    lines = broken.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, start=1) if text.startswith("第十条 "))
    lines[line - 1] = lines[line - 1].replace("第十条", "第八条", 1)
    broken.write_text("\n".join(lines), encoding="utf-8")
    with refused("LAW-002") as info:
        law_import_directory(by=SYSTEM, directory=folder)
    assert f"行政强制法(2011-06-30).md”第{line}行" in info.value.message
    assert Law.objects.count() == 0


def test_a_missing_folder_is_refused(db, tmp_path, refused):
    with refused("LAW-005"):
        law_import_directory(by=SYSTEM, directory=tmp_path / "没有这个目录")


def test_the_readme_of_the_folder_is_not_a_statute(db, tmp_path):
    (tmp_path / "README.md").write_text("# Statute texts\n\nNot a statute.\n", encoding="utf-8")
    (tmp_path / "测试法(2021-01-22).md").write_text(NEW, encoding="utf-8")
    assert law_import_directory(by=SYSTEM, directory=tmp_path).imported == 1
