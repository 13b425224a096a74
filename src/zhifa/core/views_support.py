"""What every workbench page view shares: login, the actor, permissions and DomainError handling."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from zhifa.accounts.auth import actor_for
from zhifa.core.exceptions import DomainError, NotInScope, PermissionRefused


def workbench_view(perm: str | None = None) -> Callable:
    """Decorate a page view: require login (and ``perm``), set ``request.actor``, render refusals.

    A ``NotInScope`` becomes 404, a ``PermissionRefused`` a 403 page with the Chinese message; any other
    ``DomainError`` raised by a GET is shown on an error page (POST handlers show it in their form instead).
    """

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            actor = actor_for(request)
            try:
                if perm and perm not in actor.permissions:
                    from zhifa.accounts.permissions import require

                    require(actor, perm)
                return view(request, *args, **kwargs)
            except NotInScope as exc:
                raise Http404(exc.message) from exc
            except PermissionRefused as exc:
                return render(request, "core/refused.html", {"error": exc}, status=403)
            except DomainError as exc:
                messages.error(request, exc.message)
                return render(request, "core/refused.html", {"error": exc}, status=exc.status)

        return wrapper

    return decorator


def blob_response(stored):
    """A stored file (content-addressed blob) as a download under its original name."""
    from django.http import FileResponse

    from .storage import open_blob

    return FileResponse(open_blob(stored), content_type=stored.content_type, filename=stored.original_name)
