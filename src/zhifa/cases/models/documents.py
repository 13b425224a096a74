import hashlib
import json

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import DocumentKind


class NumberSeries(models.Model):
    """文号 series: the last number issued per body, year and kind. ``services.next_number`` takes the row with
    ``select_for_update`` so that two officers issuing at once get consecutive numbers, never the same one, and
    a number is only consumed when its transaction commits (a refused step leaves no gap)."""

    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("执法主体"), on_delete=models.PROTECT, related_name="+",
        help_text=_("编号所属主体。"),
    )  # fmt: skip
    year = models.PositiveIntegerField(_("年度"), help_text=_("文号年度。"))
    kind = models.CharField(_("种类"), max_length=30, help_text=_("文书种类，或 case 表示案件编号。"))
    last = models.PositiveIntegerField(_("已用至"), default=0, help_text=_("该序列最后使用的号。"))

    class Meta:
        verbose_name = _("文号序列")
        verbose_name_plural = _("文号序列")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year", "kind"], name="numberseries_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id}/{self.year}/{self.kind}: {self.last}"


class Document(models.Model):
    """执法文书: a document a step produced, with its 文号 and the data it was filled with, frozen at issue.

    The document's text is rendered from its template and ``data``; PDF and DOCX are produced from the same
    data on demand, so what was issued can always be reproduced. ``served_on`` is set when it reaches the party.
    """

    case = models.ForeignKey(
        "cases.Case",
        verbose_name=_("案件"),
        on_delete=models.PROTECT,
        related_name="documents",
        help_text=_("所属案件。"),
    )
    step = models.ForeignKey(
        "cases.CaseStep", verbose_name=_("产生步骤"), on_delete=models.PROTECT, related_name="documents",
        help_text=_("产生该文书的办案步骤。"),
    )  # fmt: skip
    kind = models.CharField(
        _("文书种类"), max_length=30, choices=DocumentKind.choices, help_text=_("文书种类。")
    )
    number = models.CharField(
        _("文号"), max_length=100, blank=True, help_text=_("文书编号；笔录、表格类为空。")
    )
    issued_on = models.DateField(_("制作日期"), help_text=_("文书制作之日。"))
    data = models.JSONField(_("文书内容"), default=dict, help_text=_("填入模板的案件数据（制作时冻结）。"))
    served_on = models.DateField(_("送达日期"), null=True, blank=True, help_text=_("送达当事人之日。"))

    class Meta:
        verbose_name = _("执法文书")
        verbose_name_plural = _("执法文书")
        ordering = ["case_id", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["number"], condition=~models.Q(number=""), name="document_number_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"

    def digest(self) -> str:
        """SHA-256 of what was issued (kind, 文号, date and the frozen data, in a canonical JSON form): the value
        the audit chain records when the document is issued, so ``zhifa verify`` finds a document changed later.
        ``served_on`` is not part of it: service is recorded after issue."""
        issued = {
            "kind": self.kind,
            "number": self.number,
            "issued_on": str(self.issued_on),
            "data": self.data,
        }
        canonical = json.dumps(issued, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()
