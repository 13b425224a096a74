"""Load the fictional demo district 清江区 (``zhifa demo``) in bulk.

Why not call the services row by row: a service locks, checks and audits one change at a time, which is
right for a user's step but costs several queries per row, and the demo (later with hundreds of thousands of
cases) must load in about a minute on two cores. The loader instead plans every row in memory, following the
rules the services enforce (the certificate transition table, numbering, exam and training requirements, who
reviews whom), and writes each table with ``bulk_create``. Certificate histories go onto the audit hash chain
in one ``append_many`` call, so ``zhifa verify`` checks them exactly as if the services had written them.

Everything random comes from one ``random.Random(seed)`` and every date from ``today``, so a seed and a day
always give the same district (certificate numbers, ID numbers, histories).
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import F
from django.utils import timezone

from zhifa.accounts.constants import Role
from zhifa.accounts.models import User
from zhifa.core.audit import PendingEvent, append_many
from zhifa.core.exceptions import DomainError
from zhifa.core.models import Region
from zhifa.core.parameters import get_param
from zhifa.core.region_services import regions_load
from zhifa.core.storage import DOCUMENT_TYPES, store_upload
from zhifa.organisations.constants import AnnouncementKind, Category, OrgStatus, SubjectKind
from zhifa.organisations.models import Entrustment, Organisation, OrganisationAnnouncement
from zhifa.organisations.selectors import deployment_region
from zhifa.personnel.constants import (
    AssessmentResult,
    CancelReason,
    PersonStatus,
    StaffType,
    TrainingCategory,
)
from zhifa.personnel.models import (
    AnnualAssessment,
    Certificate,
    CertificateEvent,
    ExamResult,
    ExamSession,
    Person,
    TrainingRecord,
)
from zhifa.personnel.services import CERT_FIELDS
from zhifa.personnel.workflow import CertState
from zhifa.utils.validators import org_code_check_char, resident_id_check_char, uscc_check_char

from . import data as D

DEMO_PASSWORD = "Zhifa@2026demo"


@dataclass(frozen=True)
class DemoAccount:
    """One demo login, listed by ``zhifa demo`` and the README."""

    username: str
    role_label: str
    organisation: str
    note: str


DEMO_ACCOUNTS: list[DemoAccount] = [
    DemoAccount(
        "officer", "执法人员", "区市场监督管理局", "持有效执法证的一线执法人员，已关联本人执法人员档案"
    ),
    DemoAccount("reviewer", "法制审核人员", "区市场监督管理局", "本局法制审核员，取得法律职业资格"),
    DemoAccount(
        "head", "机关负责人", "区市场监督管理局", "局长：登记人员，申领、初审执法证，登记培训与年度考核"
    ),
    DemoAccount(
        "supervisor",
        "司法局监督人员",
        "区司法局",
        "行政执法协调监督科：审核发证、暂扣、注销、异动，组织资格考试",
    ),
    DemoAccount("sifasuo", "司法所人员", "江滨街道司法所", "初审江滨街道综合行政执法队人员的执法证申领"),
    DemoAccount("admin", "系统管理员", "区司法局", "全部权限，并可进入 Django 管理后台（/workbench/admin/）"),
]
ACCOUNT_ROLES = {
    "officer": Role.OFFICER,
    "reviewer": Role.LEGAL_REVIEWER,
    "head": Role.AGENCY_HEAD,
    "supervisor": Role.SUPERVISOR,
    "sifasuo": Role.JUSTICE_OFFICE,
    "admin": Role.ADMIN,
}

LOADER_LABEL = "系统（演示数据加载）"
AUTO_SUSPEND_LABEL = "系统（年度考核不合格自动暂扣）"
MIN_SCALE = 0.2
BATCH = 2000
# Seed 003 (二)1: 665 candidates, 409 passed (61.5%).
PASS_RATE = Decimal("0.615")

# Fates: what happens to each officer's certificate. Fixed counts are the seed's (not scaled: the 3 suspended
# after a failed assessment must stay 3); scaled counts follow the district's size.
FIXED_FATES = (("suspended_assessment", 3), ("suspended_misconduct", 2), ("lost", 1), ("rejected_prelim", 1))
SCALED_FATES = (
    ("cancelled", 23),
    ("replaced", 4),
    ("revoked", 2),
    ("withdrawn", 3),
    ("applied", 6),
    ("prelim_approved", 5),
    ("approved", 4),
    ("rejected", 4),
)
NONE_SHARE = 0.15  # officers without any certificate (failed the exam, never applied)
NEW_SHARE = 0.23  # officers certified after last year's exam
UNDER_HOURS_SHARE = 0.1  # certified officers under the yearly hours last year (no 年审)
EXIT_FATES = {
    "suspended_assessment",
    "suspended_misconduct",
    "revoked",
    "withdrawn",
    "cancelled",
    "lost",
    "replaced",
    "transferred",
}
PENDING_FATES = {"applied", "prelim_approved", "approved"}
NEW_STAFF_FATES = PENDING_FATES | {"rejected", "rejected_prelim"}
ASSESSED_STATES = {CertState.VALID, CertState.SUSPENDED, CertState.LOST, CertState.WITHDRAWN}


def demo_loaded() -> bool:
    """True when the database already holds organisations (the demo or a real district)."""
    return Organisation.objects.exists()


def load_demo(*, seed: int = 2026, today: date | None = None, scale: float = 1.0) -> dict[str, int]:
    """Load the demo district into an empty database in one transaction; returns row counts per kind."""
    if scale < MIN_SCALE:
        raise ValueError(f"演示数据规模不能小于 {MIN_SCALE}（实为 {scale}）。")
    if demo_loaded():
        raise DomainError(
            "DEMO-001",
            "数据库中已有机构数据：演示区只能载入空数据库。",
            citation="zhifa 演示数据规则（zhifa/demo/loader.py）",
        )
    with _query_log_off(), transaction.atomic():
        return _DemoLoader(seed=seed, today=today or timezone.localdate(), scale=scale).run()


@contextmanager
def _query_log_off() -> Iterator[None]:
    """Skip Django's query log while loading.

    With DEBUG on (the dev settings ``zhifa demo`` runs under) Django keeps the SQL text of every query; for bulk
    inserts of thousands of rows building and keeping that text costs a quarter of the load time and tens of MiB.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    connection.make_debug_cursor = connection.make_cursor  # an instance attribute shadowing the method
    try:
        yield
    finally:
        del connection.make_debug_cursor


# --- plans: rows in memory before they are written ---------------------------------------------------------


@dataclass(frozen=True)
class _Who:
    """The actor label (and account id, for demo accounts) recorded on a step."""

    label: str
    user_id: int | None = None


