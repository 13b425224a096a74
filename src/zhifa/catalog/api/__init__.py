"""API of the catalog app: one router, its endpoints split by topic (``matters``: matters and versions;
``exchange``: Excel, reports, the guided list)."""

from ninja import Router

router = Router(tags=["执法事项清单"])

from . import exchange, matters  # noqa: E402,F401  (register their endpoints on the router)
