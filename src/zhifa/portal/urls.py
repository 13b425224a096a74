"""The public portal at the site root (namespace ``portal``)."""

from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("zhengjian/<str:token>/", views.certificate, name="certificate"),
    path("zhengjian/<str:token>/photo", views.certificate_photo, name="certificate_photo"),
    path("bodies/", views.bodies, name="bodies"),
    path("bodies/<int:pk>/", views.body, name="body"),
    path("announcements/", views.announcements, name="announcements"),
    path("large-font/", views.large_font, name="large_font"),
]
