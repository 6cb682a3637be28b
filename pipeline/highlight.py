"""A document as an HTML page with its facts highlighted by type, drawn by displaCy's span renderer; in an
audit, false positives and missed facts are marked apart from the rest."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape

from spacy import displacy

from extractors.base import FIELDS_BY_TYPE

TYPE_COLORS = {"zone": "#a6cee3", "area": "#b2df8a", "money": "#fdbf6f", "target": "#cab2d6", "industry": "#ffff99"}
FALSE_POSITIVE_COLOR = "#e31a1c"
MISSED_COLOR = "#969696"

# displaCy's own templates with the white space between tags taken out: the page keeps the report's line
# breaks (white-space: pre-wrap), so any white space in the markup would show.
SPAN_TEMPLATES = {
    "span": '<span style="font-weight: bold; display: inline-block; position: relative; '
            'height: {total_height}px;">{text}{span_slices}{span_starts}</span>',
    "slice": '<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; '
             'width: calc(100% + 2px); position: absolute;"></span>',
    "start": '<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; '
             'border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">'
             '<span style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; '
             'position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; '
             'white-space: nowrap;">{label}{kb_link}</span></span>',
}

PAGE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: sans-serif; margin: 1.5em auto; max-width: 60em; padding: 0 1em; }}
.spans {{ white-space: pre-wrap; line-height: 3.2 !important; }}
.legend span {{ display: inline-block; padding: 0 .5em; margin-right: .4em; border-radius: 3px; }}
:target {{ outline: 3px solid #e31a1c; }}
</style></head>
<body><h1>{title}</h1>
<p class="legend">{legend}</p>
<p>{summary}</p>
{content}
</body></html>
"""


@dataclass
class AuditMarks:
    """What an audit says of a document's facts: which extracted facts are false positives (by type, start,
    end) and which annotated facts were missed (with the offsets they stand at)."""
    false_positives: set[tuple[str, int, int]] = field(default_factory=set)
    missed: list[dict] = field(default_factory=list)


# The false positives and missed facts of a document in the latest audit against annotated samples.
LATEST_AUDIT_ITEMS_SQL = """
    select kind, type, text, start, "end", fact from audit_items
    where document = :document and kind in ('false_positive', 'false_negative')
      and run = (select max(id) from audit_runs where kind = 'annotations')
"""


def marks_from_items(items: list[dict], text: str) -> AuditMarks:
    """Audit marks from audit items (stored rows or fresh ones); an item whose offsets no longer hold (the
    document changed since the audit) is left out."""
    marks = AuditMarks()
    for item in items:
        start, end = item.get("start"), item.get("end")
        if start is None or text[start:end] != item["text"]:
            continue
        if item["kind"] == "false_positive":
            marks.false_positives.add((item["type"], start, end))
        elif item["kind"] == "false_negative":
            fact = json.loads(item["fact"]) if isinstance(item["fact"], str) else dict(item["fact"])
            marks.missed.append({**fact, "type": item["type"], "start": start, "end": end})
    return marks


def short_value(value) -> str:
    """3.1793亿, 8000万, 9.2: a number as an analyst reads it."""
    if value is None:
        return ""
    number = Decimal(str(value))
    for size, word in ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万")):
        if abs(number) >= size:
            return f"{(number / size).normalize():f}{word}"
    return f"{number.normalize():f}"


def describe(fact: dict) -> str:
    """The normalized value shown beside a highlighted fact."""
    t = fact["type"]
    if t in ("zone", "industry"):
        return fact.get("name") or ""
    value = short_value(fact.get("value"))
    if fact.get("value_max") is not None:
        value += "–" + short_value(fact["value_max"])
    unit = {"money": fact.get("currency"), "area": "km²", "target": fact.get("unit")}.get(t) or ""
    year = f"{fact['year']}: " if fact.get("year") else ""
    return f"{year}{value} {unit}".strip()


def details(fact: dict) -> str:
    """Every normalized field of a fact, one per line, for the hover text."""
    names = ("type", *FIELDS_BY_TYPE.get(fact["type"], ()), "zone")

    def show(value):
        return f"{Decimal(str(value)).normalize():f}" if isinstance(value, float) else value

    return "\n".join(f"{n}: {show(fact.get(n))}" for n in names if fact.get(n) not in (None, "", []))


