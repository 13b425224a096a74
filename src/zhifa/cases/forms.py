"""Step forms built from the step's schema (``cases.facts``): the page and the API take exactly the same input.

``step_form(action, case, actor, data)`` returns a Django form whose fields follow the schema's fields (dates,
amounts, choices, the officers of the body with their certificate numbers, the review checklist), and whose
``clean()`` builds the schema instance, so a page refuses bad input with the same Chinese messages as the API.
"""

from __future__ import annotations

import enum
import types
import typing
from datetime import date
from decimal import Decimal

from django import forms
from django.utils import timezone
from pydantic import BaseModel, ValidationError

from zhifa.core.api_support import input_error_text
from zhifa.discretion.constants import Circumstance, PenaltyKind
from zhifa.personnel.models import Person

from .constants import REVIEW_ITEMS, Finding, PartyKind
from .facts import FACTS_BY_ACTION, PartyInput
from .subject import acting_organisations, matters_openable_by

DATE = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date", "class": "form-control"})
TEXT = {"class": "form-control"}
PERSON_FIELDS = {"lead_officer_id", "person_id", "chair_id", "reviewer_id"}
PEOPLE_FIELDS = {"officer_ids", "assistant_officer_ids"}


def _inner(annotation):
    """``X | None`` → X."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _max_length(info) -> int | None:
    return next((m.max_length for m in info.metadata if hasattr(m, "max_length")), None)


def people_choices(case, actor) -> list[tuple[int, str]]:
    """The body's on-duty people (辅助人员 marked), with their certificate numbers for the officers' steps."""
    orgs = acting_organisations(case) if case is not None else [actor.organisation]
    qs = Person.objects.filter(organisation__body_id__in=[o.body_id or o.pk for o in orgs], status="on_duty")
    rows = []
    for p in qs.prefetch_related("certificates").order_by("name"):
        numbers = "、".join(c.number for c in p.certificates.all() if c.number and c.state == "valid")
        suffix = f"（{numbers}）" if numbers else ("（辅助人员）" if p.is_auxiliary else "（无有效执法证）")
        rows.append((p.pk, f"{p.name}{suffix}"))
    return rows


def reviewer_choices(case) -> list[tuple[int, str]]:
    """The 法制审核人员 the case may be sent to: those of its own body (guard PEN-012), or where it has none, those
    of the 司法局, the superior department and, for a street, the street's 司法所."""
    from .guards import may_assist, reviewing_bodies

    qs = Person.objects.filter(account__role="legal_reviewer").select_related("organisation").order_by("name")
    own = reviewing_bodies(case)
    eligible = [p for p in qs if p.organisation.body_id in own]
    if not eligible:
        eligible = [p for p in qs if may_assist(p.organisation, case.organisation)]
    return [
        (p.pk, f"{p.name}（{p.organisation.name}{'，有法律职业资格' if p.has_legal_qualification else ''}）")
        for p in eligible
    ]


def matter_choices(actor) -> list[tuple[int, str]]:
    from zhifa.catalog.constants import MatterKind

    body = (
        actor.organisation.body if actor.organisation and actor.organisation.body_id else actor.organisation
    )
    if body is None:
        return []
    versions = (
        matters_openable_by(body, timezone.localdate()).filter(kind=MatterKind.PENALTY).order_by("name")
    )
    return [(v.matter_id, v.name) for v in versions]


