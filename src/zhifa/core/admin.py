"""Django admin for reference data only: parameters, calendar overrides, regions (not workflow data)."""

from django.contrib import admin

from .models import CalendarOverride, Parameter, Region
from .parameters import PARAMETERS

admin.site.site_header = "执法 · 管理后台（参考数据）"
admin.site.site_title = "执法管理后台"
admin.site.index_title = "参考数据"


@admin.register(Parameter)
class ParameterAdmin(admin.ModelAdmin):
    list_display = ("key", "label", "value", "source", "updated_at")
    search_fields = ("key",)

    @admin.display(description="名称")
    def label(self, obj: Parameter) -> str:
        spec = PARAMETERS.get(obj.key)
        return spec.label if spec else "（未知参数）"


@admin.register(CalendarOverride)
class CalendarOverrideAdmin(admin.ModelAdmin):
    list_display = ("day", "kind", "name", "region_code", "source")
    list_filter = ("kind",)
    date_hierarchy = "day"


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "level", "valid_from_year", "valid_until_year", "local")
    search_fields = ("code", "name")
    list_filter = ("level", "local")
