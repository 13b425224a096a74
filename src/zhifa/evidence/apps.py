from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "zhifa.evidence"
    label = "evidence"
    verbose_name = "证据与执法全过程记录"

    def ready(self) -> None:
        from zhifa.core.storage import INTEGRITY_CHECKS

        from .integrity import check_evidence

        if check_evidence not in INTEGRITY_CHECKS:
            INTEGRITY_CHECKS.append(check_evidence)
