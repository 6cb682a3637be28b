"""The fourth blind set: five reports from provinces and years no earlier set has (Shanxi 2016, Tianjin 2022,
Yunnan 2013 in GBK, a Malaysian paper of 2019 on the Kuantan and Qinzhou parks in traditional Big5, Heilongjiang
2025), written and annotated without reading the extractors or running them; the annotations were committed
(c6bb400) before the first extraction. tests/fixtures/blind4/README.md says what each exercises and which calls the
annotation made. These tests check the set itself (every text occurs, the encodings are real). Its first audit, the
unseen measurement, is recorded in that README; the set has since been tuned on, and the floors below guard that work."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND4 = ROOT / "tests" / "fixtures" / "blind4"
GBK = "e3_yunnan_2013_yuanqu_gbk.txt"
TRADITIONAL = "e4_malaysia_2019_kuantan_trad_big5.txt"


annotations, documents, audit = set_fixtures(BLIND4)


def test_every_blind4_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gbk_and_big5_and_are_read(documents):
    assert_in_legacy_encoding(BLIND4, documents, {GBK: ("gbk", "云南省人民政府办公厅关于开展全省工业园区考核评价工作的通知"),
                                                  TRADITIONAL: ("big5", "中马钦州产业园区")})


def test_the_traditional_report_is_stored_simplified_with_ordinary_digits(documents):
    assert_stored_normalized(documents[TRADITIONAL], "马中关丹产业园区", "１", "億")


def test_the_full_width_web_page_is_stored_with_ordinary_digits(documents):
    assert_stored_normalized(documents["e1_shanxi_2016_jincheng_web.txt"], "286.4亿元", "２")


# Floors a little below the figures reached by the fifth rounds (targets and zones), which were tuned on this set
# (its README and docs/quality.md): they guard that work; the set's first audit, in its README, measured unseen text.
# Target floors raised after round 9 (target recall).
FLOORS = {"money": (0.99, 0.99), "area": (0.97, 0.99), "target": (0.92, 0.83), "zone": (0.95, 0.80),
          "industry": (0.86, 0.76)}
ATTRIBUTION_FLOOR = 0.91  # raised in round 9 of the zone rules (0.930 reached)
# Share of matched facts with the right year (money, area, target), money category and area kind.
FIELD_FLOORS = {"year": 0.92, "category": 0.96, "kind": 0.92}


def test_extraction_on_the_fourth_blind_set_stays_above_its_floors(audit):
    assert_above_floors(audit, FLOORS, ATTRIBUTION_FLOOR, FIELD_FLOORS, label="fourth blind set")
