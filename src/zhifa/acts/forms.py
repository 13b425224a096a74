"""Page forms of the recorded acts: they parse input into the services' schemas (so a form accepts what the
service accepts and shows the same refusals, house style R3); the rules are the guards'."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from pydantic import ValidationError

from zhifa.cases.constants import PartyKind
from zhifa.cases.forms import people_choices
from zhifa.catalog.selectors import matters_exercised_by
from zhifa.core.api_support import input_error_text
from zhifa.core.forms import DATE_WIDGET, BootstrapMixin

from .constants import ACT_KIND_CHOICES, ACT_KINDS
from .schemas import ActInput, PublishInput, ReasonInput

PARTY_FIELDS = {"party_kind": "kind", "party_name": "name", "party_identifier": "identifier",
                "party_address": "address", "party_phone": "phone"}  # fmt: skip


class _SchemaForm(BootstrapMixin, forms.Form):
    schema: type = ActInput

    def payload(self, cleaned: dict) -> dict:
        return {k: v for k, v in cleaned.items() if v not in (None, "")}

    def clean(self):
        cleaned = super().clean()
        self.data_in = None
        if self.errors:
            return cleaned
        try:
            self.data_in = self.schema.model_validate(self.payload(cleaned))
        except ValidationError as exc:
            for error in exc.errors():
                name = str(error["loc"][0]) if error.get("loc") else ""
                self.add_error(name if name in self.fields else None, input_error_text(error))
        return cleaned


class ActForm(_SchemaForm):
    """登记 (and, with ``reason``, 更正) an act."""

    kind = forms.ChoiceField(label="行为类型", choices=ACT_KIND_CHOICES)
    matter_id = forms.TypedChoiceField(
        label="执法事项",
        coerce=int,
        help_text="本主体执法事项清单中施行的征收、征用、确认、给付、奖励、裁决事项。",
    )
    decided_on = forms.DateField(label="决定日期", widget=DATE_WIDGET)
    number = forms.CharField(
        label="文号", max_length=100, help_text="决定文书的文号，同一执法主体内不得重复。"
    )
    decision = forms.CharField(label="决定内容", widget=forms.Textarea(attrs={"rows": 3}))
    amount = forms.DecimalField(label="金额（元）", required=False, decimal_places=2, max_digits=16,
                                help_text="征收、给付必填；奖励可为非金钱奖励。")  # fmt: skip
    party_kind = forms.ChoiceField(
        label="当事人类型", required=False, choices=[("", "（按月汇总，不填）"), *PartyKind.choices]
    )
    party_name = forms.CharField(label="当事人姓名/名称", required=False, max_length=200)
    party_identifier = forms.CharField(label="证件号码", required=False, max_length=18,
                                       help_text="居民身份证号或统一社会信用代码（校验码须正确；不公开）。")  # fmt: skip
    party_address = forms.CharField(label="住所/地址", required=False, max_length=300)
    party_phone = forms.CharField(label="联系电话", required=False, max_length=30, help_text="不公开。")
    aggregated = forms.BooleanField(label="按月汇总（仅行政给付）", required=False)
    period = forms.DateField(label="汇总月份", required=False, widget=DATE_WIDGET, help_text="该月任一日。")
    recipients = forms.IntegerField(label="给付人次", required=False, min_value=0)
    officer_ids = forms.TypedMultipleChoiceField(label="执法人员", coerce=int,
                                                 help_text="征用、裁决须两名持有效执法证的执法人员。")  # fmt: skip
    publish = forms.BooleanField(label="公开", required=False, initial=True,
                                 help_text="对自然人的确认等涉及隐私的记录一律不公开。")  # fmt: skip

    def __init__(self, *args, actor, body, correcting: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        versions = matters_exercised_by(body, today).filter(kind__in=ACT_KINDS).order_by("kind", "name")
        self.fields["matter_id"].choices = [
            (v.matter_id, f"{v.name}（{v.get_kind_display()}）") for v in versions
        ]
        self.fields["officer_ids"].choices = people_choices(None, actor)
        self.fields["officer_ids"].widget.attrs["size"] = 6
        if correcting:
            self.fields["reason"] = forms.CharField(
                label="更正理由", widget=forms.Textarea(attrs={"rows": 2, "class": "form-control"})
            )

    def payload(self, cleaned: dict) -> dict:
        data = {k: v for k, v in cleaned.items() if k not in PARTY_FIELDS and v not in (None, "")}
        data["aggregated"], data["publish"] = bool(cleaned.get("aggregated")), bool(cleaned.get("publish"))
        if cleaned.get("party_name") or cleaned.get("party_identifier"):
            data["party"] = {PARTY_FIELDS[k]: cleaned.get(k) or "" for k in PARTY_FIELDS}
        return data


def initial_of(record) -> dict:
    """A correction form starts from the record as it stands."""
    party = record.party
    data = {"kind": record.kind, "matter_id": record.matter_id, "decided_on": record.decided_on, "number": record.number,
            "decision": record.decision, "amount": record.amount, "aggregated": record.aggregated,
            "period": record.period, "recipients": record.recipients, "publish": record.to_publish,
            "officer_ids": [o["id"] for o in record.officers]}  # fmt: skip
    if party is not None:
        data.update(party_kind=party.kind, party_name=party.name, party_identifier=party.identifier,
                    party_address=party.address, party_phone=party.phone)  # fmt: skip
    return data


class RevokeForm(_SchemaForm):
    schema = ReasonInput
    on = forms.DateField(label="撤销日期", required=False, widget=DATE_WIDGET, help_text="不填为今天。")
    reason = forms.CharField(label="撤销理由", widget=forms.Textarea(attrs={"rows": 2}))


class PublishForm(_SchemaForm):
    schema = PublishInput
    on = forms.DateField(label="公开日期", required=False, widget=DATE_WIDGET, help_text="不填为今天。")


STEP_FORMS = {"revoke": RevokeForm, "publish": PublishForm}
