"""Workbench pages of accounts: login, logout and API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from zhifa.core.exceptions import DomainError
from zhifa.core.views_support import workbench_view

from .constants import Perm
from .forms import ApiTokenForm, LoginForm
from .models import ApiToken
from .permissions import get_in_scope, restrict
from .services import api_token_create, api_token_revoke

login = auth_views.LoginView.as_view(
    template_name="accounts/login.html", authentication_form=LoginForm, redirect_authenticated_user=True
)
logout = auth_views.LogoutView.as_view()

PERM_LABELS = dict(Perm.choices)


def _tokens(actor) -> list[ApiToken]:
    """The tokens of the actor's scope, active first, each with its permissions' Chinese labels."""
    qs = restrict(ApiToken.objects.select_related("organisation", "created_by"), actor)
    tokens = list(qs.order_by("revoked_at", "-created_at", "-id"))
    for token in tokens:
        token.permission_labels = [PERM_LABELS.get(p, p) for p in token.permissions]
    return tokens


def _render_tokens(request: HttpRequest, form: ApiTokenForm, **extra) -> HttpResponse:
    context = {"tokens": _tokens(request.actor), "form": form, **extra}
    return render(request, "accounts/tokens.html", context)


@never_cache  # the response to a creation carries the raw token: no cache may keep it
@require_http_methods(["GET", "POST"])
@workbench_view(Perm.TOKEN_MANAGE)
def tokens(request: HttpRequest) -> HttpResponse:
    """List the tokens in scope; create one (the raw token is shown in this response only)."""
    if request.method == "GET":
        return _render_tokens(request, ApiTokenForm(actor=request.actor))
    form = ApiTokenForm(request.POST, actor=request.actor)
    if not form.is_valid():
        return _render_tokens(request, form)
    data = form.cleaned_data
    try:
        token, raw = api_token_create(
            by=request.actor,
            name=data["name"],
            organisation=data["organisation"],
            permissions=data["permissions"],
            expires_at=form.expires_at(),
        )
    except DomainError as exc:
        form.add_error(None, exc.message)
        return _render_tokens(request, form)
    # Rendered, not redirected: the raw token must never be stored, not even in the session.
    return _render_tokens(request, ApiTokenForm(actor=request.actor), created=token, raw_token=raw)


@require_POST
@workbench_view(Perm.TOKEN_MANAGE)
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_in_scope(ApiToken.objects.select_related("organisation"), request.actor, pk=pk)
    try:
        api_token_revoke(by=request.actor, token=token)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"令牌“{token.name}”（…{token.token_hint}）已撤销，立即失效。")
    return redirect("accounts:tokens")
