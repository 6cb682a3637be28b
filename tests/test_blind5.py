"""The fifth blind set: five reports from provinces and years no earlier set has (Jilin 2018 web interview,
Shanghai 2020 district plan, Gansu 2008 in GBK, a Taiwanese magazine of 2021 on Hainan's free-trade-port parks in
traditional Big5, a Xinjiang 2019 investment brochure), written and annotated without reading the extractors or
running them; the annotations were committed (af0bd51) before any extraction. tests/fixtures/blind5/README.md says
what each report exercises and which calls the annotation made. These tests check that the set is readable and that
its annotations locate their texts. Its first audit, the unseen measurement, is recorded in that README; the set has
since been tuned on, and the floors below guard that work."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND5 = ROOT / "tests" / "fixtures" / "blind5"
GBK = "f3_gansu_2008_kaifaqu_gbk.txt"
TRADITIONAL = "f4_hainan_2021_ftp_trad_big5.txt"


annotations, documents, audit = set_fixtures(BLIND5)


def test_every_blind5_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gbk_and_big5_and_are_read(documents):
    assert_in_legacy_encoding(BLIND5, documents, {GBK: ("gbk", "甘肃省人民政府关于进一步加快开发区建设发展的意见"),
                                                  TRADITIONAL: ("big5", "博鳌乐城国际医疗旅游先行区")})


def test_the_traditional_report_is_stored_simplified_with_ordinary_digits(documents):
    assert_stored_normalized(documents[TRADITIONAL], "洋浦经济开发区", "１", "億")


def test_the_full_width_web_page_is_stored_with_ordinary_digits(documents):
    assert_stored_normalized(documents["f1_jilin_2018_jingkai_interview_web.txt"], "215.6亿元", "２")


# Floors a little below the figures reached by the fifth rounds (targets and zones), which were tuned on this set
# (its README and docs/quality.md): they guard that work; the set's first audit, in its README, measured unseen text.
# Target floors raised after round 9 (target recall); industry and attribution in round 9 of the zone rules.
FLOORS = {"money": (0.99, 0.95), "area": (0.99, 0.99), "target": (0.96, 0.79), "zone": (0.92, 0.94),
          "industry": (0.92, 0.93)}
ATTRIBUTION_FLOOR = 0.88  # 0.898 reached
# Share of matched facts with the right year (money, area, target), money category and area kind.
FIELD_FLOORS = {"year": 0.84, "category": 0.92, "kind": 0.95}


def test_extraction_on_the_fifth_blind_set_stays_above_its_floors(audit):
    assert_above_floors(audit, FLOORS, ATTRIBUTION_FLOOR, FIELD_FLOORS, label="fifth blind set")
