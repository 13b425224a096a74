from django.apps import AppConfig


class PublicityConfig(AppConfig):
    name = "zhifa.publicity"
    label = "publicity"
    verbose_name = "行政执法公示"

    def ready(self) -> None:
        from . import parameters, receivers, rules  # noqa: F401  (registers parameters, rules and step listeners)
