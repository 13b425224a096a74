"""API: penalty cases — the register, a case's detail, the steps that open a case, one endpoint per procedure
step (each with its own input schema from ``cases.facts``), the queues and the public 一案一码 lookup.

No ``from __future__ import annotations`` here: the step endpoints are built in a loop and django-ninja reads
their payload type from the real annotation object.
"""

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from zhifa.accounts.constants import Perm
from zhifa.core.api_support import acting, responses

from .. import selectors
from ..facts import FACTS_BY_ACTION, DecideOnSpot, RegisterClue
from ..services import case_step
from ..workflow import CREATING_ACTIONS, GENERAL, SIMPLE
from . import router
from .schemas import CaseDetailOut, CaseOut, DueOut, PartyHistoryOut, PublicCaseOut
from .serialise import action_path, case_detail_out, case_out, deadlines_out, document_out, party_history_out


class CaseFilter(Schema):
    q: str = ""
    state: str = ""
    procedure: str = ""
    mine: bool = False


@router.get("/cases", response=responses(200, list[CaseOut]), summary="案件列表（本人可见范围）")
@paginate(PageNumberPagination, page_size=50)
def case_list(request: HttpRequest, filters: Query[CaseFilter]):
    actor = acting(request, Perm.CASE_VIEW)
    today = timezone.localdate()
    qs = selectors.case_list(actor=actor, q=filters.q, state=filters.state, mine=filters.mine,
                             procedure=filters.procedure)  # fmt: skip
    return [case_out(c, today) for c in qs]


@router.get("/cases/due", response=responses(200, list[DueOut]), summary="即将到期与已逾期的办案期限")
def case_due(request: HttpRequest, within_days: int = 3):
    actor = acting(request, Perm.CASE_VIEW)
    today = timezone.localdate()
    return [{"case_id": d.case_id, "case_number": d.case.number, "case_title": d.case.title, "kind": d.kind,
             "kind_label": d.get_kind_display(), "due_on": d.due_on, "overdue": d.due_on < today}
            for d in selectors.running_deadlines(actor=actor, today=today, within_days=within_days)]  # fmt: skip


@router.get("/cases/public/{number}", response=responses(200, PublicCaseOut), auth=None,
            summary="一案一码：当事人凭案件编号与查询码查看案件进度")  # fmt: skip
def case_public(request: HttpRequest, number: str, check_code: str):
    from django.http import Http404

    case = selectors.case_by_code(number, check_code)
    if case is None:
        raise Http404
    today = timezone.localdate()
    out = case_out(case, today)
    return {
        **out,
        "deadlines": deadlines_out(case, today),
        "served_documents": [document_out(d) for d in case.documents.filter(served_on__isnull=False)],
    }  # fmt: skip


def _describe(step) -> str:
    rules = "；".join(f"{g.rule.code} {g.rule.title}" for g in step.guards)
    return f"{step.help or step.label}\n\n依据：{step.citation}\n\n权限：{step.perm}\n\n把关规则：{rules or '无'}"


@router.post("/cases/register-clue", response=responses(201, CaseDetailOut), summary="案源登记（新建普通程序案件）",
             description=_describe(GENERAL.step("register_clue")))  # fmt: skip
def case_register_clue(request: HttpRequest, payload: RegisterClue):
    actor = acting(request)
    case = case_step(case=None, action="register_clue", facts=payload, by=actor)
    return Status(201, case_detail_out(case, actor, timezone.localdate()))


@router.post("/cases/decide-on-spot", response=responses(201, CaseDetailOut), summary="简易程序：当场作出行政处罚决定",
             description=_describe(SIMPLE.step("decide_on_spot")))  # fmt: skip
def case_decide_on_spot(request: HttpRequest, payload: DecideOnSpot):
    actor = acting(request)
    case = case_step(case=None, action="decide_on_spot", facts=payload, by=actor)
    return Status(201, case_detail_out(case, actor, timezone.localdate()))


@router.get(
    "/cases/{case_id}",
    response=responses(200, CaseDetailOut),
    summary="案件详情（步骤、文书、期限、可进行的步骤）",
)
def case_get(request: HttpRequest, case_id: int):
    actor = acting(request, Perm.CASE_VIEW)
    return case_detail_out(selectors.case_for(actor, case_id), actor, timezone.localdate())


@router.get("/parties/{party_id}", response=responses(200, PartyHistoryOut),
            summary="当事人及其案件与违法记录（首违不罚、再次违法的依据）")  # fmt: skip
def party_get(request: HttpRequest, party_id: int):
    actor = acting(request, Perm.CASE_VIEW)
    party = selectors.party_for(actor, party_id)
    cases = selectors.party_cases(actor, party)
    return party_history_out(party, cases, selectors.party_violations(party), timezone.localdate())


def _step_endpoint(action: str, schema):
    def endpoint(request: HttpRequest, case_id: int, payload: schema):
        actor = acting(request)
        case = selectors.case_for(actor, case_id)
        case = case_step(case=case, action=action, facts=payload, by=actor)
        return case_detail_out(case, actor, timezone.localdate())

    endpoint.__name__ = f"case_{action}"
    return endpoint


def _register_steps() -> None:
    seen: set[str] = set()
    for procedure in (GENERAL, SIMPLE):
        for step in procedure.steps:
            if step.action in seen or step.action in CREATING_ACTIONS:
                continue
            seen.add(step.action)
            label = step.label if procedure is GENERAL else f"{step.label}（{procedure.name}）"
            router.post(f"/cases/{{case_id}}/{action_path(step.action)}", response=responses(200, CaseDetailOut),
                        summary=label, description=_describe(step))(_step_endpoint(step.action, FACTS_BY_ACTION[step.action]))  # fmt: skip


_register_steps()


@router.get("/cases/{case_id}/documents/{document_id}/{fmt}", response=responses(200, None),
            summary="执法文书：html（预览）、pdf 或 docx（可编辑）")  # fmt: skip
def case_document_file(request: HttpRequest, case_id: int, document_id: int, fmt: str):
    from django.http import Http404

    from ..views.documents import file_response

    case = selectors.case_for(acting(request, Perm.CASE_VIEW), case_id)
    document = case.documents.filter(pk=document_id).first()
    if document is None:
        raise Http404
    return file_response(document, fmt)
