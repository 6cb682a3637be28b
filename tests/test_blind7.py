"""The seventh blind set: five reports in genres no earlier set has (a 2010 Xinhua roundup of zones across the
country, a Jiangsu 2022 ranking notice in GB18030, a Guangdong 2005 plan in GB2312, a Sichuan 2024 WeChat article
with full-width digits, an Anhui 2019 reply to a deputy's proposal), written and annotated without reading the
extractors or running them; the annotations were committed before the first extraction.
tests/fixtures/blind7/README.md says what each exercises and which calls the annotation made. Its first audit
(README) is the unseen measurement; the seventh target round tuned on it for target, money, area and year, and
the seventh zone round tuned on it for zone, industry and attribution;
floors for all those types guard that work."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND7 = ROOT / "tests" / "fixtures" / "blind7"
GB18030 = "h2_jiangsu_2022_kaifaqu_ranking_gb18030.txt"
GB2312 = "h3_guangdong_2005_dongguan_plan_gb2312.txt"
WECHAT = "h4_sichuan_2024_chengdu_wechat.txt"


annotations, documents, audit = set_fixtures(BLIND7)


def test_every_blind7_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gb18030_and_gb2312_and_are_read(documents):
    assert_in_legacy_encoding(BLIND7, documents, {GB18030: ("gb18030", "常州国家高新技术产业开发区"),
                                                  GB2312: ("gb2312", "东莞松山湖科技产业园区")})


def test_the_wechat_article_is_stored_with_ordinary_digits(documents):
    assert_stored_normalized(documents[WECHAT], "3158.9亿元", "３")


# Floors for the seventh target round's types, a little below the figures it reached (docs/quality.md, round 7);
# target precision raised in round 8, target recall in round 9.
TARGETS7_FLOORS = {"money": (0.98, 0.98), "area": (0.95, 0.98), "target": (0.94, 0.87)}


def test_targets7_floors(audit):
    assert_above_floors(audit, TARGETS7_FLOORS, 0.0, {"year": 0.88}, label="seventh blind set, round 7 types")


# Zone, industry and attribution were tuned on this set in rounds 7 and 9 (its README, docs/quality.md): a little
# below what they reached.
# Zone recall floor lowered in round 29g: GUIDE now counts parks named only by an industry, which the rules miss.
ZONES7_FLOORS = {"zone": (0.93, 0.91), "industry": (0.95, 0.90)}
ZONES7_ATTRIBUTION_FLOOR = 0.86


def test_zones7_floors(audit):
    assert_above_floors(audit, ZONES7_FLOORS, ZONES7_ATTRIBUTION_FLOOR, label="seventh blind set, zones 7")
