"""公示记录: one executive decision as the public sees it, with every version, state change and feed entry."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from zhifa.core.models import TimeStampedModel

from ..constants import FeedOp, PublicationKind, PubState, ReviewMode, SourceKind


class Publication(TimeStampedModel):
    """公示记录: the publication of one decision (a penalty case, a licence application, a recorded act).

    It exists from the day the decision is taken, so its publication deadline (``due_on``) can be watched
    before anything is published. What the public reads is the current ``content`` (always masked), kept
    denormalised here for the portal and its search; every version is a ``PublicationVersion`` row, every
    state change a ``PublicationEvent`` row, every public change a ``FeedEntry`` (nothing is overwritten
    without a trace). Served on the portal only while ``PUBLISHED`` and ``ends_on`` has not passed.
    """

    source_kind = models.CharField(
        _("来源"), max_length=20, choices=SourceKind.choices, help_text=_("公示内容来自哪类执法记录。")
    )
    source_id = models.BigIntegerField(_("来源记录ID"), help_text=_("来源执法记录的主键。"))
    source_ref = models.CharField(
        _("来源编号"), max_length=100, blank=True, help_text=_("案件编号、申请编号或记录文号（内部查阅用）。")
    )
    kind = models.CharField(
        _("决定类别"), max_length=20, choices=PublicationKind.choices, db_index=True,
        help_text=_("行政处罚、行政许可、行政征收等。"),
    )  # fmt: skip
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("执法主体"), on_delete=models.PROTECT,
        related_name="publications", help_text=_("作出决定并负责公开的行政执法主体。"),
    )  # fmt: skip
    matter = models.ForeignKey(
        "catalog.Matter", verbose_name=_("执法事项"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="publications", help_text=_("决定所依据的执法事项。"),
    )  # fmt: skip
    title = models.CharField(_("标题"), max_length=300, help_text=_("公示标题（已脱敏）。"))
    party_name = models.CharField(
        _("当事人"), max_length=200, blank=True, help_text=_("公开的当事人名称或姓名；汇总记录为空。")
    )
    party_is_org = models.BooleanField(
        _("当事人为组织"), default=False, help_text=_("当事人为法人或其他组织（门户可按名称检索）。")
    )
    number = models.CharField(_("决定文号"), max_length=100, blank=True, help_text=_("决定书文号。"))
    decided_on = models.DateField(_("决定日期"), help_text=_("执法决定作出之日。"))
    due_on = models.DateField(_("公开期限"), help_text=_("最迟应当公开之日。"))
    due_basis = models.CharField(_("期限依据"), max_length=300, help_text=_("公开期限的依据与天数。"))
    state = models.CharField(
        _("状态"), max_length=20, choices=PubState.choices, default=PubState.PENDING,
        help_text=_("待保密审查、公示中、已撤回等。"),
    )  # fmt: skip
    barrier = models.TextField(_("不予公开理由"), blank=True, help_text=_("依法不予公开的理由。"))
    published_on = models.DateField(_("公开日期"), null=True, blank=True, help_text=_("首次公开之日。"))
    ends_on = models.DateField(
        _("公示截止"), null=True, blank=True, help_text=_("公示期的最后一日；此后不再在门户展示。")
    )
    period_basis = models.CharField(
        _("公示期依据"), max_length=300, blank=True, help_text=_("公示期的依据。")
    )
    revoked_on = models.DateField(
        _("决定撤销日"), null=True, blank=True, help_text=_("决定被撤销、变更或确认无效之日。")
    )
    withdraw_due_on = models.DateField(
        _("撤回期限"), null=True, blank=True, help_text=_("决定被撤销等之后最迟撤回公开之日。")
    )
    withdrawn_on = models.DateField(_("撤回日期"), null=True, blank=True, help_text=_("撤回公开之日。"))
    withdraw_reason = models.TextField(_("撤回理由"), blank=True, help_text=_("向社会说明的撤回理由。"))
    version = models.PositiveIntegerField(_("当前版本"), default=1, help_text=_("当前内容的版本号。"))
    content = models.JSONField(
        _("公示内容"),
        default=list,
        blank=True,
        help_text=_("当前版本的公示字段（已脱敏）：[[字段名, 内容], …]。"),
    )
    search_tokens = models.TextField(
        _("检索词元"), blank=True, help_text=_("全文检索用的二字词元（由公示内容生成）。")
    )

    class Meta:
        verbose_name = _("公示记录")
        verbose_name_plural = _("公示记录")
        ordering = ("-decided_on", "-id")
        constraints = [
            models.UniqueConstraint(fields=("source_kind", "source_id"), name="publication_one_per_source"),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("decided_on")),
                name="publication_ends_after_decision",
            ),
        ]
        indexes = [
            models.Index(fields=("state", "published_on"), name="publication_served"),
            models.Index(fields=("organisation", "state", "due_on"), name="publication_body_due"),
            models.Index(fields=("state", "due_on"), name="publication_due"),
            # The portal lists newest first: walking this index stops after a page even when a common word
            # (罚款) matches a fifth of ten million rows (bench/bench_publication_search.py).
            models.Index(
                fields=("-decided_on", "-id"),
                condition=Q(state=PubState.PUBLISHED),
                name="publication_served_recent",
            ),
            models.Index(
                fields=("party_name",), condition=Q(party_is_org=True), name="publication_org_party"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class PublicationVersion(models.Model):
    """One version of a publication's content (append-only): the first draft, a reviewer's redaction, a
    correction after an error report or a change of the source record."""

    publication = models.ForeignKey(
        Publication, verbose_name=_("公示记录"), on_delete=models.CASCADE, related_name="versions",
        help_text=_("所属公示记录。"),
    )  # fmt: skip
    number = models.PositiveIntegerField(_("版本号"), help_text=_("从1起依次递增。"))
    title = models.CharField(_("标题"), max_length=300, help_text=_("该版本的公示标题。"))
    content = models.JSONField(
        _("公示内容"), default=list, blank=True, help_text=_("该版本的公示字段（已脱敏）。")
    )
    findings = models.JSONField(
        _("脱敏发现"), default=list, blank=True, help_text=_("隐去的个人信息：字段、类型、位置（不含原值）。")
    )
    reason = models.CharField(_("生成原因"), max_length=300, help_text=_("首次生成、人工隐去、更正等。"))
    created_at = models.DateTimeField(_("生成时间"), help_text=_("该版本生成的时间。"))
    actor_label = models.CharField(_("生成人"), max_length=200, help_text=_("生成该版本的账号或系统。"))
    review_mode = models.CharField(
        _("审查方式"), max_length=10, choices=ReviewMode.choices, blank=True, help_text=_("人工或自动规则。")
    )
    reviewed_by = models.CharField(
        _("保密审查人"), max_length=200, blank=True, help_text=_("审查人姓名或规则。")
    )
    reviewed_by_id = models.BigIntegerField(_("审查人ID"), null=True, blank=True, help_text=_("审查账号ID。"))
    reviewed_at = models.DateTimeField(_("审查时间"), null=True, blank=True, help_text=_("审查通过的时间。"))

    class Meta:
        verbose_name = _("公示内容版本")
        verbose_name_plural = _("公示内容版本")
        ordering = ("publication", "number")
        constraints = [
            models.UniqueConstraint(fields=("publication", "number"), name="publication_version_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.publication_id} v{self.number}"


class PublicationEvent(models.Model):
    """公示记录的历史: one state change or act (生成、审查、公开、撤回、更正、期满、提前停止), append-only."""

    publication = models.ForeignKey(
        Publication, verbose_name=_("公示记录"), on_delete=models.CASCADE, related_name="events",
        help_text=_("所属公示记录。"),
    )  # fmt: skip
    action = models.CharField(_("动作"), max_length=30, help_text=_("动作代码。"))
    label = models.CharField(_("动作名称"), max_length=60, help_text=_("动作的中文名称。"))
    from_state = models.CharField(_("原状态"), max_length=20, blank=True, help_text=_("动作前的状态。"))
    to_state = models.CharField(_("新状态"), max_length=20, help_text=_("动作后的状态。"))
    on = models.DateField(_("日期"), help_text=_("动作发生之日。"))
    version = models.PositiveIntegerField(_("版本"), help_text=_("动作时的内容版本。"))
    reason = models.TextField(_("理由"), blank=True, help_text=_("理由或说明。"))
    actor_label = models.CharField(_("操作人"), max_length=200, help_text=_("操作账号或系统。"))
    actor_id = models.BigIntegerField(_("操作人ID"), null=True, blank=True, help_text=_("操作账号ID。"))
    at = models.DateTimeField(_("记录时间"), help_text=_("记入系统的时间。"))

    class Meta:
        verbose_name = _("公示记录历史")
        verbose_name_plural = _("公示记录历史")
        ordering = ("publication", "at", "id")

    def __str__(self) -> str:
        return f"{self.label}（{self.on}）"


class FeedEntry(models.Model):
    """数据交换: one public change (公开、更正、撤回、期满、提前停止) as the provincial platform reads it.

    ``seq`` is assigned under a lock on ``FeedHead`` and committed in order, so a reader that has seen
    ``seq = n`` has seen every entry up to ``n``: reading from the same cursor always gives the same entries.
    ``payload`` is the public record at that moment (never changed afterwards).
    """

    seq = models.BigIntegerField(_("序号"), unique=True, help_text=_("交换序号（严格递增）。"))
    publication = models.ForeignKey(
        Publication, verbose_name=_("公示记录"), on_delete=models.PROTECT, related_name="feed_entries",
        help_text=_("变化的公示记录。"),
    )  # fmt: skip
    op = models.CharField(
        _("变化"), max_length=20, choices=FeedOp.choices, help_text=_("公开、更正、撤回等。")
    )
    version = models.PositiveIntegerField(_("版本"), help_text=_("变化后的内容版本。"))
    at = models.DateTimeField(_("时间"), help_text=_("变化记入系统的时间。"))
    payload = models.JSONField(_("数据"), default=dict, blank=True, help_text=_("变化时公开的记录内容。"))

    class Meta:
        verbose_name = _("交换数据")
        verbose_name_plural = _("交换数据")
        ordering = ("seq",)

    def __str__(self) -> str:
        return f"#{self.seq} {self.op}"


class FeedHead(models.Model):
    """The last feed sequence number handed out (one row, locked while an entry is appended)."""

    last = models.BigIntegerField(_("最后序号"), default=0, help_text=_("已分配的最大交换序号。"))

    class Meta:
        verbose_name = _("交换序号")
        verbose_name_plural = _("交换序号")

    def __str__(self) -> str:
        return str(self.last)
