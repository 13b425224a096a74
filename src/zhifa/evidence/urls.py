"""Workbench pages of evidence, mounted at /workbench/evidence/."""

from django.urls import path

from . import views

app_name = "evidence"
urlpatterns = [
    path("cases/<int:case_id>/", views.case_evidence, name="case"),
    path("<int:pk>/file", views.evidence_file, name="file"),
]
