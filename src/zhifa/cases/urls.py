"""Workbench pages of penalty cases, mounted at /workbench/cases/."""

from django.urls import path

from .views import documents, workbench

app_name = "cases"
urlpatterns = [
    path("", workbench.desk, name="desk"),
    path("all/", workbench.case_list, name="list"),
    path("new/", workbench.case_new, name="new"),
    path("on-spot/", workbench.case_on_spot, name="on_spot"),
    path("procedures/", workbench.procedures, name="procedures"),
    path("<int:pk>/", workbench.case_detail, name="detail"),
    path("parties/<int:pk>/", workbench.party_detail, name="party"),
    path("<int:pk>/step/<str:action>/", workbench.case_take_step, name="step"),
    path("<int:pk>/documents/<int:doc_id>.<str:fmt>", documents.case_document, name="document"),
]
