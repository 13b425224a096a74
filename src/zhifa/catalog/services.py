"""Writes on the catalog of enforcement matters (house style R2). Versions follow R8: a matter is written as a
draft version and published; a published version is never edited, a change is a new version."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.accounts.permissions import require, require_scope
from zhifa.core.audit import audit, snapshot
from zhifa.core.exceptions import DomainError, NotInScope
from zhifa.core.storage import sniff_type, store_upload
from zhifa.organisations.constants import ENFORCING_CATEGORIES, STREET_CATEGORIES, OrgStatus
from zhifa.utils.spreadsheets import UnreadableSpreadsheet, read_first_sheet

from . import excel, rules
from .constants import BasisRole, InspectionCategory, MatterKind, MatterStatus, StreetDelegation
from .domain import VERSION_FIELDS, MatterData
from .models import GuidedListItem, Matter, MatterBasis, MatterVersion

AUDITED = (*VERSION_FIELDS, "valid_from", "valid_until", "status", "version")


def _require_bodies_in_scope(by, bodies) -> None:
    """A supervisor's bodies must all lie in the bureau's region; a body's own staff may only write matters
    that their body exercises."""
    if not bodies:
        raise DomainError.from_rule(rules.NO_BODY)
    if Perm.CATALOG_PUBLISH in by.permissions:
        for body in bodies:
            require_scope(by, body)
        return
    for body in bodies:
        try:
            require_scope(by, body)
            return
        except NotInScope:
            continue
    raise NotInScope("SCOPE-404", "事项的实施主体不在您的管辖范围内。", citation="zhifa 数据范围规则")


def require_writable(by, version: MatterVersion) -> None:
    """Raise ``NotInScope`` unless ``by`` may change ``version`` (pages check before showing an edit form)."""
    _require_bodies_in_scope(by, list(version.bodies.all()))


def _require_writable(by, current: list, new: list) -> None:
    """The actor must be able to write the matter as it stands (``current`` bodies) and as it will be
    (``new`` bodies, when given): otherwise a body could take over another body's matter by naming itself."""
    _require_bodies_in_scope(by, current)
    if new:
        _require_bodies_in_scope(by, new)


def _resolve_article(citation: str, on: date):
    try:
        from zhifa.laws.selectors import resolve_citation
    except ImportError:  # the law library is optional for a catalog
        return None
    resolved = resolve_citation(citation, on=on)
    return resolved.article if resolved else None


def _write_bases(version: MatterVersion, data: MatterData) -> None:
    version.bases.all().delete()
    rows = []
    for role, citations in (
        (BasisRole.ESTABLISHES, data.establishes),
        (BasisRole.IMPLEMENTS, data.implements),
    ):
        for order, text in enumerate(c.strip() for c in citations if c.strip()):
            article = _resolve_article(text, version.valid_from)
            rows.append(MatterBasis(version=version, role=role, citation=text, article=article, order=order))
    MatterBasis.objects.bulk_create(rows)


def _fill(version: MatterVersion, data: MatterData) -> None:
    for name, value in data.version_values().items():
        setattr(version, name, value)
    version.full_clean(exclude=["matter"])
    version.save()
    version.bodies.set(data.bodies)
    _write_bases(version, data)


def _snapshot(version: MatterVersion) -> dict:
    after = snapshot(version, AUDITED)
    after["bodies"] = sorted(version.bodies.values_list("pk", flat=True))
    after["bases"] = list(version.bases.values_list("citation", flat=True))
    return after


@transaction.atomic
def matter_create(*, by, basic_code: str, data: MatterData, valid_from: date) -> MatterVersion:
    """Register a new matter with its first (draft) version."""
    require(by, Perm.CATALOG_MANAGE)
    code = basic_code.strip()
    existing = MatterVersion.objects.filter(matter__basic_code=code).order_by("-version").first()
    if existing is not None or Matter.objects.filter(basic_code=code).exists():
        raise DomainError.from_rule(rules.CODE_TAKEN, code=code, name=existing.name if existing else "")
    _require_bodies_in_scope(by, data.bodies)
    matter = Matter(basic_code=code)
    matter.full_clean()
    matter.save()
    version = MatterVersion(matter=matter, version=1, valid_from=valid_from)
    _fill(version, data)
    audit(actor=by, action="matter.create", obj=version, after=_snapshot(version))
    return version


