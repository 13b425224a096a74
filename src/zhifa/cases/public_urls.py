"""The public 一案一码 page, mounted at /case/."""

from django.urls import path

from .views import documents, public

app_name = "case_public"
urlpatterns = [
    path("", public.public_case, name="lookup"),
    path("<str:number>/", public.public_case, name="case"),
    path("<str:number>/documents/<int:doc_id>.<str:fmt>", documents.public_document, name="document"),
]