def _label(fact: dict, prefix: str, anchor: str | None) -> str:
    # displaCy puts labels into the page as they are: everything from the report is escaped here.
    anchor_attr = f' id="{escape(anchor)}"' if anchor else ""
    return (f'<span{anchor_attr} title="{escape(details(fact))}">{escape(prefix + fact["type"])} '
            f'{escape(describe(fact))}</span>')


def render_spans(text: str, facts: list[dict], marks: AuditMarks | None = None) -> str:
    """The report text with every fact (and every missed fact) underlined and labelled, as displaCy markup."""
    marks = marks or AuditMarks()
    marked = []  # (start, end, label, color)
    for i, fact in enumerate(facts):
        key = (fact["type"], fact["start"], fact["end"])
        false_positive = key in marks.false_positives
        anchor = f"fact-{fact['id']}" if fact.get("id") is not None else f"fact-{i}"
        label = _label(fact, "✗ " if false_positive else "", anchor)
        marked.append((fact["start"], fact["end"], label,
                       FALSE_POSITIVE_COLOR if false_positive else TYPE_COLORS[fact["type"]]))
    for fact in marks.missed:
        marked.append((fact["start"], fact["end"], _label(fact, "missed ", None), MISSED_COLOR))
    marked = [m for m in marked if 0 <= m[0] < m[1] <= len(text)]
    # Tokens cut at every fact boundary, so that each fact is a run of whole tokens (displaCy marks tokens).
    cuts = sorted({0, len(text), *(m[0] for m in marked), *(m[1] for m in marked)})
    tokens = [text[a:b] for a, b in zip(cuts, cuts[1:])]
    index = {offset: i for i, offset in enumerate(cuts)}
    spans = [{"start_token": index[s], "end_token": index[e], "label": label} for s, e, label, _ in marked]
    options = {"template": SPAN_TEMPLATES, "colors": {label: color for _, _, label, color in marked}}
    return displacy.render({"text": text, "tokens": tokens, "spans": spans}, style="span", manual=True,
                           options=options)


def render_page(name: str, text: str, facts: list[dict], marks: AuditMarks | None = None) -> str:
    """A whole HTML page: title, legend, counts, and the highlighted text."""
    legend = "".join(f'<span style="background: {c}">{t}</span>' for t, c in TYPE_COLORS.items())
    summary = f"{len(facts)} facts"
    if marks is not None:
        legend += (f'<span style="background: {FALSE_POSITIVE_COLOR}; color: #fff">✗ false positive</span>'
                   f'<span style="background: {MISSED_COLOR}">missed</span>')
        summary += f"; audit: {len(marks.false_positives)} false positives, {len(marks.missed)} missed"
    summary += ". Hover over a label for every normalized field."
    return PAGE.format(title=escape(name), legend=legend, summary=summary,
                       content=render_spans(text, facts, marks))


def document_page(target: str, db, annotation_dir: str | None, make_nlp) -> str:
    """The page of a document given by its name in the database or by its file. Audit marks come from the
    annotations in `annotation_dir` when given, else from the latest audit stored in the database."""
    from pathlib import Path

    from pipeline.audit import Audit, audited_document, compare, load_annotations

    path = Path(target)
    document = audited_document(path.name, path if path.is_file() else None, db, make_nlp)
    if document is None:
        raise LookupError(f"{target}: no such file, and no document of that name in the database")
    marks = None
    if annotation_dir:
        annotated = [a for a in load_annotations(annotation_dir).facts if a["document"] == document.name]
        audit = Audit(compare(document.facts, annotated), {document.name: document}, [], str(annotation_dir), "")
        marks = marks_from_items(audit.items(), document.text)
    elif document.source == "database" and "audit_items" in db.table_names():
        items = list(db.query(LATEST_AUDIT_ITEMS_SQL, {"document": document.name}))
        marks = marks_from_items(items, document.text) if items else None
    return render_page(document.name, document.text, document.facts, marks)
