"""A first guess at a text's 法的形式 from its title and preamble (editable afterwards in the admin).

《立法法》 names the forms by who makes them: 法律 by the NPC and its Standing Committee (titles ending 法),
行政法规 by the State Council (国务院令 / 国务院常务会议), 部门规章 by its departments (部令, 总局令, 委员会令),
地方性法规 by local people's congresses, 地方政府规章 by local governments (人民政府令), 司法解释 by the Supreme
People's Court and Procuratorate. The issuer named in the preamble decides; the title's ending is the fallback.
"""

from __future__ import annotations

import re

from ..constants import LawKind

LOCAL_CONGRESS_RE = re.compile(r"(省|自治区|市|自治州|县)人民代表大会")
DEPARTMENT_ORDER_RE = re.compile(r"(部|总局|委员会|署|局|银行|行)令")
LOCAL_GOVERNMENT_ORDER_RE = re.compile(r"人民政府令")
STATE_COUNCIL_RE = re.compile(r"国务院(令|常务会议|第\d+次常务会议|关于修改|发布|批准)|政务院")
NATIONAL_CONGRESS_RE = re.compile(r"全国人民代表大会")


def guess_kind(title: str, preamble: str = "") -> str:
    """The likely ``LawKind`` value of a text called ``title`` whose preamble is ``preamble``."""
    if "解释" in title and ("人民法院" in preamble or "人民检察院" in preamble or "司法解释" in title):
        return LawKind.JUDICIAL_INTERPRETATION
    if _is_law_title(title) and not LOCAL_CONGRESS_RE.search(preamble):
        return LawKind.LAW
    return _by_issuer(preamble) or _by_title(title)


def _by_issuer(preamble: str) -> str | None:
    if LOCAL_GOVERNMENT_ORDER_RE.search(preamble):
        return LawKind.LOCAL_GOVERNMENT_RULE
    if STATE_COUNCIL_RE.search(preamble):
        return LawKind.ADMIN_REGULATION
    if DEPARTMENT_ORDER_RE.search(preamble):
        return LawKind.DEPARTMENT_RULE
    if LOCAL_CONGRESS_RE.search(preamble):
        return LawKind.LOCAL_REGULATION
    if NATIONAL_CONGRESS_RE.search(preamble):
        return LawKind.LAW
    return None


def _is_law_title(title: str) -> bool:
    """法律 are titled …法 (食品安全法); an 办法 is a regulation or a rule."""
    return title.endswith("法") and not title.endswith("办法")


def _by_title(title: str) -> str:
    if _is_law_title(title):
        return LawKind.LAW
    if title.endswith(("条例", "规定", "办法", "细则")):
        return LawKind.ADMIN_REGULATION
    return LawKind.NORMATIVE_DOCUMENT
