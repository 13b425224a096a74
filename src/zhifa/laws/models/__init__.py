from .articles import Article
from .laws import Law, LawVersion

__all__ = ["Article", "Law", "LawVersion"]
