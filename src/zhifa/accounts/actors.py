"""Who is acting: a logged-in user, an API token, or the system itself.

Services take ``by: Actor`` so that a step taken through a page, the API or a command is checked and audited
the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .constants import Role
from .permissions import ROLE_PERMISSIONS


@dataclass(frozen=True)
class Actor:
    label: str
    role: str
    organisation: Any  # organisations.Organisation | None
    permissions: frozenset[str]
    user_id: int | None = None
    user: Any = None
    token_id: int | None = None

    @classmethod
    def from_user(cls, user) -> Actor:
        perms = ROLE_PERMISSIONS.get(user.role, frozenset())
        label = f"{user.full_name or user.username}（{user.username}）"
        return cls(label=label, role=user.role, organisation=user.organisation, permissions=perms,
                   user_id=user.pk, user=user)  # fmt: skip

    @classmethod
    def from_token(cls, token) -> Actor:
        allowed = ROLE_PERMISSIONS.get(token.role, frozenset())
        perms = frozenset(p for p in token.permissions if p in allowed)
        return cls(label=f"API令牌 {token.name}（…{token.token_hint}）", role=token.role,
                   organisation=token.organisation, permissions=perms, token_id=token.pk)  # fmt: skip

    @classmethod
    def system(cls, reason: str = "系统") -> Actor:
        return cls(label=reason, role=Role.ADMIN, organisation=None, permissions=ROLE_PERMISSIONS[Role.ADMIN])

    @property
    def person_id(self) -> int | None:
        return getattr(self.user, "person_id", None)
