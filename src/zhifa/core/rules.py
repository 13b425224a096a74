"""The registry of every rule zhifa enforces, so that a lawyer can list them with their citations.

Each app declares its rules as module-level ``Rule`` objects (in ``rules.py`` or ``workflow.py``) and registers
them here; ``/workbench/rules/`` and ``GET /api/v1/rules`` list the registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_REGISTRY: dict[str, Rule] = {}


@dataclass(frozen=True)
class Rule:
    """A rule: code (e.g. ``CERT-006``), short Chinese title, message template, citation of its source.

    ``source_tag`` follows docs/legal-sources: ``V`` verified against the statute, ``S`` a secondary or local
    source (so any value in it is configuration), ``L`` a local management rule of this deployment.
    """

    code: str
    title: str
    message: str
    citation: str
    source_tag: str = "V"
    module: str = ""
    http_status: int = 409
    params: tuple[str, ...] = field(default=())

    def render(self, **fmt: Any) -> str:
        body = self.message.format(**fmt) if fmt else self.message
        return f"【{self.code} {self.title}】{body}（依据：{self.citation}）"


def register(*rules: Rule) -> None:
    for rule in rules:
        existing = _REGISTRY.get(rule.code)
        if existing is not None and existing != rule:
            raise ValueError(f"规则编号重复：{rule.code}")
        _REGISTRY[rule.code] = rule


def all_rules() -> list[Rule]:
    return sorted(_REGISTRY.values(), key=lambda r: r.code)


def get_rule(code: str) -> Rule:
    return _REGISTRY[code]
