"""Step forms built from the step's schema (``inspections.schemas``): the page and the API take the same input.

``step_form(action, inspection, actor, data, files)`` returns a Django form whose fields follow the schema (dates,
choices, the body's people with their certificate numbers, the target's identifiers) and, for 现场检查, one row per
item of the matter's checklist (符合 / 不符合 / 不适用 and a note) with a recording upload — a form an officer fills in
on a phone. Its ``clean()`` builds the schema instance, so the page refuses bad input with the API's messages.
"""

from __future__ import annotations

import enum
import types
import typing
from datetime import date, datetime

from django import forms
from django.utils import timezone
from pydantic import ValidationError

from zhifa.catalog.constants import MatterKind
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.core.api_support import input_error_text
from zhifa.personnel.models import Person

from .constants import Answer
from .schemas import FACTS_BY_ACTION

TEXT = {"class": "form-control"}
DATE = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date", "class": "form-control"})
DATETIME = forms.DateTimeInput(
    format="%Y-%m-%dT%H:%M", attrs={"type": "datetime-local", "class": "form-control"}
)
PARTY_FIELDS = ("kind", "name", "identifier", "legal_representative", "address", "phone")


def _inner(annotation):
    """``X | None`` → X."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _body(actor, inspection):
    if inspection is not None:
        return inspection.organisation
    org = actor.organisation
    return org.body if org is not None and org.body_id else org


def people_choices(body) -> list[tuple[int, str]]:
    """The body's on-duty people with their valid certificate numbers (辅助人员 marked, they do not count)."""
    qs = Person.objects.filter(organisation__body_id=body.body_id or body.pk, status="on_duty") | Person.objects.filter(
        organisation=body, status="on_duty")  # fmt: skip
    rows = []
    for p in qs.distinct().prefetch_related("certificates").order_by("name"):
        numbers = "、".join(c.number for c in p.certificates.all() if c.number and c.state == "valid")
        suffix = f"（{numbers}）" if numbers else ("（辅助人员）" if p.is_auxiliary else "（无有效执法证）")
        rows.append((p.pk, f"{p.name}{suffix}"))
    return rows


def matter_choices(body, *, kind: str, items_only: bool = False) -> list[tuple[int, str]]:
    qs = (
        matters_exercised_by(body, timezone.localdate()).filter(kind=kind).select_related("matter")
        if body
        else []
    )
    if items_only and body:
        qs = qs.filter(inspection_item=True)
    return [(v.matter_id, f"{v.name}（{v.matter.basic_code}）") for v in qs]


def _field(name: str, info, body) -> forms.Field:
    kind = _inner(info.annotation)
    label, required = info.title or name, info.is_required()
    extra = {"label": label, "required": required, "help_text": info.description or ""}
    if name == "officer_ids":
        return forms.TypedMultipleChoiceField(coerce=int, choices=people_choices(body), widget=forms.CheckboxSelectMultiple,
                                              **{**extra, "required": False})  # fmt: skip
    if name in ("matter_id", "penalty_matter_id"):
        kind_ = MatterKind.INSPECTION if name == "matter_id" else MatterKind.PENALTY
        choices = matter_choices(body, kind=kind_, items_only=name == "matter_id")
        return forms.TypedChoiceField(coerce=int, choices=[("", "—请选择—"), *choices],
                                      widget=forms.Select(attrs={"class": "form-select"}), **extra)  # fmt: skip
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        choices = [(m.value, getattr(m, "label", m.value)) for m in kind]
        return forms.ChoiceField(choices=[("", "—请选择—"), *choices] if not required else choices,
                                 widget=forms.Select(attrs={"class": "form-select"}), **extra)  # fmt: skip
    if kind is bool:
        return forms.BooleanField(widget=forms.CheckboxInput(attrs={"class": "form-check-input"}),
                                  **{**extra, "required": False}, initial=info.default)  # fmt: skip
    if kind is datetime:
        return forms.DateTimeField(
            widget=DATETIME, input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"], **extra
        )
    if kind is date:
        return forms.DateField(widget=DATE, **extra)
    if kind is int:
        return forms.IntegerField(widget=forms.NumberInput(attrs=TEXT), **extra)
    long = next((m.max_length for m in info.metadata if hasattr(m, "max_length")), 0) > 300
    return forms.CharField(widget=forms.Textarea(attrs={**TEXT, "rows": 3}) if long else forms.TextInput(attrs=TEXT),
                           **extra)  # fmt: skip


class StepForm(forms.Form):
    """One step's form; ``facts`` is the schema instance once valid."""

    def __init__(self, *args, action: str, inspection, actor, **kwargs):
        super().__init__(*args, **kwargs)
        self.action, self.inspection, self.schema = action, inspection, FACTS_BY_ACTION[action]
        self.facts = None
        body = _body(actor, inspection)
        for name, info in self.schema.model_fields.items():
            if name == "checklist":
                self._checklist_fields()
            elif name == "target":
                self._party_fields(info)
            else:
                self.fields[name] = _field(name, info, body)
        if "on" in self.fields:
            self.fields["on"].initial = timezone.localdate()
        if action == "record":
            self.fields["recording"] = forms.FileField(
                label="现场音像记录", required=False, help_text="音像记录事项清单要求时必须上传（MP4、WebM、MP3 等）。",
                widget=forms.ClearableFileInput(attrs={**TEXT, "accept": "video/*,audio/*", "capture": "environment"}),
            )  # fmt: skip

    def checklist_items(self) -> list[str]:
        if self.inspection is None or "checklist" not in self.schema.model_fields:
            return []
        return list(self.inspection.matter_version.checklist or [])

    def _checklist_fields(self) -> None:
        for i, item in enumerate(self.checklist_items()):
            self.fields[f"item_{i}"] = forms.ChoiceField(
                label=item, choices=Answer.choices, widget=forms.RadioSelect
            )
            self.fields[f"note_{i}"] = forms.CharField(label=f"{item}：说明", required=False, max_length=1000,
                                                       widget=forms.TextInput(attrs=TEXT))  # fmt: skip

    def checklist_rows(self) -> list[tuple]:
        """(the answer's bound field, the note's bound field) per checklist item, for the template."""
        return [(self[f"item_{i}"], self[f"note_{i}"]) for i in range(len(self.checklist_items()))]

    def _party_fields(self, info) -> None:
        party = info.annotation
        for name in PARTY_FIELDS:
            self.fields[f"target_{name}"] = _field(name, party.model_fields[name], None)
            self.fields[f"target_{name}"].label = f"检查对象{party.model_fields[name].title}"

    def visible_plain(self) -> list:
        """The fields rendered by the generic include (the checklist rows are rendered on their own)."""
        return [f for f in self.visible_fields() if not f.name.startswith(("item_", "note_"))]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        payload = {k: v for k, v in data.items() if k in self.schema.model_fields and v not in (None, "")}
        if "checklist" in self.schema.model_fields:
            payload["checklist"] = [{"item": item, "answer": data.get(f"item_{i}"), "note": data.get(f"note_{i}", "")}
                                    for i, item in enumerate(self.checklist_items())]  # fmt: skip
        if "target" in self.schema.model_fields:
            payload["target"] = {n: data.get(f"target_{n}") or "" for n in PARTY_FIELDS}
        try:
            self.facts = self.schema.model_validate(payload)
        except ValidationError as exc:
            for error in exc.errors():
                self.add_error(None, input_error_text(error))
        return data


def step_form(action: str, inspection, actor, data=None, files=None) -> StepForm:
    prefix = None if inspection is None else action
    return StepForm(data, files, action=action, inspection=inspection, actor=actor, prefix=prefix)
