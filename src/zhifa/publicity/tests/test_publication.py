"""Publication of decisions (issue 6): deadline, masking, 保密审查, withdrawal on revocation, the publication
period, the due lists and the timeliness figure — through the services and the pages a user opens."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from zhifa.accounts.actors import Actor
from zhifa.accounts.tests.factories import UserFactory
from zhifa.cases.tests.factories import make_team, step
from zhifa.core.models import Parameter
from zhifa.publicity import services
from zhifa.publicity.models import FeedEntry, Publication

from .support import SECRETS, decided_case, publication_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(today, body_a):
    return make_team(body_a)


def _publish(team, pub, **kw) -> Publication:
    return services.publication_review(publication=pub, publish=True, by=Actor.from_user(team.reviewer), **kw)


def _at(day: date):
    return time_machine.travel(
        datetime(day.year, day.month, day.day, 10, tzinfo=ZoneInfo("Asia/Shanghai")), tick=False
    )


def test_a_decision_on_a_person_is_due_in_seven_working_days_and_published_masked(team, client):
    case = decided_case(team, decide_on=date(2026, 11, 20))
    pub = publication_of(case)
    assert (pub.state, pub.due_on) == ("pending", date(2026, 12, 1))  # 20 Nov (Fri) + 7 working days
    assert "publicity.decision_working_days" in pub.due_basis
    assert client.get(f"/gongshi/{pub.pk}/").status_code == 404  # not before review

    _publish(team, pub)
    pub.refresh_from_db()
    assert (pub.state, pub.published_on) == ("published", date(2026, 11, 22))  # within its deadline
    page = client.get(f"/gongshi/{pub.pk}/").content.decode()
    for secret in SECRETS:
        assert secret not in page, secret
    assert "吴某" in page  # the party's own name stays
    assert "陈某某" in page and "王某某" in page  # other persons: surname + 某
    assert "［身份证号码已隐去］" in page and "［手机号码已隐去］" in page and "［详细地址已隐去］" in page
    assert "罚款3,000.00元" in page and "区市场监管局罚〔2026〕" in page


def test_the_reviewer_sees_exactly_what_will_be_published(team, client):
    pub = publication_of(decided_case(team, decide_on=date(2026, 11, 20)))
    client.force_login(team.reviewer)
    page = client.get(f"/workbench/publicity/{pub.pk}/").content.decode()
    for _label, value in pub.content:
        assert value.replace("\n", "<br>") in page
    for secret in SECRETS:
        assert secret not in page
    assert "居民身份证号码" in page and "其他人员姓名" in page  # the findings, by kind, without the values


def test_the_reviewer_removes_what_the_engine_missed_as_a_new_version(team, refused):
    pub = publication_of(decided_case(team, facts="当事人吴某雇用赵六销售过期食品，车牌号浙A12345。"))
    with refused("PUB-007", pub):
        _publish(team, pub, redactions=["不在文中的话"])
    _publish(team, pub, extra_names=["赵六"], redactions=["浙A12345"])
    pub.refresh_from_db()
    facts = dict(pub.content)["违法事实"]
    assert "赵六" not in facts and "赵某" in facts and "浙A12345" not in facts and "［已隐去］" in facts
    assert list(pub.versions.values_list("number", "reason")) == [
        (1, "首次生成（已自动脱敏）"),
        (2, "保密审查人工隐去"),
    ]
    assert pub.versions.get(number=2).reviewed_by.startswith("钱法审")


def test_review_needs_a_named_reviewer_and_the_review_permission(team, refused):
    pub = publication_of(decided_case(team))
    with refused("PUB-002", pub):
        services.publication_review(publication=pub, publish=True, by=Actor.system("脚本"))
    with refused("AUTH-PERM", pub) as info:
        services.publication_review(publication=pub, publish=True, by=Actor.from_user(team.officer_user))
    assert "保密审查" in info.value.message


def test_a_record_may_be_held_off_the_portal_with_a_reason(team, refused, client):
    pub = publication_of(decided_case(team))
    with refused("PUB-001", pub):
        services.publication_review(
            publication=pub, publish=False, reason="", by=Actor.from_user(team.reviewer)
        )
    services.publication_review(
        publication=pub, publish=False, reason="案件主要事实涉及商业秘密", by=Actor.from_user(team.reviewer)
    )
    pub.refresh_from_db()
    assert (pub.state, pub.barrier) == ("held", "案件主要事实涉及商业秘密")
    assert client.get(f"/gongshi/{pub.pk}/").status_code == 404


def test_a_minor_is_never_published(team):
    from zhifa.cases.tests.factories import person_party

    minor = person_party(name="小吴", identifier="110101201001014438", birth_date=date(2010, 1, 1))
    pub = publication_of(decided_case(team, party=minor))
    assert pub.state == "held" and "未满十八周岁" in pub.barrier


def test_an_organisations_clean_decision_goes_out_by_the_auto_rule(team):
    Parameter.objects.create(key="publicity.auto_publish_kinds", value=["penalty"])
    from zhifa.cases.tests.factories import org_party

    pub = publication_of(decided_case(team, party=org_party(), facts="当事人未按规定公示年度报告。"))
    assert pub.party_is_org and pub.state == "published"
    assert pub.versions.get().review_mode == "auto"


def test_revoking_the_decision_withdraws_it_from_the_portal_and_the_feed_with_the_reason(team, client):
    case = decided_case(team, decide_on=date(2026, 11, 20))
    pub = publication_of(case)
    _publish(team, pub)
    step(team.head, case, "annul_decision", on=date(2026, 11, 22), ground="revoked", authority="测试区人民政府",
         document="测政复决字〔2026〕8号", reason="认定事实不清，复议决定撤销")  # fmt: skip
    pub.refresh_from_db()
    assert (pub.state, pub.withdrawn_on, pub.withdraw_due_on) == (
        "withdrawn",
        date(2026, 11, 22),
        date(2026, 11, 25),
    )
    assert "决定被撤销" in pub.withdraw_reason and "测政复决字〔2026〕8号" in pub.withdraw_reason
    response = client.get(f"/gongshi/{pub.pk}/")
    assert response.status_code == 410
    body = response.content.decode()
    assert "认定事实不清" in body and "罚款3,000.00元" not in body
    assert not client.get("/gongshi/", {"q": "过期食品"}).context["page"].object_list
    ops = list(FeedEntry.objects.filter(publication=pub).values_list("op", flat=True))
    assert ops == ["published", "withdrawn"]
    assert FeedEntry.objects.get(publication=pub, op="withdrawn").payload["reason"] == pub.withdraw_reason
    # History keeps both: the published version (its content) and the withdrawal (its reason).
    assert pub.versions.get(number=1).content == pub.content
    assert [e.action for e in pub.events.order_by("at", "id")] == ["create", "publish", "withdraw"]


def test_a_record_past_its_period_is_no_longer_served(team, client):
    pub = publication_of(decided_case(team, decide_on=date(2026, 11, 20)))  # a 3,000 yuan fine: 3 months
    _publish(team, pub)
    pub.refresh_from_db()
    assert pub.ends_on == date(2027, 2, 19)
    with _at(date(2027, 2, 19)):
        assert client.get(f"/gongshi/{pub.pk}/").status_code == 200
    with _at(date(2027, 2, 20)):
        assert client.get(f"/gongshi/{pub.pk}/").status_code == 410
        assert services.publications_expire() == 1
    pub.refresh_from_db()
    assert pub.state == "expired" and FeedEntry.objects.filter(publication=pub).last().op == "expired"


def test_a_heavier_penalty_stays_three_years(team):
    pub = publication_of(decided_case(team, kinds=("fine", "order_suspension"), fine="50000"))
    assert pub.ends_on == date(2029, 9, 25)


def test_credit_repair_ends_early_only_where_allowed(team, refused):
    case = decided_case(team, decide_on=date(2026, 11, 20), kinds=("fine",), fine="50000")
    pub = publication_of(case)
    _publish(team, pub)
    head = Actor.from_user(team.head)
    with refused("PUB-004", pub) as info:
        services.publication_end_early(publication=pub, reason="已履行并消除影响", by=head)
    assert "最短公示期3个月" in info.value.message
    with _at(date(2027, 3, 1)):
        with refused("PUB-004", pub) as info:
            services.publication_end_early(publication=pub, reason="已履行并消除影响", by=head)
        assert "尚未履行完毕" in info.value.message


def test_suspension_penalties_never_end_early(team, refused):
    pub = publication_of(decided_case(team, kinds=("fine", "order_suspension"), fine="50000"))
    _publish(team, pub)
    with _at(date(2027, 6, 1)), refused("PUB-004", pub) as info:
        services.publication_end_early(
            publication=pub, reason="已履行并消除影响", by=Actor.from_user(team.head)
        )
    assert "责令停产停业" in info.value.message


def test_near_due_and_overdue_records_show_to_the_body_and_the_supervisor(team, client, supervisor):
    near = publication_of(decided_case(team, decide_on=date(2026, 11, 13)))  # due 24 Nov: 2 working days left
    team2 = make_team(near.organisation)
    overdue = publication_of(decided_case(team2, decide_on=date(2026, 9, 28)))  # due 14 Oct
    client.force_login(supervisor)
    page = client.get("/workbench/publicity/")
    due = page.context["due"]
    assert [p.pk for p in due.near] == [near.pk] and [p.pk for p in due.overdue] == [overdue.pk]
    client.force_login(team.officer_user)
    assert client.get("/workbench/publicity/").context["due"].overdue == [overdue]


def test_timeliness_counts_on_time_late_and_overdue_per_body(team, client, supervisor):
    on_time = publication_of(decided_case(team, decide_on=date(2026, 11, 20)))
    _publish(team, on_time)
    late = publication_of(decided_case(make_team(team.body), decide_on=date(2026, 9, 28)))
    _publish(team, late)
    publication_of(decided_case(make_team(team.body), decide_on=date(2026, 10, 9)))  # due 20 Oct, unpublished
    client.force_login(supervisor)
    rows = client.get(
        "/workbench/publicity/timeliness/", {"start": "2026-01-01", "end": "2026-11-22"}
    ).context["rows"]
    (row,) = rows
    assert (row.due, row.on_time, row.late, row.overdue, row.rate) == (3, 1, 1, 1, 33.3)


def test_it_withdraws_an_act_when_the_act_is_revoked(today, body_a):
    from zhifa.acts.schemas import ReasonInput
    from zhifa.acts.services import act_revoke
    from zhifa.acts.tests.factories import make_act_team, record

    team = make_act_team(body_a)
    act = record(team, "levy")
    pub = Publication.objects.get(source_kind="act", source_id=act.pk)
    assert (pub.kind, pub.state) == ("levy", "pending")
    reviewer = UserFactory(legal_reviewer=True, organisation=body_a)
    services.publication_review(publication=pub, publish=True, by=Actor.from_user(reviewer))
    act_revoke(record=act, data=ReasonInput(reason="征收依据被废止，撤销决定"), by=Actor.from_user(team.head))
    pub.refresh_from_db()
    assert pub.state == "withdrawn" and "征收依据被废止" in pub.withdraw_reason


def test_an_inspection_result_is_published_and_updated_by_the_recheck(today, body_a):
    from zhifa.inspections.tests.factories import inspection_team, reach, take

    team = inspection_team(body_a)
    inspection = reach(team, "correcting")
    pub = Publication.objects.get(source_kind="inspection", source_id=inspection.pk)
    assert (pub.kind, pub.state) == ("inspection", "pending")
    assert "inspection.publicity_working_days" in pub.due_basis and pub.due_on > inspection.result_on
    assert dict(pub.content)["检查结果"] == "责令改正" and "复查结论" not in dict(pub.content)
    services.publication_review(publication=pub, publish=True, by=Actor.from_user(team.reviewer))
    take(team, inspection, "recheck_corrected")
    pub.refresh_from_db()
    assert pub.version == 2 and dict(pub.content)["复查结论"] == "已改正"
    assert list(FeedEntry.objects.filter(publication=pub).values_list("op", flat=True)) == [
        "published",
        "updated",
    ]


def test_daily_collects_decisions_without_a_publication_since_the_configured_day(team):
    from zhifa.publicity.sources import unpublished_sources

    old = decided_case(team, decide_on=date(2026, 9, 28))
    recent = decided_case(make_team(team.body), decide_on=date(2026, 11, 20))
    Publication.objects.all().delete()  # as if imported in bulk, or decided before publicity was installed
    Parameter.objects.create(key="publicity.collect_since", value="2026-11-01")
    assert unpublished_sources()["penalty"] == [recent.pk]
    assert services.publications_collect() == 1
    assert publication_of(recent).state == "pending"
    assert not Publication.objects.filter(source_id=old.pk).exists()
