from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "zhifa.organisations"
    label = "organisations"
    verbose_name = "执法主体"

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the rule table)
