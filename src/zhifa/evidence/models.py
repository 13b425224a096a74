import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.catalog.constants import AVStep

from .constants import CaseFileStatus, DestructionDecision, EvidenceKind


class EvidenceItem(models.Model):
    """证据: one item of evidence or audio/video record in a case, with what the law and seed 003 二(一) ask of it:
    who recorded it, when and where, what it proves, where it came from and which officers were present.

    Items are only ever added (执法全过程记录 "不能删改", seed 001 (二)); the file sits in the content-addressed
    store and its SHA-256 joins the audit hash chain when the item is added.
    """

    case = models.ForeignKey(
        "cases.Case", verbose_name=_("案件"), on_delete=models.PROTECT, related_name="evidence",
        help_text=_("证据所属案件（一案一卷）。"),
    )  # fmt: skip
    seq = models.PositiveIntegerField(_("证据编号"), help_text=_("案件内按登记顺序编号，不重复、不跳号。"))
    kind = models.CharField(_("证据种类"), max_length=20, choices=EvidenceKind.choices,
                            help_text=_("《行政处罚法》第四十六条规定的证据种类。"))  # fmt: skip
    av_step = models.CharField(
        _("音像记录环节"), max_length=30, choices=AVStep.choices, blank=True,
        help_text=_("视听资料记录的执法环节（音像记录事项清单，种子文件001（二）3）。"),
    )  # fmt: skip
    title = models.CharField(_("名称"), max_length=200, help_text=_("证据名称，如“现场检查执法记录仪视频”。"))
    proves = models.TextField(
        _("证明对象与内容"), help_text=_("该证据证明的事实（种子文件003二（一）：证明对象）。")
    )
    recorded_by = models.ForeignKey(
        "personnel.Person", verbose_name=_("制作/收集人"), on_delete=models.PROTECT, related_name="evidence_recorded",
        help_text=_("制作、拍摄或收集该证据的执法人员。"),
    )  # fmt: skip
    recorded_at = models.DateTimeField(_("制作/收集时间"), help_text=_("拍摄、制作或收集的时间。"))
    place = models.CharField(_("地点"), max_length=300, help_text=_("拍摄、制作或收集的地点。"))
    source = models.CharField(
        _("来源"), max_length=300, help_text=_("证据来源，如“执法记录仪（编号DSJ-0012）拍摄”“当事人提供”。")
    )
    officers = models.ManyToManyField(
        "personnel.Person", verbose_name=_("在场执法人员"), related_name="evidence_present",
        help_text=_("取证时在场的执法人员。"),
    )  # fmt: skip
    file = models.ForeignKey(
        "core.StoredFile", verbose_name=_("文件"), on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        help_text=_("证据文件（照片、扫描件、音视频、电子数据），按 SHA-256 内容寻址存储。"),
    )  # fmt: skip
    step = models.ForeignKey(
        "cases.CaseStep", verbose_name=_("办案步骤"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="evidence", help_text=_("证据所记录或产生于的办案步骤。"),
    )  # fmt: skip
    added_by = models.CharField(_("登记人"), max_length=100, help_text=_("登记该证据的账号。"))
    added_at = models.DateTimeField(_("登记时间"), auto_now_add=True, help_text=_("登记入卷的时间。"))

    class Meta:
        verbose_name = _("证据")
        verbose_name_plural = _("证据")
        ordering = ["case", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["case", "seq"], name="evidence_seq_unique"),
            models.CheckConstraint(
                condition=models.Q(av_step="") | models.Q(kind=EvidenceKind.AUDIO_VISUAL),
                name="evidence_av_step_only_av",
                violation_error_message=_("只有视听资料可以标明音像记录环节。"),
            ),
        ]

    def __str__(self) -> str:
        return f"证据{self.seq} {self.title}"