def _field(name: str, info, case, actor) -> forms.Field:
    annotation = _inner(info.annotation)
    label, help_text = info.title or name, info.description or ""
    required = info.is_required()
    if name in PEOPLE_FIELDS:
        return forms.TypedMultipleChoiceField(label=label, help_text=help_text, required=False, coerce=int,
                                              choices=people_choices(case, actor), widget=forms.CheckboxSelectMultiple)  # fmt: skip
    if name == "reviewer_id":
        return forms.TypedChoiceField(
            label=label,
            coerce=int,
            choices=reviewer_choices(case),
            widget=forms.Select(attrs={"class": "form-select"}),
        )
    if name in PERSON_FIELDS:
        return forms.TypedChoiceField(
            label=label,
            coerce=int,
            choices=people_choices(case, actor),
            widget=forms.Select(attrs={"class": "form-select"}),
        )
    if name == "matter_id":
        return forms.TypedChoiceField(
            label=label,
            coerce=int,
            choices=matter_choices(actor),
            widget=forms.Select(attrs={"class": "form-select"}),
        )
    if name == "kinds":
        return forms.MultipleChoiceField(
            label=label, required=False, choices=PenaltyKind.choices, widget=forms.CheckboxSelectMultiple
        )
    if name == "circumstances":
        return forms.MultipleChoiceField(
            label=label, required=False, choices=Circumstance.choices, widget=forms.CheckboxSelectMultiple
        )
    if name == "major_circumstances":
        from zhifa.catalog.constants import MajorCriterion

        choices = [(c, MajorCriterion(c).label) for c in ("public_interest", "social_impact", "complex")]
        return forms.MultipleChoiceField(label=label, help_text=help_text, required=False, choices=choices,
                                         widget=forms.CheckboxSelectMultiple)  # fmt: skip
    if name == "participants":
        return forms.CharField(
            label=label, help_text="每行一人", widget=forms.Textarea(attrs={**TEXT, "rows": 3})
        )
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        choices = [(m.value, getattr(m, "label", m.value)) for m in annotation]
        return forms.ChoiceField(label=label, required=required, choices=choices, initial=info.default if not required else None,
                                 widget=forms.Select(attrs={"class": "form-select"}))  # fmt: skip
    if annotation is bool:
        return forms.BooleanField(label=label, required=False, initial=bool(info.default))
    if annotation is date:
        return forms.DateField(label=label, help_text=help_text, required=required, widget=DATE)
    if annotation is Decimal:
        return forms.DecimalField(
            label=label, required=required, widget=forms.NumberInput(attrs={**TEXT, "step": "0.01"})
        )
    if annotation is int:
        return forms.IntegerField(label=label, required=required, initial=info.default if not required else None,
                                  widget=forms.NumberInput(attrs=TEXT))  # fmt: skip
    long = (_max_length(info) or 0) > 300
    widget = forms.Textarea(attrs={**TEXT, "rows": 3}) if long else forms.TextInput(attrs=TEXT)
    return forms.CharField(label=label, help_text=help_text, required=required, widget=widget)


def _party_fields(prefix: str, required: bool) -> dict[str, forms.Field]:
    fields = {}
    for name, info in PartyInput.model_fields.items():
        key = f"{prefix}__{name}"
        if name == "kind":
            fields[key] = forms.ChoiceField(label=f"当事人：{info.title}", required=False, choices=PartyKind.choices,
                                            widget=forms.Select(attrs={"class": "form-select"}))  # fmt: skip
        else:
            fields[key] = forms.CharField(label=f"当事人：{info.title}", required=False, help_text=info.description or "",
                                          widget=forms.TextInput(attrs=TEXT))  # fmt: skip
    return fields


def _review_fields() -> dict[str, forms.Field]:
    fields = {}
    for code, label in REVIEW_ITEMS:
        fields[f"finding__{code}"] = forms.ChoiceField(label=f"审核：{label}", required=False,
                                                       choices=[("", "（请选择）"), *Finding.choices],
                                                       widget=forms.Select(attrs={"class": "form-select"}))  # fmt: skip
        fields[f"note__{code}"] = forms.CharField(
            label="说明", required=False, widget=forms.TextInput(attrs=TEXT)
        )
    return fields


class StepForm(forms.Form):
    schema: type[BaseModel]
    facts: BaseModel | None = None

    def _payload(self) -> dict:
        data: dict = {}
        for name, value in self.cleaned_data.items():
            if "__" in name:
                continue
            if value in (None, "") and name not in ("reason",):
                continue
            data[name] = [v for v in value.splitlines() if v.strip()] if name == "participants" else value
        if "party" in self.schema.model_fields:
            party = {
                k.split("__", 1)[1]: v for k, v in self.cleaned_data.items() if k.startswith("party__") and v
            }
            if party.get("name"):
                data["party"] = party
        if "findings" in self.schema.model_fields:
            data["findings"] = [
                {"item": code, "finding": self.cleaned_data[f"finding__{code}"], "note": self.cleaned_data[f"note__{code}"]}
                for code, _ in REVIEW_ITEMS if self.cleaned_data.get(f"finding__{code}")
            ]  # fmt: skip
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


def step_form(action: str, case, actor, data=None) -> StepForm:
    """The form of ``action`` on ``case`` (None for the steps that open a case)."""
    schema = FACTS_BY_ACTION[action]
    fields: dict[str, forms.Field] = {}
    for name, info in schema.model_fields.items():
        if name == "party":
            fields.update(_party_fields("party", info.is_required()))
        elif name == "findings":
            fields.update(_review_fields())
        else:
            fields[name] = _field(name, info, case, actor)
    if "on" in fields:
        fields["on"].initial = timezone.localdate()
    cls = type(f"{action.title().replace('_', '')}Form", (StepForm,), {**fields, "schema": schema})
    return cls(data, prefix=action)
