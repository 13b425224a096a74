from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "zhifa.catalog"
    label = "catalog"
    verbose_name = "执法事项清单"

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the rule table)
