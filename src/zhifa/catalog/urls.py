"""Workbench pages of the catalog app, mounted at /workbench/catalog/."""

from django.urls import path

from . import views

app_name = "catalog"
urlpatterns = [
    path("", views.catalog_list, name="list"),
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/versions/new/", views.version_create, name="version_create"),
    path("versions/<int:pk>/edit/", views.version_edit, name="version_edit"),
    path("versions/<int:pk>/publish/", views.version_publish, name="version_publish"),
    path("versions/<int:pk>/repeal/", views.version_repeal, name="version_repeal"),
    path("drafts/", views.drafts, name="drafts"),
    path("export/", views.export, name="export"),
    path("import/", views.import_file, name="import"),
    path("reports/", views.report, name="reports"),
    path("guided/", views.guided, name="guided"),
]
