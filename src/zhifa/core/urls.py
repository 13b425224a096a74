"""Workbench pages of the platform itself at /workbench/ (namespace ``core``)."""

from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("", views.workbench, name="workbench"),
    path("rules/", views.rules, name="rules"),
    path("audit/", views.audit, name="audit"),
    path("audit/verify/", views.audit_verify, name="audit_verify"),
    path("calendar/", views.calendar, name="calendar"),
]
