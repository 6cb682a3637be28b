"""The command line, through Click's CliRunner."""
import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.reading import read_document
from tests.conftest import CORPUS


@pytest.mark.parametrize("command", [[], ["ingest"], ["extract"], ["serve"], ["audit"], ["audit", "sample"],
                                     ["audit", "review"], ["show"]])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_extract_prints_facts_as_json_lines():
    path = CORPUS / "000_e3b410fa4eadb6fc.txt"
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0
    facts = [json.loads(line) for line in result.output.splitlines()]
    text = read_document(path).text  # offsets count on the normalized text
    money = [f for f in facts if f["type"] == "money"]
    assert any(f["text"] == "3.1793亿元" and f["value"] == 317930000 and f["currency"] == "CNY" for f in money)
    for f in facts:
        assert f["document"] == path.name
        assert text[f["start"]:f["end"]] == f["text"]


def test_ingest_reports_refused_files_and_ingests_the_rest(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_text("高新区规划面积9.2平方公里,总投资30亿元。", encoding="gb18030")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    db_path = tmp_path / "facts.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db_path)])
    assert result.exit_code == 1
    assert "image.txt: binary file (a PNG image)" in result.output
    assert "2 files: 1 ingested, 0 unchanged, 1 refused" in result.output
    db = sqlite_utils.Database(db_path)
    assert [r["name"] for r in db["documents"].rows] == ["good.txt"]
    assert db["documents"].get("good.txt")["encoding"] == "gb18030"
    assert {r["type"] for r in db["facts"].rows} >= {"money", "area"}


def test_ingest_quiet_prints_nothing_on_success(tmp_path):
    (tmp_path / "a.txt").write_text("投资30亿元。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "f.db"), "-q"])
    assert result.exit_code == 0 and result.output == ""


def test_ingest_missing_path_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 1 and "no such file or folder" in result.output
