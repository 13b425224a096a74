from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "zhifa.core"
    label = "core"
    verbose_name = "平台基础"

    def ready(self) -> None:
        from . import core_rules  # noqa: F401  (registers the rule table)
