"""In whose name a case is handled (执法主体) and who handles it (承办单位).

- A body exercising its own matter handles it in its own name.
- A matter delegated to streets and townships (赋权, 《行政处罚法》第二十四条) is the street's own power: the case is
  in the street's name and its 综合行政执法队 handles it with the team's certified officers.
- A matter entrusted to an organisation (委托, 第二十条) stays the entrusting body's: the entrusted organisation
  handles the case "以委托行政机关名义", so the case, its 文号 and its documents are the entrusting body's, under the
  written entrustment, which must be in force on the day of each step (checked by the competence rule PEN-002).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from zhifa.catalog.constants import StreetDelegation
from zhifa.organisations.constants import Category


@dataclass(frozen=True)
class Subject:
    organisation: object  # organisations.Organisation: the 执法主体
    handled_by: object | None = None  # the 承办单位 when it is not the 执法主体
    entrustment: object | None = None  # organisations.Entrustment for an entrusted case


def case_subject(org, version) -> Subject:
    """The subject of a case that an officer of ``org`` opens for the matter ``version``."""
    if (
        org.category == Category.STREET_TEAM
        and org.street_id
        and version.street_delegation == StreetDelegation.DELEGATED
        and version.bodies.filter(pk=org.street_id).exists()
    ):
        return Subject(org.street, handled_by=org)
    entrustment = version.entrustment
    if (
        version.street_delegation == StreetDelegation.ENTRUSTED
        and entrustment is not None
        and entrustment.entrusted_id in (org.pk, org.street_id)
    ):
        return Subject(entrustment.entrusting, handled_by=org, entrustment=entrustment)
    return Subject(org)


def matters_openable_by(org, day: date):
    """The matter versions in force on ``day`` for which an officer of ``org`` may open a case: the matters its body
    exercises, and for a street's 综合行政执法队 the matters delegated to its street."""
    from django.db.models import Q

    from zhifa.catalog.models import MatterVersion
    from zhifa.catalog.selectors import in_force_on

    mine = Q(bodies=org)
    if org.category == Category.STREET_TEAM and org.street_id:
        mine |= Q(bodies=org.street_id, street_delegation=StreetDelegation.DELEGATED)
    return MatterVersion.objects.filter(in_force_on(day)).filter(mine).distinct()


def acting_organisations(case) -> list:
    """The organisations whose officers' certificates count for ``case``: the subject and its 承办单位."""
    return [case.organisation] + ([case.handled_by] if case.handled_by_id else [])


def entrustment_problem(case, day: date) -> str:
    """Why the entrustment of ``case`` does not allow a step on ``day`` ('' when it does, or for other cases)."""
    e = case.entrustment
    if e is None:
        return ""
    if not e.is_effective_on(day):
        ended = (
            f"已于{e.terminated_on}终止"
            if e.terminated_on and day >= e.terminated_on
            else (f"期限为{e.valid_from}至{e.valid_until}")
        )
        return f"{e.entrusted.name}受{e.entrusting.name}委托（{e.letter_number}）{ended}，{day}不能以委托机关名义实施。"
    if case.matter_version.entrustment_id != e.pk:
        return f"事项“{case.matter_version.name}”在所适用的版本中不在委托（{e.letter_number}）范围内。"
    return ""
