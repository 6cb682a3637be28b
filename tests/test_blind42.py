"""The forty-second blind set: five reports in the genres analysts scrape (a 2019 人民日报海外版-style web feature on
China's overseas cooperation zones — 中白工业园, 中埃·泰达苏伊士经贸合作区, 西港特区, 东方工业园, 泰中罗勇工业园 and others —
in USD, EUR, EGP, THB, ETB and BYN, with page furniture, an English photo caption and a 小档案 box; a GB18030-encoded
2021 Guizhou 开发区高质量发展考核指标体系 with weights, scoring thresholds, a ranking table of the 2020 results and goals;
a 2024 两会 group-discussion speech by 德化's county party secretary, spoken, with amounts in Chinese numerals; a 2022
证券时报-style news item on a listed lithium company's 募投项目 in 西宁经开区南川工业园区, in full-width digits and
punctuation; a 2023 traditional-script, Big5-encoded newspaper advertisement of 肇庆高新区 for Hong Kong and Macau
investors with HKD, MOP and CNY rents and incentives), written and annotated without reading the extractors or running
them; the annotations were committed before any extraction. tests/fixtures/blind42/README.md says what each exercises
and which calls the annotation made. It was sealed through every round of
the session but its last; its first audit (README) is the unseen measurement, and the floors at the end guard
the rules since (round 32a was written from it)."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized,
                                  set_fixtures)
from tests.conftest import ROOT

BLIND42 = ROOT / "tests" / "fixtures" / "blind42"
OVERSEAS = "oo1_beijing_2019_haiwaiban_overseas_zones_feature_web.txt"
INDICATORS = "oo2_guizhou_2021_kaifaqu_assessment_indicators_gb18030.txt"
SPEECH = "oo3_fujian_2024_dehua_npc_deputy_group_speech_web.txt"
FUNDRAISING = "oo4_qinghai_2022_xining_jingkai_listed_company_fundraising_fullwidth.txt"
ADVERT = "oo5_guangdong_2023_zhaoqing_gaoxin_hk_macau_advert_trad_big5.txt"


annotations, documents, audit = set_fixtures(BLIND42)


def test_every_blind42_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gb18030_and_big5_and_are_read(documents):
    assert_in_legacy_encoding(BLIND42, documents, {
        INDICATORS: ("gb18030", "贵州省开发区高质量发展考核指标体系(2021年修订)"),
        ADVERT: ("big5", "肇庆高新技术产业开发区诚邀港澳企业进驻"),
    })
    assert b"\r\n" in (BLIND42 / INDICATORS).read_bytes()


def test_the_other_reports_are_utf8(documents):
    for name in (OVERSEAS, SPEECH, FUNDRAISING):
        (BLIND42 / name).read_bytes().decode("utf-8")
    assert "2019年04月22日" in documents[OVERSEAS].text
    assert "2024-03-07" in documents[SPEECH].text


def test_the_traditional_advert_is_stored_simplified(documents):
    raw = (BLIND42 / ADVERT).read_bytes().decode("big5")
    assert "肇慶高新技術產業開發區" in raw and "港幣" in raw and "澳門元" in raw
    doc = documents[ADVERT]
    assert_stored_normalized(doc, "肇庆高新技术产业开发区(简称「肇庆高新区」)是国家级高新区", "肇慶", "開發區", "簡稱", "（")
    assert_stored_normalized(doc, "最高港币500万元;投资额达到澳门元1亿元以上的", "港幣", "萬元", "澳門")


def test_the_full_width_digits_of_the_fundraising_item_are_stored_normalized(documents):
    raw = (BLIND42 / FUNDRAISING).read_text(encoding="utf-8")
    assert "３０亿元" in raw and "（含本数）" in raw and "１８．６亿元" in raw
    doc = documents[FUNDRAISING]
    assert_stored_normalized(doc, "募集资金总额不超过30亿元(含本数)", "３０", "（含本数）")
    assert_stored_normalized(doc, "项目总投资18.6亿元,拟使用募集资金15亿元", "１８．６", "，")


def test_the_chinese_numerals_of_the_speech_are_kept(documents):
    text = documents[SPEECH].text
    for numerals in ("差不多是十九点九一亿元", "总投资三十亿元", "投资不大,一千二百万元", "规划面积是十二点六平方公里"):
        assert numerals in text


# Floors a little below its first audit, on the session's last rules before round 32a, which was written from it.
BLIND42_FLOORS = {"money": (0.97, 0.95), "area": (0.94, 0.98), "target": (0.79, 0.84), "zone": (0.81, 0.75), "industry": (0.98, 0.98)}
BLIND42_ATTRIBUTION_FLOOR = 0.63


def test_blind42_floors(audit):
    assert_above_floors(audit, BLIND42_FLOORS, BLIND42_ATTRIBUTION_FLOOR, {"year": 0.90}, label="blind set 42")
