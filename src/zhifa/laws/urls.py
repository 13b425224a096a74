"""Workbench pages of the law library, mounted at /workbench/laws/."""

from django.urls import path

from . import views

app_name = "laws"
urlpatterns = [
    path("", views.index, name="index"),
    path("import/", views.law_import, name="import"),
    path("<int:law_id>/", views.law_detail, name="law"),
    path("<int:law_id>/a/<int:number>/", views.article, name="article"),
]
