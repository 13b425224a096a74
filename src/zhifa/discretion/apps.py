from django.apps import AppConfig


class DiscretionConfig(AppConfig):
    name = "zhifa.discretion"
    label = "discretion"
    verbose_name = "行政裁量权基准"

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the rule table)
