"""The twentieth blind set: five reports in genres no earlier set has (a Tianjin 经开区's 2019 budget-execution and 2020
budget-draft report with fiscal revenue, spending, debt and a table of budget figures, a GBK-encoded excerpt of the
2018 中国开发区审核公告目录 for Anhui with a pipe table of 25 zones, their approved areas in 公顷 and 2–3 leading
industries each, a 2021 Changchun daily's e-paper page with three articles and its navigation chrome, a 2023 Taiwan
經濟部工業局 news release in UTF-8 traditional script with full-width digits and 新臺幣 amounts, and a Hebei county
gazetteer chapter on the county's industrial park from 1992 to 2015 in Chinese numerals with the park's renamings),
written and annotated without reading the extractors or running them; the annotations were committed before the
first extraction. tests/fixtures/blind20/README.md says what each exercises and which calls the annotation made.
Its first audits (README) are the unseen measurement; the floors at the end guard what round 19, written from it
after them, reached."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND20 = ROOT / "tests" / "fixtures" / "blind20"
GBK = "u2_anhui_2018_kaifaqu_catalogue_gbk.txt"
TRADITIONAL = "u4_taiwan_2023_moea_industrial_parks_trad.txt"


annotations, documents, audit = set_fixtures(BLIND20)


def test_every_blind20_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encoding_is_really_gbk_and_is_read(documents):
    assert_in_legacy_encoding(BLIND20, documents, {GBK: ("gbk", "马鞍山慈湖高新技术产业开发区")})


def test_the_traditional_report_is_utf8_and_stored_simplified(documents):
    raw = (BLIND20 / TRADITIONAL).read_bytes().decode("utf-8")
    assert "屏東六塊厝智慧產業園區" in raw and "新臺幣１８０億元" in raw
    assert_stored_normalized(documents[TRADITIONAL], "屏东六块厝智慧产业园区", "屏東", "臺", "億", "園", "彰濱")


def test_the_full_width_digits_are_stored_normalized(documents):
    assert_stored_normalized(documents[TRADITIONAL], "新台币180亿元", "１８０", "３，６４３", "１２０．５", "ＭＷ")


# After its first audits (README), rounds 19a-19c wrote rules from it: floors a little below what they reached.
BLIND20_FLOORS = {"money": (0.97, 0.90), "area": (0.97, 0.97), "target": (0.84, 0.66), "zone": (0.90, 0.85), "industry": (0.95, 0.88)}
BLIND20_ATTRIBUTION_FLOOR = 0.88


def test_blind20_floors(audit):
    assert_above_floors(audit, BLIND20_FLOORS, BLIND20_ATTRIBUTION_FLOOR, {"year": 0.8}, label="blind set 20")
