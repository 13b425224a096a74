"""Which 执法领域 a certificate covers (《行政处罚法》第四十二条: 执法人员应当具有行政执法资格).

A certificate states its 执法类别/领域 as text: one or several fields, separated by 、，；/ or spaces, each written
as its name (市场监管) or its code (market). 综合行政执法 covers every field: a street's comprehensive team holds
the matters of many departments. A certificate that states no field covers whatever its body exercises; the
body's own competence is a separate rule (PEN-002).
"""

from __future__ import annotations

import re

from zhifa.organisations.constants import Domain

SEPARATORS = re.compile(r"[、，,；;/\s]+")
_BY_TEXT = {
    **{str(label): value for value, label in Domain.choices},
    **{value: value for value in Domain.values},
}


def field_tokens(text: str) -> list[str]:
    return [t for t in SEPARATORS.split(text or "") if t]


def unknown_fields(text: str) -> list[str]:
    """The parts of ``text`` that name no 执法领域 (a certificate may only state known fields)."""
    return [t for t in field_tokens(text) if t not in _BY_TEXT]


def certificate_covers(cert_domain: str, matter_domain: str) -> bool:
    """Whether a certificate stating ``cert_domain`` covers a matter of the field ``matter_domain`` (a code)."""
    fields = {_BY_TEXT.get(t, t) for t in field_tokens(cert_domain)}
    return not fields or Domain.COMPREHENSIVE in fields or matter_domain in fields


def field_names() -> str:
    return "、".join(str(label) for label in Domain.labels)
