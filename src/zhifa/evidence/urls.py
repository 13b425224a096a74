"""Workbench pages of evidence, mounted at /workbench/evidence/."""

from django.urls import path

from . import views

app_name = "evidence"
urlpatterns = [
    path("cases/<int:case_id>/", views.case_evidence, name="case"),
    path("cases/<int:case_id>/casefile/", views.case_casefile, name="casefile"),
    path("cases/<int:case_id>/casefile.pdf", views.case_casefile_pdf, name="casefile_pdf"),
    path("<int:pk>/file", views.evidence_file, name="file"),
]
