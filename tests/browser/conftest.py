"""A real browser over a real server: `policyfacts serve` on a free port over a freshly ingested database,
driven through Playwright with Debian's chromium (Playwright's own browser download does not work here)."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import CORPUS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REPORTS = ["000_e3b410fa4eadb6fc.txt", "001_0b92ebc8ab425092.txt", "002_51d2894722f2002f.txt"]
SCRIPT_REPORT = "script_report.txt"
SCRIPT = "<script>alert(1)</script>"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"policyfacts serve exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"policyfacts serve did not answer at {url} within {timeout} s")


@pytest.fixture(scope="session")
def browser_db(tmp_path_factory, nlp):
    """A few corpus reports and one whose text holds a <script> tag, ingested into a fresh database."""
    from pipeline.db import open_db
    from pipeline.ingest import ingest

    folder = tmp_path_factory.mktemp("reports")
    for name in REPORTS:
        shutil.copy(CORPUS / name, folder / name)
    (folder / SCRIPT_REPORT).write_text(
        f"试验产业集聚区{SCRIPT}规划面积5平方公里,总投资10亿元。\n", encoding="utf-8")
    path = folder.parent / "facts.db"  # the metadata is keyed to the database name `facts`
    db = open_db(path)
    summary = ingest([folder], db, nlp=nlp)
    db.close()  # checkpoints the write-ahead log, which `serve --immutable` would not read
    assert summary.ok and summary.ingested == len(REPORTS) + 1
    return path


@pytest.fixture(scope="package")
def server(browser_db):
    """The base URL of `policyfacts serve` over `browser_db`; the server and its Datasette child are stopped
    after the browser tests."""
    port = free_port()
    command = [str(Path(sys.executable).with_name("policyfacts")), "serve", "--db", str(browser_db),
               "--port", str(port)]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/-/versions.json", process)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


# Package scope: Playwright's sync API keeps an event loop running until it stops, which the other tests'
# asyncio.run() cannot share.
@pytest.fixture(scope="package")
def browser():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failure, screenshot the page as it is and list every screenshot of the test in the report."""
    outcome = yield
    report = outcome.get_result()
    visitor = getattr(item, "funcargs", {}).get("visit")
    if report.when == "call" and report.failed and visitor is not None:
        visitor.screenshot("failure")
        report.sections.append(("screenshots", "\n".join(map(str, visitor.screenshots))))


class Visit:
    """Opens pages of the served database, keeps any dialog they raise, and screenshots each one."""

    def __init__(self, page, base: str, folder: Path):
        self.page = page
        self.base = base
        self.folder = folder
        self.dialogs: list[str] = []
        self.screenshots: list[Path] = []
        page.on("dialog", self._dialog)
        # Only the test server: map tiles and anything else on the network are cut off.
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                   else route.abort())

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def __call__(self, path: str):
        self.page.goto(self.base + path)
        return self.page

    def screenshot(self, name: str) -> Path:
        path = self.folder / f"{len(self.screenshots):02d}-{name}.png"
        self.page.screenshot(path=path, full_page=True)
        self.screenshots.append(path)
        return path


@pytest.fixture
def visit(browser, server, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield Visit(page, server, tmp_path)
    context.close()
