"""Parallel ingest: worker processes (or a Dask cluster) extract, the parent alone writes, in transactions of
whole documents; the database is the same as one process's, unchanged files start no worker, and at most a
window of files is in flight."""
import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlite_utils

import pipeline.ingest as ingest_module
from pipeline.db import open_db
from pipeline.ingest import BatchWriter, Refusal, extract_document, in_order, ingest
from pipeline.reading import read_document
from tests.conftest import CORPUS


def table_rows(path):
    """documents, sentences and facts rows, without the time of ingest."""
    db = sqlite_utils.Database(path)
    out = {t: list(db.query(f"select * from {t} order by rowid")) for t in ("documents", "sentences", "facts")}
    for row in out["documents"]:
        del row["ingested_at"]
    return out


@pytest.fixture
def folder(tmp_path):
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy, ignore=shutil.ignore_patterns("annotations"))
    return copy


def relocated(rows, folder):
    """The rows as if the files had been read from `folder` instead of corpus/."""
    for row in rows["documents"]:
        row["path"] = str(folder / row["name"])
    return rows


def test_two_workers_write_the_same_database_as_one(folder, tmp_path, corpus_db):
    summary = ingest([folder], open_db(tmp_path / "two.db"), workers=2)
    assert summary.ok and summary.ingested == 5
    assert table_rows(tmp_path / "two.db") == relocated(table_rows(corpus_db), folder)


def test_unchanged_files_start_no_worker(folder, tmp_path, monkeypatch):
    db = open_db(tmp_path / "f.db")
    ingest([folder], db, workers=2)

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for unchanged files")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_pool)
    again = ingest([folder], db, workers=2)
    assert (again.ingested, again.unchanged, again.refused) == (0, 5, [])


def test_a_refused_file_does_not_stop_the_workers(folder, tmp_path):
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "empty.txt").write_bytes(b"")
    summary = ingest([folder], open_db(tmp_path / "f.db"), workers=2)
    assert summary.ingested == 5 and summary.files == 7
    assert sorted(reason.split(":")[0] for _, reason in summary.refused) == ["broken.txt", "empty.txt"]


def test_a_second_file_of_the_same_name_in_one_run_is_refused(folder, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "002_51d2894722f2002f.txt").write_text("另一个园区,投资5亿元。\n", encoding="utf-8")
    db = open_db(tmp_path / "f.db")
    summary = ingest([folder, other], db, workers=2)
    assert summary.ingested == 5 and len(summary.refused) == 1
    assert "another file of that name" in summary.refused[0][1]
    stored = db["documents"].get("002_51d2894722f2002f.txt")
    assert stored["path"] == str(folder / "002_51d2894722f2002f.txt")


def test_a_batch_is_written_whole_or_not_at_all(tmp_path, nlp):
    db = open_db(tmp_path / "f.db")
    good, bad = (extract_document(nlp, read_document(p)) for p in sorted(CORPUS.glob("*.txt"))[:2])
    bad.facts[0]["no_such_column"] = 1  # the second document's write fails
    writer = BatchWriter(db, documents=10)
    writer.add(good)
    writer.add(bad)
    with pytest.raises(Exception):
        writer.flush()
    assert db["documents"].count == db["sentences"].count == db["facts"].count == 0


def test_batches_are_flushed_by_document_count(tmp_path, nlp):
    db = open_db(tmp_path / "f.db")
    writer = BatchWriter(db, documents=2)
    for path in sorted(CORPUS.glob("*.txt"))[:3]:
        writer.add(extract_document(nlp, read_document(path)))
    assert db["documents"].count == 2  # the third waits for the next batch
    writer.flush()
    assert db["documents"].count == 3


def test_at_most_a_window_of_files_is_in_flight():
    pulled = []

    def sources():
        for i in range(50):
            pulled.append(i)
            yield f"{i}.txt", b""  # empty: refused at once, without loading the pipeline

    with ThreadPoolExecutor(2) as pool:
        results = in_order(pool.submit, sources(), window=4)
        first = next(results)
        assert len(pulled) == 4
        rest = list(results)
    assert isinstance(first, Refusal) and first.path == "0.txt"
    assert [r.path for r in rest] == [f"{i}.txt" for i in range(1, 50)]


def test_an_extraction_failure_is_a_refusal_not_a_crash(monkeypatch, nlp):
    def broken(nlp, document):
        raise ValueError("rule exploded")

    monkeypatch.setattr(ingest_module, "extract_document", broken)
    path = sorted(CORPUS.glob("*.txt"))[0]
    result = ingest_module.extract_file(str(path), path.read_bytes(), nlp)
    assert isinstance(result, Refusal) and "extraction failed: ValueError: rule exploded" in result.reason


def test_dask_engine_writes_the_same_database_as_plain_ingest(folder, tmp_path, corpus_db):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = ingest([folder], open_db(tmp_path / "dask.db"), engine="dask",
                         scheduler=cluster.scheduler_address)
    assert summary.ok and summary.ingested == 5
    assert table_rows(tmp_path / "dask.db") == relocated(table_rows(corpus_db), folder)
