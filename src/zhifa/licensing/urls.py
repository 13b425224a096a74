"""Workbench pages of the licensing app (行政许可)."""

app_name = "licensing"
urlpatterns: list = []
