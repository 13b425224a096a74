from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import Finding, ReviewOpinion


class LegalReview(models.Model):
    """法制审核: one review of an intended decision by a 法制审核人员 (《行政处罚法》第五十八条; seed 001 (三)).

    The reviewer is assigned when the case is sent for review; the opinion is submitted once, with a finding on
    every item of ``REVIEW_ITEMS``. A case may be reviewed more than once (纠正后再审): each review is its own row.
    """

    case = models.ForeignKey(
        "cases.Case",
        verbose_name=_("案件"),
        on_delete=models.PROTECT,
        related_name="reviews",
        help_text=_("所属案件。"),
    )
    reviewer = models.ForeignKey(
        "personnel.Person", verbose_name=_("审核人员"), on_delete=models.PROTECT, related_name="legal_reviews",
        help_text=_("承担审核的法制审核人员（未参与调查）。"),
    )  # fmt: skip
    assigned_on = models.DateField(_("送审日期"), help_text=_("送交法制审核之日。"))
    due_on = models.DateField(_("审核期限"), help_text=_("审核期限最后一日。"))
    extended = models.BooleanField(_("已延长"), default=False, help_text=_("审核期限是否已延长。"))
    opinion = models.CharField(
        _("审核意见"),
        max_length=12,
        choices=ReviewOpinion.choices,
        blank=True,
        help_text=_("同意、纠正后再审或移送。"),
    )
    reasons = models.TextField(_("理由"), blank=True, help_text=_("审核意见的理由与建议。"))
    submitted_on = models.DateField(_("出具日期"), null=True, blank=True, help_text=_("出具审核意见之日。"))

    class Meta:
        verbose_name = _("法制审核")
        verbose_name_plural = _("法制审核")
        ordering = ["-assigned_on", "-id"]

    def __str__(self) -> str:
        return f"{self.case_id} 法制审核#{self.pk}"


class ReviewFinding(models.Model):
    """A finding of a legal review on one checklist item (``REVIEW_ITEMS``)."""

    review = models.ForeignKey(
        LegalReview,
        verbose_name=_("法制审核"),
        on_delete=models.PROTECT,
        related_name="findings",
        help_text=_("所属审核。"),
    )
    item = models.CharField(_("审核事项"), max_length=20, help_text=_("审核清单中的事项代码。"))
    finding = models.CharField(
        _("结论"), max_length=8, choices=Finding.choices, help_text=_("符合、不符合或不适用。")
    )
    note = models.TextField(_("说明"), blank=True, help_text=_("不符合时须说明问题。"))

    class Meta:
        verbose_name = _("审核事项结论")
        verbose_name_plural = _("审核事项结论")
        ordering = ["review_id", "id"]
        constraints = [models.UniqueConstraint(fields=["review", "item"], name="reviewfinding_unique")]

    def __str__(self) -> str:
        return f"{self.review_id} {self.item}"


class Hearing(models.Model):
    """听证 (《行政处罚法》第六十三条至第六十五条): the request, the notice, the chair, the record."""

    case = models.ForeignKey(
        "cases.Case",
        verbose_name=_("案件"),
        on_delete=models.PROTECT,
        related_name="hearings",
        help_text=_("所属案件。"),
    )
    requested_on = models.DateField(_("申请日期"), help_text=_("当事人要求听证之日。"))
    chair = models.ForeignKey(
        "personnel.Person", verbose_name=_("主持人"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="chaired_hearings", help_text=_("非本案调查人员的听证主持人。"),
    )  # fmt: skip
    notice_served_on = models.DateField(
        _("通知送达日"), null=True, blank=True, help_text=_("听证通知送达当事人之日。")
    )
    scheduled_on = models.DateField(_("听证日期"), null=True, blank=True, help_text=_("举行听证的日期。"))
    place = models.CharField(_("地点"), max_length=200, blank=True, help_text=_("听证地点。"))
    public = models.BooleanField(
        _("公开举行"), default=True, help_text=_("涉及国家秘密、商业秘密或者个人隐私的不公开。")
    )
    held_on = models.DateField(_("举行日期"), null=True, blank=True, help_text=_("听证实际举行之日。"))
    record = models.TextField(
        _("听证笔录摘要"), blank=True, help_text=_("听证笔录的主要内容；决定依据笔录作出。")
    )
    waived = models.BooleanField(_("视为放弃"), default=False, help_text=_("无正当理由拒不出席或中途退出。"))

    class Meta:
        verbose_name = _("听证")
        verbose_name_plural = _("听证")
        ordering = ["-requested_on", "-id"]

    def __str__(self) -> str:
        return f"{self.case_id} 听证#{self.pk}"


class Discussion(models.Model):
    """集体讨论 (《行政处罚法》第五十七条第二款): the head chairs; the participants, their opinions, the conclusion."""

    case = models.ForeignKey(
        "cases.Case",
        verbose_name=_("案件"),
        on_delete=models.PROTECT,
        related_name="discussions",
        help_text=_("所属案件。"),
    )
    held_on = models.DateField(_("讨论日期"), help_text=_("集体讨论之日。"))
    chair = models.CharField(_("主持人"), max_length=50, help_text=_("主持讨论的机关负责人。"))
    participants = models.JSONField(_("参加人员"), default=list, help_text=_("参加讨论的负责人及列席人员。"))
    opinions = models.TextField(_("讨论意见"), help_text=_("参加人员的意见。"))
    conclusion = models.TextField(_("讨论结论"), help_text=_("集体讨论决定。"))

    class Meta:
        verbose_name = _("集体讨论")
        verbose_name_plural = _("集体讨论")
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return f"{self.case_id} 集体讨论#{self.pk}"
