"""Measure extraction against annotated samples (FACTS.md: per document, by type and normalized key, each key
matched at most once)."""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from extractors.base import FIELDS_BY_TYPE

TYPES = list(FIELDS_BY_TYPE)


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
            result.facts.append(fact)
    return result


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
    return (max(0.0, centre - half), min(1.0, centre + half))
