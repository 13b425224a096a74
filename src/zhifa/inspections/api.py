"""API of the inspections app (行政检查)."""

from ninja import Router

router = Router(tags=["行政检查"])
