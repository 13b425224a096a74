from django.apps import AppConfig


class LicensingConfig(AppConfig):
    name = "zhifa.licensing"
    label = "licensing"
    verbose_name = "行政许可"

    def ready(self) -> None:
        from . import parameters, workflow  # noqa: F401  (register the parameters and the procedure tables)
