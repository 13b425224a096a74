from django.apps import AppConfig


class ActsConfig(AppConfig):
    name = "zhifa.acts"
    label = "acts"
    verbose_name = "其他执法行为（征收、征用、确认、给付、奖励、裁决）"

    def ready(self) -> None:
        from . import parameters, workflow  # noqa: F401  (registers the parameters, the table and its rules)