@transaction.atomic
def matter_version_create(
    *, by, matter: Matter, valid_from: date, data: MatterData | None = None
) -> MatterVersion:
    """Start the next version of ``matter`` as a draft (from ``data``, or a copy of the latest version)."""
    require(by, Perm.CATALOG_MANAGE)
    latest = matter.versions.order_by("-version").first()
    data = data or MatterData.from_version(latest)
    _require_writable(by, list(latest.bodies.all()), data.bodies)
    draft = matter.versions.filter(status=MatterStatus.DRAFT).first()
    if draft is not None:
        raise DomainError.from_rule(
            rules.PERIOD, detail=f"该事项已有未发布的草稿（第{draft.version}版），请先修改或发布该草稿。"
        )
    version = MatterVersion(matter=matter, version=latest.version + 1, valid_from=valid_from)
    _fill(version, data)
    audit(actor=by, action="matter.version_create", obj=version, after=_snapshot(version))
    return version


def _locked(version: MatterVersion) -> MatterVersion:
    return MatterVersion.objects.select_for_update().select_related("matter").get(pk=version.pk)


def _require_draft(version: MatterVersion) -> None:
    if version.status != MatterStatus.DRAFT:
        raise DomainError.from_rule(
            rules.PUBLISHED_FROZEN,
            name=version.name,
            version=version.version,
            status=version.get_status_display(),
        )


@transaction.atomic
def matter_version_update(
    *, by, version: MatterVersion, data: MatterData, valid_from: date | None = None
) -> MatterVersion:
    """Change a draft version (a published one is refused: R8)."""
    require(by, Perm.CATALOG_MANAGE)
    version = _locked(version)
    _require_writable(by, list(version.bodies.all()), data.bodies)
    _require_draft(version)
    before = _snapshot(version)
    if valid_from is not None:
        version.valid_from = valid_from
    _fill(version, data)
    after = _snapshot(version)
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    if changed:
        audit(
            actor=by,
            action="matter.update",
            obj=version,
            before={k: before.get(k) for k in changed},
            after=changed,
        )
    return version


def check_publishable(version: MatterVersion, on: date) -> None:
    """Everything a published matter must state (seed 001 (一)2), and the rules on streets (seed 000 §8)."""
    bodies = list(version.bodies.all())
    _check_complete(version, bodies)
    _check_streets(version, bodies, on)
    _check_inspection(version)


def _check_complete(version: MatterVersion, bodies: list) -> None:
    missing = []
    if not version.bases.filter(role=BasisRole.ESTABLISHES).exists():
        missing.append("设定依据")
    if not bodies:
        missing.append("实施主体")
    if not version.levels:
        missing.append("行使层级")
    if missing:
        raise DomainError.from_rule(rules.INCOMPLETE, name=version.name, detail=f"缺少{'、'.join(missing)}。")
    for body in bodies:
        if body.status != OrgStatus.ACTIVE or body.category not in ENFORCING_CATEGORIES:
            raise DomainError.from_rule(rules.NOT_A_BODY, name=body.name)


def _check_streets(version: MatterVersion, bodies: list, on: date) -> None:
    streets = [b for b in bodies if b.category in STREET_CATEGORIES]
    mode = version.street_delegation
    if streets and mode == StreetDelegation.NONE:
        raise DomainError.from_rule(rules.STREET_WITHOUT_BASIS, name=streets[0].name)
    if mode == StreetDelegation.DELEGATED:
        item = GuidedListItem.objects.filter(basic_code=version.matter.basic_code).first()
        if item is None or not item.is_listed_on(max(on, version.valid_from)):
            raise DomainError.from_rule(
                rules.DELEGATION_GUIDED, code=version.matter.basic_code, name=version.name
            )
    if mode == StreetDelegation.ENTRUSTED:
        _check_entrustment(version, bodies, streets, on)


