"""Certificate histories written as ``CertificateEvent`` rows and put on the audit hash chain in one
``append_many`` call (so ``zhifa verify`` checks them as if the services had written them), in time order,
followed by one event for the load itself."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from zhifa.core.audit import PendingEvent, append_many
from zhifa.core.models import AuditEvent
from zhifa.personnel.models import CertificateEvent

from . import data as D
from .context import BATCH, LoadContext
from .plans import CertPlan, Step

LOADER_LABEL = "系统（演示数据加载）"


def load_audit(ctx: LoadContext) -> None:
    """Certificate events (rows and the hash chain, in time order), then one event for the load itself."""
    ordered = _ordered_steps(ctx.certs)
    CertificateEvent.objects.bulk_create([_event_row(c, s) for c, s in ordered], batch_size=BATCH)
    events = [_audit_event(c, s) for c, s in ordered]
    earlier = AuditEvent.objects.count()  # events earlier parts appended (the law library import)
    ctx.counts.update(certificate_events=len(ordered), audit_events=earlier + len(events) + 1)
    last = events[-1].at if events else timezone.now()
    events.append(
        PendingEvent(
            action="demo.load",
            object_type="demo.district",
            object_id=D.DEMO_REGION,
            actor_label=LOADER_LABEL,
            organisation_id=ctx.orgs[D.BUREAU.name].pk,
            at=max(timezone.now(), last + timedelta(seconds=1)),
            after={
                "seed": ctx.seed,
                "today": ctx.tl.today,
                "scale": ctx.scale,
                "counts": dict(ctx.counts),
            },
        )
    )
    append_many(events)


def _ordered_steps(certs: list[CertPlan]) -> list[tuple[CertPlan, Step]]:
    pairs = [(i, j, c, s) for i, c in enumerate(certs) for j, s in enumerate(c.steps)]
    return [(c, s) for _, _, c, s in sorted(pairs, key=lambda t: (t[3].at, t[0], t[1]))]


def _event_row(cert: CertPlan, step: Step) -> CertificateEvent:
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


def _audit_event(cert: CertPlan, step: Step) -> PendingEvent:
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
