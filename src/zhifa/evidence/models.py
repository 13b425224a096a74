import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from zhifa.catalog.constants import AVStep

from .constants import EvidenceKind


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


class UploadStatus(models.TextChoices):
    OPEN = "open", _("上传中")
    COMPLETE = "complete", _("已完成")


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
