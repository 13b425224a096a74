"""Django admin of the law library: read-mostly. Texts come only from the importer; an operator may correct a
law's 法的形式 (the importer's guess) and a version's 施行日期 (when the text does not state it), and those
edits join the audit chain (``AuditedModelAdmin``)."""

from django.contrib import admin
from django.db.models import Count

from zhifa.core.admin import AuditedModelAdmin

from .models import Law, LawVersion


class ReadMostlyAdmin(AuditedModelAdmin):
    """No adding or deleting through the admin: the importer is the only way in."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Law)
class LawAdmin(ReadMostlyAdmin):
    list_display = ("title", "short_title", "kind", "version_count", "updated_at")
    list_filter = ("kind",)
    search_fields = ("title", "short_title")
    fields = ("title", "short_title", "kind", "created_at", "updated_at")
    readonly_fields = ("title", "short_title", "created_at", "updated_at")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(version_count=Count("versions"))

    @admin.display(description="版本数", ordering="version_count")
    def version_count(self, obj: Law) -> int:
        return obj.version_count


@admin.register(LawVersion)
class LawVersionAdmin(ReadMostlyAdmin):
    list_display = ("law", "version_date", "effective_from", "is_current", "source_name", "imported_at")
    list_filter = ("is_current",)
    search_fields = ("law__title", "source_name", "sha256")
    fields = (
        "law", "version_date", "effective_from", "is_current", "preamble", "source_name", "sha256",
        "imported_at", "imported_by",
    )  # fmt: skip
    readonly_fields = tuple(f for f in fields if f != "effective_from")
    list_select_related = ("law",)
