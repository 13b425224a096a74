"""Rules on access: permissions, scope and API tokens."""

from zhifa.core.rules import Rule, register

PERM_TABLE = "zhifa 角色权限表（accounts/permissions.py）"
AUTH_PERM = Rule(
    "AUTH-PERM", "角色权限", "当前账号（{actor}）没有“{perm}”权限。", PERM_TABLE, "L", "accounts", 403
)
SCOPE_404 = Rule(
    "SCOPE-404", "数据范围", "对象不存在或不在您的管辖范围内。",
    "zhifa 数据范围规则（accounts/permissions.py）：执法部门看本主体，司法所看本街道及其执法队，司法局看本区域", "L", "accounts", 404,
)  # fmt: skip
TOKEN_PERMS = Rule(
    "AUTH-010",
    "令牌权限不得超出范围",
    "{detail}",
    PERM_TABLE + "：令牌只能持有其范围角色具备的权限",
    "L",
    "accounts",
)
TOKEN_REVOKED = Rule(
    "AUTH-011", "令牌已撤销", "令牌“{name}”已于 {at} 撤销。", "zhifa API 令牌规则", "L", "accounts"
)

register(AUTH_PERM, SCOPE_404, TOKEN_PERMS, TOKEN_REVOKED)
