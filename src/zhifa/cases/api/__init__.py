"""API of the cases app: case registers and details, one endpoint per procedure step (house style R13), the
officer's, reviewer's and head's queues, and the procedure tables with their rules."""

from ninja import Router

router = Router(tags=["行政处罚办案"])

from . import cases, procedures  # noqa: E402,F401  (register their endpoints on the router)
