"""A year of penalty cases in the demo district (seed 003's scale: about 1,280 filed and 1,200 closed).

Two halves. The year (``cases_bulk``) is planned in memory and bulk-inserted like the rest of the demo: every
case with the ``CaseStep`` history of the path it took through the procedure table, its officers, party,
deadlines, documents with 文号 from gap-free series (and the ``NumberSeries`` rows that continue them), reviews,
hearings, discussions and 违法记录, and one audit event on the chain. Then the demo logins' own desk
(``cases_live``): a few dozen cases of 区市场监督管理局 taken through ``cases.services.case_step`` into every state of
both procedure tables, so every guard has run on them and the officer, reviewer and head find work waiting.
"""

from __future__ import annotations

from datetime import timedelta

from zhifa.cases.constants import ProcedureCode
from zhifa.cases.models import Case, CaseDeadline, CaseStep, Discussion, Document, Hearing, LegalReview, Party
from zhifa.cases.workflow import PenaltyState
from zhifa.discretion.models import PartyViolation
from zhifa.evidence.models import EvidenceItem

from .cases_bulk import load_year
from .cases_live import load_live_cases
from .cases_world import CaseWorld
from .context import LoadContext


def load_cases(ctx: LoadContext) -> None:
    world = CaseWorld(ctx)
    load_year(ctx, world)
    live = load_live_cases(ctx, world)
    penalty = Case.objects.exclude(procedure=ProcedureCode.REGISTER)
    year = ctx.tl.today - timedelta(days=365)  # 立案 and 结案 of the last twelve months (seed 003's year)
    ctx.counts.update(
        penalty_cases=penalty.count(),
        penalty_cases_filed=penalty.filter(registered_on__gt=year).count(),
        penalty_cases_closed=penalty.filter(state=PenaltyState.CLOSED, closed_on__gt=year).count(),
        penalty_cases_simple=penalty.filter(procedure=ProcedureCode.PENALTY_SIMPLE).count(),
        penalty_cases_live=len(live),
        case_steps=CaseStep.objects.count(),
        documents=Document.objects.count(),
        case_deadlines=CaseDeadline.objects.count(),
        parties=Party.objects.count(),
        legal_reviews=LegalReview.objects.count(),
        hearings=Hearing.objects.count(),
        discussions=Discussion.objects.count(),
        penalty_violations=PartyViolation.objects.filter(source="zhifa").count(),
        evidence=EvidenceItem.objects.count(),
    )
