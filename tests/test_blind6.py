"""The sixth blind set: five reports in genres no earlier set has (a Beijing 2021 government work report, a
Qinghai 2012 PDF-to-text conversion in GB18030, a Ningxia 2015 audit report in UTF-8 with a BOM, a Tibet 2017
government news page with full-width digits, a Hainan 2022 listed company's announcement), written and annotated
without reading the extractors or running them; the annotations were committed before the first extraction.
tests/fixtures/blind6/README.md says what each exercises and which calls the annotation made. Its first
audit (README) is the unseen measurement; the seventh target round tuned on it for target, money, area and year,
and the seventh zone round tuned on it for zone, industry and attribution;
floors for all those types guard that work."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND6 = ROOT / "tests" / "fixtures" / "blind6"
GBK = "g2_qinghai_2012_xining_pdf_gbk.txt"
BOM = "g3_ningxia_2015_audit_bom.txt"
WEB = "g4_tibet_2017_lhasa_web.txt"


annotations, documents, audit = set_fixtures(BLIND6)


def test_every_blind6_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_pdf_text_is_really_gbk_and_is_read(documents):
    assert_in_legacy_encoding(BLIND6, documents, {GBK: ("gbk", "西宁经济技术开发区“十二五”中期发展评估")})


def test_the_audit_report_starts_with_a_bom_that_is_not_stored(documents):
    assert (BLIND6 / BOM).read_bytes().startswith(b"\xef\xbb\xbf")
    assert_stored_normalized(documents[BOM], "关于2014年度自治区本级预算执行", "\ufeff")


def test_the_full_width_web_page_is_stored_with_ordinary_digits(documents):
    assert_stored_normalized(documents[WEB], "41.3亿元", "４")


# Floors for the seventh target round's types, a little below the figures it reached (docs/quality.md, round 7);
# target precision raised in round 8, target recall in round 9.
TARGETS7_FLOORS = {"money": (0.97, 0.96), "area": (0.98, 0.91), "target": (0.96, 0.81)}


def test_targets7_floors(audit):
    assert_above_floors(audit, TARGETS7_FLOORS, 0.0, {"year": 0.86}, label="sixth blind set, round 7 types")


# Zone, industry and attribution were tuned on this set in rounds 7 and 9 (its README, docs/quality.md): a little
# below what they reached. Round 39g settled that a 科学城 is no zone by its own name and unannotated three here; round
# 41a made the rules follow (zone precision .893 → 1.000).
ZONES7_FLOORS = {"zone": (0.98, 0.91), "industry": (0.96, 0.77)}
ZONES7_ATTRIBUTION_FLOOR = 0.77


def test_zones7_floors(audit):
    assert_above_floors(audit, ZONES7_FLOORS, ZONES7_ATTRIBUTION_FLOOR, label="sixth blind set, zones 7")
