"""`policyfacts serve` as an analyst starts it: local only, read-only, with a time limit on SQL, and report
text with HTML or script in it shown as text on Datasette's pages."""
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.utils import tilde_encode

from pipeline.cli import cli
from tests.conftest import ROOT

SCRIPT = "<script>alert(1)</script>"
IMAGE = '<img src=x onerror="alert(2)">'
HOSTILE_NAME = "<img src=x onerror=alert(3)>报告.txt"
HOSTILE_REPORT = (f"南阳高新技术产业开发区年度报告{SCRIPT}\n"
                  f"南阳高新区规划面积9.2平方公里{IMAGE},总投资三十亿元。{SCRIPT}入园企业达到100家。\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def listening_addresses(port: int) -> set[str]:
    """The IPv4 addresses a socket listens on at `port`, from the kernel's table (/proc/net/tcp)."""
    addresses = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        host, port_hex = local.split(":")
        if int(port_hex, 16) == port and state == "0A":  # 0A: LISTEN
            addresses.add(socket.inet_ntoa(bytes.fromhex(host)[::-1]))
    return addresses


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`policyfacts serve` on a database holding a report full of markup, with a file name that is markup too.
    Ingested in this process, whose connection stays open: the rows are still in the write-ahead log, as after
    a killed ingest, and serve must move them into the file for Datasette (immutable) to show them."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / HOSTILE_NAME).write_text(HOSTILE_REPORT, encoding="utf-8")
    db_path = folder / "facts.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", "from pipeline.cli import cli; cli()", "serve", "--db", str(db_path), "--port",
         str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1)
                break
            except OSError:
                assert process.poll() is None, "policyfacts serve exited"
                time.sleep(0.1)
        yield base, port, db_path
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_binds_to_localhost_only(server):
    _, port, _ = server
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp to read listening sockets from")
    assert listening_addresses(port) == {"127.0.0.1"}


def test_serve_opens_the_database_read_only(server):
    base, _, db_path = server
    status, body = get(f"{base}/-/databases.json")
    assert status == 200
    [database] = json.loads(body)
    assert database["is_mutable"] is False
    assert Path(database["path"]).resolve() == db_path.resolve()
    status, body = get(f"{base}/facts.json?" + urllib.parse.urlencode({"sql": "delete from documents"}))
    assert status == 400
    status, body = get(f"{base}/facts/documents.json?_shape=array")
    assert [row["name"] for row in json.loads(body)] == [HOSTILE_NAME]


def test_serve_keeps_a_time_limit_on_sql(server):
    base, _, _ = server
    status, body = get(f"{base}/-/settings.json")
    assert json.loads(body)["sql_time_limit_ms"] == 3000
    endless = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"
    status, body = get(f"{base}/facts.json?" + urllib.parse.urlencode({"sql": endless}))
    assert status == 400 and "SQL query took too long" in body


@pytest.mark.parametrize("page", [
    "/facts",
    "/facts/documents",
    "/facts/documents/" + tilde_encode(HOSTILE_NAME),
    "/facts/sentences",
    "/facts/facts",
    "/facts/zones",
    "/facts/areas",
    "/facts/document_facts?" + urllib.parse.urlencode({"document": HOSTILE_NAME}),
    "/facts/sentences?" + urllib.parse.urlencode({"_search": "南阳"}),
])
def test_report_text_with_markup_is_escaped_on_every_page(server, page):
    base, _, _ = server
    status, html = get(base + page)
    assert status == 200
    for markup in (SCRIPT, IMAGE, "<img src=x onerror=alert(3)>"):
        assert markup not in html
    if page.startswith(("/facts/documents/", "/facts/sentences")):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
