"""API of the discretion app: one router, its endpoints split by topic (benchmarks and their filing; the
三张清单 and the calculator). ``benchmarks`` is imported first: its ``/benchmarks/split`` must be registered before
``/benchmarks/{benchmark_id}``."""

from ninja import Router

router = Router(tags=["裁量基准"])

from . import benchmarks, calculator  # noqa: E402,F401  (register their endpoints on the router)
