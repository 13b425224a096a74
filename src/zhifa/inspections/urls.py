"""Workbench pages of the inspections app (行政检查)."""

app_name = "inspections"
urlpatterns: list = []
