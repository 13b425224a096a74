"""Django admin of 行政强制: read-only lists for administrators (every change goes through the services)."""

from django.contrib import admin

from .models import CoercionExecution, CoercionMeasure


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(CoercionMeasure)
class CoercionMeasureAdmin(ReadOnly):
    list_display = ("number", "organisation", "kind", "state", "implemented_on", "ends_on")
    list_filter = ("kind", "state")
    search_fields = ("number", "party__name")


@admin.register(CoercionExecution)
class CoercionExecutionAdmin(ReadOnly):
    list_display = ("number", "organisation", "decision_number", "state", "reminder_served_on")
    list_filter = ("state", "direct_power")
    search_fields = ("number", "decision_number", "party__name")
