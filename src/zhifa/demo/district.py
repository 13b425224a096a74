"""The district itself: the national region codes, the demo district's own code, and its yearly parameters."""

from __future__ import annotations

from zhifa.core.models import Parameter, Region
from zhifa.core.region_services import regions_load

from . import data as D
from .context import LoadContext


def load_district(ctx: LoadContext) -> None:
    _load_regions(ctx)
    _set_parameters(ctx)


def _load_regions(ctx: LoadContext) -> None:
    regions_load()
    if not Region.objects.filter(code=D.DEMO_REGION, name=D.DEMO_REGION_NAME).exists():
        Region.objects.create(code=D.DEMO_REGION, name=D.DEMO_REGION_NAME, level="county", local=True)
    ctx.counts["regions"] = Region.objects.count()


def _set_parameters(ctx: LoadContext) -> None:
    """The demo district's own rotation-training deadline: June 30 of the current year (seed 000 §2 set
    2024-06-30 for its own plan; each district sets the date in its yearly notice)."""
    Parameter.objects.update_or_create(
        key="training.rotation_deadline",
        defaults={
            "value": f"{ctx.tl.cur}-06-30",
            "source": "演示区年度培训计划（虚构）：6月30日前完成全员轮训",
        },
    )
