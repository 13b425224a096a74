"""The login page with its lockout, logout, and the API token page, as staff use them."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.urls import reverse

from zhifa.accounts.constants import Perm
from zhifa.accounts.models import ApiToken
from zhifa.accounts.models.tokens import hash_token
from zhifa.accounts.tests.factories import PASSWORD, UserFactory
from zhifa.organisations.tests.factories import OrganisationFactory, make_uscc

pytestmark = pytest.mark.django_db
LOGIN = "/workbench/accounts/login/"


def _login(client, username: str, password: str):
    return client.post(LOGIN, {"username": username, "password": password})


def _raw_token(html: str) -> str | None:
    match = re.search(r"(zf_[A-Za-z0-9_\-]{20,})", html)
    return match.group(1) if match else None


@pytest.fixture
def supervisor():
    return UserFactory(supervisor=True, full_name="司法局李监督")


def _create_token(client, organisation, permissions=(Perm.ORG_VIEW,), name="区市场监管局办案系统"):
    data = {"name": name, "organisation": organisation.pk, "permissions": list(permissions), "expires_on": ""}
    return client.post(reverse("accounts:tokens"), data)


# --- login -----------------------------------------------------------------------------------


def test_it_shows_a_chinese_login_form(client):
    html = client.get(LOGIN).content.decode()
    assert "工作人员登录" in html and "用户名" in html and "密码" in html


def test_it_logs_a_user_in_and_greets_them(client):
    user = UserFactory(username="wangjg", full_name="王建国")
    response = _login(client, "wangjg", PASSWORD)
    assert response.status_code == 302 and response["Location"] == reverse("core:workbench")
    html = client.get(reverse("core:workbench")).content.decode()
    assert "您好，王建国" in html and user.organisation.name in html


def test_it_refuses_a_wrong_password_in_chinese(client):
    UserFactory(username="wangjg")
    response = _login(client, "wangjg", "wrong-password-1")
    assert response.status_code == 200
    assert "用户名或密码不正确" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_it_locks_the_account_after_too_many_failures(client):
    UserFactory(username="wangjg")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, "wangjg", "wrong-password-1")
    response = _login(client, "wangjg", PASSWORD)
    html = response.content.decode()
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    assert response.status_code != 302
    assert "登录失败次数过多，账号已暂时锁定" in html
    assert f"请 {minutes} 分钟后再试" in html
    assert "_auth_user_id" not in client.session


def test_it_logs_out_with_a_post(client):
    client.force_login(UserFactory())
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("core:workbench"))["Location"].startswith(LOGIN)


# --- API tokens -------------------------------------------------------------------------


def test_it_shows_a_new_token_once(client, supervisor):
    client.force_login(supervisor)
    created = _create_token(client, supervisor.organisation).content.decode()
    raw = _raw_token(created)
    assert raw and "请立即复制保存" in created
    token = ApiToken.objects.get()
    assert token.token_hash == hash_token(raw) and token.permissions == [Perm.ORG_VIEW]
    again = client.get(reverse("accounts:tokens")).content.decode()
    assert "区市场监管局办案系统" in again and raw not in again and _raw_token(again) is None


def test_it_explains_a_refused_permission_and_creates_nothing(client, supervisor):
    client.force_login(supervisor)
    body = OrganisationFactory()  # a body's tokens act as its head, who may not manage tokens
    html = _create_token(client, body, permissions=[Perm.TOKEN_MANAGE]).content.decode()
    assert "【AUTH-010 令牌权限不得超出范围】" in html
    assert ApiToken.objects.count() == 0 and _raw_token(html) is None


def test_it_revokes_a_token(client, supervisor):
    client.force_login(supervisor)
    _create_token(client, supervisor.organisation)
    token = ApiToken.objects.get()
    response = client.post(reverse("accounts:token_revoke", args=[token.pk]), follow=True)
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert "已撤销，立即失效" in response.content.decode()


def test_it_lists_only_the_tokens_of_the_actors_region(client, supervisor):
    elsewhere = OrganisationFactory(justice_bureau=True, region_code="439902", uscc=make_uscc(9001, "439902"))
    other = UserFactory(supervisor=True, organisation=elsewhere)
    client.force_login(other)
    _create_token(client, elsewhere, name="外区系统")
    client.force_login(supervisor)
    html = client.get(reverse("accounts:tokens")).content.decode()
    assert "外区系统" not in html and elsewhere.name not in html


def test_it_cannot_revoke_a_token_outside_the_actors_region(client, supervisor):
    elsewhere = OrganisationFactory(justice_bureau=True, region_code="439902", uscc=make_uscc(9002, "439902"))
    client.force_login(UserFactory(supervisor=True, organisation=elsewhere))
    _create_token(client, elsewhere, name="外区系统")
    token = ApiToken.objects.get()
    client.force_login(supervisor)
    response = client.post(reverse("accounts:token_revoke", args=[token.pk]))
    token.refresh_from_db()
    assert response.status_code == 404 and token.revoked_at is None
    assert "页面不存在" in response.content.decode()


def test_it_refuses_the_token_page_to_an_officer(client):
    client.force_login(UserFactory(officer=True))
    response = client.get(reverse("accounts:tokens"))
    assert response.status_code == 403
    assert "管理 API 令牌" in response.content.decode()


def test_a_revoked_token_is_refused_by_the_api(client, supervisor):
    client.force_login(supervisor)
    raw = _raw_token(_create_token(client, supervisor.organisation).content.decode())
    api = client.__class__()  # no session: the token alone
    if api.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 404:
        pytest.skip("GET /api/v1/me is not wired yet")
    assert api.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    client.post(reverse("accounts:token_revoke", args=[ApiToken.objects.get().pk]))
    assert api.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401
