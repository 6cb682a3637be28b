"""Measure extraction against annotated samples (FACTS.md: per document, by type and normalized key, each key
matched at most once), and keep every run with its errors in the database."""
from __future__ import annotations

import bisect
import hashlib
import json
import math
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import sqlite_utils

from extractors.base import FIELDS_BY_TYPE
from pipeline import EXTRACTOR_VERSION

TYPES = list(FIELDS_BY_TYPE)
# Fields whose accuracy is scored on matched facts (zone attribution is scored apart).
SCORED_FIELDS = ("category", "target", "year", "kind", "role")


def _num(value, places: int):
    return None if value is None else round(float(value), places)


def match_key(fact: dict) -> tuple:
    """The normalized key a fact is matched on (FACTS.md, 'Annotated samples')."""
    t = fact["type"]
    if t == "zone" or t == "industry":
        return (t, fact.get("name"))
    if t == "area":
        return (t, _num(fact.get("value"), 6))
    if t == "money":
        return (t, fact.get("currency"), _num(fact.get("value"), 2))
    return (t, fact.get("year"), _num(fact.get("value"), 6), fact.get("unit"))


@dataclass
class AnnotationSet:
    facts: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "file:line: reason"


def load_annotations(folder: str | Path) -> AnnotationSet:
    """Every annotated fact under `folder` (*.jsonl). A malformed line is reported as file:line: reason and
    skipped."""
    result = AnnotationSet()
    for path in sorted(Path(folder).glob("*.jsonl")):
        for number, raw in enumerate(path.read_bytes().splitlines(), 1):
            where = f"{path.name}:{number}"
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                result.errors.append(f"{where}: not UTF-8 (byte {e.start} of the line)")
                continue
            if not line.strip():
                continue
            try:
                fact = json.loads(line)
            except json.JSONDecodeError as e:
                result.errors.append(f"{where}: not JSON ({e.msg})")
                continue
            if not isinstance(fact, dict):
                result.errors.append(f"{where}: not a JSON object")
                continue
            missing = [k for k in ("document", "type", "text") if not fact.get(k)]
            if missing:
                result.errors.append(f"{where}: missing {', '.join(missing)}")
                continue
            if not isinstance(fact["type"], str) or fact["type"] not in FIELDS_BY_TYPE:
                result.errors.append(f"{where}: unknown type {fact['type']!r}")
                continue
            absent = [k for k in FIELDS_BY_TYPE[fact["type"]] if k not in fact]
            if absent:
                result.errors.append(f"{where}: {fact['type']} fact lacks {', '.join(absent)}")
                continue
            result.facts.append(normalize_names(fact))
    return result


def normalize_names(fact: dict) -> dict:
    """The fact with its zone and name written as the stored text writes them (NFKC, simplified), so that an
    annotator who copied 深圳（大庆）合作产业园 from the file matches the extracted 深圳(大庆)合作产业园."""
    from pipeline.reading import normalize_text

    for key in ("name", "zone"):
        if isinstance(fact.get(key), str):
            fact[key] = normalize_text(fact[key])
    return fact


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    zone_right: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Comparison:
    scores: dict[str, TypeScore]
    matched: list[tuple[dict, dict]]  # (extracted, annotated)
    false_positives: list[dict]
    false_negatives: list[dict]

    def zone_accuracy(self) -> float:
        if not self.matched:
            return 1.0
        return sum(1 for e, a in self.matched if e.get("zone") == a.get("zone")) / len(self.matched)

    def field_accuracy(self) -> dict[str, tuple[int, int]]:
        """(right, compared) per scored field, over matched facts whose type carries the field."""
        counts = {name: [0, 0] for name in SCORED_FIELDS}
        for e, a in self.matched:
            for name in SCORED_FIELDS:
                if name in FIELDS_BY_TYPE[a["type"]]:
                    counts[name][0] += _same(name, e.get(name), a.get(name))
                    counts[name][1] += 1
        return {name: (right, n) for name, (right, n) in counts.items() if n}

    def mismatched_fields(self) -> list[tuple[dict, dict, list[str]]]:
        """Matched facts with a wrong zone or scored field: (extracted, annotated, the fields that differ)."""
        out = []
        for e, a in self.matched:
            names = [n for n in ("zone", *SCORED_FIELDS)
                     if (n == "zone" or n in FIELDS_BY_TYPE[a["type"]]) and not _same(n, e.get(n), a.get(n))]
            if names:
                out.append((e, a, names))
        return out


def _same(name: str, extracted, annotated) -> bool:
    if name == "target":  # 0/1 in SQLite, false/true in JSON
        return bool(extracted) == bool(annotated)
    return extracted == annotated


