from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    """审计事件: one state change, appended to the platform's hash chain.

    Each event carries the SHA-256 of its own canonical content and the hash of the event before it, so that
    changing, removing or inserting a row breaks the chain; ``zhifa verify`` recomputes it. Rows are never
    updated or deleted by the application (house style R6, R10).
    """

    seq = models.BigIntegerField(
        _("序号"), unique=True, help_text=_("链上的连续序号，从 1 开始，不允许空缺。")
    )
    at = models.DateTimeField(_("发生时间"), db_index=True, help_text=_("事件发生的时间（UTC 存储）。"))
    actor_id = models.BigIntegerField(
        _("操作人ID"), null=True, blank=True, help_text=_("操作账号的ID；系统操作为空。")
    )
    actor_label = models.CharField(
        _("操作人"), max_length=200, help_text=_("操作人的可读标识：账号、API 令牌或“系统”。")
    )
    action = models.CharField(
        _("事件类型"), max_length=100, db_index=True, help_text=_("如 certificate.issue。")
    )
    object_type = models.CharField(
        _("对象类型"), max_length=100, help_text=_("被操作对象的类型，如 personnel.certificate。")
    )
    object_id = models.CharField(_("对象ID"), max_length=64, help_text=_("被操作对象的主键。"))
    organisation_id = models.BigIntegerField(
        _("所属机构ID"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("对象所属的机构，用于按范围查看审计。"),
    )
    before = models.JSONField(_("变更前"), default=dict, blank=True, help_text=_("变更前的字段值。"))
    after = models.JSONField(_("变更后"), default=dict, blank=True, help_text=_("变更后的字段值。"))
    prev_hash = models.CharField(
        _("前序哈希"), max_length=64, help_text=_("上一事件的哈希；第一个事件为 64 个 0。")
    )
    hash = models.CharField(
        _("哈希"), max_length=64, unique=True, help_text=_("本事件规范化内容与前序哈希的 SHA-256。")
    )

    class Meta:
        verbose_name = _("审计事件")
        verbose_name_plural = _("审计事件")
        ordering = ["seq"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.object_type}:{self.object_id}"


class ChainHead(models.Model):
    """链头: the last sequence number and hash of the audit chain (a single row, locked on every append).

    Appending locks this row, so that two concurrent writers can never both extend the chain from the same
    predecessor; comparing it with the last event also reveals events cut off the end of the chain.
    """

    seq = models.BigIntegerField(_("最后序号"), default=0, help_text=_("链上最后一个事件的序号。"))
    hash = models.CharField(
        _("最后哈希"), max_length=64, default="0" * 64, help_text=_("链上最后一个事件的哈希。")
    )

    class Meta:
        verbose_name = _("审计链头")
        verbose_name_plural = _("审计链头")

    def __str__(self) -> str:
        return f"链头 #{self.seq}"


class ChainCheckpoint(models.Model):
    """每日检查点: the chain head at the end of a day (its sequence number and hash).

    Whoever keeps a copy of a checkpoint (the 司法局, an auditor, the provincial platform) can later prove that no
    event up to it has changed: the event with that number must still carry that hash, and the chain from it
    must still verify (``zhifa verify --checkpoint 序号:哈希``).
    """

    day = models.DateField(_("日期"), unique=True, help_text=_("检查点所属的日期。"))
    seq = models.BigIntegerField(_("链头序号"), help_text=_("当时链上最后一个事件的序号，即事件总数。"))
    hash = models.CharField(_("链头哈希"), max_length=64, help_text=_("当时链上最后一个事件的哈希。"))
    created_at = models.DateTimeField(_("记录时间"), auto_now_add=True, help_text=_("检查点写入的时间。"))

    class Meta:
        verbose_name = _("审计链检查点")
        verbose_name_plural = _("审计链检查点")
        ordering = ["-day"]

    def __str__(self) -> str:
        return f"{self.day} #{self.seq} {self.hash[:12]}"
