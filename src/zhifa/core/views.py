"""Workbench pages of the platform itself: home, rule list, audit log and deadline calculator."""

from __future__ import annotations

import json
from collections import defaultdict

from django import forms
from django.apps import apps
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from zhifa.accounts.constants import Perm, Role
from zhifa.accounts.permissions import organisation_scope
from zhifa.core.audit import verify_chain
from zhifa.core.calendar import due_in_calendar_days, due_in_working_days
from zhifa.core.exceptions import PermissionRefused
from zhifa.core.models import AuditEvent, Parameter
from zhifa.core.parameters import PARAMETERS, get_param
from zhifa.core.rules import all_rules
from zhifa.core.views_support import workbench_view
from zhifa.organisations.models import Organisation
from zhifa.organisations.selectors import deployment_region
from zhifa.personnel.selectors import (
    certificate_state_counts,
    expiring_certificates,
    training_progress_by_body,
)
from zhifa.personnel.workflow import TRANSITIONS, CertState

SOURCE_TAGS = {
    "V": "已核实",
    "S": "地方或二手来源",
    "M": "待核实",
    "L": "本平台规则",
}
EXPIRING_DAYS = 90
HOME_LIST_LIMIT = 10
AUDIT_PER_PAGE = 50
CHAIN_VERIFIERS = frozenset({Role.SUPERVISOR, Role.ADMIN})


# --- home ---------------------------------------------------------------------------------------------------


@require_GET
@workbench_view()
def workbench(request: HttpRequest) -> HttpResponse:
    """The home page: certificates by state, those expiring soon and this year's training, all in scope."""
    actor, today = request.actor, timezone.localdate()
    counts = certificate_state_counts(actor=actor)
    expiring = expiring_certificates(actor=actor, today=today, within_days=EXPIRING_DAYS)
    context = {
        "state_counts": [(str(CertState(code).label), code, n) for code, n in counts.items()],
        "certificate_total": sum(counts.values()),
        "expiring": expiring[:HOME_LIST_LIMIT],
        "expiring_count": expiring.count(),
        "expiring_days": EXPIRING_DAYS,
        "training": training_progress_by_body(actor=actor, year=today.year)[:HOME_LIST_LIMIT],
        "year": today.year,
        "today": today,
    }
    return render(request, "core/workbench.html", context)


# --- rules --------------------------------------------------------------------------------------------------


def _module_label(module: str) -> str:
    try:
        return str(apps.get_app_config(module).verbose_name)
    except LookupError:
        return module or "其他"


