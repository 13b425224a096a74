"""Workbench pages of the discretion app, mounted at /workbench/discretion/."""

from django.urls import path

from .views import benchmarks, calculator, editor

app_name = "discretion"
urlpatterns = [
    path("", benchmarks.benchmark_list, name="list"),
    path("new/", editor.benchmark_create, name="create"),
    path("queue/", benchmarks.filing_queue, name="queue"),
    path("three-lists/", benchmarks.three_lists, name="three_lists"),
    path("calculator/", calculator.calculator, name="calculator"),
    path("<int:pk>/", benchmarks.benchmark_detail, name="detail"),
    path("<int:pk>/edit/", editor.benchmark_edit, name="edit"),
    path("<int:pk>/new-version/", benchmarks.benchmark_new_version, name="new_version"),
    path("<int:pk>/do/<str:action>/", benchmarks.benchmark_action, name="action"),
]
