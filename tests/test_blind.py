"""The blind reports: a second evaluation set of four reports from provinces and years neither the corpus nor the
held-out set has (Hubei 2013, Shandong 2018, Anhui 2021, a Fujian paper of 2008 in traditional script with
full-width figures), written and annotated without reading the extractors or running them.
tests/fixtures/blind/README.md says what each exercises and which calls the annotation made. The figures are
printed and held above floors."""
import pytest

from pipeline.audit import load_annotations, run_audit
from pipeline.reading import normalize_text, read_document, to_simplified
from tests.conftest import ROOT

BLIND = ROOT / "tests" / "fixtures" / "blind"
ANNOTATIONS = BLIND / "annotations"
TYPES = ("money", "area", "target", "zone", "industry")
TRADITIONAL = "b4_fujian_2008_taishang_trad.txt"


@pytest.fixture(scope="module")
def annotations():
    loaded = load_annotations(ANNOTATIONS)
    assert loaded.errors == []
    return loaded.facts


@pytest.fixture(scope="module")
def documents():
    return {p.name: read_document(p) for p in BLIND.glob("*.txt")}


@pytest.fixture(scope="module")
def audit(nlp):
    return run_audit(ANNOTATIONS, None, lambda: nlp)


def as_stored(text: str, name: str) -> str:
    """An annotated text as the stored document has it: the traditional report is stored simplified, and a short
    snippet of it is too short to be judged traditional on its own."""
    text = normalize_text(text)
    return to_simplified(text, always=True) if name == TRADITIONAL else text


def test_every_blind_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert {a["document"] for a in annotations} == set(documents) and len(documents) == 4
    for a in annotations:
        assert as_stored(a["text"], a["document"]) in documents[a["document"]].text, a


def test_the_traditional_report_is_stored_simplified_with_ordinary_digits(documents):
    document = documents[TRADITIONAL]
    assert "漳州台商投资区" in document.text and "３" not in document.text and "億" not in document.text


def test_the_audit_runs_cleanly_and_locates_every_annotated_text(audit, annotations):
    assert audit.problems == []
    assert set(audit.documents) == {a["document"] for a in annotations}
    missing = [a["text"] for a in annotations if audit.documents[a["document"]].locate(a) is None]
    assert missing == []
    print("\nblind extraction (tp/fp/fn, precision, recall):")
    for t in TYPES:
        s = audit.comparison.scores[t]
        assert s.tp + s.fn == sum(1 for a in annotations if a["type"] == t)
        print(f"  {t:9} {s.tp:3}/{s.fp:3}/{s.fn:3}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")
    print(f"  zone attribution on matched facts: {audit.comparison.zone_accuracy():.3f}")


# Floors a little below the figures measured (README, Quality, blind reports), so that a change making any type
# worse on these reports fails here. Targets, years and categories (the target round) and zones, industries and
# attribution (the zone round) were tuned on this set's errors (README): the floors guard that work, they do not
# measure unseen text.
FLOORS = {"money": (0.97, 0.97), "area": (0.97, 0.97), "target": (0.95, 0.95), "zone": (0.97, 0.97),
          "industry": (0.97, 0.97)}
# Share of matched money, area and target facts with the right year, and of money facts with the right category.
FIELD_FLOORS = {"year": 0.97, "category": 0.97}


def test_extraction_on_the_blind_reports_stays_above_its_floors(audit):
    for t, (precision, recall) in FLOORS.items():
        s = audit.comparison.scores[t]
        assert s.precision >= precision and s.recall >= recall, (t, s)
    assert audit.comparison.zone_accuracy() >= 0.98
    fields = audit.comparison.field_accuracy()
    for field, floor in FIELD_FLOORS.items():
        right, total = fields[field]
        assert total and right / total >= floor, (field, right, total)
