"""Workbench pages of the licensing app (行政许可), mounted at /workbench/licensing/."""

from django.urls import path

from . import views

app_name = "licensing"
urlpatterns = [
    path("", views.application_list, name="list"),
    path("new/", views.application_new, name="new"),
    path("<int:pk>/", views.application_detail, name="detail"),
    path("<int:pk>/step/<str:action>/", views.application_step, name="step"),
    path("licences/", views.licence_list, name="licences"),
    path("licences/<int:pk>/", views.licence_detail, name="licence"),
    path("licences/<int:pk>/step/<str:action>/", views.licence_take_step, name="licence_step"),
]
