"""Workbench pages of the personnel app, mounted at /workbench/personnel/."""

from django.urls import path

from . import views

app_name = "personnel"
urlpatterns = [
    path("", views.people, name="list"),
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/photo/", views.photo, name="photo"),
    path("<int:pk>/certificate/apply/", views.certificate_apply, name="certificate_apply"),
    path("<int:pk>/training/new/", views.training_create, name="training_create"),
    path("<int:pk>/assessment/new/", views.assessment_create, name="assessment_create"),
    path("certificates/", views.certificates, name="certificates"),
    path("certificates/<int:pk>/<str:action>/", views.certificate_action, name="certificate_action"),
    path("training/", views.training_progress, name="training_progress"),
    path("training/import/", views.training_import, name="training_import"),
    path("training/import/template.xlsx", views.training_template, name="training_template"),
    path("exams/", views.exams, name="exams"),
    path("exams/new/", views.exam_create, name="exam_create"),
    path("exams/<int:pk>/", views.exam_detail, name="exam_detail"),
]
