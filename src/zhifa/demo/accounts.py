"""The six demo logins (listed by ``zhifa demo`` and the README), and who records each planned step: a demo
login where one exists, otherwise the named head of the body or 司法所 that acts."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.hashers import make_password

from zhifa.accounts.constants import Role
from zhifa.accounts.models import User
from zhifa.organisations.constants import Category
from zhifa.organisations.models import Organisation

from . import data as D
from .context import LoadContext
from .plans import PersonPlan, Who

DEMO_PASSWORD = "Zhifa@2026demo"


@dataclass(frozen=True)
class DemoAccount:
    """One demo login, listed by ``zhifa demo`` and the README."""

    username: str
    role_label: str
    organisation: str
    note: str


DEMO_ACCOUNTS: list[DemoAccount] = [
    DemoAccount(
        "officer", "执法人员", "区市场监督管理局", "持有效执法证的一线执法人员，已关联本人执法人员档案"
    ),
    DemoAccount("reviewer", "法制审核人员", "区市场监督管理局", "本局法制审核员，取得法律职业资格"),
    DemoAccount(
        "head", "机关负责人", "区市场监督管理局", "局长：登记人员，申领、初审执法证，登记培训与年度考核"
    ),
    DemoAccount(
        "supervisor",
        "司法局监督人员",
        "区司法局",
        "行政执法协调监督科：审核发证、暂扣、注销、异动，组织资格考试",
    ),
    DemoAccount(
        "sifasuo",
        "司法所人员",
        "江滨街道司法所",
        "初审江滨街道综合行政执法队人员的执法证申领，查看江滨街道的案件",
    ),
    DemoAccount("admin", "系统管理员", "区司法局", "全部权限，并可进入 Django 管理后台（/workbench/admin/）"),
]
ACCOUNT_ROLES = {
    "officer": Role.OFFICER,
    "reviewer": Role.LEGAL_REVIEWER,
    "head": Role.AGENCY_HEAD,
    "supervisor": Role.SUPERVISOR,
    "sifasuo": Role.JUSTICE_OFFICE,
    "admin": Role.ADMIN,
}


def load_accounts(ctx: LoadContext) -> None:
    """The six demo logins; the password is hashed once (hashing is deliberately slow) and reused."""
    password = make_password(DEMO_PASSWORD)
    linked = {p.account: p for p in ctx.people if p.account}
    offices = {"sifasuo": ctx.orgs[f"{D.STREETS[0][0]}司法所"]}
    users = []
    for account in DEMO_ACCOUNTS:
        person = linked.get(account.username)
        org = offices.get(account.username) or ctx.orgs[account.organisation]
        full_name = (
            person.name if person else (org.head_name if account.username == "sifasuo" else "系统管理员")
        )
        users.append(
            User(
                username=account.username,
                password=password,
                full_name=full_name,
                organisation=org,
                role=ACCOUNT_ROLES[account.username],
                person=person.row if person else None,
                is_staff=account.username == "admin",
                is_superuser=account.username == "admin",
            )
        )
    User.objects.bulk_create(users)
    ctx.users = {u.username: u for u in users}
    ctx.counts["accounts"] = len(users)


def user_who(ctx: LoadContext, username: str) -> Who:
    user = ctx.users[username]
    return Who(f"{user.full_name or user.username}（{user.username}）", user.pk)


def body_who(ctx: LoadContext, body: Organisation) -> Who:
    if body.name == D.BODIES[0].name:
        return user_who(ctx, "head")
    return Who(
        f"{body.head_name}（{body.short_name if body.category == Category.BODY else body.name}负责人）"
    )


def prelim_who(ctx: LoadContext, p: PersonPlan) -> tuple[Who, str]:
    """初审: the street's 司法所 for street officers, the body otherwise (seed 000 §3)."""
    if p.street is None:
        return body_who(ctx, p.cert_body or p.body), "执法部门"
    if p.street.name == D.STREETS[0][0]:
        return user_who(ctx, "sifasuo"), "司法所"
    office = ctx.orgs[f"{p.street.name}司法所"]
    return Who(f"{office.head_name}（{office.name}）"), "司法所"
