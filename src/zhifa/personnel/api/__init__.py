"""API of the personnel app: one router, its endpoints split by topic (officers, certificates, qualification)."""

from ninja import Router

router = Router(tags=["执法人员与执法证"])

from . import certificates, people, qualification  # noqa: E402,F401  (register their endpoints on the router)
