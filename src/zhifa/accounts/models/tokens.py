import hashlib
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

TOKEN_PREFIX = "zf_"


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def new_raw_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


class ApiToken(TimeStampedModel):
    """API 令牌: credentials for another system (部门自建系统, 省级平台, 12345).

    A token is scoped to one organisation (its data range is that organisation's, as for a head of that body,
    or the region's when issued to a 司法局) and to an explicit set of permissions. Only the SHA-256 of the
    token is stored; the token itself is shown once. Revoking is permanent.
    """

    name = models.CharField(
        _("名称"), max_length=100, help_text=_("使用该令牌的系统，如“区市场监管局办案系统”。")
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("所属机构"),
        on_delete=models.PROTECT,
        related_name="api_tokens",
        help_text=_("令牌的数据范围所依据的机构。"),
    )
    role = models.CharField(
        _("范围角色"), max_length=20, default="agency_head", help_text=_("按哪种角色的范围规则确定可见数据。")
    )
    permissions = models.JSONField(_("权限"), default=list, help_text=_("令牌持有的权限代码列表。"))
    token_hash = models.CharField(_("令牌摘要"), max_length=64, unique=True, help_text=_("令牌的 SHA-256。"))
    token_hint = models.CharField(_("令牌末四位"), max_length=8, help_text=_("便于辨认的令牌末尾字符。"))
    created_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("创建人"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("创建令牌的账号。"),
    )
    expires_at = models.DateTimeField(
        _("到期时间"), null=True, blank=True, help_text=_("为空表示不自动到期。")
    )
    revoked_at = models.DateTimeField(
        _("撤销时间"), null=True, blank=True, help_text=_("撤销后令牌立即失效。")
    )
    last_used_at = models.DateTimeField(
        _("最后使用"), null=True, blank=True, help_text=_("最近一次成功使用的时间。")
    )

    class Meta:
        verbose_name = _("API 令牌")
        verbose_name_plural = _("API 令牌")

    def __str__(self) -> str:
        return f"{self.name} (…{self.token_hint})"