class CaseFile(models.Model):
    """归档案卷: the case file as it was archived — its 档号, 保管期限, the manifest of every document and item it
    holds with their digests (the manifest's own digest joins the audit chain), and the volume PDF made at archiving.
    An archived file is locked: later material is added as a supplement with a reason, never by editing."""

    case = models.OneToOneField(
        "cases.Case", verbose_name=_("案件"), on_delete=models.PROTECT, related_name="casefile",
        help_text=_("归档的案件。"),
    )  # fmt: skip
    archive_number = models.CharField(
        _("档号"), max_length=60, unique=True, help_text=_("归档时编定的档号。")
    )
    retention_years = models.PositiveSmallIntegerField(
        _("保管期限（年）"), help_text=_("定期保管的年数；0 表示永久保管（参数 archive.retention_years）。")
    )
    retain_until = models.DateField(
        _("保管至"),
        null=True,
        blank=True,
        help_text=_("定期保管的最后一日（自结案次年1月1日起算）；永久保管为空。"),
    )
    archived_on = models.DateField(_("归档日期"), help_text=_("案卷归档之日。"))
    archived_by = models.CharField(_("归档人"), max_length=200, help_text=_("办理归档的账号。"))
    manifest = models.JSONField(
        _("卷内清单"), default=list, help_text=_("归档时卷内每份文书、证据及其摘要。")
    )
    manifest_sha256 = models.CharField(
        _("清单摘要"), max_length=64, help_text=_("卷内清单的 SHA-256，写入审计链。")
    )
    pdf = models.ForeignKey(
        "core.StoredFile", verbose_name=_("归档 PDF"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", help_text=_("归档时生成的整卷 PDF。"),
    )  # fmt: skip
    status = models.CharField(_("状态"), max_length=24, choices=CaseFileStatus.choices,
                              default=CaseFileStatus.ARCHIVED, help_text=_("已归档、拟销毁或已销毁。"))  # fmt: skip

    class Meta:
        verbose_name = _("归档案卷")
        verbose_name_plural = _("归档案卷")
        ordering = ["-archived_on", "-id"]

    def __str__(self) -> str:
        return self.archive_number

    @property
    def retention_label(self) -> str:
        return "永久" if self.retention_years == 0 else f"定期{self.retention_years}年"


class CaseFileSupplement(models.Model):
    """补充归档材料: material added to an archived file afterwards (a court ruling, a later receipt), with the
    reason and who added it; the archived volume itself is not changed."""

    casefile = models.ForeignKey(
        CaseFile, verbose_name=_("案卷"), on_delete=models.PROTECT, related_name="supplements",
        help_text=_("补充的归档案卷。"),
    )  # fmt: skip
    seq = models.PositiveIntegerField(_("补充序号"), help_text=_("案卷内按补充顺序编号。"))
    title = models.CharField(_("材料名称"), max_length=200, help_text=_("补充材料的名称。"))
    reason = models.TextField(_("补充理由"), help_text=_("为何在归档后补充该材料。"))
    file = models.ForeignKey(
        "core.StoredFile", verbose_name=_("文件"), on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        help_text=_("补充材料的文件。"),
    )  # fmt: skip
    added_by = models.CharField(_("补充人"), max_length=200, help_text=_("办理补充的账号。"))
    added_at = models.DateTimeField(_("补充时间"), help_text=_("补充入卷的时间。"))

    class Meta:
        verbose_name = _("补充归档材料")
        verbose_name_plural = _("补充归档材料")
        ordering = ["casefile", "seq"]
        constraints = [models.UniqueConstraint(fields=["casefile", "seq"], name="supplement_seq_unique")]

    def __str__(self) -> str:
        return f"补充{self.seq} {self.title}"


class CaseFileDestruction(models.Model):
    """案卷销毁审批: a proposal to destroy a file whose 保管期限 has ended, with the appraisal (鉴定意见), and the
    decision of a different person; an approved destruction names the two who supervised it (监销人)."""

    casefile = models.ForeignKey(
        CaseFile, verbose_name=_("案卷"), on_delete=models.PROTECT, related_name="destructions",
        help_text=_("拟销毁的案卷。"),
    )  # fmt: skip
    proposed_on = models.DateField(_("提出日期"), help_text=_("提出销毁之日。"))
    proposed_by = models.CharField(_("提出人"), max_length=200, help_text=_("提出销毁的账号。"))
    proposed_by_id = models.BigIntegerField(_("提出人ID"), help_text=_("提出销毁的账号ID。"))
    appraisal = models.TextField(_("鉴定意见"), help_text=_("档案鉴定小组对案卷是否仍有保存价值的意见。"))
    decision = models.CharField(_("审批结果"), max_length=10, choices=DestructionDecision.choices,
                                default=DestructionDecision.PENDING, help_text=_("待审批、批准销毁或不予销毁。"))  # fmt: skip
    decided_on = models.DateField(_("审批日期"), null=True, blank=True, help_text=_("作出审批决定之日。"))
    decided_by = models.CharField(_("审批人"), max_length=200, blank=True, help_text=_("审批销毁的账号。"))
    opinion = models.TextField(_("审批意见"), blank=True, help_text=_("审批人的意见。"))
    supervisors = models.JSONField(_("监销人"), default=list, blank=True, help_text=_("监督销毁的两名人员。"))

    class Meta:
        verbose_name = _("案卷销毁审批")
        verbose_name_plural = _("案卷销毁审批")
        ordering = ["-proposed_on", "-id"]

    def __str__(self) -> str:
        return f"{self.casefile} {self.get_decision_display()}"


class UploadStatus(models.TextChoices):
    OPEN = "open", _("上传中")
    COMPLETE = "complete", _("已完成")
    EXPIRED = "expired", _("已过期（已清理）")


class EvidenceUpload(models.Model):
    """断点续传: a large file (a body camera's video) sent in parts; after a broken connection the client asks how
    much arrived and goes on from there. The complete file is digested and stored like any other upload."""

    token = models.UUIDField(_("上传ID"), default=uuid.uuid4, unique=True, editable=False,
                             help_text=_("续传时使用的上传标识。"))  # fmt: skip
    case = models.ForeignKey(
        "cases.Case", verbose_name=_("案件"), on_delete=models.PROTECT, related_name="evidence_uploads",
        help_text=_("文件所属案件。"),
    )  # fmt: skip
    user_id = models.IntegerField(_("上传账号ID"), help_text=_("只有开始上传的账号可以续传和使用该文件。"))
    filename = models.CharField(_("文件名"), max_length=255, help_text=_("上传的文件名。"))
    size = models.BigIntegerField(_("文件大小（字节）"), help_text=_("开始上传时声明的总字节数。"))
    received = models.BigIntegerField(
        _("已接收（字节）"), default=0, help_text=_("已写入的字节数，即续传位置。")
    )
    status = models.CharField(_("状态"), max_length=10, choices=UploadStatus.choices, default=UploadStatus.OPEN,
                              help_text=_("上传中或已完成。"))  # fmt: skip
    stored = models.ForeignKey(
        "core.StoredFile", verbose_name=_("存储文件"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", help_text=_("完成后按 SHA-256 存储的文件。"),
    )  # fmt: skip
    created_at = models.DateTimeField(_("开始时间"), auto_now_add=True, help_text=_("开始上传的时间。"))
    updated_at = models.DateTimeField(_("最后写入时间"), auto_now=True, help_text=_("最后一次写入的时间。"))

    class Meta:
        verbose_name = _("断点续传上传")
        verbose_name_plural = _("断点续传上传")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(received__lte=models.F("size")),
                name="upload_not_beyond_size",
                violation_error_message=_("已接收字节数不能超过文件大小。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.filename}（{self.received}/{self.size}）"
