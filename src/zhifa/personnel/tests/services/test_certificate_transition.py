"""The whole certificate transition table, walked: every state × every action (house style R5).

For each pair the certificate is built directly in the state, with every other requirement met (exam passed,
hours done, materials complete, a suspension period, a cancel reason, a target body), so that the only thing
deciding the outcome is the table in ``personnel/workflow.py``.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from zhifa.accounts.tests.factories import actor_of
from zhifa.core.audit import verify_chain
from zhifa.core.models import AuditEvent
from zhifa.personnel.constants import CancelReason
from zhifa.personnel.models import Certificate, CertificateEvent
from zhifa.personnel.services import certificate_transition
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory, qualify
from zhifa.personnel.workflow import TRANSITIONS, CertState

UNKNOWN_ACTIONS = ["fly", "apply", "reissued"]  # "apply" and "reissued" are event names, not table actions
ACTIONS = [*TRANSITIONS, *UNKNOWN_ACTIONS]
PAIRS = [(state, action) for state in CertState for action in ACTIONS]
PRELIMINARY = {"preliminary_approve", "preliminary_reject"}


def _is_allowed(state: str, action: str) -> bool:
    return action in TRANSITIONS and state in TRANSITIONS[action].sources


@pytest.fixture
def walk(today, body_a, body_b, head_a, supervisor):
    """Build the certificate for a pair, and the keyword arguments every action needs to succeed."""

    def build(state: str, action: str):
        person = PersonFactory(organisation=body_a)
        qualify(person, today)
        cert = CertificateFactory(state=state, person=person)
        extra = {
            "suspend": {"until": today + timedelta(days=30)},
            "cancel": {"cancel_reason": CancelReason.RETIRED},
            "transfer": {"to_organisation": body_b},
        }.get(action, {})
        # 初审 of a body's officer is the body's own (seed 000 §3); every other step is the 司法局's.
        by = actor_of(head_a if action in PRELIMINARY else supervisor)
        return cert, dict(by=by, certificate=cert, action=action, reason="状态表测试", today=today, **extra)

    return build


@pytest.mark.parametrize(("state", "action"), PAIRS, ids=[f"{s.value}-{a}" for s, a in PAIRS])
def test_it_follows_the_transition_table(walk, refused, state, action):
    cert, kwargs = walk(state, action)
    if _is_allowed(state, action):
        _assert_step_taken(cert, kwargs, TRANSITIONS[action].target)
    else:
        with refused("CERT-STATE", cert, cert.person) as info:
            certificate_transition(**kwargs)
        assert "CERT-STATE" in info.value.message
        assert "依据" in info.value.message


def _assert_step_taken(cert: Certificate, kwargs: dict, target: str) -> None:
    action, state = kwargs["action"], cert.state
    events_before, audit_before = CertificateEvent.objects.count(), AuditEvent.objects.count()

    result = certificate_transition(**kwargs)

    cert.refresh_from_db()
    assert result.state == cert.state == target
    event = cert.events.order_by("-id").first()
    assert (event.action, event.from_state, event.to_state) == (action, state, target)
    assert CertificateEvent.objects.count() > events_before
    assert AuditEvent.objects.count() > audit_before
    assert AuditEvent.objects.filter(action=f"certificate.{action}", object_id=str(cert.pk)).count() == 1
    assert verify_chain().ok


def test_it_covers_every_state_and_action():
    assert len(PAIRS) == len(CertState) * (len(TRANSITIONS) + len(UNKNOWN_ACTIONS))
    assert any(_is_allowed(s, a) for s, a in PAIRS)
    assert all(not _is_allowed(s, a) for s, a in PAIRS if a in UNKNOWN_ACTIONS)