def _check_entrustment(version: MatterVersion, bodies: list, streets: list, on: date) -> None:
    e = version.entrustment
    if e is None:
        raise DomainError.from_rule(rules.ENTRUSTMENT_VALID, detail="下放方式为委托，但未关联书面委托。")
    if not e.is_effective_on(max(on, version.valid_from)):
        raise DomainError.from_rule(
            rules.ENTRUSTMENT_VALID,
            detail=f"委托（{e.letter_number}）在 {version.valid_from} 不在有效期内或已终止。",
        )
    if e.entrusting not in bodies:
        raise DomainError.from_rule(
            rules.ENTRUSTMENT_VALID,
            detail=f"委托机关“{e.entrusting.name}”不是该事项的实施主体，不能委托他人实施。",
        )
    if version.kind == MatterKind.COERCION:
        raise DomainError.from_rule(
            rules.ENTRUSTMENT_VALID, detail="行政强制措施权不得委托（《行政强制法》第十七条）。"
        )


def _check_inspection(version: MatterVersion) -> None:
    if not version.inspection_item:
        return
    labels = {"inspection_category": "抽查类别", "inspection_subject": "抽查主体", "inspection_target": "抽查对象",
              "inspection_frequency": "抽查频次", "inspection_method": "抽查方式"}  # fmt: skip
    missing = [label for f, label in labels.items() if not getattr(version, f)]
    if missing:
        raise DomainError.from_rule(rules.INSPECTION_FIELDS, missing="、".join(missing))
    if version.inspection_category == InspectionCategory.GENERAL and version.inspection_ratio is None:
        raise DomainError.from_rule(rules.GENERAL_RATIO)


def _close_previous(version: MatterVersion) -> MatterVersion | None:
    current = (
        MatterVersion.objects.select_for_update()
        .filter(matter=version.matter, status=MatterStatus.PUBLISHED)
        .order_by("-valid_from")
        .first()
    )
    if current is None:
        return None
    if version.valid_from <= current.valid_from:
        raise DomainError.from_rule(
            rules.PERIOD,
            detail=f"新版本生效日期 {version.valid_from} 须晚于在用的第{current.version}版的生效日期 {current.valid_from}。",
        )
    if current.valid_until is None or current.valid_until >= version.valid_from:
        current.valid_until = version.valid_from - timedelta(days=1)
        current.save(update_fields=["valid_until", "updated_at"])
    return current


@transaction.atomic
def matter_version_publish(*, by, version: MatterVersion) -> MatterVersion:
    """Publish a draft: check it, close the version in use the day before this one takes effect, audit."""
    require(by, Perm.CATALOG_PUBLISH)
    version = _locked(version)
    _require_bodies_in_scope(by, list(version.bodies.all()))
    _require_draft(version)
    check_publishable(version, timezone.localdate())
    previous = _close_previous(version)
    version.status, version.published_at, version.published_by = (
        MatterStatus.PUBLISHED,
        timezone.now(),
        by.label,
    )
    version.full_clean(exclude=["matter"])
    version.save(update_fields=["status", "published_at", "published_by", "updated_at"])
    after = {"status": version.status, "valid_from": version.valid_from,
             "closed_version": previous.version if previous else None,
             "closed_until": previous.valid_until if previous else None}  # fmt: skip
    audit(actor=by, action="matter.publish", obj=version, before={"status": MatterStatus.DRAFT}, after=after)
    return version


