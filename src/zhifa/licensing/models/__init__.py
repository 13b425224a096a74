from .applications import (
    ExcludedPeriod,
    LicenceApplication,
    LicenceApplicationDeadline,
    LicenceApplicationStep,
    LicenceNumberSeries,
)
from .licences import Licence, LicenceDeadline, LicenceStep

__all__ = [
    "ExcludedPeriod",
    "Licence",
    "LicenceApplication",
    "LicenceApplicationDeadline",
    "LicenceApplicationStep",
    "LicenceDeadline",
    "LicenceNumberSeries",
    "LicenceStep",
]
