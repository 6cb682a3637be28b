"""What every extractor shares: the fact fields of FACTS.md as spaCy extension attributes, and adding a fact
to `doc.spans["facts"]` at exact character offsets."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

FACTS_KEY = "facts"

# The contract (../shared/FACTS.md): the fields each fact type carries besides document, type, text,
# start, end and zone.
FIELDS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "zone": ("name", "aliases"),
    "area": ("value", "value_max", "approx", "kind", "target", "year"),
    "money": ("value", "value_max", "currency", "approx", "category", "target", "year"),
    "target": ("year", "metric", "value", "value_max", "unit"),
    "industry": ("name", "role"),
}
SPAN_FIELDS = sorted({f for fields in FIELDS_BY_TYPE.values() for f in fields} | {"zone", "extractor"})


def _field(name: str):
    """A fact field kept per span *and label*. spaCy keys a span's extension values by its character offsets
    alone, so a target fact spanning exactly a money fact's text (a goal figure with no metric before it) would
    overwrite that money fact's year, value and extractor."""

    def key(span: Span) -> tuple:
        return ("policyfacts", name, span.start_char, span.end_char, span.label)

    def get(span: Span):
        return span.doc.user_data.get(key(span))

    def set_(span: Span, value) -> None:
        span.doc.user_data[key(span)] = value

    return get, set_


def register_extensions() -> None:
    for name in SPAN_FIELDS:
        if not Span.has_extension(name):
            getter, setter = _field(name)
            Span.set_extension(name, getter=getter, setter=setter)


def _align(doc: Doc, offsets: set[int]) -> None:
    """Split tokens so that each offset falls on a token boundary (a fact may start inside a jieba word:
    开发区内 segmented as 开发 + 区内). Only the token holding an offset can need a split: found by bisection."""
    starts = doc.to_array("IDX").tolist()
    cuts: dict[int, list[int]] = {}
    for offset in sorted(offsets):
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and starts[i] < offset < starts[i] + len(doc[i].text):
            cuts.setdefault(i, []).append(offset - starts[i])
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, positions in sorted(cuts.items()):
            token = doc[i]
            bounds = [0, *sorted(set(positions)), len(token.text)]
            pieces = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))


def document_text(doc: Doc) -> str:
    """doc.text, joined once per document: spaCy rebuilds `doc.text` from every token at each access, which
    made extraction quadratic in a document's length."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def add_fact(doc: Doc, start: int, end: int, type_: str, extractor: str, **fields) -> Span | None:
    """Add a fact spanning doc.text[start:end] exactly; returns None if that text is only white space."""
    if not document_text(doc)[start:end].strip():
        return None
    span = doc.char_span(start, end)
    if span is None:
        # Splitting tokens moves the token indices of the facts already found: rebuild them from their
        # character offsets (their extension values are keyed by offsets and label, so they stay).
        existing = [(s.start_char, s.end_char, s.label_) for s in facts(doc)]
        _align(doc, {start, end})
        doc.spans[FACTS_KEY] = [doc.char_span(a, b, label=label) for a, b, label in existing]
        span = doc.char_span(start, end)
    span = Span(doc, span.start, span.end, label=type_)
    span._.extractor = extractor
    for name, value in fields.items():
        setattr(span._, name, value)
    if FACTS_KEY in doc.spans:
        doc.spans[FACTS_KEY].append(span)
    else:
        doc.spans[FACTS_KEY] = [span]
    return span


def facts(doc: Doc, type_: str | None = None) -> list[Span]:
    group = doc.spans[FACTS_KEY] if FACTS_KEY in doc.spans else []
    return [s for s in group if type_ is None or s.label_ == type_]


def fact_record(span: Span, document: str) -> dict:
    """The FACTS.md object of a fact span."""
    record = {
        "document": document,
        "type": span.label_,
        "text": span.text,
        "start": span.start_char,
        "end": span.end_char,
        "zone": span._.zone,
    }
    for name in FIELDS_BY_TYPE[span.label_]:
        record[name] = getattr(span._, name)
    record["extractor"] = span._.extractor
    return record
