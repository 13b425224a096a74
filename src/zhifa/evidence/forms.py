"""The phone-friendly form a field officer fills to add a photo, a video or another item of evidence."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from pydantic import ValidationError

from zhifa.cases.forms import people_choices
from zhifa.catalog.constants import AVStep
from zhifa.core.api_support import input_error_text

from .constants import EvidenceKind
from .schemas import EvidenceInput

TEXT = {"class": "form-control"}
ACCEPT = "image/*,video/*,audio/*,application/pdf"


class EvidenceForm(forms.Form):
    kind = forms.ChoiceField(label="证据种类", choices=EvidenceKind.choices,
                             widget=forms.Select(attrs={"class": "form-select"}))  # fmt: skip
    av_step = forms.ChoiceField(label="音像记录环节", required=False, choices=[("", "（不是执法过程音像记录）"), *AVStep.choices],
                                widget=forms.Select(attrs={"class": "form-select"}),
                                help_text="视听资料记录的执法环节；音像记录事项清单列明的环节须有音像记录。")  # fmt: skip
    title = forms.CharField(label="名称", max_length=200, widget=forms.TextInput(attrs=TEXT))
    proves = forms.CharField(label="证明对象与内容", help_text="该证据证明什么事实。",
                             widget=forms.Textarea(attrs={**TEXT, "rows": 3}))  # fmt: skip
    recorded_by_id = forms.TypedChoiceField(label="制作/收集人", coerce=int,
                                            widget=forms.Select(attrs={"class": "form-select"}))  # fmt: skip
    recorded_at = forms.DateTimeField(label="制作/收集时间", widget=forms.DateTimeInput(
        attrs={**TEXT, "type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))  # fmt: skip
    place = forms.CharField(label="地点", max_length=300, widget=forms.TextInput(attrs=TEXT))
    source = forms.CharField(label="来源", max_length=300, help_text="如“执法记录仪（编号DSJ-0012）拍摄”“当事人提供”。",
                             widget=forms.TextInput(attrs=TEXT))  # fmt: skip
    officer_ids = forms.TypedMultipleChoiceField(
        label="在场执法人员", coerce=int, help_text="默认选中本案承办人员；可多选。",
        widget=forms.SelectMultiple(attrs={"class": "form-select", "size": 6}),
    )  # fmt: skip
    file = forms.FileField(label="文件（拍照、录像或选择文件）", required=False,
                           widget=forms.ClearableFileInput(attrs={**TEXT, "accept": ACCEPT}),
                           help_text="视听资料、电子数据必须附文件；文件按内容识别类型并计算 SHA-256。")  # fmt: skip

    upload_id = forms.UUIDField(required=False, widget=forms.HiddenInput)  # set by the page's 断点续传 script

    def __init__(self, *args, case, actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        people = people_choices(case, actor)
        on_case = list(case.officers.filter(recused_on__isnull=True).values_list("person_id", flat=True))
        people.sort(key=lambda p: p[0] not in on_case)  # the case's own officers first
        self.fields["recorded_by_id"].choices = people
        self.fields["officer_ids"].choices = people
        self.fields["officer_ids"].initial = on_case
        self.fields["recorded_at"].initial = timezone.localtime().replace(second=0, microsecond=0)
        if actor.person_id:
            self.fields["recorded_by_id"].initial = actor.person_id
        self.data_in: EvidenceInput | None = None

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        payload = {k: v for k, v in cleaned.items() if k != "file" and v not in (None, "")}
        try:
            self.data_in = EvidenceInput.model_validate(payload)
        except ValidationError as exc:
            for error in exc.errors():
                field = str(error["loc"][0]) if error.get("loc") else None
                self.add_error(field if field in self.fields else None, input_error_text(error))
        return cleaned


class SupplementForm(forms.Form):
    """补充归档: material added to an archived file, with its reason."""

    title = forms.CharField(label="材料名称", max_length=200, widget=forms.TextInput(attrs=TEXT))
    reason = forms.CharField(
        label="补充理由", max_length=2000, widget=forms.Textarea(attrs={**TEXT, "rows": 2})
    )
    file = forms.FileField(label="文件（PDF、图片或音视频）", required=False,
                           widget=forms.ClearableFileInput(attrs={"class": "form-control"}))  # fmt: skip


class DestructionProposalForm(forms.Form):
    appraisal = forms.CharField(label="鉴定意见", max_length=2000,
                                widget=forms.Textarea(attrs={**TEXT, "rows": 2}))  # fmt: skip


class DestructionDecisionForm(forms.Form):
    approve = forms.TypedChoiceField(label="审批结果", choices=[("1", "批准销毁"), ("0", "不予销毁，继续保存")],
                                     coerce=lambda v: v == "1", widget=forms.Select(attrs={"class": "form-select"}))  # fmt: skip
    opinion = forms.CharField(
        label="审批意见", max_length=2000, widget=forms.Textarea(attrs={**TEXT, "rows": 2})
    )
    supervisors = forms.CharField(label="监销人（两人以上，用顿号或逗号分隔）", max_length=200, required=False,
                                  widget=forms.TextInput(attrs=TEXT))  # fmt: skip

    def names(self) -> list[str]:
        import re

        return [n for n in re.split(r"[、，,；;\s]+", self.cleaned_data.get("supervisors") or "") if n]
