"""Shared fixtures: a fixed today, no network, the district's organisations and the role personas.

The district (region 439901) has a 区司法局 (``bureau``), two enforcement bodies (``body_a`` with an
internal unit ``unit_a``, and ``body_b``), a street with its comprehensive enforcement team and its 司法所.
The personas are accounts (``User``); ``actor_of(user)`` gives the ``Actor`` that services take.
``refused(code, *objs)`` asserts a refusal with ``code`` and that nothing in the database changed.
"""

from __future__ import annotations

import ipaddress
import socket
from contextlib import contextmanager
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.apps import apps
from django.conf import settings
from django.test import Client

from zhifa.accounts.tests.factories import UserFactory
from zhifa.accounts.tests.factories import actor_of as _actor_of
from zhifa.core.exceptions import DomainError
from zhifa.organisations.tests.factories import DISTRICT, OrganisationFactory

TODAY = date(2026, 11, 22)
ZHIFA_APPS = (
    "core",
    "accounts",
    "organisations",
    "personnel",
    "laws",
    "catalog",
    "discretion",
    "cases",
    "evidence",
    "licensing",
    "coercion",
    "inspections",
    "acts",
    "publicity",
    "supervision",
)


# --- no network -------------------------------------------------------------------------------------------


def _allowed_hosts() -> set[str]:
    hosts = {"localhost", ""}
    hosts.update(str(db.get("HOST") or "") for db in settings.DATABASES.values())
    return hosts


def _is_local(address) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX socket path
        return True
    host = str(address[0])
    if host in _allowed_hosts():
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Tests never reach the internet: connecting anywhere but loopback (or the test database) fails."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(address):
        if not _is_local(address):
            raise RuntimeError(f"测试不得访问网络：{address!r}")

    def connect(self, address):
        guard(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        guard(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


# --- time ---------------------------------------------------------------------------------------------------


@pytest.fixture
def today():
    """2026-11-22, with the clock frozen at 10:00 Beijing time that day (it ticks on from there)."""
    with time_machine.travel(datetime(2026, 11, 22, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")), tick=True):
        yield TODAY


# --- organisations ------------------------------------------------------------------------------------------


@pytest.fixture
def bureau(db):
    return OrganisationFactory(justice_bureau=True, name="测试区司法局", region_code=DISTRICT)


@pytest.fixture
def body_a(bureau):
    return OrganisationFactory(name="测试区市场监督管理局", short_name="区市场监管局")


@pytest.fixture
def unit_a(body_a):
    return OrganisationFactory(internal_unit=True, parent=body_a, name="测试区市场监督管理局执法大队")


@pytest.fixture
def body_b(bureau):
    return OrganisationFactory(name="测试区生态环境分局", domain="ecology")


@pytest.fixture
def street(bureau):
    return OrganisationFactory(street=True, name="测试街道办事处")


@pytest.fixture
def street_team(street):
    return OrganisationFactory(street_team=True, street=street, parent=street, name="测试街道综合行政执法队")


@pytest.fixture
def sifasuo(street, bureau):
    return OrganisationFactory(justice_office=True, street=street, parent=bureau, name="测试街道司法所")


# --- personas -----------------------------------------------------------------------------------------------


@pytest.fixture
def officer_a(body_a):
    return UserFactory(officer=True, organisation=body_a, username="officer_a", full_name="甲局执法员")


@pytest.fixture
def head_a(body_a):
    return UserFactory(head=True, organisation=body_a, username="head_a", full_name="甲局负责人")


@pytest.fixture
def head_b(body_b):
    return UserFactory(head=True, organisation=body_b, username="head_b", full_name="乙局负责人")


@pytest.fixture
def supervisor(bureau):
    return UserFactory(supervisor=True, organisation=bureau, username="supervisor", full_name="司法局监督员")


@pytest.fixture
def sifasuo_user(sifasuo):
    return UserFactory(
        justice_office=True, organisation=sifasuo, username="sifasuo", full_name="司法所工作人员"
    )


@pytest.fixture
def admin_user(db):
    return UserFactory(admin=True, username="admin", full_name="系统管理员")


@pytest.fixture
def public(db):
    """An anonymous visitor of the public portal."""
    return Client()


@pytest.fixture
def actor_of():
    """``actor_of(user)``: the ``Actor`` that services take (also in ``accounts.tests.factories``)."""
    return _actor_of


# --- "refused, and nothing changed" -----------------------------------------------------------------------


def db_state(*objects) -> dict:
    """Row counts of every zhifa model, the audit chain head, and every field of ``objects`` re-read."""
    state: dict = {}
    for label in ZHIFA_APPS:
        for model in apps.get_app_config(label).get_models():
            state[model._meta.label] = model.objects.count()
    chain_head = apps.get_model("core", "ChainHead")
    state["chain_head"] = list(chain_head.objects.values("seq", "hash"))
    for obj in objects:
        state[f"{obj._meta.label}#{obj.pk}"] = type(obj).objects.filter(pk=obj.pk).values().first()
    return state


@pytest.fixture
def refused():
    """``with refused("CERT-011", cert): service(...)``: the DomainError's code, and nothing changed."""

    @contextmanager
    def _refused(code: str, *objects):
        before = db_state(*objects)
        with pytest.raises(DomainError) as info:
            yield info
        assert info.value.code == code, f"expected {code}, got {info.value.code}: {info.value.message}"
        assert db_state(*objects) == before

    return _refused


@pytest.fixture
def db_snapshot():
    """``db_snapshot(*objs)``: the state ``refused`` compares, to check "nothing changed" around a call."""
    return db_state
