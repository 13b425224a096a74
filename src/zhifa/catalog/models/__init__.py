from .guided import GuidedListItem
from .matters import Matter, MatterBasis, MatterVersion

__all__ = ["GuidedListItem", "Matter", "MatterBasis", "MatterVersion"]
