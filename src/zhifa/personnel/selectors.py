"""Reads on people, certificates, training and exams, always scoped to the actor (house style R9)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, F, Q, QuerySet, Sum

from zhifa.accounts.permissions import restrict
from zhifa.core.parameters import get_param

from .constants import PersonStatus
from .models import Certificate, ExamResult, ExamSession, Person, TrainingRecord
from .workflow import OPEN_STATES, CertState


def minutes_to_hours(minutes: int | None) -> Decimal:
    """学时 from minutes: 45 minutes = 1 学时 (seed 004 (一)2), to one decimal."""
    per_hour = Decimal(get_param("training.minutes_per_hour"))
    return (Decimal(minutes or 0) / per_hour).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def training_hours(person: Person, start: date, end: date) -> Decimal:
    """学时 the person completed between ``start`` and ``end`` inclusive."""
    total = TrainingRecord.objects.filter(person=person, held_on__range=(start, end)).aggregate(
        m=Sum("minutes")
    )["m"]
    return minutes_to_hours(total)


def training_hours_in_year(person: Person, year: int) -> Decimal:
    return training_hours(person, date(year, 1, 1), date(year, 12, 31))


def training_hours_last_year(person: Person, today: date) -> Decimal:
    return training_hours(person, today - timedelta(days=365), today)


def has_passed_exam(person: Person) -> bool:
    return ExamResult.objects.filter(person=person, passed=True).exists()


def open_certificate(person: Person) -> Certificate | None:
    return Certificate.objects.filter(person=person, state__in=OPEN_STATES).order_by("-id").first()


def current_certificate(person: Person) -> Certificate | None:
    """The person's latest certificate, open or not (for display)."""
    return open_certificate(person) or Certificate.objects.filter(person=person).order_by("-id").first()


def person_list(*, actor, q: str = "", organisation_id: int | None = None, staff_type: str = "", cert_state: str = "",
                status: str = "") -> QuerySet[Person]:  # fmt: skip
    qs = restrict(Person.objects.select_related("organisation"), actor)
    if q:
        qs = qs.filter(Q(name__contains=q) | Q(certificates__number__icontains=q)).distinct()
    if organisation_id:
        qs = qs.filter(Q(organisation_id=organisation_id) | Q(organisation__body_id=organisation_id))
    if staff_type:
        qs = qs.filter(staff_type=staff_type)
    if cert_state == "none":
        qs = qs.exclude(certificates__state__in=OPEN_STATES)
    elif cert_state:
        qs = qs.filter(certificates__state=cert_state).distinct()
    if status:
        qs = qs.filter(status=status)
    return qs


def certificate_list(*, actor, state: str = "") -> QuerySet[Certificate]:
    qs = restrict(Certificate.objects.select_related("person", "organisation"), actor)
    return qs.filter(state=state) if state else qs


@dataclass(frozen=True)
class TrainingProgress:
    organisation_id: int
    organisation_name: str
    people: int
    hours_met: int
    rotated: int
    total_hours: Decimal
    required_hours: int

    @property
    def met_rate(self) -> float:
        return round(100 * self.hours_met / self.people, 1) if self.people else 0.0

    @property
    def rotation_rate(self) -> float:
        return round(100 * self.rotated / self.people, 1) if self.people else 0.0


def _minutes_by_person(people: QuerySet[Person], start: date, end: date) -> dict[int, int]:
    rows = TrainingRecord.objects.filter(person__in=people, held_on__range=(start, end)).values("person_id")
    return {r["person_id"]: r["m"] for r in rows.annotate(m=Sum("minutes"))}


def training_progress_by_body(*, actor, year: int) -> list[TrainingProgress]:
    """Per body: officers on duty, how many met the yearly hours, and how many were trained before the
    rotation deadline (全员轮训, seed 000 §2 / 004 (一)2). Two aggregate queries, whatever the size."""
    required = int(get_param("training.annual_hours"))
    per_hour = int(get_param("training.minutes_per_hour"))
    deadline = date.fromisoformat(str(get_param("training.rotation_deadline")))
    people = person_list(actor=actor, status=PersonStatus.ON_DUTY)
    minutes = _minutes_by_person(people, date(year, 1, 1), date(year, 12, 31))
    rotation_start = date(deadline.year, 1, 1)
    rotated_ids = set(_minutes_by_person(people, rotation_start, deadline))
    stats: dict[int, dict] = {}
    for pid, body_id, body_name in people.values_list(
        "id", "organisation__body_id", "organisation__body__name"
    ):
        s = stats.setdefault(body_id, {"name": body_name, "people": 0, "met": 0, "rotated": 0, "minutes": 0})
        m = minutes.get(pid, 0)
        s["people"] += 1
        s["minutes"] += m
        s["met"] += m >= required * per_hour
        s["rotated"] += pid in rotated_ids
    return [
        TrainingProgress(
            bid, s["name"], s["people"], s["met"], s["rotated"], minutes_to_hours(s["minutes"]), required
        )
        for bid, s in sorted(stats.items(), key=lambda kv: kv[1]["name"])
    ]


