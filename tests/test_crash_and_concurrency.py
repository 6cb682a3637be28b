"""An ingest killed midway loses nothing once re-run, and two ingests into one database at once neither
collide nor duplicate. Both go through the `policyfacts ingest` command in subprocesses, as an analyst runs it."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS

POLICYFACTS = [sys.executable, "-c", "from pipeline.cli import cli; cli()"]
# The rows an ingest writes, without what differs between two runs (row ids, the time of ingest).
CONTENT = {
    "documents": "select name, path, sha256, encoding, text, original_text, report_year from documents",
    "sentences": 'select document, "index", start, "end", text, segmented from sentences',
    "facts": """select f.document, s."index" as sentence, f.zone, f.type, f.text, f.start, f."end", f.value,
                f.value_max, f.approx, f.currency, f.category, f.kind, f.target, f.year, f.metric, f.unit, f.name,
                f.role, f.aliases from facts f left join sentences s on s.id = f.sentence""",
    "zones": "select * from zones",
}


def make_reports(folder: Path, count: int, offset: int = 0) -> list[Path]:
    """`count` reports made from the corpus: each a corpus report under a new heading, so that each is a
    different file with its own facts."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(CORPUS.glob("*.txt"))
    paths = []
    for i in range(offset, offset + count):
        source = sources[i % len(sources)]
        path = folder / f"报告{i:02d}.txt"
        path.write_text(f"第{i}号副本\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(path)
    return paths


def content(db_path: Path) -> dict[str, list]:
    with sqlite3.connect(db_path) as conn:
        return {table: sorted(conn.execute(sql).fetchall(), key=repr) for table, sql in CONTENT.items()}


def check_sound(db_path: Path, complete: bool = True) -> None:
    """Integrity, foreign keys and no document without its sentences. The zones table is rebuilt when an ingest
    ends, so after a kill (`complete` false) facts may name zones it does not list yet."""
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        broken = conn.execute("pragma foreign_key_check").fetchall()
        assert [row for row in broken if complete or row[2] != "zones"] == []
        without_sentences = conn.execute(
            "select name from documents where name not in (select document from sentences)").fetchall()
        assert without_sentences == []


def ingest_command(db_path: Path, *folders: Path) -> list[str]:
    return [*POLICYFACTS, "ingest", *map(str, folders), "--db", str(db_path), "--quiet"]


def count_documents(db_path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports") / "一批 报告"
    make_reports(folder, 10)
    return folder


@pytest.fixture(scope="module")
def reference_db(tmp_path_factory, reports):
    """The database an uninterrupted ingest of the reports makes."""
    path = tmp_path_factory.mktemp("reference") / "facts.db"
    subprocess.run(ingest_command(path, reports), check=True, timeout=600)
    return path


def test_an_ingest_killed_midway_and_run_again_equals_an_uninterrupted_one(tmp_path, reports, reference_db):
    db_path = tmp_path / "facts.db"
    total = len(list(reports.glob("*.txt")))
    # One document per transaction, so that the kill can fall between two of them.
    process = subprocess.Popen([*ingest_command(db_path, reports), "--batch", "1", "--workers", "1"])
    try:
        while count_documents(db_path) < 2 and process.poll() is None:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    stored = count_documents(db_path)
    assert 0 < stored < total, "the kill should land midway through the reports"
    check_sound(db_path, complete=False)

    subprocess.run(ingest_command(db_path, reports), check=True, timeout=600)
    check_sound(db_path)
    assert content(db_path) == content(reference_db)


def test_a_kill_at_any_moment_leaves_no_document_without_its_facts(tmp_path, reports, reference_db):
    """Kill the ingest at several moments; every document stored is stored whole (its sentences and facts as
    an uninterrupted ingest stores them), and a re-run completes the rest."""
    db_path = tmp_path / "facts.db"
    expected = content(reference_db)
    for delay in (0.5, 1.0, 1.5):
        process = subprocess.Popen(ingest_command(db_path, reports))
        while count_documents(db_path) < 1 and process.poll() is None:
            time.sleep(0.02)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        check_sound(db_path, complete=False)
        stored = content(db_path)
        names = {row[0] for row in stored["documents"]}
        for table in ("sentences", "facts"):
            assert stored[table] == [row for row in expected[table] if row[0] in names]
    subprocess.run(ingest_command(db_path, reports), check=True, timeout=600)
    assert content(db_path) == expected


def test_two_ingests_of_overlapping_folders_at_once_lose_and_duplicate_nothing(tmp_path):
    left, right = tmp_path / "left", tmp_path / "right"
    make_reports(left, 6)
    make_reports(right, 6, offset=3)  # 报告03 to 报告05 are in both folders…
    for path in right.glob("*.txt"):
        if (left / path.name).exists():
            path.unlink()
            os.link(left / path.name, path)  # …as the same files, so that both ingests own them
    db_path = tmp_path / "facts.db"
    processes = [subprocess.Popen(ingest_command(db_path, folder), stderr=subprocess.PIPE, text=True)
                 for folder in (left, right)]
    errors = [p.communicate(timeout=600)[1] for p in processes]
    assert [p.returncode for p in processes] == [0, 0], errors
    assert not any("locked" in e for e in errors)
    check_sound(db_path)

    reference = tmp_path / "reference.db"
    subprocess.run(ingest_command(reference, left, right), check=True, timeout=600)
    together, alone = content(db_path), content(reference)
    # The three shared files were written by whichever ingest came last: their paths may differ.
    for rows in (together, alone):
        rows["documents"] = sorted((row[0], *row[2:]) for row in rows["documents"])
    assert [row[0] for row in together["documents"]] == [f"报告{i:02d}.txt" for i in range(9)]
    assert together == alone
