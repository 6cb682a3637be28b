"""The twenty-third blind set: five reports in genres and layouts no earlier set has (a GB18030-encoded Henan 2016
provincial notice of the 2015 晋星 (star-rating) results of the 产业集聚区, with a pipe table of twelve promoted zones
and their figures and a table of prefecture totals; a Big5-HKSCS, traditional-script Hong Kong newspaper web page of
2009 on Guangdong's 产业转移工业园, with navigation, a stock ticker, HKD, USD and CNY amounts and a subscription price;
a Zhejiang 2019 notice of the 整合优化 of provincial 开发区, old zones merged under new names with the areas of each
区块; a Jilin 2013 mayor's speech at a 工业集中区 work conference, oral, with every amount in Chinese numerals and goals
for 年内 / 明年 / 三年内; a Hunan 2021 亩均效益 evaluation report of 143 园区 with full-width digits throughout and two
results tables), written and annotated without reading the extractors or running them.
tests/fixtures/blind23/README.md says what each exercises and which calls the annotation made. Its first audits
(README) are the unseen measurement; the floors at the end guard what rounds 20 and 21, written after them (21a and
21b from it), reached."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding,
                                  assert_stored_normalized, set_fixtures)
from tests.conftest import ROOT

BLIND23 = ROOT / "tests" / "fixtures" / "blind23"
GB18030 = "x1_henan_2016_xingji_ranking_notice_gb18030.txt"
BIG5HKSCS = "x2_guangdong_2009_hk_news_feature_trad_big5hkscs.txt"
MERGER = "x3_zhejiang_2019_kaifaqu_merger_notice.txt"
SPEECH = "x4_jilin_2013_liaoyuan_industrial_cluster_speech.txt"
FULLWIDTH = "x5_hunan_2021_mujun_evaluation_fullwidth.txt"


annotations, documents, audit = set_fixtures(BLIND23)


def test_every_blind23_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gb18030_and_big5hkscs_and_are_read(documents):
    assert_in_legacy_encoding(BLIND23, documents, {
        GB18030: ("gb18030", "河南省人民政府办公厅关于2015年度全省产业集聚区考核晋级结果的通报"),
        BIG5HKSCS: ("big5hkscs", "深圳(河源)产业转移工业园(下称“深河园”)")})
    assert "產業轉移工業園" in (BLIND23 / BIG5HKSCS).read_bytes().decode("big5hkscs")


def test_the_traditional_script_is_stored_simplified(documents):
    assert_stored_normalized(documents[BIG5HKSCS], "东莞(韶关)产业转移工业园", "產業", "轉移", "東莞", "韶關")
    assert_stored_normalized(documents[BIG5HKSCS], "其中港资项目协议投资38亿港元", "億港元", "協議", "投資")


def test_the_full_width_digits_are_stored_normalized(documents):
    assert "１２．３万元" in (BLIND23 / FULLWIDTH).read_text(encoding="utf-8")
    assert_stored_normalized(documents[FULLWIDTH], "园区亩均税收达到12.3万元", "１２．３", "２０２０", "１４３", "％")
    assert_stored_normalized(documents[FULLWIDTH], "1|长沙经济技术开发区|48.6|1286|612|96.8|", "４８．６", "｜")


def test_the_full_width_punctuation_is_stored_normalized(documents):
    assert_stored_normalized(documents[MERGER], "设立“浙江兰溪高新技术产业园区”(以下简称“兰溪高新园”)", "（以下简称", "”（")
    assert_stored_normalized(documents[SPEECH], "(2013年3月15日,根据录音整理)", "（2013年", "，根据")


# After its first audits (README), rounds 21a and 21b wrote rules from it: floors a little below what they reached.
BLIND23_FLOORS = {"money": (0.97, 0.97), "area": (0.97, 0.97), "target": (0.92, 0.87), "zone": (0.78, 0.94), "industry": (0.93, 0.89)}
BLIND23_ATTRIBUTION_FLOOR = 0.91


def test_blind23_floors(audit):
    assert_above_floors(audit, BLIND23_FLOORS, BLIND23_ATTRIBUTION_FLOOR, {"year": 0.81}, label="blind set 23")
