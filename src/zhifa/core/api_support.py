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


# pydantic error types → the Chinese a user reads; anything else falls back to a generic phrase.
INPUT_MESSAGES = {
    "missing": "必填",
    "date_parsing": "不是有效日期（应为 YYYY-MM-DD）",
    "date_from_datetime_parsing": "不是有效日期（应为 YYYY-MM-DD）",
    "date_type": "不是有效日期（应为 YYYY-MM-DD）",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "decimal_parsing": "应为数字",
    "decimal_type": "应为数字",
    "float_parsing": "应为数字",
    "bool_parsing": "应为是或否（true/false）",
    "string_type": "应为文本",
    "list_type": "应为列表",
    "enum": "不是可选值，应为：{expected}",
    "literal_error": "不是可选值，应为：{expected}",
    "greater_than_equal": "不能小于 {ge}",
    "greater_than": "应大于 {gt}",
    "less_than_equal": "不能大于 {le}",
    "string_too_long": "超过 {max_length} 个字符",
    "string_too_short": "至少 {min_length} 个字符",
    "decimal_max_places": "最多 {decimal_places} 位小数",
}


def input_error_text(error: dict) -> str:
    """One pydantic validation error as ``字段：问题`` in Chinese (a validator's own Chinese message is kept)."""
    loc = [
        str(part) for part in error.get("loc", ()) if part not in ("body", "payload", "query", "path", "form")
    ]
    ctx = error.get("ctx") or {}
    if error.get("type") == "value_error" and ctx.get("error"):
        problem = str(ctx["error"])
    else:
        template = INPUT_MESSAGES.get(error.get("type", ""), "格式不正确")
        try:
            problem = template.format(**ctx)
        except (KeyError, IndexError):
            problem = template
    return f"{'.'.join(loc)}：{problem}" if loc else problem
