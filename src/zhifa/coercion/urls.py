"""Workbench pages of the coercion app (行政强制)."""

app_name = "coercion"
urlpatterns: list = []
