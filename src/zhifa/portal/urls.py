"""The public portal at the site root (namespace ``portal``)."""

from django.urls import path

from . import prior, views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("zhengjian/<str:token>/", views.certificate, name="certificate"),
    path("zhengjian/<str:token>/photo", views.certificate_photo, name="certificate_photo"),
    path("bodies/", views.bodies, name="bodies"),
    path("bodies/<int:pk>/", views.body, name="body"),
    path("announcements/", views.announcements, name="announcements"),
    path("large-font/", views.large_font, name="large_font"),
    # 事前公开 (seed 001 (一)2): catalog and service guides, inspection items, benchmarks, flow charts, channels.
    path("matters/", prior.matters, name="matters"),
    path("matters/<int:pk>/", prior.matter, name="matter"),
    path("inspection-items/", prior.inspection_items, name="inspection_items"),
    path("procedures/", prior.procedures, name="procedures"),
    path("procedures/<str:code>/", prior.procedure, name="procedure"),
    path("benchmarks/", prior.benchmarks, name="benchmarks"),
    path("benchmarks/lists/", prior.three_lists, name="three_lists"),
    path("benchmarks/<int:pk>/", prior.benchmark, name="benchmark"),
    path("channels/", prior.channels, name="channels"),
    path("rules/", prior.rules, name="rules"),
]