@dataclass(frozen=True)
class _Timeline:
    """The demo's fixed dates, all derived from ``today`` (cur = this year, prev = the year reported on)."""

    today: date
    cur: int
    prev: int
    exam_early: date
    exam_recent: date
    confirmed: date
    transfer: date
    abolished: date
    assess: date
    review: date

    @classmethod
    def for_today(cls, today: date) -> _Timeline:
        cur, prev = today.year, today.year - 1
        return cls(
            today=today,
            cur=cur,
            prev=prev,
            # The earlier exam is just under five years back, so certificates issued after it are still valid.
            exam_early=today - timedelta(days=1800),
            exam_recent=date(prev, 9, 16),
            confirmed=date(cur - 2, 1, 15),
            transfer=date(prev, 6, 10),
            abolished=date(prev, 6, 30),
            assess=min(date(cur, 1, 20), today),
            review=date(cur, 3, 2),
        )


@dataclass(eq=False)
class _Person:
    """One person being planned: where they sit, what happens to their certificate, their training."""

    org: Organisation
    body: Organisation
    post: str
    staff_type: str
    street: Organisation | None = None
    aux: bool = False
    head: bool = False
    reviewer: bool = False
    qualified: bool = False
    account: str = ""
    name: str = ""
    gender: str = ""
    fate: str = ""
    group: str = ""
    cert_body: Organisation | None = None
    apply_day: date | None = None
    left_on: date | None = None
    cancel_reason: str = ""
    under_hours: bool = False
    row: Person | None = None
    records: list[TrainingRecord] = field(default_factory=list)

    @property
    def reserved(self) -> bool:
        return self.head or self.reviewer or bool(self.account) or self.cert_body is not None

    def minutes(self, start: date, end: date) -> int:
        return sum(r.minutes for r in self.records if start <= r.held_on <= end)


@dataclass(eq=False)
class _Step:
    """One certificate step: the event row and its audit event are both made from it."""

    action: str
    at: datetime
    who: _Who
    reason: str
    data: dict
    changes: dict
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)


@dataclass(eq=False)
class _Cert:
    person: _Person
    materials: list[str]
    steps: list[_Step] = field(default_factory=list)
    replaces: _Cert | None = None
    review_year: int | None = None
    state: dict = field(default_factory=dict)
    row: Certificate | None = None


