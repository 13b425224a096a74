"""Shared helpers for the publicity tests: a decided penalty case on a natural person whose record carries
real-looking personal data (valid ID and phone numbers), taken there one real step at a time."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from zhifa.cases.tests.factories import all_findings, filed, person_party, step
from zhifa.publicity.models import Publication

# Valid GB 11643 check digits; a mobile number of a real carrier prefix; none belongs to anyone.
THIRD_ID = "110101199003074477"
PARTY_PHONE = "13912345678"
WITNESS_PHONE = "+86 137-0013-8000"
FACTS = (
    "2026年8月31日，当事人吴某在测试区人民路2号3栋402室经营场所销售过期食品，"
    f"证人陈小明（身份证号{THIRD_ID}，电话{WITNESS_PHONE}）在场；当事人联系电话{PARTY_PHONE}。"
    "其妻王丽华称当事人患有糖尿病。以上事实违反《中华人民共和国食品安全法》第三十四条第（十）项。"
)
SECRETS = (THIRD_ID, "13700138000", "137-0013-8000", PARTY_PHONE, "3栋402室", "陈小明", "王丽华", "糖尿病")


def decided_case(team, *, facts: str = FACTS, decide_on: date = date(2026, 9, 26), party=None, kinds=("fine",),
                 fine: str = "3000"):  # fmt: skip
    """A general-procedure penalty case on 吴某 (a natural person, adult), decided on ``decide_on``."""
    case = filed(team, party=party or person_party(birth_date=date(1980, 5, 1)))
    step(team.officer_user, case, "inquire", on=date(2026, 9, 15), officer_ids=team.officer_ids,
         person_inquired="陈小明", summary="证人陈述")  # fmt: skip
    step(team.officer_user, case, "conclude", on=date(2026, 9, 20), facts=facts, outcome="penalty",
         kinds=list(kinds), fine_amount=Decimal(fine) if fine else None)  # fmt: skip
    step(team.reviewer, case, "audit_pass", on=date(2026, 9, 21), reason="事实清楚")
    step(team.officer_user, case, "notify", on=date(2026, 9, 22))
    step(team.officer_user, case, "waive", on=date(2026, 9, 23), reason="当事人书面放弃")
    if Decimal(fine or 0) >= 10000 or set(kinds) - {"fine", "warning"}:  # 重大执法决定: 法制审核 first
        step(
            team.officer_user, case, "send_review", on=date(2026, 9, 24), reviewer_id=team.reviewer_person.pk
        )
        step(
            team.reviewer, case, "review_agree", on=date(2026, 9, 25), findings=all_findings(), reason="同意"
        )
    return step(team.head, case, "decide", on=decide_on, outcome="penalty", kinds=list(kinds),
                fine_amount=Decimal(fine) if fine else None)  # fmt: skip


def publication_of(case) -> Publication:
    return Publication.objects.get(source_kind="penalty", source_id=case.pk)
