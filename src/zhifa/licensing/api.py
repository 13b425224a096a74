"""API of the licensing app (行政许可)."""

from ninja import Router

router = Router(tags=["行政许可"])
