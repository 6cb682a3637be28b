"""The twenty-second blind set: five reports in the shapes of real web pages analysts paste (a 范文/文库-site copy of a
Hubei county's 2011 工业园区 work summary, with site header, 本站小编 line, download and 相关推荐 boilerplate and amounts
in Arabic and Chinese numerals; a Big5-encoded traditional-script reprint of a 2013 Weifang daily e-paper page on the
city's zones, with 版面导航, 上一版 / 下一版, 放大 缩小 and a 3元/月 手机报 line; a Hebei 2010 provincial 指导意见 on
产业集群 and 工业园区 with 2010 / 2012 / “十二五”末 goals and cluster and park lists; a GBK-encoded Bozhou (Anhui) 2013
产业集聚区 工作方案 with a numbered goal list and per-zone task tables in full-width digits; a 2012 调研报告 of the
湘潭高新区 from a research-center site with 第一篇…第四篇 each on one of its parks), written and annotated without
reading the extractors or running them; the annotations were committed before the first extraction.
tests/fixtures/blind22/README.md says what each exercises and which calls the annotation made. Its first audits
(README) are the unseen measurement; the floors at the end guard what rounds 20 and 21, written after them (21a and
21b from it), reached."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND22 = ROOT / "tests" / "fixtures" / "blind22"
WENKU = "w1_hubei_2011_xishui_yuanqu_summary_wenku.txt"
BIG5 = "w2_shandong_2013_weifang_epaper_trad_big5.txt"
GUIDANCE = "w3_hebei_2010_cluster_parks_guidance.txt"
GBK = "w4_anhui_2013_bozhou_jijuqu_workplan_gbk.txt"
RESEARCH = "w5_hunan_2012_xiangtan_gaoxin_research_report.txt"


annotations, documents, audit = set_fixtures(BLIND22)


def test_every_blind22_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)
    assert {a["document"] for a in annotations} == {WENKU, BIG5, GUIDANCE, GBK, RESEARCH}


def test_the_legacy_encodings_are_really_big5_and_gbk_and_are_read(documents):
    assert_in_legacy_encoding(BLIND22, documents, {BIG5: ("big5", "潍坊高新技术产业开发区"),
                                                   GBK: ("gbk", "亳州市产业集聚区建设2013年工作方案")})
    assert "濰坊高新技術產業開發區" in (BLIND22 / BIG5).read_bytes().decode("big5")
    assert "１１０｜２８０" in (BLIND22 / GBK).read_bytes().decode("gbk")


def test_the_traditional_script_is_stored_simplified(documents):
    assert_stored_normalized(documents[BIG5], "潍坊高新技术产业开发区(潍坊高新区)", "濰坊", "開發區", "產業", "億元")
    assert_stored_normalized(documents[BIG5], "规模以上工业总产值突破2200亿元", "規模", "總產值")
    assert_stored_normalized(documents[BIG5], "寿光市侯镇海洋化工产业园(侯镇化工园)", "壽光", "園區")


def test_the_full_width_digits_are_stored_normalized(documents):
    assert_stored_normalized(documents[GBK], "亳州经济开发区|110|280|35|3.5|25", "１１０", "２８０", "３．５")
    assert_stored_normalized(documents[GBK], "一季度完成76亿元", "７６亿元", "１８２", "０５５８")
    assert_stored_normalized(documents[GBK], "济人药业中药饮片扩建项目|亳州现代中药产业集聚区|85000|30000", "８５０００", "３００００")


def test_the_chinese_numerals_are_kept_as_written(documents):
    text = documents[WENKU].text
    for amount in ("八十六亿元", "二亿八千六百万元", "一千二百万元", "十四亿五千万元", "二十八亿七千万元"):
        assert amount in text


# After its first audits (README), rounds 21a and 21b wrote rules from it: floors a little below what they reached.
BLIND22_FLOORS = {"money": (0.97, 0.96), "area": (0.97, 0.97), "target": (0.92, 0.84), "zone": (0.89, 0.85), "industry": (0.96, 0.84)}
BLIND22_ATTRIBUTION_FLOOR = 0.88


def test_blind22_floors(audit):
    assert_above_floors(audit, BLIND22_FLOORS, BLIND22_ATTRIBUTION_FLOOR, {"year": 0.87}, label="blind set 22")
