from .certificates import Certificate, CertificateEvent
from .people import Person
from .qualification import AnnualAssessment, ExamResult, ExamSession, TrainingImport, TrainingRecord

__all__ = [
    "AnnualAssessment",
    "Certificate",
    "CertificateEvent",
    "ExamResult",
    "ExamSession",
    "Person",
    "TrainingImport",
    "TrainingRecord",
]
