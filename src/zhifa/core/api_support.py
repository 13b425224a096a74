"""Helpers shared by every app's API module."""

from django.http import HttpRequest
from ninja import Schema

from zhifa.accounts.actors import Actor
from zhifa.accounts.auth import actor_for
from zhifa.accounts.permissions import require


class ErrorOut(Schema):
    """A refused request: the rule code, the Chinese message naming the rule, and its citation."""

    code: str
    message: str
    citation: str
    extra: dict


ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def acting(request: HttpRequest, perm: str | None = None) -> Actor:
    """The authenticated actor, after checking ``perm``."""
    actor = actor_for(request)
    if perm:
        require(actor, perm)
    return actor


def responses(ok_code: int, schema) -> dict:
    return {ok_code: schema, **ERRORS}
