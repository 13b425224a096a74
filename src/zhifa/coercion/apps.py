from django.apps import AppConfig


class CoercionConfig(AppConfig):
    name = "zhifa.coercion"
    label = "coercion"
    verbose_name = "行政强制"

    def ready(self) -> None:
        from . import parameters, workflow  # noqa: F401  (parameters and procedure tables register themselves)
