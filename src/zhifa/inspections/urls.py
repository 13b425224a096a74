"""Workbench pages of the inspections app (行政检查)."""

from django.urls import path

from . import views

app_name = "inspections"
urlpatterns = [
    path("", views.inspection_list, name="list"),
    path("new/", views.inspection_new, name="new"),
    path("<int:pk>/", views.inspection_detail, name="detail"),
    path("<int:pk>/steps/<str:action>/", views.inspection_take_step, name="step"),
]
