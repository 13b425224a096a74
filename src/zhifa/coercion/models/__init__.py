from .executions import CoercionExecution, CoercionExecutionDeadline, CoercionExecutionStep
from .measures import CoercionMeasure, CoercionMeasureDeadline, CoercionMeasureStep

__all__ = [
    "CoercionExecution",
    "CoercionExecutionDeadline",
    "CoercionExecutionStep",
    "CoercionMeasure",
    "CoercionMeasureDeadline",
    "CoercionMeasureStep",
]
