from django.apps import AppConfig


class PersonnelConfig(AppConfig):
    name = "zhifa.personnel"
    label = "personnel"
    verbose_name = "执法人员与执法证"

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the rule table)