def _allocate(total: int, weights: Sequence[float], minimum: Sequence[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` (largest remainder), giving each at least ``minimum``."""
    rest = total - sum(minimum)
    shares = [rest * w / sum(weights) for w in weights]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: (counts[i] - shares[i], i))
    for i in by_remainder[: rest - sum(counts)]:
        counts[i] += 1
    return [c + m for c, m in zip(counts, minimum, strict=True)]


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _minimal_pdf(lines: Iterable[str]) -> bytes:
    """A one-page PDF with ASCII text (a stand-in for a scanned 委托书; real letters are uploaded)."""
    text = " ".join(f"({line}) Tj 0 -20 Td" for line in lines)
    stream = f"BT /F1 12 Tf 72 770 Td {text} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class _DemoLoader:
    """Plans and writes the demo district; ``run`` is the only entry point."""

    def __init__(self, *, seed: int, today: date, scale: float):
        self.rng = random.Random(seed)
        self.seed, self.scale = seed, scale
        self.tl = _Timeline.for_today(today)
        self.tz = ZoneInfo(settings.TIME_ZONE)
        self.orgs: dict[str, Organisation] = {}
        self.units: dict[str, list[Organisation]] = {}
        self.people: list[_Person] = []
        self.certs: list[_Cert] = []
        self.users: dict[str, User] = {}
        self.counts: dict[str, int] = {}
        self._head_gender: dict[str, str] = {}
        self._usccs: set[str] = set()
        self._ids: set[str] = set()

    def run(self) -> dict[str, int]:
        self._load_regions()
        self._set_parameters()
        self._create_organisations()
        self._create_announcements()
        self._create_entrustments()
        self._create_people()
        self._create_accounts()
        self._create_training()
        self._create_exams()
        self._create_certificates()
        self._create_assessments()
        self._append_audit()
        return self.counts

    def _set_parameters(self) -> None:
        """The demo district's own rotation-training deadline: June 30 of the current year (seed 000 §2 set
        2024-06-30 for its own plan; each district sets the date in its yearly notice)."""
        from zhifa.core.models import Parameter

        Parameter.objects.update_or_create(
            key="training.rotation_deadline",
            defaults={
                "value": f"{self.tl.cur}-06-30",
                "source": "演示区年度培训计划（虚构）：6月30日前完成全员轮训",
            },
        )

    # --- small helpers ------------------------------------------------------------------------------------

    def _n(self, base: int) -> int:
        return max(1, round(base * self.scale))

    def _day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def _at(self, day: date, minutes_after_nine: int = 0) -> datetime:
        return datetime.combine(day, time(9, 0), tzinfo=self.tz) + timedelta(minutes=minutes_after_nine)

    def _name(self, gender: str | None = None) -> tuple[str, str]:
        gender = gender or ("男" if self.rng.random() < 0.62 else "女")
        pool = (D.GIVEN_MALE if gender == "男" else D.GIVEN_FEMALE) + D.GIVEN_ANY
        given = "".join(self.rng.choice(pool) for _ in range(1 if self.rng.random() < 0.3 else 2))
        return self.rng.choice(D.SURNAME_WEIGHTED) + given, gender

    def _phone(self, mobile: bool = True) -> str:
        if mobile:
            return "1" + self.rng.choice("3578") + "".join(self.rng.choice("0123456789") for _ in range(9))
        return f"0746-{self.rng.randint(8200000, 8299999)}"

    def _address(self) -> str:
        return f"示范市清江区{self.rng.choice(D.ROAD_NAMES)}{self.rng.randint(1, 399)}号"

    def _uscc(self, org_type: str) -> str:
        """A unique, valid 统一社会信用代码 (GB 32100) whose 主体标识码 is a valid GB 11714 code."""
        while True:
            org8 = "".join(self.rng.choice("0123456789") for _ in range(8))
            first17 = f"{org_type}{D.DEMO_REGION}{org8}{org_code_check_char(org8)}"
            code = first17 + uscc_check_char(first17)
            if code not in self._usccs:
                self._usccs.add(code)
                return code

    def _resident_id(self, birth: date, gender: str) -> str:
        """A unique, valid 居民身份证号 (GB 11643): real Hunan 地址码, odd 顺序码 for men."""
        while True:
            seq = self.rng.randint(0, 499) * 2 + (1 if gender == "男" else 0)
            first17 = f"{self.rng.choice(D.ID_AREA_CODES)}{birth:%Y%m%d}{seq:03d}"
            number = first17 + resident_id_check_char(first17)
            if number not in self._ids:
                self._ids.add(number)
                return number

    # --- regions and organisations ------------------------------------------------------------------------

    def _load_regions(self) -> None:
        regions_load()
        if not Region.objects.filter(code=D.DEMO_REGION, name=D.DEMO_REGION_NAME).exists():
            Region.objects.create(code=D.DEMO_REGION, name=D.DEMO_REGION_NAME, level="county", local=True)
        self.counts["regions"] = Region.objects.count()

    def _subject(self, spec: D.BodySpec, category: str, order: int) -> Organisation:
        head, self._head_gender[spec.name] = self._name()
        return Organisation(
            name=spec.name,
            short_name=spec.short_name,
            category=category,
            subject_kind=spec.subject_kind,
            uscc=self._uscc(spec.org_type),
            legal_basis=spec.legal_basis.format(year=self.tl.cur - 2),
            region_code=D.DEMO_REGION,
            domain=spec.domain,
            head_name=head,
            address=self._address(),
            phone=self._phone(mobile=False),
            sort_order=order,
        )

    def _street(self, name: str, order: int) -> Organisation:
        return Organisation(
            name=name,
            short_name=name,
            category=Category.STREET,
            subject_kind=SubjectKind.STATUTORY,
            uscc=self._uscc(D.ORGAN),
            legal_basis=D.STREET_LEGAL_BASIS.format(year=self.tl.cur - 2),
            region_code=D.DEMO_REGION,
            domain="comprehensive",
            head_name=self._name()[0],
            address=self._address(),
            phone=self._phone(mobile=False),
            sort_order=order,
        )

    def _top_level(self) -> list[Organisation]:
        top = [self._subject(D.BUREAU, Category.JUSTICE_BUREAU, 0)]
        top += [self._subject(spec, Category.BODY, i) for i, spec in enumerate(D.BODIES, start=1)]
        abolished = self._subject(D.ABOLISHED, Category.BODY, len(D.BODIES) + 1)
        abolished.status, abolished.abolished_on = OrgStatus.ABOLISHED, self.tl.abolished
        top.append(abolished)
        top += [self._street(name, 100 + i) for i, (name, _, _) in enumerate(D.STREETS)]
        return top

    def _children(self) -> list[Organisation]:
        rows = []
        for spec in (D.BUREAU, *D.BODIES, D.ABOLISHED):
            parent = self.orgs[spec.name]
            for i, unit in enumerate(spec.units):
                rows.append(
                    Organisation(
                        name=f"{spec.name}{unit}",
                        short_name=unit,
                        category=Category.INTERNAL_UNIT,
                        region_code=D.DEMO_REGION,
                        parent=parent,
                        body=parent,
                        sort_order=i,
                    )
                )
        for i, (name, _, _) in enumerate(D.STREETS):
            rows += [self._street_team(self.orgs[name], i), self._justice_office(self.orgs[name], i)]
        return rows

    def _street_team(self, street: Organisation, order: int) -> Organisation:
        head, gender = self._name()
        self._head_gender[f"{street.name}综合行政执法队"] = gender
        return Organisation(
            name=f"{street.name}综合行政执法队",
            short_name="综合行政执法队",
            category=Category.STREET_TEAM,
            uscc=self._uscc(D.INSTITUTION),
            region_code=D.DEMO_REGION,
            domain="comprehensive",
            parent=street,
            street=street,
            head_name=head,
            address=street.address,
            phone=self._phone(mobile=False),
            sort_order=order,
        )

    def _justice_office(self, street: Organisation, order: int) -> Organisation:
        return Organisation(
            name=f"{street.name}司法所",
            short_name="司法所",
            category=Category.JUSTICE_OFFICE,
            region_code=D.DEMO_REGION,
            domain="justice",
            parent=self.orgs[D.BUREAU.name],
            street=street,
            head_name=self._name()[0],
            address=street.address,
            phone=self._phone(mobile=False),
            sort_order=order,
        )

    def _create_organisations(self) -> None:
        top = self._top_level()
        Organisation.objects.bulk_create(top, batch_size=BATCH)
        self.orgs = {o.name: o for o in top}
        children = self._children()
        Organisation.objects.bulk_create(children, batch_size=BATCH)
        self.orgs.update({o.name: o for o in children})
        for child in children:
            if child.category == Category.INTERNAL_UNIT:
                self.units.setdefault(child.parent.name, []).append(child)
        self_bodies = [o for o in [*top, *children] if o.category != Category.INTERNAL_UNIT]
        # Bodies, streets, teams and justice organisations scope their own data: body = itself (one UPDATE).
        Organisation.objects.filter(pk__in=[o.pk for o in self_bodies]).update(body=F("pk"))
        for org in self_bodies:
            org.body_id = org.pk
        self.counts.update(
            organisations=len(top) + len(children),
            bodies=sum(o.category == Category.BODY for o in top),
            streets=len(D.STREETS),
        )

    def _announcement(
        self, org: Organisation, kind: str, day: date, content: str
    ) -> OrganisationAnnouncement:
        return OrganisationAnnouncement(
            organisation=org,
            kind=kind,
            title=f"关于{org.name}{AnnouncementKind(kind).label}的公告",
            content=content,
            effective_on=day,
            published_at=self._at(day, 60),
            published_by="区司法局",
        )

    def _create_announcements(self) -> None:
        """主体确认 for every enforcement subject, and the abolition of the 渔政站 (seed 004 (一)3)."""
        rows = []
        for org in self.orgs.values():
            if org.subject_kind and org.category != Category.INTERNAL_UNIT:
                content = (
                    f"{org.name}（{SubjectKind(org.subject_kind).label}）具有行政执法主体资格。"
                    f"主体资格依据：{org.legal_basis}"
                )
                rows.append(self._announcement(org, AnnouncementKind.ESTABLISHED, self.tl.confirmed, content))
        gone = self.orgs[D.ABOLISHED.name]
        content = f"{gone.name}自{gone.abolished_on:%Y年%m月%d日}起撤销。原因：{D.ABOLITION_REASON}"
        rows.append(self._announcement(gone, AnnouncementKind.ABOLISHED, self.tl.abolished, content))
        OrganisationAnnouncement.objects.bulk_create(rows, batch_size=BATCH)
        self.counts["announcements"] = len(rows)

    def _create_entrustments(self) -> None:
        """Written entrustments (《行政处罚法》第二十条) with their letters; the street's has expired."""
        rows = []
        for i, (giver, taker, number, matters, expired) in enumerate(D.ENTRUSTMENTS):
            start = date(self.tl.cur - 3, 7, 1) if expired else date(self.tl.cur - 2, 3, 1)
            end = date(self.tl.prev, 6, 30) if expired else date(self.tl.cur + 1, 2, 28)
            letter_number = number.format(year=start.year)
            pdf = _minimal_pdf(
                [
                    "Qingjiang District (fictional demo)",
                    f"Entrustment letter {i + 1}",
                    f"Valid {start} to {end}",
                ]
            )
            stored = store_upload(io.BytesIO(pdf), name=f"委托书-{letter_number}.pdf", allowed=DOCUMENT_TYPES)
            rows.append(
                Entrustment(
                    entrusting=self.orgs[giver],
                    entrusted=self.orgs[taker],
                    matters=list(matters),
                    valid_from=start,
                    valid_until=end,
                    letter=stored,
                    letter_number=letter_number,
                )
            )
        Entrustment.objects.bulk_create(rows)
        self.counts["entrustments"] = len(rows)

    # --- people -------------------------------------------------------------------------------------------

    def _staff_type(self, body: Organisation) -> str:
        roll = self.rng.random()
        if body.category == Category.STREET_TEAM or (body.uscc and body.uscc[1] == "2"):
            return StaffType.PUBLIC_INSTITUTION if roll < 0.55 else StaffType.CIVIL_SERVANT_MANAGED
        if roll < 0.7:
            return StaffType.CIVIL_SERVANT
        return StaffType.CIVIL_SERVANT_MANAGED if roll < 0.9 else StaffType.PUBLIC_INSTITUTION

    def _seats(self) -> list[tuple[Organisation, D.BodySpec | None, int, int]]:
        """(enforcing body, its spec, officer weight, 辅助人员 weight) for every place people work."""
        seats = [(self.orgs[s.name], s, s.staff, s.aux) for s in (D.BUREAU, *D.BODIES)]
        seats += [(self.orgs[f"{name}综合行政执法队"], None, staff, aux) for name, staff, aux in D.STREETS]
        return seats

    def _plan_people(self) -> None:
        seats = self._seats()
        officers = self._n(665) - D.ABOLISHED.staff
        # The bureau has its head and the supervisor; 区市场监督管理局 the officer, reviewer and head.
        minimum = [2, 3] + [0] * (len(seats) - 2)
        staff = _allocate(officers, [w for _, _, w, _ in seats], minimum)
        aux = _allocate(self._n(40), [a for _, _, _, a in seats], [0] * len(seats))
        for (body, spec, _, _), n_staff, n_aux in zip(seats, staff, aux, strict=True):
            self.people += self._seat_people(body, spec, n_staff, n_aux)
        self.people += self._abolished_people()

    def _seat_people(
        self, body: Organisation, spec: D.BodySpec | None, n_staff: int, n_aux: int
    ) -> list[_Person]:
        units = self.units.get(body.name, [])
        street = body.street if body.category == Category.STREET_TEAM else None
        field_unit = next(
            (u for u in units if any(k in u.short_name for k in ("执法", "稽查", "监察", "监督"))),
            units[0] if units else body,
        )
        head_title = spec.head_title if spec else "队长"
        posts = [f"副{head_title}", *D.STAFF_POSTS[1:]] if spec else list(D.TEAM_POSTS)
        posts = list(D.BUREAU_POSTS) if spec is D.BUREAU else posts
        people = []
        for i in range(n_staff):
            org = body if i == 0 or not units else units[(i - 1) % len(units)]
            post = head_title if i == 0 else posts[(i - 1) % len(posts)]
            people.append(
                _Person(
                    org=org,
                    body=body,
                    post=post,
                    staff_type=self._staff_type(body),
                    street=street,
                    head=i == 0,
                )
            )
        people += [
            _Person(
                org=field_unit,
                body=body,
                post=D.AUX_POST,
                staff_type=StaffType.AUXILIARY,
                street=street,
                aux=True,
            )
            for _ in range(n_aux)
        ]
        return people

    def _abolished_people(self) -> list[_Person]:
        """The 渔政站's officers, now in 区农业农村局's enforcement unit with their certificates (异动)."""
        agri = self.orgs[D.ABOLISHED_INTO]
        unit = next(u for u in self.units[agri.name] if "执法" in u.short_name)
        gone = self.orgs[D.ABOLISHED.name]
        return [
            _Person(
                org=unit,
                body=agri,
                post="执法队员",
                staff_type=StaffType.PUBLIC_INSTITUTION,
                cert_body=gone,
                fate="transferred",
                group="old",
            )
            for _ in range(D.ABOLISHED.staff)
        ]

    def _mark_reviewers(self) -> None:
        """法制审核员 (seed 003 (三)3: 33, of whom 4 hold the 法律职业资格), by REVIEWER_PRIORITY."""
        wanted, marked = self._n(33), 0
        for body_name in D.REVIEWER_PRIORITY:
            candidate = self._reviewer_candidate(body_name)
            if candidate is None:
                continue
            candidate.reviewer, candidate.post = True, D.REVIEWER_POST
            candidate.staff_type = StaffType.CIVIL_SERVANT
            candidate.qualified = marked < D.QUALIFIED_REVIEWERS
            marked += 1
            if marked == wanted:
                break
        self.counts["legal_reviewers"] = marked

    def _reviewer_candidate(self, body_name: str) -> _Person | None:
        officers = (p for p in self.people if p.body.name == body_name and not p.aux and p.cert_body is None)
        return next((p for p in officers if not p.head and not p.reviewer), None)

    def _mark_accounts(self) -> None:
        market, bureau = D.BODIES[0].name, D.BUREAU.name
        in_market = [p for p in self.people if p.body.name == market and not p.aux]
        next(p for p in in_market if p.head).account = "head"
        next(p for p in in_market if p.reviewer and p.qualified).account = "reviewer"
        officer = next(p for p in in_market if not p.head and not p.reviewer)
        officer.account, officer.post = "officer", "执法队员"
        supervisor = next(p for p in self.people if p.body.name == bureau and not p.head)
        supervisor.account, supervisor.post = "supervisor", f"{D.SUPERVISION_UNIT}科长"
        supervisor.org = next(u for u in self.units[bureau] if u.short_name == D.SUPERVISION_UNIT)
        supervisor.staff_type = StaffType.CIVIL_SERVANT

    def _assign_fates(self) -> None:
        officers = [p for p in self.people if not p.aux]
        pool = [p for p in officers if not p.reserved]
        self.rng.shuffle(pool)
        wanted = [
            *FIXED_FATES,
            *((f, self._n(n)) for f, n in SCALED_FATES),
            ("none", round(NONE_SHARE * len(officers))),
            ("new", round(NEW_SHARE * len(officers))),
        ]
        if sum(n for _, n in wanted) > len(pool):
            raise ValueError(f"演示数据规模 {self.scale} 过小：人员不足以覆盖证件的全部状态。")
        for fate, count in wanted:
            for p in pool[:count]:
                p.fate, p.group = (
                    ("valid", "new") if fate == "new" else (fate, "old" if fate in EXIT_FATES else "")
                )
            pool = pool[count:]
        for p in [*pool, *(p for p in officers if p.reserved and not p.fate)]:
            p.fate, p.group = "valid", "old"
        for p in self.people:
            p.fate = p.fate or "auxiliary"
            p.post = D.NON_ENFORCEMENT_POST if p.fate == "withdrawn" else p.post
        self._assign_cancel_reasons()
        plain = [p for p in pool if p.group == "old"]
        for p in plain[: round(UNDER_HOURS_SHARE * len(plain))]:
            p.under_hours = True

    def _assign_cancel_reasons(self) -> None:
        """退休、离职、死亡 (seed 003 (二)1), most of them retirements."""
        cancelled = [p for p in self.people if p.fate == "cancelled"]
        retired = round(len(cancelled) * 0.6)
        deceased = max(1, round(len(cancelled) * 0.09)) if len(cancelled) > 2 else 0
        for i, p in enumerate(cancelled):
            if i < retired:
                p.cancel_reason = CancelReason.RETIRED
            elif i >= len(cancelled) - deceased:
                p.cancel_reason = CancelReason.DECEASED
            else:
                p.cancel_reason = CancelReason.RESIGNED

    def _birth_year(self, p: _Person) -> int:
        if p.cancel_reason == CancelReason.RETIRED:
            return max(1965, self.tl.cur - 60 - self.rng.randint(0, 1))
        if p.cancel_reason == CancelReason.RESIGNED:
            return self.rng.randint(1985, 1998)
        if p.head:
            return self.rng.randint(1967, 1982)
        if p.group == "new" or p.fate in ("none", *NEW_STAFF_FATES):
            return self.rng.randint(1988, 2000)
        return self.rng.randint(1967, 1995)

    def _plan_dates(self, p: _Person) -> None:
        tl, span = self.tl, (self.tl.today - self.tl.exam_recent).days
        if p.group == "old":
            p.apply_day = tl.exam_early + timedelta(days=self.rng.randint(20, 400))
        elif p.group == "new":
            p.apply_day = tl.exam_recent + timedelta(days=self.rng.randint(15, 75))
        elif p.fate in ("rejected", "rejected_prelim"):
            p.apply_day = tl.exam_recent + timedelta(days=self.rng.randint(15, 60))
        elif p.fate in PENDING_FATES:
            back = {"applied": (3, 12), "prelim_approved": (15, 30), "approved": (30, 45)}[p.fate]
            p.apply_day = tl.today - timedelta(days=self.rng.randint(*back))
        if p.apply_day:
            p.apply_day = min(p.apply_day, tl.today)
        if p.fate == "cancelled":
            p.left_on = tl.exam_recent + timedelta(days=self.rng.randint(10, max(10, span - 5)))

    def _person_row(self, p: _Person) -> Person:
        head_name = p.body.head_name if p.head else ""
        gender = self._head_gender.get(p.body.name) if p.head else None
        p.name, p.gender = (head_name, gender) if head_name else self._name()
        year = self._birth_year(p)
        birth = date(year, 1, 1) + timedelta(days=self.rng.randint(0, 364))
        return Person(
            name=p.name,
            id_number=self._resident_id(birth, p.gender),
            gender=p.gender,
            birth_date=birth,
            organisation=p.org,
            post=p.post,
            staff_type=p.staff_type,
            has_legal_qualification=p.qualified,
            phone=self._phone(),
            status=PersonStatus.LEFT if p.fate == "cancelled" else PersonStatus.ON_DUTY,
        )

    def _create_people(self) -> None:
        self._plan_people()
        self._mark_reviewers()
        self._mark_accounts()
        self._assign_fates()
        for p in self.people:
            self._plan_dates(p)
            p.row = self._person_row(p)
        Person.objects.bulk_create([p.row for p in self.people], batch_size=BATCH)
        self.counts.update(people=len(self.people), auxiliaries=sum(p.aux for p in self.people))

    # --- accounts -----------------------------------------------------------------------------------------

    def _create_accounts(self) -> None:
        """The six demo logins; the password is hashed once (hashing is deliberately slow) and reused."""
        password = make_password(DEMO_PASSWORD)
        linked = {p.account: p for p in self.people if p.account}
        offices = {"sifasuo": self.orgs[f"{D.STREETS[0][0]}司法所"]}
        users = []
        for account in DEMO_ACCOUNTS:
            person = linked.get(account.username)
            org = offices.get(account.username) or self.orgs[account.organisation]
            full_name = (
                person.name if person else (org.head_name if account.username == "sifasuo" else "系统管理员")
            )
            users.append(
                User(
                    username=account.username,
                    password=password,
                    full_name=full_name,
                    organisation=org,
                    role=ACCOUNT_ROLES[account.username],
                    person=person.row if person else None,
                    is_staff=account.username == "admin",
                    is_superuser=account.username == "admin",
                )
            )
        User.objects.bulk_create(users)
        self.users = {u.username: u for u in users}
        self.counts["accounts"] = len(users)

    def _user_who(self, username: str) -> _Who:
        user = self.users[username]
        return _Who(f"{user.full_name or user.username}（{user.username}）", user.pk)

    def _body_who(self, body: Organisation) -> _Who:
        if body.name == D.BODIES[0].name:
            return self._user_who("head")
        return _Who(
            f"{body.head_name}（{body.short_name if body.category == Category.BODY else body.name}负责人）"
        )

    def _prelim_who(self, p: _Person) -> tuple[_Who, str]:
        """初审: the street's 司法所 for street officers, the body otherwise (seed 000 §3)."""
        if p.street is None:
            return self._body_who(p.cert_body or p.body), "执法部门"
        if p.street.name == D.STREETS[0][0]:
            return self._user_who("sifasuo"), "司法所"
        office = self.orgs[f"{p.street.name}司法所"]
        return _Who(f"{office.head_name}（{office.name}）"), "司法所"

    # --- training and exams -------------------------------------------------------------------------------

    def _split(self, minutes: int, parts: int) -> list[int]:
        units = max(parts, minutes // 45)
        cuts = sorted(self.rng.sample(range(1, units), parts - 1))
        return [45 * (b - a) for a, b in zip([0, *cuts], [*cuts, units], strict=True)]

    def _records_for(self, p: _Person, courses: list[tuple[str, str]]) -> list[TrainingRecord]:
        """About ten courses: last year (most officers ≥ 60 学时, some under) and this year up to today."""
        tl, last = self.tl, p.left_on or self.tl.today
        per_year = 5 if p.aux else 7
        low, high = (30, 60) if p.aux else (27, 57) if p.under_hours else (62, 90)
        plan = list(
            zip(self._split(45 * self.rng.randint(low, high), per_year), [tl.prev] * per_year, strict=True)
        )
        if last >= date(tl.cur, 1, 1):
            done = (tl.today - date(tl.cur, 1, 1)).days / 365
            plan += [(45 * self.rng.randint(2, 8), tl.cur) for _ in range(max(1, round(3 * done)))]
        rows = []
        for (minutes, year), (category, course) in zip(plan, courses, strict=False):
            held = self._day_between(date(year, 1, 1), min(date(year, 12, 31), last))
            rows.append(
                TrainingRecord(
                    person=p.row,
                    course=course,
                    minutes=minutes,
                    category=category,
                    held_on=held,
                    source=self.rng.choice(D.TRAINING_SOURCES),
                )
            )
        return rows

    def _extra_courses(self) -> list[TrainingRecord]:
        """The district's yearly class (seed 003: 106 officers from 29 bodies and 18 streets) and the
        public-law course every new officer takes before applying (seed 004 二、2)."""
        tl, rows = self.tl, []
        on_duty = [p for p in self.people if not p.aux and p.fate != "cancelled" and not p.under_hours]
        for p in self.rng.sample(on_duty, min(len(on_duty), self._n(106))):
            rows.append(
                TrainingRecord(
                    person=p.row,
                    course=D.DISTRICT_CLASS.format(year=tl.prev),
                    minutes=480,
                    category=TrainingCategory.BUSINESS,
                    held_on=date(tl.prev, 7, 18),
                    source="区司法局培训班",
                )
            )
            p.records.append(rows[-1])
        for p in self.people:
            if p.group == "new" or p.fate in NEW_STAFF_FATES:
                held = max(date(tl.prev, 1, 1), p.apply_day - timedelta(days=self.rng.randint(10, 40)))
                rows.append(
                    TrainingRecord(
                        person=p.row,
                        course=D.NEW_STAFF_COURSE,
                        minutes=2700,
                        category=TrainingCategory.PUBLIC_LAW,
                        held_on=held,
                        source="区司法局培训班",
                    )
                )
                p.records.append(rows[-1])
        return rows

    def _create_training(self) -> None:
        catalogue = [(cat, course) for cat, titles in D.COURSES.items() for course in titles]
        rows = []
        for p in self.people:
            p.records = self._records_for(p, self.rng.sample(catalogue, 12))
            rows += p.records
        rows += self._extra_courses()
        TrainingRecord.objects.bulk_create(rows, batch_size=BATCH)
        self.counts["training_records"] = len(rows)

    def _score(self, mark: Decimal, passed: bool) -> Decimal:
        tenths = (
            self.rng.randint(int(mark * 10), 985) if passed else self.rng.randint(320, int(mark * 10) - 5)
        )
        return Decimal(tenths) / 10

    def _create_exams(self) -> None:
        """An earlier exam the longer-serving holders passed, and last year's: ~665 candidates, 61.5% pass."""
        tl, mark = self.tl, Decimal(str(get_param("exam.pass_mark")))
        bureau = self.orgs[D.BUREAU.name]
        early, recent = (
            ExamSession(
                name=f"{day.year}年全省行政执法资格考试（清江区考点）",
                held_on=day,
                pass_mark=mark,
                organiser=bureau,
            )
            for day in (tl.exam_early, tl.exam_recent)
        )
        ExamSession.objects.bulk_create([early, recent])
        results = [
            ExamResult(session=early, person=p.row, score=self._score(mark, ok), passed=ok)
            for p, ok in self._early_candidates()
        ]
        results += [
            ExamResult(session=recent, person=p.row, score=self._score(mark, ok), passed=ok)
            for p, ok in self._recent_candidates()
        ]
        ExamResult.objects.bulk_create(results, batch_size=BATCH)
        self.counts.update(exam_sessions=2, exam_results=len(results))

    def _early_candidates(self) -> list[tuple[_Person, bool]]:
        officers = [p for p in self.people if not p.aux]
        none = [p for p in officers if p.fate == "none"]
        failed = [p for p in officers if p.fate == "rejected"] + none[: round(len(none) * 0.4)]
        return [(p, p.group == "old") for p in officers if p.group == "old" or p in failed]

    def _recent_candidates(self) -> list[tuple[_Person, bool]]:
        """Every officer sat last year's exam; new holders and pending applicants must have passed it."""
        officers = [p for p in self.people if not p.aux]
        target = int((len(officers) * PASS_RATE).to_integral_value(ROUND_HALF_UP))
        must = [p for p in officers if p.group == "new" or p.fate in ("prelim_approved", "approved")]
        may = [p for p in officers if p.group == "old" or p.fate in ("applied", "rejected_prelim")]
        self.rng.shuffle(may)
        passed = set(must + may[: max(0, target - len(must))])
        return [(p, p in passed) for p in officers]

    # --- certificates -------------------------------------------------------------------------------------

    def _add(
        self, cert: _Cert, action: str, day: date, who: _Who, reason: str, data: dict | None = None, **changes
    ) -> _Step:
        """Append a step on ``day`` during office hours, never before the previous step nor after today."""
        last = cert.steps[-1].at if cert.steps else None
        day = min(max(day, last.date()) if last else day, self.tl.today)
        at = self._at(day, self.rng.randint(0, 480))
        if last and at <= last:
            at = last + timedelta(minutes=self.rng.randint(5, 60))
        step = _Step(action, at, who, reason, data or {}, changes)
        cert.steps.append(step)
        return step

    def _days(self, step: _Step, low: int, high: int) -> date:
        return step.at.date() + timedelta(days=self.rng.randint(low, high))

    def _hours(self, p: _Person, start: date, end: date) -> Decimal:
        per_hour = self.minutes_per_hour
        return (Decimal(p.minutes(start, end)) / per_hour).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    def _approval_hours(self, p: _Person, day: date) -> str:
        if day < date(self.tl.prev, 1, 1) + timedelta(days=365):
            # Training before last year is not part of the demo; the figure the 司法局 saw is plausible.
            return str(Decimal(self.rng.randint(620, 900)) / 10)
        return str(self._hours(p, day - timedelta(days=365), day))

    def _apply(self, p: _Person, materials: list[str]) -> _Cert:
        body = p.cert_body or p.body
        cert = _Cert(person=p, materials=materials)
        self._add(
            cert,
            "apply",
            p.apply_day,
            self._body_who(body),
            "申领行政执法证",
            {"materials": materials},
            state=CertState.APPLIED,
            organisation_id=body.pk,
            domain=body.get_domain_display(),
        )
        return cert

    def _prelim(self, cert: _Cert) -> _Step:
        who, reviewer = self._prelim_who(cert.person)
        return self._add(
            cert,
            "preliminary_approve",
            self._days(cert.steps[-1], 2, 7),
            who,
            "申领材料齐全，人员类别与岗位符合申领条件，同意报区司法局审核",
            {"reviewer": reviewer},
            state=CertState.PRELIM_APPROVED,
        )

    def _approve(self, cert: _Cert) -> _Step:
        day = self._days(cert.steps[-1], 5, 20)
        hours = self._approval_hours(cert.person, min(day, self.tl.today))
        return self._add(
            cert,
            "approve",
            day,
            self._user_who("supervisor"),
            "经审核：申领材料齐全，资格考试合格，培训学时达到要求，同意发证",
            {"training_hours": hours},
            state=CertState.APPROVED,
        )

    def _issue(self, cert: _Cert) -> _Step:
        p = cert.person
        step = self._add(
            cert,
            "issue",
            self._days(cert.steps[-1], 3, 10),
            self._user_who("supervisor"),
            "准予发证",
            state=CertState.VALID,
        )
        issued = step.at.date()
        valid_until = _add_years(issued, self.validity_years) - timedelta(days=1)
        area = f"{p.street.name}辖区" if p.street else f"{D.DISTRICT}全域"
        step.data.update(number=None, valid_until=str(valid_until))
        step.changes.update(number=None, issued_on=issued, valid_until=valid_until, area=area)
        return step

    def _issued(self, p: _Person) -> _Cert:
        cert = self._apply(p, list(self.materials))
        self._prelim(cert)
        self._approve(cert)
        self._issue(cert)
        return cert

    def _path(self, p: _Person) -> list[_Cert]:
        """The certificate(s) of one officer, step by step, as the transition table allows."""
        if p.fate in ("none", "auxiliary"):
            return []
        if p.fate in PENDING_FATES or p.fate.startswith("rejected"):
            return [self._pending(p)]
        cert = self._issued(p)
        extra = getattr(self, f"_after_{p.fate}", None)
        return [cert, *(extra(cert) or [])] if extra else [cert]

    def _pending(self, p: _Person) -> _Cert:
        if p.fate == "rejected_prelim":
            cert = self._apply(p, [m for m in self.materials if m != "在编在岗证明"])
            who, _ = self._prelim_who(p)
            self._add(
                cert,
                "preliminary_reject",
                self._days(cert.steps[-1], 2, 7),
                who,
                "申领材料不齐全：缺少在编在岗证明，退回补正后重新申领",
                {"reviewer": "执法部门" if p.street is None else "司法所"},
                state=CertState.REJECTED,
            )
            return cert
        cert = self._apply(p, list(self.materials))
        if p.fate != "applied":
            self._prelim(cert)
        if p.fate == "approved":
            self._approve(cert)
        if p.fate == "rejected":
            self._add(
                cert,
                "reject",
                self._days(cert.steps[-1], 5, 15),
                self._user_who("supervisor"),
                "经审核：该同志尚未通过行政执法资格考试，不予发证",
                state=CertState.REJECTED,
            )
        return cert

    def _suspend(self, cert: _Cert, day: date, who: _Who, reason: str, days: int) -> None:
        step = self._add(cert, "suspend", day, who, reason, state=CertState.SUSPENDED)
        until = step.at.date() + timedelta(days=min(days, self.max_suspension_days))
        step.data["until"] = str(until)
        step.changes["suspended_until"] = until

    def _after_suspended_assessment(self, cert: _Cert) -> None:
        """Seed 003 (二)1: 上年度考核不合格 → 暂扣 (what ``assessment_record`` does automatically)."""
        self._suspend(cert, self.tl.assess, _Who(AUTO_SUSPEND_LABEL), f"{self.tl.prev}年度考核不合格", 365)

    def _after_suspended_misconduct(self, cert: _Cert) -> None:
        day = self.tl.today - timedelta(days=self.rng.randint(20, 60))
        self._suspend(
            cert,
            day,
            self._user_who("supervisor"),
            "被投诉执法过程中程序不规范、态度粗暴，调查核实期间暂扣执法证件",
            90,
        )

    def _after_revoked(self, cert: _Cert) -> None:
        day = self.tl.exam_recent + timedelta(days=self.rng.randint(20, 80))
        self._suspend(cert, day, self._user_who("supervisor"), "涉嫌违法执法，立案调查期间暂扣执法证件", 180)
        self._add(
            cert,
            "revoke",
            self._days(cert.steps[-1], 30, 60),
            self._user_who("supervisor"),
            "经调查核实，该同志在执法中存在滥用职权行为，情节严重，依照行政执法证件管理规定予以吊销",
            state=CertState.REVOKED,
            suspended_until=None,
        )

    def _after_withdrawn(self, cert: _Cert) -> None:
        p = cert.person
        span = (self.tl.today - self.tl.exam_recent).days
        day = self.tl.exam_recent + timedelta(days=self.rng.randint(10, max(10, span - 10)))
        self._add(
            cert,
            "withdraw",
            day,
            self._body_who(p.body),
            "调离执法岗位，证件收回由本单位保管",
            state=CertState.WITHDRAWN,
        )

    def _after_cancelled(self, cert: _Cert) -> None:
        p, label = cert.person, str(CancelReason(cert.person.cancel_reason).label)
        if p.cancel_reason == CancelReason.RESIGNED:
            # Seed 000 §3: a leaver hands the certificate in (收回) before the 司法局 cancels it.
            self._add(
                cert,
                "withdraw",
                p.left_on - timedelta(days=15),
                self._body_who(p.body),
                "本人辞职，证件收回",
                state=CertState.WITHDRAWN,
            )
        self._add(
            cert,
            "cancel",
            p.left_on,
            self._user_who("supervisor"),
            f"{label}，注销行政执法证件并予公告",
            {"cancel_reason": p.cancel_reason, "cancel_reason_label": label},
            state=CertState.CANCELLED,
            suspended_until=None,
        )

    def _after_lost(self, cert: _Cert) -> None:
        self._add(
            cert,
            "report_lost",
            self.tl.today - timedelta(days=self.rng.randint(5, 15)),
            self._body_who(cert.person.body),
            "本人报告证件遗失，申请挂失并公告",
            state=CertState.LOST,
        )

    def _after_replaced(self, cert: _Cert) -> list[_Cert]:
        """挂失 then 审核补发: the old certificate is void and a new one with a new number replaces it."""
        p = cert.person
        lost = date(self.tl.prev, 3, 1) + timedelta(days=self.rng.randint(0, 150))
        self._add(
            cert,
            "report_lost",
            lost,
            self._body_who(p.body),
            "执法检查途中证件遗失，申请挂失并公告",
            state=CertState.LOST,
        )
        step = self._add(
            cert,
            "reissue",
            self._days(cert.steps[-1], 12, 25),
            self._user_who("supervisor"),
            "已发布遗失公告，审核补发",
            state=CertState.REPLACED,
        )
        held = {k: v for s in cert.steps for k, v in s.changes.items()}
        new = _Cert(person=p, materials=cert.materials, replaces=cert)
        at = step.at + timedelta(seconds=1)
        # The reason names the old number, known once numbers are assigned (``_number``).
        new.steps.append(
            _Step(
                "reissued",
                at,
                step.who,
                "挂失补发（原证 {number}）：已发布遗失公告，审核补发",
                {},
                {
                    **held,
                    "state": CertState.VALID,
                    "number": None,
                    "issued_on": at.date(),
                    "suspended_until": None,
                },
            )
        )
        return [new]

    def _after_transferred(self, cert: _Cert) -> None:
        """异动 (seed 003 (二)1): the 渔政站's officers moved to 区农业农村局 before it was abolished."""
        gone, agri = self.orgs[D.ABOLISHED.name], self.orgs[D.ABOLISHED_INTO]
        self._add(
            cert,
            "transfer",
            self.tl.transfer,
            self._user_who("supervisor"),
            f"{gone.name}撤销，执法人员划转{agri.name}，证件随人异动",
            {"from_organisation": gone.name, "to_organisation": agri.name},
            organisation_id=agri.pk,
            state=CertState.VALID,
        )

    def _review(self, cert: _Cert) -> None:
        """年审 of last year, inserted where it falls, for a certificate valid then whose holder met the hours
        and did not fail the assessment (the conditions ``_annual_review`` checks)."""
        p, tl = cert.person, self.tl
        day = tl.review + timedelta(days=self.rng.randint(0, 25))
        hours = self._hours(p, date(tl.prev, 1, 1), date(tl.prev, 12, 31))
        if day >= tl.today or hours < self.annual_hours or p.fate == "suspended_assessment":
            return
        done = [s for s in cert.steps if s.at.date() <= day]
        held = {k: v for s in done for k, v in s.changes.items()}
        if held.get("state") != CertState.VALID or held["issued_on"] > date(tl.prev, 12, 31):
            return
        at = max(self._at(day, self.rng.randint(30, 420)), done[-1].at + timedelta(minutes=5))
        if len(done) < len(cert.steps) and at >= cert.steps[len(done)].at:
            return
        reason = f"{tl.prev}年度年审通过：年度培训 {hours} 学时，年度考核合格"
        step = _Step(
            "annual_review",
            at,
            self._user_who("supervisor"),
            reason,
            {"year": tl.prev, "training_hours": str(hours)},
            {"state": CertState.VALID},
        )
        cert.steps.insert(len(done), step)
        cert.review_year = tl.prev

    def _number(self) -> None:
        """Numbers as ``personnel.services._next_number`` gives them: prefix + issue year + 6-digit sequence,
        in the order certificates were issued."""
        prefix = get_param("certificate.number_prefix") or deployment_region() or D.DEMO_REGION
        issued = [
            (s.at, i, s)
            for i, c in enumerate(self.certs)
            for s in c.steps
            if s.action in ("issue", "reissued")
        ]
        sequence: dict[int, int] = {}
        for _, _, step in sorted(issued, key=lambda t: (t[0], t[1])):
            year = step.changes["issued_on"].year
            sequence[year] = sequence.get(year, 0) + 1
            step.changes["number"] = f"{prefix}{year}{sequence[year]:06d}"
            if step.action == "issue":
                step.data["number"] = step.changes["number"]
        for cert in self.certs:
            if cert.replaces is not None:
                old = next(s for s in cert.replaces.steps if s.action == "issue").changes["number"]
                cert.steps[0].reason = cert.steps[0].reason.format(number=old)
                cert.steps[0].data["replaces"] = old

    def _replay(self, cert: _Cert) -> None:
        """Walk the steps: each gets the before/after snapshot ``_record`` would have audited."""
        state = {
            "state": "",
            "number": None,
            "organisation_id": None,
            "domain": "",
            "area": "",
            "issued_on": None,
            "valid_until": None,
            "suspended_until": None,
        }
        assert set(state) == set(CERT_FIELDS)
        for step in cert.steps:
            step.before = {} if step.action in ("apply", "reissued") else dict(state)
            state.update(step.changes)
            step.after = dict(state)
        cert.state = state

    def _cert_row(self, cert: _Cert) -> Certificate:
        s = cert.state
        return Certificate(
            person=cert.person.row,
            organisation_id=s["organisation_id"],
            state=s["state"],
            number=s["number"],
            domain=s["domain"],
            area=s["area"],
            issued_on=s["issued_on"],
            valid_until=s["valid_until"],
            suspended_until=s["suspended_until"],
            materials=cert.materials,
            last_annual_review_year=cert.review_year,
            replaces=cert.replaces.row if cert.replaces else None,
        )

    def _read_parameters(self) -> None:
        self.materials = list(get_param("certificate.required_materials"))
        self.validity_years = int(get_param("certificate.validity_years"))
        self.max_suspension_days = int(get_param("certificate.max_suspension_days"))
        self.minutes_per_hour = Decimal(get_param("training.minutes_per_hour"))
        self.annual_hours = int(get_param("training.annual_hours"))

    def _create_certificates(self) -> None:
        self._read_parameters()
        for p in self.people:
            self.certs += self._path(p)
        for cert in self.certs:
            self._review(cert)
        self._number()
        for cert in self.certs:
            self._replay(cert)
            cert.row = self._cert_row(cert)
        # Originals first: a reissued certificate points at the one it replaces.
        for batch in ([c for c in self.certs if not c.replaces], [c for c in self.certs if c.replaces]):
            for cert in batch:
                cert.row.replaces = cert.replaces.row if cert.replaces else None
            Certificate.objects.bulk_create([c.row for c in batch], batch_size=BATCH)
        for cert in self.certs:
            if cert.replaces is not None:
                reissue = cert.replaces.steps[-1]
                reissue.data.update(new_number=cert.row.number, new_certificate_id=cert.row.pk)
        self.counts["certificates"] = len(self.certs)

    def _ordered_steps(self) -> list[tuple[_Cert, _Step]]:
        pairs = [(i, j, c, s) for i, c in enumerate(self.certs) for j, s in enumerate(c.steps)]
        return [(c, s) for _, _, c, s in sorted(pairs, key=lambda t: (t[3].at, t[0], t[1]))]

    def _event_row(self, cert: _Cert, step: _Step) -> CertificateEvent:
        return CertificateEvent(
            certificate=cert.row,
            action=step.action,
            from_state=step.before.get("state", ""),
            to_state=step.after["state"],
            reason=step.reason,
            data=step.data,
            actor_label=step.who.label,
            actor_id=step.who.user_id,
            at=step.at,
        )

    def _audit_event(self, cert: _Cert, step: _Step) -> PendingEvent:
        after = {**step.after, "reason": step.reason, **({"data": step.data} if step.data else {})}
        return PendingEvent(
            action=f"certificate.{step.action}",
            object_type="personnel.certificate",
            object_id=str(cert.row.pk),
            actor_label=step.who.label,
            actor_id=step.who.user_id,
            organisation_id=step.after["organisation_id"],
            before=step.before,
            after=after,
            at=step.at,
        )

    def _append_audit(self) -> None:
        """Certificate events (rows and the hash chain, in time order), then one event for the load itself."""
        ordered = self._ordered_steps()
        CertificateEvent.objects.bulk_create([self._event_row(c, s) for c, s in ordered], batch_size=BATCH)
        events = [self._audit_event(c, s) for c, s in ordered]
        self.counts.update(certificate_events=len(ordered), audit_events=len(events) + 1)
        last = events[-1].at if events else timezone.now()
        events.append(
            PendingEvent(
                action="demo.load",
                object_type="demo.district",
                object_id=D.DEMO_REGION,
                actor_label=LOADER_LABEL,
                organisation_id=self.orgs[D.BUREAU.name].pk,
                at=max(timezone.now(), last + timedelta(seconds=1)),
                after={
                    "seed": self.seed,
                    "today": self.tl.today,
                    "scale": self.scale,
                    "counts": dict(self.counts),
                },
            )
        )
        append_many(events)

    # --- annual assessments -------------------------------------------------------------------------------

    def _result(self, p: _Person) -> str:
        if p.fate == "suspended_assessment":
            return AssessmentResult.FAILED
        if p.fate == "suspended_misconduct":
            return AssessmentResult.BASIC
        roll = self.rng.random()
        if roll < 0.15:
            return AssessmentResult.EXCELLENT
        return AssessmentResult.COMPETENT if roll < 0.97 else AssessmentResult.BASIC

    def _create_assessments(self) -> None:
        """Last year's 年度考核 of every certified officer on duty; the 3 不合格 are the 3 suspended ones."""
        certified = {id(c.person) for c in self.certs if c.state["state"] in ASSESSED_STATES}
        at = self._at(self.tl.assess, -30)  # before the automatic suspension that follows a 不合格
        rows = []
        for p in self.people:
            if id(p) in certified and p.row.status == PersonStatus.ON_DUTY:
                result = self._result(p)
                note = "执法过错责任追究，年度考核确定为不合格" if result == AssessmentResult.FAILED else ""
                rows.append(
                    AnnualAssessment(
                        person=p.row,
                        year=self.tl.prev,
                        result=result,
                        note=note,
                        recorded_by=self._body_who(p.body).label,
                        recorded_at=at,
                    )
                )
        AnnualAssessment.objects.bulk_create(rows, batch_size=BATCH)
        self.counts["assessments"] = len(rows)
