"""Ingest report files into the database: read, extract, and write each document in one transaction."""
from __future__ import annotations

import bisect
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

import sqlite_utils

from extractors.base import fact_record, facts
from extractors.context import document_year
from extractors.patterns import ExtractionTimeout, time_limit
from pipeline import EXTRACTOR_VERSION
from pipeline.lexicons import load_lexicons
from pipeline.reading import Document, UnreadableFile, read_document


@dataclass
class Extraction:
    document: Document
    sentences: list[dict]
    facts: list[dict]


@dataclass
class IngestSummary:
    files: int = 0
    ingested: int = 0
    unchanged: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[str] = field(default_factory=list)
    facts_by_type: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.refused


def find_report_files(paths: Iterable[str | Path]) -> Iterator[Path | tuple[str, str]]:
    """Each `*.txt` file under the given files and folders, in a stable order; a path that does not exist
    comes out as (path, reason). Symlinked folders are not followed, so a link loop cannot trap the walk."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*.txt")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f
        elif p.is_file():
            yield p
        else:
            yield (str(p), f"{p}: no such file or folder")


def extract_document(nlp, document: Document) -> Extraction:
    """Run the pipeline over a document's text: its sentences (with their segmentation) and its facts.
    Raises ExtractionTimeout when the text takes longer than extraction's time limit (extractors/patterns.py)."""
    with time_limit():
        doc = nlp(document.text)
    bounds = doc.user_data["sentences"]
    starts = [s for s, _ in bounds]
    words: list[list[str]] = [[] for _ in bounds]
    for token in doc:
        i = bisect.bisect_right(starts, token.idx) - 1
        if i >= 0 and token.idx < bounds[i][1] and not token.is_space:
            words[i].append(token.text)
    sentences = [
        {"index": i, "start": s, "end": e, "text": document.text[s:e], "segmented": " ".join(words[i])}
        for i, (s, e) in enumerate(bounds)
    ]
    records = []
    for span in facts(doc):
        record = fact_record(span, document.name)
        i = bisect.bisect_right(starts, record["start"]) - 1
        record["sentence_index"] = i if i >= 0 and record["start"] < bounds[i][1] else None
        records.append(record)
    return Extraction(document, sentences, records)


def is_current(db: sqlite_utils.Database, document: Document, fingerprint: str) -> bool:
    """The database already holds this document, extracted from the same bytes by the same rules."""
    rows = list(db.query(
        "select sha256, extractor_version, lexicon_fingerprint from documents where name = ?", [document.name]
    ))
    return bool(rows) and (rows[0]["sha256"], rows[0]["extractor_version"], rows[0]["lexicon_fingerprint"]) == (
        document.sha256, EXTRACTOR_VERSION, fingerprint)


def store(db: sqlite_utils.Database, extraction: Extraction, fingerprint: str) -> None:
    """Replace the document's rows with the new ones, in one transaction: no half document is ever visible.
    (db.atomic, not `with db.conn`: sqlite-utils commits each statement run outside a transaction it opened.)"""
    d = extraction.document
    with db.atomic():
        db.execute("delete from facts where document = ?", [d.name])
        db.execute("delete from sentences where document = ?", [d.name])
        db["documents"].upsert(
            {
                "name": d.name, "path": d.path, "sha256": d.sha256, "encoding": d.encoding, "chars": len(d.text),
                "text": d.text, "original_text": d.original_text, "warnings": json.dumps(d.warnings, ensure_ascii=False) if d.warnings else None,
                "report_year": document_year(d.text),
                "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "extractor_version": EXTRACTOR_VERSION, "lexicon_fingerprint": fingerprint,
            },
            pk="name",
        )
        sentence_ids = {}
        for s in extraction.sentences:
            sentence_ids[s["index"]] = db["sentences"].insert({"document": d.name, **s}).last_pk
        rows = []
        for f in extraction.facts:
            row = {k: v for k, v in f.items() if k != "sentence_index"}
            row["sentence"] = sentence_ids.get(f["sentence_index"])
            row["extractor_version"] = EXTRACTOR_VERSION
            if isinstance(row.get("aliases"), list):
                row["aliases"] = json.dumps(row["aliases"], ensure_ascii=False)
            rows.append(row)
        if rows:
            db["facts"].insert_all(rows)


def ingest(
    paths: Iterable[str | Path],
    db: sqlite_utils.Database,
    nlp=None,
    on_file: Callable[[Path], None] | None = None,
) -> IngestSummary:
    """Ingest every report under `paths` into `db`. Unchanged documents are skipped; a file that cannot be
    read is recorded in the summary and the others go on."""
    from pipeline.nlp import make_nlp

    started = time.perf_counter()
    summary = IngestSummary()
    fingerprint = load_lexicons().fingerprint
    for item in find_report_files(paths):
        if isinstance(item, tuple):
            summary.refused.append(item)
            continue
        summary.files += 1
        try:
            document = read_document(item)
        except UnreadableFile as e:
            summary.refused.append((str(item), str(e)))
            continue
        finally:
            if on_file:
                on_file(item)
        summary.warnings.extend(document.warnings)
        clash = list(db.query("select path, sha256 from documents where name = ?", [document.name]))
        if clash and clash[0]["path"] != document.path and clash[0]["sha256"] != document.sha256:
            summary.refused.append((str(item), f"{document.name}: another file of that name is already ingested "
                                               f"from {clash[0]['path']}; rename one of them"))
            continue
        if is_current(db, document, fingerprint):
            summary.unchanged += 1
            continue
        nlp = nlp or make_nlp()
        try:
            extraction = extract_document(nlp, document)
        except ExtractionTimeout as e:
            summary.refused.append((str(item), f"{document.name}: {e}"))
            continue
        store(db, extraction, fingerprint)
        summary.ingested += 1
        summary.facts_by_type.update(f["type"] for f in extraction.facts)
    if summary.ingested:
        rebuild_zones(db)
    summary.seconds = time.perf_counter() - started
    return summary


def rebuild_zones(db: sqlite_utils.Database) -> None:
    """One `zones` row per distinct zone name across all documents, with every alias and document, and its
    province, city and county as far as its name says."""
    from pipeline.regions import locate

    zones: dict[str, dict] = {}
    # In one transaction that writes first, so that no other ingest adds facts between the reading and the
    # writing; in document order, so that the table does not depend on the order files were ingested in.
    with db.atomic():
        db.execute("delete from zones")
        for row in db.query("select name, aliases, document from facts where type = 'zone' order by document, start"):
            zone = zones.setdefault(row["name"], {"name": row["name"], "aliases": [], "documents": []})
            for alias in json.loads(row["aliases"] or "[]"):
                if alias not in zone["aliases"]:
                    zone["aliases"].append(alias)
            if row["document"] not in zone["documents"]:
                zone["documents"].append(row["document"])
        for zone in zones.values():
            db["zones"].insert({
                **zone,
                "aliases": json.dumps(zone["aliases"], ensure_ascii=False),
                "documents": json.dumps(zone["documents"], ensure_ascii=False),
                **locate(zone["name"]),
            })
