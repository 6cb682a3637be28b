"""Ingest report files into the database.

The parent process walks the files, reads each one's bytes and skips those already stored from the same bytes
by the same rules. The others are extracted — a pure function of a file's bytes and the lexicons — in this
process, in a pool of worker processes, or on a Dask cluster; results come back in file order to the parent,
the one writer, which stores them in transactions of whole documents. At most a few files are in flight at a
time, so memory does not grow with the corpus."""
from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from pipeline import EXTRACTOR_VERSION
from pipeline.db import FACT_COLUMNS, SENTENCE_COLUMNS, index_sentences
from pipeline.lexicons import load_lexicons
from pipeline.reading import Document, UnreadableFile, decode_document, too_large

if TYPE_CHECKING:  # not imported at run time: `policyfacts extract` starts faster without it
    import sqlite_utils

# A batch is written in one transaction: whichever limit comes first.
BATCH_DOCUMENTS = 50
BATCH_CHARS = 4_000_000
# Files in flight per worker: enough to keep every worker busy while the parent writes.
WINDOW_PER_WORKER = 2


@dataclass
class Extraction:
    document: Document
    sentences: list[dict]
    facts: list[dict]
    report_year: int | None = None
    lexicon_fingerprint: str = ""
    place: str | None = None  # adcode of the region the document is about (regions.main_place)


@dataclass
class Refusal:
    path: str
    reason: str


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


# ---- extraction: runs wherever the work is (this process, a worker process, a Dask worker)

def extract_document(nlp, document: Document) -> Extraction:
    """Run the pipeline over a document's text: its sentences (with their segmentation) and its facts."""
    from extractors.base import fact_record, facts
    from extractors.context import document_year

    from extractors.patterns import time_limit

    with time_limit():  # ExtractionTimeout past extraction's time limit (extractors/patterns.py)
        doc = nlp(document.text)
    bounds = doc.user_data["sentences"]
    starts = [s for s, _ in bounds]
    segmented = segmented_sentences(doc, bounds)
    sentences = [
        {"index": i, "start": s, "end": e, "text": document.text[s:e], "segmented": segmented[i]}
        for i, (s, e) in enumerate(bounds)
    ]
    records = []
    for span in facts(doc):
        record = fact_record(span, document.name)
        i = bisect.bisect_right(starts, record["start"]) - 1
        record["sentence_index"] = i if i >= 0 and record["start"] < bounds[i][1] else None
        records.append(record)
    return Extraction(document, sentences, records, document_year(document.text))


def segmented_sentences(doc, bounds: list[tuple[int, int]]) -> list[str]:
    """The words of each sentence (white-space tokens left out) joined by spaces, read from the Doc's arrays:
    a Token object for each word took a quarter of the extraction's time."""
    import numpy

    if not bounds:
        return []
    idx = doc.to_array("IDX").astype("int64")
    ends = idx + doc.to_array("LENGTH").astype("int64")
    starts = numpy.array([s for s, _ in bounds], dtype="int64")
    sentence = numpy.searchsorted(starts, idx, side="right") - 1
    sentence_end = numpy.array([e for _, e in bounds], dtype="int64")[sentence.clip(0)]
    kept = (sentence >= 0) & (idx < sentence_end) & (doc.to_array("IS_SPACE") == 0)
    text = doc.text
    words = [text[a:b] for a, b in zip(idx[kept].tolist(), ends[kept].tolist())]
    # the kept tokens are in order, so each sentence's words are one slice of them
    cuts = numpy.searchsorted(sentence[kept], numpy.arange(len(bounds) + 1)).tolist()
    return [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:])]


_worker = threading.local()  # one pipeline per worker thread: jieba and spaCy are not shared across threads


def worker_nlp():
    """This worker's pipeline, loaded (lexicons, dictionary, spaCy) on its first document only."""
    if not hasattr(_worker, "nlp"):
        from pipeline.nlp import make_nlp

        _worker.nlp = make_nlp()
    return _worker.nlp


