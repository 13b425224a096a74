"""Page forms for people, certificates, training, exams and assessments.

They only parse input. Fields a rule requires (the reason of a step, the suspension period, the cancel
reason…) stay optional here on purpose: the service refuses a missing value with the rule code and its
citation, which is what the user should see.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from zhifa.core.forms import DATE_WIDGET, BootstrapMixin
from zhifa.core.parameters import get_param
from zhifa.organisations import selectors as org_selectors
from zhifa.organisations.constants import ENFORCING_CATEGORIES, Category, OrgStatus
from zhifa.utils.validators import check_resident_id

from .constants import AssessmentResult, CancelReason, PersonStatus, StaffType, TrainingCategory
from .workflow import CertState

# The fields each certificate action shows besides the reason (see ``services.HANDLERS``).
ACTION_FIELDS: dict[str, tuple[str, ...]] = {
    "issue": ("number", "valid_until", "domain", "area"),
    "annual_review": ("year",),
    "suspend": ("until",),
    "cancel": ("cancel_reason",),
    "transfer": ("to_organisation",),
}


def _employers(actor):
    """Organisations in the actor's scope where people may be registered (bodies and their units)."""
    active = org_selectors.organisation_list(actor=actor, status=OrgStatus.ACTIVE)
    return active.filter(category__in=[*ENFORCING_CATEGORIES, Category.INTERNAL_UNIT])


