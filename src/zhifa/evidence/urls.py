"""Workbench pages of evidence, mounted at /workbench/evidence/."""

from django.urls import path

from . import views

app_name = "evidence"
urlpatterns = [
    path("cases/<int:case_id>/", views.case_evidence, name="case"),
    path("cases/<int:case_id>/casefile/", views.case_casefile, name="casefile"),
    path("cases/<int:case_id>/casefile.pdf", views.case_casefile_pdf, name="casefile_pdf"),
    path("cases/<int:case_id>/casefile/archive/", views.casefile_archive, name="casefile_archive"),
    path("cases/<int:case_id>/casefile/supplements/", views.casefile_supplement, name="casefile_supplement"),
    path("casefiles/<int:pk>/pdf", views.casefile_archived_pdf, name="casefile_archived_pdf"),
    path("casefiles/<int:pk>/destruction/", views.casefile_destruction, name="casefile_destruction"),
    path("destructions/<int:pk>/decide/", views.destruction_decide, name="destruction_decide"),
    path("archive/", views.archive_desk, name="archive"),
    path("<int:pk>/file", views.evidence_file, name="file"),
]