def load_worker_pipeline() -> None:
    worker_nlp()


def extract_file(path: str, data: bytes, nlp=None) -> Extraction | Refusal:
    """A file's extraction, or why it is refused; a failure in one file never stops the others."""
    try:
        document = decode_document(path, data)
    except UnreadableFile as e:
        return Refusal(path, str(e))
    from extractors.patterns import ExtractionTimeout
    from pipeline.regions import place_code

    try:
        extraction = extract_document(nlp or worker_nlp(), document)
        # Read where the document is extracted, so that the one writer does not read every text again when it
        # places the zones.
        extraction.place = place_code(document.text)
    except ExtractionTimeout as e:
        return Refusal(path, f"{document.name}: {e}")
    except Exception as e:  # noqa: BLE001 — reported with the file's name, and the ingest goes on
        return Refusal(path, f"{document.name}: extraction failed: {type(e).__name__}: {e}")
    extraction.lexicon_fingerprint = load_lexicons().fingerprint
    return extraction


def in_order(submit: Callable, sources: Iterable[tuple[str, bytes]], window: int) -> Iterator:
    """Submit extract_file for each (path, bytes) with at most `window` in flight; results in file order."""
    pending: deque = deque()
    for path, data in sources:
        pending.append(submit(extract_file, path, data))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def extract_locally(sources: Iterator[tuple[str, bytes]], workers: int, nlp=None) -> Iterator:
    """Extract in this process (one worker) or in a pool of `workers` processes, each loading the pipeline
    once. The pool starts only when there is a file to extract."""
    if workers <= 1:
        for path, data in sources:
            yield extract_file(path, data, nlp)
        return
    first = next(sources, None)
    if first is None:
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, initializer=load_worker_pipeline) as pool:
        yield from in_order(pool.submit, itertools.chain([first], sources), WINDOW_PER_WORKER * workers)


def extract_on_dask(sources: Iterator[tuple[str, bytes]], scheduler: str | None, workers: int) -> Iterator:
    """Extract on a Dask distributed cluster: the scheduler at `scheduler`, or a local cluster of `workers`
    processes. Each file's bytes go to the cluster and its extraction comes back to this process."""
    first = next(sources, None)
    if first is None:
        return
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise RuntimeError("--engine dask needs Dask: pip install 'policyfacts[dask]'") from e

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    try:
        with Client(scheduler or cluster) as client:
            window = WINDOW_PER_WORKER * max(1, sum(client.nthreads().values()))

            def submit(function, path, data):
                return client.submit(function, path, data, pure=False)

            yield from in_order(submit, itertools.chain([first], sources), window)
    finally:
        if cluster is not None:
            cluster.close()


# ---- the parent: which files to extract, and the one writer

EXTRACT, UNCHANGED = "extract", "unchanged"


def triage(db: sqlite_utils.Database, path: Path, sha256: str, fingerprint: str,
           met: dict[str, tuple[str, str]]) -> str:
    """EXTRACT, UNCHANGED (stored from the same bytes by the same rules), or why the file is refused.
    `met` holds the (path, sha256) of each name already met in this run."""
    name = path.name
    if name in met:
        other_path, other_sha = met[name]
        if other_sha == sha256:
            return UNCHANGED
        return f"{name}: another file of that name is ingested from {other_path} in this run; rename one of them"
    rows = list(db.query(
        "select path, sha256, extractor_version, lexicon_fingerprint from documents where name = ?", [name]))
    row = rows[0] if rows else None
    if row and row["path"] != str(path) and row["sha256"] != sha256:
        return (f"{name}: another file of that name is already ingested from {row['path']}; "
                "rename one of them")
    met[name] = (str(path), sha256)
    if not row:
        return EXTRACT
    return UNCHANGED if is_current(row, sha256, fingerprint) else EXTRACT