def compare(extracted: list[dict], annotated: list[dict]) -> Comparison:
    """Match extracted facts to annotated ones per document, type and key; each key at most once."""
    scores = {t: TypeScore() for t in TYPES}
    pending: dict[tuple, list[dict]] = defaultdict(list)
    for a in annotated:
        pending[(a["document"], *match_key(a))].append(a)
    matched, fps = [], []
    for e in sorted(extracted, key=lambda f: (f["document"], f.get("start") or 0)):
        bucket = pending.get((e["document"], *match_key(e)))
        if bucket:
            a = bucket.pop(0)
            matched.append((e, a))
            scores[e["type"]].tp += 1
            scores[e["type"]].zone_right += e.get("zone") == a.get("zone")
        else:
            fps.append(e)
            scores[e["type"]].fp += 1
    fns = [a for bucket in pending.values() for a in bucket]
    for a in fns:
        scores[a["type"]].fn += 1
    return Comparison(scores, matched, fps, fns)


def wilson_interval(successes: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% by default)."""
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # The interval always holds p; at p = 0 or 1 rounding would otherwise leave it a hair outside.
    return (max(0.0, min(p, centre - half)), min(1.0, max(p, centre + half)))


def score_figures(score: TypeScore) -> dict:
    """A type's counts with precision, recall and F1, and the Wilson 95% interval of precision and recall."""
    p_low, p_high = wilson_interval(score.tp, score.tp + score.fp)
    r_low, r_high = wilson_interval(score.tp, score.tp + score.fn)
    return {
        "tp": score.tp, "fp": score.fp, "fn": score.fn,
        "precision": score.precision, "precision_low": p_low, "precision_high": p_high,
        "recall": score.recall, "recall_low": r_low, "recall_high": r_high, "f1": score.f1,
    }


@dataclass
class AuditedDocument:
    """A document's text, its extracted facts and its sentences (with database ids when read from there)."""
    name: str
    text: str
    facts: list[dict]
    sentences: list[dict]  # start, end, text, id (None when not from the database)
    source: str  # "database" or "extracted"

    def sentence_at(self, offset: int) -> dict | None:
        starts = [s["start"] for s in self.sentences]
        i = bisect.bisect_right(starts, offset) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i]["end"] else None

    def locate(self, fact: dict) -> tuple[int, int] | None:
        """Where an annotated fact's text stands: its own offsets when they hold, else the first occurrence."""
        from pipeline.reading import normalize_text, to_simplified

        start, text = fact.get("start"), normalize_text(fact["text"])
        if isinstance(start, int) and self.text[start:start + len(text)] == text:
            return start, start + len(text)
        # A short snippet of a traditional-script report is too short to be judged traditional on its own; one
        # annotated across a hard wrap's line break (超5亿\n元) stands joined in the stored text (pipeline.hard_wrap).
        for candidate in (text, to_simplified(text, always=True), text.replace("\n", "")):
            found = self.text.find(candidate)
            if found >= 0:
                return found, found + len(candidate)
        return None


def find_document_file(annotation_dir: Path, name: str) -> Path | None:
    """Annotated samples sit beside their reports: corpus/annotations/*.jsonl for corpus/*.txt."""
    for folder in (annotation_dir.parent, annotation_dir):
        if (folder / name).is_file():
            return folder / name
    return None


def document_from_db(db: sqlite_utils.Database, name: str) -> AuditedDocument:
    text = db.execute("select text from documents where name = ?", [name]).fetchone()[0]
    facts = []
    for row in db.query("select * from facts where document = ? order by start, id", [name]):
        row = {k: v for k, v in row.items() if v is not None or k in ("zone", "year", "value_max")}
        if row["type"] == "zone":
            row["aliases"] = json.loads(row.get("aliases") or "[]")
        facts.append(row)
    sentences = list(db.query(
        'select id, start, "end", text from sentences where document = ? order by "index"', [name]))
    return AuditedDocument(name, text, facts, sentences, "database")


def document_from_file(nlp, path: Path) -> AuditedDocument:
    from pipeline.ingest import extract_document
    from pipeline.reading import read_document

    extraction = extract_document(nlp, read_document(path))
    sentences = [{"id": None, "start": s["start"], "end": s["end"], "text": s["text"]} for s in extraction.sentences]
    facts = [{k: v for k, v in f.items() if k != "sentence_index"} for f in extraction.facts]
    return AuditedDocument(path.name, extraction.document.text, facts, sentences, "extracted")


def audited_document(
    name: str, path: Path | None, db: sqlite_utils.Database | None, make_nlp: Callable
) -> AuditedDocument | None:
    """A document read from the database when it is ingested there and current (or its file is gone), else
    extracted from its file; None when it is in neither. `make_nlp` should return one pipeline for every call."""
    from pipeline.ingest import is_current
    from pipeline.lexicons import load_lexicons

    rows = list(db.query(
        "select sha256, extractor_version, lexicon_fingerprint from documents where name = ?", [name]
    )) if db is not None and "documents" in db.table_names() else []
    if rows and (path is None or is_current(rows[0], hashlib.sha256(path.read_bytes()).hexdigest(),
                                            load_lexicons().fingerprint)):
        return document_from_db(db, name)
    if path is not None:
        return document_from_file(make_nlp(), path)
    return None


