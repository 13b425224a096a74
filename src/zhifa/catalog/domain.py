"""The editable content of a matter version, as services take it (pages, API and the Excel import fill it)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

from .constants import StreetDelegation

# MatterVersion fields copied from one version to the next (everything but identity, status and publication).
VERSION_FIELDS = (
    "name", "local_code", "power_item_code", "kind", "domain", "levels", "street_delegation", "description",
    "av_steps", "major_fine_person", "major_fine_org", "major_kinds", "major_criteria", "hearing_fine_person",
    "hearing_fine_org", "inspection_item", "inspection_category", "inspection_subject", "inspection_target",
    "inspection_content", "inspection_ratio", "inspection_frequency", "inspection_method", "checklist",
)  # fmt: skip


@dataclass
class MatterData:
    """Everything a user writes about a matter version. ``bodies`` are organisations; ``establishes`` and
    ``implements`` are citations as written (《…》第X条…), resolved against the law library when saved."""

    name: str
    kind: str
    domain: str
    bodies: list[Any]
    establishes: list[str]
    implements: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=lambda: ["county"])
    local_code: str = ""
    power_item_code: str = ""
    street_delegation: str = StreetDelegation.NONE
    entrustment: Any = None
    description: str = ""
    av_steps: list[str] = field(default_factory=list)
    major_fine_person: Decimal | None = None
    major_fine_org: Decimal | None = None
    major_kinds: list[str] = field(default_factory=list)
    major_criteria: list[str] = field(default_factory=list)
    hearing_fine_person: Decimal | None = None
    hearing_fine_org: Decimal | None = None
    inspection_item: bool = False
    inspection_category: str = ""
    inspection_subject: str = ""
    inspection_target: str = ""
    inspection_content: str = ""
    inspection_ratio: Decimal | None = None
    inspection_frequency: str = ""
    inspection_method: str = ""
    checklist: list[str] = field(default_factory=list)
    change_note: str = ""

    def version_values(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in (*VERSION_FIELDS, "entrustment", "change_note")}

    @classmethod
    def from_version(cls, version) -> MatterData:
        """The content of an existing version (to start the next version from it)."""
        bases = list(version.bases.all())
        values = {f.name: getattr(version, f.name) for f in fields(cls) if hasattr(version, f.name)}
        values.update(
            bodies=list(version.bodies.all()),
            entrustment=version.entrustment,
            establishes=[b.citation for b in bases if b.role == "establishes"],
            implements=[b.citation for b in bases if b.role == "implements"],
            change_note="",
        )
        return cls(**values)
