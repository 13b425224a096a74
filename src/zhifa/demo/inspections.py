"""The demo district's year of inspections (seed 003's scale); filled by the inspections app's demo part."""

from __future__ import annotations

from .context import LoadContext


def load_inspections(ctx: LoadContext) -> None:
    """Write the year's rows in bulk (see loader for the rules a part follows)."""
