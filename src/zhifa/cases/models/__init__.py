from .cases import Case

__all__ = ["Case"]
