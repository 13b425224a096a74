"""URL map: the public side at the root, the staff workbench under /workbench/, the API under /api/v1/."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from zhifa.api import api

urlpatterns = [
    path("workbench/", include("zhifa.core.urls")),
    path("workbench/accounts/", include("zhifa.accounts.urls")),
    path("workbench/organisations/", include("zhifa.organisations.urls")),
    path("workbench/personnel/", include("zhifa.personnel.urls")),
    path("workbench/laws/", include("zhifa.laws.urls")),
    path("workbench/catalog/", include("zhifa.catalog.urls")),
    path("workbench/discretion/", include("zhifa.discretion.urls")),
    path("workbench/cases/", include("zhifa.cases.urls")),
    path("workbench/evidence/", include("zhifa.evidence.urls")),
    path("workbench/licensing/", include("zhifa.licensing.urls")),
    path("workbench/coercion/", include("zhifa.coercion.urls")),
    path("workbench/inspections/", include("zhifa.inspections.urls")),
    path("workbench/acts/", include("zhifa.acts.urls")),
    path("case/", include("zhifa.cases.public_urls")),
    path("gongshi/", include("zhifa.publicity.public_urls")),
    path("workbench/publicity/", include("zhifa.publicity.urls")),
    path("workbench/admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("", include("zhifa.portal.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
