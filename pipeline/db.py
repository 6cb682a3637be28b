"""The SQLite database: tables, views and full-text search, all written with sqlite-utils."""
from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where a database is opened: `policyfacts extract` starts faster without it
    import sqlite_utils

# FTS5 over the jieba-segmented sentence text: words are separated by spaces, so the default tokenizer finds
# Chinese words.
FACT_COLUMNS = {
    "id": int, "document": str, "sentence": int, "zone": str, "type": str, "text": str, "start": int, "end": int,
    "value": float, "value_max": float, "approx": str, "currency": str, "category": str, "kind": str,
    "target": int, "year": int, "metric": str, "unit": str, "name": str, "role": str, "aliases": str,
    "extractor": str, "extractor_version": str,
}

SENTENCE_INSERT_TRIGGER = "sentences_ai"  # made by sqlite-utils' enable_fts; see ensure_schema

SENTENCE_COLUMNS = {"id": int, "document": str, "index": int, "start": int, "end": int, "text": str,
                    "segmented": str}

VIEWS = {
    "areas": """
        select f.id, f.document, f.zone, f.text, f.value as km2, f.value_max as km2_max, f.approx, f.kind,
               f.target, f.year, s.text as sentence
        from facts f left join sentences s on s.id = f.sentence where f.type = 'area'""",
    "money": """
        select f.id, f.document, f.zone, f.text, f.value, round(f.value / 1e8, 4) as value_yi, f.value_max,
               f.currency, f.approx, f.category, f.target, f.year, s.text as sentence
        from facts f left join sentences s on s.id = f.sentence where f.type = 'money'""",
    "investments": """
        select f.id, f.document, f.zone, f.text, f.value, round(f.value / 1e8, 4) as value_yi, f.value_max,
               f.currency, f.approx, f.category, f.target, f.year, s.text as sentence
        from facts f left join sentences s on s.id = f.sentence
        where f.type = 'money' and f.category in ('investment', 'financing')""",
    "targets": """
        select f.id, f.document, f.zone, f.text, f.year, f.metric, f.value,
               case when f.unit in ('CNY', 'USD') then round(f.value / 1e8, 4) end as value_yi, f.value_max,
               f.unit, s.text as sentence
        from facts f left join sentences s on s.id = f.sentence where f.type = 'target'""",
    "industries": """
        select f.id, f.document, f.zone, f.name, f.role, f.text, s.text as sentence
        from facts f left join sentences s on s.id = f.sentence where f.type = 'industry'""",
}


BUSY_TIMEOUT_MS = 30000


def use_wal(db: sqlite_utils.Database) -> None:
    """Write-ahead logging, so that readers and one writer work at once. SQLite does not wait (busy_timeout) to
    switch a database to WAL while another connection is switching it too: retry for as long."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.execute("pragma journal_mode = wal")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def open_db(path) -> sqlite_utils.Database:
    """Open (creating if need be) the facts database, with its tables, indexes and views in place."""
    import sqlite_utils

    db = sqlite_utils.Database(path)
    db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")  # first: what follows may wait for another ingest
    use_wal(db)
    # The write lock before reading the schema: two ingests starting at once then wait for each other instead
    # of one failing with "database is locked" (a transaction that read first cannot wait to write).
    db.execute("begin immediate")
    try:
        ensure_schema(db)
    except BaseException:
        db.rollback()
        raise
    db.execute("commit")
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    if "documents" not in db.table_names():
        db["documents"].create(
            {
                "name": str, "path": str, "sha256": str, "encoding": str, "chars": int, "text": str,
                "original_text": str, "warnings": str, "report_year": int, "place": str, "ingested_at": str,
                "extractor_version": str, "lexicon_fingerprint": str,
            },
            pk="name",
        )
    if "place" not in db["documents"].columns_dict:
        add_places(db)
    if "sentences" not in db.table_names():
        db["sentences"].create(
            SENTENCE_COLUMNS,
            pk="id",
            foreign_keys=[("document", "documents", "name")],
        )
        db["sentences"].create_index(["document", "index"], unique=True)
        db["sentences"].enable_fts(["segmented"], fts_version="FTS5", create_triggers=True)
    # Deletes and updates reach the index through triggers; inserts through index_sentences, a document at a
    # time: a trigger per inserted row made storing sentences four times as slow (0.63 s against 0.16 s for
    # the 16,300 sentences of 2 MB of reports).
    db.execute(f"drop trigger if exists {SENTENCE_INSERT_TRIGGER}")
    if "zones" not in db.table_names():
        db["zones"].create(
            {"name": str, "aliases": str, "documents": str, "province": str, "city": str, "county": str,
             "adcode": str, "latitude": float, "longitude": float, "location_precision": str},
            pk="name",
        )
    if "facts" not in db.table_names():
        db["facts"].create(
            FACT_COLUMNS,
            pk="id",
            foreign_keys=[
                ("document", "documents", "name"),
                ("sentence", "sentences", "id"),
                ("zone", "zones", "name"),
            ],
        )
        for columns in (["document"], ["type"], ["zone"], ["sentence"]):
            db["facts"].create_index(columns)
    ensure_audit_schema(db)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


def add_places(db: sqlite_utils.Database) -> None:
    """The `place` column, for a database made before it: the region each stored document is about."""
    from pipeline.regions import place_code

    db["documents"].add_column("place", str)
    for row in list(db.query("select name, text from documents")):
        db.execute("update documents set place = ? where name = ?", [place_code(row["text"]), row["name"]])


def index_sentences(db: sqlite_utils.Database, document: str) -> None:
    """Add a document's sentences, just inserted, to the full-text index (in the caller's transaction)."""
    db.execute("insert into sentences_fts (rowid, segmented) select id, segmented from sentences where document = ?",
               [document])


def ensure_audit_schema(db: sqlite_utils.Database) -> None:
    """Audit runs (against annotated samples, or reviews of a random sample), their per-type figures and each
    error next to its document and sentence."""
    if "audit_runs" not in db.table_names():
        db["audit_runs"].create(
            {"id": int, "kind": str, "run_at": str, "extractor_version": str, "lexicon_fingerprint": str,
             "git_commit": str, "annotation_set": str, "annotation_sha256": str, "documents": int,
             "problems": str},
            pk="id",
        )
    if "audit_scores" not in db.table_names():
        db["audit_scores"].create(
            {"id": int, "run": int, "type": str, "tp": int, "fp": int, "fn": int, "precision": float,
             "precision_low": float, "precision_high": float, "recall": float, "recall_low": float,
             "recall_high": float, "f1": float},
            pk="id",
            foreign_keys=[("run", "audit_runs", "id")],
        )
    if "audit_items" not in db.table_names():
        db["audit_items"].create(
            {"id": int, "run": int, "kind": str, "document": str, "sentence": int, "fact_id": int, "type": str,
             "text": str, "start": int, "end": int, "fact": str, "fields": str, "expected": str,
             "sentence_text": str, "note": str},
            pk="id",
            foreign_keys=[("run", "audit_runs", "id"), ("document", "documents", "name"),
                          ("sentence", "sentences", "id"), ("fact_id", "facts", "id")],
        )
        db["audit_items"].create_index(["run"])
        db["audit_items"].create_index(["document"])


def checkpoint(path) -> None:
    """Write what the write-ahead log holds into the database file itself. Datasette opens the database
    immutable, reading the file alone: without this it would not show what an interrupted ingest committed."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("pragma wal_checkpoint(truncate)")
    finally:
        conn.close()
