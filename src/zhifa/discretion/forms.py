"""Page forms for benchmarks, their tier table, the filing actions and the calculator.

They only parse input (house style R3). Reasons and the range checks stay with the services: a missing reason
or a tier outside the statutory or superior range is refused with its rule code, which is what the user sees.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from zhifa.accounts.constants import Perm
from zhifa.core.forms import DATE_WIDGET, BootstrapMixin
from zhifa.organisations import selectors as org_selectors
from zhifa.organisations.constants import Category
from zhifa.organisations.models import Organisation
from zhifa.utils.validators import normalise_party_identifier

from .constants import (
    ASSERTED_CIRCUMSTANCES,
    VALUED_CIRCUMSTANCES,
    BenchmarkLevel,
    BenchmarkMode,
    Circumstance,
    FineMode,
    Outcome,
    PartyType,
    PenaltyKind,
)
from .data import BenchmarkData, TierData
from .domain.formatting import circumstance_label
from .domain.types import Condition
from .workflow import BenchmarkState

CONDITION_SLOTS = 4  # conditions per tier row; the demo tables use at most three
MONEY = {"max_digits": 16, "decimal_places": 2, "min_value": Decimal(0), "required": False}


def _plain_label(key: str) -> str:
    """A circumstance without the "（derived）" note; valued ones keep N/X for the number typed next to them."""
    return circumstance_label(Condition(key)) if key in Circumstance.values else key


CIRCUMSTANCE_CHOICES = [("", "（无）"), *((c.value, _plain_label(c.value)) for c in Circumstance)]
ASSERTED_CHOICES = [(c.value, _plain_label(c.value)) for c in Circumstance if c in ASSERTED_CIRCUMSTANCES]


# --- filters ------------------------------------------------------------------------------------------------


class BenchmarkFilterForm(BootstrapMixin, forms.Form):
    """The filters above the benchmark list (all optional); ``matter`` is a 基本编码."""

    q = forms.CharField(label="违法行为、编码或制定机关", required=False)
    status = forms.ChoiceField(
        label="状态", choices=[("", "全部状态"), *BenchmarkState.choices], required=False
    )
    level = forms.ChoiceField(
        label="制定层级", choices=[("", "全部层级"), *BenchmarkLevel.choices], required=False
    )
    organisation = forms.ModelChoiceField(
        label="制定主体", queryset=None, required=False, empty_label="全部主体"
    )
    matter = forms.CharField(label="事项基本编码", required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            benchmarks__isnull=False
        ).distinct()
        self.fields["q"].widget.attrs.update(type="search", placeholder="违法行为、事项编码或制定机关")
        self.fields["matter"].widget.attrs.update(placeholder="事项基本编码")


# --- the benchmark text -------------------------------------------------------------------------------------


class BenchmarkTextForm(BootstrapMixin, forms.Form):
    """What a body writes about a draft besides the tier table (matter, level and author are fixed)."""

    violation = forms.CharField(label="违法行为", max_length=300)
    valid_from = forms.DateField(
        label="施行日期", widget=DATE_WIDGET, help_text="按违法行为发生日判断适用的版本。"
    )
    document_number = forms.CharField(label="文号", max_length=100, required=False)
    violated_basis = forms.CharField(
        label="违法依据",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="多条以“；”分隔。",
    )
    penalty_basis = forms.CharField(
        label="处罚依据", widget=forms.Textarea(attrs={"rows": 2}), help_text="多条以“；”分隔。"
    )
    clause = forms.CharField(label="罚则（条文原文）", widget=forms.Textarea(attrs={"rows": 3}))
    statutory_fine_mode = forms.ChoiceField(
        label="法定罚款方式", choices=FineMode.choices, initial=FineMode.AMOUNT
    )
    statutory_fine_low = forms.DecimalField(
        label="法定罚款下限", **MONEY, help_text="元，或倍数；只规定上限时留空。"
    )
    statutory_fine_high = forms.DecimalField(label="法定罚款上限", **MONEY, help_text="元，或倍数。")
    parent = forms.ModelChoiceField(
        label="所细化的上级基准", queryset=None, required=False, help_text="制定方式为“细化上级基准”时必选。"
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        superiors = _superior_benchmarks()
        self.fields["parent"].queryset = superiors
        self.fields["parent"].label_from_instance = _benchmark_choice

    def clean(self) -> dict:
        data = super().clean()
        low, high = data.get("statutory_fine_low"), data.get("statutory_fine_high")
        if low is not None and high is not None and low > high:
            self.add_error("statutory_fine_high", "法定罚款上限不得低于下限。")
        return data

    def benchmark_data(self) -> BenchmarkData:
        d = self.cleaned_data
        return BenchmarkData(
            violation=d["violation"].strip(), penalty_basis=d["penalty_basis"].strip(), clause=d["clause"].strip(),
            violated_basis=d["violated_basis"].strip(), document_number=d["document_number"].strip(),
            statutory_fine_mode=d["statutory_fine_mode"], statutory_fine_low=d["statutory_fine_low"],
            statutory_fine_high=d["statutory_fine_high"],
        )  # fmt: skip


def _superior_benchmarks():
    from .models import Benchmark

    filed = Benchmark.objects.filter(status=BenchmarkState.FILED).exclude(level=BenchmarkLevel.LOCAL)
    return filed.select_related("matter").order_by("matter__basic_code", "-version")


def _benchmark_choice(b) -> str:
    return f"{b.matter.basic_code} {b.issuer_name}：{b.violation}（第{b.version}版）"


class BenchmarkCreateForm(BenchmarkTextForm):
    """Drafting a benchmark: the matter, who sets it and how, then the text."""

    matter = forms.TypedChoiceField(label="事项", coerce=int, help_text="行政处罚事项（基本编码 名称）。")
    level = forms.ChoiceField(label="制定层级")
    mode = forms.ChoiceField(label="制定方式")
    issuer_name = forms.CharField(
        label="制定机关",
        max_length=200,
        required=False,
        help_text="本级基准留空即为本主体；上级基准填写上级部门名称。",
    )
    field_order = ["matter", "level", "mode", "issuer_name", "parent", "violation", "valid_from"]

    def __init__(self, *args, actor, matter_choices, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["matter"].choices = [("", "请选择事项"), *matter_choices]
        self.fields["level"].choices = _level_choices(actor)
        self.fields["mode"].choices = _mode_choices(actor)

    def clean(self) -> dict:
        data = super().clean()
        superior = data.get("level") not in (None, BenchmarkLevel.LOCAL)
        if superior and not (data.get("issuer_name") or "").strip():
            self.add_error("issuer_name", "上级部门制定的基准须填写制定机关。")
        if superior != (data.get("mode") == BenchmarkMode.SUPERIOR):
            self.add_error(
                "mode", "上级部门制定的基准，制定方式为“上级基准”；本级基准为“自行制定”或“细化上级基准”。"
            )
        return data


def _level_choices(actor) -> list[tuple[str, str]]:
    levels = []
    if Perm.BENCHMARK_MANAGE in actor.permissions:
        levels.append(BenchmarkLevel.LOCAL)
    if Perm.BENCHMARK_FILE in actor.permissions:
        levels += [BenchmarkLevel.CITY, BenchmarkLevel.PROVINCE]
    return [(lv.value, lv.label) for lv in levels]


def _mode_choices(actor) -> list[tuple[str, str]]:
    modes = []
    if Perm.BENCHMARK_MANAGE in actor.permissions:
        modes += [BenchmarkMode.OWN, BenchmarkMode.REFINED]
    if Perm.BENCHMARK_FILE in actor.permissions:
        modes.append(BenchmarkMode.SUPERIOR)
    return [(m.value, m.label) for m in modes]


# --- the tier table -----------------------------------------------------------------------------------------


class TierForm(BootstrapMixin, forms.Form):
    """One row of the benchmark table: 档次, 情节, up to four conditions, kinds and the fine."""

    # A blank first choice, so that an untouched blank row posts nothing and is left out.
    outcome = forms.ChoiceField(label="裁量档次", choices=[("", "请选择"), *Outcome.choices])
    label = forms.CharField(label="情节", max_length=200, help_text="如“情节轻微”“情节严重”。")
    kinds = forms.MultipleChoiceField(
        label="处罚种类", choices=PenaltyKind.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    fine_mode = forms.ChoiceField(label="罚款方式", choices=FineMode.choices, initial=FineMode.NONE)
    fine_low = forms.DecimalField(label="罚款下限", **MONEY)
    fine_high = forms.DecimalField(label="罚款上限", **MONEY)
    basis = forms.CharField(label="档次依据", max_length=300, required=False)
    note = forms.CharField(label="说明", required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for i in range(1, CONDITION_SLOTS + 1):
            self.fields[f"cond_{i}_key"] = forms.ChoiceField(
                label=f"条件{i}", choices=CIRCUMSTANCE_CHOICES, required=False
            )
            self.fields[f"cond_{i}_value"] = forms.DecimalField(label=f"条件{i}数值", **MONEY)
        _style_condition_fields(self)

    def condition_fields(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        return [(self[f"cond_{i}_key"], self[f"cond_{i}_value"]) for i in range(1, CONDITION_SLOTS + 1)]

    def clean(self) -> dict:
        data = super().clean()
        for i in range(1, CONDITION_SLOTS + 1):
            key, value = data.get(f"cond_{i}_key"), data.get(f"cond_{i}_value")
            if key in VALUED_CIRCUMSTANCES and value is None:
                self.add_error(f"cond_{i}_value", f"“{_plain_label(key)}”须填写数值（年数或元）。")
        low, high = data.get("fine_low"), data.get("fine_high")
        if low is not None and high is not None and low > high:
            self.add_error("fine_high", "罚款上限不得低于下限。")
        return data

    def tier_data(self) -> TierData:
        d = self.cleaned_data
        conditions = []
        for i in range(1, CONDITION_SLOTS + 1):
            key, value = d.get(f"cond_{i}_key"), d.get(f"cond_{i}_value")
            if key:
                conditions.append({"key": key, **({"value": str(value)} if value is not None else {})})
        return TierData(
            outcome=d["outcome"], label=d["label"].strip(), conditions=conditions, kinds=list(d["kinds"]),
            fine_mode=d["fine_mode"], fine_low=d["fine_low"], fine_high=d["fine_high"], basis=d["basis"].strip(),
            note=d["note"].strip(),
        )  # fmt: skip


def _style_condition_fields(form: forms.Form) -> None:
    """Bootstrap classes for the fields added after ``BootstrapMixin`` ran (the condition slots)."""
    for name, field in form.fields.items():
        if name.startswith("cond_"):
            css = (
                "form-select form-select-sm"
                if isinstance(field.widget, forms.Select)
                else "form-control form-control-sm"
            )
            field.widget.attrs["class"] = css


def tier_initial(tier) -> dict:
    """A stored tier or a ``TierData`` as the initial values of a row."""
    initial = {
        "outcome": tier.outcome, "label": tier.label, "kinds": list(tier.kinds), "fine_mode": tier.fine_mode,
        "fine_low": tier.fine_low, "fine_high": tier.fine_high, "basis": tier.basis, "note": tier.note,
    }  # fmt: skip
    for i, c in enumerate(tier.conditions[:CONDITION_SLOTS], 1):
        initial[f"cond_{i}_key"] = c["key"]
        initial[f"cond_{i}_value"] = c.get("value")
    return initial


class BaseTierFormSet(forms.BaseFormSet):
    def add_fields(self, form, index) -> None:
        super().add_fields(form, index)
        if "ORDER" in form.fields:
            form.fields["ORDER"].label = "顺序"
            form.fields["ORDER"].widget.attrs["class"] = "form-control"
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = "删除本档"
            form.fields["DELETE"].widget.attrs["class"] = "form-check-input"

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        if not self.tier_rows():
            raise ValidationError("基准至少应有一个档次。")

    def tier_rows(self) -> list[TierData]:
        """The rows in their 顺序 (blank rows and rows marked for deletion left out)."""
        return [form.tier_data() for form in self.ordered_forms]


TierFormSet = forms.formset_factory(
    TierForm, formset=BaseTierFormSet, extra=1, can_delete=True, can_order=True, max_num=30, validate_max=True
)


class SplitForm(forms.Form):
    """The statutory range the 拆分 buttons cut (the same fields as the benchmark text form)."""

    statutory_fine_mode = forms.ChoiceField(choices=FineMode.choices)
    statutory_fine_low = forms.DecimalField(**MONEY)
    statutory_fine_high = forms.DecimalField(**MONEY)

    def bounds(self, method: str) -> tuple[str, Decimal | None, Decimal]:
        """(mode, low, high) for ``method``; raises ValidationError in Chinese when they cannot be split."""
        if not self.is_valid():
            raise ValidationError("法定罚款幅度填写有误，无法拆分。")
        d = self.cleaned_data
        mode, low, high = d["statutory_fine_mode"], d["statutory_fine_low"], d["statutory_fine_high"]
        if mode == FineMode.NONE:
            raise ValidationError("请先选择法定罚款方式（罚款数额或倍数），再拆分。")
        if high is None or (method == "three_bands" and low is None):
            needed = "法定罚款上限" if method == "max_only" else "法定罚款下限和上限"
            raise ValidationError(f"请先填写{needed}，再拆分。")
        if low is not None and low > high:
            raise ValidationError("法定罚款下限高于上限，无法拆分。")
        return mode, low, high


# --- actions ------------------------------------------------------------------------------------------------


class ActionForm(BootstrapMixin, forms.Form):
    """One filing step; the service decides whether the reason is required (DISC-003)."""

    reason = forms.CharField(label="理由或意见", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class NewVersionForm(BootstrapMixin, forms.Form):
    valid_from = forms.DateField(label="新版本施行日期", widget=DATE_WIDGET)


# --- the calculator -----------------------------------------------------------------------------------------


class CalculatorForm(BootstrapMixin, forms.Form):
    """The facts of a case as the calculator takes them; derived circumstances are not offered."""

    matter = forms.TypedChoiceField(label="事项", coerce=int, required=False, empty_value=None)
    matter_code = forms.CharField(label="或输入事项基本编码", required=False)
    organisation = forms.ModelChoiceField(
        label="执法主体", queryset=None, required=False, empty_label="本人所在主体"
    )
    party_type = forms.ChoiceField(label="当事人类型", choices=PartyType.choices)
    party_identifier = forms.CharField(
        label="证件号码",
        required=False,
        help_text="统一社会信用代码或居民身份证号码，用于查询本平台的在先处罚记录。",
    )
    party_birth_date = forms.DateField(
        label="出生日期（自然人）", required=False, widget=DATE_WIDGET, help_text="留空时由身份证号码推得。"
    )
    act_date = forms.DateField(label="违法行为发生日期", widget=DATE_WIDGET)
    circumstances = forms.MultipleChoiceField(
        label="裁量情节", choices=ASSERTED_CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )
    illegal_gain = forms.DecimalField(label="违法所得（元）", **MONEY)
    goods_value = forms.DecimalField(label="货值金额（元）", **MONEY)
    turnover = forms.DecimalField(label="违法经营额（元）", **MONEY)
    ad_fee = forms.DecimalField(label="广告费用（元）", **MONEY)

    def __init__(self, *args, actor, matter_choices, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["matter"].choices = [("", "请选择有已备案基准的事项"), *matter_choices]
        bodies = org_selectors.organisation_list(actor=actor).filter(
            category__in=[Category.BODY, Category.STREET]
        )
        self.fields["organisation"].queryset = bodies
        if bodies.count() <= 1:
            del self.fields["organisation"]

    def clean_party_identifier(self) -> str:
        try:
            return normalise_party_identifier(self.cleaned_data["party_identifier"])
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("matter") and not (data.get("matter_code") or "").strip():
            self.add_error("matter", "请选择事项或输入事项基本编码。")
        birth, act = data.get("party_birth_date"), data.get("act_date")
        if birth and act and birth > act:
            self.add_error("party_birth_date", "出生日期晚于违法行为发生日期。")
        if act and act > timezone.localdate():
            self.add_error("act_date", "违法行为发生日期不能晚于今天。")
        return data
