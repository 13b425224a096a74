"""Step forms built from the step's schema (``licensing.facts``): the page and the API take the same input.
``step_form(schemas, action, body, data)`` returns a Django form whose ``clean()`` builds the schema instance, so
a page refuses bad input with the same Chinese messages as the API."""

from __future__ import annotations

import enum
import types
import typing
from datetime import date

from django import forms
from django.utils import timezone
from pydantic import BaseModel, ValidationError

from zhifa.cases.constants import PartyKind
from zhifa.cases.facts import PartyInput
from zhifa.catalog.constants import MatterKind
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.core.api_support import input_error_text
from zhifa.core.forms import BootstrapMixin
from zhifa.personnel.models import Person

DATE = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
LIST_FIELDS = {"materials", "missing"}


def _inner(annotation):
    """``X | None`` → X."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def people_choices(body) -> list[tuple[int, str]]:
    qs = Person.objects.filter(organisation__body_id=body.body_id or body.pk, status="on_duty")
    rows = []
    for p in qs.prefetch_related("certificates").order_by("name"):
        numbers = "、".join(c.number for c in p.certificates.all() if c.number and c.state == "valid")
        rows.append((p.pk, f"{p.name}（{numbers or ('辅助人员' if p.is_auxiliary else '无有效执法证')}）"))
    return rows


def matter_choices(body) -> list[tuple[int, str]]:
    versions = (
        matters_exercised_by(body, timezone.localdate()).filter(kind=MatterKind.LICENCE).order_by("name")
    )
    return [(v.matter_id, v.name) for v in versions]


def _field(name: str, info, body) -> forms.Field:
    annotation, label, help_text = _inner(info.annotation), info.title or name, info.description or ""
    required = info.is_required()
    if name == "officer_ids":
        return forms.TypedMultipleChoiceField(label=label, required=False, coerce=int, choices=people_choices(body),
                                              widget=forms.CheckboxSelectMultiple, help_text=help_text)  # fmt: skip
    if name == "chair_id":
        return forms.TypedChoiceField(label=label, coerce=int, choices=people_choices(body))
    if name == "matter_id":
        return forms.TypedChoiceField(label=label, coerce=int, choices=matter_choices(body))
    if name in LIST_FIELDS:
        return forms.CharField(
            label=label, required=False, help_text=help_text, widget=forms.Textarea(attrs={"rows": 3})
        )
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        choices = [(m.value, getattr(m, "label", m.value)) for m in annotation]
        return forms.ChoiceField(label=label, required=required, choices=choices)
    if annotation is bool:
        return forms.BooleanField(label=label, required=False, help_text=help_text)
    if annotation is date:
        return forms.DateField(label=label, help_text=help_text, required=required, widget=DATE)
    if annotation is int:
        return forms.IntegerField(label=label, required=required, help_text=help_text)
    long = next((m.max_length for m in info.metadata if hasattr(m, "max_length")), 0) or 0
    widget = forms.Textarea(attrs={"rows": 3}) if long > 300 else forms.TextInput()
    return forms.CharField(label=label, help_text=help_text, required=required, widget=widget)


def _party_fields() -> dict[str, forms.Field]:
    fields = {}
    for name, info in PartyInput.model_fields.items():
        key = f"applicant__{name}"
        if name == "kind":
            fields[key] = forms.ChoiceField(label=f"申请人：{info.title}", choices=PartyKind.choices)
        else:
            fields[key] = forms.CharField(label=f"申请人：{info.title}", required=info.is_required(),
                                          help_text=info.description or "")  # fmt: skip
    return fields


class StepForm(BootstrapMixin, forms.Form):
    schema: type[BaseModel]
    facts: BaseModel | None = None

    def _payload(self) -> dict:
        data: dict = {}
        for name, value in self.cleaned_data.items():
            if "__" in name or (value in (None, "") and name != "reason"):
                continue
            data[name] = (
                [v.strip() for v in value.splitlines() if v.strip()] if name in LIST_FIELDS else value
            )
        if "applicant" in self.schema.model_fields:
            data["applicant"] = {k.split("__", 1)[1]: v for k, v in self.cleaned_data.items()
                                 if k.startswith("applicant__") and v}  # fmt: skip
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


def step_form(schemas: dict, action: str, body, data=None, initial: dict | None = None) -> StepForm:
    """The form of ``action`` (its schema from ``schemas``) for a body's application or licence."""
    schema = schemas[action]
    fields: dict[str, forms.Field] = {}
    for name, info in schema.model_fields.items():
        if name == "applicant":
            fields.update(_party_fields())
        else:
            fields[name] = _field(name, info, body)
    fields["on"].initial = timezone.localdate()
    for name, value in (initial or {}).items():
        if name in fields:
            fields[name].initial = value
    cls = type(f"{action.title().replace('_', '')}Form", (StepForm,), {**fields, "schema": schema})
    return cls(data, prefix=action)
