from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import Role


class User(AbstractUser):
    """工作台账号: a member of staff who logs in to the workbench.

    Every account belongs to one organisation and has one role; what it sees and changes follows from the pair
    (``accounts.permissions``). An officer's account may be linked to their personnel record.
    """

    full_name = models.CharField(_("姓名"), max_length=50, blank=True, help_text=_("账号使用人的姓名。"))
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("所属机构"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        help_text=_("账号所属的机构，决定其数据范围。系统管理员可为空。"),
    )
    role = models.CharField(
        _("角色"), max_length=20, choices=Role.choices, default=Role.OFFICER, help_text=_("账号的角色。")
    )
    person = models.OneToOneField(
        "personnel.Person",
        verbose_name=_("对应执法人员"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="account",
        help_text=_("该账号对应的执法人员档案（如有）。"),
    )

    class Meta:
        verbose_name = _("账号")
        verbose_name_plural = _("账号")

    def __str__(self) -> str:
        return self.full_name or self.username
