"""API of the coercion app (行政强制)."""

from ninja import Router

router = Router(tags=["行政强制"])
