from .records import ActDeadline, ActRecord, ActStep

__all__ = ["ActDeadline", "ActRecord", "ActStep"]
