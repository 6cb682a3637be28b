"""The second blind set: five reports from provinces and years no other set has (Hunan 2016 in GBK, Shaanxi 2019,
Jiangxi 2012, a Taiwan paper of 2018 in traditional script and Big5, Guangxi 2023), written and annotated without
reading the extractors or running them. tests/fixtures/blind2/README.md says what each exercises and which calls
the annotation made. The set itself is checked here, and the extraction is held above floors on the types tuned
on it."""
import pytest

from pipeline.audit import load_annotations, run_audit
from pipeline.reading import normalize_text, read_document, to_simplified
from tests.conftest import ROOT

BLIND2 = ROOT / "tests" / "fixtures" / "blind2"
ANNOTATIONS = BLIND2 / "annotations"
TRADITIONAL = "c4_taiwan_2018_nanke_trad.txt"
# Stored in a legacy encoding on purpose: reading must decode them.
LEGACY = {"c1_hunan_2016_changde_yuanqu.txt": "gbk", TRADITIONAL: "big5"}


@pytest.fixture(scope="module")
def annotations():
    loaded = load_annotations(ANNOTATIONS)
    assert loaded.errors == []
    return loaded.facts


@pytest.fixture(scope="module")
def documents():
    return {p.name: read_document(p) for p in BLIND2.glob("*.txt")}


def as_stored(text: str, name: str) -> str:
    """An annotated text as the stored document has it: the traditional report is stored simplified, and a short
    snippet of it is too short to be judged traditional on its own."""
    text = normalize_text(text)
    return to_simplified(text, always=True) if name == TRADITIONAL else text


def test_every_blind2_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert {a["document"] for a in annotations} == set(documents) and len(documents) == 5
    for a in annotations:
        assert as_stored(a["text"], a["document"]) in documents[a["document"]].text, a


def test_the_legacy_encoded_reports_are_really_stored_in_their_encoding():
    for name, encoding in LEGACY.items():
        raw = (BLIND2 / name).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "园区" in to_simplified(raw.decode(encoding), always=True)


def test_the_traditional_report_is_stored_simplified_with_ordinary_digits(documents):
    document = documents[TRADITIONAL]
    assert "南部科学工业园区" in document.text and "８" not in document.text and "億" not in document.text


# Zones, industries and attribution were tuned on this set's errors (the second zone round, README): these floors,
# a little below the figures reached, guard that work; they do not measure unseen text. Kept apart from the money,
# area and target floors.
ZONE_FLOORS = {"zone": (0.97, 0.97), "industry": (0.95, 0.97)}
ZONE_ATTRIBUTION_FLOOR = 0.94


@pytest.fixture(scope="module")
def zones_audit(nlp):
    return run_audit(ANNOTATIONS, None, lambda: nlp)


def test_zones_industries_and_attribution_on_blind2_stay_above_their_floors(zones_audit):
    for t, (precision, recall) in ZONE_FLOORS.items():
        s = zones_audit.comparison.scores[t]
        assert s.precision >= precision and s.recall >= recall, (t, s)
    assert zones_audit.comparison.zone_accuracy() >= ZONE_ATTRIBUTION_FLOOR
