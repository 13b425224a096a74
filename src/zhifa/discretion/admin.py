"""Admin views of benchmarks and the party history, read-only.

A benchmark changes only through its services (drafting, the filing workflow, versions), which check the ranges
and write the history and the audit chain; a 违法记录 is written by the case procedure or an import and decides
首违不罚, so neither is edited here. ``AuditedModelAdmin`` is kept as the base so that any edit a later change
allows joins the audit chain.
"""

from django.contrib import admin

from zhifa.core.admin import AuditedModelAdmin

from .models import Benchmark, BenchmarkEvent, BenchmarkTier, PartyViolation


class ReadOnlyMixin:
    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class TierInline(ReadOnlyMixin, admin.TabularInline):
    model = BenchmarkTier
    fields = (
        "order",
        "outcome",
        "label",
        "conditions",
        "kinds",
        "fine_mode",
        "fine_low",
        "fine_high",
        "basis",
    )
    readonly_fields = fields
    extra = 0


class EventInline(ReadOnlyMixin, admin.TabularInline):
    model = BenchmarkEvent
    fields = ("at", "action", "from_state", "to_state", "by", "reason")
    readonly_fields = fields
    extra = 0


@admin.register(Benchmark)
class BenchmarkAdmin(ReadOnlyMixin, AuditedModelAdmin):
    list_display = (
        "matter",
        "violation",
        "issuer_name",
        "level",
        "version",
        "status",
        "valid_from",
        "filing_number",
    )
    list_filter = ("status", "level", "mode")
    search_fields = ("violation", "matter__basic_code", "issuer_name", "filing_number")
    list_select_related = ("matter",)
    inlines = (TierInline, EventInline)


@admin.register(PartyViolation)
class PartyViolationAdmin(ReadOnlyMixin, AuditedModelAdmin):
    list_display = (
        "party_name",
        "party_type",
        "matter",
        "organisation",
        "decided_on",
        "outcome",
        "reference",
        "source",
    )
    list_filter = ("outcome", "source", "party_type")
    search_fields = ("party_name", "reference", "matter__basic_code")
    list_select_related = ("matter", "organisation")
    date_hierarchy = "decided_on"
