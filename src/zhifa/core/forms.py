"""What every page form shares: Bootstrap widgets, the date widget, and turning a service refusal into a
form error (house style R3: forms parse input, services decide)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django import forms
from django.core.exceptions import ValidationError

from .exceptions import DomainError, NotInScope, PermissionRefused

T = TypeVar("T")
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class BootstrapMixin:
    """Give every widget its Bootstrap 5 class, so templates only lay fields out."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", _widget_class(field.widget))


def _widget_class(widget: forms.Widget) -> str:
    if isinstance(widget, forms.CheckboxInput | forms.CheckboxSelectMultiple):
        return "form-check-input"
    if isinstance(widget, forms.Select):
        return "form-select"
    return "form-control"


def refusal_text(exc: DomainError) -> str:
    """The Chinese message of a refusal, always carrying its rule code."""
    return exc.message if exc.code in exc.message else f"【{exc.code}】{exc.message}"


def call_service(form: forms.Form, call: Callable[[], T]) -> T | None:
    """Run one service call; a refusal or a model validation error becomes a form error (nothing was saved).

    Scope and permission refusals are not form errors: they propagate so the page answers 404 / 403.
    """
    try:
        return call()
    except (NotInScope, PermissionRefused):
        raise
    except DomainError as exc:
        form.add_error(None, refusal_text(exc))
    except ValidationError as exc:
        for message in exc.messages:
            form.add_error(None, message)
    return None