def exam_session_stats(session: ExamSession) -> dict:
    """Candidates, sat, passed and pass rate of one exam session (seed 003: 665人参考，409人合格，61.5%)."""
    agg = session.results.aggregate(
        candidates=Count("id"),
        sat=Count("id", filter=Q(score__isnull=False)),
        passed=Count("id", filter=Q(passed=True)),
    )
    agg["pass_rate"] = round(100 * agg["passed"] / agg["sat"], 1) if agg["sat"] else 0.0
    return agg


def certificate_state_counts(*, actor) -> dict[str, int]:
    rows = certificate_list(actor=actor).values("state").annotate(n=Count("id"))
    counts = {r["state"]: r["n"] for r in rows}
    return {s.value: counts.get(s.value, 0) for s in CertState}


def expiring_certificates(*, actor, today: date, within_days: int = 90) -> QuerySet[Certificate]:
    qs = certificate_list(actor=actor, state=CertState.VALID)
    return qs.filter(valid_until__range=(today, today + timedelta(days=within_days))).order_by("valid_until")


def passed_results() -> QuerySet[ExamResult]:
    return ExamResult.objects.filter(score__gte=F("session__pass_mark"))


def certificate_state_on(certificate: Certificate, day: date) -> str:
    """The state ``certificate`` was in at the end of ``day``, read from its append-only history (so a step
    recorded later for an earlier day is judged by the certificate as it stood that day).

    A certificate registered without its history (imported, or made before its first recorded event) counts as
    being, from its issue date, in the state its first event started from (or its current state if it has none).
    """
    from django.utils import timezone

    events = list(certificate.events.all())  # ordered by time
    issued = certificate.issued_on
    state = ""
    if issued is not None and issued <= day:
        state = events[0].from_state if events else certificate.state
    for event in events:
        if timezone.localdate(event.at) > day:
            break
        state = event.to_state
    return state


def certificate_valid_on(person: Person, organisation, day: date) -> tuple[Certificate | None, str]:
    """The certificate under which ``person`` may act for ``organisation`` on ``day``, or None and why not.

    A certificate covers the body it was issued for (its internal units act in its name) and is valid that day:
    issued, not yet expired, and neither suspended, revoked, withdrawn, cancelled nor reported lost.
    """
    certs = list(person.certificates.filter(organisation=organisation).prefetch_related("events"))
    if not certs:
        return None, f"{person.name}没有{organisation.name}的行政执法证"
    reasons = []
    for cert in certs:
        state = certificate_state_on(cert, day)
        if state == CertState.VALID and cert.valid_until and cert.valid_until < day:
            reasons.append(f"{person.name}的执法证（{cert.number}）已于{cert.valid_until}过期")
        elif state == CertState.VALID:
            return cert, ""
        else:
            label = CertState(state).label if state else "尚未发证"
            reasons.append(f"{person.name}的执法证（{cert.number or '未发证'}）在{day}处于“{label}”状态")
    return None, "；".join(reasons)


def officer_shortfall(
    people: list[Person], ids: list[int], organisations: list, day: date, needed: int = 2
) -> str:
    """Why ``people`` (the officers named by ``ids``) cannot take an act that needs ``needed`` certified officers of
    one of ``organisations`` on ``day``; '' when they can. Auxiliary staff never count (《行政处罚法》第四十二条,
    《行政强制法》第十七条, 国办发〔2024〕54号 五个严禁)."""
    found = {p.pk: p for p in people}
    problems = [f"人员ID {i} 不存在" for i in dict.fromkeys(ids) if i not in found]
    refused = [why for p in people if (why := _officer_refusal(p, organisations, day))]
    qualified = len(people) - len(refused)
    problems += refused
    if qualified >= needed and not problems:
        return ""
    head = f"须由不少于{needed}名在{day}持有效执法证的执法人员实施，现有{qualified}名"
    return head + ("：" + "；".join(problems) if problems else "") + "。"


def _officer_refusal(person: Person, organisations: list, day: date) -> str:
    if person.is_auxiliary:
        return f"{person.name}是辅助人员，不能独立执法，也不计入执法人员人数"
    reasons = []
    for org in organisations:
        cert, why = certificate_valid_on(person, org, day)
        if cert is not None:
            return ""
        reasons.append(why)
    return "；".join(reasons)


def officer_record(people: list[Person], organisations: list, day: date) -> list[dict]:
    """The officers of a step as the history row keeps them: id, name and the certificate each held that day."""
    rows = []
    for person in people:
        cert = next((c for org in organisations if (c := certificate_valid_on(person, org, day)[0])), None)
        rows.append({"id": person.pk, "name": person.name, "certificate": cert.number if cert else ""})
    return rows
