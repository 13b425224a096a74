"""Writes on accounts and API tokens."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from zhifa.core.audit import audit
from zhifa.core.exceptions import DomainError
from zhifa.organisations.constants import Category

from .constants import Perm, Role
from .models import ApiToken
from .models.tokens import hash_token, new_raw_token
from .permissions import ROLE_PERMISSIONS, require, require_scope
from .rules import TOKEN_PERMS, TOKEN_REVOKED


def _scope_role(organisation) -> str:
    """A token sees what a head of its organisation would: a 司法局 its region, a 司法所 its street."""
    if organisation.category == Category.JUSTICE_BUREAU:
        return Role.SUPERVISOR
    if organisation.category == Category.JUSTICE_OFFICE:
        return Role.JUSTICE_OFFICE
    return Role.AGENCY_HEAD


@transaction.atomic
def api_token_create(
    *, by, name: str, organisation, permissions: list[str], expires_at: datetime | None = None
) -> tuple[ApiToken, str]:
    """Create a token for another system; returns the token row and the raw token (shown once)."""
    require(by, Perm.TOKEN_MANAGE)
    require_scope(by, organisation)
    role = _scope_role(organisation)
    unknown = [p for p in permissions if p not in Perm.values]
    beyond = [p for p in permissions if p in Perm.values and p not in ROLE_PERMISSIONS[role]]
    if not permissions or unknown or beyond:
        detail = "未选择权限" if not permissions else f"无效或超出范围的权限：{'、'.join(unknown + beyond)}"
        raise DomainError.from_rule(TOKEN_PERMS, detail=detail)
    raw = new_raw_token()
    token = ApiToken(name=name.strip(), organisation=organisation, role=role, permissions=sorted(set(permissions)),
                     token_hash=hash_token(raw), token_hint=raw[-4:], created_by=by.user, expires_at=expires_at)  # fmt: skip
    token.full_clean()
    token.save()
    audit(
        actor=by,
        action="api_token.create",
        obj=token,
        after={"name": token.name, "permissions": token.permissions, "organisation_id": organisation.pk},
        organisation_id=organisation.pk,
    )
    return token, raw


@transaction.atomic
def api_token_revoke(*, by, token: ApiToken) -> ApiToken:
    require(by, Perm.TOKEN_MANAGE)
    require_scope(by, token.organisation)
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at:
        raise DomainError.from_rule(
            TOKEN_REVOKED, name=token.name, at=timezone.localtime(token.revoked_at).strftime("%Y-%m-%d %H:%M")
        )
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at", "updated_at"])
    audit(
        actor=by,
        action="api_token.revoke",
        obj=token,
        after={"revoked_at": token.revoked_at},
        organisation_id=token.organisation_id,
    )
    return token