@transaction.atomic
def matter_version_repeal(*, by, version: MatterVersion, last_day: date, reason: str) -> MatterVersion:
    """Repeal a published version from ``last_day`` on (clean-up, seed 003 三(三)1); it stays in history."""
    require(by, Perm.CATALOG_PUBLISH)
    version = _locked(version)
    _require_bodies_in_scope(by, list(version.bodies.all()))
    if version.status != MatterStatus.PUBLISHED:
        raise DomainError.from_rule(
            rules.PUBLISHED_FROZEN,
            name=version.name,
            version=version.version,
            status=version.get_status_display(),
        )
    if not reason.strip():
        raise DomainError.from_rule(rules.PERIOD, detail="废止事项必须写明理由。")
    if last_day < version.valid_from:
        raise DomainError.from_rule(rules.PERIOD, detail=f"废止日期不得早于生效日期 {version.valid_from}。")
    if version.valid_until is not None and last_day > version.valid_until:
        # extending a version already closed by its successor would make the two overlap
        raise DomainError.from_rule(
            rules.PERIOD, detail=f"该版本已于 {version.valid_until} 失效，废止日期不得晚于该日。"
        )
    before = snapshot(version, ("status", "valid_until"))
    version.status, version.valid_until = MatterStatus.REPEALED, last_day
    version.change_note = (version.change_note + f"\n废止理由：{reason.strip()}").strip()
    version.save(update_fields=["status", "valid_until", "change_note", "updated_at"])
    audit(actor=by, action="matter.repeal", obj=version, before=before,
          after={**snapshot(version, ("status", "valid_until")), "reason": reason.strip()})  # fmt: skip
    return version


@transaction.atomic
def guided_item_create(*, by, basic_code: str, name: str, source: str, listed_on: date) -> GuidedListItem:
    """Add a matter to the street delegation guided list (指导目录)."""
    require(by, Perm.CATALOG_PUBLISH)
    item = GuidedListItem(
        basic_code=basic_code.strip(), name=name.strip(), source=source.strip(), listed_on=listed_on
    )
    item.full_clean()
    item.save()
    audit(
        actor=by,
        action="guided_item.create",
        obj=item,
        after=snapshot(item, ("basic_code", "name", "source", "listed_on")),
    )
    return item


# --- the catalog as a 权责清单 spreadsheet -----------------------------------------------------------------------

XLSX_TYPES = {"application/zip"}
# Where a refusal of a service lands in the sheet (the column the user should correct).
RULE_COLUMNS = {
    "CAT-001": "基本编码", "CAT-005": "下放方式", "CAT-006": "委托书文号", "CAT-007": "实施主体",
    "CAT-009": "随机抽查事项", "CAT-010": "实施主体", "CAT-011": "抽查比例（%）", "CAT-012": "实施主体", "SCOPE-404": "实施主体",
}  # fmt: skip


@dataclass
class ImportResult:
    """What an import did: how many matters were created, given a new draft version, had their draft updated,
    were unchanged or published; the versions it wrote; the file's SHA-256."""

    created: int = 0
    new_versions: int = 0
    updated: int = 0
    unchanged: int = 0
    published: int = 0
    sha256: str = ""
    versions: list[MatterVersion] = field(default_factory=list)

    def add(self, outcome: str, version: MatterVersion, published: bool) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        if outcome != "unchanged":
            self.versions.append(version)
        self.published += int(published)

    def counts(self) -> dict[str, int]:
        names = ("created", "new_versions", "updated", "unchanged", "published")
        return {name: getattr(self, name) for name in names}


def catalog_export(*, on: date) -> bytes:
    """The catalog in force on ``on`` as a 权责清单-shaped .xlsx, one row per matter (a read: no audit)."""
    from .selectors import matter_catalog

    return excel.write_workbook(matter_catalog(on=on))


@transaction.atomic
def catalog_import(
    *, by, content: bytes, filename: str, valid_from: date, publish: bool = False
) -> ImportResult:
    """Import a 权责清单-shaped .xlsx: all rows or none (one transaction); idempotent.

    Each row goes through the ordinary services (an unknown 基本编码 → ``matter_create``; changed content → a
    new draft version, or the pending draft updated; identical content → skipped), each in a savepoint so that
    every row's refusal is collected; if anything was refused the whole import is rolled back and every
    problem is reported as 第N行“列名”：问题. With ``publish`` every draft the import wrote is published.
    """
    require(by, Perm.CATALOG_MANAGE)
    if publish:
        require(by, Perm.CATALOG_PUBLISH)
    rows, errors = _parse_upload(content, filename)
    result = ImportResult(sha256=hashlib.sha256(content).hexdigest())
    matters = _matters_by_code([row.code for row in rows])
    for row in rows:
        if row.errors:
            errors += row.errors
            continue
        data = replace(row.data, change_note=f"Excel 导入：{filename}")
        errors += _import_row(by, row, matters.get(row.code), data, valid_from, publish, result)
    if errors:
        raise _import_refused(errors)
    stored = store_upload(io.BytesIO(content), name=filename, allowed=XLSX_TYPES)
    after = {**result.counts(), "file_sha256": stored.sha256, "filename": filename, "valid_from": valid_from,
             "publish": publish}  # fmt: skip
    audit(actor=by, action="catalog.import", obj=stored, after=after)
    return result


