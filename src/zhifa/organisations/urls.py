"""Workbench pages of the organisations app, mounted at /workbench/organisations/."""

from django.urls import path

from . import views

app_name = "organisations"
urlpatterns = [
    path("", views.tree, name="tree"),
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/abolish/", views.abolish, name="abolish"),
    path("entrustments/", views.entrustments, name="entrustments"),
    path("entrustments/new/", views.entrustment_create, name="entrustment_create"),
    path("entrustments/<int:pk>/terminate/", views.entrustment_terminate, name="entrustment_terminate"),
    path("entrustments/<int:pk>/letter/", views.entrustment_letter, name="entrustment_letter"),
]
