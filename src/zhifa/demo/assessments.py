"""Last year's 年度考核 of every certified officer on duty; the 3 不合格 are the 3 whose certificates the
system suspended (``histories``: fate ``suspended_assessment``)."""

from __future__ import annotations

from zhifa.personnel.constants import AssessmentResult, PersonStatus
from zhifa.personnel.models import AnnualAssessment
from zhifa.personnel.workflow import CertState

from .accounts import body_who
from .context import BATCH, LoadContext
from .plans import PersonPlan

ASSESSED_STATES = {CertState.VALID, CertState.SUSPENDED, CertState.LOST, CertState.WITHDRAWN}


def load_assessments(ctx: LoadContext) -> None:
    """Last year's 年度考核 of every certified officer on duty; the 3 不合格 are the 3 suspended ones."""
    certified = {id(c.person) for c in ctx.certs if c.state["state"] in ASSESSED_STATES}
    at = ctx.at(ctx.tl.assess, -30)  # before the automatic suspension that follows a 不合格
    rows = []
    for p in ctx.people:
        if id(p) in certified and p.row.status == PersonStatus.ON_DUTY:
            result = _result(ctx, p)
            note = "执法过错责任追究，年度考核确定为不合格" if result == AssessmentResult.FAILED else ""
            rows.append(
                AnnualAssessment(
                    person=p.row,
                    year=ctx.tl.prev,
                    result=result,
                    note=note,
                    recorded_by=body_who(ctx, p.body).label,
                    recorded_at=at,
                )
            )
    AnnualAssessment.objects.bulk_create(rows, batch_size=BATCH)
    ctx.counts["assessments"] = len(rows)


def _result(ctx: LoadContext, p: PersonPlan) -> str:
    if p.fate == "suspended_assessment":
        return AssessmentResult.FAILED
    if p.fate == "suspended_misconduct":
        return AssessmentResult.BASIC
    roll = ctx.rng.random()
    if roll < 0.15:
        return AssessmentResult.EXCELLENT
    return AssessmentResult.COMPETENT if roll < 0.97 else AssessmentResult.BASIC
