"""Certificate histories: each officer's certificate(s) planned step by step, as the transition table
(``personnel.workflow``) and the services' checks allow: 申领, 初审, 审核, 发证, then the officer's fate
(暂扣, 吊销, 收回, 注销, 挂失, 补发, 异动), and the 年审 of last year where it falls.

Steps only; numbers, snapshots and rows are made afterwards (``certificates``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from zhifa.core.parameters import get_param
from zhifa.organisations.models import Organisation
from zhifa.personnel.constants import CancelReason
from zhifa.personnel.workflow import CertState

from . import data as D
from .accounts import body_who, prelim_who, user_who
from .context import LoadContext
from .people import PENDING_FATES
from .plans import CertPlan, PersonPlan, Step, Who

AUTO_SUSPEND_LABEL = "系统（年度考核不合格自动暂扣）"


@dataclass(frozen=True)
class CertificateRules:
    """The parameters a history follows (materials, validity, suspension and training limits)."""

    materials: tuple[str, ...]
    validity_years: int
    max_suspension_days: int
    minutes_per_hour: Decimal
    annual_hours: int

    @classmethod
    def read(cls) -> CertificateRules:
        return cls(
            materials=tuple(get_param("certificate.required_materials")),
            validity_years=int(get_param("certificate.validity_years")),
            max_suspension_days=int(get_param("certificate.max_suspension_days")),
            minutes_per_hour=Decimal(get_param("training.minutes_per_hour")),
            annual_hours=int(get_param("training.annual_hours")),
        )


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class Histories:
    """Plans certificate steps for one load; ``certificates_of`` and ``add_annual_review`` are its interface.

    A fate ``x`` that goes on after issue has a method ``_after_x``; it may return further certificates (补发).
    """

    def __init__(self, ctx: LoadContext, rules: CertificateRules):
        self.ctx, self.rules = ctx, rules
        self.rng, self.tl = ctx.rng, ctx.tl

    def _user(self, username: str) -> Who:
        return user_who(self.ctx, username)

    def _body(self, body: Organisation) -> Who:
        return body_who(self.ctx, body)

    def _add(
        self,
        cert: CertPlan,
        action: str,
        day: date,
        who: Who,
        reason: str,
        data: dict | None = None,
        **changes,
    ) -> Step:
        """Append a step on ``day`` during office hours, never before the previous step nor after today."""
        last = cert.steps[-1].at if cert.steps else None
        day = min(max(day, last.date()) if last else day, self.tl.today)
        at = self.ctx.at(day, self.rng.randint(0, 480))
        if last and at <= last:
            at = last + timedelta(minutes=self.rng.randint(5, 60))
        step = Step(action, at, who, reason, data or {}, changes)
        cert.steps.append(step)
        return step

    def _days(self, step: Step, low: int, high: int) -> date:
        return step.at.date() + timedelta(days=self.rng.randint(low, high))

    def _hours(self, p: PersonPlan, start: date, end: date) -> Decimal:
        per_hour = self.rules.minutes_per_hour
        return (Decimal(p.minutes(start, end)) / per_hour).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    def _approval_hours(self, p: PersonPlan, day: date) -> str:
        if day < date(self.tl.prev, 1, 1) + timedelta(days=365):
            # Training before last year is not part of the demo; the figure the 司法局 saw is plausible.
            return str(Decimal(self.rng.randint(620, 900)) / 10)
        return str(self._hours(p, day - timedelta(days=365), day))

    def _apply(self, p: PersonPlan, materials: list[str]) -> CertPlan:
        body = p.cert_body or p.body
        cert = CertPlan(person=p, materials=materials)
        self._add(
            cert,
            "apply",
            p.apply_day,
            self._body(body),
            "申领行政执法证",
            {"materials": materials},
            state=CertState.APPLIED,
            organisation_id=body.pk,
            domain=body.get_domain_display(),
        )
        return cert

    def _prelim(self, cert: CertPlan) -> Step:
        who, reviewer = prelim_who(self.ctx, cert.person)
        return self._add(
            cert,
            "preliminary_approve",
            self._days(cert.steps[-1], 2, 7),
            who,
            "申领材料齐全，人员类别与岗位符合申领条件，同意报区司法局审核",
            {"reviewer": reviewer},
            state=CertState.PRELIM_APPROVED,
        )

    def _approve(self, cert: CertPlan) -> Step:
        day = self._days(cert.steps[-1], 5, 20)
        hours = self._approval_hours(cert.person, min(day, self.tl.today))
        return self._add(
            cert,
            "approve",
            day,
            self._user("supervisor"),
            "经审核：申领材料齐全，资格考试合格，培训学时达到要求，同意发证",
            {"training_hours": hours},
            state=CertState.APPROVED,
        )

    def _issue(self, cert: CertPlan) -> Step:
        p = cert.person
        step = self._add(
            cert,
            "issue",
            self._days(cert.steps[-1], 3, 10),
            self._user("supervisor"),
            "准予发证",
            state=CertState.VALID,
        )
        issued = step.at.date()
        valid_until = _add_years(issued, self.rules.validity_years) - timedelta(days=1)
        area = f"{p.street.name}辖区" if p.street else f"{D.DISTRICT}全域"
        step.data.update(number=None, valid_until=str(valid_until))
        step.changes.update(number=None, issued_on=issued, valid_until=valid_until, area=area)
        return step

    def _issued(self, p: PersonPlan) -> CertPlan:
        cert = self._apply(p, list(self.rules.materials))
        self._prelim(cert)
        self._approve(cert)
        self._issue(cert)
        return cert

    def certificates_of(self, p: PersonPlan) -> list[CertPlan]:
        """The certificate(s) of one officer, step by step, as the transition table allows."""
        if p.fate in ("none", "auxiliary"):
            return []
        if p.fate in PENDING_FATES or p.fate.startswith("rejected"):
            return [self._pending(p)]
        cert = self._issued(p)
        extra = getattr(self, f"_after_{p.fate}", None)
        return [cert, *(extra(cert) or [])] if extra else [cert]

    def _pending(self, p: PersonPlan) -> CertPlan:
        if p.fate == "rejected_prelim":
            cert = self._apply(p, [m for m in self.rules.materials if m != "在编在岗证明"])
            who, _ = prelim_who(self.ctx, p)
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
        cert = self._apply(p, list(self.rules.materials))
        if p.fate != "applied":
            self._prelim(cert)
        if p.fate == "approved":
            self._approve(cert)
        if p.fate == "rejected":
            self._add(
                cert,
                "reject",
                self._days(cert.steps[-1], 5, 15),
                self._user("supervisor"),
                "经审核：该同志尚未通过行政执法资格考试，不予发证",
                state=CertState.REJECTED,
            )
        return cert

    def _suspend(self, cert: CertPlan, day: date, who: Who, reason: str, days: int) -> None:
        step = self._add(cert, "suspend", day, who, reason, state=CertState.SUSPENDED)
        until = step.at.date() + timedelta(days=min(days, self.rules.max_suspension_days))
        step.data["until"] = str(until)
        step.changes["suspended_until"] = until

    def _after_suspended_assessment(self, cert: CertPlan) -> None:
        """Seed 003 (二)1: 上年度考核不合格 → 暂扣 (what ``assessment_record`` does automatically)."""
        self._suspend(cert, self.tl.assess, Who(AUTO_SUSPEND_LABEL), f"{self.tl.prev}年度考核不合格", 365)

    def _after_suspended_misconduct(self, cert: CertPlan) -> None:
        day = self.tl.today - timedelta(days=self.rng.randint(20, 60))
        self._suspend(
            cert,
            day,
            self._user("supervisor"),
            "被投诉执法过程中程序不规范、态度粗暴，调查核实期间暂扣执法证件",
            90,
        )

    def _after_revoked(self, cert: CertPlan) -> None:
        day = self.tl.exam_recent + timedelta(days=self.rng.randint(20, 80))
        self._suspend(cert, day, self._user("supervisor"), "涉嫌违法执法，立案调查期间暂扣执法证件", 180)
        self._add(
            cert,
            "revoke",
            self._days(cert.steps[-1], 30, 60),
            self._user("supervisor"),
            "经调查核实，该同志在执法中存在滥用职权行为，情节严重，依照行政执法证件管理规定予以吊销",
            state=CertState.REVOKED,
            suspended_until=None,
        )

    def _after_withdrawn(self, cert: CertPlan) -> None:
        p = cert.person
        span = (self.tl.today - self.tl.exam_recent).days
        day = self.tl.exam_recent + timedelta(days=self.rng.randint(10, max(10, span - 10)))
        self._add(
            cert,
            "withdraw",
            day,
            self._body(p.body),
            "调离执法岗位，证件收回由本单位保管",
            state=CertState.WITHDRAWN,
        )

    def _after_cancelled(self, cert: CertPlan) -> None:
        p, label = cert.person, str(CancelReason(cert.person.cancel_reason).label)
        if p.cancel_reason == CancelReason.RESIGNED:
            # Seed 000 §3: a leaver hands the certificate in (收回) before the 司法局 cancels it.
            self._add(
                cert,
                "withdraw",
                p.left_on - timedelta(days=15),
                self._body(p.body),
                "本人辞职，证件收回",
                state=CertState.WITHDRAWN,
            )
        self._add(
            cert,
            "cancel",
            p.left_on,
            self._user("supervisor"),
            f"{label}，注销行政执法证件并予公告",
            {"cancel_reason": p.cancel_reason, "cancel_reason_label": label},
            state=CertState.CANCELLED,
            suspended_until=None,
        )

    def _after_lost(self, cert: CertPlan) -> None:
        self._add(
            cert,
            "report_lost",
            self.tl.today - timedelta(days=self.rng.randint(5, 15)),
            self._body(cert.person.body),
            "本人报告证件遗失，申请挂失并公告",
            state=CertState.LOST,
        )

    def _after_replaced(self, cert: CertPlan) -> list[CertPlan]:
        """挂失 then 审核补发: the old certificate is void and a new one with a new number replaces it."""
        p = cert.person
        lost = date(self.tl.prev, 3, 1) + timedelta(days=self.rng.randint(0, 150))
        self._add(
            cert,
            "report_lost",
            lost,
            self._body(p.body),
            "执法检查途中证件遗失，申请挂失并公告",
            state=CertState.LOST,
        )
        step = self._add(
            cert,
            "reissue",
            self._days(cert.steps[-1], 12, 25),
            self._user("supervisor"),
            "已发布遗失公告，审核补发",
            state=CertState.REPLACED,
        )
        held = {k: v for s in cert.steps for k, v in s.changes.items()}
        new = CertPlan(person=p, materials=cert.materials, replaces=cert)
        at = step.at + timedelta(seconds=1)
        # The reason names the old number, known once numbers are assigned (``certificates._number``).
        new.steps.append(
            Step(
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

    def _after_transferred(self, cert: CertPlan) -> None:
        """异动 (seed 003 (二)1): the 渔政站's officers moved to 区农业农村局 before it was abolished."""
        gone, agri = self.ctx.orgs[D.ABOLISHED.name], self.ctx.orgs[D.ABOLISHED_INTO]
        self._add(
            cert,
            "transfer",
            self.tl.transfer,
            self._user("supervisor"),
            f"{gone.name}撤销，执法人员划转{agri.name}，证件随人异动",
            {"from_organisation": gone.name, "to_organisation": agri.name},
            organisation_id=agri.pk,
            state=CertState.VALID,
        )

    def add_annual_review(self, cert: CertPlan) -> None:
        """年审 of last year, inserted where it falls, for a certificate valid then whose holder met the hours
        and did not fail the assessment (the conditions ``personnel.services._annual_review`` checks)."""
        p, tl = cert.person, self.tl
        day = tl.review + timedelta(days=self.rng.randint(0, 25))
        hours = self._hours(p, date(tl.prev, 1, 1), date(tl.prev, 12, 31))
        if day >= tl.today or hours < self.rules.annual_hours or p.fate == "suspended_assessment":
            return
        done = [s for s in cert.steps if s.at.date() <= day]
        held = {k: v for s in done for k, v in s.changes.items()}
        if held.get("state") != CertState.VALID or held["issued_on"] > date(tl.prev, 12, 31):
            return
        at = max(self.ctx.at(day, self.rng.randint(30, 420)), done[-1].at + timedelta(minutes=5))
        if len(done) < len(cert.steps) and at >= cert.steps[len(done)].at:
            return
        reason = f"{tl.prev}年度年审通过：年度培训 {hours} 学时，年度考核合格"
        step = Step(
            "annual_review",
            at,
            self._user("supervisor"),
            reason,
            {"year": tl.prev, "training_hours": str(hours)},
            {"state": CertState.VALID},
        )
        cert.steps.insert(len(done), step)
        cert.review_year = tl.prev
