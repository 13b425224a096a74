"""Django admin for reference data only: parameters, calendar overrides, regions (not workflow data)."""

from django.contrib import admin

from .audit import audit, snapshot
from .models import CalendarOverride, Parameter, Region
from .parameters import PARAMETERS

SECRET_FIELDS = {"password"}


class AuditedModelAdmin(admin.ModelAdmin):
    """Admin edits of reference data join the audit hash chain like every service write (house style R10):
    parameters and calendar days change how rules apply, so who changed them and from what must be kept."""

    def save_model(self, request, obj, form, change):
        fields = [f for f in form.changed_data if f not in SECRET_FIELDS and hasattr(obj, f)]
        old = type(obj).objects.filter(pk=obj.pk).first() if change else None
        before = snapshot(old, fields) if old is not None else {}
        super().save_model(request, obj, form, change)
        after = snapshot(obj, fields)
        if SECRET_FIELDS & set(form.changed_data):
            after["password"] = "（已修改）"
        self._audit(request, obj, "update" if change else "create", before, after)

    def delete_model(self, request, obj):
        before = snapshot(obj, [f.name for f in obj._meta.concrete_fields if f.name not in SECRET_FIELDS])
        self._audit(request, obj, "delete", before, {})
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)

    def _audit(self, request, obj, verb: str, before: dict, after: dict) -> None:
        from zhifa.accounts.actors import Actor

        action = f"admin.{obj._meta.model_name}.{verb}"
        audit(actor=Actor.from_user(request.user), action=action, obj=obj, before=before, after=after,
              organisation_id=getattr(obj, "organisation_id", None))  # fmt: skip


admin.site.site_header = "执法 · 管理后台（参考数据）"
admin.site.site_title = "执法管理后台"
admin.site.index_title = "参考数据"


@admin.register(Parameter)
class ParameterAdmin(AuditedModelAdmin):
    list_display = ("key", "label", "value", "source", "updated_at")
    search_fields = ("key",)

    @admin.display(description="名称")
    def label(self, obj: Parameter) -> str:
        spec = PARAMETERS.get(obj.key)
        return spec.label if spec else "（未知参数）"


@admin.register(CalendarOverride)
class CalendarOverrideAdmin(AuditedModelAdmin):
    list_display = ("day", "kind", "name", "region_code", "source")
    list_filter = ("kind",)
    date_hierarchy = "day"


@admin.register(Region)
class RegionAdmin(AuditedModelAdmin):
    list_display = ("code", "name", "level", "valid_from_year", "valid_until_year", "local")
    search_fields = ("code", "name")
    list_filter = ("level", "local")
