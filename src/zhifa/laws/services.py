"""Writes on the law library (house style R2): importing statute files, one version per file.

An import is idempotent and all-or-nothing:

- a file whose content (SHA-256) is already in the library imports nothing and is reported as skipped;
- a new version date of a known title adds a ``LawVersion``; the version with the latest version date becomes
  the current one;
- every file of a directory is parsed before anything is written, and the whole directory is one transaction:
  a file that does not parse (LAW-001…003) or contradicts an imported version (LAW-004) is named with its line
  and nothing at all is saved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from django.db import transaction
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require
from zhifa.core.audit import audit
from zhifa.core.exceptions import DomainError

from . import rules
from .constants import NOT_STATUTES
from .domain.parser import LawParseError, ParsedLaw, parse_law_markdown
from .models import Article, Law, LawVersion

Source = Path | str | bytes | BinaryIO


@dataclass
class LawImportResult:
    """What an import did: the versions it added, the files it skipped as already imported, and counts."""

    versions: list[LawVersion] = field(default_factory=list)
    skipped_names: list[str] = field(default_factory=list)
    laws: int = 0

    @property
    def imported(self) -> int:
        return len(self.versions)

    @property
    def skipped(self) -> int:
        return len(self.skipped_names)

    @property
    def articles(self) -> int:
        return sum(v.article_count for v in self.versions)


@dataclass(frozen=True)
class _Input:
    """One statute file, read and parsed, before anything is written."""

    name: str
    sha256: str
    parsed: ParsedLaw


def law_import_file(
    *, by, source: Source, name: str | None = None, kinds: Mapping[str, str] | None = None
) -> LawImportResult:
    """Import one statute file (a path, or its bytes / an open file with its ``name``, which carries the
    version date). ``kinds`` maps a title or short title to a ``LawKind`` for a new law, overriding the guess."""
    require(by, Perm.LAW_MANAGE)
    item = _read(source, name)
    with transaction.atomic():
        return _import(by=by, inputs=[item], kinds=kinds or {})


def law_import_directory(
    *, by, directory: Path | str, kinds: Mapping[str, str] | None = None
) -> LawImportResult:
    """Import every ``*.md`` statute file of ``directory`` (README.md excepted) in one transaction."""
    require(by, Perm.LAW_MANAGE)
    folder = Path(directory)
    if not folder.is_dir():
        raise DomainError.from_rule(rules.LAW_DIRECTORY_MISSING, directory=str(folder))
    paths = sorted(p for p in folder.glob("*.md") if p.name.lower() not in NOT_STATUTES)
    inputs = [_read(path, None) for path in paths]
    with transaction.atomic():
        return _import(by=by, inputs=inputs, kinds=kinds or {})


def _read(source: Source, name: str | None) -> _Input:
    """Read and parse one file; a file that is not a statute text is refused with the rule of its error."""
    content, name = _content(source, name)
    try:
        parsed = parse_law_markdown(_decode(content, name), name)
    except LawParseError as error:
        raise DomainError.from_rule(rules.PARSE_RULES[error.code], detail=str(error)) from error
    return _Input(name=name, sha256=hashlib.sha256(content).hexdigest(), parsed=parsed)


def _content(source: Source, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, Path | str):
        path = Path(source)
        return path.read_bytes(), name or path.name
    data = source if isinstance(source, bytes) else source.read()
    return data, Path(name or getattr(source, "name", "") or "未命名.md").name


def _decode(content: bytes, name: str) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        detail = f"文件“{name}”不是 UTF-8 编码的文本。"
        raise DomainError.from_rule(rules.LAW_UNPARSEABLE, detail=detail) from error


def _import(*, by, inputs: list[_Input], kinds: Mapping[str, str]) -> LawImportResult:
    result = LawImportResult()
    touched: dict[int, Law] = {}
    for item in inputs:
        if LawVersion.objects.filter(sha256=item.sha256).exists():
            result.skipped_names.append(item.name)
            continue
        law, created = _law_for(by=by, parsed=item.parsed, kinds=kinds)
        result.laws += created
        result.versions.append(_add_version(by=by, law=law, item=item))
        touched[law.pk] = law
    current = {_move_current(by=by, law=law) for law in touched.values()}
    for version in result.versions:
        version.is_current = version.pk in current
    return result


def _law_for(*, by, parsed: ParsedLaw, kinds: Mapping[str, str]) -> tuple[Law, bool]:
    """The law of a parsed file by its full title; a new one gets the kind from ``kinds`` or the guess (an
    existing law keeps its kind, which the admin may have corrected)."""
    law = Law.objects.filter(title=parsed.title).first()
    if law is not None:
        return law, False
    kind = kinds.get(parsed.title) or kinds.get(parsed.short_title) or parsed.kind
    law = Law(title=parsed.title, short_title=parsed.short_title, kind=kind)
    law.full_clean()
    law.save()
    after = {"title": law.title, "short_title": law.short_title, "kind": law.kind}
    audit(actor=by, action="law.create", obj=law, after=after)
    return law, True


def _add_version(*, by, law: Law, item: _Input) -> LawVersion:
    parsed = item.parsed
    _refuse_conflict(law, item)
    version = LawVersion(
        law=law, version_date=parsed.version_date, effective_from=parsed.effective_from,
        preamble=parsed.preamble, source_name=item.name, sha256=item.sha256, imported_at=timezone.now(),
        imported_by=by.label, is_current=False,
    )  # fmt: skip
    version.full_clean(validate_constraints=False)  # the conflict check above covers the constraints
    version.save()
    Article.objects.bulk_create(_articles(version, parsed), batch_size=500)
    version.article_count = len(parsed.articles)
    audit(actor=by, action="law.import", obj=version, after=_import_record(version, parsed))
    return version


def _refuse_conflict(law: Law, item: _Input) -> None:
    """A version date already imported with other content is refused: an imported text is never replaced."""
    existing = law.versions.filter(version_date=item.parsed.version_date).first()
    if existing is not None:
        raise DomainError.from_rule(
            rules.LAW_VERSION_CONFLICT, title=law.short_title, version_date=existing.version_date,
            existing=existing.source_name, name=item.name,
        )  # fmt: skip


def _articles(version: LawVersion, parsed: ParsedLaw) -> list[Article]:
    articles = []
    for a in parsed.articles:
        article = Article(
            version=version, number=a.number, label=a.label, part=a.part, chapter=a.chapter,
            section=a.section, paragraphs=list(a.paragraphs), text=a.text,
        )  # fmt: skip
        article.full_clean(exclude=["version"], validate_unique=False, validate_constraints=False)
        articles.append(article)
    return articles


def _import_record(version: LawVersion, parsed: ParsedLaw) -> dict:
    return {
        "title": parsed.title, "version_date": version.version_date, "effective_from": version.effective_from,
        "source_name": version.source_name, "sha256": version.sha256, "articles": len(parsed.articles),
        "paragraphs": sum(len(a.paragraphs) for a in parsed.articles),
    }  # fmt: skip


def _move_current(*, by, law: Law) -> int:
    """Make the version with the latest version date the current one and return its id (the old flag is
    cleared first: the database allows one current version per law)."""
    latest = law.versions.order_by("-version_date").first()
    previous = law.versions.filter(is_current=True).first()
    if previous is not None and previous.pk == latest.pk:
        return latest.pk
    if previous is not None:
        LawVersion.objects.filter(pk=previous.pk).update(is_current=False)
    LawVersion.objects.filter(pk=latest.pk).update(is_current=True)
    before = {"current_version_date": previous.version_date if previous else None}
    after = {"current_version_date": latest.version_date, "current_version_id": latest.pk}
    audit(actor=by, action="law.current_version", obj=law, before=before, after=after)
    return latest.pk
