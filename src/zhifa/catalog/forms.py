"""Page forms of the catalog: they parse input; the services decide (house style R3).

Fields a rule requires on publication (设定依据, 行使层级, the inspection item's fields…) stay optional here on
purpose: a draft may be incomplete, and publishing refuses it with the rule code and its citation.
"""

from __future__ import annotations

from django import forms
from django.urls import reverse
from django.utils import timezone

from zhifa.core.forms import DATE_WIDGET, BootstrapMixin
from zhifa.discretion.constants import PenaltyKind
from zhifa.organisations.constants import ENFORCING_CATEGORIES, Domain, EntrustmentStatus, OrgStatus
from zhifa.organisations.models import Entrustment, Organisation

from .constants import AVStep, ExerciseLevel, InspectionCategory, MajorCriterion, MatterKind, StreetDelegation
from .domain import VERSION_FIELDS, MatterData
from .models import MatterVersion

CHECKBOXES = forms.CheckboxSelectMultiple


def enforcing_bodies():
    """Organisations that may exercise a matter (the catalog is district-wide published information)."""
    return Organisation.objects.filter(status=OrgStatus.ACTIVE, category__in=ENFORCING_CATEGORIES).order_by(
        "sort_order", "id"
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _amount(label: str, help_text: str = "元；为空则适用本地区参数。") -> forms.DecimalField:
    return forms.DecimalField(
        label=label, required=False, min_value=0, max_digits=14, decimal_places=2, help_text=help_text
    )


class CatalogFilterForm(BootstrapMixin, forms.Form):
    """The search box and filters above the catalog (all optional); htmx reloads the table as you type."""

    q = forms.CharField(label="名称或编码", required=False)
    kind = forms.ChoiceField(
        label="事项类型", choices=[("", "全部事项类型"), *MatterKind.choices], required=False
    )
    domain = forms.ChoiceField(
        label="执法领域", choices=[("", "全部执法领域"), *Domain.choices], required=False
    )
    body = forms.ModelChoiceField(label="实施主体", queryset=None, required=False, empty_label="全部实施主体")
    street_delegation = forms.ChoiceField(
        label="下放方式", choices=[("", "全部下放方式"), *StreetDelegation.choices], required=False
    )
    inspection_only = forms.BooleanField(label="仅随机抽查事项", required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = enforcing_bodies()
        self.fields["q"].widget.attrs.update(
            type="search", placeholder="输入事项名称或编码", autocomplete="off"
        )
        live = {"hx-get": reverse("catalog:list"), "hx-include": "closest form", "hx-target": "#matter-table",
                "hx-push-url": "true"}  # fmt: skip
        for name, field in self.fields.items():
            trigger = "keyup changed delay:300ms, search" if name == "q" else "change"
            field.widget.attrs.update({**live, "hx-trigger": trigger})

    def filters(self) -> dict:
        self.is_valid()  # an invalid filter is simply ignored
        data = self.cleaned_data
        return {
            "q": (data.get("q") or "").strip(),
            "kind": data.get("kind") or "",
            "domain": data.get("domain") or "",
            "body_id": data["body"].pk if data.get("body") else None,
            "street_delegation": data.get("street_delegation") or "",
            "inspection_only": bool(data.get("inspection_only")),
        }


class MatterForm(BootstrapMixin, forms.Form):
    """A version's content, grouped as the matter page shows it."""

    valid_from = forms.DateField(label="生效日期", widget=DATE_WIDGET, help_text="本版本开始适用的日期。")
    name = forms.CharField(label="事项名称", max_length=300, help_text="与权责清单一致的事项名称。")
    local_code = forms.CharField(label="实施编码", max_length=64, required=False)
    power_item_code = forms.CharField(
        label="权责清单事项编码", max_length=64, required=False, help_text="与基本编码相同时可留空。"
    )
    kind = forms.ChoiceField(label="事项类型", choices=MatterKind.choices)
    domain = forms.ChoiceField(label="执法领域", choices=Domain.choices)
    levels = forms.MultipleChoiceField(
        label="行使层级", choices=ExerciseLevel.choices, widget=CHECKBOXES, required=False
    )
    bodies = forms.ModelMultipleChoiceField(
        label="实施主体", queryset=None, widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text="可多选（电脑上按住 Ctrl 点选）；赋权或受委托的街道/乡镇也选在此。",
    )  # fmt: skip
    street_delegation = forms.ChoiceField(label="下放方式", choices=StreetDelegation.choices)
    entrustment = forms.ModelChoiceField(
        label="委托", queryset=None, required=False, empty_label="（无）", help_text="下放方式为委托时必选。"
    )
    establishes = forms.CharField(
        label="设定依据", widget=forms.Textarea(attrs={"rows": 3}), required=False,
        help_text="每行一条，如《中华人民共和国食品安全法》第一百二十二条第一款；发布时必填。",
    )  # fmt: skip
    implements = forms.CharField(
        label="实施依据", widget=forms.Textarea(attrs={"rows": 3}), required=False, help_text="每行一条。"
    )
    description = forms.CharField(label="说明", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    av_steps = forms.MultipleChoiceField(
        label="音像记录环节", choices=AVStep.choices, widget=CHECKBOXES, required=False,
        help_text="查封扣押、强制拆除、行政强制执行依法必须全程音像记录。",
    )  # fmt: skip
    major_fine_person = _amount("重大决定罚款数额（自然人）")
    major_fine_org = _amount("重大决定罚款数额（组织）")
    major_kinds = forms.MultipleChoiceField(
        label="重大决定处罚种类", choices=PenaltyKind.choices, widget=CHECKBOXES, required=False
    )
    major_criteria = forms.MultipleChoiceField(
        label="重大决定其他情形", choices=MajorCriterion.choices, widget=CHECKBOXES, required=False
    )
    hearing_fine_person = _amount("听证较大数额（自然人）", "《行政处罚法》第六十三条；为空则适用本省参数。")
    hearing_fine_org = _amount("听证较大数额（组织）", "为空则适用本省参数。")
    inspection_item = forms.BooleanField(label="列入随机抽查事项清单", required=False)
    inspection_category = forms.ChoiceField(
        label="抽查类别", choices=[("", "—"), *InspectionCategory.choices], required=False
    )
    inspection_subject = forms.CharField(label="抽查主体", max_length=200, required=False)
    inspection_target = forms.CharField(label="抽查对象", max_length=300, required=False)
    inspection_content = forms.CharField(
        label="抽查内容", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    inspection_ratio = forms.DecimalField(
        label="抽查比例（%）", required=False, min_value=0, max_value=100, max_digits=5, decimal_places=2
    )
    inspection_frequency = forms.CharField(label="抽查频次", max_length=100, required=False)
    inspection_method = forms.CharField(label="抽查方式", max_length=200, required=False)
    checklist = forms.CharField(
        label="检查表单",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="每行一个检查项目。",
    )
    change_note = forms.CharField(
        label="修订说明", widget=forms.Textarea(attrs={"rows": 2}), required=False,
        help_text="本版本改了什么、为什么。",
    )  # fmt: skip

    GROUPS = (
        ("基本信息", ("basic_code", "valid_from", "name", "local_code", "power_item_code", "kind", "domain", "levels",
                      "bodies", "street_delegation", "entrustment", "description")),
        ("依据", ("establishes", "implements")),
        ("音像记录事项清单", ("av_steps",)),
        ("重大执法决定法制审核标准", ("major_fine_person", "major_fine_org", "major_kinds", "major_criteria")),
        ("听证标准", ("hearing_fine_person", "hearing_fine_org")),
        ("随机抽查", ("inspection_item", "inspection_category", "inspection_subject", "inspection_target",
                      "inspection_content", "inspection_ratio", "inspection_frequency", "inspection_method")),
        ("检查表单", ("checklist",)),
        ("修订", ("change_note",)),
    )  # fmt: skip

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bodies"].queryset = enforcing_bodies()
        entrustments = Entrustment.objects.filter(status=EntrustmentStatus.ACTIVE).select_related(
            "entrusting", "entrusted"
        )
        self.fields["entrustment"].queryset = entrustments

    def grouped(self) -> list[tuple[str, list]]:
        return [(title, [self[n] for n in names if n in self.fields]) for title, names in self.GROUPS]

    def matter_data(self) -> MatterData:
        data = dict(self.cleaned_data)
        values = {name: data[name] for name in VERSION_FIELDS if name in data}
        values.update(
            bodies=list(data["bodies"]), entrustment=data["entrustment"], change_note=data["change_note"],
            establishes=_lines(data["establishes"]), implements=_lines(data["implements"]),
            checklist=_lines(data["checklist"]),
        )  # fmt: skip
        return MatterData(**values)

    @staticmethod
    def initial_from(version: MatterVersion) -> dict:
        """The form's initial values from an existing version (to edit it, or to start the next one)."""
        data = MatterData.from_version(version)
        initial = {name: getattr(data, name) for name in VERSION_FIELDS}
        initial.update(
            valid_from=version.valid_from, bodies=data.bodies, entrustment=data.entrustment,
            establishes="\n".join(data.establishes), implements="\n".join(data.implements),
            checklist="\n".join(data.checklist), change_note=version.change_note,
        )  # fmt: skip
        return initial


class MatterCreateForm(MatterForm):
    basic_code = forms.CharField(
        label="基本编码", max_length=32, help_text="全省统一的事项基本编码（与权责清单一致）。"
    )
    field_order = ["basic_code"]


class RepealForm(BootstrapMixin, forms.Form):
    last_day = forms.DateField(
        label="最后适用日",
        widget=DATE_WIDGET,
        initial=timezone.localdate,
        help_text="该日之后本事项不再适用。",
    )
    reason = forms.CharField(
        label="废止理由",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="如：近五年未发生，经评估予以取消。",
    )


class CatalogImportForm(BootstrapMixin, forms.Form):
    file = forms.FileField(
        label="清单文件（.xlsx）", widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}),
        help_text="使用“导出 Excel”得到的文件修改后上传，或按其列名填写。",
    )  # fmt: skip
    valid_from = forms.DateField(
        label="生效日期",
        widget=DATE_WIDGET,
        initial=timezone.localdate,
        help_text="导入产生的新版本自该日起适用。",
    )
    publish = forms.BooleanField(label="导入后直接发布", required=False)

    def __init__(self, *args, can_publish: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not can_publish:
            del self.fields["publish"]


class DelegationParamsForm(BootstrapMixin, forms.Form):
    """The period and the two 接不住 thresholds of the delegation report (defaults in ``catalog.reports``)."""

    years = forms.IntegerField(label="统计年数", min_value=1, max_value=10)
    overdue_threshold = forms.DecimalField(
        label="超期率阈值", min_value=0, max_value=1, decimal_places=2, help_text="如 0.3 表示 30%。"
    )
    complaint_threshold = forms.IntegerField(label="投诉件数阈值", min_value=1)


class GuidedItemForm(BootstrapMixin, forms.Form):
    basic_code = forms.CharField(label="基本编码", max_length=32)
    name = forms.CharField(label="事项名称", max_length=300)
    source = forms.CharField(label="指导目录文件", max_length=300, help_text="发布指导目录的文件名称与文号。")
    listed_on = forms.DateField(label="列入日期", widget=DATE_WIDGET, initial=timezone.localdate)
