"""Certificates: every officer's history planned (``histories``), 年审 added, numbers given in issue order,
each step's before/after snapshot replayed, and the certificates written (originals before their 补发)."""

from __future__ import annotations

from zhifa.core.parameters import get_param
from zhifa.organisations.selectors import deployment_region
from zhifa.personnel.models import Certificate
from zhifa.personnel.services import CERT_FIELDS

from . import data as D
from .context import BATCH, LoadContext
from .histories import CertificateRules, Histories
from .plans import CertPlan


def load_certificates(ctx: LoadContext) -> None:
    histories = Histories(ctx, CertificateRules.read())
    for p in ctx.people:
        ctx.certs += histories.certificates_of(p)
    for cert in ctx.certs:
        histories.add_annual_review(cert)
    _number(ctx.certs)
    for cert in ctx.certs:
        _replay(cert)
        cert.row = _cert_row(cert)
    # Originals first: a reissued certificate points at the one it replaces.
    for batch in ([c for c in ctx.certs if not c.replaces], [c for c in ctx.certs if c.replaces]):
        for cert in batch:
            cert.row.replaces = cert.replaces.row if cert.replaces else None
        Certificate.objects.bulk_create([c.row for c in batch], batch_size=BATCH)
    for cert in ctx.certs:
        if cert.replaces is not None:
            reissue = cert.replaces.steps[-1]
            reissue.data.update(new_number=cert.row.number, new_certificate_id=cert.row.pk)
    ctx.counts["certificates"] = len(ctx.certs)


def _number(certs: list[CertPlan]) -> None:
    """Numbers as ``personnel.services._next_number`` gives them: prefix + issue year + 6-digit sequence,
    in the order certificates were issued."""
    prefix = get_param("certificate.number_prefix") or deployment_region() or D.DEMO_REGION
    issued = [(s.at, i, s) for i, c in enumerate(certs) for s in c.steps if s.action in ("issue", "reissued")]
    sequence: dict[int, int] = {}
    for _, _, step in sorted(issued, key=lambda t: (t[0], t[1])):
        year = step.changes["issued_on"].year
        sequence[year] = sequence.get(year, 0) + 1
        step.changes["number"] = f"{prefix}{year}{sequence[year]:06d}"
        if step.action == "issue":
            step.data["number"] = step.changes["number"]
    for cert in certs:
        if cert.replaces is not None:
            old = next(s for s in cert.replaces.steps if s.action == "issue").changes["number"]
            cert.steps[0].reason = cert.steps[0].reason.format(number=old)
            cert.steps[0].data["replaces"] = old


def _replay(cert: CertPlan) -> None:
    """Walk the steps: each gets the before/after snapshot ``personnel.services._record`` would have audited."""
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


def _cert_row(cert: CertPlan) -> Certificate:
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
