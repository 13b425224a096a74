"""API: API tokens for other systems (create, list, revoke)."""

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema, Status

from zhifa.core.api_support import acting, responses
from zhifa.organisations.models import Organisation

from .constants import Perm
from .models import ApiToken
from .permissions import get_in_scope, restrict
from .services import api_token_create, api_token_revoke

router = Router(tags=["API 令牌"])


class TokenIn(Schema):
    name: str
    organisation_id: int
    permissions: list[str]
    expires_at: datetime | None = None


class TokenOut(Schema):
    id: int
    name: str
    organisation_id: int
    role: str
    permissions: list[str]
    token_hint: str
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


class TokenCreatedOut(TokenOut):
    token: str


@router.get("/tokens", response=responses(200, list[TokenOut]), summary="本范围内的 API 令牌")
def token_list(request: HttpRequest):
    actor = acting(request, Perm.TOKEN_MANAGE)
    return list(restrict(ApiToken.objects.order_by("-id"), actor))


@router.post("/tokens", response=responses(201, TokenCreatedOut), summary="创建 API 令牌（令牌只显示一次）")
def token_create(request: HttpRequest, payload: TokenIn):
    actor = acting(request, Perm.TOKEN_MANAGE)
    org = get_in_scope(Organisation.objects.all(), actor, via="self", pk=payload.organisation_id)
    token, raw = api_token_create(by=actor, name=payload.name, organisation=org, permissions=payload.permissions,
                                  expires_at=payload.expires_at)  # fmt: skip
    return Status(201, TokenCreatedOut(**TokenOut.from_orm(token).dict(), token=raw))


@router.post("/tokens/{token_id}/revoke", response=responses(200, TokenOut), summary="撤销 API 令牌")
def token_revoke(request: HttpRequest, token_id: int):
    actor = acting(request, Perm.TOKEN_MANAGE)
    token = get_in_scope(ApiToken.objects.all(), actor, pk=token_id)
    return api_token_revoke(by=actor, token=token)
