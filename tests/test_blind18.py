"""The eighteenth blind set: five reports in genres and places no earlier set combines (a Shaanxi Fuping county
government work report of 2022 whose review of 2021 gives its results in Chinese numerals, a Jiangxi 经济开发区's 2024
investment-guide web page wrapped in site navigation, breadcrumb, contact lines and a footer with 备案号 and a visitor
counter, a GBK-encoded excerpt of Guangxi's 2021 statistical bulletin with a plain-text table of indicators by zone
under a unit header, a Big5 extract of the Central Taiwan Science Park's 108 (2019) annual report in traditional script
with full-width digits, 公頃 and 新臺幣 (TWD) amounts, a Hubei 2020 planning environmental-impact assessment summary
with a land-use table in 公顷, percent environmental targets and emission tonnages), written and annotated without
reading the extractors or running them; the annotations were committed before the first extraction.
tests/fixtures/blind18/README.md says what each exercises and which calls the annotation made. Its first audit is
the unseen measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND18 = ROOT / "tests" / "fixtures" / "blind18"
GBK = "s3_guangxi_2021_statistical_bulletin_parks_gbk.txt"
TRADITIONAL = "s4_taiwan_2019_zhongke_annual_report_trad_big5.txt"


annotations, documents, audit = set_fixtures(BLIND18)


def test_every_blind18_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gbk_and_big5_and_are_read(documents):
    assert_in_legacy_encoding(BLIND18, documents, {GBK: ("gbk", "广西—东盟经济技术开发区"),
                                                   TRADITIONAL: ("big5", "中兴新村高等研究园区")})


def test_the_traditional_report_is_stored_simplified(documents):
    assert_stored_normalized(documents[TRADITIONAL], "中部科学工业园区", "園區", "臺", "營業額", "億", "廠商")


def test_the_full_width_digits_are_stored_normalized(documents):
    assert_stored_normalized(documents[TRADITIONAL], "6785亿元", "６", "７", "８", "５", "．")


# After its first audits (README), rounds 17a-17c wrote rules from it: floors a little below what they reached.
BLIND18_FLOORS = {"money": (0.97, 0.83), "area": (0.97, 0.97), "target": (0.93, 0.76), "zone": (0.80, 0.88), "industry": (0.88, 0.85)}
BLIND18_ATTRIBUTION_FLOOR = 0.9


def test_blind18_floors(audit):
    assert_above_floors(audit, BLIND18_FLOORS, BLIND18_ATTRIBUTION_FLOOR, {"year": 0.93}, label="blind set 18")
