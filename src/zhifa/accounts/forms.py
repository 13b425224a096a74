"""Forms of the accounts pages: the Chinese login form and the API token form."""

from __future__ import annotations

from datetime import date, datetime, time

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils import timezone

from zhifa.organisations.constants import Category, OrgStatus
from zhifa.organisations.selectors import organisation_list

from .constants import Perm


class LoginForm(AuthenticationForm):
    """Django's login form with Chinese labels and messages.

    ``LoginView`` passes the request to the form and the form to ``authenticate(request, …)``, which is what
    django-axes needs to count failures per username and address.
    """

    username = forms.CharField(
        label="用户名",
        max_length=150,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    password = forms.CharField(
        label="密码", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    error_messages = {
        "invalid_login": "用户名或密码不正确。请注意区分大小写；连续多次失败后账号将被暂时锁定。",
        "inactive": "该账号已停用，请联系系统管理员。",
    }


class ApiTokenForm(forms.Form):
    """Create an API token: a name, an organisation in the actor's scope, permissions, an optional expiry."""

    name = forms.CharField(
        label="名称", max_length=100, help_text="使用该令牌的系统，如“区市场监管局办案系统”。"
    )
    organisation = forms.ModelChoiceField(
        label="所属机构",
        queryset=None,
        empty_label="请选择机构",
        help_text="令牌的数据范围：该机构（司法局为全区）的数据。",
    )
    permissions = forms.MultipleChoiceField(
        label="权限",
        choices=Perm.choices,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        help_text="只勾选对方系统需要的权限。",
    )
    expires_on = forms.DateField(
        label="到期日期",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="留空表示不自动到期；到期日当天结束时失效。",
    )

    def __init__(self, *args, actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        orgs = organisation_list(actor=actor, status=OrgStatus.ACTIVE).exclude(
            category=Category.INTERNAL_UNIT
        )
        self.fields["organisation"].queryset = orgs.order_by("sort_order", "id")

    def clean_expires_on(self) -> date | None:
        day = self.cleaned_data.get("expires_on")
        if day is not None and day < timezone.localdate():
            raise forms.ValidationError("到期日期不能早于今天。")
        return day

    def expires_at(self) -> datetime | None:
        """The end of the chosen day in local time (a token expiring "on" a day works all that day)."""
        day = self.cleaned_data.get("expires_on")
        return None if day is None else timezone.make_aware(datetime.combine(day, time.max))