def _parse_upload(content: bytes, filename: str) -> tuple[list[excel.ParsedRow], list[excel.CellError]]:
    if sniff_type(content[:16]) not in XLSX_TYPES:
        message = f"文件“{filename}”不是 Excel 工作簿（.xlsx），请上传导出的清单或按其格式填写的 .xlsx 文件。"
        raise _import_refused([excel.CellError(None, "", message)])
    try:
        table = read_first_sheet(content)
    except UnreadableSpreadsheet as exc:
        raise _import_refused([excel.CellError(None, "", f"无法读取 Excel 文件“{filename}”：{exc}")]) from exc
    return excel.parse_sheet(table, excel.Lookups.load())


def _import_refused(errors: list[excel.CellError]) -> DomainError:
    detail = " ".join(e.text for e in errors[:50])
    if len(errors) > 50:
        detail += f" ……另有 {len(errors) - 50} 处，见错误列表。"
    return DomainError.from_rule(
        rules.IMPORT_ROWS, count=len(errors), detail=detail, errors=[e.as_dict() for e in errors]
    )


def _matters_by_code(codes: list[str]) -> dict[str, Matter]:
    versions = MatterVersion.objects.select_related("entrustment").prefetch_related("bodies", "bases")
    matters = Matter.objects.filter(basic_code__in=codes).prefetch_related(
        Prefetch("versions", queryset=versions.order_by("-version"))
    )
    return {m.basic_code: m for m in matters}


def _import_row(
    by, row, matter, data: MatterData, valid_from: date, publish: bool, result: ImportResult
) -> list:
    """Write one row (in a savepoint); its refusals as errors of that row."""
    try:
        with transaction.atomic():
            version, outcome = _apply_row(by, row.code, matter, data, valid_from)
            published = publish and outcome != "unchanged"
            if published:
                version = matter_version_publish(by=by, version=version)
    except DomainError as exc:
        message = exc.message.split("（依据：")[0]
        return [excel.CellError(row.line, RULE_COLUMNS.get(exc.code, ""), message)]
    except ValidationError as exc:
        fields = exc.message_dict if hasattr(exc, "error_dict") else {"": exc.messages}
        return [
            excel.CellError(row.line, excel.FIELD_COLUMNS.get(name, ""), message)
            for name, messages in fields.items()
            for message in messages
        ]
    result.add(outcome, version, published)
    return []


def _apply_row(by, code: str, matter: Matter | None, data: MatterData, valid_from: date):
    if matter is None:
        return matter_create(by=by, basic_code=code, data=data, valid_from=valid_from), "created"
    versions = list(matter.versions.all())  # prefetched, newest first
    latest = versions[0]
    if _same_content(data, versions):
        return latest, "unchanged"
    if latest.status == MatterStatus.DRAFT:
        return matter_version_update(by=by, version=latest, data=data, valid_from=valid_from), "updated"
    return matter_version_create(by=by, matter=matter, valid_from=valid_from, data=data), "new_versions"


def _same_content(data: MatterData, versions: list[MatterVersion]) -> bool:
    """The row states what the matter already says: its latest version (unless repealed), or the version in
    force today (so that re-importing an export taken before a draft was started leaves the draft alone)."""
    today = timezone.localdate()
    candidates = [v for v in versions if v.status == MatterStatus.PUBLISHED and v.covers(today)]
    if versions[0].status != MatterStatus.REPEALED:
        candidates.append(versions[0])
    key = excel.content_key(data)
    return any(excel.content_key(MatterData.from_version(v)) == key for v in candidates)
