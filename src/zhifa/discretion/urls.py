"""Workbench pages of the discretion app, mounted at /workbench/discretion/."""

from django.urls import path

from . import views

app_name = "discretion"
urlpatterns = [
    path("", views.benchmark_list, name="list"),
    path("new/", views.benchmark_create, name="create"),
    path("queue/", views.filing_queue, name="queue"),
    path("three-lists/", views.three_lists, name="three_lists"),
    path("calculator/", views.calculator, name="calculator"),
    path("<int:pk>/", views.benchmark_detail, name="detail"),
    path("<int:pk>/edit/", views.benchmark_edit, name="edit"),
    path("<int:pk>/new-version/", views.benchmark_new_version, name="new_version"),
    path("<int:pk>/do/<str:action>/", views.benchmark_action, name="action"),
]
