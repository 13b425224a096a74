from .cases import Case
from .documents import Document, NumberSeries
from .history import CaseDeadline, CaseOfficer, CaseStep
from .parties import Party
from .reviews import Discussion, Hearing, LegalReview, ReviewFinding

__all__ = [
    "Case",
    "CaseDeadline",
    "CaseOfficer",
    "CaseStep",
    "Discussion",
    "Document",
    "Hearing",
    "LegalReview",
    "NumberSeries",
    "Party",
    "ReviewFinding",
]
