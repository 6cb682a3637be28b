"""The third blind set: five reports from provinces and years no earlier set has (Hebei 2014, Chongqing 2021,
Guizhou 2010 in GBK, a Macau paper of 2017 on Hengqin and Nansha in traditional Big5, Inner Mongolia 2024),
written and annotated without reading the extractors or running them; the annotations were committed before the
first extraction. tests/fixtures/blind3/README.md says what each exercises and which calls the annotation made.
Its first audit is recorded there and in README (Quality). Money, area and target rules (the third target round)
and zone, industry and attribution rules (the third zone round) have since been tuned on this set's errors: it is a
tuned-on set now, and its floors guard that work; they do not measure unseen text."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND3 = ROOT / "tests" / "fixtures" / "blind3"
GBK = "d3_guizhou_2010_yuanqu_gbk.txt"
TRADITIONAL = "d4_macau_2017_hengqin_trad_big5.txt"


annotations, documents, audit = set_fixtures(BLIND3)


def test_every_blind3_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gbk_and_big5_and_are_read(documents):
    assert_in_legacy_encoding(BLIND3, documents, {GBK: ("gbk", "贵州省人民政府关于加快工业园区建设发展的意见"),
                                                  TRADITIONAL: ("big5", "广州南沙经济技术开发区")})


def test_the_traditional_report_is_stored_simplified_with_ordinary_digits(documents):
    assert_stored_normalized(documents[TRADITIONAL], "粤澳合作中医药科技产业园", "１", "億")


def test_the_full_width_web_page_is_stored_with_ordinary_digits(documents):
    assert_stored_normalized(documents["d1_hebei_2014_hengshui_web.txt"], "426.8亿元", "４")


# Floors a little below the figures measured after the third rounds (README, Quality, third blind set).
FLOORS = {"money": (0.98, 0.98), "area": (0.98, 0.98), "target": (0.96, 0.89), "zone": (0.97, 0.97),
          "industry": (0.97, 0.95)}
ATTRIBUTION_FLOOR = 0.95  # raised in round 9 of the zone rules (0.962 reached)
# Share of matched money, area and target facts with the right year.
YEAR_FLOOR = 0.89


def test_extraction_on_the_third_blind_set_stays_above_its_floors(audit):
    assert_above_floors(audit, FLOORS, ATTRIBUTION_FLOOR, {"year": YEAR_FLOOR}, label="third blind set")
