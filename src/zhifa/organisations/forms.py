"""Page forms for organisations and entrustments: they parse input; the services decide (house style R3)."""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from zhifa.core.forms import DATE_WIDGET, BootstrapMixin
from zhifa.utils.validators import check_region_code, check_uscc

from . import selectors
from .constants import Category, Domain, OrgStatus, SubjectKind


def _validated(check: Callable, value: str) -> str:
    result = check(value)
    if not result.ok:
        raise ValidationError(result.errors[0])
    return result.value


class OrganisationEditForm(BootstrapMixin, forms.Form):
    """The fields that may change after registration; changes to a subject's details are announced."""

    name = forms.CharField(label="名称", max_length=100)
    short_name = forms.CharField(label="简称", max_length=30, required=False)
    subject_kind = forms.ChoiceField(
        label="主体类别",
        choices=[("", "（无，内设机构）"), *SubjectKind.choices],
        required=False,
        help_text="法定行政机关、法律法规授权组织或受委托组织（《行政处罚法》第十七至二十一条）。",
    )
    uscc = forms.CharField(
        label="统一社会信用代码", max_length=18, required=False, help_text="GB 32100-2015，18位。"
    )
    legal_basis = forms.CharField(
        label="主体资格依据",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="三定方案、法律法规条款或委托书。",
    )
    region_code = forms.CharField(label="行政区划代码", max_length=6, help_text="GB/T 2260，6位数字。")
    domain = forms.ChoiceField(label="执法领域", choices=[("", "—"), *Domain.choices], required=False)
    head_name = forms.CharField(label="负责人", max_length=50, required=False)
    address = forms.CharField(label="地址", max_length=200, required=False)
    phone = forms.CharField(label="电话", max_length=30, required=False)
    sort_order = forms.IntegerField(label="排序", initial=0, required=False)

    def clean_uscc(self) -> str | None:
        value = self.cleaned_data["uscc"].strip()
        return _validated(check_uscc, value) if value else None

    def clean_region_code(self) -> str:
        return _validated(check_region_code, self.cleaned_data["region_code"])

    def clean_sort_order(self) -> int:
        return self.cleaned_data["sort_order"] or 0


class OrganisationCreateForm(OrganisationEditForm):
    """Registering an organisation: its place in the tree is fixed here and not edited later."""

    category = forms.ChoiceField(label="机构类别", choices=Category.choices)
    parent = forms.ModelChoiceField(
        label="上级机构",
        queryset=None,
        required=False,
        help_text="内设机构所属的主体、司法所所属的司法局、执法队所属的街道。",
    )
    street = forms.ModelChoiceField(
        label="所属街道/乡镇", queryset=None, required=False, help_text="街道综合行政执法队、司法所必填。"
    )
    field_order = ["name", "short_name", "category", "subject_kind", "parent", "street"]

    def __init__(self, *args, actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        active = selectors.organisation_list(actor=actor, status=OrgStatus.ACTIVE)
        self.fields["parent"].queryset = active
        self.fields["street"].queryset = active.filter(category=Category.STREET)
        if actor.organisation is not None:
            self.fields["region_code"].initial = actor.organisation.region_code


class AbolishForm(BootstrapMixin, forms.Form):
    effective_on = forms.DateField(label="撤销生效日期", widget=DATE_WIDGET, initial=timezone.localdate)
    reason = forms.CharField(
        label="撤销原因与依据", widget=forms.Textarea(attrs={"rows": 3}), help_text="将写入主体撤销公告。"
    )


class EntrustmentForm(BootstrapMixin, forms.Form):
    """A written entrustment (《行政处罚法》第二十条): who, what, how long, and the letter itself."""

    entrusting = forms.ModelChoiceField(label="委托机关", queryset=None, help_text="法定行政机关或授权组织。")
    entrusted = forms.ModelChoiceField(label="受委托组织", queryset=None)
    matters = forms.CharField(
        label="委托事项", widget=forms.Textarea(attrs={"rows": 4}), help_text="每行一项执法事项。"
    )
    valid_from = forms.DateField(label="委托起始日", widget=DATE_WIDGET)
    valid_until = forms.DateField(label="委托截止日", widget=DATE_WIDGET, help_text="期限最后一日（含）。")
    letter_number = forms.CharField(label="委托书文号", max_length=100)
    letter = forms.FileField(
        label="委托书",
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
        help_text="PDF、JPG 或 PNG（按文件内容识别类型）。",
    )

    def __init__(self, *args, actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        active = selectors.organisation_list(actor=actor, status=OrgStatus.ACTIVE)
        self.fields["entrusting"].queryset = active.filter(
            subject_kind__in=[SubjectKind.STATUTORY, SubjectKind.AUTHORISED]
        )
        self.fields["entrusted"].queryset = active.exclude(category=Category.INTERNAL_UNIT)

    def clean_matters(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["matters"].splitlines() if line.strip()]


class TerminateForm(BootstrapMixin, forms.Form):
    terminated_on = forms.DateField(label="终止日期", widget=DATE_WIDGET, initial=timezone.localdate)
    reason = forms.CharField(label="终止原因", widget=forms.Textarea(attrs={"rows": 3}))