def rule_groups() -> list[tuple[str, list[dict]]]:
    """Every rule, grouped by the app that enforces it (the workbench's and the portal's rule pages)."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for rule in all_rules():
        groups[rule.module].append({"r": rule, "tag": SOURCE_TAGS.get(rule.source_tag, rule.source_tag)})
    return [(_module_label(module), rows) for module, rows in sorted(groups.items())]


def _transition_rows() -> list[dict]:
    return [
        {
            "t": t,
            "sources": "、".join(str(s.label) for s in CertState if s in t.sources),
            "target": str(CertState(t.target).label),
            "perm": str(Perm(t.perm).label),
        }
        for t in TRANSITIONS.values()
    ]


def parameter_rows() -> list[dict]:
    """Every configurable value with its effective value, default and source."""
    overrides = {p.key: p for p in Parameter.objects.all()}
    rows = []
    for key, spec in PARAMETERS.items():
        override = overrides.get(key)
        value = get_param(key)
        source = override.source if override and override.source else spec.source
        rows.append({
            "spec": spec, "value": _display(value), "default": _display(spec.default),
            "overridden": override is not None, "source": source,
        })  # fmt: skip
    return rows


def _display(value) -> str:
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    return "（空）" if value in ("", None) else str(value)


@require_GET
@workbench_view()
def rules(request: HttpRequest) -> HttpResponse:
    """Every rule the platform enforces, the certificate transition table and the configurable values."""
    context = {
        "groups": rule_groups(),
        "tags": SOURCE_TAGS,
        "transitions": _transition_rows(),
        "parameters": parameter_rows(),
    }
    return render(request, "core/rules.html", context)


# --- audit --------------------------------------------------------------------------------------------------


def _audit_events(actor, action: str = "") -> QuerySet[AuditEvent]:
    """The audit events the actor may read: all for an administrator, else those of organisations in scope.

    ``organisation_id`` is a plain integer column (the chain must not depend on foreign keys), so the scope is
    applied as an ``__in`` over the organisations the actor sees.
    """
    qs = AuditEvent.objects.order_by("-seq")
    if actor.role != Role.ADMIN:
        visible = Organisation.objects.filter(organisation_scope(actor)).values("pk")
        qs = qs.filter(organisation_id__in=visible)
    if action:
        qs = qs.filter(action__startswith=action)
    return qs


def _compact(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) if data else ""


def _changes(before: dict, after: dict) -> tuple[str, str]:
    """Only the fields that differ (services snapshot whole rows, which would bury the change)."""
    if not before:
        return "", _compact(after)
    keys = [k for k in sorted({*before, *after}) if before.get(k) != after.get(k)]
    return _compact({k: before[k] for k in keys if k in before}), _compact({k: after.get(k) for k in keys})


def _audit_rows(events: list[AuditEvent]) -> list[dict]:
    org_ids = {e.organisation_id for e in events if e.organisation_id}
    names = dict(Organisation.objects.filter(pk__in=org_ids).values_list("pk", "name"))
    rows = []
    for e in events:
        before, after = _changes(e.before or {}, e.after or {})
        rows.append(
            {"e": e, "organisation": names.get(e.organisation_id, ""), "before": before, "after": after}
        )
    return rows


@require_GET
@workbench_view(Perm.AUDIT_VIEW)
def audit(request: HttpRequest) -> HttpResponse:
    """The audit log of the actor's scope, newest first."""
    action = request.GET.get("action", "").strip()[:100]
    page = Paginator(_audit_events(request.actor, action), AUDIT_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "rows": _audit_rows(list(page.object_list)),
        "action": action,
        "can_verify": request.actor.role in CHAIN_VERIFIERS,
    }
    return render(request, "core/audit.html", context)


@require_POST
@workbench_view(Perm.AUDIT_VIEW)
def audit_verify(request: HttpRequest) -> HttpResponse:
    """Recompute the whole hash chain (司法局监督人员 and administrators) and report the first break."""
    if request.actor.role not in CHAIN_VERIFIERS:
        raise PermissionRefused(
            "AUDIT-VERIFY",
            "只有司法局监督人员或系统管理员可以校验审计链。",
            citation="zhifa 审计规则（core/audit.py）",
        )
    report = verify_chain()
    if report.ok:
        messages.success(
            request, f"审计链校验通过：共 {report.count} 个事件，哈希链完整，未发现篡改、删除或插入。"
        )
    else:
        messages.error(request, f"审计链校验未通过（已校验 {report.count} 个事件）：{report.problem.message}")
    return redirect("core:audit")


# --- deadline calculator ------------------------------------------------------------------------------------


class DeadlineForm(forms.Form):
    start = forms.DateField(label="起算日", widget=forms.DateInput(attrs={"type": "date"}),
                            help_text="期间开始的日不计算在期间内。")  # fmt: skip
    days = forms.IntegerField(label="天数", min_value=0, max_value=3650)
    kind = forms.ChoiceField(
        label="计算方式", choices=[("working", "工作日"), ("calendar", "自然日")], initial="working"
    )


def _deadline(data: dict):
    compute = due_in_working_days if data["kind"] == "working" else due_in_calendar_days
    return compute(data["start"], data["days"], deployment_region())


@require_GET
@workbench_view()
def calendar(request: HttpRequest) -> HttpResponse:
    """期限计算: the due date of a period in working or calendar days, with the rule applied."""
    form = DeadlineForm(request.GET or None, initial={"start": timezone.localdate(), "kind": "working"})
    result = _deadline(form.cleaned_data) if form.is_valid() else None
    return render(request, "core/calendar.html", {"form": form, "result": result})
