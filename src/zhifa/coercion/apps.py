from django.apps import AppConfig


class CoercionConfig(AppConfig):
    name = "zhifa.coercion"
    label = "coercion"
    verbose_name = "行政强制"
