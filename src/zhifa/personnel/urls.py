"""Workbench pages of the personnel app, mounted at /workbench/personnel/."""

from django.urls import path

from .views import certificates, people, qualification

app_name = "personnel"
urlpatterns = [
    path("", people.people, name="list"),
    path("new/", people.create, name="create"),
    path("<int:pk>/", people.detail, name="detail"),
    path("<int:pk>/edit/", people.edit, name="edit"),
    path("<int:pk>/photo/", people.photo, name="photo"),
    path("<int:pk>/certificate/apply/", certificates.certificate_apply, name="certificate_apply"),
    path("<int:pk>/training/new/", qualification.training_create, name="training_create"),
    path("<int:pk>/assessment/new/", qualification.assessment_create, name="assessment_create"),
    path("certificates/", certificates.certificates, name="certificates"),
    path("certificates/<int:pk>/<str:action>/", certificates.certificate_action, name="certificate_action"),
    path("training/", qualification.training_progress, name="training_progress"),
    path("training/import/", qualification.training_import, name="training_import"),
    path("training/import/template.xlsx", qualification.training_template, name="training_template"),
    path("exams/", qualification.exams, name="exams"),
    path("exams/new/", qualification.exam_create, name="exam_create"),
    path("exams/<int:pk>/", qualification.exam_detail, name="exam_detail"),
]
