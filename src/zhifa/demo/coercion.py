"""The demo district's year of coercion (seed 003's scale); filled by the coercion app's demo part."""

from __future__ import annotations

from .context import LoadContext


def load_coercion(ctx: LoadContext) -> None:
    """Write the year's rows in bulk (see loader for the rules a part follows)."""
