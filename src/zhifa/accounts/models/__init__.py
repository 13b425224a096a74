from .tokens import ApiToken
from .users import User

__all__ = ["ApiToken", "User"]
