"""Turning a request into an ``Actor``: the workbench session or an API token."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import APIKeyHeader, HttpBearer, SessionAuth

from .actors import Actor
from .models import ApiToken
from .models.tokens import hash_token


def actor_for(request: HttpRequest) -> Actor:
    """The actor behind a request that passed authentication (pages or API)."""
    actor = getattr(request, "actor", None)
    if actor is not None:
        return actor
    actor = Actor.from_user(request.user)
    request.actor = actor
    return actor


def token_actor(raw: str) -> Actor | None:
    token = (
        ApiToken.objects.select_related("organisation")
        .filter(token_hash=hash_token(raw), revoked_at__isnull=True)
        .first()
    )
    if token is None or (token.expires_at and token.expires_at <= timezone.now()):
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return Actor.from_token(token)


class TokenAuth(HttpBearer):
    """``Authorization: Bearer zf_…`` for other systems."""

    openapi_description = "API 令牌：Authorization: Bearer zf_…（在工作台“API 令牌”页面创建）"

    def authenticate(self, request, token):
        actor = token_actor(token)
        if actor is not None:
            request.actor = actor
        return actor


class TokenHeaderAuth(APIKeyHeader):
    param_name = "X-API-Token"

    def authenticate(self, request, key):
        return TokenAuth().authenticate(request, key) if key else None


class StaffSessionAuth(SessionAuth):
    """The workbench login session (CSRF-checked for unsafe methods)."""

    def authenticate(self, request, key):
        user = super().authenticate(request, key)
        if user is None or not user.is_active:
            return None
        request.actor = Actor.from_user(user)
        return request.actor


API_AUTH = [TokenAuth(), StaffSessionAuth()]
