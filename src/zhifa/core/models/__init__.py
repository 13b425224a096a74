from .audit import AuditEvent, ChainHead
from .base import TimeStampedModel
from .calendar import CalendarOverride
from .files import StoredFile
from .parameters import Parameter
from .regions import Region

__all__ = [
    "AuditEvent",
    "CalendarOverride",
    "ChainHead",
    "Parameter",
    "Region",
    "StoredFile",
    "TimeStampedModel",
]
