"""API of the publicity app: the public search and record (no login), 纠错 from the public, the feed for other
platforms (a token with ``publicity.view``), and the staff actions (保密审查、撤回、提前停止、答复纠错)."""

import json
from datetime import date

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from pydantic import Field

from zhifa.accounts.constants import Perm
from zhifa.core.api_support import acting, responses

from . import selectors, services
from .constants import WithdrawGround

router = Router(tags=["行政执法公示"])
PAGE = 20


class SearchIn(Schema):
    q: str = Field("", max_length=100, title="关键词", description="中文全文检索；两个字以上的词按词组匹配")
    organisation_id: int | None = Field(None, title="执法主体")
    kind: str = Field("", title="决定类别", description="penalty、licence、levy…")
    matter_id: int | None = Field(None, title="执法事项")
    date_from: date | None = Field(None, title="决定日期起")
    date_to: date | None = Field(None, title="决定日期止")
    party: str = Field("", max_length=100, title="当事人名称（仅组织，前缀匹配）")
    page: int = Field(1, ge=1, le=500, title="页码")


class RecordOut(Schema):
    id: int
    kind: str
    kind_label: str
    title: str
    organisation: str
    organisation_uscc: str
    party: str
    number: str
    decided_on: date
    published_on: date | None
    ends_on: date | None
    version: int
    state: str
    content: list[list[str]]
    withdrawn_on: date | None
    withdraw_reason: str


class SearchOut(Schema):
    count: int
    more_than_count: bool = Field(title="实际条数超过 count（计数封顶）")
    page: int
    results: list[RecordOut]


@router.get(
    "/publicity/search", response=responses(200, SearchOut), auth=None, summary="检索公示的执法决定（公开）"
)
def publicity_search(request: HttpRequest, filters: Query[SearchIn]):
    data = filters.dict()
    page = data.pop("page")
    qs = selectors.search(selectors.SearchFilters(**data))
    count, more = selectors.capped_count(qs)
    rows = qs[(page - 1) * PAGE : page * PAGE]
    return {
        "count": count,
        "more_than_count": more,
        "page": page,
        "results": [services.public_record(p) for p in rows],
    }


@router.get("/publicity/records/{record_id}", response=responses(200, RecordOut), auth=None,
            summary="一条公示记录（公开；撤回或期满后返回其状态与撤回理由，不再返回内容）")  # fmt: skip
def publicity_record(request: HttpRequest, record_id: int):
    pub = selectors.publication_visible(record_id)
    if pub is not None:
        return services.public_record(pub)
    gone = selectors.public_status(record_id)
    if gone is None:
        raise Http404
    return {**services.public_record(gone), "content": [], "title": "该记录已不再公示"}


class ErrorReportIn(Schema):
    content: str = Field(min_length=5, max_length=4000, title="纠错内容")
    reporter: str = Field("", max_length=100, title="申请人")
    contact: str = Field("", max_length=100, title="联系方式（不公开）")


class ErrorReportOut(Schema):
    code: str
    received_at: str
    due_on: date
    state: str
    reply: str
    corrected: bool
    answered_on: date | None


def report_out(r) -> dict:
    return {"code": r.code, "received_at": timezone.localtime(r.received_at).isoformat(), "due_on": r.due_on,
            "state": r.state, "reply": r.reply, "corrected": r.corrected, "answered_on": r.answered_on}  # fmt: skip


@router.post("/publicity/records/{record_id}/error-reports", response=responses(201, ErrorReportOut), auth=None,
             summary="纠错：指出公示记录的错误（公开）")  # fmt: skip
def publicity_report_error(request: HttpRequest, record_id: int, payload: ErrorReportIn):
    pub = get_object_or_404(selectors.served(), pk=record_id)
    report = services.error_report_submit(publication=pub, **payload.dict())
    return Status(201, report_out(report))


@router.get("/publicity/error-reports/{code}", response=responses(200, ErrorReportOut), auth=None,
            summary="凭查询码查看纠错答复（公开）")  # fmt: skip
def publicity_error_report(request: HttpRequest, code: str):
    report = selectors.error_report_by_code(code)
    if report is None:
        raise Http404
    return report_out(report)


# --- the feed --------------------------------------------------------------------------------------------------


class FeedEntryOut(Schema):
    seq: int
    op: str
    publication_id: int
    version: int
    at: str
    payload: dict


class FeedOut(Schema):
    entries: list[FeedEntryOut]
    next: int = Field(title="下次读取的游标（原样传回 after）")
    more: bool


def _entries(after: int, limit: int):
    entries, cursor = selectors.feed(after, limit)
    out = [{"seq": e.seq, "op": e.op, "publication_id": e.publication_id, "version": e.version,
            "at": e.at.isoformat(), "payload": e.payload} for e in entries]  # fmt: skip
    return out, cursor


@router.get("/publicity/feed", response=responses(200, FeedOut),
            summary="数据交换：自游标以来公开、更正、撤回、期满的记录（增量，幂等）")  # fmt: skip
def publicity_feed(request: HttpRequest, after: int = 0, limit: int = 500):
    acting(request, Perm.PUBLICITY_VIEW)
    out, cursor = _entries(after, limit)
    return {"entries": out, "next": cursor, "more": selectors.feed(cursor, 1)[0] != []}


