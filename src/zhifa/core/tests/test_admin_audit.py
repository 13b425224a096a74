"""Changing a parameter in the admin is audited like any other write, and the chain still verifies."""

import pytest

from zhifa.core.audit import verify_chain
from zhifa.core.models import AuditEvent, Parameter

pytestmark = pytest.mark.django_db


def test_it_audits_a_parameter_changed_in_the_admin(client, admin_user):
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save(update_fields=["is_staff", "is_superuser"])
    client.force_login(admin_user)
    response = client.post(
        "/workbench/admin/core/parameter/add/",
        {"key": "training.annual_hours", "value": "40", "source": "某省2026年培训通知"},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    row = Parameter.objects.get(key="training.annual_hours")
    client.post(
        f"/workbench/admin/core/parameter/{row.pk}/change/", {"key": row.key, "value": "50", "source": "更正"}
    )
    events = list(AuditEvent.objects.filter(action__startswith="admin.parameter").order_by("seq"))
    assert [e.action for e in events] == ["admin.parameter.create", "admin.parameter.update"]
    assert events[1].before["value"] == 40 and events[1].after["value"] == 50
    assert verify_chain().ok


def test_it_never_records_a_password_in_the_audit(client, admin_user):
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save(update_fields=["is_staff", "is_superuser"])
    client.force_login(admin_user)
    client.post(
        "/workbench/admin/accounts/user/add/",
        {
            "username": "newuser",
            "full_name": "新用户",
            "role": "officer",
            "password1": "Xy-9876543210",
            "password2": "Xy-9876543210",
        },
    )
    event = AuditEvent.objects.get(action="admin.user.create")
    assert "Xy-9876543210" not in str(event.after) and "pbkdf2" not in str(event.after).lower()
