from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "zhifa.evidence"
    label = "evidence"
    verbose_name = "证据与执法全过程记录"

    def ready(self) -> None:
        from zhifa.core.storage import INTEGRITY_CHECKS
        from zhifa.core.sweep import SWEEPERS

        from . import parameters  # noqa: F401  (registers the archiving parameters)
        from .integrity import check_casefiles, check_documents, check_evidence
        from .uploads import sweep_uploads

        for check in (check_evidence, check_documents, check_casefiles):
            if check not in INTEGRITY_CHECKS:
                INTEGRITY_CHECKS.append(check)
        if sweep_uploads not in SWEEPERS:
            SWEEPERS.append(sweep_uploads)