def audited_documents(
    annotation_dir: Path, names: list[str], db: sqlite_utils.Database | None, make_nlp: Callable
) -> tuple[dict[str, AuditedDocument], list[str]]:
    """Each annotated document, and the reasons for the ones that could not be had."""
    from pipeline.reading import UnreadableFile

    documents, problems = {}, []
    for name in names:
        try:
            document = audited_document(name, find_document_file(annotation_dir, name), db, make_nlp)
        except (UnreadableFile, OSError) as e:
            problems.append(str(e))
            continue
        if document is None:
            problems.append(f"{name}: annotated, but neither beside the annotations nor in the database")
        else:
            documents[name] = document
    return documents, problems


@dataclass
class Audit:
    """One audit: the comparison, the documents it was made on, and what could not be used."""
    comparison: Comparison
    documents: dict[str, AuditedDocument]
    problems: list[str]  # malformed annotation lines, documents not found
    annotation_set: str
    annotation_sha256: str

    def figures(self) -> dict[str, dict]:
        return {t: score_figures(s) for t, s in self.comparison.scores.items() if s.tp + s.fp + s.fn}

    def items(self) -> list[dict]:
        """Every error with the sentence it stands in: false positives, false negatives, and matched facts with
        a wrong zone or field."""
        out = []
        for kind, fact in [("false_positive", f) for f in self.comparison.false_positives] + [
            ("false_negative", f) for f in self.comparison.false_negatives
        ]:
            out.append(self._item(kind, fact, fact["document"]))
        for e, a, names in self.comparison.mismatched_fields():
            item = self._item("wrong_field", e, e["document"])
            item["fields"] = ", ".join(names)
            item["expected"] = {n: a.get(n) for n in names}
            out.append(item)
        return out

    def _item(self, kind: str, fact: dict, name: str) -> dict:
        doc = self.documents.get(name)
        where = None
        if doc is not None:
            where = (fact["start"], fact["end"]) if kind != "false_negative" else doc.locate(fact)
        sentence = doc.sentence_at(where[0]) if where else None
        return {
            "kind": kind, "document": name, "type": fact["type"],
            "text": doc.text[where[0]:where[1]] if where else fact["text"],  # as the stored text has it
            "start": where[0] if where else None, "end": where[1] if where else None,
            "fact": {k: v for k, v in fact.items() if k not in ("document", "id", "sentence")},
            "sentence": sentence["id"] if sentence else None,
            "sentence_text": sentence["text"] if sentence else None,
        }

    def to_dict(self) -> dict:
        fields = self.comparison.field_accuracy()
        return {
            "annotation_set": self.annotation_set,
            "documents": {name: d.source for name, d in sorted(self.documents.items())},
            "types": self.figures(),
            "zone_accuracy": self.comparison.zone_accuracy(),
            "zone_matched": len(self.comparison.matched),
            "field_accuracy": {n: {"accuracy": r / c, "right": r, "compared": c} for n, (r, c) in fields.items()},
            "errors": self.items(),
            "problems": self.problems,
        }


def run_audit(annotation_dir: str | Path, db: sqlite_utils.Database | None, make_nlp: Callable) -> Audit:
    """Measure the extraction of the annotated documents against their annotations."""
    annotation_dir = Path(annotation_dir)
    files = sorted(annotation_dir.glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"{annotation_dir}: no annotated samples (*.jsonl) here")
    annotations = load_annotations(annotation_dir)
    names = sorted({a["document"] for a in annotations.facts})
    documents, missing = audited_documents(annotation_dir, names, db, make_nlp)
    annotated = [a for a in annotations.facts if a["document"] in documents]
    extracted = [f for d in documents.values() for f in d.facts]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()
    return Audit(compare(extracted, annotated), documents, annotations.errors + missing, str(annotation_dir), digest)


def git_commit() -> str | None:
    """The commit of the code that ran, with +dirty when the work tree has changes; None outside git."""
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=5)
        if head.returncode:
            return None
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, timeout=5).stdout.strip()
        return head.stdout.strip() + ("+dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return None


def store_run(
    db: sqlite_utils.Database, kind: str, figures: dict[str, dict], items: list[dict], **run_fields
) -> int:
    """Write one audit run (kind "annotations" or "review") with its per-type figures and its items, in one
    transaction; returns the run's id."""
    from pipeline.lexicons import load_lexicons

    with db.conn:
        run_id = db["audit_runs"].insert({
            "kind": kind,
            "run_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "extractor_version": EXTRACTOR_VERSION,
            "lexicon_fingerprint": load_lexicons().fingerprint,
            "git_commit": git_commit(),
            **run_fields,
        }).last_pk
        db["audit_scores"].insert_all({"run": run_id, "type": t, **f} for t, f in figures.items())
        db["audit_items"].insert_all(
            {**item, "run": run_id, "fact": json.dumps(item["fact"], ensure_ascii=False),
             "expected": json.dumps(item["expected"], ensure_ascii=False) if item.get("expected") else None}
            for item in items
        )
    return run_id
