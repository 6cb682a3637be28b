"""Reviewing new reports without annotating them: a random sample of extracted facts, stratified by type, goes
out as a CSV; the analyst marks each y or n; the CSV comes back as an honest precision estimate per type."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import sqlite_utils

from extractors.base import FIELDS_BY_TYPE
from pipeline.audit import TYPES, wilson_interval

FIELD_COLUMNS = ["value", "value_max", "currency", "unit", "approx", "category", "kind", "target", "year", "metric",
                 "name", "role", "zone"]
REVIEW_COLUMNS = ["fact_id", "document", "type", "text", "sentence", *FIELD_COLUMNS, "correct", "note"]
YES = {"y", "yes", "1", "true", "t", "是", "对", "√", "✓"}
NO = {"n", "no", "0", "false", "f", "否", "错", "×", "✗"}


def allocate(available: dict[str, int], n: int) -> dict[str, int]:
    """Split n draws across types as evenly as their counts allow (one round at a time); what a small type
    cannot take goes to the others."""
    share = dict.fromkeys(available, 0)
    while n > 0 and any(share[t] < available[t] for t in available):
        for t in available:
            if n > 0 and share[t] < available[t]:
                share[t] += 1
                n -= 1
    return share


def highlight_in_sentence(sentence: str | None, sentence_start: int | None, fact: dict) -> str:
    """The sentence with the fact's text between 【】, so a reviewer sees which occurrence is meant."""
    if not sentence or sentence_start is None:
        return f"【{fact['text']}】"
    a, b = fact["start"] - sentence_start, fact["end"] - sentence_start
    return f"{sentence[:a]}【{sentence[a:b]}】{sentence[b:]}"


def sample_facts(db: sqlite_utils.Database, n: int, types: list[str] | None = None, seed: int = 7) -> pd.DataFrame:
    """A random sample of n facts from the database, stratified by type, as review rows."""
    facts = pd.DataFrame(db.query(
        """select f.*, f.id as fact_id, s.text as sentence_text, s.start as sentence_start
           from facts f left join sentences s on s.id = f.sentence"""))
    if facts.empty:
        return pd.DataFrame(columns=REVIEW_COLUMNS)
    if types:
        facts = facts[facts["type"].isin(types)]
    counts = facts["type"].value_counts().to_dict()
    shares = allocate({t: counts[t] for t in TYPES if t in counts}, n)
    picked = pd.concat([
        facts[facts["type"] == t].sample(k, random_state=seed) for t, k in shares.items() if k
    ]) if any(shares.values()) else facts.head(0)
    picked = picked.sort_values(["type", "document", "start"])
    picked["sentence"] = [
        highlight_in_sentence(row.sentence_text, None if pd.isna(row.sentence_start) else int(row.sentence_start),
                              {"text": row.text, "start": row.start, "end": row.end})
        for row in picked.itertuples()
    ]
    for column in FIELD_COLUMNS:
        if column not in picked:
            picked[column] = None
    # Show only the fields the fact's type carries: a money fact's empty `kind` is noise to a reviewer.
    for t, fields in FIELDS_BY_TYPE.items():
        unused = [c for c in FIELD_COLUMNS if c not in fields and c != "zone"]
        picked.loc[picked["type"] == t, unused] = None
    for column in ("year", "target"):  # whole numbers, not 2015.0
        picked[column] = pd.to_numeric(picked[column]).astype("Int64")
    picked["correct"] = ""
    picked["note"] = ""
    return picked[REVIEW_COLUMNS].reset_index(drop=True)


def write_review_csv(rows: pd.DataFrame, path: str | Path) -> None:
    # UTF-8 with a BOM: spreadsheet programs then open the Chinese text intact.
    rows.to_csv(path, index=False, encoding="utf-8-sig")


@dataclass
class Review:
    rows: pd.DataFrame  # the reviewed rows, with `verdict` True / False / None (not reviewed)
    problems: list[str] = field(default_factory=list)  # "file:line: reason"

    def figures(self) -> dict[str, dict]:
        """Per type: correct and wrong counts, precision with its Wilson 95% interval, rows not reviewed."""
        out = {}
        for t, group in self.rows.groupby("type", sort=True):
            right = int((group["verdict"] == True).sum())  # noqa: E712 (object column holding True/False/None)
            wrong = int((group["verdict"] == False).sum())  # noqa: E712
            low, high = wilson_interval(right, right + wrong)
            out[t] = {"tp": right, "fp": wrong, "precision": right / (right + wrong) if right + wrong else None,
                      "precision_low": low, "precision_high": high, "reviewed": right + wrong,
                      "not_reviewed": int(group["verdict"].isna().sum())}
        return out


def parse_verdict(value: str) -> bool | None:
    """y / n (and their usual spellings) to True / False; blank to None; anything else raises ValueError."""
    word = str(value).strip().lower()
    if not word:
        return None
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValueError(f"correct must be y or n (or blank), not {value!r}")


def read_review_csv(path: str | Path) -> Review:
    """A reviewed sample back from its CSV. A row with an unreadable verdict is reported and counted as not
    reviewed."""
    path = Path(path)
    rows = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    missing = [c for c in ("fact_id", "type", "correct") if c not in rows.columns]
    if missing:
        raise ValueError(f"{path.name}: not a review sheet, it lacks the column(s) {', '.join(missing)}")
    problems, verdicts = [], []
    for line, value in enumerate(rows["correct"], start=2):  # line 1 is the header
        try:
            verdicts.append(parse_verdict(value))
        except ValueError as e:
            problems.append(f"{path.name}:{line}: {e}")
            verdicts.append(None)
    rows["verdict"] = pd.Series(verdicts, index=rows.index, dtype=object)
    return Review(rows, problems)


def review_items(review: Review) -> list[dict]:
    """The facts the reviewer marked wrong, as audit items."""
    items = []
    for row in review.rows[review.rows["verdict"] == False].itertuples():  # noqa: E712
        fact_id = int(row.fact_id) if str(row.fact_id).isdigit() else None
        items.append({
            "kind": "rejected", "document": getattr(row, "document", None), "type": row.type,
            "text": getattr(row, "text", None), "fact_id": fact_id, "sentence_text": getattr(row, "sentence", None),
            "note": getattr(row, "note", None) or None,
            "fact": {c: getattr(row, c) for c in FIELD_COLUMNS if getattr(row, c, "") not in ("", None)},
        })
    return items
