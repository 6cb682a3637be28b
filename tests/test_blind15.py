"""The fifteenth blind set: five reports in genres no earlier set has (the transcript of a Liaoning 2023 provincial
press conference of the 商务厅 on its 开发区 with four speakers, journalists' questions and spoken Chinese-numeral
figures, a GBK-encoded Jilin Siping 2023 audit-office announcement on the city's 工业园区 with problems found, two
pipe tables and rectification deadlines, a Henan 2024 WeChat public-account article promoting the Zhengzhou area of
the Henan free-trade zone and its 综合保税区 with 【】 headings and 阅读原文 / 点赞 / 在看 chrome, a Taiwanese 2014
(民国103年) annual operations report of the Hsinchu Science Park and its six 園區 in traditional script (Big5) with
新臺幣 億元 / 兆, 美元, 公頃 and 坪, a Hebei Xinji 2021 十四五 plan chapter on its 经济开发区 and 化工园区 partly in
full-width digits with a 主要指标 table), written and annotated without reading the extractors or running them; the
annotations were committed before the first extraction. tests/fixtures/blind15/README.md says what each exercises
and which calls the annotation made. Its first audit (README) is the unseen measurement; the floors at the end guard
the rules written from it since."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND15 = ROOT / "tests" / "fixtures" / "blind15"
GBK = "q2_jilin_2023_siping_audit_gbk.txt"
TRADITIONAL = "q4_taiwan_2014_zhuke_trad_big5.txt"
FULLWIDTH = "q5_hebei_2021_xinji_plan_fullwidth.txt"


annotations, documents, audit = set_fixtures(BLIND15)


def test_every_blind15_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gbk_and_big5_and_are_read(documents):
    assert_in_legacy_encoding(BLIND15, documents, {GBK: ("gbk", "四平红嘴经济技术开发区"),
                                                   TRADITIONAL: ("big5", "新竹科学工业园区")})


def test_the_traditional_report_is_stored_simplified(documents):
    assert_stored_normalized(documents[TRADITIONAL], "竹南园区", "園區", "億", "龍潭", "銅鑼", "積體電路")


def test_the_full_width_report_is_stored_with_ordinary_digits(documents):
    assert_stored_normalized(documents[FULLWIDTH], "辛集经开区营业收入突破600亿元", "６", "２０２５", "％", "［")


# After its first audit (README), round 14's ROC, five-year-plan, table and zone rules were written from it: floors
# a little below what they reached.
BLIND15_FLOORS = {"money": (0.97, 0.97), "area": (0.97, 0.97), "target": (0.85, 0.78), "zone": (0.80, 0.78), "industry": (0.80, 0.70)}
BLIND15_ATTRIBUTION_FLOOR = 0.74


def test_blind15_floors(audit):
    assert_above_floors(audit, BLIND15_FLOORS, BLIND15_ATTRIBUTION_FLOOR, {"year": 0.82}, label="blind set 15")
