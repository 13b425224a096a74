from django.db import models
from django.utils.translation import gettext_lazy as _

from ..domain.structure import Clause, clauses
from .laws import LawVersion


class Article(models.Model):
    """条文: one article (条) of one version of a law, with the 编/章/节 it stands in and its paragraphs.

    ``paragraphs`` keeps every line of the article in order as written: the 款 and the items (项, “（一）…”) of
    a 款; ``clauses`` regroups them into 款 with their 项. ``text`` is the paragraphs joined by line breaks,
    for searching.
    """

    version = models.ForeignKey(
        LawVersion, verbose_name=_("版本"), on_delete=models.CASCADE, related_name="articles",
        help_text=_("条文所属的法律法规版本。"),
    )  # fmt: skip
    number = models.PositiveIntegerField(_("条号"), help_text=_("条的序号，如第一百二十二条为 122。"))
    label = models.CharField(_("条文序号"), max_length=30, help_text=_("条的中文序号，如“第一百二十二条”。"))
    part = models.CharField(_("编"), max_length=100, blank=True, help_text=_("条文所在的编（如有）。"))
    chapter = models.CharField(_("章"), max_length=100, blank=True, help_text=_("条文所在的章（如有）。"))
    section = models.CharField(_("节"), max_length=100, blank=True, help_text=_("条文所在的节（如有）。"))
    paragraphs = models.JSONField(
        _("段落"), default=list, help_text=_("条文的各段（款，以及款下的项），按原文顺序。")
    )
    text = models.TextField(_("条文内容"), help_text=_("各段以换行连接的全文，用于检索。"))

    class Meta:
        verbose_name = _("条文")
        verbose_name_plural = _("条文")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "number"],
                name="article_unique_number",
                violation_error_message=_("同一版本中条号不能重复。"),
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def clauses(self) -> list[Clause]:
        """The 款 of this article, each with its 项."""
        return clauses(self.paragraphs)
