"""Helpers every app's services use: field updates that report what changed."""

from __future__ import annotations

from typing import Any

from django.db import models

from .audit import _jsonable


def model_update(instance: models.Model, data: dict[str, Any]) -> tuple[dict, dict]:
    """Set the fields in ``data`` that differ, validate, save only those; return (before, after) of the changes."""
    before, after = {}, {}
    for field, value in data.items():
        old = getattr(instance, field)
        if old != value:
            before[field], after[field] = _jsonable(old), _jsonable(value)
            setattr(instance, field, value)
    if after:
        instance.full_clean()
        instance.save(
            update_fields=[*after.keys(), *(["updated_at"] if hasattr(instance, "updated_at") else [])]
        )
    return before, after
