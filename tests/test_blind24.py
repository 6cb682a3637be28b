"""The twenty-fourth blind set: five reports in the genres analysts scrape (a Hubei 2014 news-portal page on the
province's 开发区 / 园区 half-year results, naming some thirty zones with their figures, with breadcrumb, byline,
字号 / 打印本页, 相关新闻 and copyright footer; a Big5-encoded Hong Kong 2015 newspaper article in traditional script on
the 北部湾 parks of Guangxi, with 億元 / 萬元 / 港元 / 美元, an interview and a park list; a Shaanxi 2012 county 政府工作报告
chapter on the 蒲城县工业园区 and its 园中园 with every amount in Chinese numerals and 年内 / 明年 / “十二五”末 goals; a
GBK-encoded Chongqing 2017 monthly statistics page of the city's 工业园区 with full-width-digit tables of 20 zones in
亿元 / 万元; a Henan 2010 产业集聚区 总体规划纲要 of the 临颍县产业集聚区 with 2012 / 2015 / 2020 goals, an indicator table
and four 园中园), written and annotated without reading the extractors or running them.
tests/fixtures/blind24/README.md says what each exercises and which calls the annotation made.
It was sealed until the session's final measurement
(README, "First audit"); rounds 22a–h of the next session wrote rules from it, and the floors at the end guard
what they reached."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized,
                                  set_fixtures)
from tests.conftest import ROOT

BLIND24 = ROOT / "tests" / "fixtures" / "blind24"
NEWS = "y1_hubei_2014_parks_halfyear_news_web.txt"
BIG5 = "y2_hongkong_2015_beibu_gulf_parks_trad_big5.txt"
WORK_REPORT = "y3_shaanxi_2012_pucheng_county_work_report_parks.txt"
GBK = "y4_chongqing_2017_parks_monthly_statistics_gbk.txt"
PLAN = "y5_henan_2010_linying_jijuqu_master_plan_outline.txt"


annotations, documents, audit = set_fixtures(BLIND24)


def test_every_blind24_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_big5_and_gbk_and_are_read(documents):
    assert_in_legacy_encoding(BLIND24, documents, {BIG5: ("big5", "中马钦州产业园区"),
                                                   GBK: ("gbk", "重庆西永微电子产业园区")})
    # the UTF-8 reports really are UTF-8
    for name in (NEWS, WORK_REPORT, PLAN):
        (BLIND24 / name).read_bytes().decode("utf-8")


def test_the_traditional_script_is_stored_simplified(documents):
    assert_stored_normalized(documents[BIG5], "中马钦州产业园区(下称中马产业园)", "中馬", "欽州", "產業園", "億元", "萬")
    assert_stored_normalized(documents[BIG5], "约合380亿港元", "港元）", "億港元")
    assert_stored_normalized(documents[BIG5], "广西-东盟经济技术开发区(东盟经开区)", "廣西", "－")


def test_the_full_width_digits_are_stored_normalized(documents):
    assert_stored_normalized(documents[GBK], "园区共实现工业总产值15286.5亿元", "１５２８６", "．", "２０１７", "％")
    assert_stored_normalized(documents[GBK], "重庆经济技术开发区\t1256.3\t12.4\t186.5\t8.2\t486532\t326", "１２５６")


def test_the_chinese_numerals_are_kept_as_written(documents):
    assert "县财政安排园区基础设施建设资金三亿五千万元" in documents[WORK_REPORT].text
    assert "实现产值十二点五亿元" in documents[WORK_REPORT].text


# After its first audit (README), rounds 22a–h wrote rules from it: floors a little below what they reached.
BLIND24_FLOORS = {"money": (0.97, 0.97), "area": (0.97, 0.97), "target": (0.93, 0.80), "zone": (0.95, 0.94), "industry": (0.96, 0.89)}
BLIND24_ATTRIBUTION_FLOOR = 0.88


def test_blind24_floors(audit):
    assert_above_floors(audit, BLIND24_FLOORS, BLIND24_ATTRIBUTION_FLOOR, {"year": 0.88}, label="blind set 24")
