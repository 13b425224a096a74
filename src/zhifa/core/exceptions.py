"""The one error that services raise when a business rule refuses a step (house style R3)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .rules import Rule


class DomainError(Exception):
    """A refused step: a rule code, a Chinese message naming the rule, and its citation.

    The API renders it as ``{"code", "message", "citation", "extra"}`` with HTTP 409 (or 403 for permission
    rules, 404 for scope); pages show ``message`` as an error alert. Raising it inside ``atomic()`` rolls back
    everything the service had written, so a refused step changes nothing.
    """

    status = 409

    def __init__(self, code: str, message: str, *, citation: str = "", extra: dict[str, Any] | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.citation = citation
        self.extra = extra or {}

    @classmethod
    def from_rule(cls, rule: Rule, **fmt: Any) -> DomainError:
        error = cls(rule.code, rule.render(**fmt), citation=rule.citation, extra={"rule": rule.title, **fmt})
        error.status = rule.http_status
        return error

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "citation": self.citation, "extra": self.extra}

    def __str__(self) -> str:
        return self.message


class PermissionRefused(DomainError):
    status = 403


class NotInScope(DomainError):
    """The object does not exist for this actor: outside its scope reads exactly like missing."""

    status = 404
