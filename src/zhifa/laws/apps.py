from django.apps import AppConfig


class LawsConfig(AppConfig):
    """法律法规库: the statute texts enforcement rests on, by version and article, and citations to them."""

    name = "zhifa.laws"
    label = "laws"
    verbose_name = "法律法规库"

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the LAW-* rules)