@router.get(
    "/publicity/feed/file", summary="数据交换文件（JSON Lines，每行一条变化；同一游标总是得到同一文件）"
)
def publicity_feed_file(request: HttpRequest, after: int = 0, limit: int = 1000):
    acting(request, Perm.PUBLICITY_VIEW)
    out, cursor = _entries(after, limit)
    body = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in out)
    response = HttpResponse(body, content_type="application/x-ndjson; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="zhifa-publicity-{after}-{cursor}.jsonl"'
    response["X-Next-Cursor"] = str(cursor)
    return response


# --- staff ----------------------------------------------------------------------------------------------------


class PublicationOut(RecordOut):
    source_kind: str
    source_ref: str
    due_on: date
    due_basis: str
    barrier: str
    period_basis: str
    revoked_on: date | None
    withdraw_due_on: date | None
    findings: list[dict]


def staff_out(pub) -> dict:
    version = pub.versions.get(number=pub.version)
    return {**services.public_record(pub), "source_kind": pub.source_kind, "source_ref": pub.source_ref,
            "due_on": pub.due_on, "due_basis": pub.due_basis, "barrier": pub.barrier,
            "period_basis": pub.period_basis, "revoked_on": pub.revoked_on,
            "withdraw_due_on": pub.withdraw_due_on, "findings": version.findings}  # fmt: skip


def _mine(actor, pk: int):
    return get_object_or_404(selectors.publications_for(actor), pk=pk)


@router.get("/publicity/publications/{pub_id}", response=responses(200, PublicationOut),
            summary="公示记录（工作人员：含期限、审查发现）")  # fmt: skip
def publication_detail(request: HttpRequest, pub_id: int):
    actor = acting(request, Perm.PUBLICITY_VIEW)
    return staff_out(_mine(actor, pub_id))


class ReviewIn(Schema):
    publish: bool = Field(title="通过并公开（false 为不予公开）")
    reason: str = Field("", max_length=2000, title="不予公开的理由")
    extra_names: list[str] = Field(default_factory=list, title="另须隐去的人员姓名")
    redactions: list[str] = Field(default_factory=list, title="另须隐去的原文片段")


@router.post("/publicity/publications/{pub_id}/review", response=responses(200, PublicationOut),
             summary="保密审查：公开或不予公开")  # fmt: skip
def publication_review(request: HttpRequest, pub_id: int, payload: ReviewIn):
    actor = acting(request, Perm.PUBLICITY_REVIEW)
    pub = services.publication_review(publication=_mine(actor, pub_id), by=actor, **payload.dict())
    return staff_out(pub)


class WithdrawIn(Schema):
    ground: WithdrawGround = Field(title="撤回情形")
    reason: str = Field(min_length=4, max_length=2000, title="向社会说明的理由")
    on: date | None = Field(None, title="决定被撤销等之日")


@router.post("/publicity/publications/{pub_id}/withdraw", response=responses(200, PublicationOut),
             summary="撤回公开（《行政处罚法》第四十八条）")  # fmt: skip
def publication_withdraw(request: HttpRequest, pub_id: int, payload: WithdrawIn):
    actor = acting(request, Perm.PUBLICITY_REVIEW)
    pub = services.publication_withdraw(publication=_mine(actor, pub_id), by=actor, **payload.dict())
    return staff_out(pub)


class ReasonIn(Schema):
    reason: str = Field(min_length=4, max_length=2000, title="信用修复情况")


@router.post("/publicity/publications/{pub_id}/end-early", response=responses(200, PublicationOut),
             summary="信用修复：提前停止公示")  # fmt: skip
def publication_end_early(request: HttpRequest, pub_id: int, payload: ReasonIn):
    actor = acting(request, Perm.PUBLICITY_REVIEW)
    return staff_out(
        services.publication_end_early(publication=_mine(actor, pub_id), by=actor, **payload.dict())
    )


class DueOut(Schema):
    id: int
    title: str
    organisation: str
    kind_label: str
    decided_on: date
    due_on: date
    state: str


class DueListsOut(Schema):
    overdue: list[DueOut]
    near: list[DueOut]
    late_withdrawals: list[DueOut]
    near_days: int


def _due(p) -> dict:
    return {"id": p.pk, "title": p.title, "organisation": p.organisation.name, "kind_label": p.get_kind_display(),
            "decided_on": p.decided_on, "due_on": p.due_on, "state": p.state}  # fmt: skip


@router.get(
    "/publicity/due", response=responses(200, DueListsOut), summary="逾期未公开、即将到期与逾期未撤回的记录"
)
def publicity_due(request: HttpRequest):
    actor = acting(request, Perm.PUBLICITY_VIEW)
    lists = selectors.due_lists(actor)
    return {"overdue": [_due(p) for p in lists.overdue], "near": [_due(p) for p in lists.near],
            "late_withdrawals": [_due(p) for p in lists.late_withdrawals], "near_days": lists.near_days}  # fmt: skip


class TimelinessOut(Schema):
    organisation_id: int
    organisation: str
    due: int
    on_time: int
    late: int
    overdue: int
    held: int
    rate: float | None = Field(title="按期公开率（%）")


@router.get(
    "/publicity/timeliness", response=responses(200, list[TimelinessOut]), summary="各执法主体公开及时率"
)
def publicity_timeliness(request: HttpRequest, start: date, end: date):
    actor = acting(request, Perm.PUBLICITY_VIEW)
    return [{**t.__dict__, "rate": t.rate} for t in selectors.timeliness(actor, start, end)]


class AnswerIn(Schema):
    reply: str = Field(min_length=4, max_length=4000, title="答复")
    corrected: bool = Field(False, title="已据此更正")


@router.post("/publicity/error-reports/{report_id}/answer", response=responses(200, ErrorReportOut),
             summary="答复纠错申请")  # fmt: skip
def publicity_answer(request: HttpRequest, report_id: int, payload: AnswerIn):
    actor = acting(request, Perm.PUBLICITY_REVIEW)
    report = get_object_or_404(selectors.error_reports_for(actor), pk=report_id)
    return report_out(services.error_report_answer(report=report, by=actor, **payload.dict()))
