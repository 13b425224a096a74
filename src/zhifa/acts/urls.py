"""Workbench pages of the acts app (行政征收、征用、确认、给付、奖励、裁决), mounted at /workbench/acts/."""

from django.urls import path

from . import views

app_name = "acts"
urlpatterns = [
    path("", views.act_list, name="list"),
    path("new/", views.act_new, name="new"),
    path("summary/", views.act_summary, name="summary"),
    path("<int:pk>/", views.act_detail, name="detail"),
    path("<int:pk>/<str:action>/", views.act_step, name="step"),
]
