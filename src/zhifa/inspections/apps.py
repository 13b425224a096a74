from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    name = "zhifa.inspections"
    label = "inspections"
    verbose_name = "行政检查"

    def ready(self) -> None:
        from . import parameters, workflow  # noqa: F401  (register the parameters, rules and procedure)
