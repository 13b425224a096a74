"""Workbench pages of 行政执法公示, mounted at /workbench/publicity/."""

from django.urls import path

from . import views

app_name = "publicity"
urlpatterns = [
    path("", views.desk, name="desk"),
    path("timeliness/", views.timeliness, name="timeliness"),
    path("reports/", views.reports, name="reports"),
    path("reports/<int:pk>/answer/", views.answer, name="answer"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/<str:action>/", views.act, name="act"),
]
