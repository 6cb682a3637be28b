"""What the tests of the annotated evaluation sets (tests/fixtures/heldout, blind, blind2, …) share: their module
fixtures, finding each annotated text in its stored document, and holding the audit above a set's floors."""
from pathlib import Path

import pytest

from pipeline.audit import load_annotations, run_audit
from pipeline.reading import normalize_text, read_document, to_simplified

TYPES = ("money", "area", "target", "zone", "industry")
RUNNING = "文"


def set_fixtures(directory: Path):
    """The module fixtures `annotations`, `documents` and `audit` of the set in `directory` (reports beside an
    annotations/ folder). Assign them to those names at module level; the audit runs once per module."""

    @pytest.fixture(scope="module", name="annotations")
    def annotations():
        loaded = load_annotations(directory / "annotations")
        assert loaded.errors == []
        return loaded.facts

    @pytest.fixture(scope="module", name="documents")
    def documents():
        return {p.name: read_document(p) for p in directory.glob("*.txt")}

    @pytest.fixture(scope="module", name="audit")
    def audit(nlp):
        return run_audit(directory / "annotations", None, lambda: nlp)

    return annotations, documents, audit


def as_stored(text: str, document) -> str:
    """An annotated text as the document's stored text has it. normalize_text judges a snippet's script on the
    snippet alone, and a short traditional one (逾１２億美元) changes too little to count as traditional: in a
    document stored simplified, convert it as the whole document was."""
    # an OCR copy's figures are repaired in running text (repair_ocr_figures: 工业总产值8 6 2亿元 → 862亿元); a
    # snippet starting at its figure is judged as if running text stood before it
    text = normalize_text(RUNNING + text)[len(RUNNING):]
    original = document.original_text
    traditional = original is not None and to_simplified(original) != original
    return to_simplified(text, always=True) if traditional else text


def assert_every_text_occurs(annotations, documents, reports: int):
    """Every report is annotated, and every annotated text occurs in its stored document."""
    assert {a["document"] for a in annotations} == set(documents) and len(documents) == reports
    for a in annotations:
        document = documents[a["document"]]
        text = as_stored(a["text"], document)
        # a text annotated across a hard wrap's line break stands joined in the stored text (pipeline.hard_wrap)
        assert text in document.text or text.replace("\n", "") in document.text, a


def print_scores(audit, label: str):
    print(f"\n{label} (tp/fp/fn, precision, recall):")
    for t in TYPES:
        s = audit.comparison.scores[t]
        print(f"  {t:9} {s.tp:3}/{s.fp:3}/{s.fn:3}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")
    print(f"  zone attribution on matched facts: {audit.comparison.zone_accuracy():.3f}")


def assert_above_floors(audit, floors: dict, attribution: float, fields: dict | None = None, label: str = ""):
    """The audit ran cleanly and each type's (precision, recall), the zone attribution and each field's accuracy
    (`fields`: year, category … → share of matched facts with it right) are at least their floors."""
    assert audit.problems == []
    print_scores(audit, label)
    for t, (precision, recall) in floors.items():
        s = audit.comparison.scores[t]
        assert s.precision >= precision and s.recall >= recall, (t, s)
    assert audit.comparison.zone_accuracy() >= attribution
    accuracy = audit.comparison.field_accuracy()
    for field, floor in (fields or {}).items():
        right, total = accuracy[field]
        assert total and right / total >= floor, (field, right, total)


def assert_in_legacy_encoding(directory: Path, documents, encodings: dict[str, tuple[str, str]]):
    """Each report named in `encodings` ({file: (encoding, phrase)}) is really stored in that legacy encoding (it is
    not UTF-8) and is read: `phrase` is in its stored text."""
    for name, (encoding, phrase) in encodings.items():
        raw = (directory / name).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        raw.decode(encoding)
        assert phrase in documents[name].text


def assert_stored_normalized(document, phrase: str, *absent: str):
    """The stored text holds `phrase` as normalized (simplified script, ordinary digits) and none of `absent` (the
    full-width digits and traditional characters of the file)."""
    assert phrase in document.text
    assert [s for s in absent if s in document.text] == []
