"""Playwright driving the system Chromium (Debian package `chromium`); skipped when it is not installed.

No browser is downloaded: the tests use /usr/bin/chromium (or ZHIFA_CHROMIUM), with the flags that keep it
off the network.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("ZHIFA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("未安装 Chromium（apt-get install chromium），跳过浏览器测试")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the Django test database is set up before it
    # starts, and the ORM calls the tests make are synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844})  # a phone
    page = context.new_page()
    yield page
    context.close()


def login(page, live_server, user) -> None:
    """Sign ``user`` in through the login page and wait for the workbench."""
    import re

    from zhifa.accounts.tests.factories import PASSWORD

    page.goto(live_server.url + "/workbench/accounts/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/workbench/$"))