class PersonFilterForm(BootstrapMixin, forms.Form):
    """The search box and filters above the officer list (all optional)."""

    q = forms.CharField(label="姓名或证号", required=False)
    organisation = forms.ModelChoiceField(label="机构", queryset=None, required=False, empty_label="全部机构")
    staff_type = forms.ChoiceField(
        label="人员类别", choices=[("", "全部类别"), *StaffType.choices], required=False
    )
    cert_state = forms.ChoiceField(
        label="证件状态", choices=[("", "全部证件状态"), ("none", "无证"), *CertState.choices], required=False
    )
    status = forms.ChoiceField(
        label="在岗状态", choices=[("", "全部"), *PersonStatus.choices], required=False
    )

    def __init__(self, *args, actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = org_selectors.organisation_list(actor=actor)
        self.fields["q"].widget.attrs.update(type="search", placeholder="输入姓名或证号", autocomplete="off")
        self._make_live()

    def _make_live(self) -> None:
        """htmx live search: typing (300 ms pause) or changing a filter reloads the table only."""
        live = {
            "hx-get": reverse("personnel:list"),
            "hx-include": "closest form",
            "hx-target": "#person-table",
            "hx-push-url": "true",
        }
        for name, field in self.fields.items():
            trigger = "keyup changed delay:300ms, search" if name == "q" else "change"
            field.widget.attrs.update({**live, "hx-trigger": trigger})


class PersonEditForm(BootstrapMixin, forms.Form):
    """A person's details that may change (the ID number identifies the person and does not)."""

    name = forms.CharField(label="姓名", max_length=50)
    organisation = forms.ModelChoiceField(label="所在机构", queryset=None)
    post = forms.CharField(label="职务/岗位", max_length=50, required=False)
    staff_type = forms.ChoiceField(
        label="人员类别", choices=StaffType.choices, help_text="辅助人员不得申领执法证。"
    )
    has_legal_qualification = forms.BooleanField(label="已取得国家统一法律职业资格", required=False)
    legal_review_since = forms.DateField(
        label="从事法制审核起始日",
        required=False,
        widget=DATE_WIDGET,
        help_text="本平台启用前已从事法制审核的填写；初次从事法制审核须取得法律职业资格（《行政处罚法》第五十八条）。",
    )
    phone = forms.CharField(label="联系电话", max_length=30, required=False)
    status = forms.ChoiceField(label="在岗状态", choices=PersonStatus.choices)

    def __init__(self, *args, actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = _employers(actor)


class PersonCreateForm(PersonEditForm):
    """Registering a person: the ID number is checked (GB 11643-1999) and gives gender and birth date."""

    id_number = forms.CharField(
        label="居民身份证号", max_length=18, help_text="18位，性别与出生日期由号码推得。"
    )
    field_order = ["name", "id_number"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["status"]

    def clean_id_number(self) -> str:
        result = check_resident_id(self.cleaned_data["id_number"], today=timezone.localdate())
        if not result.ok:
            raise ValidationError(result.errors[0])
        return result.value


class CertificateApplyForm(BootstrapMixin, forms.Form):
    materials = forms.MultipleChoiceField(
        label="已交材料",
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="材料不齐全时司法局审核将不予通过。",
    )
    domain = forms.CharField(
        label="执法类别/领域",
        max_length=100,
        required=False,
        help_text="为空时取所在主体的执法领域；多个领域用顿号分隔，如“市场监管、卫生健康”。",
    )
    area = forms.CharField(label="执法区域", max_length=100, required=False)
    reason = forms.CharField(
        label="申领理由", initial="申领行政执法证", widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["materials"].choices = [(m, m) for m in get_param("certificate.required_materials")]


class CertificateActionForm(BootstrapMixin, forms.Form):
    """One form for every step of ``workflow.TRANSITIONS``; only the fields the action needs are kept."""

    reason = forms.CharField(label="理由/审查意见", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    number = forms.CharField(label="证号", max_length=40, required=False, help_text="为空时自动编号。")
    valid_until = forms.DateField(
        label="有效期至", required=False, widget=DATE_WIDGET, help_text="为空时按参数计算。"
    )
    domain = forms.CharField(
        label="执法类别/领域",
        max_length=100,
        required=False,
        help_text="为空时沿用申领时的领域；多个领域用顿号分隔；“综合行政执法”涵盖全部领域。",
    )
    area = forms.CharField(label="执法区域", max_length=100, required=False)
    year = forms.IntegerField(
        label="年审年度", required=False, min_value=2000, help_text="为空时审查上一年度。"
    )
    until = forms.DateField(
        label="暂扣至", required=False, widget=DATE_WIDGET, help_text="暂扣期限的最后一日。"
    )
    cancel_reason = forms.ChoiceField(
        label="注销原因", choices=[("", "—请选择—"), *CancelReason.choices], required=False
    )
    to_organisation = forms.ModelChoiceField(label="调入执法主体", queryset=None, required=False)

    def __init__(self, *args, action: str, actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        keep = {"reason", *ACTION_FIELDS.get(action, ())}
        for name in [n for n in self.fields if n not in keep]:
            del self.fields[name]
        if "to_organisation" in self.fields:
            active = org_selectors.organisation_list(actor=actor, status=OrgStatus.ACTIVE)
            self.fields["to_organisation"].queryset = active.filter(category__in=ENFORCING_CATEGORIES)

    def service_fields(self) -> dict:
        """The cleaned values passed to ``certificate_transition`` besides the reason."""
        return {k: v for k, v in self.cleaned_data.items() if k != "reason"}


class TrainingImportForm(BootstrapMixin, forms.Form):
    file = forms.FileField(
        label="Excel 文件（.xlsx）",
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}),
        help_text="第一行为列名：姓名、身份证号、课程名称、学时或时长（分钟）、类别、培训日期、来源。",
    )
    source = forms.CharField(
        label="来源", max_length=100, help_text="培训平台或组织单位，行内“来源”为空时使用。"
    )


class TrainingRecordForm(BootstrapMixin, forms.Form):
    course = forms.CharField(label="课程名称", max_length=200)
    minutes = forms.IntegerField(label="时长（分钟）", min_value=1, help_text="45 分钟为 1 学时。")
    category = forms.ChoiceField(label="类别", choices=TrainingCategory.choices)
    held_on = forms.DateField(label="培训日期", widget=DATE_WIDGET)
    source = forms.CharField(label="来源", max_length=100, help_text="培训平台或组织单位。")


class ExamSessionForm(BootstrapMixin, forms.Form):
    name = forms.CharField(label="考试名称", max_length=100)
    held_on = forms.DateField(label="考试日期", widget=DATE_WIDGET)
    organiser = forms.ModelChoiceField(label="组织单位", queryset=None)
    pass_mark = forms.DecimalField(
        label="合格分数线",
        max_digits=5,
        decimal_places=1,
        required=False,
        help_text="为空时取参数 exam.pass_mark。",
    )

    def __init__(self, *args, actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        active = org_selectors.organisation_list(actor=actor, status=OrgStatus.ACTIVE)
        self.fields["organiser"].queryset = active.filter(category=Category.JUSTICE_BUREAU)


class ExamResultForm(BootstrapMixin, forms.Form):
    id_number = forms.CharField(label="考生身份证号", max_length=18)
    score = forms.DecimalField(
        label="成绩", max_digits=5, decimal_places=1, required=False, help_text="百分制；缺考留空。"
    )

    def clean_id_number(self) -> str:
        return self.cleaned_data["id_number"].strip().upper()


class AssessmentForm(BootstrapMixin, forms.Form):
    year = forms.IntegerField(label="考核年度", min_value=2000)
    result = forms.ChoiceField(label="考核结果", choices=AssessmentResult.choices)
    note = forms.CharField(label="说明", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year - 1


class PersonPhotoForm(BootstrapMixin, forms.Form):
    photo = forms.FileField(label="证件照", help_text="JPEG 或 PNG，按文件内容识别类型；在公开核验页展示。")
