"""Step forms built from the step's schema (``coercion.facts``): the page and the API take the same input, and a
page refuses bad input with the same Chinese messages. Nested input is flattened for a phone: the party as a few
fields, the inventory as one line per item, the audio/video record as a file to upload."""

from __future__ import annotations

import enum
import types
import typing
from datetime import date, datetime
from decimal import Decimal

from django import forms
from django.utils import timezone
from pydantic import ValidationError

from zhifa.cases.constants import PartyKind
from zhifa.catalog.constants import MatterKind
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.core.api_support import input_error_text
from zhifa.personnel.models import Person

TEXT = {"class": "form-control"}
SELECT = {"class": "form-select"}
DATE = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date", **TEXT})
DATETIME = forms.DateTimeInput(format="%Y-%m-%dT%H:%M", attrs={"type": "datetime-local", **TEXT})
PARTY = (("kind", "当事人类型"), ("name", "当事人名称/姓名"), ("identifier", "统一社会信用代码/身份证号"),
         ("legal_representative", "法定代表人"), ("address", "住所"))  # fmt: skip


def _inner(annotation):
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _body(actor):
    org = actor.organisation
    return org.body if org is not None and org.body_id else org


def officer_choices(actor) -> list[tuple[int, str]]:
    body = _body(actor)
    qs = Person.objects.filter(organisation__body=body, status="on_duty").prefetch_related("certificates")
    rows = []
    for p in qs.order_by("name"):
        numbers = "、".join(c.number for c in p.certificates.all() if c.number and c.state == "valid")
        rows.append((p.pk, f"{p.name}（{numbers or ('辅助人员' if p.is_auxiliary else '无有效执法证')}）"))
    return rows


def matter_choices(actor) -> list[tuple[int, str]]:
    body = _body(actor)
    versions = (
        matters_exercised_by(body, timezone.localdate()).filter(kind=MatterKind.COERCION) if body else []
    )
    return [(v.matter_id, v.name) for v in versions]


def _simple(name: str, info) -> forms.Field:
    annotation, required = _inner(info.annotation), info.is_required()
    kw = {"label": info.title or name, "help_text": info.description or "", "required": required}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        choices = [(m.value, getattr(m, "label", m.value)) for m in annotation]
        return forms.ChoiceField(choices=choices, widget=forms.Select(attrs=SELECT), **kw)
    if annotation is bool:
        return forms.BooleanField(**{**kw, "required": False}, initial=bool(info.default))
    if annotation is date:
        return forms.DateField(widget=DATE, **kw)
    if annotation is datetime:
        return forms.DateTimeField(widget=DATETIME, input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"], **kw)
    if annotation in (Decimal, int):
        field = forms.DecimalField if annotation is Decimal else forms.IntegerField
        initial = None if required or info.default is None else info.default
        return field(widget=forms.NumberInput(attrs=TEXT), initial=initial, **kw)
    long = any((getattr(m, "max_length", 0) or 0) > 300 for m in info.metadata)
    return forms.CharField(widget=forms.Textarea(attrs={**TEXT, "rows": 3}) if long else forms.TextInput(attrs=TEXT),
                           **kw)  # fmt: skip


def _field(name: str, info, actor) -> dict[str, forms.Field]:
    if name == "officer_ids":
        return {name: forms.TypedMultipleChoiceField(label=info.title, help_text=info.description, required=False,
                                                      coerce=int, choices=officer_choices(actor),
                                                      widget=forms.CheckboxSelectMultiple)}  # fmt: skip
    if name == "matter_id":
        return {name: forms.TypedChoiceField(label=info.title, coerce=int, choices=matter_choices(actor),
                                             widget=forms.Select(attrs=SELECT))}  # fmt: skip
    if name == "party":
        return {f"party__{k}": (forms.ChoiceField(label=label, choices=PartyKind.choices, required=False,
                                                  widget=forms.Select(attrs=SELECT)) if k == "kind"
                                else forms.CharField(label=label, required=False, widget=forms.TextInput(attrs=TEXT)))
                for k, label in PARTY}  # fmt: skip
    if name == "inventory":
        return {name: forms.CharField(label="清单", required=False, help_text="每行一项：名称，数量，单位，状况",
                                      widget=forms.Textarea(attrs={**TEXT, "rows": 3}))}  # fmt: skip
    if name == "av_sha256":
        return {"av_file": forms.FileField(label="音像记录（执法记录仪视频、录音）", required=False,
                                           widget=forms.ClearableFileInput(attrs={**TEXT, "accept": "video/*,audio/*"}))}  # fmt: skip
    return {name: _simple(name, info)}


def parse_inventory(text: str) -> list[dict]:
    items = []
    for line in (text or "").splitlines():
        parts = [p.strip() for p in line.replace("，", ",").split(",")]
        if parts and parts[0]:
            parts += [""] * (4 - len(parts))
            items.append({"name": parts[0], "quantity": parts[1] or "1", "unit": parts[2] or "件",
                          "condition": parts[3]})  # fmt: skip
    return items


class StepForm(forms.Form):
    schema: type
    facts = None

    def _payload(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items()
                if "__" not in k and k != "av_file" and (v not in (None, "") or k == "reason")}  # fmt: skip
        if "inventory" in data or "inventory" in self.schema.model_fields:
            data["inventory"] = parse_inventory(self.cleaned_data.get("inventory", ""))
        party = {
            k.split("__", 1)[1]: v for k, v in self.cleaned_data.items() if k.startswith("party__") and v
        }
        if party.get("name"):
            data["party"] = party
        return data

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        try:
            self.facts = self.schema.model_validate(self._payload())
        except ValidationError as exc:
            for error in exc.errors():
                field = str(error["loc"][0]) if error.get("loc") else None
                self.add_error(field if field in self.fields else None, input_error_text(error))
        return cleaned


def step_form(schema, action: str, actor, data=None, files=None) -> StepForm:
    fields: dict[str, forms.Field] = {}
    for name, info in schema.model_fields.items():
        fields.update(_field(name, info, actor))
    if "on" in fields:
        fields["on"].initial = timezone.localdate()
    cls = type(f"{action.title().replace('_', '')}Form", (StepForm,), {**fields, "schema": schema})
    return cls(data, files, prefix=action)
