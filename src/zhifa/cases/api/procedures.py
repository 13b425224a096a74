"""API: the procedure tables (every step, its guards with rule codes and citations, documents and deadlines)."""

from django.http import HttpRequest

from zhifa.core.api_support import responses
from zhifa.core.procedures import all_procedures

from . import router
from .schemas import ProcedureOut
from .serialise import procedure_out


@router.get("/procedures", response=responses(200, list[ProcedureOut]), auth=None,
            summary="程序表：每一步骤的权限、把关规则及依据、产生的文书与期限（公开）")  # fmt: skip
def procedure_list(request: HttpRequest):
    return [procedure_out(p) for p in all_procedures()]
