"""Accounts are managed by the system administrator in the admin (organisation + role per account)."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from zhifa.core.admin import AuditedModelAdmin

from .models import User


@admin.register(User)
class UserAdmin(AuditedModelAdmin, BaseUserAdmin):
    list_display = ("username", "full_name", "role", "organisation", "is_active", "last_login")
    list_filter = ("role", "is_active")
    search_fields = ("username", "full_name")
    autocomplete_fields = ()
    raw_id_fields = ("organisation", "person")
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("身份与范围", {"fields": ("full_name", "organisation", "role", "person")}),
        ("状态", {"fields": ("is_active", "is_staff", "is_superuser", "last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("username", "full_name", "organisation", "role", "password1", "password2"),
            },
        ),
    )
