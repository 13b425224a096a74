from django.db import models
from django.utils.translation import gettext_lazy as _


class StoredFile(models.Model):
    """存储文件: a file kept in the content-addressed store, named by its SHA-256 and never overwritten."""

    sha256 = models.CharField(
        _("SHA-256"), max_length=64, unique=True, help_text=_("文件内容的 SHA-256 摘要。")
    )
    size = models.BigIntegerField(_("大小（字节）"), help_text=_("文件字节数。"))
    content_type = models.CharField(_("类型"), max_length=100, help_text=_("按文件内容识别的 MIME 类型。"))
    original_name = models.CharField(_("原文件名"), max_length=255, help_text=_("上传时的文件名。"))
    created_at = models.DateTimeField(_("上传时间"), auto_now_add=True, help_text=_("首次存入的时间。"))
    disposed_at = models.DateTimeField(
        _("销毁时间"), null=True, blank=True,
        help_text=_("经批准销毁、内容已从存储中删除的时间；摘要与登记信息保留。"),
    )  # fmt: skip

    class Meta:
        verbose_name = _("存储文件")
        verbose_name_plural = _("存储文件")

    def __str__(self) -> str:
        return f"{self.original_name} ({self.sha256[:12]})"
