from .audit import AuditEvent, ChainCheckpoint, ChainHead
from .base import TimeStampedModel
from .calendar import CalendarOverride
from .files import StoredFile
from .parameters import Parameter
from .procedural import DeadlineRecord, DeadlineState, StepRecord
from .regions import Region

__all__ = [
    "AuditEvent",
    "CalendarOverride",
    "ChainCheckpoint",
    "ChainHead",
    "DeadlineRecord",
    "DeadlineState",
    "Parameter",
    "Region",
    "StepRecord",
    "StoredFile",
    "TimeStampedModel",
]
