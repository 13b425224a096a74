from .inspections import Inspection, InspectionDeadline, InspectionState, InspectionStep

__all__ = ["Inspection", "InspectionDeadline", "InspectionState", "InspectionStep"]
