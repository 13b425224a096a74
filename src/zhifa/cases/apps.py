from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "zhifa.cases"
    label = "cases"
    verbose_name = "执法案件"

    def ready(self) -> None:
        from . import workflow  # noqa: F401  (registers the procedure tables and their rules)
