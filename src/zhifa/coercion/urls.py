"""Workbench pages of the coercion app (行政强制), under /workbench/coercion/."""

from django.urls import path

from . import views

app_name = "coercion"
urlpatterns = [
    path("", views.coercion_list, name="list"),
    path("new/<str:action>/", views.open_step, name="open"),
    path("measures/<int:pk>/", views.measure_detail, name="measure"),
    path("measures/<int:pk>/inventory/", views.inventory, name="inventory"),
    path("measures/<int:pk>/<str:action>/", views.measure_step, name="measure_step"),
    path("executions/<int:pk>/", views.execution_detail, name="execution"),
    path("executions/<int:pk>/<str:action>/", views.execution_step, name="execution_step"),
]
