from django.db import models
from django.utils.translation import gettext_lazy as _


class LawKind(models.TextChoices):
    """法的形式 (效力层级): what kind of norm a text is, from 法律 down to 规范性文件 (《立法法》)."""

    LAW = "law", _("法律")
    ADMIN_REGULATION = "admin_regulation", _("行政法规")
    DEPARTMENT_RULE = "department_rule", _("部门规章")
    LOCAL_REGULATION = "local_regulation", _("地方性法规")
    LOCAL_GOVERNMENT_RULE = "local_government_rule", _("地方政府规章")
    NORMATIVE_DOCUMENT = "normative_document", _("规范性文件")
    JUDICIAL_INTERPRETATION = "judicial_interpretation", _("司法解释")


# The prefix national laws carry in their full title and drop in citations (《食品安全法》).
NATIONAL_PREFIX = "中华人民共和国"
# Files in a laws folder that are not statute texts.
NOT_STATUTES = frozenset({"readme.md"})
