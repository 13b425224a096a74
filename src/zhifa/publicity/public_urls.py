"""The public 行政执法公示 pages, mounted at /gongshi/ (namespace ``publicity_public``)."""

from django.urls import path

from . import public_views

app_name = "publicity_public"
urlpatterns = [
    path("", public_views.search, name="search"),
    path("<int:pk>/", public_views.record, name="record"),
    path("<int:pk>/jiucuo/", public_views.report_error, name="report_error"),
    path("jiucuo/<str:code>/", public_views.report, name="report"),
]