def is_current(row: dict | None, sha256: str, fingerprint: str) -> bool:
    """A stored document row was extracted from these bytes by these rules."""
    return bool(row) and (row["sha256"], row["extractor_version"], row["lexicon_fingerprint"]) == (
        sha256, EXTRACTOR_VERSION, fingerprint)


def files_to_extract(paths, db, fingerprint, summary: IngestSummary,
                     on_file: Callable[[Path], None]) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of each file to extract; unchanged, missing and unreadable files are counted in the
    summary as they are met."""
    met: dict[str, tuple[str, str]] = {}
    for item in find_report_files(paths):
        if isinstance(item, tuple):
            summary.refused.append(item)
            continue
        summary.files += 1
        try:
            reason = too_large(item.name, item.stat().st_size)
            if reason:
                summary.refused.append((str(item), reason))
                on_file(item)
                continue
            data = item.read_bytes()
        except OSError as e:
            summary.refused.append((str(item), f"{item.name}: cannot be read: {e.strerror or e}"))
            on_file(item)
            continue
        verdict = triage(db, item, hashlib.sha256(data).hexdigest(), fingerprint, met)
        if verdict == EXTRACT:
            yield str(item), data
            continue
        if verdict == UNCHANGED:
            summary.unchanged += 1
        else:
            summary.refused.append((str(item), verdict))
        on_file(item)


def store(db: sqlite_utils.Database, extraction: Extraction) -> None:
    """Replace the document's rows with the new ones (inside the caller's transaction)."""
    d = extraction.document
    # Audit items keep their own copy of the fact and sentence; only their links to the old rows go.
    db.execute("update audit_items set sentence = null, fact_id = null where document = ?", [d.name])
    db.execute("delete from facts where document = ?", [d.name])
    db.execute("delete from sentences where document = ?", [d.name])
    db["documents"].upsert(
        {
            "name": d.name, "path": d.path, "sha256": d.sha256, "encoding": d.encoding, "chars": len(d.text),
            "text": d.text, "original_text": d.original_text,
            "warnings": json.dumps(d.warnings, ensure_ascii=False) if d.warnings else None,
            "report_year": extraction.report_year, "place": extraction.place,
            "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "extractor_version": EXTRACTOR_VERSION, "lexicon_fingerprint": extraction.lexicon_fingerprint,
        },
        pk="name",
    )
    insert_rows(db, "sentences", [c for c in SENTENCE_COLUMNS if c != "id"], [{"document": d.name, **s} for s in extraction.sentences])
    index_sentences(db, d.name)
    sentence_ids = {r["index"]: r["id"] for r in db.query(
        'select id, "index" from sentences where document = ?', [d.name])}
    rows = []
    for f in extraction.facts:
        row = {k: v for k, v in f.items() if k != "sentence_index"}
        row["sentence"] = sentence_ids.get(f["sentence_index"])
        row["extractor_version"] = EXTRACTOR_VERSION
        if isinstance(row.get("aliases"), list):
            row["aliases"] = json.dumps(row["aliases"], ensure_ascii=False)
        rows.append(row)
    insert_rows(db, "facts", [c for c in FACT_COLUMNS if c != "id"], rows)


def insert_rows(db: sqlite_utils.Database, table: str, columns: list[str], rows: list[dict]) -> None:
    """Insert rows (a key a row lacks is null) with one executemany: sqlite-utils' insert_all spent more time
    preparing the values than SQLite spent storing them. The values are plain (str, int, float, None)."""
    unknown = set().union(*rows) - set(columns)
    if unknown:
        raise ValueError(f"no such column in {table}: {', '.join(sorted(unknown))}")
    names = ", ".join(f'"{c}"' for c in columns)
    db.conn.executemany(f'insert into "{table}" ({names}) values ({", ".join("?" * len(columns))})',
                        [[row.get(c) for c in columns] for row in rows])


class BatchWriter:
    """The one writer: stores extractions in transactions of whole documents, so that no half document is
    ever visible and a crash loses at most the batch being written."""

    def __init__(self, db: sqlite_utils.Database, documents: int = BATCH_DOCUMENTS, chars: int = BATCH_CHARS):
        self.db, self.max_documents, self.max_chars = db, documents, chars
        self.pending: list[Extraction] = []
        self.chars = 0

    def add(self, extraction: Extraction) -> None:
        self.pending.append(extraction)
        self.chars += len(extraction.document.text)
        if len(self.pending) >= self.max_documents or self.chars >= self.max_chars:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        with self.db.conn:  # commits at the end, rolls back on any error
            self.db.conn.execute("begin immediate")  # take the write lock now, waiting up to the busy timeout
            for extraction in self.pending:
                store(self.db, extraction)
        self.pending, self.chars = [], 0


def ingest(
    paths: Iterable[str | Path],
    db: sqlite_utils.Database,
    nlp=None,
    on_file: Callable[[Path], None] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch: int = BATCH_DOCUMENTS,
) -> IngestSummary:
    """Ingest every report under `paths` into `db`. Unchanged documents are skipped; a file that cannot be
    read or extracted is recorded in the summary and the others go on. `engine` is "local" (this process
    when workers <= 1, else a pool of `workers` processes; `nlp` is used in this process only) or "dask"
    (the cluster at `scheduler`, or a local one of `workers` processes). `batch`: documents per write
    transaction."""
    started = time.perf_counter()
    summary = IngestSummary()
    fingerprint = load_lexicons().fingerprint
    on_file = on_file or (lambda _: None)
    sources = files_to_extract(paths, db, fingerprint, summary, on_file)
    if engine == "dask":
        results = extract_on_dask(sources, scheduler, workers)
    else:
        results = extract_locally(sources, workers, nlp)
    writer = BatchWriter(db, documents=batch)
    for result in results:
        if isinstance(result, Refusal):
            summary.refused.append((result.path, result.reason))
        elif result.lexicon_fingerprint != fingerprint:
            summary.refused.append((result.document.path, f"{result.document.name}: extracted with other "
                                    "lexicons than this machine's; give every worker the same lexicons/"))
        else:
            writer.add(result)
            summary.ingested += 1
            summary.warnings.extend(result.document.warnings)
            summary.facts_by_type.update(f["type"] for f in result.facts)
        on_file(Path(result.path if isinstance(result, Refusal) else result.document.path))
    writer.flush()
    if summary.ingested:
        rebuild_zones(db)
    summary.seconds = time.perf_counter() - started
    return summary


def rebuild_zones(db: sqlite_utils.Database) -> None:
    """One `zones` row per distinct zone name across all documents, with every alias and document, and its
    region and coordinates, read from its name and the places its documents are about."""
    from pipeline.regions import by_code, locate_zone

    zones: dict[str, dict] = {}
    # In one transaction that writes first, so that no other ingest adds facts between the reading and the
    # writing; in document order, so that the table does not depend on the order files were ingested in.
    with db.atomic():
        db.execute("delete from zones")
        places = {row["name"]: by_code().get(row["place"][:6]) for row in db.query(
            "select name, place from documents where place is not null "
            "and name in (select document from facts where type = 'zone')")}
        for row in db.query("select name, aliases, document from facts where type = 'zone' order by document, start"):
            zone = zones.setdefault(row["name"], {"name": row["name"], "aliases": [], "documents": []})
            for alias in json.loads(row["aliases"] or "[]"):
                if alias not in zone["aliases"]:
                    zone["aliases"].append(alias)
            if row["document"] not in zone["documents"]:
                zone["documents"].append(row["document"])
        for zone in zones.values():
            context = [places[d] for d in zone["documents"] if places.get(d)]
            db["zones"].insert({
                **zone,
                "aliases": json.dumps(zone["aliases"], ensure_ascii=False),
                "documents": json.dumps(zone["documents"], ensure_ascii=False),
                **locate_zone(zone["name"], context),
            }, alter=True)
