"""The versioned REST API under /api/v1/ (django-ninja): one NinjaAPI, one router per app.

Authentication: an API token (``Authorization: Bearer zf_…``) for other systems, or the workbench session.
Every action endpoint declares the permission it needs; data is scoped by ``accounts.permissions.restrict``,
the same function the pages use. Refusals are rendered from ``DomainError`` as
``{"code", "message", "citation", "extra"}``: 409 for a rule, 403 for a permission, 404 outside the scope.
The OpenAPI document is served at /api/v1/openapi.json and committed as docs/openapi.json (CI diffs it).
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError

from zhifa.accounts.auth import API_AUTH
from zhifa.core.api_support import input_error_text
from zhifa.core.exceptions import DomainError


class ZhifaAPI(NinjaAPI):
    """Operation ids are the endpoint function names (unique across the apps), so that clients generated from
    the OpenAPI document do not break when an endpoint moves to another module."""

    def get_openapi_operation_id(self, operation) -> str:
        return operation.view_func.__name__


api = ZhifaAPI(
    title="zhifa 执法 API",
    version="1",
    description="行政执法与行政执法监督平台接口。所有写操作按角色权限与机构范围校验，拒绝时返回规则编号、中文说明与依据。",
    auth=API_AUTH,
    urls_namespace="api-v1",
    docs_url="/docs",
    openapi_url="/openapi.json",
)


@api.exception_handler(DomainError)
def domain_error(request, exc: DomainError):
    return api.create_response(request, exc.as_dict(), status=exc.status)


@api.exception_handler(NinjaValidationError)
def validation_error(request, exc: NinjaValidationError):
    problems = "；".join(input_error_text(e) for e in exc.errors)
    body = {
        "code": "INPUT",
        "message": f"请求数据有误，未保存：{problems}。请按接口文档修正后重试。",
        "citation": "",
        "extra": {"errors": exc.errors},
    }
    return api.create_response(request, body, status=422)


@api.exception_handler(DjangoValidationError)
def model_validation_error(request, exc: DjangoValidationError):
    """A model's own checks (``full_clean`` in a service: a duplicate ID number, a wrong check digit) — the
    service's transaction has rolled back, so nothing was saved."""
    fields = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    message = "；".join(m for messages in fields.values() for m in messages)
    body = {
        "code": "INPUT",
        "message": f"数据未通过校验，未保存：{message}",
        "citation": "",
        "extra": {"fields": fields},
    }
    return api.create_response(request, body, status=422)


@api.exception_handler(AuthenticationError)
def auth_error(request, exc):
    body = {
        "code": "AUTH-401",
        "message": "未登录或 API 令牌无效、已撤销、已过期。",
        "citation": "",
        "extra": {},
    }
    return api.create_response(request, body, status=401)


@api.exception_handler(Http404)
def not_found(request, exc):
    body = {"code": "SCOPE-404", "message": "对象不存在或不在您的管辖范围内。", "citation": "", "extra": {}}
    return api.create_response(request, body, status=404)


def _mount() -> None:
    from zhifa.accounts.api import router as accounts_router
    from zhifa.acts.api import router as acts_router
    from zhifa.cases.api import router as cases_router
    from zhifa.catalog.api import router as catalog_router
    from zhifa.coercion.api import router as coercion_router
    from zhifa.core.api import router as core_router
    from zhifa.discretion.api import router as discretion_router
    from zhifa.evidence.api import router as evidence_router
    from zhifa.inspections.api import router as inspections_router
    from zhifa.laws.api import router as laws_router
    from zhifa.licensing.api import router as licensing_router
    from zhifa.organisations.api import router as organisations_router
    from zhifa.personnel.api import router as personnel_router
    from zhifa.publicity.api import router as publicity_router

    api.add_router("/", core_router)
    api.add_router("/", accounts_router)
    api.add_router("/", organisations_router)
    api.add_router("/", personnel_router)
    api.add_router("/", laws_router)
    api.add_router("/", catalog_router)
    api.add_router("/", discretion_router)
    api.add_router("/", cases_router)
    api.add_router("/", evidence_router)
    api.add_router("/", licensing_router)
    api.add_router("/", coercion_router)
    api.add_router("/", inspections_router)
    api.add_router("/", acts_router)
    api.add_router("/", publicity_router)


_mount()
